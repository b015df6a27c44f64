package news.masthead.comments;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The "Leave a reply" form (with {@code parent}, the comment answered, and {@code replies}, whether
 * to e-mail the reader about replies) as the reader filled it in. Null fields (a request that left them out)
 * are treated as empty so that the form can always be shown again with what was typed.
 */
public record CommentForm(
        @NotBlank(message = "Please write a comment.") String comment,
        @NotBlank(message = "Please give your name.") @Size(max = 100, message = "Please keep your name under 100 characters.") String author,
        @NotBlank(message = "Please give your email address.") @Size(max = 254, message = "That email address is too long.")
        @Email(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Please check your email address: it should look like name@example.com.") String email,
        @Size(max = 500, message = "Please keep the website address under 500 characters.")
        @Pattern(regexp = "(https?://\\S+)?", message = "A website should start with http:// or https://.") String url,
        @Nullable Long parent, Boolean replies) {

    /** A comment that answers no other and asks for no e-mail. */
    public CommentForm(String comment, String author, String email, String url) {
        this(comment, author, email, url, null, false);
    }

    public CommentForm {
        comment = comment == null ? "" : comment;
        author = author == null ? "" : author.strip();
        email = email == null ? "" : email.strip();
        url = url == null ? "" : url.strip();
        replies = replies != null && replies;
    }

    public static CommentForm empty() {
        return new CommentForm("", "", "", "");
    }

    /** An empty form answering the given comment. */
    public static CommentForm replyingTo(@Nullable Long parent) {
        return new CommentForm("", "", "", "", parent, false);
    }
}
