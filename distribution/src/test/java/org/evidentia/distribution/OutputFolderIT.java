package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run owns its output folder: its files appear together or not at all, even when the process is
 * killed at any moment, and a second run on the same folder is refused while the first holds it.
 * Runs over a corpus large enough to span many extraction batches also show that outputs do not
 * depend on the number of threads, run in separate processes.
 */
class OutputFolderIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OUTPUTS = List.of("findings.jsonl", "review-table.csv", "studies.csv", "report.html", "run.json");

    @TempDir
    static Path work;

    private static Path corpus;
    private final Distribution dist = Distribution.built();

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = Corpus.medline(work.resolve("corpus.nbib"), 8_000);
    }

    /** An explorer's s22, L5: a living review's report.html went without a word when its reporter's plugin was disabled. */
    @Test
    void aRunThatDoesNotWriteFilesThePreviousRunWroteNamesThem() throws Exception {
        Path out = work.resolve("narrowed");
        Distribution.Result all = dist.run(work, "run", "--no-progress", "-o", out.toString(), dist.examples());
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(out.resolve("report.html")).exists();

        Distribution.Result narrowed = dist.run(work, "run", "--no-progress", "-r", "findings-jsonl", "-r", "html-summary", "-o",
                out.toString(), dist.examples());

        assertThat(narrowed.exitCode()).as(narrowed.toString()).isZero();
        assertThat(narrowed.stderr()).contains("note: the output folder's previous outputs held findings.bioc.xml, review-table.csv,"
                + " review-tables-about.md, studies.csv, synthesis.csv and 1 more, which this run did not write: they are deleted with the previous outputs");
        assertThat(Files.readString(out.resolve("run.json"))).contains("the output folder's previous outputs held findings.bioc.xml");
        Distribution.Result again = dist.run(work, "run", "--no-progress", "-r", "findings-jsonl", "-r", "html-summary", "-o",
                out.toString(), dist.examples());
        assertThat(again.stderr()).as("the same outputs again").doesNotContain("previous outputs held");
    }

    @Test
    void aRunKilledAtAnyMomentLeavesThePreviousOutputsWholeAndNeverAMixOfTwoRuns() throws Exception {
        Path out = work.resolve("killed");
        Distribution.Result first = dist.run(work, "run", "--no-progress", "--run-date", "2026-01-01", "-o", out.toString(),
                corpus.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Map<String, byte[]> previous = contents(out);
        assertThat(previous.keySet()).containsAll(OUTPUTS);

        int replaced = 0;
        for (long delayMillis : List.of(200L, 700L, 1200L, 1800L, 2500L, 3500L, 5000L)) {
            Process run = dist.start(work, "run", "--no-progress", "--run-date", "2026-02-02", "-o", out.toString(), corpus.toString());
            boolean finished = run.waitFor(delayMillis, TimeUnit.MILLISECONDS);
            if (!finished) {
                run.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up
                run.waitFor(1, TimeUnit.MINUTES);
            }
            if (!Files.exists(out)) {
                continue; // killed between its two renames: nothing shows until the next run puts the previous outputs back
            }
            Map<String, byte[]> now = contents(out);
            JsonNode runJson = JSON.readTree(now.get("run.json"));
            if (runJson.get("run_date").asText().startsWith("2026-01-01")) {
                assertThat(now.keySet()).as("after a kill at %d ms", delayMillis).isEqualTo(previous.keySet());
                for (String file : previous.keySet()) {
                    assertThat(now.get(file)).as("%s after a kill at %d ms", file, delayMillis).isEqualTo(previous.get(file));
                }
            } else {
                replaced++;
                assertThat(runJson.get("run_date").asText()).startsWith("2026-02-02");
                assertThat(runJson.get("status").asText()).isEqualTo("ok");
                assertThat(now.keySet()).isEqualTo(previous.keySet());
                assertThat(new String(now.get("findings.jsonl")).lines().count()).isEqualTo(runJson.at("/counts/findings").asLong());
                previous = now;
            }
        }
        // the folder stays usable: the next run finishes and replaces it whole
        Distribution.Result last = dist.run(work, "run", "--no-progress", "--run-date", "2026-03-03", "-o", out.toString(),
                corpus.toString());
        assertThat(last.exitCode()).as(last.toString()).isZero();
        assertThat(JSON.readTree(out.resolve("run.json").toFile()).get("run_date").asText()).startsWith("2026-03-03");
        try (Stream<Path> beside = Files.list(work)) {
            assertThat(beside.map(p -> p.getFileName().toString())).doesNotContain(".killed.work");
        }
        assertThat(replaced).as("at least one kill came before its run finished").isLessThan(7);
    }

    /** Stopped by kill (SIGTERM; Ctrl-C's SIGINT shuts Java down the same way), a run ended without a word. */
    @Test
    void aRunStoppedByKillOrCtrlCSaysSoAndLeavesThePreviousOutputs() throws Exception {
        Path out = work.resolve("stopped");
        Distribution.Result first = dist.run(work, "run", "--no-progress", "--run-date", "2026-01-01", "-o", out.toString(),
                corpus.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Map<String, byte[]> previous = contents(out);
        Path log = work.resolve("stopped.log");

        Process run = dist.start(work, log, "run", "--no-progress", "--run-date", "2026-02-02", "-o", out.toString(), corpus.toString());
        long waited = 0;
        while (!Files.exists(work.resolve(".stopped.work/staging")) && waited < 20_000) {
            Thread.sleep(20); // the run is under way once it stages its files
            waited += 20;
        }
        run.destroy();

        assertThat(run.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(run.exitValue()).isEqualTo(143);
        assertThat(Files.readString(log)).contains("evidentia: interrupted before the end: an output folder keeps the previous run's files");
        Map<String, byte[]> now = contents(out);
        assertThat(now.keySet()).isEqualTo(previous.keySet());
        for (String file : previous.keySet()) {
            assertThat(now.get(file)).as(file).isEqualTo(previous.get(file));
        }
        Distribution.Result finished = dist.run(work, "run", "--no-progress", "--run-date", "2026-02-02", "-o", out.toString(),
                corpus.toString());
        assertThat(finished.stderr()).as("a run that ends says nothing of an interruption").doesNotContain("interrupted");
    }

    /**
     * A command that writes no output folder and no store, stopped the same way, says no word of them.
     * Its scratch folder goes to a temporary folder of the test's own, to see that the stop deletes it.
     */
    @Test
    void aBenchStoppedByKillOrCtrlCSaysJustInterruptedAndDeletesItsScratchFolder() throws Exception {
        // stopped at three moments of a pass: before the bench stopped its own thread first, about one stop in three
        // left the scratch folder (its hook deleted it while a pass still wrote, and the next pass made it again)
        for (int delayMillis : new int[] {0, 350, 700}) {
            Path log = work.resolve("bench-stopped-" + delayMillis + ".log");
            Path temporary = Files.createDirectories(work.resolve("bench-tmp-" + delayMillis));
            Process bench = dist.start(work, log, Map.of("JAVA_OPTS", "-Djava.io.tmpdir=" + temporary), "bench",
                    "--repeat", "5", corpus.toString());
            long waited = 0;
            while (!Files.readString(log).contains("bench: ") && bench.isAlive() && waited < 60_000) {
                Thread.sleep(20); // under way once its first pass is timed
                waited += 20;
            }
            Thread.sleep(delayMillis);
            assertThat(bench.isAlive()).as(Files.readString(log)).isTrue();
            assertThat(benchScratchFolders(temporary)).as("the bench works in a scratch folder").hasSize(1);
            bench.destroy();

            assertThat(bench.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(bench.exitValue()).isEqualTo(143);
            assertThat(Files.readString(log).lines().filter(line -> !line.startsWith("bench: ")))
                    .as("stopped %d ms after its first pass", delayMillis).containsExactly("evidentia: interrupted");
            assertThat(benchScratchFolders(temporary)).as("deleted as the bench stops, %d ms after its first pass", delayMillis)
                    .isEmpty();
        }
    }

    private static List<String> benchScratchFolders(Path temporary) throws Exception {
        try (Stream<Path> files = Files.list(temporary)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("evidentia-bench")).toList();
        }
    }

    @Test
    void aSecondRunOnAFolderInUseIsRefusedPlainlyAndTheFirstFinishes() throws Exception {
        Path out = work.resolve("busy");
        Process first = dist.start(work, "run", "--no-progress", "-o", out.toString(), corpus.toString());
        Path lock = work.resolve(".busy.lock");
        long waited = 0;
        while (!Files.exists(work.resolve(".busy.work")) && waited < 20_000) {
            Thread.sleep(50); // the first run holds the folder once its work folder exists
            waited += 50;
        }
        assertThat(lock).exists();

        Distribution.Result second = dist.run(work, "run", "--no-progress", "-o", out.toString(), corpus.toString());

        assertThat(second.exitCode()).as(second.toString()).isEqualTo(2);
        assertThat(second.stderr().strip()).isEqualTo("evidentia: output folder " + out
                + " is in use by another Evidentia run; wait for it to finish or give another folder with -o");
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        assertThat(lock).as("deleted by the run that held it").doesNotExist();
    }

    @Test
    void outputsDoNotDependOnTheNumberOfThreadsOverManyBatchesInSeparateProcesses() throws Exception {
        Distribution.Result one = dist.run(work, "run", "--no-progress", "--threads", "1", "--run-date", "2026-01-31",
                "-o", "one-thread", corpus.toString());
        Distribution.Result two = dist.run(work, "run", "--no-progress", "--threads", "2", "--run-date", "2026-01-31",
                "-o", "two-threads", corpus.toString());
        Distribution.Result four = dist.run(work, "run", "--no-progress", "--threads", "4", "--run-date", "2026-01-31",
                "-o", "four-threads", corpus.toString());
        assertThat(one.exitCode()).as(one.toString()).isZero();
        assertThat(two.exitCode()).as(two.toString()).isZero();
        assertThat(four.exitCode()).as(four.toString()).isZero();

        JsonNode counts = JSON.readTree(work.resolve("one-thread/run.json").toFile()).get("counts");
        assertThat(counts.get("records_kept").asLong()).isEqualTo(8_000); // 125 batches of 64
        assertThat(counts.get("findings").asLong()).isGreaterThan(6_000);
        for (String file : List.of("findings.jsonl", "review-table.csv", "studies.csv", "report.html")) {
            byte[] expected = Files.readAllBytes(work.resolve("one-thread").resolve(file));
            assertThat(Files.readAllBytes(work.resolve("two-threads").resolve(file))).as(file).isEqualTo(expected);
            assertThat(Files.readAllBytes(work.resolve("four-threads").resolve(file))).as(file).isEqualTo(expected);
        }
    }

    @Test
    void foreignFolderHoldingARunJsonIsRefusedThroughOAndThroughAPipelineFileAndKeepsItsFiles() throws Exception {
        Path one = Files.writeString(work.resolve("one.nbib"),
                "PMID- 90000001\nTI  - t\nAB  - Serum IL-6 was increased in patients with fibromyalgia.\n");
        Path project = Files.createDirectories(work.resolve("proj"));
        Files.writeString(project.resolve("run.json"), "{\"name\":\"another tool\"}\n");
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/thesis.docx"), "thesis draft");

        Distribution.Result byOption = dist.run(work, "run", "--no-progress", "-o", project.toString(), one.toString());

        assertThat(byOption.exitCode()).as(byOption.toString()).isEqualTo(2);
        assertThat(byOption.stderr().strip()).isEqualTo("evidentia: output folder " + project + " holds files that Evidentia did not"
                + " write (e.g. data/); a run replaces its output folder's whole content, so give a new or empty folder with -o");

        Path shared = Files.createDirectories(work.resolve("shared"));
        Files.copy(one, shared.resolve("one.nbib"));
        Files.writeString(shared.resolve("shared-pipeline.yaml"), "inputs: [one.nbib]\noutput: ../proj\n");
        Files.delete(project.resolve("data/thesis.docx"));
        Files.delete(project.resolve("data"));

        Distribution.Result byPipeline = dist.run(shared, "run", "shared-pipeline.yaml", "--no-progress");

        assertThat(byPipeline.exitCode()).as(byPipeline.toString()).isEqualTo(2);
        assertThat(byPipeline.stderr()).contains("output folder ").contains("proj holds a run.json that is not Evidentia's run record"
                + " (it does not begin with evidentia_version)");
        assertThat(project.resolve("run.json")).hasContent("{\"name\":\"another tool\"}");
        try (Stream<Path> beside = Files.list(work)) {
            assertThat(beside.map(p -> p.getFileName().toString())).as("nothing left beside the refused folder")
                    .doesNotContain(".proj.work", ".proj.lock");
        }
    }

    @Test
    void foreignLockLinkIsNeitherFollowedNorReplaced() throws Exception {
        Path one = work.resolve("lock-one.nbib");
        Files.writeString(one, "PMID- 90000001\nTI  - t\nAB  - Serum IL-6 was increased in patients with fibromyalgia.\n");
        Path victim = Files.createDirectories(work.resolve("victim"));
        Path planted = Files.createSymbolicLink(work.resolve(".o2.lock"), victim.resolve("created-by-lock"));

        Distribution.Result run = dist.run(work, "run", "--no-progress", "-o", work.resolve("o2").toString(), one.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("the lock file " + planted + " of output folder " + work.resolve("o2") + " is a symbolic link");
        assertThat(victim.resolve("created-by-lock")).doesNotExist();
        assertThat(Files.isSymbolicLink(planted)).isTrue();
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
