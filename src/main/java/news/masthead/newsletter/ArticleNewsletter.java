package news.masthead.newsletter;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import news.masthead.publishing.ArticlePublished;

/**
 * Sends each newly published article to readers who want every article, when the newsroom has
 * chosen that ({@code masthead.newsletter.send-on-publish}). Articles published with a date more
 * than a day old (imports, back-dated pieces) are left to the admin's "send" button.
 */
@Component
class ArticleNewsletter {

    private static final Logger log = LoggerFactory.getLogger(ArticleNewsletter.class);

    private final SendQueue queue;
    private final NewsletterSettings settings;
    private final Clock clock;

    ArticleNewsletter(SendQueue queue, NewsletterSettings settings, Clock clock) {
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ArticlePublished event) {
        if (!settings.sendOnPublish() || event.publishedAt().isBefore(clock.instant().minus(Duration.ofDays(1)))) {
            return;
        }
        var outcome = queue.article(event.slug());
        log.info("Newsletter for article {}: {}", event.articleId(), outcome);
    }
}
