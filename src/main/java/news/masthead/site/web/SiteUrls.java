package news.masthead.site.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The site's absolute address for canonical links, feeds and e-mails. It comes from
 * {@code masthead.base-url}, or else from the port the server listens on; never from a request's
 * Host header, which anyone can set and which would end up in shared, cached pages.
 */
@Component
@NamedInterface("urls")
public class SiteUrls {

    private final String configured;
    private volatile String base;

    SiteUrls(@Value("${masthead.base-url:}") String configured) {
        this.configured = configured.replaceAll("/+$", "");
        this.base = this.configured.isEmpty() ? "http://127.0.0.1:8080" : this.configured;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (configured.isEmpty() && event.getApplicationContext().getServerNamespace() == null) {
            base = "http://127.0.0.1:" + event.getWebServer().getPort();
        }
    }

    public String base() {
        return base;
    }

    public String absolute(String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? path : base + path;
    }
}
