package news.masthead.accounts;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Admin sessions live in the database (tables from the migrations), so any node can serve a
 * signed-in editor and "sign out everywhere" reaches every node. Only {@code /admin} sees the
 * session filter and its cookie: the public site stays free of both.
 */
@Configuration(proxyBeanMethods = false)
// Expired sessions are swept by StaffSessions on the application's scheduler, which starts only
// once the migrations have run; Spring Session's own sweeper may start before the tables exist.
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 60 * 60, cleanupCron = Scheduled.CRON_DISABLED)
class AdminSessions {

    static final String COOKIE = "masthead_admin";

    @Bean
    DefaultCookieSerializer cookieSerializer() {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE);
        cookie.setCookiePath("/admin");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        // Secure whenever the request came over HTTPS, which is the serializer's own default.
        return cookie;
    }

    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> adminSessionFilter(SessionRepositoryFilter<?> filter) {
        var registration = new FilterRegistrationBean<SessionRepositoryFilter<?>>(filter);
        registration.addUrlPatterns("/admin", "/admin/*");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registration;
    }
}
