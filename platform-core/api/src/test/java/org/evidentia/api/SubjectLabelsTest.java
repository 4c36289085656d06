package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubjectLabelsTest {

    private static final FindingKind KIND = new FindingKind("cytokine-change", "Cytokine", "Cytokines", List.of(),
            Map.of("IL23A", "IL23", "TGFB1", "TGFB"));

    @Test
    void aSubjectGoesByItsFamilysOwnLabelElseTheLeastWhateverTheOrderTheyCameIn() {
        List<String[]> findings = List.of(new String[] {"IL23A", "IL-23p19"}, new String[] {"il23", "IL-23"},
                new String[] {"TGFB1", "TGF-β1"}, new String[] {"IL10", "IL-10"}, new String[] {"IL10", "interleukin-10"},
                new String[] {"IL2", "IL-2"}, new String[] {"IL2", "IL-12"});
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<String[]> shuffled = new ArrayList<>(findings);
            Collections.shuffle(shuffled, random);
            SubjectLabels labels = new SubjectLabels(KIND);
            shuffled.forEach(f -> labels.add(f[0], f[1]));

            assertThat(labels.get("IL23")).as("the label given with the canonical key itself").isEqualTo("IL-23");
            assertThat(labels.get("TGFB")).as("only an alias's label met").isEqualTo("TGF-β1");
            assertThat(labels.get("IL10")).as("the least in natural order").isEqualTo("IL-10");
            assertThat(labels.get("IL2")).as("IL-2 before IL-12, as numbers").isEqualTo("IL-2");
            assertThat(labels.get("IL6")).isNull();
            assertThat(labels.keys()).containsExactlyInAnyOrder("IL23", "TGFB", "IL10", "IL2");
        }
    }
}
