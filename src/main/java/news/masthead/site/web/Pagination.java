package news.masthead.site.web;

import news.masthead.publishing.ArticleList;

/** Page numbers in the query string; a page past the end is missing, not empty. */
final class Pagination {

    static final int PAGE_SIZE = 12;

    private Pagination() {
    }

    static int checked(int page) {
        if (page < 1 || page > 10_000) {
            throw new NotFoundException("page " + page);
        }
        return page;
    }

    static ArticleList nonEmpty(ArticleList list) {
        if (list.isEmpty() && list.page() > 1) {
            throw new NotFoundException("page " + list.page());
        }
        return list;
    }

    static String suffix(int page) {
        return page == 1 ? "" : "?page=" + page;
    }
}
