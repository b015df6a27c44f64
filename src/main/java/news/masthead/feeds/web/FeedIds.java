package news.masthead.feeds.web;

import java.net.URI;

import org.springframework.stereotype.Component;

import news.masthead.feeds.FeedSettings;
import news.masthead.site.web.SiteUrls;

/**
 * Permanent ids for feeds and their items, as {@code tag:} URIs (RFC 4151) built on database ids:
 * a story keeps its id when its headline, address or section changes, so feed readers never show
 * it twice. Links would not do, since a renamed story gets a new address.
 */
@Component
class FeedIds {

    private static final String SINCE = "2026";

    private final FeedSettings settings;
    private final SiteUrls urls;

    FeedIds(FeedSettings settings, SiteUrls urls) {
        this.settings = settings;
        this.urls = urls;
    }

    String article(long id) {
        return prefix() + "article:" + id;
    }

    String comment(long id) {
        return prefix() + "comment:" + id;
    }

    /** A feed is named by its place on the site, such as {@code /sections/local/}. */
    String feed(String path) {
        return prefix() + "feed:" + path;
    }

    private String prefix() {
        if (!settings.tagAuthority().isBlank()) {
            return "tag:" + settings.tagAuthority().strip() + ":";
        }
        var host = URI.create(urls.base()).getHost();
        return "tag:" + (host == null ? "localhost" : host) + "," + SINCE + ":";
    }
}
