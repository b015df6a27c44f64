package news.masthead.donations;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the newsroom takes donations: the currency, the amounts the Support page offers (in whole
 * units of the currency) and the bounds of a reader's own amount, and the Stripe keys. The keys
 * come only from the environment; without both, the Support page says donations are not set up.
 *
 * @param tolerance how old a webhook's signed timestamp may be; older ones are refused as replays
 * @param apiBase where Stripe's API is, when not at Stripe's own address (a stand-in in tests)
 */
@ConfigurationProperties("masthead.donations")
public record DonationSettings(@DefaultValue("gbp") String currency,
        @DefaultValue({ "5", "10", "25", "50" }) List<Integer> presets, @DefaultValue("2") int minimum,
        @DefaultValue("5000") int maximum, @DefaultValue("") String secretKey, @DefaultValue("") String webhookSecret,
        @DefaultValue("") String apiBase, @DefaultValue("5m") Duration tolerance) {

    /** A mistyped currency or bounds stop the start, rather than a reader's gift later. */
    public DonationSettings {
        try {
            Currency.getInstance(currency.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("masthead.donations.currency is not an ISO 4217 code: " + currency, e);
        }
        if (minimum < 1 || maximum < minimum) {
            throw new IllegalArgumentException("masthead.donations needs 1 <= minimum <= maximum");
        }
        if (presets.stream().anyMatch(preset -> preset < minimum || preset > maximum)) {
            throw new IllegalArgumentException("masthead.donations.presets must lie between minimum and maximum");
        }
        presets = List.copyOf(presets);
    }

    public boolean enabled() {
        return !secretKey.isBlank() && !webhookSecret.isBlank();
    }

    public Money minimumAmount() {
        return Money.ofMajor(minimum, currency);
    }

    public Money maximumAmount() {
        return Money.ofMajor(maximum, currency);
    }
}
