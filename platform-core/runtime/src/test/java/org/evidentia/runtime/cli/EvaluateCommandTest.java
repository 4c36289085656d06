package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    /** A one-record MEDLINE input in {@code dir}, beside an empty plugins folder. */
    private static Path input(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("plugins"));
        return Files.writeString(dir.resolve("a.nbib"), "PMID- 1\nTI  - IL-6 was higher in patients.\n");
    }

    /** {@code evaluate} of a one-record gold file and input in {@code dir}, with an empty plugins folder and {@code gates}. */
    private static CommandRun evaluateWith(Path dir, List<String> gates) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");
        Path input = input(dir);
        List<String> args = new java.util.ArrayList<>(List.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(),
                "--gold", gold.toString()));
        args.addAll(gates);
        args.add(input.toString());
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void aThresholdThatNoF1OrAccuracyCanReachOrMissIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        List<List<String>> given = List.of(List.of("--min-f1", "1.5"), List.of("--min-f1=-3"), List.of("--min-accuracy", "specimen=7"),
                List.of("--min-specimen-accuracy", "NaN"));
        List<String> said = List.of("--min-f1 1.5", "--min-f1 -3.0", "--min-accuracy specimen=7.0", "--min-specimen-accuracy NaN");
        for (int i = 0; i < given.size(); i++) {
            CommandRun run = evaluateWith(dir, given.get(i));

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).isEqualTo("evidentia: " + said.get(i) + ": expected a number from 0 to 1 (an F1 or an accuracy, such as 0.85)\n");
        }
    }

    /** The review of session 23, E4: the stricter of two gates of one attribute was dropped without a word. */
    @Test
    void aGateOfOneAttributeGivenTwiceIsRefused(@TempDir Path dir) throws Exception {
        List<List<String>> given = List.of(List.of("--min-specimen-accuracy", "0.9", "--min-accuracy", "specimen=0.4"),
                List.of("--min-accuracy", "population=0.7", "--min-accuracy", "population=0.6"));
        List<String> said = List.of("--min-specimen-accuracy 0.9 and --min-accuracy specimen=0.4: a gate of specimen given twice",
                "--min-accuracy population=0.7 and --min-accuracy population=0.6: a gate of population given twice");
        for (int i = 0; i < given.size(); i++) {
            CommandRun run = evaluateWith(dir, given.get(i));

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).startsWith("evidentia: " + said.get(i));
        }
        assertThat(evaluateWith(dir, List.of("--min-accuracy", "specimen=0.4", "--min-accuracy", "population=0.6")).err())
                .doesNotContain("given twice");
    }

    /** Review s21 M7: picocli's "for option option" and a count given to one command as another tells it. */
    @Test
    void aMalformedThresholdAndANegativeThreadCountAreToldInPlainWords(@TempDir Path dir) throws Exception {
        CommandRun noValue = CommandRun.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(), "--min-accuracy", "specimen");
        assertThat(noValue.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noValue.err()).startsWith("evidentia: Value for option '--min-accuracy' (ATTRIBUTE=X) should be in KEY=VALUE format but was specimen\n");

        Path input = input(dir);
        for (String command : List.of("run", "bench")) {
            CommandRun negative = CommandRun.of(command, "--plugins-dir", dir.resolve("plugins").toString(), "--threads", "-1",
                    input.toString());
            assertThat(negative.exit()).as(command).isEqualTo(ExitCode.USAGE);
            assertThat(negative.err()).as(command).isEqualTo("evidentia: --threads must be at least 1, not -1\n");
        }
    }

    /** An explorer's s20, 8: a run's command line reused for evaluate was refused for its --no-progress. */
    @Test
    void evaluateTakesNoProgressAsRunDoes(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");
        Path input = input(dir);

        CommandRun run = CommandRun.of("evaluate", "--no-progress", "--plugins-dir", dir.resolve("plugins").toString(), "--gold",
                gold.toString(), "--min-f1", "1.5", input.toString());

        assertThat(run.err()).isEqualTo("evidentia: --min-f1 1.5: expected a number from 0 to 1 (an F1 or an accuracy, such as 0.85)\n");
    }

    /**
     * The review of session 25, U1: an --errors file, or the folder of a new one, that this user may not write was found
     * only after the whole evaluation had run and printed its figures, told as the bare path with exit 1, the code a CI
     * gate reads as "below the threshold". It is refused before anything runs, in words. Skips as root, who may write
     * anything; CI runs it as nobody (.ci/nonroot-tests).
     */
    @Test
    void anErrorsFileOrFolderThisUserCannotWriteIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");
        Path input = input(dir);
        Path closed = Files.createDirectories(dir.resolve("closed"));
        Path earlier = Files.writeString(dir.resolve("errors.jsonl"), "");
        earlier.toFile().setWritable(false, false);
        closed.toFile().setWritable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(closed), "running as a user who may write anywhere (root)");
        Map<Path, String> refused = Map.of(
                closed.resolve("e.jsonl"), "is in a folder this user cannot write (permission denied): " + closed,
                earlier, "cannot be written by this user (permission denied): give a file you may write");
        for (Map.Entry<Path, String> e : refused.entrySet()) {
            CommandRun run = CommandRun.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(), "--gold", gold.toString(),
                    "--errors", e.getKey().toString(), "-o", dir.resolve("out").toString(), input.toString());

            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).isEqualTo("evidentia: --errors " + e.getKey() + " " + e.getValue() + "\n");
            assertThat(dir.resolve("out")).doesNotExist();
        }
    }

    /**
     * An explorer's s21, D6 and D7: `--errors g.jsonl` for `--gold g.jsonl` emptied the hand-annotated gold file, and an
     * input given as --errors was emptied too; a missing folder or a folder was told only after the whole evaluation (exit 1).
     * Each is refused before anything runs, and the file is left as it was.
     */
    @Test
    void anErrorsFileThatWouldDestroyWhatTheRunReadsOrCannotBeWrittenIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        String goldLine = "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n";
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), goldLine);
        Path input = input(dir);
        Path folder = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(folder.resolve("b.nbib"), "PMID- 2\nTI  - IL-6 was lower.\n");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes\n");
        Map<Path, String> refused = new java.util.LinkedHashMap<>();
        refused.put(gold, "is " + gold + ", which the evaluation reads: the errors would be written over it; give another file");
        refused.put(input, "is " + input + ", which the evaluation reads: the errors would be written over it; give another file");
        refused.put(folder.resolve("e.jsonl"), "is inside " + folder + ", a folder the evaluation reads: the next run would read the errors"
                + " as an input; give a file elsewhere");
        refused.put(dir.resolve("out/e.jsonl"), "is inside the output folder " + dir.resolve("out") + ", which each run replaces: give a"
                + " file elsewhere");
        refused.put(dir.resolve("nodir/e.jsonl"), "is in a folder that does not exist: " + dir.resolve("nodir"));
        refused.put(dir, "is a folder: give a file, such as errors.jsonl");
        refused.put(notes, "holds something other than an earlier --errors file (its first line is no error line): the errors would be"
                + " written over it; give a new file, or delete this one first");
        Files.createDirectories(dir.resolve("out"));

        for (Map.Entry<Path, String> e : refused.entrySet()) {
            CommandRun run = CommandRun.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(), "--gold", gold.toString(),
                    "--errors", e.getKey().toString(), "-o", dir.resolve("out").toString(), input.toString(), folder.toString());

            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).isEqualTo("evidentia: --errors " + e.getKey() + " " + e.getValue() + "\n");
        }
        assertThat(Files.readString(gold)).isEqualTo(goldLine);
        assertThat(Files.readString(notes)).isEqualTo("my notes\n");

        // an earlier run's errors file is replaced as before: the run goes on (to its own end, here no source for the input)
        Path earlier = Files.writeString(dir.resolve("errors.jsonl"), "{\"file\":\"gold.jsonl\",\"error\":\"miss\",\"pmid\":\"1\","
                + "\"subject\":\"IL6\",\"direction\":\"increased\"}\n");
        CommandRun again = CommandRun.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(), "--gold", gold.toString(),
                "--errors", earlier.toString(), "-o", dir.resolve("out").toString(), input.toString());
        assertThat(again.err()).doesNotContain("--errors");
    }

    /** An explorer's s21, D16: one gold file named twice under two names was scored twice and pooled as two. */
    @Test
    void aGoldFileGivenTwiceUnderTwoNamesIsRefused(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");
        Path input = input(dir);
        Path again = dir.resolve("sub/../gold.jsonl");
        Files.createDirectories(dir.resolve("sub"));

        CommandRun run = CommandRun.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(), "--gold", gold.toString(), "--gold",
                again.toString(), input.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: --gold " + again + " is " + gold + ", given twice: give each gold file once\n");
    }

    /** The review of session 23, E6: two gold files naming one record weighed it twice in the pooled figures without a word. */
    @Test
    void aRecordNamedByTwoGoldFilesIsToldBeforeTheRun(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("a.jsonl"), "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");
        Path second = Files.writeString(dir.resolve("b.jsonl"), "{\"pmid\": \"PMID: 1\", \"none\": true}\n"
                + "{\"pmid\": \"2\", \"none\": true}\n");
        Path input = input(dir);

        CommandRun run = CommandRun.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(), "--gold", first.toString(), "--gold",
                second.toString(), input.toString());

        assertThat(run.err()).contains("evidentia: warning: 1 record named by more than one gold file (PMID 1): each file scores it,"
                + " and the pooled figures count it once for each\n");
    }

    /** An explorer's s21, D3: a binary gold file was "cannot be read: Input length = 1", a folder "cannot be read: Is a directory". */
    @Test
    void aGoldFileThatIsNoTextOrAFolderIsToldSo(@TempDir Path dir) throws Exception {
        Path input = input(dir);
        Path binary = Files.write(dir.resolve("rand.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, 0x28});
        Path folder = Files.createDirectories(dir.resolve("golds"));

        CommandRun bin = CommandRun.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(), "--gold", binary.toString(),
                input.toString());
        CommandRun dirs = CommandRun.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(), "--gold", folder.toString(),
                input.toString());

        assertThat(bin.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(bin.err()).contains("\nevidentia: gold file " + binary + ": not UTF-8 text; a gold file is JSON Lines, saved as UTF-8\n");
        assertThat(dirs.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(dirs.err()).contains("\nevidentia: gold file " + folder + " cannot be read: is a folder, not a file\n");
    }

    /**
     * The review of session 23, E10: the first malformed file was told alone, the next file's mistakes at the next run. With
     * no plugin the extractor's own problem is told after them.
     */
    @Test
    void theMistakesOfEveryGoldFileAreToldInOneGo(@TempDir Path dir) throws Exception {
        Path input = input(dir);
        Path first = Files.writeString(dir.resolve("a.jsonl"), "{\"pmid\": \"1\", \"subject\": \"IL6\"}\n"
                + "{\"pmid\": \"1\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n{not json\n");
        Path missing = dir.resolve("none.jsonl");
        Path second = Files.writeString(dir.resolve("b.jsonl"), "{\"subject\": \"IL6\", \"direction\": \"increased\"}\n");

        CommandRun run = CommandRun.of("evaluate", "--plugins-dir", dir.resolve("plugins").toString(), "--gold", first.toString(),
                "--gold", missing.toString(), "--gold", second.toString(), input.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines().filter(line -> line.startsWith("evidentia: "))).containsExactly(
                "evidentia: gold file " + first + ":1: expected \"subject\" (or \"cytokine\") and \"direction\" (or \"none\": true)",
                "evidentia: gold file " + first + ":3: Unexpected character ('n' (code 110)): was expecting double-quote to start field name",
                "evidentia: gold file " + missing + " does not exist",
                "evidentia: gold file " + second + ":1: a gold line names its record by pmid, doi or title; this one has none",
                "evidentia: evaluate needs an extractor, and none is available");
    }

    // The review of session 19, E4: "F1 0.924 (min 0.924)" failed the gate it seemed to meet (F1 170/184 = 0.92391)
    @Test
    void aFigureBelowItsThresholdIsToldToFivePlacesWithItsCounts() {
        // dev.jsonl's figures: 85 true, 2 false, 12 missed; specimen right on 82 of 85
        EvaluationReport dev = new EvaluationReport(40, 97, 85, Collections.nCopies(2, new FalsePositive(null, null)),
                Collections.nCopies(12, new Miss(null, true)), List.of(new AttributeScore("specimen", 82, 85, List.of(), 82)), List.of(), List.of(), List.of());

        assertThat(EvaluateCommand.belowTargets("dev.jsonl", dev, 0.924, Map.of("specimen", 0.965)))
                .containsExactly("dev.jsonl F1 0.92391, 170 of 184 (min 0.924)", "dev.jsonl specimen accuracy 0.96471, 82 of 85 (min 0.965)");
        assertThat(EvaluateCommand.belowTargets("dev.jsonl", dev, 0.9239, Map.of("specimen", 0.9647))).isEmpty();
    }
}
