package news.masthead.donations.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.donations.Donation;
import news.masthead.donations.DonationLedger.Total;

/**
 * The ledger in the admin: the latest payments with their donors, and the totals that tell the
 * newsroom which months and which stories bring support.
 *
 * @param available whether Stripe keys are set; without them nothing new can arrive
 */
public record LedgerPage(AdminLayout layout, boolean available, String webhookUrl, long count, List<Row> rows,
        List<Line> months, List<Line> articles, ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    /** One payment, with the article that led to it when it is still published. */
    public record Row(Donation donation, @Nullable String articleHeadline, @Nullable String articlePath) {
    }

    /** A total under a label: a month, or an article's headline. */
    public record Line(String label, @Nullable String path, Total total) {
    }

    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }
}
