package news.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbedsTests {

    @ParameterizedTest
    @CsvSource({
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://youtube.com/shorts/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871?dnt=1",
        "https://datawrapper.dwcdn.net/aB3dE/, https://datawrapper.dwcdn.net/aB3dE/",
        "https://datawrapper.dwcdn.net/aB3dE/7/, https://datawrapper.dwcdn.net/aB3dE/7/",
        "https://public.flourish.studio/visualisation/1234567/, https://flo.uri.sh/visualisation/1234567/embed",
        "https://public.flourish.studio/story/98765/, https://flo.uri.sh/story/98765/embed" })
    void aVideoOrChartPlaysFromTheServicesOwnPlayer(String link, String player) {
        assertThat(Embeds.player(link)).contains(player);
        assertThat(Embeds.PLAYER_ORIGINS).anyMatch(origin -> player.startsWith(origin + "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload", "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://vimeo.com/channels/staffpicks", "https://x.com/council/status/1", "https://datawrapper.dwcdn.net/../x",
        "https://www.youtube.com/playlist?list=PL1" })
    void anythingElseStaysACardThatLinksOut(String link) {
        assertThat(Embeds.player(link)).isEmpty();
    }
}
