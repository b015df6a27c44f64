package news.masthead.donations;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import news.masthead.mail.OutgoingMail;
import news.masthead.mail.Postbox;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.SiteUrls;

/**
 * The donor's thank-you and receipt, queued in the transaction that records the payment: if that
 * rolls back, no receipt goes out for money the ledger does not show. A monthly donor's receipt
 * carries the signed link that stops the gift.
 */
@Component
class DonationMail {

    static final String PURPOSE = "donation-receipt";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Postbox postbox;
    private final SiteManagement site;
    private final SiteUrls urls;
    private final CancelLinks cancelLinks;

    DonationMail(Postbox postbox, SiteManagement site, SiteUrls urls, CancelLinks cancelLinks) {
        this.postbox = postbox;
        this.site = site;
        this.urls = urls;
        this.cancelLinks = cancelLinks;
    }

    /** The first payment: thanks, then the receipt. */
    void thank(Donation donation, @Nullable MonthlyGift gift) {
        send(donation, gift, true);
    }

    /** A later month of a monthly gift: the receipt alone. */
    void receipt(Donation donation, MonthlyGift gift) {
        send(donation, gift, false);
    }

    private void send(Donation donation, @Nullable MonthlyGift gift, boolean first) {
        if (donation.donorEmail().isBlank()) {
            return;
        }
        var settings = site.settings();
        var title = settings.title();
        var date = DATE.format(donation.receivedAt().atZone(settings.zone()));
        var amount = donation.amount().format();
        var greeting = donation.donorName().isBlank() ? "Hello," : "Dear " + donation.donorName() + ",";
        var opening = !first ? "Here is your receipt for this month's donation to " + title + "."
                : gift != null ? "Thank you for supporting " + title + " every month. Readers like you keep our"
                        + " reporting free for everyone."
                        : "Thank you for your donation to " + title + ". Readers like you keep our reporting free"
                                + " for everyone.";
        var kind = gift == null ? "One-off donation" : "Monthly donation";
        var cancel = gift == null ? null : urls.absolute(cancelLinks.path(gift));

        var text = new StringBuilder()
                .append(greeting).append("\n\n").append(opening).append("\n\n")
                .append("Receipt\n")
                .append("Date: ").append(date).append('\n')
                .append("Amount: ").append(amount).append('\n')
                .append("Kind: ").append(kind).append('\n')
                .append("Reference: ").append(donation.reference()).append("\n");
        if (cancel != null) {
            text.append("\nTo stop your monthly donation at any time, open this link:\n").append(cancel).append('\n');
        }
        text.append("\n").append(title).append('\n');

        var html = new StringBuilder()
                .append("<p>").append(escape(greeting)).append("</p>")
                .append("<p>").append(escape(opening)).append("</p>")
                .append("<h2>Receipt</h2><table>")
                .append(row("Date", date)).append(row("Amount", amount)).append(row("Kind", kind))
                .append(row("Reference", donation.reference())).append("</table>");
        if (cancel != null) {
            html.append("<p>To stop your monthly donation at any time, <a href=\"").append(escape(cancel))
                    .append("\">cancel it here</a>.</p>");
        }
        html.append("<p>").append(escape(title)).append("</p>");

        var subject = (first ? "Thank you – your receipt for " : "Your receipt for ") + amount;
        postbox.send(OutgoingMail.of(donation.donorEmail(), subject, text.toString(), PURPOSE)
                .withHtml(html.toString()));
    }

    private static String row(String label, String value) {
        return "<tr><th scope=\"row\" align=\"left\">" + escape(label) + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
