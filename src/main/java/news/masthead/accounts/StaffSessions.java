package news.masthead.accounts;

import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a staff member's sessions on every node: after a role change, a deactivation, a password
 * reset, or on request. Also sweeps out expired sessions; each node does, which is harmless.
 */
@Component
class StaffSessions {

    private final JdbcIndexedSessionRepository sessions;

    StaffSessions(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    int endAll(String email) {
        var open = sessions.findByPrincipalName(email).keySet();
        open.forEach(sessions::deleteById);
        return open.size();
    }

    @Scheduled(fixedDelay = 10, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void sweepExpired() {
        sessions.cleanUpExpiredSessions();
    }
}
