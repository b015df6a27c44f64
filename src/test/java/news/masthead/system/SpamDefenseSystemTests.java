package news.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import news.masthead.comments.CommentManagement;
import news.masthead.comments.ScreenedComment;
import news.masthead.comments.ScreeningReason;
import news.masthead.comments.ScreeningVerdict;

/**
 * Spam and real comments sent through the article's reply form, with and without its honeypot and
 * form token, and the verdicts kept with them; flood control as a reader meets it.
 */
@SystemTest
abstract class SpamDefenseSystemTests {

    static final String ARTICLE = "/articles/dredging-contract-out-of-county";
    static final String HAM = "Gannet Marine kept the channel open for fourteen years; did the commissioners score"
            + " local knowledge at all, or was it price alone?";
    static final String SPAM = "Great post!! Best SEO backlinks cheap, buy now at https://seo-rank.example and"
            + " https://cheap-links.example for top google rank";

    @LocalServerPort
    int port;

    @Autowired
    CommentManagement comments;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void theFormCarriesAHiddenHoneypotAndASignedTokenWithAScriptThatRefreshesIt() {
        var form = site.page(ARTICLE).selectFirst("form#reply");

        assertThat(form.selectFirst(".form-trap[aria-hidden=true] input[name=homepage][tabindex=-1]")).isNotNull();
        var token = form.selectFirst("input[type=hidden][name=form-token]");
        assertThat(token.val()).startsWith("p.article-");
        var fresh = site.get(token.attr("data-refresh"));
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.body()).startsWith("f.article-");
        assertThat(fresh.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(form.selectFirst("script[src^=/assets/comment-guard.]")).isNotNull();
    }

    @Test
    void aReaderWithTheFormAsServedIsHeldAsAFirstCommenterWithTheReasonsKept() {
        var held = screened(submit(reader(HAM + " " + tag()), Map.of()));

        assertThat(held.screening().verdict()).isEqualTo(ScreeningVerdict.HOLD);
        assertThat(held.screening().reasons()).extracting(ScreeningReason::check).contains("history")
                .doesNotContain("honeypot", "form token");
    }

    @Test
    void theSameCommentWithTheHoneypotFilledIsSpam() {
        var caught = screened(submit(reader(HAM + " " + tag()), Map.of("homepage", "https://example.org")));

        assertThat(caught.screening().verdict()).isIn(ScreeningVerdict.SPAM, ScreeningVerdict.DISCARD);
        assertThat(caught.screening().reasons()).extracting(ScreeningReason::check).contains("honeypot");
    }

    @Test
    void withoutTheFormTokenARealCommentIsOnlyHeldAndTheMissingTokenIsNoted() {
        var form = reader(HAM + " " + tag());
        var response = site.post(ARTICLE + "/comments", form);

        var held = screened(response);
        assertThat(held.screening().verdict()).isEqualTo(ScreeningVerdict.HOLD);
        assertThat(held.screening().reasons()).filteredOn(r -> r.check().equals("form token"))
                .singleElement().satisfies(r -> assertThat(r.explanation()).contains("no form token"));
    }

    @Test
    void linkSpamIsSpamWithOrWithoutTheToken() {
        var spam = new LinkedHashMap<>(reader(SPAM + " " + tag()));
        spam.put("author", "Best SEO Services");
        spam.put("url", "https://seo-rank.example");

        var viaForm = submit(spam, Map.of());
        spam.put("comment", SPAM + " " + tag());
        spam.put("email", "bot" + tag() + "@seo-rank.example");
        var direct = site.post(ARTICLE + "/comments", spam);

        for (var response : java.util.List.of(viaForm, direct)) {
            assertThat(response.statusCode()).isEqualTo(303);
            var id = id(response);
            // A discarded comment is not stored; the sender is answered as if it had been.
            if (id > 0) {
                assertThat(comments.screened(id).orElseThrow().screening().verdict()).isEqualTo(ScreeningVerdict.SPAM);
            }
        }
        assertThat(site.page(ARTICLE).text()).doesNotContain("seo-rank");
    }

    @Test
    void aReaderPostingAgainAtOnceGetsTheFormBackWithTheTextAndAReason() throws Exception {
        // Not the address every other test client shares, so that flood control applies.
        var client = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2"))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var first = post(client, reader(HAM + " " + tag()));
        var secondText = "And one more thing about the tender. " + tag();
        var second = post(client, reader(secondText));

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(429);
        var page = site.parse(second);
        assertThat(page.getElementById("comment").wholeText()).isEqualTo(secondText);
        assertThat(page.select("#reply [role=alert] li").text()).contains("too quickly");
        assertThat(second.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    private HttpResponse<String> post(HttpClient client, Map<String, String> values) throws Exception {
        var fields = formFields();
        fields.putAll(values);
        return client.send(HttpRequest.newBuilder(site.uri(ARTICLE + "/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(SiteClient.encode(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the form as the page serves it, with the reader's values and any hidden fields overridden. */
    private HttpResponse<String> submit(Map<String, String> values, Map<String, String> hidden) {
        var fields = formFields();
        fields.putAll(values);
        fields.putAll(hidden);
        return site.post(ARTICLE + "/comments", fields);
    }

    private Map<String, String> formFields() {
        var form = site.page(ARTICLE).selectFirst("form#reply");
        var fields = new LinkedHashMap<String, String>();
        for (var field : form.select("input[name], textarea[name]")) {
            fields.put(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : field.val());
        }
        return fields;
    }

    private ScreenedComment screened(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(303);
        var id = id(response);
        assertThat(id).as("a stored comment").isPositive();
        return comments.screened(id).orElseThrow();
    }

    private static long id(HttpResponse<String> response) {
        var location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*unapproved=(\\d+).*", "$1"));
    }

    private static Map<String, String> reader(String text) {
        var form = new LinkedHashMap<String, String>();
        form.put("comment", text);
        form.put("author", "Morwenna Pascoe");
        form.put("email", "morwenna." + tag() + "@example.net");
        form.put("url", "");
        return form;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
