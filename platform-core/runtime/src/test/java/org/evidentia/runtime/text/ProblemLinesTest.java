package org.evidentia.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.RunSummary.Problem;
import org.junit.jupiter.api.Test;

/** How every command shows a run's problems on a console. */
class ProblemLinesTest {

    private static Problem skipped(int record) {
        return new Problem(Problem.Kind.SKIPPED_RECORD, "medline", "a.nbib", record, record * 10L, null, "no PMID- line");
    }

    @Test
    void theFirstTenAreShownOneLineEachAndTheRestCountedWithWhereTheyAre() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            problems.add(skipped(i));
        }
        problems.add(new Problem(Problem.Kind.INPUT_ERROR, null, "notes\nfile.txt", 0, 0, null, "no source reads this file"));
        StringWriter err = new StringWriter();

        ProblemLines.print(problems, "see run.json", new PrintWriter(err, true));

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).startsWith("skipped-record: a.nbib:10 (record 1): no PMID- line");
        assertThat(lines.get(11)).isEqualTo("... and 2 more problems (see run.json)");
        assertThat(ProblemLines.counts(problems, "each in run.json"))
                .isEqualTo("Problems: 12 skipped records, 1 input error (each in run.json).");
        assertThat(ProblemLines.counts(List.of(), "each in run.json")).isNull();
    }

    /**
     * The review of session 30, K1: a folder's PDF and notes file came after nine warnings of the files before them, and the
     * console never named them, though each is a whole file not read.
     */
    @Test
    void inputErrorsHaveTenLinesOfTheirOwnThatTheRecordsWarningsDoNotTake() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            problems.add(new Problem(Problem.Kind.WARNING, "csv", "a.csv", i, i, null, "the copy kept has no abstract"));
        }
        for (int i = 1; i <= 12; i++) {
            problems.add(new Problem(Problem.Kind.INPUT_ERROR, null, "paper" + i + ".pdf", 0, 0, null, "it is a PDF document"));
        }
        StringWriter err = new StringWriter();

        ProblemLines.print(problems, "see run.json", new PrintWriter(err, true));

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(21);
        assertThat(lines.subList(0, 10)).allMatch(line -> line.startsWith("warning: a.csv:"));
        assertThat(lines.subList(10, 20)).allMatch(line -> line.startsWith("input-error: paper"));
        assertThat(lines.get(20)).isEqualTo("... and 4 more problems (see run.json)");
    }

    @Test
    void everyReporterAndPluginErrorIsShownWhereverItComesSoAFailedRunsCauseIsNeverAmongTheUncounted() {
        List<Problem> problems = new ArrayList<>();
        problems.add(new Problem(Problem.Kind.PLUGIN_ERROR, null, null, 0, 0, null, "plugin faulty can be used only in part"));
        for (int i = 1; i <= 480; i++) {
            problems.add(new Problem(Problem.Kind.EXTRACTOR_ERROR, "faulty-x", "a.nbib", i, 0, null, "failed on this record"));
        }
        problems.add(new Problem(Problem.Kind.REPORTER_ERROR, "faulty-r", null, 0, 0, null, "failed while finishing: finish broke"));
        StringWriter err = new StringWriter();

        ProblemLines.print(problems, "see run.json", new PrintWriter(err, true));

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).startsWith("plugin-error: ");
        assertThat(lines.subList(1, 11)).allMatch(line -> line.startsWith("extractor-error: a.nbib (record "));
        assertThat(lines.get(11)).startsWith("reporter-error: ").contains("finish broke");
        assertThat(lines.get(12)).isEqualTo("... and 470 more problems (see run.json)");
    }

    @Test
    void aLineBreakInAFileNameStaysOnTheProblemsOneLine() {
        StringWriter err = new StringWriter();

        ProblemLines.print(List.of(new Problem(Problem.Kind.INPUT_ERROR, null, "notes\nfile.txt", 0, 0, null, "not read")),
                "see run.json", new PrintWriter(err, true));

        assertThat(err.toString().lines()).hasSize(1).first().asString().contains("notes\\nfile.txt");
    }
}
