package news.masthead.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding links in free text, written out or disguised, and the domains they point to. */
final class Links {

    private static final String TLDS = "com|net|org|info|biz|ru|cn|xyz|top|io|co|me|ly|gl|us|uk|de|in|tk|ml|ga|cf"
            + "|online|site|club|shop|store|live|click|link|pro|vip|win|bid|loan|app|dev|ai|tv|cc|ws|pw|su|eu"
            + "|nl|fr|es|it|pl|br|au|ca|jp|kr|vn|ua|id|ph|tw|be|ch|at|se|no|dk|fi|cz|ro|hu|gr|pt|ir|tr|mx|ar|za";
    /** Written-out links: with a scheme (also the "hxxp" disguise), starting www., or a bare known TLD. */
    static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:(?:https?|hxxps?|ftp)://|www\\.)[^\\s<>\"']+"
                    + "|\\b[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9-]{1,63})*\\.(?:" + TLDS + ")\\b(?:/[^\\s<>\"']*)?");
    private static final Pattern OBFUSCATED = Pattern.compile(
            "(?i)\\bhxxps?\\b|\\bh\\s+t\\s+t\\s+p|\\bw\\s+w\\s+w\\s*\\."
                    + "|\\b[a-z0-9-]{2,}\\s*(?:\\[\\s*dot\\s*]|\\(\\s*dot\\s*\\)|\\{\\s*dot\\s*}|\\(\\.\\)|\\[\\.])\\s*[a-z]{2,6}\\b"
                    + "|\\b[a-z0-9-]{2,}\\s+dot\\s+(?:" + TLDS + ")\\b"
                    + "|\\bw{2,3}\\s*[ .,]\\s*[a-z0-9-]{2,}\\s+(?:com|net|org|info|biz|ru)\\b"
                    + "|\\b[a-z0-9-]{2,}\\s+\\.\\s+(?:" + TLDS + ")\\b");
    private static final Pattern HOST = Pattern.compile(
            "(?i)^(?:[a-z]+://)?(?:[^@/\\s]*@)?([a-z0-9.-]+)");
    private static final Set<String> SHORTENERS = Set.of("bit.ly", "bitly.com", "goo.gl", "tinyurl.com", "t.co",
            "ow.ly", "is.gd", "buff.ly", "adf.ly", "shorte.st", "cutt.ly", "rb.gy", "tiny.cc", "shorturl.at",
            "rebrand.ly", "t.ly", "v.gd", "lnkd.in", "s.id", "bl.ink", "soo.gd", "clck.ru", "qps.ru", "youtu.be");

    private Links() {
    }

    /** Every written-out link in the text, in order. */
    static List<String> in(String text) {
        if (!mayHoldLink(text)) {
            return List.of();
        }
        var links = new ArrayList<String>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return links;
    }

    /**
     * Whether the text could hold a written-out link at all: each one has "://", a dot before its
     * top-level domain (letters), or "www." Most reader comments have none of these, and looking
     * costs far less than the pattern, which is tried at every word and is run several times on each
     * comment.
     */
    static boolean mayHoldLink(String text) {
        if (text.contains("://")) {
            return true;
        }
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (dot + 1 < text.length() && isAsciiLetter(text.charAt(dot + 1))
                    || dot > 0 && (text.charAt(dot - 1) == 'w' || text.charAt(dot - 1) == 'W')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean hasObfuscated(String text) {
        return OBFUSCATED.matcher(text).find();
    }

    /** The host a link points to, lower-cased and without "www.", or "" when there is none. */
    static String domain(String link) {
        Matcher matcher = HOST.matcher(link.strip());
        if (!matcher.find()) {
            return "";
        }
        var host = matcher.group(1).toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    static boolean isShortener(String domain) {
        return SHORTENERS.contains(domain);
    }

    /** The domains of the links in the body and of the website field, each once. */
    static Set<String> domains(Submission submission) {
        var domains = new java.util.LinkedHashSet<String>();
        for (var link : in(submission.body())) {
            addIfReal(domains, domain(link));
        }
        if (!submission.url().isEmpty()) {
            addIfReal(domains, domain(submission.url()));
        }
        return domains;
    }

    private static void addIfReal(Set<String> domains, String domain) {
        if (domain.indexOf('.') > 0) {
            domains.add(domain);
        }
    }
}
