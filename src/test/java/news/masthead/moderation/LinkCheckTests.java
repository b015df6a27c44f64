package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkCheckTests {

    private final DomainReputation domains = new DomainReputation();
    private final LinkCheck check = new LinkCheck(domains, 2);

    @Test
    void aCommentWithoutLinksScoresNothing() {
        var reason = check.check(comment("The council vote was closer than the headline suggests."));

        assertThat(reason.score()).isZero();
        assertThat(reason.text()).isEqualTo("no links");
    }

    @Test
    void linksBeyondTheLimitCostMoreThanTheFirstOnes() {
        double two = check.check(comment("See https://a.example.org/x and https://b.example.org/y")).score();
        double four = check.check(comment("https://a.example.org https://b.example.org https://c.example.org "
                + "https://d.example.org")).score();

        assertThat(two).isEqualTo(1.0);
        assertThat(four).isEqualTo(5.0);
    }

    @Test
    void theWebsiteFieldCountsALittle() {
        var reason = check.check(new Submission("Pat", "pat@example.net", "https://pat.example.net", "Good piece."));

        assertThat(reason.score()).isEqualTo(0.5);
        assertThat(reason.text()).contains("gives a website");
    }

    @Test
    void shortenersHideWhereALinkGoes() {
        var reason = check.check(comment("Great post, more here: https://bit.ly/3xYz"));

        assertThat(reason.score()).isGreaterThanOrEqualTo(3);
        assertThat(reason.text()).contains("link shortener bit.ly");
    }

    @Test
    void disguisedLinksAreFound() {
        for (var text : new String[] {"visit cheapmeds dot com today", "go to cheapmeds[dot]com", "hxxp://cheapmeds.biz",
                "w w w. cheapmeds . com", "visit ww cheapmeds com now"}) {
            assertThat(check.check(comment(text)).text()).as(text).contains("a disguised link");
        }
    }

    @Test
    void domainsLearnedAsSpamCountHeavily() {
        domains.learn(comment("Buy now at https://pills.example.com/buy"), true);
        domains.learn(comment("Cheapest at pills.example.com"), true);

        var reason = check.check(comment("I agree. https://pills.example.com/offer"));

        assertThat(reason.score()).isGreaterThanOrEqualTo(4.5);
        assertThat(reason.text()).contains("pills.example.com was in 2 spam");
    }

    @Test
    void domainsReadersLinkToAreTrusted() {
        for (int i = 0; i < 3; i++) {
            domains.learn(comment("The full report: https://www.ons.gov.uk/report"), false);
        }

        assertThat(check.check(comment("Source: https://www.ons.gov.uk/other")).score()).isEqualTo(-0.5);
    }

    private static Submission comment(String body) {
        return new Submission("Pat Lenning", "pat@example.net", "", body);
    }
}
