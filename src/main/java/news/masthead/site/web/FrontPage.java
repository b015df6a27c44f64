package news.masthead.site.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.publishing.ArticleList;
import news.masthead.publishing.ArticleSummary;
import news.masthead.publishing.Section;

/**
 * The home page. The first page leads with the newest story and then shows each section; later
 * pages are a plain list of older stories.
 */
public record FrontPage(Layout layout, @Nullable ArticleSummary lead, List<ArticleSummary> latest,
        List<SectionStories> sections, ArticleList list, Map<Long, Long> commentCounts) {

    /** How many comments readers can see on the story. */
    public long comments(ArticleSummary story) {
        return commentCounts.getOrDefault(story.id(), 0L);
    }

    public record SectionStories(Section section, List<ArticleSummary> stories) {
    }
}
