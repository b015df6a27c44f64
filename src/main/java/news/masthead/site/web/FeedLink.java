package news.masthead.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A feed a page offers to feed readers, for a {@code <link rel="alternate">} in its head. The
 * addresses follow the feeds module's scheme: {@code rss.xml}, {@code atom.xml} and
 * {@code feed.json} at the site's root, under each section, tag and author page, and under
 * {@code comments/} for comments.
 */
public record FeedLink(String title, String href, String type) {

    private static final Pattern ARCHIVE = Pattern.compile("/(sections|tags|authors)/[a-z0-9-]+");
    private static final Pattern PAGE_SUFFIX = Pattern.compile(", page \\d+$");

    /** The page's own feeds first, then the whole site's, which every page offers. */
    static List<FeedLink> of(Layout layout) {
        var links = new ArrayList<FeedLink>();
        var site = layout.site().title();
        var seo = layout.seo();
        var path = seo.path().contains("?") ? seo.path().substring(0, seo.path().indexOf('?')) : seo.path();
        if (ARCHIVE.matcher(path).matches()) {
            var name = layout.sections().stream().filter(section -> section.path().equals(path))
                    .map(section -> section.name()).findFirst()
                    .orElse(PAGE_SUFFIX.matcher(seo.title()).replaceFirst(""));
            addAll(links, site + " – " + name, path + "/");
        }
        else if ("article".equals(seo.type()) && path.startsWith("/articles/")) {
            addAll(links, "Comments on “" + seo.title() + "”", path + "/comments/");
        }
        addAll(links, site, "/");
        return links;
    }

    private static void addAll(List<FeedLink> links, String title, String base) {
        links.add(new FeedLink(title + " (RSS)", base + "rss.xml", "application/rss+xml"));
        links.add(new FeedLink(title + " (Atom)", base + "atom.xml", "application/atom+xml"));
        links.add(new FeedLink(title + " (JSON Feed)", base + "feed.json", "application/feed+json"));
    }
}
