package news.masthead.donations.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import news.masthead.accounts.Permission;
import news.masthead.accounts.admin.AdminLink;

@Configuration(proxyBeanMethods = false)
class DonationsAdminConfiguration {

    @Bean
    AdminLink donationsLink() {
        return new AdminLink("Donations", "/admin/donations", Permission.VIEW_DONATIONS, 60);
    }
}
