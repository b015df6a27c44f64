package news.masthead.site.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RobotsController {

    private final SiteUrls urls;

    RobotsController(SiteUrls urls) {
        this.urls = urls;
    }

    /** The sitemaps are named with absolute addresses, as the protocol requires. */
    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return """
                User-agent: *
                Disallow: /admin/
                Disallow: /*?unapproved=

                Sitemap: %s
                Sitemap: %s
                """.formatted(urls.absolute("/sitemap.xml"), urls.absolute("/news-sitemap.xml"));
    }
}
