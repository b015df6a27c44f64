package news.masthead.mail;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.MimeMessageHelper;

/** Writes an {@link OutgoingMail} into a MIME message: multipart when it has an HTML part. */
final class MimeMessages {

    private MimeMessages() {
    }

    static void write(MimeMessage message, OutgoingMail mail, String from) throws MessagingException {
        var helper = new MimeMessageHelper(message, mail.html() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(from, true));
        helper.setTo(new InternetAddress(mail.to(), true));
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        }
        else {
            helper.setText(mail.text());
        }
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
    }
}
