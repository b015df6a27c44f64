package news.masthead.donations;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount as Stripe counts it: in the currency's smallest unit (pence, cents), with the
 * lower-case ISO code Stripe uses. Shown to people in the currency's usual form, "£10.00".
 */
public record Money(long minor, String currency) {

    public Money {
        currency = currency.toLowerCase(Locale.ROOT);
    }

    public static Money ofMajor(long major, String currency) {
        return new Money(BigDecimal.valueOf(major).movePointRight(digits(currency)).longValueExact(), currency);
    }

    /** A reader's amount such as "15" or "15.50"; more decimals than the currency has are refused. */
    public static Money parse(String text, String currency) {
        var amount = new BigDecimal(text.strip().replace(",", ""));
        if (amount.scale() > digits(currency)) {
            throw new NumberFormatException("Too many decimals: " + text);
        }
        return new Money(amount.movePointRight(digits(currency)).longValueExact(), currency);
    }

    public String format() {
        var format = NumberFormat.getCurrencyInstance(Locale.UK);
        var unit = Currency.getInstance(currency.toUpperCase(Locale.ROOT));
        format.setCurrency(unit);
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(minor).movePointLeft(digits(currency)));
    }

    /** The amount without symbol, as a spreadsheet reads it: "10.00". */
    public String plain() {
        return BigDecimal.valueOf(minor).movePointLeft(digits(currency)).toPlainString();
    }

    /** The currency's sign as British readers know it: "£", "€", "US$". */
    public static String symbol(String currency) {
        return Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getSymbol(Locale.UK);
    }

    public boolean isLessThan(Money other) {
        return minor < other.minor;
    }

    private static int digits(String currency) {
        return Math.max(0, Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
    }
}
