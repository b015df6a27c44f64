package news.masthead.moderation;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import news.masthead.signing.Signatures;

/**
 * Keyed hashes of addresses and e-mails: enough to tell that two submissions came from the same
 * sender, useless to anyone who reads the tables without the site's signing key.
 */
@Component
class Identities {

    private final Signatures signatures;
    private final Set<String> shared;

    Identities(Signatures signatures, ModerationSettings settings) {
        this.signatures = signatures;
        this.shared = Set.copyOf(settings.sharedAddresses());
    }

    /** The sender's address as a key, or null when there is none or many people share it. */
    @Nullable
    String address(@Nullable String address) {
        return address == null || address.isBlank() || shared.contains(address.strip()) ? null
                : signatures.sign("moderation-address", address.strip());
    }

    @Nullable
    String email(@Nullable String email) {
        return email == null || email.isBlank() ? null
                : signatures.sign("moderation-email", email.strip().toLowerCase(Locale.ROOT));
    }

    /** A spent form token's key: the same for the same token on every node. */
    String token(String value) {
        return signatures.sign("moderation-token", value);
    }
}
