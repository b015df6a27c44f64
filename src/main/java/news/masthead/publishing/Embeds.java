package news.masthead.publishing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Services whose posts and players an article may point to as an embed. An embed is a card that
 * links out, so the reader's browser talks to the service only if they follow it. For a few video
 * and chart players the card also names the player's address: the site's small embed script swaps
 * the card for the player when the reader clicks, and the content security policy allows frames
 * from exactly those player origins ({@link #PLAYER_ORIGINS}) and no others.
 */
final class Embeds {

    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("youtube.com", "YouTube"), Map.entry("youtu.be", "YouTube"), Map.entry("vimeo.com", "Vimeo"),
            Map.entry("x.com", "X"), Map.entry("twitter.com", "X"), Map.entry("bsky.app", "Bluesky"),
            Map.entry("mastodon.social", "Mastodon"), Map.entry("instagram.com", "Instagram"),
            Map.entry("open.spotify.com", "Spotify"), Map.entry("soundcloud.com", "SoundCloud"),
            Map.entry("datawrapper.dwcdn.net", "Datawrapper"), Map.entry("public.flourish.studio", "Flourish"),
            Map.entry("google.com", "Google Maps"), Map.entry("openstreetmap.org", "OpenStreetMap"));

    /** Where players may be framed from; the site's frame-src lists exactly these. */
    static final List<String> PLAYER_ORIGINS = List.of("https://www.youtube-nocookie.com", "https://player.vimeo.com",
            "https://datawrapper.dwcdn.net", "https://flo.uri.sh");

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?([0-9]{1,12})/?");
    private static final Pattern DATAWRAPPER_PATH = Pattern.compile("/([A-Za-z0-9]{5})/(?:([0-9]{1,4})/)?");
    private static final Pattern FLOURISH_PATH = Pattern.compile("/(visualisation|story)/([0-9]{1,12})/?");

    private Embeds() {
    }

    /**
     * The address of the service's own player for a link to a video or chart, on one of the player
     * origins; empty for every other link, which stays a card.
     */
    static Optional<String> player(String address) {
        try {
            var uri = new URI(address);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPath() == null) {
                return Optional.empty();
            }
            var host = uri.getHost().toLowerCase(Locale.ROOT);
            var path = uri.getPath();
            return switch (host) {
                case "youtube.com", "www.youtube.com", "m.youtube.com" -> youtube(path, uri.getRawQuery());
                case "youtu.be" -> matched(YOUTUBE_ID, path.substring(1))
                        .map(m -> "https://www.youtube-nocookie.com/embed/" + m.group());
                case "vimeo.com", "www.vimeo.com", "player.vimeo.com" -> matched(VIMEO_PATH, path)
                        .map(m -> "https://player.vimeo.com/video/" + m.group(1) + "?dnt=1");
                case "datawrapper.dwcdn.net" -> matched(DATAWRAPPER_PATH, path)
                        .map(m -> "https://datawrapper.dwcdn.net/" + m.group(1) + "/"
                                + (m.group(2) == null ? "" : m.group(2) + "/"));
                case "public.flourish.studio", "flo.uri.sh" -> matched(FLOURISH_PATH, path)
                        .map(m -> "https://flo.uri.sh/" + m.group(1) + "/" + m.group(2) + "/embed");
                default -> Optional.empty();
            };
        }
        catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> youtube(String path, @Nullable String query) {
        if (path.equals("/watch") && query != null) {
            for (var pair : query.split("&")) {
                if (pair.startsWith("v=")) {
                    return matched(YOUTUBE_ID, pair.substring(2))
                            .map(m -> "https://www.youtube-nocookie.com/embed/" + m.group());
                }
            }
            return Optional.empty();
        }
        return matched(YOUTUBE_PATH, path).map(m -> "https://www.youtube-nocookie.com/embed/" + m.group(1));
    }

    private static Optional<Matcher> matched(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
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
