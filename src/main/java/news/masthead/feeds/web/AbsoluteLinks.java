package news.masthead.feeds.web;

import org.jsoup.Jsoup;

/**
 * Makes the links and pictures in a story's HTML absolute. On the site {@code /media/x.jpg} is
 * enough; in a feed reader it points nowhere.
 */
final class AbsoluteLinks {

    private AbsoluteLinks() {
    }

    static String in(String html, String base) {
        if (!html.contains("href=\"/") && !html.contains("src=\"/") && !html.contains("srcset=\"")) {
            return html;
        }
        var document = Jsoup.parseBodyFragment(html, base + "/");
        document.outputSettings().prettyPrint(false);
        for (var attribute : new String[] { "href", "src" }) {
            for (var element : document.select("[" + attribute + "]")) {
                var absolute = element.absUrl(attribute);
                if (!absolute.isEmpty()) {
                    element.attr(attribute, absolute);
                }
            }
        }
        // Responsive candidates are of no use to a reader app and hard to rewrite safely.
        document.select("[srcset]").removeAttr("srcset");
        return document.body().html();
    }
}
