package news.masthead.newsletter;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import news.masthead.site.SiteManagement;

/**
 * Queues the daily digest at the configured hour, and the weekly one on the configured day. It
 * looks every few minutes; each digest's occasion can be used once, so several nodes looking at the
 * same moment still queue it once.
 */
@Component
class DigestSchedule {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final SendQueue queue;
    private final NewsletterSettings settings;
    private final SiteManagement site;
    private final Clock clock;

    DigestSchedule(SendQueue queue, NewsletterSettings settings, SiteManagement site, Clock clock) {
        this.queue = queue;
        this.settings = settings;
        this.site = site;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${masthead.newsletter.digest-check-every:5m}",
            initialDelayString = "${masthead.newsletter.digest-first-check-after:1m}")
    void queueDue() {
        var now = clock.instant();
        var local = now.atZone(site.settings().zone());
        if (local.getHour() < settings.digestHour()) {
            return;
        }
        try {
            log.debug("Daily digest: {}", queue.digest(Frequency.DAILY, now));
            if (local.getDayOfWeek() == settings.weeklyOn()) {
                log.debug("Weekly digest: {}", queue.digest(Frequency.WEEKLY, now));
            }
        }
        catch (DuplicateKeyException anotherNodeWasFirst) {
            log.debug("Another node queued the digest first");
        }
    }
}
