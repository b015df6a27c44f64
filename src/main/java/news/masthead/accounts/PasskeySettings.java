package news.masthead.accounts;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the newsroom is to a passkey. A passkey is made for one site name ({@code rpId}, a domain
 * such as {@code example.org}) and works only on pages from the listed origins. Left unset, both
 * come from {@code masthead.base-url}, or else from where this node listens, which on a
 * developer's machine is {@code localhost}: browsers refuse passkeys on a bare IP address.
 */
@ConfigurationProperties("masthead.accounts.passkeys")
record PasskeySettings(@Nullable String rpId, @DefaultValue List<String> origins,
        @DefaultValue("Masthead newsroom") String rpName) {

    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]+|.*:.*");

    /** The site name and origins this node accepts passkeys for. */
    Party resolve(String baseUrl, String serverAddress, int port, boolean https) {
        var base = baseUrl.isBlank() ? null : URI.create(baseUrl.strip());
        String id;
        if (rpId != null && !rpId.isBlank()) {
            id = rpId.strip().toLowerCase(Locale.ROOT);
        }
        else if (base != null && base.getHost() != null) {
            id = base.getHost().toLowerCase(Locale.ROOT);
        }
        else {
            id = serverAddress.isBlank() || IP_ADDRESS.matcher(serverAddress).matches() ? "localhost"
                    : serverAddress.toLowerCase(Locale.ROOT);
        }
        var listed = origins.stream().filter(origin -> !origin.isBlank()).map(PasskeySettings::origin).toList();
        if (!listed.isEmpty()) {
            return new Party(id, Set.copyOf(listed));
        }
        if (base != null && base.getHost() != null) {
            return new Party(id, Set.of(origin(baseUrl)));
        }
        return new Party(id, Set.of((https ? "https://" : "http://") + id + ":" + port));
    }

    /** Scheme, host and port, as a browser writes a page's origin: no path, no trailing slash. */
    private static String origin(String url) {
        var uri = URI.create(url.strip());
        var origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() == -1 ? origin : origin + ":" + uri.getPort();
    }

    /** The relying party's id and the page origins its passkeys may be used from. */
    record Party(String id, Set<String> origins) {
    }
}
