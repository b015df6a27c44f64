package news.masthead.donations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Amounts as readers type them, and shown as they expect. */
class MoneyTests {

    @Test
    void readsWholeAndDecimalAmountsInTheCurrencysSmallestUnit() {
        assertThat(Money.parse("15", "gbp")).isEqualTo(new Money(1500, "gbp"));
        assertThat(Money.parse(" 15.5 ", "GBP")).isEqualTo(new Money(1550, "gbp"));
        assertThat(Money.parse("1,000", "eur")).isEqualTo(new Money(100000, "eur"));
        assertThat(Money.parse("500", "jpy")).isEqualTo(new Money(500, "jpy"));
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        for (var text : new String[] { "", "abc", "10.555", "1e3x", "5.5", "--5" }) {
            var currency = text.equals("5.5") ? "jpy" : "gbp";
            org.assertj.core.api.Assertions.assertThatExceptionOfType(RuntimeException.class)
                    .as(text).isThrownBy(() -> Money.parse(text, currency));
        }
    }

    @Test
    void formatsForPeopleAndForSpreadsheets() {
        assertThat(new Money(1550, "gbp").format()).isEqualTo("£15.50");
        assertThat(Money.ofMajor(5000, "gbp").format()).isEqualTo("£5,000.00");
        assertThat(new Money(1550, "gbp").plain()).isEqualTo("15.50");
    }
}
