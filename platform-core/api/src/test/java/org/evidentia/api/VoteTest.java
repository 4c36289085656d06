package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.evidentia.api.Synthesis.Vote;
import org.junit.jupiter.api.Test;

/** The one rule by which the synthesis, and a reporter counting votes within a stratum, cast a study's vote. */
class VoteTest {

    @Test
    void aStudyVotesUpOrDownOnlyWhenItsFindingsAgreeAndNoChangeAloneIsNoClearDirection() {
        assertThat(Vote.of(EnumSet.of(Direction.INCREASED))).isEqualTo(Vote.UP);
        assertThat(Vote.of(EnumSet.of(Direction.INCREASED, Direction.UNCHANGED))).isEqualTo(Vote.UP);
        assertThat(Vote.of(EnumSet.of(Direction.DECREASED, Direction.UNCHANGED))).isEqualTo(Vote.DOWN);
        assertThat(Vote.of(EnumSet.of(Direction.INCREASED, Direction.DECREASED))).isEqualTo(Vote.NO_CLEAR_DIRECTION);
        assertThat(Vote.of(EnumSet.of(Direction.UNCHANGED))).isEqualTo(Vote.NO_CLEAR_DIRECTION);
        assertThat(Vote.of(EnumSet.noneOf(Direction.class))).isEqualTo(Vote.NO_CLEAR_DIRECTION);
    }
}
