package news.masthead.feeds.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import news.masthead.feeds.FeedSettings;
import news.masthead.media.MediaLibrary;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.ArticleSyndication;
import news.masthead.publishing.FeaturedImage;
import news.masthead.publishing.PublishedArticle;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.SiteUrls;

/**
 * Builds the story feeds: the whole site's, and each section's, tag's and author's. A feed names
 * the same surrogate keys as the archive page it follows, plus each story it lists, so the page
 * cache drops it exactly when the archive changes.
 */
@Component
class ArticleFeeds {

    private final ArticleSyndication syndication;
    private final ArticleManagement articles;
    private final SiteManagement site;
    private final MediaLibrary media;
    private final SiteUrls urls;
    private final FeedIds ids;
    private final FeedSettings settings;

    ArticleFeeds(ArticleSyndication syndication, ArticleManagement articles, SiteManagement site, MediaLibrary media,
            SiteUrls urls, FeedIds ids, FeedSettings settings) {
        this.syndication = syndication;
        this.articles = articles;
        this.site = site;
        this.media = media;
        this.urls = urls;
        this.ids = ids;
        this.settings = settings;
    }

    Feed site() {
        var identity = site.settings();
        return feed(identity.title(), identity.description(), "/", syndication.newest(settings.items()),
                List.of("site", "feeds"));
    }

    Optional<Feed> section(String slug) {
        return articles.section(slug).map(section -> feed(titled(section.name()),
                section.description().isBlank() ? "Stories in " + section.name() + "." : section.description(),
                section.path() + "/", syndication.newestInSection(section, settings.items()),
                List.of("site", "section-" + section.id())));
    }

    Optional<Feed> tag(String slug) {
        return articles.tag(slug).map(tag -> feed(titled(tag.name()), "Stories about " + tag.name() + ".",
                tag.path() + "/", syndication.newestTagged(tag, settings.items()), List.of("site", "tag-" + tag.id())));
    }

    Optional<Feed> author(String slug) {
        return articles.author(slug).map(author -> feed(titled(author.name()),
                "Stories by " + author.name() + (author.title().isBlank() ? "." : ", " + author.title() + "."),
                author.path() + "/", syndication.newestBylined(author, settings.items()),
                List.of("site", "author-" + author.id())));
    }

    private String titled(String name) {
        return site.settings().title() + " – " + name;
    }

    private Feed feed(String title, String description, String base, List<PublishedArticle> stories,
            List<String> keys) {
        var allKeys = new ArrayList<>(keys);
        stories.forEach(story -> allKeys.add("article-" + story.id()));
        var pageUrl = urls.absolute(base.equals("/") ? "/" : base.substring(0, base.length() - 1));
        return new Feed(ids.feed(base), title, description, pageUrl, urls.absolute(base), site.settings().title(),
                stories.stream().map(this::item).toList(), allKeys);
    }

    private Feed.Item item(PublishedArticle story) {
        var categories = new LinkedHashSet<String>();
        categories.add(story.section().name());
        story.tags().forEach(tag -> categories.add(tag.name()));
        var content = settings.content() == FeedSettings.Content.FULL
                ? AbsoluteLinks.in(story.bodyHtml(), urls.base())
                : null;
        return new Feed.Item(ids.article(story.id()), story.headline(), urls.absolute(story.path()),
                story.publishedAt(), story.updatedAt(),
                story.authors().stream().map(author -> new Feed.Person(author.name(), urls.absolute(author.path())))
                        .toList(),
                List.copyOf(categories), story.standfirst().isBlank() ? story.headline() : story.standfirst(), content,
                enclosure(story.image()));
    }

    /** The featured picture, if its file is there to measure: an enclosure must give its length. */
    private Feed.@Nullable Enclosure enclosure(@Nullable FeaturedImage image) {
        if (image == null) {
            return null;
        }
        var size = media.sizeOf(image.path());
        if (size.isEmpty()) {
            return null;
        }
        var type = image.path().toLowerCase(Locale.ROOT).endsWith(".png") ? "image/png" : "image/jpeg";
        return new Feed.Enclosure(urls.absolute(image.path()), type, size.getAsLong());
    }
}
