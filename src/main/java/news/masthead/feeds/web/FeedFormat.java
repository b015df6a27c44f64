package news.masthead.feeds.web;

import java.util.Arrays;

import org.springframework.http.MediaType;

/** The three formats every feed comes in, each under a fixed file name. */
enum FeedFormat {

    RSS("rss.xml", "application/rss+xml;charset=UTF-8"),
    ATOM("atom.xml", "application/atom+xml;charset=UTF-8"),
    JSON("feed.json", "application/feed+json;charset=UTF-8");

    /** For path patterns: the file names, as one alternation. */
    static final String FILES = "rss\\.xml|atom\\.xml|feed\\.json";

    private final String file;
    private final MediaType type;

    FeedFormat(String file, String type) {
        this.file = file;
        this.type = MediaType.parseMediaType(type);
    }

    static FeedFormat of(String file) {
        return Arrays.stream(values()).filter(format -> format.file.equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No feed format for " + file));
    }

    String file() {
        return file;
    }

    MediaType type() {
        return type;
    }
}
