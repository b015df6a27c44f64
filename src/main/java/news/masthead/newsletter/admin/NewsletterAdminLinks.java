package news.masthead.newsletter.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import news.masthead.accounts.Permission;
import news.masthead.accounts.admin.AdminLink;

/** The newsletter's and the outbox's places in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class NewsletterAdminLinks {

    @Bean
    AdminLink newsletterLink() {
        return new AdminLink("Newsletter", "/admin/newsletter", Permission.MANAGE_NEWSLETTER, 40);
    }

    @Bean
    AdminLink outboxLink() {
        return new AdminLink("Outbox", "/admin/outbox", Permission.READ_OUTBOX, 80);
    }
}
