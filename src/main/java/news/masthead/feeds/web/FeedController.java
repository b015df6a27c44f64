package news.masthead.feeds.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every feed of the site, each in RSS, Atom and JSON Feed: {@code /rss.xml}, {@code /atom.xml}
 * and {@code /feed.json} for the whole site; the same names under a section, tag or author page
 * ({@code /sections/local/rss.xml}); {@code /comments/rss.xml} for all comments and
 * {@code /articles/{slug}/comments/rss.xml} for one article's.
 */
@RestController
class FeedController {

    private static final String FILE = "{file:" + FeedFormat.FILES + "}";

    private final ArticleFeeds articles;
    private final CommentFeeds comments;

    FeedController(ArticleFeeds articles, CommentFeeds comments) {
        this.articles = articles;
        this.comments = comments;
    }

    @GetMapping("/" + FILE)
    ResponseEntity<String> site(@PathVariable String file) {
        return FeedResponses.of(articles.site(), FeedFormat.of(file));
    }

    @GetMapping("/sections/{slug}/" + FILE)
    ResponseEntity<String> section(@PathVariable String slug, @PathVariable String file) {
        return found(articles.section(slug), file);
    }

    @GetMapping("/tags/{slug}/" + FILE)
    ResponseEntity<String> tag(@PathVariable String slug, @PathVariable String file) {
        return found(articles.tag(slug), file);
    }

    @GetMapping("/authors/{slug}/" + FILE)
    ResponseEntity<String> author(@PathVariable String slug, @PathVariable String file) {
        return found(articles.author(slug), file);
    }

    @GetMapping("/comments/" + FILE)
    ResponseEntity<String> comments(@PathVariable String file) {
        return FeedResponses.of(comments.site(), FeedFormat.of(file));
    }

    @GetMapping("/articles/{slug}/comments/" + FILE)
    ResponseEntity<String> articleComments(@PathVariable String slug, @PathVariable String file) {
        return found(comments.article(slug), file);
    }

    private static ResponseEntity<String> found(Optional<Feed> feed, String file) {
        return FeedResponses.of(feed.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
                FeedFormat.of(file));
    }
}
