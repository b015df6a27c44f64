package news.masthead.accounts.admin;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import news.masthead.accounts.StaffManagement;

/** Builds the frame of an admin page: every admin controller starts from here. */
@Component
class AdminLayouts {

    private final StaffManagement staff;

    AdminLayouts(StaffManagement staff) {
        this.staff = staff;
    }

    AdminLayout of(String title, CsrfToken csrf, @Nullable Principal principal) {
        var profile = principal == null ? null : staff.profile(principal.getName()).orElse(null);
        return new AdminLayout(title, profile, csrf.getParameterName(), csrf.getToken());
    }
}
