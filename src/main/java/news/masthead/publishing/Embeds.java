package news.masthead.publishing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Services whose posts and players an article may point to as an embed. The site's content security
 * policy lets no other origin run in a reader's page, so an embed is a card that links out: the
 * reader's browser talks to the service only if they follow it.
 */
final class Embeds {

    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("youtube.com", "YouTube"), Map.entry("youtu.be", "YouTube"), Map.entry("vimeo.com", "Vimeo"),
            Map.entry("x.com", "X"), Map.entry("twitter.com", "X"), Map.entry("bsky.app", "Bluesky"),
            Map.entry("mastodon.social", "Mastodon"), Map.entry("instagram.com", "Instagram"),
            Map.entry("open.spotify.com", "Spotify"), Map.entry("soundcloud.com", "SoundCloud"),
            Map.entry("datawrapper.dwcdn.net", "Datawrapper"), Map.entry("public.flourish.studio", "Flourish"),
            Map.entry("google.com", "Google Maps"), Map.entry("openstreetmap.org", "OpenStreetMap"));

    private Embeds() {
    }

    /** The service's name, if the address is an https link to one on the list. */
    static Optional<String> service(String address) {
        try {
            var uri = new URI(address);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                return Optional.empty();
            }
            var host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            if (host.equals("google.com") && (uri.getPath() == null || !uri.getPath().startsWith("/maps"))) {
                return Optional.empty();
            }
            return Optional.ofNullable(SERVICES.get(host));
        }
        catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
