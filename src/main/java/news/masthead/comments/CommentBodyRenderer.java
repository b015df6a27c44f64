package news.masthead.comments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Prints a reader's text as HTML: everything escaped, blank lines as paragraphs, and web addresses
 * as links that pass no reputation ({@code rel="nofollow ugc"}), so spam links earn nothing.
 */
final class CommentBodyRenderer {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?)\\]]+$");

    private CommentBodyRenderer() {
    }

    static String render(String text) {
        var html = new StringBuilder();
        for (var paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>");
            var lines = LINE_BREAK.split(paragraph.strip());
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                linkify(lines[i], html);
            }
            html.append("</p>");
        }
        return html.toString();
    }

    private static void linkify(String line, StringBuilder html) {
        Matcher matcher = URL.matcher(line);
        int last = 0;
        while (matcher.find()) {
            var url = matcher.group();
            var trailing = TRAILING_PUNCTUATION.matcher(url);
            var end = matcher.end();
            if (trailing.find()) {
                url = url.substring(0, trailing.start());
                end = matcher.start() + url.length();
            }
            html.append(HtmlUtils.htmlEscape(line.substring(last, matcher.start())));
            var escaped = HtmlUtils.htmlEscape(url);
            html.append("<a href=\"").append(escaped).append("\" rel=\"nofollow ugc\">").append(escaped).append("</a>");
            last = end;
        }
        html.append(HtmlUtils.htmlEscape(line.substring(last)));
    }
}
