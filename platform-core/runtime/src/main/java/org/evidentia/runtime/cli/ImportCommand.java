package org.evidentia.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidentia.runtime.engine.ConfigurationException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.evidentia.runtime.store.FindingsStore;
import org.evidentia.runtime.store.InputTally;
import org.evidentia.runtime.store.SparkOutputImport;
import org.evidentia.runtime.store.SparkOutputLayout;
import org.evidentia.runtime.store.StoreException;
import org.evidentia.runtime.store.StoreRecorder;
import org.evidentia.runtime.text.ConsoleText;
import org.evidentia.runtime.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.evidentia.runtime.text.ProblemLines;

/** {@code evidentia import --store FILE DIR}: applies what an evidentia-spark job wrote to a findings store. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = EvidentiaCommand.Version.class,
        description = {"Apply the output of an evidentia-spark job (docs/scale.md) to a findings store.",
                "Its inputs are applied one by one, as `evidentia run --store` would have applied them;",
                "inputs applied before are skipped by checksum."})
final class ImportCommand implements Callable<Integer>, InterruptionNotice {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "FILE", description = "The findings store (made when absent).")
    Path store;

    @Option(names = "--force", description = "Apply inputs again even when the store applied them before.")
    boolean force;

    @Option(names = "--strict", description = {"As `run --store --strict`: refuse a job run under other extractors or options than the store's"
            + " last run (nothing is applied), and fail (exit 1) when the job's inputs met problems (they stay applied)."})
    boolean strict;

    @Option(names = "--no-progress", description = "Do not print a progress line on stderr as each input is applied.")
    boolean noProgress;

    @Parameters(paramLabel = "DIR", arity = "1", description = "The job's output folder (copied to this machine).")
    Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(output)) {
            throw new ConfigurationException(Files.exists(output) ? output + " is a file, not the output folder of an evidentia-spark job"
                    : "the folder " + output + " does not exist; give the output folder of an evidentia-spark job");
        }
        if (!SparkOutputImport.isJobOutput(output)) {
            throw new ConfigurationException(SparkOutputImport.notJobOutput(output));
        }
        // A stop of Java (Ctrl-C, SIGTERM) interrupts this thread and waits for it to close the store, as in `run --store`:
        // the import's run is marked interrupted, the database closed (its log folded into the store) and the lock deleted.
        boolean made = !Files.exists(store);
        try (OrderlyStop stop = OrderlyStop.forThisThread("import");
             FindingsStore findings = FindingsStore.open(store)) {
            StoreConsole.runsTakenOver(findings.runsTakenOver(), store, err);
            AtomicReference<StoreRecorder> recording = new AtomicReference<>();
            SparkOutputImport.Outcome outcome;
            try {
                outcome = SparkOutputImport.apply(findings, output, force, strict, recorder -> {
                    recording.set(recorder);
                    stop.onStop(() -> recorder.interruptedBy(RunIntoStore.STOPPED));
                }, noProgress ? SparkOutputImport.Progress.NONE : progress(err));
            } catch (IOException | StoreException | RuntimeException e) {
                if (stop.requested() && recording.get() != null) {
                    // says so, not the read or write the interruption cut short; told here, as run --store tells it, since Java
                    // may end before the command's handler would (the review of session 33, K2: it was never told)
                    IOException stopped = RunIntoStore.stopped(recording.get(), store, made, e);
                    err.println("evidentia: " + ConsoleText.oneLine(stopped.getMessage()));
                    err.flush();
                    return ExitCode.FAILED;
                }
                throw e;
            }
            if (outcome.recorder() == null) {
                out.println("Nothing to import: the store " + store + " applied " + (outcome.appliedBefore().size() == 1 ? "the input"
                        : "all " + Plural.count(outcome.appliedBefore().size(), "input")) + " of " + output + " before (give --force to apply again).");
            } else {
                // as run --store tells them, where an import keeps them: the store's files table, and the job's files.jsonl
                String listedIn = "each in the store's files table and in " + output.resolve(SparkOutputLayout.FILES);
                InputTally tally = outcome.tally();
                ProblemLines.print(tally.problems(), listedIn, err);
                ProblemLines.print(outcome.storeProblems(), "worked out again by each import", err);
                outcome.recorder().configurationChanges().forEach(change -> err.println("warning: " + change));
                err.flush();
                StoreRecorder recorder = outcome.recorder();
                out.printf("Imported %s from %s into %s%s: %s.%n", Plural.count(recorder.filesApplied(), "input"),
                        output, store, recorder.besidesApplied(outcome.appliedBefore().size()), StoreConsole.changes(recorder.changes()));
                StoreConsole.changedRecords(recorder, "the store's changes table", out);
                for (String problemCounts : new String[] {ProblemLines.counts(tally.problems(), listedIn),
                        ProblemLines.counts(outcome.storeProblems(), "worked out again by each import")}) {
                    if (problemCounts != null) {
                        out.println(problemCounts);
                    }
                }
                // as run --store says it; an import writes no run.json, and the store's changes table lists them
                StoreConsole.laterTextsKept(recorder.laterTextsKept(), "the store's changes table lists them as"
                        + " superseded-by-later-text", out);
                StoreConsole.absentRecords(recorder, "", out);
                StoreConsole.exclusions(recorder.exclusions(), store, "as an import does", out);
            }
            StoreConsole.appliedUnderOtherNames(outcome.underOtherNames(), out);
            FindingsStore.Totals totals = findings.totals();
            out.printf("The store holds %s and %s; make the reports with `evidentia report --store %s -o DIR`.%n",
                    Plural.count(totals.records(), "record"), Plural.count(totals.findings(), "finding"), store);
            out.flush();
            if (outcome.failure() != null) {
                err.println("evidentia: the import failed: " + outcome.failure() + " (its inputs are applied; the store's runs table marks it"
                        + " failed, and the next import applies again those whose problems failed it)");
                err.flush();
                return ExitCode.FAILED;
            }
            return ExitCode.OK;
        }
    }

    /**
     * {@code progress: input 3 of 1,274 (NAME): 29,981 records read, 89,944 in all, 41 s}: one line as each input is read
     * and handed to the store's writer, as {@code run --store} prints a line per input when stderr is no terminal.
     */
    private static SparkOutputImport.Progress progress(PrintWriter err) {
        long started = System.nanoTime();
        long[] applied = {0};
        return (number, of, path, kept) -> {
            applied[0] += kept;
            err.printf(Locale.ROOT, "progress: input %,d of %,d (%s): %s read, %,d in all, %,.0f s%n", number, of, ConsoleText.oneLine(path),
                    Plural.count(kept, "record"), applied[0], (System.nanoTime() - started) / 1e9);
            err.flush();
        };
    }

    /** It writes a store, input by input, and no output folder: {@link #STORE_KEPT}. */
    @Override
    public String interruptionNotice(ParseResult asRun) {
        return STORE_KEPT;
    }
}
