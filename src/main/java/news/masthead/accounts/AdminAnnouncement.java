package news.masthead.accounts;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says, once the server is up, where the newsroom admin is. On a site with no staff it prints a
 * one-time link to create the first administrator instead: the only way in, as there is no
 * default password.
 */
@Component
class AdminAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(AdminAnnouncement.class);
    private static final Set<String> ANY_ADDRESS = Set.of("", "0.0.0.0", "::", "0:0:0:0:0:0:0:0");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final StaffManagement staff;

    AdminAnnouncement(StaffManagement staff) {
        this.staff = staff;
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        var origin = origin(event.getApplicationContext().getEnvironment());
        if (staff.hasStaff()) {
            log.info("Newsroom admin: {}/admin", origin);
            return;
        }
        var token = staff.openSetup();
        log.warn("""

                ==============================================================================
                  No one can sign in to the newsroom yet. To create the first administrator,
                  open this link in a browser:

                    {}/admin/setup?token={}

                  It works once, until {}. Restart the server for a new one.
                ==============================================================================""",
                origin, token.value(), EXPIRY.format(token.expiresAt().atOffset(ZoneOffset.UTC)));
    }

    /** Where this node listens, as a browser on the same machine would reach it. */
    static String origin(Environment environment) {
        var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        var host = environment.getProperty("server.address", "").strip();
        if (ANY_ADDRESS.contains(host)) {
            host = "127.0.0.1";
        }
        else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        var scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        return scheme + "://" + host + ":" + port;
    }
}
