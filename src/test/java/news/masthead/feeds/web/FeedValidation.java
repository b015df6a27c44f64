package news.masthead.feeds.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;

/**
 * Reads what the site publishes the way the rest of the world will: RSS and Atom through Rome,
 * JSON Feed against its published schema, sitemaps against the sitemaps.org XSDs. The schemas are
 * the shared test data, read from where they lie.
 */
final class FeedValidation {

    private static final Path SCHEMAS = Path.of("../shared/data/schemas");
    private static final String JSON_FEED_1_1 = "https://json.schemastore.org/feed.json";
    private static final String JSON_FEED_1_0 = "https://json.schemastore.org/feed-1";

    private static JsonSchema jsonFeed;
    private static Schema sitemap;
    private static Schema sitemapIndex;

    private FeedValidation() {
    }

    static Channel rss(String xml) {
        var feed = wire(xml);
        if (!(feed instanceof Channel channel) || !"rss_2.0".equals(feed.getFeedType())) {
            throw new AssertionError("Not RSS 2.0 but " + feed.getFeedType());
        }
        return channel;
    }

    static Feed atom(String xml) {
        var feed = wire(xml);
        if (!(feed instanceof Feed atom) || !"atom_1.0".equals(feed.getFeedType())) {
            throw new AssertionError("Not Atom 1.0 but " + feed.getFeedType());
        }
        return atom;
    }

    private static WireFeed wire(String xml) {
        try {
            return new WireFeedInput().build(new StringReader(xml));
        }
        catch (FeedException e) {
            throw new AssertionError("Rome cannot read the feed: " + e.getMessage(), e);
        }
    }

    /** What the JSON Feed 1.1 schema finds wrong with the document; empty when it is valid. */
    static synchronized List<String> jsonFeedProblems(String json) {
        if (jsonFeed == null) {
            var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                    builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(
                            JSON_FEED_1_1, read("jsonfeed/jsonfeed-1.1.schema.json"),
                            JSON_FEED_1_0, read("jsonfeed/jsonfeed-1.0.schema.json")))));
            jsonFeed = factory.getSchema(SchemaLocation.of(JSON_FEED_1_1));
        }
        return jsonFeed.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    static synchronized void validSitemap(String xml) {
        if (sitemap == null) {
            sitemap = xsd("sitemaps/sitemap.xsd");
        }
        validate(sitemap, xml);
    }

    static synchronized void validSitemapIndex(String xml) {
        if (sitemapIndex == null) {
            sitemapIndex = xsd("sitemaps/siteindex.xsd");
        }
        validate(sitemapIndex, xml);
    }

    private static void validate(Schema schema, String xml) {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        }
        catch (SAXException e) {
            throw new AssertionError("Invalid by the XSD: " + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema xsd(String name) {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(SCHEMAS.resolve(name).toFile());
        }
        catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String name) {
        try {
            return Files.readString(SCHEMAS.resolve(name));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
