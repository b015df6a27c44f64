package news.masthead.feeds.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One feed, independent of its format: the writers turn it into RSS, Atom or JSON Feed.
 *
 * @param id a permanent id for the feed itself, a {@code tag:} URI
 * @param pageUrl the page the feed follows, such as the section's archive
 * @param feedBase the absolute address the feed files sit under, ending in a slash:
 *     {@code rss.xml}, {@code atom.xml} and {@code feed.json} follow it
 * @param keys the surrogate keys of what the feed lists, for the page cache and CDNs
 */
record Feed(String id, String title, String description, String pageUrl, String feedBase, String publisher,
        List<Item> items, List<String> keys) {

    /** The newest change to anything listed; an empty feed dates from the epoch, so its bytes stay stable. */
    Instant updated() {
        return items.stream().map(Item::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    String url(FeedFormat format) {
        return feedBase + format.file();
    }

    /**
     * One story or comment.
     *
     * @param id permanent: the same story keeps it through edits, renames and moves
     * @param summary plain text
     * @param contentHtml the whole story or comment as HTML with absolute links; null when the
     *     feed carries summaries only
     */
    record Item(String id, String title, String url, Instant published, Instant updated, List<Person> authors,
            List<String> categories, String summary, @Nullable String contentHtml, @Nullable Enclosure image) {
    }

    /** A byline; the address is the author's page, or null for a commenter. */
    record Person(String name, @Nullable String url) {
    }

    /** A file that goes with an item, such as its featured picture. */
    record Enclosure(String url, String type, long length) {
    }
}
