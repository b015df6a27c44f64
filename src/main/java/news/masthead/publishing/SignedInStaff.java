package news.masthead.publishing;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, read from the security context, with the permissions of accounts.Permission as
 * authority names. Publishing checks them itself, by name, so that it need not know the accounts
 * module: the admin pages that call it already depend on accounts, and the circle must stay open.
 */
record SignedInStaff(String email, Set<String> authorities) {

    static SignedInStaff current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Nobody is signed in");
        }
        return new SignedInStaff(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
    }

    boolean may(String permission) {
        return authorities.contains(permission);
    }

    /** Contributors write; only those who may publish their own (or anyone's) stories put them live. */
    boolean mayPublish(boolean own) {
        return may("PUBLISH_ANY") || (own && may("PUBLISH_OWN"));
    }

    /**
     * Editors edit anything. Others edit their own stories, and a contributor only until an editor
     * has taken the story on: once it is scheduled or live, it is the desk's.
     */
    boolean mayEdit(boolean own, ArticleStatus status) {
        if (may("EDIT_ANY")) {
            return true;
        }
        if (!own || !may("WRITE_DRAFTS")) {
            return false;
        }
        return may("PUBLISH_OWN") || status == ArticleStatus.DRAFT || status == ArticleStatus.SUBMITTED;
    }
}
