package news.masthead.site.web;

import news.masthead.site.StaticPage;

public record StaticPageView(Layout layout, StaticPage page) {
}
