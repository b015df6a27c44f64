package news.masthead.site.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import news.masthead.comments.ReportReason;
import news.masthead.comments.ReportedComment;

/** The form for reporting a comment: the comment quoted, the reasons to choose from, and any error. */
public record CommentReportPage(Layout layout, ReportedComment comment, List<ReportReason> reasons,
        @Nullable ReportReason chosen, String note, @Nullable String error, String permalink) {
}
