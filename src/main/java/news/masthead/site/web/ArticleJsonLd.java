package news.masthead.site.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import news.masthead.publishing.PublishedArticle;
import news.masthead.site.SiteSettings;
import tools.jackson.databind.json.JsonMapper;

/** schema.org NewsArticle data for search engines, serialized so it cannot close its script block. */
@Component
class ArticleJsonLd {

    private final JsonMapper json;

    ArticleJsonLd(JsonMapper json) {
        this.json = json;
    }

    String of(PublishedArticle article, SiteSettings site, SiteUrls urls) {
        var data = new LinkedHashMap<String, Object>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("mainEntityOfPage", urls.absolute(article.path()));
        data.put("headline", article.headline());
        data.put("description", article.standfirst());
        if (article.image() != null) {
            data.put("image", urls.absolute(article.image().path()));
        }
        data.put("datePublished", Layout.iso(article.publishedAt()));
        data.put("dateModified", Layout.iso(article.updatedAt()));
        data.put("articleSection", article.section().name());
        data.put("keywords", article.tags().stream().map(tag -> tag.name()).toList());
        data.put("wordCount", article.wordCount());
        data.put("author", article.authors().stream()
                .map(author -> Map.of("@type", "Person", "name", author.name(), "url", urls.absolute(author.path())))
                .toList());
        data.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", site.title(), "url", urls.absolute("/")));
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }
}
