package news.masthead.feeds.web;

import java.util.List;

import org.springframework.http.ResponseEntity;

/**
 * Feed and sitemap answers, with the surrogate keys that let the page cache keep them until what
 * they list changes (and let a CDN purge them exactly). Validators and {@code Cache-Control} are
 * added by the page cache, as for every public page.
 */
final class FeedResponses {

    static final String SURROGATE_KEY = "Surrogate-Key";

    private FeedResponses() {
    }

    static ResponseEntity<String> of(Feed feed, FeedFormat format) {
        var body = switch (format) {
            case RSS -> RssWriter.write(feed);
            case ATOM -> AtomWriter.write(feed);
            case JSON -> JsonFeedWriter.write(feed);
        };
        return ResponseEntity.ok().contentType(format.type())
                .header(SURROGATE_KEY, String.join(" ", feed.keys()))
                .header("Cache-Tag", String.join(",", feed.keys()))
                .body(body);
    }

    static ResponseEntity<String> xml(String body, List<String> keys) {
        return ResponseEntity.ok().header("Content-Type", "application/xml;charset=UTF-8")
                .header(SURROGATE_KEY, String.join(" ", keys))
                .header("Cache-Tag", String.join(",", keys))
                .body(body);
    }
}
