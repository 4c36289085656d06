package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer tripped over in their first hour (issue 14), through the built distribution:
 * a text file that is not PubMed, a source forced on a file of another format, and counts printed
 * with the right number.
 */
class NewcomerIT {

    private static final String HELLO = "hello world, not pubmed\nThese are a few lines of prose about nothing in particular.\n"
            + "They name no journal, no year, no identifier and no abstract.\n";
    /** One MEDLINE record, written by hand in PubMed's .nbib layout. */
    private static final String NBIB = """
            PMID- 99000001
            OWN - NLM
            STAT- MEDLINE
            DP  - 2020 Jan
            TI  - Serum interleukin-6 in an invented cohort.
            AB  - Serum interleukin-6 was higher in the invented patients than in the invented
                  controls of this hand-written record.
            FAU - Tester, Alice B
            AU  - Tester AB
            PT  - Journal Article
            TA  - J Invented Res
            SO  - J Invented Res. 2020 Jan;1(1):1-2.
            """;

    @TempDir
    Path work;

    @Test
    void aTextFileThatIsNotPubmedIsAFileNoSourceCouldReadNotAStudy() throws Exception {
        Files.writeString(work.resolve("hello.txt"), HELLO, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("export.nbib"), NBIB, StandardCharsets.UTF_8);

        Distribution.Result run = Distribution.built().run(work, "run", "hello.txt", "export.nbib", "-o", "out", "--run-date", "2026-01-31");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("Read 1 record from 2 inputs (1 file not read: unreadable, empty, or of no format a source reads): 1 kept, 0 duplicates merged, 0 skipped.");
        assertThat(run.stdout()).contains("Problems: 1 input error (each in run.json).");
        assertThat(run.stderr()).contains("input-error: hello.txt: no source reads this file");
        JsonNode summary = new ObjectMapper().readTree(work.resolve("out/run.json").toFile());
        assertThat(summary.get("counts").get("records_read").asLong()).isEqualTo(1);
        JsonNode hello = summary.get("inputs").get(0);
        assertThat(hello.get("path").asText()).isEqualTo("hello.txt");
        assertThat(hello.get("source").isNull()).as(hello.toString()).isTrue();
        assertThat(hello.get("records").asLong()).isZero();
        assertThat(summary.get("inputs").get(1).get("source").asText()).isEqualTo("medline");

        Document report = Jsoup.parse(work.resolve("out/report.html").toFile(), "UTF-8");
        assertThat(report.select("#flow-unread text").eachText()).containsExactly("Files not read: 1", "empty, or no source reads them");
        assertThat(report.select("#flow-read text").eachText()).containsExactly("Records read", "1");
        assertThat(Files.readAllLines(work.resolve("out/studies.csv"), StandardCharsets.UTF_8)).hasSize(2); // header and the .nbib record

        // alone, it leaves the run nothing to read: the run fails instead of reporting an invented study
        Distribution.Result alone = Distribution.built().run(work, "run", "hello.txt", "-o", "alone");
        assertThat(alone.exitCode()).as(alone.toString()).isEqualTo(1);
        assertThat(alone.stdout()).contains("Read 0 records from 1 input (1 file not read: unreadable, empty, or of no format a source reads)");
        assertThat(alone.stderr()).contains("evidentia: the run failed: no input could be read");
    }

    @Test
    void aRunWhoseInputsAreEmptyOrUnreadableReadsNothingAndFails() throws Exception {
        // review 7, finding 5: with an empty file among them, such a run exited 0 and wrote an empty review
        Path folder = Files.createDirectories(work.resolve("docs"));
        Files.writeString(folder.resolve("hello.txt"), HELLO, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("empty.txt"), "");

        Distribution.Result run = Distribution.built().run(work, "run", "docs", "-o", "out", "--run-date", "2026-01-31");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout()).contains("Read 0 records from 2 inputs (2 files not read: unreadable, empty, or of no format a source reads)");
        assertThat(run.stderr()).contains("empty.txt: is empty (0 bytes): it holds no record; was the export or its download cut short?")
                .contains("evidentia: the run failed: no record was read from any input: 1 was read to its end and held none,"
                        + " 1 could not be read");
        assertThat(work.resolve("out/run.json")).exists();

        Distribution.Result onlyEmpty = Distribution.built().run(work, "run", "docs/empty.txt", "-o", "only-empty");
        assertThat(onlyEmpty.exitCode()).as(onlyEmpty.toString()).isEqualTo(1);
        assertThat(onlyEmpty.stderr()).contains("evidentia: the run failed: no record was read from any input: 1 was read to its end"
                + " and held none");
    }

    @Test
    void aWordOrPdfFileOfAbstractsIsSaidToBeADocumentWithWhatToDoInstead() throws Exception {
        // review 7, finding 6: such files got only the list of sources tried
        try (ZipOutputStream docx = new ZipOutputStream(Files.newOutputStream(work.resolve("abstracts.docx")))) {
            for (String entry : new String[] {"[Content_Types].xml", "_rels/.rels", "word/document.xml"}) {
                docx.putNextEntry(new ZipEntry(entry));
                docx.write("<w:document><w:body><w:p><w:r><w:t>IL-6 was higher in patients.</w:t></w:r></w:p></w:body></w:document>"
                        .getBytes(StandardCharsets.UTF_8));
                docx.closeEntry();
            }
        }
        Files.writeString(work.resolve("abstracts.pdf"), "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "4 0 obj\n<< /Length 60 >>\nstream\nBT /F1 12 Tf 72 720 Td (IL-6 was higher in patients.) Tj ET\nendstream\nendobj\n"
                + "%%EOF\n", StandardCharsets.ISO_8859_1);
        Files.writeString(work.resolve("export.nbib"), NBIB, StandardCharsets.UTF_8);
        String instead = ", not a PubMed export: export the records from PubMed instead (Save, format PubMed (MEDLINE) or Abstract (text),"
                + " which carry the abstracts), or copy an abstract page into a .txt file; README.md lists what Evidentia reads); sources tried: ";

        Distribution.Result run = Distribution.built().run(work, "run", "abstracts.docx", "abstracts.pdf", "export.nbib", "-o", "out");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).contains("input-error: abstracts.docx: no source reads this file (it is a Word document" + instead)
                .contains("input-error: abstracts.pdf: no source reads this file (it is a PDF document" + instead);
    }

    @Test
    void aForcedSourceThatReadsNoRecordFromAFileIsAnError() throws Exception {
        Files.writeString(work.resolve("export.nbib"), NBIB, StandardCharsets.UTF_8);

        Distribution.Result forced = Distribution.built().run(work, "run", "-s", "pubmed-xml", "export.nbib", "-o", "out");

        assertThat(forced.exitCode()).as(forced.toString()).isEqualTo(1);
        assertThat(forced.stderr()).contains("input-error: export.nbib: read as pubmed-xml (forced with -s), it gave no record: "
                + "is it in that format?");
        assertThat(forced.stderr()).contains("evidentia: the run failed: no input could be read");
        JsonNode summary = new ObjectMapper().readTree(work.resolve("out/run.json").toFile());
        assertThat(summary.get("counts").get("records_read").asLong()).isZero();

        // the right source reads the same file: one record, said in the singular
        Distribution.Result right = Distribution.built().run(work, "run", "-s", "medline", "export.nbib", "-o", "right");
        assertThat(right.exitCode()).as(right.toString()).isZero();
        assertThat(right.stdout()).contains("Read 1 record from 1 input: 1 kept, 0 duplicates merged, 0 skipped.");
    }
}
