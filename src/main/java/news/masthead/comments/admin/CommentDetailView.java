package news.masthead.comments.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.comments.CommentEdit;
import news.masthead.comments.QueueItem;
import news.masthead.publishing.ArticleSummary;

/** One comment as a moderator works on it, with the forms' text and errors when one came back. */
public record CommentDetailView(AdminLayout layout, QueueItem item, @Nullable ArticleSummary story,
        List<CommentEdit> edits, boolean closed, String editText, @Nullable String editError, String replyText,
        @Nullable String replyError, @Nullable String notice) {
}
