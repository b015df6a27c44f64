package news.masthead.donations.web;

import java.util.List;

import news.masthead.site.web.Layout;

/** The supporters page: display names only, as the donors chose them. */
public record SupportersPage(Layout layout, List<String> names) {
}
