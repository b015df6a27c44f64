package news.masthead.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names that are not names: a web address, or sales keywords ("Best SEO Services", "cheap
 * flights", "BUY FOLLOWERS NOW"). Strong words are ones no parent gives a child; weak ones
 * ("best", "online") only count when there are several.
 */
final class AuthorNameCheck implements SpamCheck {

    private static final Set<String> STRONG = Set.of("seo", "casino", "casinos", "viagra", "cialis", "loan", "loans",
            "porn", "crypto", "bitcoin", "forex", "replica", "replicas", "essay", "essays", "pills", "backlinks",
            "followers", "escort", "escorts", "betting", "payday", "pharmacy", "diet", "weight", "supplement",
            "keto", "cbd", "vpn", "hacks", "cheats", "giveaway", "webcam", "hookup", "mlm", "reviews");
    private static final Set<String> WEAK = Set.of("cheap", "buy", "best", "top", "services", "service", "agency",
            "online", "free", "discount", "marketing", "shop", "store", "deals", "deal", "sale", "hosting",
            "insurance", "mortgage", "lawyer", "repair", "cleaning", "company", "solutions", "official", "download",
            "win", "money", "earn", "income", "cash", "fast", "rich", "make", "www", "com", "website", "design", "digital", "price", "prices", "now");

    @Override
    public String name() {
        return "author name";
    }

    @Override
    public Reason check(Submission submission) {
        var author = submission.author();
        if (author.isEmpty()) {
            return new Reason(name(), 0.5, "no name given");
        }
        if (!Links.in(author).isEmpty() || Links.hasObfuscated(author)) {
            return new Reason(name(), 4, "the name is a web address");
        }
        // "HowToMakeMoneyFast" is read as the words it runs together.
        var spaced = author.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
        var words = spaced.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        if (spaced.toLowerCase(Locale.ROOT).startsWith("how to ")) {
            return new Reason(name(), 3, "the name is a how-to title");
        }
        List<String> strong = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (var word : words) {
            if (STRONG.contains(word)) {
                strong.add(word);
            } else if (WEAK.contains(word)) {
                weak.add(word);
            }
        }
        double score = Math.min(5, 2.5 * strong.size() + (weak.size() >= 2 || !strong.isEmpty() ? weak.size() : 0));
        if (score > 0 && author.equals(author.toUpperCase(Locale.ROOT)) && words.length >= 2) {
            score += 1;
        }
        if (words.length > 5) {
            score += 1;
        }
        if (score == 0) {
            return new Reason(name(), 0, "looks like a name");
        }
        var keywords = new ArrayList<>(strong);
        keywords.addAll(weak);
        return new Reason(name(), score, keywords.isEmpty() ? "a name of " + words.length + " words"
                : "the name is made of sales words: " + String.join(", ", keywords));
    }
}
