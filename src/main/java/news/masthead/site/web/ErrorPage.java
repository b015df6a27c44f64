package news.masthead.site.web;

/** A friendly error in the site's own frame: what happened and where to go next. */
public record ErrorPage(Layout layout, int status, String heading, String message) {
}
