package news.masthead.contact.admin;

import java.security.Principal;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import news.masthead.accounts.Permission;
import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.accounts.admin.AdminLink;
import news.masthead.contact.ContactManagement;

/** The contact inbox in the admin. */
@Controller
class ContactInboxController {

    static final int SHOWN = 200;

    private final ContactManagement contact;
    private final AdminLayouts layouts;

    ContactInboxController(ContactManagement contact, AdminLayouts layouts) {
        this.contact = contact;
        this.layouts = layouts;
    }

    @GetMapping("/admin/contact")
    @PreAuthorize("hasAuthority('READ_CONTACT_MESSAGES')")
    ModelAndView inbox(CsrfToken csrf, Principal principal) {
        return new ModelAndView("contact/inbox", "page",
                new ContactInboxPage(layouts.of("Contact messages", csrf, principal), contact.recent(SHOWN)));
    }

    @Bean
    static AdminLink contactLink() {
        return new AdminLink("Contact", "/admin/contact", Permission.READ_CONTACT_MESSAGES, 50);
    }
}
