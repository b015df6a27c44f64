package news.masthead.moderation;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor sent that moderation judges: a comment, a contact message or a sign-up. Missing
 * fields are empty strings, so that checks never have to think about null.
 */
public record Submission(String author, String email, String url, String body) {

    public Submission(@Nullable String author, @Nullable String email, @Nullable String url,
            @Nullable String body) {
        this.author = author == null ? "" : author.strip();
        this.email = email == null ? "" : email.strip();
        this.url = url == null ? "" : url.strip();
        this.body = body == null ? "" : body.strip();
    }
}
