package org.evidentia.runtime.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.evidentia.api.Direction;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.junit.jupiter.api.Test;

/** An explorer's F6 (2026-12-05): a gold value no extractor can give lowered an accuracy, and a misspelt field was ignored. */
class GoldCheckTest {

    private static final FindingKind KIND = new FindingKind("marker-change", "Marker", "Markers", List.of(
            new Attribute("sample", "Sample", List.of("serum", "blood"), Role.BREAKDOWN),
            new Attribute("comparison", "Comparison", List.of("condition", "exposure"), Role.STRATUM),
            new Attribute("context", "Context", List.of(), Role.DETAIL)), Map.of());

    private static GoldFinding line(int number, String pmid, Map<String, String> attributes) {
        return new GoldFinding(new GoldRecord(pmid, null, null), "M6", Direction.INCREASED, attributes, null, number);
    }

    @Test
    void aValueOutsideAClosedAttributeIsAMistakeAtItsLineAndAFieldOfNoAttributeIsToldOnce() {
        java.util.HashMap<String, String> unstated = new java.util.HashMap<>();
        unstated.put("sample", null);
        GoldCheck check = GoldCheck.of(List.of(
                line(1, "1", Map.of("sample", "serum", "context", "any free text")),
                line(2, "1", Map.of("sample", "blod")),
                line(3, "2", unstated),
                line(4, "2", Map.of("comparision", "condition")),
                line(5, "3", Map.of("comparision", "exposure"))), KIND);

        assertThat(check.mistakes()).containsExactly("2: 'blod' is not a value of sample (serum, blood, or null when unstated) (did you mean 'blood'?)");
        assertThat(check.warnings()).containsExactly("the field 'comparision' (2 lines, the first 4) is no attribute of marker-change"
                + " (did you mean 'comparison'?), and is not scored; its attributes are sample, comparison, context");
    }

    /** The review of session 23, E7: "Serum" was refused with no hint, where "blod" got one. */
    @Test
    void aValueWrittenInAnotherCaseIsToldWithTheValueMeant() {
        GoldCheck check = GoldCheck.of(List.of(line(1, "1", Map.of("sample", "Serum"))), KIND);

        assertThat(check.mistakes()).containsExactly("1: 'Serum' is not a value of sample (serum, blood, or null when unstated)"
                + " (did you mean 'serum'? values are matched exactly)");
    }

    @Test
    void aRecordSaidToHaveNoFindingOnOneLineAndGivenOneOnAnotherIsAMistake() {
        GoldFinding none = new GoldFinding(new GoldRecord("7", null, null), null, null, Map.of(), null, 3);
        GoldCheck check = GoldCheck.of(List.of(line(1, "7", Map.of()), none), KIND);
        assertThat(check.mistakes()).containsExactly("3: \"none\": true says the record has no finding, but line 1 gives it one");
        assertThat(check.warnings()).isEmpty();
    }
}
