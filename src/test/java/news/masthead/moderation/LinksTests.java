package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LinksTests {

    private static final Path SPAM_DATA = Path.of("../shared/data/comment-spam");
    private static final Path ATTACKS = Path.of("../shared/data/security");

    @Test
    void writtenOutLinksAreFoundInOrder() {
        assertThat(Links.in("See https://council.example.org/minutes, then www.harbour.example and pills.biz."))
                .containsExactly("https://council.example.org/minutes,", "www.harbour.example", "pills.biz");
    }

    @Test
    void textWithoutSchemeDomainOrWwwIsNotSearched() {
        assertThat(Links.mayHoldLink("The vote was close. Reader 1.23 said so... (twice).\n\nAgreed.")).isFalse();
        assertThat(Links.in("The vote was close. Reader 1.23 said so.")).isEmpty();
    }

    @Test
    void anythingThatCouldBeALinkIsSearched() {
        for (var text : List.of("ftp://files", "see example.com", "www.-odd", "WWW.EXAMPLE", "hxxp://x", "e.g. this")) {
            assertThat(Links.mayHoldLink(text)).as(text).isTrue();
        }
    }

    /**
     * The quick look may only skip texts the pattern finds nothing in: checked on every comment of
     * the shipped corpus, the held-out blog comments, the spam collections and the attack payloads.
     */
    @Test
    void theQuickLookNeverSkipsATextWithALink() throws IOException {
        var texts = new ArrayList<String>();
        StarterCorpus.comments().forEach(comment -> texts.add(comment.submission().body()));
        var heldOut = Path.of("bench/spam/blog-comments-heldout.jsonl");
        if (Files.exists(heldOut)) {
            LabelledComments.read(heldOut).forEach(comment -> texts.add(comment.submission().body()));
        }
        if (Files.isDirectory(SPAM_DATA)) {
            try (var videos = Files.list(SPAM_DATA.resolve("youtube-spam-collection"))) {
                for (var video : videos.filter(file -> file.toString().endsWith(".csv")).toList()) {
                    LabelledComments.read(video).forEach(comment -> texts.add(comment.submission().body()));
                }
            }
            texts.addAll(Files.readAllLines(SPAM_DATA.resolve("sms-spam-collection/SMSSpamCollection"),
                    StandardCharsets.UTF_8));
        }
        if (Files.isDirectory(ATTACKS)) {
            try (var lists = Files.list(ATTACKS)) {
                for (var list : lists.filter(file -> file.toString().endsWith(".txt")).toList()) {
                    texts.addAll(new String(Files.readAllBytes(list), StandardCharsets.ISO_8859_1).lines().toList());
                }
            }
        }

        int withLinks = 0;
        for (var text : texts) {
            if (Links.LINK.matcher(text).find()) {
                withLinks++;
                assertThat(Links.mayHoldLink(text)).as(text).isTrue();
            }
        }
        assertThat(withLinks).isPositive();
    }
}
