package news.masthead.feeds.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

import news.masthead.comments.RecentComment;
import news.masthead.comments.RecentComments;
import news.masthead.feeds.FeedSettings;
import news.masthead.publishing.ArticleManagement;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.SiteUrls;

/**
 * Builds the comment feeds: the newest approved comments across the site, and those on one
 * article. A comment is short, so its whole text always goes in. Only what the article page shows
 * goes in: the commenter's name and words, never an e-mail address.
 */
@Component
class CommentFeeds {

    private final RecentComments comments;
    private final ArticleManagement articles;
    private final SiteManagement site;
    private final SiteUrls urls;
    private final FeedIds ids;
    private final FeedSettings settings;

    CommentFeeds(RecentComments comments, ArticleManagement articles, SiteManagement site, SiteUrls urls, FeedIds ids,
            FeedSettings settings) {
        this.comments = comments;
        this.articles = articles;
        this.site = site;
        this.urls = urls;
        this.ids = ids;
        this.settings = settings;
    }

    /** Comments on stories that are no longer live are left out, as the site no longer shows them. */
    Feed site() {
        var recent = comments.newest(settings.comments());
        var stories = articles.publishedByIds(recent.stream().map(RecentComment::articleId).distinct().toList());
        var title = site.settings().title();
        var items = recent.stream()
                .filter(comment -> stories.containsKey(comment.articleId()))
                .map(comment -> item(comment, stories.get(comment.articleId()).headline(),
                        stories.get(comment.articleId()).path()))
                .toList();
        return new Feed(ids.feed("/comments/"), title + " – Comments", "The newest comments from readers of " + title
                + ".", urls.absolute("/"), urls.absolute("/comments/"), title, items,
                List.of("site", "feeds", "comments"));
    }

    Optional<Feed> article(String slug) {
        return articles.findPublished(slug).map(article -> {
            var items = comments.newestOn(article.id(), settings.comments()).stream()
                    .map(comment -> item(comment, article.headline(), article.path()))
                    .toList();
            var keys = new ArrayList<>(List.of("site", "article-" + article.id(), "comments-" + article.id()));
            return new Feed(ids.feed(article.path() + "/comments/"), "Comments on “" + article.headline() + "”",
                    "Readers' comments on “" + article.headline() + "”.", urls.absolute(article.path() + "#comments"),
                    urls.absolute(article.path() + "/comments/"), site.settings().title(), items, keys);
        });
    }

    private Feed.Item item(RecentComment comment, String headline, String articlePath) {
        var text = Jsoup.parse(comment.bodyHtml()).text();
        return new Feed.Item(ids.comment(comment.id()), "Comment by " + comment.authorName() + " on “" + headline + "”",
                urls.absolute(articlePath + "#comment-" + comment.id()), comment.submittedAt(), comment.submittedAt(),
                List.of(new Feed.Person(comment.authorName(), null)), List.of(), text, comment.bodyHtml(), null);
    }
}
