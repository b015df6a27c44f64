package news.masthead.contact;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where contact messages go and how far the form can be leaned on.
 *
 * @param to the newsroom's address; when empty, the contact address in the site settings
 * @param copiesPerDay copies mailed to one sender address a day, so the form cannot be used to flood
 *        somebody else's inbox with "your message" mails
 */
@ConfigurationProperties("masthead.contact")
public record ContactSettings(@Nullable String to, @DefaultValue("3") int copiesPerDay) {
}
