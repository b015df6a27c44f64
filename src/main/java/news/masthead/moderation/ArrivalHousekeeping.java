package news.masthead.moderation;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets arrivals and spent tokens once they are older than {@code keepArrivals}: moderation keeps
 * what it knows of senders only as long as it needs it. Any node may run it; deleting twice is harmless.
 */
@Component
class ArrivalHousekeeping {

    private final ArrivalStore store;
    private final ModerationSettings settings;
    private final Clock clock;

    ArrivalHousekeeping(ArrivalStore store, ModerationSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    @Transactional
    void forgetOldArrivals() {
        store.purge(clock.instant().minus(settings.keepArrivals()));
    }
}
