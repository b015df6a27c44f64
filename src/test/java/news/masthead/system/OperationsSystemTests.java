package news.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import news.masthead.OnPostgres;

/** Health and metrics for the people who run the site, on a port readers never reach. */
@SystemTest
abstract class OperationsSystemTests {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    SiteClient site;
    SiteClient management;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
        management = new SiteClient(managementPort);
    }

    @Test
    void theManagementPortIsNotTheSitesPort() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness" })
    void healthIsReportedOnTheManagementPort(String path) {
        var response = management.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void healthNamesTheDatabaseThisTestRunsOn() {
        var database = getClass().isAnnotationPresent(OnPostgres.class) ? "PostgreSQL" : "H2";

        assertThat(management.get("/actuator/health").body()).contains("\"database\":\"" + database + "\"");
    }

    @Test
    void prometheusCanScrapeMetrics() {
        site.get("/");

        var response = management.get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain"));
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections")
                .contains("http_server_requests_seconds_count");
    }

    @Test
    void requestsAreTimedWholeRatherThanFilterByFilter() {
        site.get("/about");
        site.get("/admin/login");

        var metrics = management.get("/actuator/prometheus").body();

        assertThat(metrics).contains("http_server_requests_seconds_count")
                .doesNotContain("spring_security_filterchains", "spring_security_authorizations");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/prometheus",
            "/actuator/metrics", "/actuator/env", "/actuator/info" })
    void readersCannotReachThem(String path) {
        var response = site.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("\"status\"").doesNotContain("jvm_");
    }
}
