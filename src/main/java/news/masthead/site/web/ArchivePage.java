package news.masthead.site.web;

import org.jspecify.annotations.Nullable;

import news.masthead.publishing.ArticleList;
import news.masthead.publishing.Author;

/** A section, tag or author archive: a heading, an introduction and a page of stories. */
public record ArchivePage(Layout layout, String kind, String heading, String introduction,
        @Nullable Author author, ArticleList list) {
}
