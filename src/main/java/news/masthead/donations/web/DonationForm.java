package news.masthead.donations.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.donations.DonationRequest;
import news.masthead.donations.DonationSettings;
import news.masthead.donations.Frequency;
import news.masthead.donations.Money;

/**
 * The Support page's form as the reader sent it, kept as typed so a refused form comes back
 * intact. A reader's own amount wins over the chosen preset when it is filled in, so the form
 * works without a script that would tick the "other" option.
 *
 * @param amount a preset in whole units, or {@code other}
 * @param other the reader's own amount, such as "15" or "15.50"
 * @param named "yes" when the reader asked to appear on the supporters page
 */
public record DonationForm(@Nullable String frequency, @Nullable String amount, @Nullable String other,
        @Nullable String name, @Nullable String named, @Nullable String article) {

    static final int NAME_LIMIT = 80;

    public DonationForm {
        frequency = frequency == null ? Frequency.ONE_OFF.code() : frequency;
        amount = amount == null ? "" : amount;
        other = other == null ? "" : other;
        name = name == null ? "" : name;
        named = named == null ? "" : named;
        article = article == null ? "" : article;
    }

    static DonationForm fresh(DonationSettings settings, @Nullable Long articleId) {
        var presets = settings.presets();
        var preset = presets.isEmpty() ? "other" : String.valueOf(presets.get(Math.min(1, presets.size() - 1)));
        return new DonationForm(Frequency.ONE_OFF.code(), preset, "", "", "",
                articleId == null ? "" : articleId.toString());
    }

    public boolean isNamed() {
        return "yes".equals(named);
    }

    public boolean monthly() {
        return Frequency.MONTHLY.code().equals(frequency);
    }

    /** The problems with this form, one message per field, empty when it can go to Stripe. */
    Map<String, String> errors(DonationSettings settings) {
        var errors = new LinkedHashMap<String, String>();
        if (!Frequency.ONE_OFF.code().equals(frequency) && !monthly()) {
            errors.put("frequency", "Choose a one-off or a monthly gift.");
        }
        try {
            var money = money(settings);
            if (money.isLessThan(settings.minimumAmount())) {
                errors.put("other", "The smallest gift we can take is " + settings.minimumAmount().format() + ".");
            }
            else if (settings.maximumAmount().isLessThan(money)) {
                errors.put("other", "For gifts above " + settings.maximumAmount().format()
                        + ", please get in touch with us instead.");
            }
        }
        catch (NumberFormatException | ArithmeticException e) {
            errors.put("other", other.isBlank() ? "Choose an amount, or enter your own."
                    : "Enter an amount in numbers, such as 15 or 15.50.");
        }
        if (name.strip().length() > NAME_LIMIT) {
            errors.put("name", "Please keep the name under " + NAME_LIMIT + " characters.");
        }
        else if (isNamed() && name.isBlank()) {
            errors.put("name", "Enter the name to show, or untick the box to stay unnamed.");
        }
        return errors;
    }

    /** Only for a form without errors. */
    DonationRequest request(DonationSettings settings, @Nullable Long articleId) {
        return new DonationRequest(Frequency.ofCode(frequency), money(settings),
                isNamed() ? name.strip() : null, articleId);
    }

    private Money money(DonationSettings settings) {
        if (!other.isBlank()) {
            return Money.parse(other, settings.currency());
        }
        var preset = Integer.parseInt(amount);
        if (!settings.presets().contains(preset)) {
            throw new NumberFormatException("Not an offered amount: " + amount);
        }
        return Money.ofMajor(preset, settings.currency());
    }
}
