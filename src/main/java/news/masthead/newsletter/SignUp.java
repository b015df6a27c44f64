package news.masthead.newsletter;

import java.util.Locale;
import java.util.Set;

/**
 * A sign-up as the form sends it. {@code website} is a field people never see: anything in it
 * came from a bot.
 */
public record SignUp(String email, Frequency frequency, Set<Long> sections, String website) {

    public SignUp {
        email = email.strip().toLowerCase(Locale.ROOT);
        sections = Set.copyOf(sections);
    }
}
