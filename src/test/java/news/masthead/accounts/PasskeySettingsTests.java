package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which site name and page origins passkeys are made for, from configuration or from where the site runs. */
class PasskeySettingsTests {

    private static final PasskeySettings UNSET = new PasskeySettings(null, List.of(), "Masthead newsroom");

    @Test
    void withNothingConfiguredALocalSiteIsLocalhostOnItsPort() {
        var party = UNSET.resolve("", "127.0.0.1", 40123, false);

        assertThat(party.id()).isEqualTo("localhost");
        assertThat(party.origins()).containsExactly("http://localhost:40123");
        assertThat(UNSET.resolve("", "::1", 8080, false).id()).isEqualTo("localhost");
        assertThat(UNSET.resolve("", "", 8443, true).origins()).containsExactly("https://localhost:8443");
    }

    @Test
    void aServerAddressThatIsANameIsTheSiteName() {
        var party = UNSET.resolve("", "Newsroom.Internal", 8080, false);

        assertThat(party.id()).isEqualTo("newsroom.internal");
        assertThat(party.origins()).containsExactly("http://newsroom.internal:8080");
    }

    @Test
    void theBaseUrlGivesBothTheSiteNameAndItsOnlyOrigin() {
        var party = UNSET.resolve("https://News.Example.org/", "127.0.0.1", 8080, false);

        assertThat(party.id()).isEqualTo("news.example.org");
        assertThat(party.origins()).containsExactly("https://news.example.org");
        assertThat(UNSET.resolve("http://staging.example.org:9000/site", "", 8080, false).origins())
                .containsExactly("http://staging.example.org:9000");
    }

    @Test
    void configuredValuesWin() {
        var settings = new PasskeySettings("example.org",
                List.of("https://www.example.org/", "https://admin.example.org:8443", " "), "Newsroom");

        var party = settings.resolve("https://www.example.org", "127.0.0.1", 8080, false);

        assertThat(party.id()).isEqualTo("example.org");
        assertThat(party.origins()).isEqualTo(Set.of("https://www.example.org", "https://admin.example.org:8443"));
    }
}
