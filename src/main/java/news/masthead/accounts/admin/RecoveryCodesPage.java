package news.masthead.accounts.admin;

import java.util.List;

/** Recovery codes, shown once right after they are made; only their hashes are kept. */
public record RecoveryCodesPage(AdminLayout layout, List<String> codes, boolean justEnrolled) {
}
