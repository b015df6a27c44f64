package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class LabelledCommentsTests {

    @Test
    void readsQuotedCsvWithCommasQuotesAndLineBreaks() throws IOException {
        var csv = "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\r\n"
                + "a1,Pat,2015-01-01,\"Hello, \"\"world\"\"\nsecond line\",0\r\n"
                + "a2,\"Spam, Inc\",,Buy now http://x.example.biz,1\n";

        var comments = LabelledComments.csv(csv, "test.csv");

        assertThat(comments).hasSize(2);
        assertThat(comments.get(0).submission().body()).isEqualTo("Hello, \"world\"\nsecond line");
        assertThat(comments.get(0).spam()).isFalse();
        assertThat(comments.get(1).submission().author()).isEqualTo("Spam, Inc");
        assertThat(comments.get(1).spam()).isTrue();
    }

    @Test
    void readsJsonLines() {
        var comments = LabelledComments.jsonLines("""
                {"author":"Pat","email":"pat@example.net","url":"","body":"Good piece.","label":"ham"}

                {"author":"SEO","body":"Cheap links","label":"spam"}
                """, "test.jsonl");

        assertThat(comments).extracting(LabelledComments.Labelled::spam).containsExactly(false, true);
        assertThat(comments.get(1).submission().email()).isEmpty();
    }

    @Test
    void aBadLabelNamesTheLine() {
        assertThatThrownBy(() -> LabelledComments.jsonLines("{\"body\":\"x\",\"label\":\"maybe\"}", "f.jsonl"))
                .hasMessageContaining("f.jsonl:1");
    }
}
