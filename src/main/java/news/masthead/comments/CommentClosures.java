package news.masthead.comments;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closing an article's comments by hand, and opening them again. */
@Service
public class CommentClosures {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentClosures(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void close(long articleId, String by) {
        if (!isClosed(articleId)) {
            jdbc.sql("INSERT INTO comment_closure (article_id, closed_by, closed_at) VALUES (:id, :by, :at)")
                    .param("id", articleId)
                    .param("by", by)
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            events.publishEvent(new CommentingClosed(articleId, true));
        }
    }

    @Transactional
    public void open(long articleId) {
        if (jdbc.sql("DELETE FROM comment_closure WHERE article_id = :id").param("id", articleId).update() > 0) {
            events.publishEvent(new CommentingClosed(articleId, false));
        }
    }

    /** Whether a moderator closed the article's comments (they may also have closed with age). */
    @Transactional(readOnly = true)
    public boolean isClosed(long articleId) {
        return jdbc.sql("SELECT COUNT(*) FROM comment_closure WHERE article_id = :id").param("id", articleId)
                .query(Long.class).single() > 0;
    }
}
