package news.masthead.moderation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Akismet's opinion, through its documented REST call {@code comment-check}: "true" is spam, "false"
 * is not, and the header {@code X-akismet-pro-tip: discard} marks spam so blatant it need not be
 * kept. Off unless a key is configured. Anything else (an error, a timeout, "invalid") throws, which
 * the pipeline counts as a check that could not run.
 */
final class AkismetCheck implements ArrivalCheck {

    private final ModerationSettings.Akismet settings;
    private final HttpClient http;

    AkismetCheck(ModerationSettings.Akismet settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String name() {
        return "akismet";
    }

    @Override
    public Finding check(Arrival arrival) {
        var submission = arrival.submission();
        var form = new LinkedHashMap<String, String>();
        form.put("api_key", settings.key());
        form.put("blog", settings.site());
        form.put("user_ip", arrival.address() == null ? "" : arrival.address());
        form.put("user_agent", arrival.userAgent() == null ? "" : arrival.userAgent());
        form.put("comment_type", arrival.form().startsWith("article-") ? "comment" : "contact-form");
        form.put("comment_author", submission.author());
        form.put("comment_author_email", submission.email());
        form.put("comment_author_url", submission.url());
        form.put("comment_content", submission.body());
        form.put("comment_date_gmt", arrival.at().toString());
        var request = HttpRequest.newBuilder(URI.create(settings.baseUrl().replaceAll("/+$", "") + "/comment-check"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Akismet did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Akismet", e);
        }
        var answer = response.body().strip();
        if (response.statusCode() != 200 || !(answer.equals("true") || answer.equals("false"))) {
            throw new IllegalStateException("Akismet answered " + response.statusCode() + " "
                    + answer.substring(0, Math.min(answer.length(), 40)));
        }
        if (answer.equals("false")) {
            return Finding.of(name(), -1, "Akismet says it is not spam");
        }
        boolean discard = response.headers().firstValue("X-akismet-pro-tip").map("discard"::equalsIgnoreCase)
                .orElse(false);
        return discard ? Finding.of(name(), 8, "Akismet says it is blatant spam")
                : Finding.of(name(), 4, "Akismet says it is spam");
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
