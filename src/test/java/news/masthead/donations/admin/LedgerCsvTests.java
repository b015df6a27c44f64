package news.masthead.donations.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text. */
class LedgerCsvTests {

    @Test
    void cellsThatLookLikeFormulasAreDefused() {
        assertThat(LedgerCsv.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(LedgerCsv.cell("+44 1632 960000")).isEqualTo("'+44 1632 960000");
        assertThat(LedgerCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(LedgerCsv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(LedgerCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(LedgerCsv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    @Test
    void ordinaryCellsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(LedgerCsv.cell("Sam Kettle")).isEqualTo("Sam Kettle");
        assertThat(LedgerCsv.cell("Kettle, Sam")).isEqualTo("\"Kettle, Sam\"");
        assertThat(LedgerCsv.cell("15.50")).isEqualTo("15.50");
        assertThat(LedgerCsv.cell("")).isEqualTo("");
    }
}
