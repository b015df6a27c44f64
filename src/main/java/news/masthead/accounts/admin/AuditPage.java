package news.masthead.accounts.admin;

import java.util.List;

import news.masthead.audit.AuditEntry;

/** A page of the audit log and the filter that chose it. */
public record AuditPage(AdminLayout layout, List<AuditEntry> entries, String actor, String action, int limit) {
}
