package news.masthead.newsletter;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/** One GreenMail SMTP server on a free port for the {@link MailedSite} application. */
public final class Smtp {

    public static final GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }

    private Smtp() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("masthead.mail.smtp.host", () -> "127.0.0.1");
        registry.add("masthead.mail.smtp.port", () -> server.getSmtp().getPort());
        registry.add("masthead.mail.smtp.tls", () -> "false");
    }

    /** Messages received so far for one address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits until an address has received at least {@code count} messages, for up to ten seconds. */
    public static List<MimeMessage> await(String address, int count) throws InterruptedException {
        for (int i = 0; i < 200 && to(address).size() < count; i++) {
            Thread.sleep(50);
        }
        return to(address);
    }
}
