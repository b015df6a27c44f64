package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AdminAnnouncementTests {

    @Test
    void pointsAtTheAddressAndPortTheServerListensOn() {
        var environment = new MockEnvironment().withProperty("server.port", "0")
                .withProperty("local.server.port", "43117").withProperty("server.address", "127.0.0.1");

        assertThat(AdminAnnouncement.origin(environment)).isEqualTo("http://127.0.0.1:43117");
    }

    @Test
    void usesTheLoopbackAddressWhenListeningEverywhere() {
        assertThat(AdminAnnouncement.origin(new MockEnvironment().withProperty("server.address", "0.0.0.0")
                .withProperty("server.port", "8080"))).isEqualTo("http://127.0.0.1:8080");
        assertThat(AdminAnnouncement.origin(new MockEnvironment())).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void bracketsIpv6AddressesAndKnowsHttps() {
        var environment = new MockEnvironment().withProperty("server.address", "::1")
                .withProperty("local.server.port", "8443").withProperty("server.ssl.enabled", "true");

        assertThat(AdminAnnouncement.origin(environment)).isEqualTo("https://[::1]:8443");
    }
}
