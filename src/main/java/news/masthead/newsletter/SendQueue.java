package news.masthead.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.publishing.ArticleManagement;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.SiteUrls;

/**
 * Puts articles and digests in the queue. Each send has an occasion ("article-42",
 * "daily-2026-11-27") that can be used once, so a repeated event, a second node or a second click
 * cannot send the same thing twice.
 */
@Service
public class SendQueue {

    private final Sends sends;
    private final ArticleManagement articles;
    private final SiteManagement site;
    private final SiteUrls urls;
    private final Clock clock;

    SendQueue(Sends sends, ArticleManagement articles, SiteManagement site, SiteUrls urls, Clock clock) {
        this.sends = sends;
        this.articles = articles;
        this.site = site;
        this.urls = urls;
        this.clock = clock;
    }

    /** Sends a published article, whole, to the subscribers who want each article of its section. */
    @Transactional
    public QueueOutcome article(String slug) {
        var found = articles.findPublished(slug);
        if (found.isEmpty()) {
            return QueueOutcome.NOTHING_TO_SEND;
        }
        var article = found.get();
        var occasion = "article-" + article.id();
        if (sends.exists(occasion)) {
            return QueueOutcome.ALREADY_SENT;
        }
        var item = new SendItem(article.id(), article.section().id(), article.headline(), article.standfirst(),
                article.path(), absoluteLinks(article.bodyHtml()));
        sends.create(occasion, SendKind.ARTICLE, article.headline(), List.of(item), Frequency.IMMEDIATE,
                clock.instant());
        return QueueOutcome.QUEUED;
    }

    /** Queues the digest of the period that contains {@code now}, with what was published since the last one. */
    @Transactional
    public QueueOutcome digest(Frequency frequency, Instant now) {
        if (frequency == Frequency.IMMEDIATE) {
            throw new IllegalArgumentException("Digests are daily or weekly");
        }
        var date = now.atZone(site.settings().zone()).toLocalDate();
        var occasion = frequency == Frequency.DAILY ? "daily-" + date
                : "weekly-" + date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (sends.exists(occasion)) {
            return QueueOutcome.ALREADY_SENT;
        }
        var since = sends.lastDigest(frequency)
                .orElse(now.minus(frequency == Frequency.DAILY ? Duration.ofDays(1) : Duration.ofDays(7)));
        var items = new ArrayList<SendItem>();
        for (var summary : articles.latest(1, 50).items()) {
            if (summary.publishedAt().isAfter(since) && !summary.publishedAt().isAfter(now)) {
                items.add(new SendItem(summary.id(), summary.section().id(), summary.headline(), summary.standfirst(),
                        summary.path(), null));
            }
        }
        if (items.isEmpty()) {
            return QueueOutcome.NOTHING_TO_SEND;
        }
        var title = site.settings().title();
        var subject = (frequency == Frequency.DAILY ? "Today in " : "This week in ") + title + ": "
                + items.getFirst().headline();
        sends.create(occasion, SendKind.DIGEST, subject, items, frequency, now);
        return QueueOutcome.QUEUED;
    }

    public List<SendProgress> recent(int limit) {
        return sends.recent(limit);
    }

    /** Images and links in an article point at the site, wherever the mail is read. */
    private String absoluteLinks(String bodyHtml) {
        var document = Jsoup.parseBodyFragment(bodyHtml, urls.base() + "/");
        document.outputSettings().prettyPrint(false);
        for (var element : document.select("[href], [src]")) {
            for (var attribute : List.of("href", "src")) {
                if (element.hasAttr(attribute) && element.attr(attribute).startsWith("/")) {
                    element.attr(attribute, urls.absolute(element.attr(attribute)));
                }
            }
        }
        return document.body().html();
    }
}
