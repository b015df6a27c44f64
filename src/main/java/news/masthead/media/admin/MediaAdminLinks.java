package news.masthead.media.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import news.masthead.accounts.Permission;
import news.masthead.accounts.admin.AdminLink;

/** Puts the media library in the admin's navigation for those who upload. */
@Configuration(proxyBeanMethods = false)
class MediaAdminLinks {

    @Bean
    static AdminLink mediaLink() {
        return new AdminLink("Media", "/admin/media", Permission.UPLOAD_MEDIA, 20);
    }
}
