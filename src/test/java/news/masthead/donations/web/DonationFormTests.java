package news.masthead.donations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.masthead.donations.DonationSettings;
import news.masthead.donations.Frequency;
import news.masthead.donations.Money;

/** What the Support form accepts, and what it says when it does not. */
class DonationFormTests {

    private final DonationSettings settings = new DonationSettings("gbp", List.of(5, 10, 25), 2, 500, "sk", "wh", "",
            Duration.ofMinutes(5));

    @Test
    void aPresetOrTheReadersOwnAmountMakesARequest() {
        var preset = new DonationForm("monthly", "25", "", "", null, null);
        var own = new DonationForm("one-off", "10", "7.25", "Ann", "yes", "41");

        assertThat(preset.errors(settings)).isEmpty();
        assertThat(preset.request(settings, null).amount()).isEqualTo(new Money(2500, "gbp"));
        assertThat(preset.request(settings, null).frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(preset.request(settings, null).displayName()).isNull();
        assertThat(own.errors(settings)).isEmpty();
        assertThat(own.request(settings, 41L).amount()).isEqualTo(new Money(725, "gbp"));
        assertThat(own.request(settings, 41L).displayName()).isEqualTo("Ann");
    }

    @Test
    void eachProblemIsNamedOnItsField() {
        assertThat(new DonationForm("weekly", "10", "", "", "", "").errors(settings)).containsOnlyKeys("frequency");
        assertThat(new DonationForm("one-off", "", "", "", "", "").errors(settings))
                .containsEntry("other", "Choose an amount, or enter your own.");
        assertThat(new DonationForm("one-off", "10", "1.99", "", "", "").errors(settings))
                .containsEntry("other", "The smallest gift we can take is £2.00.");
        assertThat(new DonationForm("one-off", "10", "500.01", "", "", "").errors(settings)).containsKey("other");
        assertThat(new DonationForm("one-off", "10", "", "", "yes", "").errors(settings)).containsOnlyKeys("name");
        assertThat(new DonationForm("one-off", "10", "", "x".repeat(81), "", "").errors(settings))
                .containsOnlyKeys("name");
    }
}
