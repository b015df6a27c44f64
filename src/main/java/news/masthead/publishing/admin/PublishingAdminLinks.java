package news.masthead.publishing.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import news.masthead.accounts.Permission;
import news.masthead.accounts.admin.AdminLink;

/** Puts the articles list in the admin's navigation for everyone who writes. */
@Configuration(proxyBeanMethods = false)
class PublishingAdminLinks {

    @Bean
    static AdminLink articlesLink() {
        return new AdminLink("Articles", "/admin/articles", Permission.WRITE_DRAFTS, 10);
    }
}
