package news.masthead.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import news.masthead.MastheadApplication;
import news.masthead.site.SiteManagement;

/**
 * Two nodes on one database: a change made through one shows on the other's cached pages within
 * a couple of seconds, because each follows the change record in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.server.port=0", "masthead.delivery.follow-interval=250ms" })
abstract class MultiNodeSystemTests {

    @Autowired
    SiteManagement site;
    @Autowired
    Environment environment;

    ConfigurableApplicationContext otherNode;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopOtherNode() {
        if (otherNode != null) {
            otherNode.close();
        }
    }

    @Test
    void anotherNodeDropsWhatThisNodeChanged() throws Exception {
        otherNode = new SpringApplicationBuilder(MastheadApplication.class).run("--server.port=0",
                "--management.server.port=0", "--masthead.demo.enabled=false", "--masthead.delivery.follow-interval=250ms",
                "--masthead.data-dir=" + environment.getRequiredProperty("masthead.data-dir"),
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""));
        var port = ((WebServerApplicationContext) otherNode).getWebServer().getPort();
        var about = URI.create("http://127.0.0.1:" + port + "/about");
        fetch(about);
        assertThat(fetch(about).headers().firstValue("X-Cache")).hasValue("hit");

        site.update(site.settings().withIdentity("The Two Node Gazette", "Tagline", "Description", "UTC"));

        long deadline = System.nanoTime() + 2_000_000_000L;
        String body = fetch(about).body();
        while (!body.contains("The Two Node Gazette") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            body = fetch(about).body();
        }
        assertThat(body).contains("The Two Node Gazette");
    }

    private HttpResponse<String> fetch(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
