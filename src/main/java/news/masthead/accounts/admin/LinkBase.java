package news.masthead.accounts.admin;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address that links in staff e-mails start with: {@code masthead.base-url}, or else where this
 * node listens. Never the request's Host header, which whoever asks for a reset link could forge
 * to send the victim's token to a server of theirs.
 */
@Component
class LinkBase {

    private final Environment environment;

    LinkBase(Environment environment) {
        this.environment = environment;
    }

    String get() {
        var configured = environment.getProperty("masthead.base-url", "").strip().replaceAll("/+$", "");
        if (!configured.isEmpty()) {
            return configured;
        }
        var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        var scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        return scheme + "://127.0.0.1:" + port;
    }
}
