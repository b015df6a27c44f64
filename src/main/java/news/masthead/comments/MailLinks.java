package news.masthead.comments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Absolute links for e-mails: from {@code masthead.base-url}, or else the port the server listens
 * on, never a request's Host header, which anyone can set.
 */
@Component
class MailLinks {

    private final String configured;
    private volatile String base;

    MailLinks(@Value("${masthead.base-url:}") String configured) {
        this.configured = configured.replaceAll("/+$", "");
        this.base = this.configured.isEmpty() ? "http://127.0.0.1:8080" : this.configured;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (configured.isEmpty() && event.getApplicationContext().getServerNamespace() == null) {
            base = "http://127.0.0.1:" + event.getWebServer().getPort();
        }
    }

    String to(String path) {
        return base + path;
    }
}
