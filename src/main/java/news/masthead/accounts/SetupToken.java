package news.masthead.accounts;

import java.time.Instant;

/** A one-time secret that lets its holder create the first administrator until it expires. */
record SetupToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "SetupToken[expiresAt=" + expiresAt + "]";
    }
}
