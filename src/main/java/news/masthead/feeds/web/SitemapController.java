package news.masthead.feeds.web;

import java.io.IOException;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import news.masthead.feeds.FeedSettings;

/**
 * {@code /sitemap.xml} (a sitemap, or an index of {@code /sitemap-N.xml} on a large site) and
 * {@code /news-sitemap.xml}. They are written straight to the response; the page cache keeps the
 * bytes until an article or a section changes.
 */
@RestController
class SitemapController {

    private static final List<String> KEYS = List.of("site", "feeds");

    private final Sitemaps sitemaps;
    private final NewsSitemap news;
    private final FeedSettings settings;

    SitemapController(Sitemaps sitemaps, NewsSitemap news, FeedSettings settings) {
        this.sitemaps = sitemaps;
        this.news = news;
        this.settings = settings;
    }

    @GetMapping("/sitemap.xml")
    void sitemap(HttpServletResponse response) throws IOException, XMLStreamException {
        var plan = sitemaps.plan(settings.sitemapSize());
        prepare(response, KEYS);
        if (plan.split()) {
            sitemaps.writeIndex(plan, response.getOutputStream());
        }
        else {
            sitemaps.writePart(plan, 1, response.getOutputStream());
        }
    }

    @GetMapping("/sitemap-{part:[1-9][0-9]*}.xml")
    void part(@PathVariable int part, HttpServletResponse response) throws IOException, XMLStreamException {
        var plan = sitemaps.plan(settings.sitemapSize());
        if (part > plan.parts()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        prepare(response, KEYS);
        sitemaps.writePart(plan, part, response.getOutputStream());
    }

    @GetMapping("/news-sitemap.xml")
    void news(HttpServletResponse response) throws IOException, XMLStreamException {
        prepare(response, List.of("site", "feeds", NewsWindow.KEY));
        news.write(response.getOutputStream());
    }

    private static void prepare(HttpServletResponse response, List<String> keys) {
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader(FeedResponses.SURROGATE_KEY, String.join(" ", keys));
        response.setHeader("Cache-Tag", String.join(",", keys));
    }
}
