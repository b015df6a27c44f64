package news.masthead.feeds.web;

import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

import org.springframework.stereotype.Component;

import news.masthead.feeds.FeedSettings;
import news.masthead.publishing.ArticleSyndication;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.SiteUrls;

/**
 * The Google News sitemap: the stories of the last two days, newest first, with the publication's
 * name and each story's headline and time. It stands apart from {@code /sitemap.xml}, which stays
 * a plain sitemap that any search engine reads.
 */
@Component
class NewsSitemap {

    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** Google News reads at most this many addresses from one news sitemap. */
    static final int LIMIT = 1000;
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final ArticleSyndication syndication;
    private final SiteManagement site;
    private final SiteUrls urls;
    private final FeedSettings settings;
    private final Clock clock;

    NewsSitemap(ArticleSyndication syndication, SiteManagement site, SiteUrls urls, FeedSettings settings,
            Clock clock) {
        this.syndication = syndication;
        this.site = site;
        this.urls = urls;
        this.settings = settings;
        this.clock = clock;
    }

    void write(OutputStream out) throws XMLStreamException {
        var stories = syndication.publishedSince(clock.instant().minus(settings.newsWindow()), LIMIT);
        var publication = site.settings().title();
        var xml = XML.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(Sitemaps.NAMESPACE);
        xml.writeNamespace("news", NEWS);
        xml.writeCharacters("\n");
        for (var story : stories) {
            xml.writeStartElement("url");
            Sitemaps.element(xml, "loc", urls.absolute(story.path()));
            xml.writeStartElement("news", "news", NEWS);
            xml.writeStartElement("news", "publication", NEWS);
            xml.writeStartElement("news", "name", NEWS);
            xml.writeCharacters(publication);
            xml.writeEndElement();
            xml.writeStartElement("news", "language", NEWS);
            xml.writeCharacters("en");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("news", "publication_date", NEWS);
            xml.writeCharacters(story.publishedAt().truncatedTo(ChronoUnit.SECONDS).toString());
            xml.writeEndElement();
            xml.writeStartElement("news", "title", NEWS);
            xml.writeCharacters(story.headline());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
