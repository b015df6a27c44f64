package news.masthead.feeds.web;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import news.masthead.feeds.FeedSettings;
import news.masthead.feeds.NewsSitemapAged;
import news.masthead.publishing.ArticleSyndication;

/**
 * Time alone changes the news sitemap: a story drops out two days after it went out. Every few
 * minutes this looks for stories that crossed that line since the last look and, if there are
 * any, has the cached sitemap dropped. Each node looks for itself; a second eviction costs nothing.
 */
@Component
class NewsWindow {

    static final String KEY = NewsSitemapAged.KEY;

    private final ArticleSyndication syndication;
    private final ApplicationEventPublisher events;
    private final FeedSettings settings;
    private final Clock clock;
    private Instant checkedUpTo;

    NewsWindow(ArticleSyndication syndication, ApplicationEventPublisher events, FeedSettings settings, Clock clock) {
        this.syndication = syndication;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.checkedUpTo = clock.instant().minus(settings.newsWindow());
    }

    @Scheduled(fixedDelayString = "${masthead.feeds.news-check-interval:5m}",
            initialDelayString = "${masthead.feeds.news-check-interval:5m}")
    synchronized void check() {
        var cutoff = clock.instant().minus(settings.newsWindow());
        if (syndication.publishedBetween(checkedUpTo, cutoff) > 0) {
            events.publishEvent(new NewsSitemapAged());
        }
        checkedUpTo = cutoff;
    }
}
