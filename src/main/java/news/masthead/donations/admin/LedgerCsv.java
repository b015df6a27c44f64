package news.masthead.donations.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import news.masthead.donations.Donation;
import news.masthead.publishing.ArticleSummary;

/**
 * The ledger as a spreadsheet file. Donor names come from readers, so a cell that a spreadsheet
 * would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or carriage
 * return first) is written with a leading apostrophe, and shown as text.
 */
final class LedgerCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LedgerCsv() {
    }

    static String of(List<Donation> donations, Map<Long, ArticleSummary> articles, ZoneId zone) {
        var csv = new StringBuilder("date,amount,currency,kind,donor name,donor email,shown as,article,reference\r\n");
        for (var donation : donations) {
            var article = donation.articleId() == null ? null : articles.get(donation.articleId());
            var articleText = donation.articleId() == null ? ""
                    : article == null ? "#" + donation.articleId() : article.headline();
            csv.append(String.join(",", cell(TIME.format(donation.receivedAt().atZone(zone))),
                    cell(donation.amount().plain()), cell(donation.amount().currency().toUpperCase()),
                    cell(donation.frequency().code()), cell(donation.donorName()), cell(donation.donorEmail()),
                    cell(donation.displayName() == null ? "" : donation.displayName()), cell(articleText),
                    cell(donation.reference())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        var text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
