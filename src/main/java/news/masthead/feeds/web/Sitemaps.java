package news.masthead.feeds.web;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.ArticleSyndication;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.SiteUrls;

/**
 * Writes the sitemap: the front page, the sections, the static pages and every live story. While
 * the site has fewer addresses than a sitemap may hold, {@code /sitemap.xml} lists them all;
 * beyond that it becomes an index of numbered sitemaps ({@code /sitemap-1.xml}, ...), oldest
 * stories first so that the early ones rarely change. Stories are read and written a block at a
 * time, straight to the response.
 */
@Component
class Sitemaps {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int BLOCK = 1000;
    private static final List<String> STATIC_PAGES = List.of("about", "contact", "support");
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final ArticleManagement articles;
    private final ArticleSyndication syndication;
    private final SiteManagement site;
    private final SiteUrls urls;

    Sitemaps(ArticleManagement articles, ArticleSyndication syndication, SiteManagement site, SiteUrls urls) {
        this.articles = articles;
        this.syndication = syndication;
        this.site = site;
        this.urls = urls;
    }

    /** What the sitemap holds now, cut into parts of at most {@code size} addresses. */
    Plan plan(int size) {
        var fixed = new ArrayList<Entry>();
        fixed.add(new Entry(urls.absolute("/"), null));
        articles.sections().forEach(section -> fixed.add(new Entry(urls.absolute(section.path()), null)));
        // No date for static pages: editing one changes nothing that evicts the sitemap.
        STATIC_PAGES.forEach(slug -> site.page(slug).ifPresent(page -> fixed.add(new Entry(urls.absolute("/" + slug),
                null))));
        return new Plan(List.copyOf(fixed), articles.publishedCount(), size);
    }

    void writeIndex(Plan plan, OutputStream out) throws XMLStreamException {
        var xml = start(out, "sitemapindex");
        for (int part = 1; part <= plan.parts(); part++) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", urls.absolute("/sitemap-" + part + ".xml"));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        end(xml);
    }

    /** Part {@code part}, counting from 1, of the addresses in the plan. */
    void writePart(Plan plan, int part, OutputStream out) throws XMLStreamException {
        var xml = start(out, "urlset");
        long first = (long) (part - 1) * plan.size();
        long last = Math.min(first + plan.size(), plan.total());
        for (long i = first; i < Math.min(last, plan.fixed().size()); i++) {
            url(xml, plan.fixed().get((int) i));
        }
        long skip = Math.max(0, first - plan.fixed().size());
        long remaining = last - Math.max(first, plan.fixed().size());
        long after = syndication.idAfterSkipping(skip);
        while (remaining > 0) {
            var block = syndication.locations(after, (int) Math.min(BLOCK, remaining));
            if (block.isEmpty()) {
                break;
            }
            for (var location : block) {
                url(xml, new Entry(urls.absolute(location.path()), location.updatedAt()));
            }
            remaining -= block.size();
            after = block.getLast().id();
        }
        end(xml);
    }

    private static XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
        var xml = XML.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeCharacters("\n");
        return xml;
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void url(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", entry.url());
        if (entry.lastModified() != null) {
            element(xml, "lastmod", entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** One address in a sitemap, with the time it last changed when that is known. */
    record Entry(String url, @Nullable Instant lastModified) {
    }

    /**
     * The addresses to list: a few fixed pages, then {@code articles} stories in id order.
     *
     * @param size how many addresses one sitemap may hold
     */
    record Plan(List<Entry> fixed, long articles, int size) {

        long total() {
            return fixed.size() + articles;
        }

        int parts() {
            return (int) Math.max(1, (total() + size - 1) / size);
        }

        boolean split() {
            return parts() > 1;
        }
    }
}
