package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BareLinkCheckTests {

    private final BareLinkCheck check = new BareLinkCheck();

    @Test
    void aCommentThatIsOnlyALinkIsALinkDrop() {
        assertThat(check.check(body("https://cheap-pills.example.biz/buy?id=7")).score()).isEqualTo(3);
        assertThat(check.check(body("check www.example.biz")).score()).isEqualTo(3);
    }

    @Test
    void aLinkWithRealTextIsNot() {
        assertThat(check.check(body("The minutes are here https://council.example.org/minutes and they"
                + " contradict the mayor")).score()).isZero();
        assertThat(check.check(body("No links at all.")).score()).isZero();
    }

    private static Submission body(String text) {
        return new Submission("Pat", "pat@example.net", "", text);
    }
}
