package news.masthead.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentManagement;
import news.masthead.media.MediaLibrary;
import news.masthead.publishing.ArticleBodyRenderer;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.FeaturedImage;
import news.masthead.publishing.NewArticle;
import news.masthead.site.SiteManagement;

/**
 * Fills an empty site with the demo newsroom kept under {@code classpath:demo/}. Dates are set
 * relative to today, so the demo always looks current.
 */
@Component
class DemoContent {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final Pattern GENERATED_IMAGE = Pattern.compile("\\(generated:([a-z0-9-]+)");

    private final ArticleManagement articles;
    private final CommentManagement comments;
    private final SiteManagement site;
    private final MediaLibrary media;
    private final ArticleBodyRenderer markdown;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoContent(ArticleManagement articles, CommentManagement comments, SiteManagement site, MediaLibrary media,
            ArticleBodyRenderer markdown, TransactionTemplate transactions, Clock clock) {
        this.articles = articles;
        this.comments = comments;
        this.site = site;
        this.media = media;
        this.markdown = markdown;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Loads the demo if the site has no content yet; returns whether it did. */
    boolean loadIfEmpty() {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!articles.isEmpty()) {
                return false;
            }
            var count = load();
            log.info("Loaded the demo newsroom: {} articles", count);
            return true;
        }));
    }

    @SuppressWarnings("unchecked")
    private int load() {
        Map<String, Object> newsroom = DemoArticle.yaml().load(text(resource("classpath:demo/site.yaml")));
        var zone = ZoneId.of(newsroom.getOrDefault("timeZone", "UTC").toString());
        site.update(site.settings()
                .withIdentity(newsroom.get("title").toString(), newsroom.get("tagline").toString(),
                        newsroom.get("description").toString(), zone.getId())
                .withAppeal(newsroom.get("appeal").toString()));
        for (var section : (List<Map<String, Object>>) newsroom.get("sections")) {
            articles.addSection(section.get("slug").toString(), section.get("name").toString(),
                    section.get("description").toString());
        }
        for (var author : (List<Map<String, Object>>) newsroom.get("authors")) {
            articles.addAuthor(author.get("slug").toString(), author.get("name").toString(),
                    author.get("title").toString(), author.get("bio").toString());
        }
        for (var page : resources("classpath:demo/pages/*.md")) {
            var story = DemoArticle.read(page);
            site.savePage(story.slug(), story.text("title"), story.text("summary"), markdown.render(story.body()));
        }
        var stories = resources("classpath:demo/articles/*.md");
        for (var resource : stories) {
            add(DemoArticle.read(resource), zone);
        }
        return stories.size();
    }

    private void add(DemoArticle story, ZoneId zone) {
        var now = clock.instant();
        var when = story.map("published");
        var published = earlier(LocalDate.now(clock.withZone(zone))
                .minusDays(((Number) when.getOrDefault("daysAgo", 0)).longValue())
                .atTime(LocalTime.parse(when.getOrDefault("time", "08:00").toString()))
                .atZone(zone)
                .toInstant(), now);
        var body = GENERATED_IMAGE.matcher(story.body()).replaceAll(match -> "("
                + media.storeImage(match.group(1), DemoPictures.paint(match.group(1), 1200, 800)).path());
        var id = articles.draft(new NewArticle(story.slug(), story.text("headline"), story.text("standfirst"), body,
                story.text("section"), story.list("authors").stream().map(Object::toString).toList(),
                story.list("tags").stream().map(Object::toString).toList(), image(story)));
        articles.publish(id, published);
        if (story.meta().get("updatedHoursLater") instanceof Number hours) {
            articles.markUpdated(id, earlier(published.plus(Duration.ofHours(hours.longValue())), now));
        }
        for (var entry : story.list("comments")) {
            if (entry instanceof Map<?, ?> comment) {
                var at = earlier(published.plus(Duration.ofMinutes(((Number) comment.get("minutesAfter")).longValue())), now);
                var form = new CommentForm(value(comment, "body"), value(comment, "name"), value(comment, "email"),
                        value(comment, "url"));
                comments.importComment(id, form, at, "approved".equals(value(comment, "status")));
            }
        }
    }

    private @Nullable FeaturedImage image(DemoArticle story) {
        var image = story.map("image");
        if (image.isEmpty()) {
            return null;
        }
        var stored = media.storeImage(story.slug(), DemoPictures.paint(story.slug(), 1200, 675));
        return new FeaturedImage(stored.path(), image.getOrDefault("alt", "").toString(),
                (String) image.get("caption"), (String) image.get("credit"), stored.width(), stored.height());
    }

    /** A demo time that would lie in the future on the day the demo loads is moved to just before now. */
    private static Instant earlier(Instant wanted, Instant now) {
        return wanted.isBefore(now) ? wanted : now.minusSeconds(60);
    }

    private static String value(Map<?, ?> map, String key) {
        var value = map.get(key);
        return value == null ? "" : value.toString();
    }

    private static Resource resource(String location) {
        return new PathMatchingResourcePatternResolver().getResource(location);
    }

    private static List<Resource> resources(String pattern) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern))
                    .sorted(Comparator.comparing(resource -> String.valueOf(resource.getFilename())))
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
