package news.masthead.publishing;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts scheduled articles live. It looks every few seconds and once right after start-up, so a story
 * due while the site was down goes out as soon as it is back. Each article is published in its own
 * transaction, through the same events as a publication by hand.
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final DeskQueries desk;
    private final EditorialWorkflow workflow;
    private final Clock clock;

    ScheduledPublishing(DeskQueries desk, EditorialWorkflow workflow, Clock clock) {
        this.desk = desk;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${masthead.publishing.schedule-check:15s}",
            initialDelayString = "${masthead.publishing.schedule-first-check:3s}")
    void publishDue() {
        for (var id : desk.due(clock.instant())) {
            try {
                if (workflow.publishIfDue(id)) {
                    log.info("Published scheduled article {}", id);
                }
            }
            catch (OptimisticLockingFailureException e) {
                log.debug("Scheduled article {} was published by another node", id);
            }
        }
    }
}
