package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkProgressTest {

    @Test
    void aLogGetsALinePerInputWithTheRecordsExtractedAndTheirFindings() {
        StringWriter log = new StringWriter();
        try (ConsoleProgress bar = ConsoleProgress.create(false)) {
            BulkProgress progress = new BulkProgress(bar, new PrintWriter(log), true, List.of(100L, 100L, 100L));
            progress.input("a.xml", 1, 3, 0);
            progress.records(1_280, 12);
            progress.input("b.xml", 2, 3, 1_500);
            progress.input("c.xml", 3, 3, 3_000);
        }
        assertThat(log.toString().lines().toList()).hasSize(3).satisfies(lines -> {
            assertThat(lines.get(0)).as("nothing counted as extracted yet: not said").isEqualTo("progress: file 1 of 3 (a.xml): 0 records read");
            assertThat(lines.get(1)).startsWith("progress: file 2 of 3 (b.xml): 1,500 records read, 1,280 extracted with 12 findings");
            assertThat(lines.get(2)).startsWith("progress: file 3 of 3 (c.xml): 3,000 records read, 1,280 extracted with 12 findings");
        });
    }

    /** The review of session 28, K2: one large input said "0 records read" and nothing more until it ended. */
    @Test
    void aLogGetsALineWithinAnInputThatTakesLongAndNoneOnATerminal() {
        StringWriter log = new StringWriter();
        try (ConsoleProgress bar = ConsoleProgress.create(false)) {
            BulkProgress progress = new BulkProgress(bar, new PrintWriter(log), true, List.of(100L), 0);
            progress.records(256, 1); // before any input: nothing to name
            progress.input("big.xml", 1, 1, 0);
            progress.records(2_560, 30);
        }
        assertThat(log.toString().lines().toList()).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).isEqualTo("progress: file 1 of 1 (big.xml): 0 records read, 256 extracted with 1 finding");
            assertThat(lines.get(1)).startsWith("progress: file 1 of 1 (big.xml): 2,560 extracted so far with 30 findings, ");
        });
        StringWriter none = new StringWriter();
        try (ConsoleProgress bar = ConsoleProgress.create(false)) {
            BulkProgress progress = new BulkProgress(bar, new PrintWriter(none), false, List.of(100L), 0);
            progress.input("big.xml", 1, 1, 0);
            progress.records(2_560, 30);
        }
        assertThat(none.toString()).isEmpty();
    }

    /**
     * Review 5, living-review operator's finding 17: a baseline of seven small excerpts and one file of
     * 30,000 records said "about 11 min 29 s left" of a run that took 10 s, from the small files read
     * in the first seconds.
     */
    @Test
    void theTimeLeftIsToldOnlyOnceEnoughBytesAndSecondsAreDone() {
        long total = 7 * 60_000L + 10_600_000L;
        assertThat(BulkProgress.estimate(2 * 60_000L, total, 1.9)).as("two small files, Java warming up").isEmpty();
        assertThat(BulkProgress.estimate(7 * 60_000L, total, 6)).as("every small file: under 5%% of the bytes").isEmpty();
        assertThat(BulkProgress.estimate(total / 2, total, 4)).as("half the bytes, but within Java's first seconds").isEmpty();
        assertThat(BulkProgress.estimate(total / 2, total, 8)).isEqualTo("about 8 s left");
        assertThat(BulkProgress.estimate(60, 1_200, 600)).isEqualTo("about 3 h 10 min left");
        assertThat(BulkProgress.estimate(0, 1_200, 600)).isEmpty();
    }

    @Test
    void theRateTakesTheSingularForOneRecordASecond() {
        assertThat(BulkProgress.rate(3, 2.4)).isEqualTo("1 record/s");
        assertThat(BulkProgress.rate(299, 1.31)).isEqualTo("228 records/s");
        assertThat(BulkProgress.rate(30_000, 1.0)).isEqualTo("30,000 records/s");
        assertThat(BulkProgress.rate(1, 4.0)).isEqualTo("0 records/s");
    }
}
