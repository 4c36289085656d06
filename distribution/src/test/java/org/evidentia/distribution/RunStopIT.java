package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain run stopped by SIGTERM, through the built distribution with its bundled plugins: it unwinds
 * before Java ends, so the sources' streams and the reporters' writers are closed as their contracts
 * say, and the output folder keeps the previous run's files with nothing of the stopped run beside it.
 */
class RunStopIT {

    @TempDir
    Path work;

    private final Distribution dist = Distribution.built();

    /** An invented MEDLINE export of {@code count} short records, each with a finding. */
    private Path export(String name, int count) throws Exception {
        Path file = work.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                out.write("PMID- " + (40000000 + i) + "\nTI  - Cytokines in invented cohort number " + i + ".\n"
                        + "AB  - Serum IL-6 was higher in patients with sepsis than in healthy controls.\nDP  - 2020\n\n");
            }
        }
        return file;
    }

    private List<String> beside() throws Exception {
        try (Stream<Path> files = Files.list(work)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    /**
     * An explorer's F12: a plain run stopped by `kill` closed neither its sources' streams nor its reporters' writers
     * (ReportWriter.close is "always called, last"), and left {@code .out.work/} and {@code .out.lock} beside the output.
     */
    @Test
    void sigtermUnwindsTheRunAndLeavesThePreviousOutputsAndNothingBesideThem() throws Exception {
        Distribution.Result yesterday = dist.run(work, "run", "-o", "out", "--no-progress", "-r", "findings-jsonl", export("small.nbib", 3).toString());
        assertThat(yesterday.exitCode()).as(yesterday.toString()).isZero();
        String findings = Files.readString(work.resolve("out/findings.jsonl"));
        Path big = export("big.nbib", 400_000);
        Path log = work.resolve("stopped.log");

        Process run = dist.start(work, log, "run", "-o", "out", "--no-progress", "--threads", "2", big.toString());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (run.isAlive() && System.nanoTime() < deadline && !Files.isDirectory(work.resolve(".out.work"))) {
            Thread.sleep(20);
        }
        assertThat(work.resolve(".out.work")).as("the run began its output: %s", Files.readString(log)).isDirectory();
        Thread.sleep(1_000); // well into reading and reporting
        assertThat(run.isAlive()).as("still going: %s", Files.readString(log)).isTrue();
        run.destroy();
        assertThat(run.waitFor(1, TimeUnit.MINUTES)).as("stopped within a minute").isTrue();
        String console = Files.readString(log);

        assertThat(run.exitValue()).as(console).isEqualTo(143);
        assertThat(console).contains("evidentia: interrupted before the end").doesNotContain("Exception", "the run failed");
        assertThat(beside()).as(console).isEmpty();
        assertThat(Files.readString(work.resolve("out/findings.jsonl"))).isEqualTo(findings);
    }
}
