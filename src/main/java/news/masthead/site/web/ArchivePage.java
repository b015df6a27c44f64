package news.masthead.site.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.publishing.ArticleList;
import news.masthead.publishing.ArticleSummary;
import news.masthead.publishing.Author;

/** A section, tag or author archive: a heading, an introduction and a page of stories. */
public record ArchivePage(Layout layout, String kind, String heading, String introduction,
        @Nullable Author author, ArticleList list, Map<Long, Long> commentCounts) {

    /** How many comments readers can see on the story. */
    public long comments(ArticleSummary story) {
        return commentCounts.getOrDefault(story.id(), 0L);
    }
}
