package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorNameCheckTests {

    private final AuthorNameCheck check = new AuthorNameCheck();

    @ParameterizedTest
    @ValueSource(strings = {"Best SEO Services", "cheap viagra online", "BUY CHEAP LOANS", "Payday Loans Near Me",
            "HowToMakeALotOfMoneyFast", "How To Make Money On The Internet", "www.cheap-flights.com",
            "https://example.biz", "Top Digital Marketing Agency"})
    void keywordsAndAddressesAreNotNames(String name) {
        assertThat(check.check(submission(name)).score()).as(name).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pat Lenning", "George Best", "María José Carreño", "Dr. A. N. Other", "JOHN SMITH",
            "Shop steward, Unite", "Alex Free"})
    void realNamesPass(String name) {
        assertThat(check.check(submission(name)).score()).as(name).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Best SEO Services", "www.cheap-flights.com"})
    void theReasonSaysWhy(String name) {
        assertThat(check.check(submission(name)).text()).containsAnyOf("sales words: seo", "web address");
    }

    private static Submission submission(String author) {
        return new Submission(author, "someone@example.net", "", "Thanks for the article.");
    }
}
