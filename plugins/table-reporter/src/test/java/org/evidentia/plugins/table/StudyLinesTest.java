package org.evidentia.plugins.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studies table written at the end from lines spooled as records came and rows of cells labelled
 * then: the same bytes as writing every row, labelled, through the format's own writer.
 */
class StudyLinesTest {

    private static final List<String> HEADER = List.of("Record id", "Study", "Title");

    @TempDir
    Path dir;

    /**
     * Rows whose cells need quoting, escaping or formula neutralising, beyond Latin-1 and beyond the
     * 16 bits of a char; every seventh labelled at the end, so that lines go to the spool in many entries.
     */
    private static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        String[] titles = {"Plain title", "Commas, \"quotes\"; and a semicolon", "=HYPERLINK(\"x\")", "Line\nbreak",
            "Interleukine-6 chez l'être humain", "Pipe | and *stars* <b>", "\uD835\uDEFC-cells (a letter beyond 16 bits)"};
        for (int i = 0; i < 5_000; i++) {
            rows.add(List.of("id" + i, i % 7 == 3 ? "" : "Unlettered " + i, titles[i % titles.length] + " " + i));
        }
        return rows;
    }

    private static List<String> lettered(List<String> row) {
        List<String> labelled = new ArrayList<>(row);
        labelled.set(ReviewTableColumns.STUDY_LABEL_COLUMN, "Smith, 2020" + row.get(0));
        return labelled;
    }

    private static byte[] expected(TextTable format) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (RowWriter table = format.open(HEADER, new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
            for (List<String> row : rows()) {
                table.row(Integer.parseInt(row.get(0).substring(2)) % 7 == 3 ? lettered(row) : row);
            }
        }
        return file.toByteArray();
    }

    private byte[] spooledAndWritten(TextTable format) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Path spool = dir.resolve("studies.lines");
        try (StudyLines lines = new StudyLines(format, HEADER, file, spool)) {
            for (List<String> row : rows()) {
                lines.add(row, Integer.parseInt(row.get(0).substring(2)) % 7 != 3);
            }
            assertThat(spool).exists();
            lines.writeAll(StudyLinesTest::lettered);
        }
        assertThat(spool).as("the spool is deleted with the table").doesNotExist();
        return file.toByteArray();
    }

    @Test
    void rowsLabelledAtTheEndTakeTheirPlacesAmongTheLinesSpooledAsTheyCame() throws Exception {
        for (TextTable format : List.of(new DelimitedTableWriter(',', true, true), new DelimitedTableWriter('\t', false, true),
                new MarkdownTableWriter())) {
            byte[] expected = expected(format);
            assertThat(expected.length).as("lines enough for several spool entries").isGreaterThan(3 * 64 * 1024);
            assertThat(spooledAndWritten(format)).isEqualTo(expected);
        }
    }

    @Test
    void aTableClosedBeforeTheEndHoldsItsHeaderAloneAndRefusesARowOfAnotherWidth() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Path spool = dir.resolve("studies.lines");
        try (StudyLines lines = new StudyLines(new DelimitedTableWriter(',', false, true), HEADER, file, spool)) {
            lines.add(List.of("id1", "", "A title"), true);
            assertThatThrownBy(() -> lines.add(List.of("id2", ""), true)).hasMessage("a row has 2 cells, the header 3");
        }
        assertThat(file.toString(StandardCharsets.UTF_8)).isEqualTo("Record id,Study,Title\n");
        assertThat(spool).doesNotExist();
    }
}
