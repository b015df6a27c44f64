package news.masthead.mail;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server, from {@code MASTHEAD_SMTP_*}. These are not Spring Boot's {@code spring.mail.*}
 * because Boot builds a mail sender as soon as its host property exists, even empty, and an empty
 * host must mean "keep mail in the outbox".
 */
@ConfigurationProperties("masthead.mail.smtp")
record SmtpSettings(@Nullable String host, @DefaultValue("587") int port, @Nullable String username,
        @Nullable String password, @DefaultValue("true") boolean tls) {

    boolean configured() {
        return host != null && !host.isBlank();
    }
}
