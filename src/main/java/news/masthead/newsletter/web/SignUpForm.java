package news.masthead.newsletter.web;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import news.masthead.newsletter.Frequency;

/**
 * The sign-up form, from an article, the footer or the newsletter page. {@code website} is the
 * hidden field only bots fill in. Missing fields are empty, so the form can always come back.
 */
public record SignUpForm(
        @NotBlank(message = "Please give your email address.") @Size(max = 254, message = "That email address is too long.")
        @Email(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Please check your email address: it should look like name@example.com.") String email,
        String frequency, List<Long> section, String website) {

    public SignUpForm(@Nullable String email, @Nullable String frequency, @Nullable List<Long> section,
            @Nullable String website) {
        this.email = email == null ? "" : email.strip();
        this.frequency = frequency == null ? "" : frequency;
        this.section = section == null ? List.of() : section.stream().filter(id -> id != null).toList();
        this.website = website == null ? "" : website;
    }

    public static SignUpForm empty() {
        return new SignUpForm("", Frequency.DAILY.name(), List.of(), "");
    }

    /** The chosen frequency; anything unknown means the default, a daily digest. */
    public Frequency chosenFrequency() {
        for (var value : Frequency.values()) {
            if (value.name().equals(frequency)) {
                return value;
            }
        }
        return Frequency.DAILY;
    }
}
