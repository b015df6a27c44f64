package news.masthead.accounts;

import java.time.Instant;

/**
 * One of a staff member's passkeys as their account page lists it. The id is the credential id in
 * URL-safe Base64, which names it in the address of its Remove button.
 */
public record Passkey(String id, String label, Instant created, Instant lastUsed) {

    /** The longest label kept; a longer one is cut short. */
    public static final int LABEL_LENGTH = 60;

    /** Whether it has signed in since it was added: adding it stamps both times alike. */
    public boolean used() {
        return lastUsed.isAfter(created);
    }
}
