package news.masthead.accounts.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import news.masthead.accounts.Permission;

/** The accounts module's places in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class AccountsAdminLinks {

    @Bean
    AdminLink staffLink() {
        return new AdminLink("Staff", "/admin/staff", Permission.MANAGE_STAFF, 900);
    }

    @Bean
    AdminLink auditLink() {
        return new AdminLink("Audit log", "/admin/audit", Permission.VIEW_AUDIT_LOG, 910);
    }
}
