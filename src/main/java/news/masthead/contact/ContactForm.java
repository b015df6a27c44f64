package news.masthead.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The contact form as the reader filled it in; {@code website} is hidden from people and only bots
 * fill it in. Missing fields are empty, so the form can always come back with what was typed.
 */
public record ContactForm(
        @NotBlank(message = "Please give your name.") @Size(max = 100, message = "Please keep your name under 100 characters.") String name,
        @NotBlank(message = "Please give your email address, so that we can answer.") @Size(max = 254, message = "That email address is too long.")
        @Email(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Please check your email address: it should look like name@example.com.") String email,
        @NotBlank(message = "Please give your message a subject.") @Size(max = 200, message = "Please keep the subject under 200 characters.") String subject,
        @NotBlank(message = "Please write your message.") @Size(max = 10000, message = "Please keep your message under 10,000 characters.") String message,
        String website) {

    public ContactForm(@Nullable String name, @Nullable String email, @Nullable String subject,
            @Nullable String message, @Nullable String website) {
        this.name = name == null ? "" : name.strip();
        this.email = email == null ? "" : email.strip();
        this.subject = subject == null ? "" : subject.strip().replaceAll("[\\r\\n]+", " ");
        this.message = message == null ? "" : message;
        this.website = website == null ? "" : website;
    }

    public static ContactForm empty() {
        return new ContactForm("", "", "", "", "");
    }
}
