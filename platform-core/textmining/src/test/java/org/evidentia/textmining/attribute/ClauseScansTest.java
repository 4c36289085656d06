package org.evidentia.textmining.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clause's scans, made once for all its statements, give at every place a direction word may start what the scan of
 * the clause's part before or after that place gave for each statement (docs/reliability.md: those per-statement scans
 * made a 2,000-char piece with a hundred statements take the square of its length).
 */
class ClauseScansTest {

    /** Masked clauses: entity names are blanks. Matches at the start, mid-word, at the end, next to each other. */
    private static final List<String> CLAUSES = List.of(
            "after       and serum     rose in response to      , then fell upon the       in both groups",
            "Serum      increased after      in each arm and within the two treatment groups fell following      ",
            "afterafter      in both groupsin both groups  treated with        or      ",
            "Patients received       and      was elevated; mice were treated with       and then      rose",
            "PATIENTS RECEIVED      AND SERUM      ROSE in all groups",
            "      were given      ,      were fed      and      fell, while      received none and in either arm     ",
            "no cause here at all, only words that differ from every pattern",
            "");

    @Test
    void entityGivenAndInEachGroupAreWhatTheScanOfThePartAfterTheCueGave() {
        for (String clause : CLAUSES) {
            ComparisonDetector.ClauseScans scans = new ComparisonDetector.ClauseScans(clause, 0, clause);
            String lower = StatementAttributes.lower(clause);
            for (int cue = 0; cue <= clause.length(); cue++) {
                assertThat(scans.entityGivenFrom(cue)).as("%s at %d", clause, cue)
                        .isEqualTo(ComparisonDetector.ENTITY_GIVEN.matcher(clause.substring(cue)).find());
                assertThat(scans.inEachGroupFrom(cue)).as("%s at %d", clause, cue)
                        .isEqualTo(ComparisonDetector.IN_EACH_GROUP.matcher(lower.substring(cue)).find());
            }
        }
    }

    /** The giving verb looked for once is a filter: where it says there is none, the clause's head holds none. */
    @Test
    void aHeadWithAGivingVerbIsNeverPassedOver() {
        int heads = 0;
        for (String clause : CLAUSES) {
            ComparisonDetector.ClauseScans scans = new ComparisonDetector.ClauseScans(clause, 0, clause);
            for (int cue = 0; cue <= clause.length(); cue++) {
                if (ComparisonDetector.GIVEN_THEN.matcher(StatementAttributes.lower(clause.substring(0, cue))).find()) {
                    heads++;
                    assertThat(scans.givingVerbBefore(cue)).as("%s at %d", clause, cue).isTrue();
                }
            }
            assertThat(scans.givingVerbBefore(0)).as("no head before the clause's start").isFalse();
        }
        assertThat(heads).as("heads holding a giving verb and 'and' after it").isGreaterThan(50);
    }
}
