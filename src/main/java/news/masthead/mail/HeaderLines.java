package news.masthead.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/** Extra headers kept in one column, a {@code Name: value} line each. */
final class HeaderLines {

    private HeaderLines() {
    }

    static String format(Map<String, String> headers) {
        var lines = new StringBuilder();
        headers.forEach((name, value) -> {
            if (name.isBlank() || name.contains(":") || (name + value).contains("\n") || (name + value).contains("\r")) {
                throw new IllegalArgumentException("A header is one line with a name before a colon");
            }
            lines.append(name).append(": ").append(value).append('\n');
        });
        return lines.toString();
    }

    static Map<String, String> parse(String lines) {
        var headers = new LinkedHashMap<String, String>();
        for (var line : lines.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }
}
