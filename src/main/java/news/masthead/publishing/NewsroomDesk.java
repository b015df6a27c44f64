package news.masthead.publishing;

import java.util.List;

import news.masthead.audit.AuditEntry;

/** What needs an editor's attention: drafts sent for review, stories due to go live, and what staff did last. */
public record NewsroomDesk(List<DeskArticle> awaitingReview, List<DeskArticle> scheduled, List<AuditEntry> recent) {
}
