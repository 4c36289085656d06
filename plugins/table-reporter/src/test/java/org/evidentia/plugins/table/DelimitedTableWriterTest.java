package org.evidentia.plugins.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Security review 2, #11: a CSV cell holding ';' is quoted, so that a ';'-separator Excel keeps it in one cell. */
class DelimitedTableWriterTest {

    private static String written(char delimiter, List<String> header, List<String> row) throws Exception {
        StringWriter out = new StringWriter();
        try (RowWriter rows = new DelimitedTableWriter(delimiter, false, true).open(header, out)) {
            rows.row(row);
        }
        return out.toString();
    }

    @Test
    void aCsvCellHoldingASemicolonIsQuotedAndOthersAreWrittenAsBefore() throws Exception {
        String csv = written(',', List.of("pmid", "title", "note", "empty"),
                List.of("90000099", "Effects;=2+5;=cmd|' /C calc'!A0", "a, b \"c\"", ""));

        assertThat(csv).isEqualTo("pmid,title,note,empty\n90000099,\"Effects;=2+5;=cmd|' /C calc'!A0\",\"a, b \"\"c\"\"\",\n");
    }

    @Test
    void aFormulaAfterASemicolonAtTheStartIsNeutralisedAndQuoted() throws Exception {
        assertThat(written(',', List.of("a", "b"), List.of("=1;2", "x;y"))).isEqualTo("a,b\n\"'=1;2\",\"x;y\"\n");
    }

    @Test
    void tsvKeepsASemicolonUnquoted() throws Exception {
        assertThat(written('\t', List.of("a", "b"), List.of("x;y", "z"))).isEqualTo("a\tb\nx;y\tz\n");
    }
}
