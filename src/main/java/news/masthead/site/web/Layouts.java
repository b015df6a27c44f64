package news.masthead.site.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import news.masthead.publishing.ArticleManagement;
import news.masthead.site.SiteManagement;
import news.masthead.site.SiteSettings;
import news.masthead.site.StaticAssets;

/** Builds the frame of a page: every controller starts from here. */
@Component
public class Layouts {

    private final SiteManagement site;
    private final ArticleManagement articles;
    private final SiteUrls urls;
    private final Map<String, String> assets;

    Layouts(SiteManagement site, ArticleManagement articles, SiteUrls urls, StaticAssets assets) {
        this.site = site;
        this.articles = articles;
        this.urls = urls;
        this.assets = assets.urls();
    }

    SiteSettings settings() {
        return site.settings();
    }

    public Layout of(Seo seo) {
        return of(seo, site.settings());
    }

    Layout of(Seo seo, SiteSettings settings) {
        return new Layout(settings, articles.sections(), seo, urls.base(), seo.path(), assets);
    }
}
