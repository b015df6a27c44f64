package news.masthead.site.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import news.masthead.accounts.AdminSignIn;

/**
 * Who may reach which path, in one place. The newsroom admin gets sessions, CSRF tokens and
 * sign-in; the public site is the same for every reader, so it gets neither a session nor a
 * token, and its pages stay cacheable. Both send the same protective headers. Staff actions are
 * guarded again where they happen, with {@code @PreAuthorize} and the permissions of
 * {@code accounts.Permission}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com https://datawrapper.dwcdn.net https://flo.uri.sh;"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain admin(HttpSecurity http, AdminSignIn signIn) throws Exception {
        http.securityMatcher("/admin", "/admin/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/login", "/admin/setup", "/admin/denied", "/admin/join",
                                "/admin/password/forgot", "/admin/password/reset").permitAll()
                        .requestMatchers("/admin/login/code", "/admin/login/enrol").hasAuthority(AdminSignIn.SECOND_STEP)
                        .requestMatchers("/admin/comments/commenters/**").hasAuthority("MANAGE_READER_DATA")
                        .requestMatchers("/admin/comments/**").hasAuthority("MODERATE_COMMENTS")
                        .requestMatchers("/admin/donations/appeals/**").hasAuthority("MANAGE_SETTINGS")
                        .requestMatchers("/admin/donations/**").hasAuthority("VIEW_DONATIONS")
                        .anyRequest().access(AdminSignIn.fullySignedIn()))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?signed-out"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        // Staff are found by StaffDetailsService, passwords checked by its PasswordEncoder; the
        // form, throttling, lock-out, the second step and the refusal page are the accounts module's.
        signIn.configure(http);
        return headers(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                // Public forms act for nobody: with no session or cookie there is no
                // authority for a forged request to borrow, so a CSRF token adds nothing.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return headers(http).build();
    }

    /**
     * Spring Security would time each of its filters, the chain and every authorization decision as
     * observations of their own, several to a request, each with a timer of requests in progress:
     * about 3% of the CPU of a comment post. Requests are still timed as a whole
     * ({@code http.server.requests}), and sign-ins and refusals go to the audit log.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }
}
