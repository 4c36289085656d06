package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The maps and sets of the API's records iterate in their documented order, whatever order they
 * were given in: a reporter that writes them as it iterates must be byte-identical from run to run.
 * A hash-ordered copy ({@code Map.copyOf}, {@code Set.copyOf}) is salted per JVM, so with this many
 * keys (and all seven designs) its order is practically never the sorted one.
 */
class ApiIterationOrderTest {

    @Test
    void runSummaryOptionsIterateSortedByExtensionThenKey() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            names.add("extension-" + (char) ('a' + i % 26) + i);
        }
        Collections.shuffle(names, new Random(11));
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : List.of("zeta", "alpha", "mode", "beta", "threshold", "c", "window-size", "a-key", "term", "limit")) {
                values.put(key, "\"" + name + "\"");
            }
            options.put(name, values);
        }

        RunSummary summary = new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), options,
                new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), RunSummary.Focus.NONE);

        assertThat(summary.options().keySet()).containsExactlyElementsOf(names.stream().sorted().toList());
        for (Map<String, String> values : summary.options().values()) {
            assertThat(values.keySet()).containsExactly("a-key", "alpha", "beta", "c", "limit", "mode", "term", "threshold",
                    "window-size", "zeta");
        }
        assertThat(summary.options()).isEqualTo(options);
    }

    @Test
    void synthesisVotingDesignsIterateInDesignOrder() {
        List<StudyDesign.Type> designs = new ArrayList<>(List.of(StudyDesign.Type.values()));
        Collections.reverse(designs);

        Synthesis synthesis = new Synthesis(List.of(), new HashSet<>(designs));

        assertThat(synthesis.votingDesigns()).containsExactly(StudyDesign.Type.values());
        assertThat(new Synthesis(List.of(), Set.of()).votingDesigns()).isEmpty();
        assertThat(new Synthesis(List.of(), EnumSet.of(StudyDesign.Type.REVIEW, StudyDesign.Type.PRIMARY)).votingDesigns())
                .containsExactly(StudyDesign.Type.PRIMARY, StudyDesign.Type.REVIEW);
    }
}
