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
        assertThat(lines).hasSize(11);
        assertThat(lines.get(0)).startsWith("skipped-record: a.nbib:10 (record 1): no PMID- line");
        assertThat(lines.get(10)).isEqualTo("... and 3 more problems (see run.json)");
        assertThat(ProblemLines.counts(problems, "each in run.json"))
                .isEqualTo("Problems: 12 skipped records, 1 input error (each in run.json).");
        assertThat(ProblemLines.counts(List.of(), "each in run.json")).isNull();
    }

    @Test
    void aLineBreakInAFileNameStaysOnTheProblemsOneLine() {
        StringWriter err = new StringWriter();

        ProblemLines.print(List.of(new Problem(Problem.Kind.INPUT_ERROR, null, "notes\nfile.txt", 0, 0, null, "not read")),
                "see run.json", new PrintWriter(err, true));

        assertThat(err.toString().lines()).hasSize(1).first().asString().contains("notes\\nfile.txt");
    }
}
