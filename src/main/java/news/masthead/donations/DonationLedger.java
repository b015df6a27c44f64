package news.masthead.donations;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as the newsroom reads it: the latest payments, totals per month and per article, and
 * the names of donors who asked to be named (the only part that reaches a public page).
 */
@Service
public class DonationLedger {

    private final DonationBook book;

    DonationLedger(DonationBook book) {
        this.book = book;
    }

    /** A total in one currency; a newsroom that changed currency sees one line for each. */
    public record Total(Money amount, long count) {
    }

    public record MonthTotal(YearMonth month, Total total) {
    }

    /** @param articleId null for gifts that came from no article's appeal */
    public record ArticleTotal(@Nullable Long articleId, Total total) {
    }

    @Transactional(readOnly = true)
    public List<Donation> newestFirst(int limit) {
        return book.newestFirst(limit);
    }

    @Transactional(readOnly = true)
    public List<Donation> all() {
        return book.all();
    }

    @Transactional(readOnly = true)
    public long count() {
        return book.count();
    }

    @Transactional(readOnly = true)
    public List<String> supporters(int limit) {
        return book.displayNames(limit);
    }

    /** Newest month first, months in the newsroom's time zone. */
    public List<MonthTotal> perMonth(List<Donation> donations, ZoneId zone) {
        var totals = new TreeMap<YearMonth, Map<String, Total>>(Comparator.reverseOrder());
        for (var donation : donations) {
            var month = YearMonth.from(donation.receivedAt().atZone(zone));
            add(totals.computeIfAbsent(month, m -> new LinkedHashMap<>()), donation.amount());
        }
        return totals.entrySet().stream()
                .flatMap(entry -> entry.getValue().values().stream()
                        .map(total -> new MonthTotal(entry.getKey(), total)))
                .toList();
    }

    /** Largest total first. */
    public List<ArticleTotal> perArticle(List<Donation> donations) {
        var totals = new LinkedHashMap<@Nullable Long, Map<String, Total>>();
        for (var donation : donations) {
            add(totals.computeIfAbsent(donation.articleId(), a -> new LinkedHashMap<>()), donation.amount());
        }
        return totals.entrySet().stream()
                .flatMap(entry -> entry.getValue().values().stream()
                        .map(total -> new ArticleTotal(entry.getKey(), total)))
                .sorted(Comparator.comparingLong((ArticleTotal total) -> total.total().amount().minor()).reversed())
                .toList();
    }

    private static void add(Map<String, Total> byCurrency, Money amount) {
        byCurrency.merge(amount.currency(), new Total(amount, 1), (a, b) -> new Total(
                new Money(a.amount().minor() + b.amount().minor(), a.amount().currency()), a.count() + b.count()));
    }
}
