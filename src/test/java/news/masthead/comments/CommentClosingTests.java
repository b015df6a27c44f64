package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Comments close by themselves once a story is older than the newsroom keeps them open. */
class CommentClosingTests {

    private static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");

    @Test
    void aStoryOlderThanTheLimitTakesNoMoreComments() {
        var jdbc = mock(JdbcClient.class);
        var threads = new CommentThreads(jdbc, settings(Duration.ofDays(14)), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(threads.isOpen(1, NOW.minus(Duration.ofDays(15)))).isFalse();
        verifyNoInteractions(jdbc);
    }

    @Test
    void aYoungerStoryIsOpenUnlessAModeratorClosedIt() {
        var jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
        when(jdbc.sql(anyString()).param(anyString(), any()).query(Long.class).single()).thenReturn(0L, 1L);
        var threads = new CommentThreads(jdbc, settings(Duration.ofDays(14)), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(threads.isOpen(1, NOW.minus(Duration.ofDays(13)))).isTrue();
        assertThat(threads.isOpen(1, NOW.minus(Duration.ofDays(13)))).isFalse();
    }

    private static CommentSettings settings(Duration closeAfter) {
        return new CommentSettings(5000, 3, 50, closeAfter, Duration.ofDays(30), Duration.ofHours(24));
    }
}
