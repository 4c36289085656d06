package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.StudyDesign;
import org.evidentia.testkit.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer takes each record as it comes: the text of a record with findings goes, rendered, to
 * the spool in its scratch folder (the writer keeps only an index of it), a record without findings
 * leaves nothing behind, and the page is made from the spool at the end; the spool is never output.
 */
class OnePassTest {

    private static final StudyDesign PRIMARY = new StudyDesign(StudyDesign.Type.PRIMARY, false, "test");

    @Test
    void spoolsTheTextOfRecordsWithFindingsAsTheyComeAndNothingOfTheOthers(@TempDir Path out) throws Exception {
        HtmlSummaryReporter reporter = new HtmlSummaryReporter();
        BibliographicRecord first = BibliographicRecord.builder().pmid("1").title("First").author("Ames A").year(2001)
                .section(null, "Serum IL-6 was higher <in> cases, marker-one.").build();
        BibliographicRecord none = BibliographicRecord.builder().pmid("2").title("Second").author("Bell B").year(2002)
                .section(null, "Nothing measured here, marker-two.").build();
        BibliographicRecord third = BibliographicRecord.builder().pmid("3").title("Third").author("Cole C").year(2003)
                .section(null, "Plasma IL-10 fell, marker-three.").build();
        TestRun run = TestRun.builder(Fixtures.CYTOKINES).records(List.of(first, none, third))
                .finding(TestRun.finding(first, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6", Direction.INCREASED, Map.of("specimen", "serum")))
                .finding(TestRun.finding(third, Fixtures.CYTOKINES, "IL10", "IL-10", "IL-10", Direction.DECREASED, Map.of()))
                .design(first.id(), PRIMARY).design(none.id(), PRIMARY).design(third.id(), PRIMARY)
                .votingDesigns(Set.of(StudyDesign.Type.PRIMARY))
                .build();
        try (TestRun.Outputs outputs = run.openOutputs(out.resolve("run"))) {
            ReportContext context = outputs.contextFor(reporter, Map.of());
            Path scratch = context.scratchFolder();
            // driven record by record, as report() does, to look into the scratch folder before the writer finishes
            try (ReportWriter writer = reporter.start(context)) {
                Path spool = scratch.resolve("fragments.html");
                for (RecordFindings record : run.records()) {
                    writer.record(record);
                }
                assertThat(spool).as("made when the writer starts, in its scratch folder").exists();
                writer.finish(run.summary(), run.synthesis());
            }
            // what the writer kept of the records' text is in the spool: the records with findings, rendered and escaped
            String spooled = Files.readString(scratch.resolve("fragments.html"), StandardCharsets.UTF_8);
            assertThat(spooled).contains("Serum <mark>IL-6</mark> was higher &lt;in&gt; cases, marker-one.", "marker-three")
                    .doesNotContain("marker-two", "Second", "Bell");
            assertThat(outputs.files()).containsExactly(Path.of("report.html"));
            outputs.commit();
        }
        String page = Files.readString(out.resolve("run/report.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("marker-one", "marker-three").doesNotContain("marker-two");
        try (Stream<Path> left = Files.walk(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("the spool goes with the run").doesNotContain("fragments.html");
        }
    }
}
