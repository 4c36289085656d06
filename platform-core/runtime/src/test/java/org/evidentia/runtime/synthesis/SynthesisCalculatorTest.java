package org.evidentia.runtime.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.Subject;
import org.evidentia.api.Synthesis.Group;
import org.evidentia.api.Synthesis.StudyVote;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.evidentia.api.Synthesis.Vote;
import org.evidentia.api.Synthesis;
import org.junit.jupiter.api.Test;

class SynthesisCalculatorTest {

    private final SynthesisCalculator calculator = new SynthesisCalculator();

    private static Finding finding(String record, String key, String label, Direction direction, String specimen, String context) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(Finding.SPECIMEN, specimen);
        attributes.put(Finding.CONTEXT, context);
        EvidenceSpan span = new EvidenceSpan("abstract", null, label + " changed.", 0, 12, 0, label.length());
        return new Finding(record, Finding.CYTOKINE_CHANGE, new Subject(key, label, label), direction, attributes, span, "test", "1");
    }

    @Test
    void countsStudiesAndVotesOnePerStudy() {
        List<Finding> findings = List.of(
                finding("r1", "IL6", "IL-6", Direction.INCREASED, "serum", "fibromyalgia"),
                finding("r1", "IL6", "IL-6", Direction.INCREASED, "plasma", "fibromyalgia"), // same study: one vote
                finding("r2", "IL6", "IL-6", Direction.INCREASED, "serum", "fibromyalgia"),
                finding("r2", "IL6", "IL-6", Direction.UNCHANGED, "csf", "fibromyalgia"),    // unchanged aside: still UP
                finding("r3", "IL6", "IL-6", Direction.DECREASED, null, "after exercise"),
                finding("r4", "IL6", "IL-6", Direction.INCREASED, "serum", null),
                finding("r4", "IL6", "IL-6", Direction.DECREASED, "csf", null),               // conflict: no clear direction
                finding("r5", "IL6", "IL-6", Direction.UNCHANGED, "serum", null));            // only unchanged: no clear direction

        SubjectSynthesis il6 = calculator.synthesize(findings).subjects().get(0);

        assertThat(il6.key()).isEqualTo("IL6");
        assertThat(il6.label()).isEqualTo("IL-6");
        assertThat(il6.studies()).isEqualTo(5);
        assertThat(il6.studiesIncreased()).isEqualTo(3);  // r1, r2, r4
        assertThat(il6.studiesDecreased()).isEqualTo(2);  // r3, r4
        assertThat(il6.studiesUnchanged()).isEqualTo(2);  // r2, r5
        assertThat(il6.votes()).containsExactly(
                new StudyVote("r1", Vote.UP), new StudyVote("r2", Vote.UP), new StudyVote("r3", Vote.DOWN),
                new StudyVote("r4", Vote.NO_CLEAR_DIRECTION), new StudyVote("r5", Vote.NO_CLEAR_DIRECTION));
        assertThat(il6.count(Vote.UP)).isEqualTo(2);
        // 2 up, 1 down: 2 * (1 + 3)/8 = 1.0
        assertThat(il6.signTestP()).isEqualTo(1.0);
        assertThat(il6.specimens()).containsExactly(
                Map.entry("csf", 2), Map.entry("plasma", 1), Map.entry("serum", 4), Map.entry("unstated", 1));
        assertThat(il6.groups()).containsExactly(
                new Group(Direction.INCREASED, "plasma", "fibromyalgia", List.of("r1")),
                new Group(Direction.INCREASED, "serum", "fibromyalgia", List.of("r1", "r2")),
                new Group(Direction.INCREASED, "serum", null, List.of("r4")),
                new Group(Direction.DECREASED, "csf", null, List.of("r4")),
                new Group(Direction.DECREASED, null, "after exercise", List.of("r3")),
                new Group(Direction.UNCHANGED, "csf", "fibromyalgia", List.of("r2")),
                new Group(Direction.UNCHANGED, "serum", null, List.of("r5")));
    }

    @Test
    void eightConsistentStudiesGiveTheHandComputedSignTest() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            findings.add(finding("r" + i, "TNF", "TNF-α", Direction.INCREASED, "serum", null));
        }
        assertThat(calculator.synthesize(findings).subjects().get(0).signTestP()).isEqualTo(0.0078125);

        List<Finding> mixed = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            mixed.add(finding("r" + i, "TNF", "TNF-α", Direction.INCREASED, "serum", null));
        }
        mixed.add(finding("r6", "TNF", "TNF-α", Direction.DECREASED, "serum", null));
        mixed.add(finding("r7", "TNF", "TNF-α", Direction.UNCHANGED, "serum", null)); // not a vote in the test
        assertThat(calculator.synthesize(mixed).subjects().get(0).signTestP()).isEqualTo(0.21875);
    }

    @Test
    void ordersSubjectsByLabelNaturallyAndStudiesByFirstAppearance() {
        List<Finding> findings = List.of(
                finding("b", "IL10", "IL-10", Direction.INCREASED, null, null),
                finding("a", "TNF", "TNF-α", Direction.DECREASED, null, null),
                finding("c", "IL2", "IL-2", Direction.INCREASED, null, null),
                finding("a", "IL10", "IL-10", Direction.DECREASED, null, null),
                finding("c", "IL10", "IL-10", Direction.INCREASED, null, null),
                finding("a", "ccl2", "CCL2", Direction.INCREASED, null, null));

        Synthesis synthesis = calculator.synthesize(findings);

        assertThat(synthesis.subjects()).extracting(SubjectSynthesis::key).containsExactly("ccl2", "IL2", "IL10", "TNF");
        // study order is the order of first appearance over all findings: b, a, c
        assertThat(synthesis.subjects().get(2).votes()).extracting(StudyVote::recordId).containsExactly("b", "a", "c");
        assertThat(synthesis.subjects().get(2).specimens()).containsExactly(Map.entry("unstated", 3));
    }

    @Test
    void sameFindingsGiveAnEqualSynthesisAndNoFindingsAnEmptyOne() {
        List<Finding> findings = List.of(
                finding("r1", "IL6", "IL-6", Direction.INCREASED, "serum", "x"),
                finding("r2", "IL1B", "IL-1β", Direction.DECREASED, "plasma", "y"));
        assertThat(calculator.synthesize(findings)).isEqualTo(calculator.synthesize(List.copyOf(findings)));
        assertThat(calculator.synthesize(List.of()).subjects()).isEmpty();
    }
}
