package news.masthead.accounts.admin;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import news.masthead.accounts.StaffManagement;

/** Builds the frame of an admin page: every admin controller, in any module, starts from here. */
@Component
public class AdminLayouts {

    private final StaffManagement staff;
    private final List<AdminLink> links;

    AdminLayouts(StaffManagement staff, List<AdminLink> links) {
        this.staff = staff;
        this.links = links.stream().sorted(Comparator.comparingInt(AdminLink::order)).toList();
    }

    public AdminLayout of(String title, CsrfToken csrf, @Nullable Principal principal) {
        var profile = principal == null ? null : staff.profile(principal.getName()).orElse(null);
        var visible = profile == null ? List.<AdminLink>of()
                : links.stream().filter(link -> profile.role().may(link.permission())).toList();
        return new AdminLayout(title, profile, csrf.getParameterName(), csrf.getToken(), visible);
    }
}
