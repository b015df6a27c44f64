package news.masthead.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a staff member's sessions on every node: after a role change, a deactivation, or on request. */
@Component
class StaffSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    int endAll(String email) {
        var open = sessions.findByPrincipalName(email).keySet();
        open.forEach(sessions::deleteById);
        return open.size();
    }
}
