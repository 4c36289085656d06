package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTimesTest {

    @Test
    void medianAndSpreadOfThePasses() {
        assertThat(new StageTimes(new double[] {0.9, 0.4, 0.5}).median()).isEqualTo(0.5);
        assertThat(new StageTimes(new double[] {0.9, 0.4, 0.5, 0.6}).median()).isEqualTo(0.55);
        assertThat(new StageTimes(new double[] {0.9, 0.4, 0.5}).spread()).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new StageTimes(new double[] {0.7}).spread()).isZero();
    }

    @Test
    void aStageThatMeasuresQuickerThanTheStageItContainsAddsNothingNegative() {
        // the review's figures: read 0.67 s, read+extract 0.45 s gave "extraction adds -0.22 s"
        StageTimes read = new StageTimes(new double[] {0.62, 0.67, 0.93});
        StageTimes extract = new StageTimes(new double[] {0.45, 0.44, 0.51});
        assertThat(extract.adds(read, "extraction adds", 1000)).isEqualTo("what extraction adds is within noise: passes vary by 0.31 s");
    }

    @Test
    void aDifferenceNoLargerThanThePassesVaryIsWithinNoiseAndALargerOneIsStated() {
        StageTimes read = new StageTimes(new double[] {0.50, 0.52, 0.60});
        assertThat(new StageTimes(new double[] {0.55, 0.58, 0.70}).adds(read, "extraction adds", 1000))
                .isEqualTo("what extraction adds is within noise: passes vary by 0.15 s");
        // the rate at which the added work alone would take the records: 30,000 in 1.00 s
        assertThat(new StageTimes(new double[] {1.50, 1.52, 1.55}).adds(read, "extraction adds", 30_000))
                .isEqualTo("extraction adds 1.00 s, 30,000 records/s");
        assertThat(new StageTimes(new double[] {0.51}).adds(new StageTimes(new double[] {0.52}), "reporters x, y add", 1000))
                .isEqualTo("what reporters x, y add is within noise: one timed pass cannot tell how much passes vary (--repeat 5 can)");
    }

    /** An explorer's F5: one slow pass of each stage made a stage five times slower in every pass "within noise". */
    @Test
    void passesThatDoNotOverlapDifferWhateverOneSlowPassAddsToTheSpread() {
        StageTimes read = new StageTimes(new double[] {0.10, 0.06, 0.05, 0.07, 0.06});
        assertThat(new StageTimes(new double[] {1.06, 0.94, 0.48, 0.49, 0.50}).adds(read, "extraction adds", 542))
                .startsWith("extraction adds 0.44 s, ");
        assertThat(new StageTimes(new double[] {1.06, 0.94, 0.08, 0.49, 0.50}).adds(read, "extraction adds", 542))
                .as("overlapping passes: the spread decides").isEqualTo("what extraction adds is within noise: passes vary by 0.98 s");
    }

    /** An explorer's F4: with one pass of each, a positive difference was a figure as sure as any, a negative one "cannot tell". */
    @Test
    void onePassOfEachSaysHowMuchPassesVaryIsNotKnown() {
        assertThat(new StageTimes(new double[] {0.62}).adds(new StageTimes(new double[] {0.52}), "reporter x adds", 1000))
                .isEqualTo("reporter x adds 0.10 s, 10,000 records/s; one timed pass of each, so how much passes vary is not known (--repeat 5 tells)");
    }
}
