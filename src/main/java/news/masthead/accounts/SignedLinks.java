package news.masthead.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import news.masthead.signing.Signatures;

/**
 * Tokens for links that accounts e-mails (an invitation, a password reset): a few fields, an
 * expiry and a signature, so that no table of pending links is needed and any node accepts a link
 * any node sent. Each purpose signs with its own key, so a reset link is no invitation.
 */
@Component
class SignedLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Signatures signatures;
    private final Clock clock;

    SignedLinks(Signatures signatures, Clock clock) {
        this.signatures = signatures;
        this.clock = clock;
    }

    String issue(String purpose, Duration lifetime, String... fields) {
        var payload = String.join("\n", fields) + "\n" + clock.instant().plus(lifetime).getEpochSecond();
        var encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + signatures.sign(purpose, encoded);
    }

    /** The fields of a token that is genuine and unexpired, for this purpose; empty otherwise. */
    Optional<List<String>> open(String purpose, String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || !signatures.verify(purpose, token.substring(0, dot), token.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            var lines = List.of(new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8)
                    .split("\n", -1));
            var expires = Instant.ofEpochSecond(Long.parseLong(lines.getLast()));
            return expires.isAfter(clock.instant()) ? Optional.of(lines.subList(0, lines.size() - 1))
                    : Optional.empty();
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
