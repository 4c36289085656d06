package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.evidentia.runtime.evaluation.EvaluationReport;
import org.evidentia.runtime.evaluation.EvaluationReport.AttributeScore;
import org.evidentia.runtime.evaluation.EvaluationReport.FalsePositive;
import org.evidentia.runtime.evaluation.EvaluationReport.Miss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ExitCode;

/** What `evaluate` refuses of its own options before it reads anything, and how it tells a figure below its threshold. */
class EvaluateCommandTest {

    @Test
    void aThresholdThatNoF1OrAccuracyCanReachOrMissIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("plugins"));
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");
        Path input = Files.writeString(dir.resolve("a.nbib"), "PMID- 1\nTI  - IL-6 was higher in patients.\n");
        List<List<String>> given = List.of(List.of("--min-f1", "1.5"), List.of("--min-f1=-3"), List.of("--min-accuracy", "specimen=7"),
                List.of("--min-specimen-accuracy", "NaN"));
        List<String> said = List.of("--min-f1 1.5", "--min-f1 -3.0", "--min-accuracy specimen=7.0", "--min-specimen-accuracy NaN");
        for (int i = 0; i < given.size(); i++) {
            List<String> args = new java.util.ArrayList<>(List.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(),
                    "--gold", gold.toString()));
            args.addAll(given.get(i));
            args.add(input.toString());
            CommandRun run = CommandRun.of(args.toArray(String[]::new));

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).isEqualTo("evidentia: " + said.get(i) + ": expected a number from 0 to 1 (an F1 or an accuracy, such as 0.85)\n");
        }
    }

    /** An explorer's s20, 8: a run's command line reused for evaluate was refused for its --no-progress. */
    @Test
    void evaluateTakesNoProgressAsRunDoes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("plugins"));
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");
        Path input = Files.writeString(dir.resolve("a.nbib"), "PMID- 1\nTI  - IL-6 was higher in patients.\n");

        CommandRun run = CommandRun.of("evaluate", "--no-progress", "--plugins-dir", dir.resolve("plugins").toString(), "--gold",
                gold.toString(), "--min-f1", "1.5", input.toString());

        assertThat(run.err()).isEqualTo("evidentia: --min-f1 1.5: expected a number from 0 to 1 (an F1 or an accuracy, such as 0.85)\n");
    }

    // The review of session 19, E4: "F1 0.924 (min 0.924)" failed the gate it seemed to meet (F1 170/184 = 0.92391)
    @Test
    void aFigureBelowItsThresholdIsToldToFivePlacesWithItsCounts() {
        // dev.jsonl's figures: 85 true, 2 false, 12 missed; specimen right on 82 of 85
        EvaluationReport dev = new EvaluationReport(40, 97, 85, Collections.nCopies(2, new FalsePositive(null, null)),
                Collections.nCopies(12, new Miss(null, true)), List.of(new AttributeScore("specimen", 82, 85, List.of())), List.of(), List.of());

        assertThat(EvaluateCommand.belowTargets("dev.jsonl", dev, 0.924, Map.of("specimen", 0.965)))
                .containsExactly("dev.jsonl F1 0.92391, 170 of 184 (min 0.924)", "dev.jsonl specimen accuracy 0.96471, 82 of 85 (min 0.965)");
        assertThat(EvaluateCommand.belowTargets("dev.jsonl", dev, 0.9239, Map.of("specimen", 0.9647))).isEmpty();
    }
}
