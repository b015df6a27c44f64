package news.masthead.feeds.web;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/** What the XML writers share: the site's language, the generator's name, and Rome's output. */
final class FeedWriting {

    /** The language the site's pages declare. */
    static final String LANGUAGE = "en-GB";
    static final String GENERATOR = "Masthead";

    private FeedWriting() {
    }

    static String output(WireFeed feed) {
        try {
            return new WireFeedOutput().outputString(feed, true);
        }
        catch (FeedException e) {
            throw new IllegalStateException("A feed that cannot be written: " + e.getMessage(), e);
        }
    }
}
