package news.masthead.mail;

import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Builds the SMTP sender from {@link SmtpSettings} when a host is given. Without one there is no
 * sender at all, and mail stays in the outbox; {@code spring.mail.*} still works for those who
 * prefer Boot's own settings, since Boot backs off only when this bean exists.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @ConditionalOnExpression("!'${masthead.mail.smtp.host:}'.isBlank()")
    JavaMailSender smtpSender(SmtpSettings smtp) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        if (smtp.username() != null && !smtp.username().isBlank()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
        }
        var properties = new Properties();
        properties.put("mail.smtp.auth", String.valueOf(sender.getUsername() != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.tls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(smtp.tls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.socketFactory", new NoDelaySockets());
        properties.put("mail.smtp.socketFactory.fallback", "false");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
