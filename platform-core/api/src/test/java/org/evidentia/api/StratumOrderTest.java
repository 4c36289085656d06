package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.evidentia.api.Synthesis.Stratum;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.junit.jupiter.api.Test;

/** The reading order of a stratum's subjects that every table of the synthesis shows. */
class StratumOrderTest {

    private static SubjectSynthesis subject(String key, String label, int studies) {
        return new SubjectSynthesis(key, label, studies, studies, 0, 0, List.of(), 1.0, List.of());
    }

    @Test
    void theSubjectsWithTheMostStudiesLeadThenLabelsNaturallyThenKeys() {
        Stratum stratum = new Stratum(Arrays.asList("condition", "human"), List.of(
                subject("IL10", "IL-10", 2), subject("IL2", "IL-2", 2), subject("TNF", "TNF-α", 5),
                subject("IL6B", "IL-6", 1), subject("IL6A", "IL-6", 1)));

        assertThat(stratum.subjectsByStudies()).extracting(SubjectSynthesis::key).containsExactly("TNF", "IL2", "IL10", "IL6A", "IL6B");
        assertThat(stratum.subjects()).extracting(SubjectSynthesis::key).containsExactly("IL10", "IL2", "TNF", "IL6B", "IL6A");
    }
}
