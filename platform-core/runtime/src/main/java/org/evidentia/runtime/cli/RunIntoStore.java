package org.evidentia.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.FoundInputs;
import org.evidentia.runtime.engine.InputResolver;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunProgress;
import org.evidentia.runtime.engine.RunJsonSection;
import org.evidentia.runtime.engine.RunResult;
import org.evidentia.runtime.exclusion.ExclusionTally;
import org.evidentia.runtime.input.FileDigests;
import org.evidentia.runtime.input.FileStamp;
import org.evidentia.runtime.input.ShownPath;
import org.evidentia.runtime.store.ChangeCounts;
import org.evidentia.runtime.store.FindingsStore;
import org.evidentia.runtime.store.LaterTextKept;
import org.evidentia.runtime.store.SparkOutputImport;
import org.evidentia.runtime.store.SparkOutputLayout;
import org.evidentia.runtime.store.StoreException;
import org.evidentia.runtime.store.StoreRecorder;
import org.evidentia.runtime.store.StoreRunSettings;
import org.evidentia.runtime.text.Plural;

/**
 * {@code evidentia run --store FILE}: applies the inputs to a findings store, each input in one
 * transaction, skipping by checksum the inputs the store applied before (unless forced). Writes
 * run.json only: reports come from the store ({@code evidentia report --store}).
 */
final class RunIntoStore {

    /**
     * What a store run did.
     *
     * @param created whether the run made the store: it did not exist before (a mistyped name, or a
     *                scheduled job started in an unexpected folder, makes a new store, which the
     *                console names in full)
     */
    record Outcome(RunResult result, StoreRecorder recorder, List<FindingsStore.AppliedFile> skipped, List<String> skippedUnderOtherNames,
                   FindingsStore.Totals totals, boolean created) {

        /**
         * Whether the run read no input: each was applied before ({@link #skipped()} says which), or none was given (the
         * exclusion list alone).
         */
        boolean readNoInput() {
            return result.summary().inputs().isEmpty();
        }
    }

    private final RunEngine engine;

    RunIntoStore(RunEngine engine) {
        this.engine = engine;
    }

    /**
     * @param pipeline the run as given, checked by {@link #refuseWhatShapesReports}; its reporters are not run
     * @param base     the folder relative inputs are resolved against
     * @param force    apply inputs the store applied before, too
     * @param sections what was done before the run (the retrievals that made some of its inputs), for run.json
     * @param searchesByFile the search ({@code pubmed:QUERY}) each retrieved file came from, by its path: an input applied
     *                 again is known by its search
     * @param stop     the orderly stop the caller opened for this thread, which it closes once it has written what it
     *                 writes after the run (a run.json saying how it ended)
     */
    Outcome apply(Pipeline pipeline, Path base, Path storeFile, boolean force, ExtensionCatalog catalog, ProgressFactory progress,
                  List<RunJsonSection> sections, Map<String, String> searchesByFile, OrderlyStop stop)
            throws ConfigurationException, StoreException, IOException, InterruptedException,
            org.evidentia.runtime.output.OutputFolderException {
        Path store = storeFile.toAbsolutePath().normalize();
        refuseJobOutputs(pipeline, base, storeFile);
        InputResolver.PipelineFiles resolved = new InputResolver(base).resolve(pipeline);
        if (!resolved.issues().isEmpty()) {
            throw new ConfigurationException(resolved.issues());
        }
        // the run is given the files themselves, so the source a pipeline file chose for an input goes with each file it names
        Map<String, Pipeline.ChosenSource> inputSources = new LinkedHashMap<>(pipeline.inputSources());
        resolved.chosen().forEach((file, chosen) -> inputSources.putIfAbsent(file.toString(), chosen));
        String storeName = store.getFileName().toString();
        List<Path> files = new ArrayList<>();
        for (Path file : resolved.resolution().files()) {
            String name = file.getFileName().toString();
            boolean storeOwn = file.getParent() != null && file.getParent().equals(store.getParent())
                    && (name.equals(storeName) || name.startsWith(storeName + "-"));
            if (!storeOwn) {
                files.add(file); // the store's own files (review.db, review.db-wal) are never inputs
            }
        }
        // A stop of Java (Ctrl-C, SIGTERM) interrupts this thread and waits for it to close the store: the run is marked
        // interrupted, the database closed (its log folded into the store) and the lock files deleted, as at any end.
        boolean created = !Files.exists(store); // through a link: one that leads nowhere is a store made now (review 26, L9)
        try (FindingsStore findings = FindingsStore.open(store)) {
            Checksums checksums = checksums(files, findings, force);
            List<String> digests = checksums.digests();
            Map<String, FindingsStore.AppliedFile> applied = findings.appliedFiles();
            List<String> toApply = new ArrayList<>();
            Map<Path, String> toApplyDigests = new HashMap<>();
            List<Long> sizes = new ArrayList<>();
            List<FindingsStore.AppliedFile> skipped = new ArrayList<>();
            List<String> skippedUnderOtherNames = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                FindingsStore.AppliedFile before = digests.get(i) == null ? null : applied.get(digests.get(i));
                if (before != null && !force) {
                    String shown = ShownPath.of(files.get(i)); // as the engine names an input it applies
                    skipped.add(new FindingsStore.AppliedFile(shown, before.sha256(), before.runId()));
                    if (!before.wasOf(files.get(i))) { // a renamed copy: the same file typed another way is no other name
                        skippedUnderOtherNames.add(shown + " as " + before.path() + " (run " + before.runId() + ")");
                    }
                } else {
                    toApply.add(files.get(i).toString());
                    if (digests.get(i) != null) {
                        toApplyDigests.put(files.get(i), digests.get(i));
                    }
                    sizes.add(size(files.get(i)));
                }
            }
            // A run with nothing to apply still runs, with no inputs: it writes a run.json that says so (a scheduled
            // wrapper reading run.json would otherwise read the previous run's counts as today's) and enters the store's log.
            // its inputs are files found above, not the pipeline file's items: they have no line of it; and no exclusion list,
            // since every record goes into the store, which keeps the list (given to it below) and leaves them out of its reports
            Pipeline run = new Pipeline(toApply, pipeline.sources(), pipeline.extractors(), List.of(), pipeline.options(), pipeline.output(),
                    pipeline.strict(), pipeline.threads(), pipeline.runDate(), List.of(), inputSources, Collections.nCopies(toApply.size(), null),
                    pipeline.sourcesFromFile(), null);
            Map<String, String> digestsByPath = new HashMap<>();
            toApplyDigests.forEach((file, sha) -> digestsByPath.put(file.toString(), sha));
            // told beforehand, so that a forced input counts as old as its first application: its texts do not
            // replace those a later input wrote for the same version (a retraction, a correction)
            StoreRunSettings settings = StoreRunSettings.of("run").withInputs(skipped, digestsByPath)
                    .withRetrieval(searchesByFile, checksums.knownByStamp())
                    // the list given replaces the store's as the run ends; the engine keeps every record (the store's reports leave them out)
                    .withExclusions(pipeline.exclusions())
                    .withRefusedConfigurationChanges(pipeline.strict())
                    .withAppliesNothing(toApply.isEmpty());
            try (StoreRecorder recorder = findings.recorder(settings)) {
                stop.onStop(() -> recorder.interruptedBy(STOPPED));
                RunResult result;
                try {
                    // The inputs are the files found above, by absolute path. They are named from the working folder,
                    // as the store has always recorded them and knows each file by (its real path resolved from that name),
                    // and as the inputs skipped above are named; not from the pipeline file's folder, as a plain run names them.
                    result = engine.run(run, Path.of("").toAbsolutePath(), catalog.withReporters(List.of()), progress.create(sizes),
                            List.of(recorder),
                            sections, new FoundInputs(toApplyDigests, // hashed once, above
                                    resolved.resolution(), // the engine is given the files found: it tells what their walks passed over and left out
                                    skipped.size())); // applied before: a run that reads nothing new has not failed
                } catch (ConfigurationException | IOException | InterruptedException | RuntimeException e) {
                    if (stop.requested()) {
                        throw stopped(recorder, storeFile, e);
                    }
                    if (recorder.writeFailure() != null) {
                        throw writeFailed(recorder, storeFile, e); // run.json, on the same full disk, may have failed after it
                    }
                    throw e;
                }
                if (recorder.writeFailure() != null) {
                    throw writeFailed(recorder, storeFile, null);
                }
                if (result.failed()) {
                    recorder.failed(result.reason());
                }
                return new Outcome(result, recorder, skipped, skippedUnderOtherNames, findings.totals(), created);
            }
        }
    }

    /** Each input file's checksum (null for one that cannot be read), and how many were known by their stamps. */
    private record Checksums(List<String> digests, int knownByStamp) {
    }

    /**
     * Each file's checksum: the store's for a file whose stamp ({@link FileStamp}) is the one the store kept with it,
     * else the file hashed now, whose checksum the store then keeps with the stamp it had before it was hashed. A daily
     * run over a folder of update files so reads only the new ones. A forced run, which reads every input to apply it
     * again, hashes every one: the way round a file system that shows a file's old times for a while after another
     * machine wrote it (a network file system's client caching them). {@code files} name distinct files (the inputs as
     * resolved), each stamped, hashed and known by its real path, resolved once: a link changed meanwhile cannot pair one
     * file's stamp with another's checksum.
     */
    private static Checksums checksums(List<Path> files, FindingsStore findings, boolean force) throws StoreException, InterruptedException {
        Instant now = Instant.now();
        List<Path> real = files.stream().map(RunIntoStore::realPath).toList();
        Map<Path, String> stamps = FileStamp.of(real, now);
        Map<Path, String> known = force ? Map.of() : findings.digestsByStamp(stamps);
        List<Path> unknown = real.stream().filter(file -> !known.containsKey(file)).toList();
        List<String> hashed = FileDigests.sha256(unknown, Runtime.getRuntime().availableProcessors());
        Map<Path, String> byFile = new HashMap<>(known);
        Map<Path, FindingsStore.Stamped> toKeep = new LinkedHashMap<>();
        for (int i = 0; i < unknown.size(); i++) {
            Path file = unknown.get(i);
            byFile.put(file, hashed.get(i));
            if (stamps.get(file) != null && hashed.get(i) != null) {
                toKeep.put(file, new FindingsStore.Stamped(stamps.get(file), hashed.get(i)));
            }
        }
        findings.keepStamps(toKeep);
        return new Checksums(real.stream().map(byFile::get).toList(), known.size());
    }

    /** The file's real path, or the path as given when it cannot be resolved (gone: its hashing says so). */
    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file;
        }
    }

    /**
     * Refuses an input that is the output folder of an evidentia-spark job: its files are no records
     * a source reads (job.json, files.jsonl, Parquet), and {@code evidentia import} applies them.
     */
    private static void refuseJobOutputs(Pipeline pipeline, Path base, Path storeFile) throws ConfigurationException {
        List<ConfigurationException.Issue> issues = new ArrayList<>();
        for (int i = 0; i < pipeline.inputs().size(); i++) {
            String input = pipeline.inputs().get(i);
            Path folder;
            try {
                folder = base.resolve(input);
            } catch (java.nio.file.InvalidPathException e) {
                continue; // a pattern no file can be named by: the resolver tells
            }
            if (Files.isDirectory(folder) && SparkOutputImport.isJobOutput(folder)) {
                String at = pipeline.inputsAt().get(i);
                issues.add(new ConfigurationException.Issue(at, "input " + input + " is an evidentia-spark job's output (it holds "
                        + SparkOutputLayout.JOB + " and " + SparkOutputLayout.FILES + "): apply it with `evidentia import --store "
                        + shellWord(ShownPath.of(storeFile)) + " " + shellWord(ShownPath.of(folder)) + "`"));
            }
        }
        if (!issues.isEmpty()) {
            throw new ConfigurationException(issues);
        }
    }

    /** Why a run stopped by Java's stop is marked interrupted in the store's log. */
    static final String STOPPED = "stopped by a signal (Ctrl-C or kill)";

    /** The run (or import) was stopped by a signal: its store marks it interrupted as the recorder closes; says so. */
    static IOException stopped(StoreRecorder recorder, Path storeFile, Exception cause) {
        IOException closing = closeQuietly(recorder);
        IOException stopped = new java.io.InterruptedIOException("store " + storeFile + ": " + STOPPED + (recorder.endLogged()
                ? "; its run " + recorder.runId() + " is marked interrupted, and keeps every input it finished"
                : "; its run " + recorder.runId() + " could not be marked interrupted (the next run marks it), and keeps every input it finished"));
        stopped.initCause(cause);
        return withSuppressed(stopped, closing);
    }

    /**
     * Writing into the store failed part-way (a full disk, say): names the store, the input it was
     * applying, the inputs kept before it and what to do, and whether the store's log could record
     * the failure (a disk still full cannot take even that).
     */
    private static IOException writeFailed(StoreRecorder recorder, Path storeFile, Exception cause) {
        IOException closing = closeQuietly(recorder); // marks the run failed with the same words, if the store can still be written
        return withSuppressed(new IOException("store " + storeFile + ": " + recorder.writeFailure() + (recorder.endLogged() ? ""
                : "; the store's run log could not record this failure either, so it shows run " + recorder.runId()
                        + " as running until the next run marks it interrupted"), cause), closing);
    }

    /** Closes the recorder, if the run has not; what failed in closing (told by {@link StoreRecorder#endLogged()}) is returned, for --verbose. */
    private static IOException closeQuietly(StoreRecorder recorder) {
        try {
            recorder.close();
        } catch (IOException e) {
            // kept by the recorder as its endFailure
        }
        return recorder.endFailure();
    }

    private static <T extends Exception> T withSuppressed(T e, Exception suppressed) {
        if (suppressed != null) {
            e.addSuppressed(suppressed);
        }
        return e;
    }

    /**
     * Refuses what shapes reports (--focus, a reporter's options), which a run with --store makes
     * none of; before anything is searched or read.
     */
    static void refuseWhatShapesReports(Pipeline pipeline, ExtensionCatalog catalog, Path storeFile) throws ConfigurationException {
        List<ConfigurationException.Issue> issues = new ArrayList<>(); // all at once, as a pipeline file's other issues are
        if (!pipeline.focus().isEmpty()) {
            // "focus": a pipeline file's focus: is told at its line
            issues.add(new ConfigurationException.Issue("focus",
                    "a focus shapes reports, and a run with --store makes none: give the focus to `evidentia report --store`"
                            + " with its --focus"));
        }
        catalog.reporters().stream().map(r -> r.name()).filter(pipeline.options()::containsKey).forEach(name ->
                issues.add(new ConfigurationException.Issue("options." + name, "options are given for the reporter '" + name
                        + "', but a run with --store makes no reports: give them to `evidentia report --store "
                        + shellWord(storeFile.toString()) + " -o DIR`")));
        if (!issues.isEmpty()) {
            throw new ConfigurationException(issues);
        }
    }

    /**
     * What stands in the way of a store at {@code storeFile} that can be told without opening it (a
     * folder in its place, a folder that does not exist), as issues of the pipeline file's {@code store}
     * key; {@link FindingsStore#open} refuses the same when a run opens it.
     */
    static List<ConfigurationException.Issue> placeIssues(Path storeFile) {
        Path absolute = storeFile.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return List.of(new ConfigurationException.Issue("store", "store " + storeFile + " is a folder; give a file name such as review.db"));
        }
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            return List.of(new ConfigurationException.Issue("store", "store " + storeFile + ": the folder " + absolute.getParent()
                    + " does not exist"));
        }
        return List.of();
    }

    /** Makes the progress display once the sizes of the inputs to apply are known. */
    @FunctionalInterface
    interface ProgressFactory {
        RunProgress create(List<Long> sizes);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // unreadable: its run reports why
        }
    }

    /** The records shown by id on the console when a forced input left later texts standing; run.json lists them all. */
    private static final int KEPT_SHOWN = 20;

    /**
     * Says which records kept the text a later input wrote for their version against a forced older
     * input (retractions first), that this run did not re-extract them, and how to: by applying
     * again, in their order, the inputs that wrote them. Printed by {@code run --store} and {@code import}.
     *
     * @param listedIn where every one of them is listed ({@code store.later_texts_kept in run.json}), for more than are shown
     */
    static void laterTextsKept(List<LaterTextKept> kept, String listedIn, PrintWriter out) {
        if (kept.isEmpty()) {
            return;
        }
        boolean one = kept.size() == 1;
        long retracted = kept.stream().filter(LaterTextKept::retracted).count();
        List<String> shown = kept.stream().limit(KEPT_SHOWN).map(k -> k.recordId() + (k.retracted() ? " (retracted)" : "")).toList();
        List<String> writers = kept.stream().map(LaterTextKept::writtenBy).distinct().toList();
        out.printf(Locale.ROOT, "note: %s kept the text that a later input wrote for %s version, not this run's older text%s, and this run"
                        + " did not re-extract %s: %s%s. To re-extract %s, apply again with --force %s: %s (%s).%n",
                Plural.count(kept.size(), "record"), one ? "its" : "their",
                retracted == 0 ? "" : one ? " (a retraction stays)" : String.format(Locale.ROOT, " (%,d retractions stay)", retracted),
                one ? "it" : "them", String.join(", ", shown),
                kept.size() > KEPT_SHOWN ? String.format(Locale.ROOT, " and %,d more", kept.size() - KEPT_SHOWN) : "",
                one ? "it" : "them", writers.size() == 1 ? "the input that wrote " + (one ? "it" : "them")
                        : "the inputs that wrote them, in their order", String.join(", ", writers), listedIn);
    }

    /** How many ids of each change the console names; run.json's store section lists more. */
    private static final int IDS_SHOWN = 10;
    /** The renamed copies a run names on the console before it says how many more it skipped. */
    private static final int NAMES_SHOWN = 10;

    /**
     * {@code Revised: 10362196. Deleted: 8119288, 8219565.}: the records whose findings an update
     * changed or removed, which a living review's reader asks about first (review 24, M2); the records
     * added are many and listed in run.json only.
     */
    private static void changedRecords(StoreRecorder recorder, PrintWriter out) {
        StoreRecorder.ChangedIds ids = recorder.changedIds();
        ChangeCounts counts = recorder.changes();
        List<String> parts = new ArrayList<>();
        named("Revised", ids.revised(), counts.revised(), parts);
        named("Re-extracted", ids.reextracted(), counts.reextracted(), parts);
        named("Deleted", ids.deleted(), counts.deleted(), parts);
        if (!parts.isEmpty()) {
            out.println(String.join(". ", parts) + ". (run.json's store section lists them, and the records added.)");
        }
        if (counts.superseded() > 0) { // the "Found" line counted their findings, which the store did not take
            boolean one = counts.superseded() == 1;
            out.printf(Locale.ROOT, "note: %,d %s superseded (the store holds a newer version or a later text of %s, or an update"
                            + " deleted %s): %s findings above are not the store's.%n", counts.superseded(),
                    one ? "record read was" : "records read were", one ? "it" : "each", one ? "it" : "them", one ? "its" : "their");
        }
    }

    private static void named(String change, List<String> ids, long count, List<String> parts) {
        if (!ids.isEmpty()) {
            parts.add(change + ": " + String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
                    + (count > IDS_SHOWN ? String.format(Locale.ROOT, " and %,d more", count - IDS_SHOWN) : ""));
        }
    }

    /**
     * What the run did to the store's exclusion list, and what the list excludes: the list given replaced the store's
     * (with the ids added and removed), or the store's was kept; and the ids that match no record the store holds.
     */
    static void exclusions(StoreRecorder.ExclusionOutcome e, Path storeFile, String keptWhy, PrintWriter out) {
        if (e.list() == null) {
            if (e.given()) {
                out.println("The exclusion list given is empty: the store " + storeFile + " keeps no exclusion list now"
                        + (e.removed() == 0 ? "." : String.format(Locale.ROOT, " (%s taken off: %s).", Plural.count(e.removed(), "id"),
                        named(e.changes().removed()))));
            }
            return;
        }
        String excluded = e.excluded().records() == 0 ? "it excludes no record the store holds"
                : "it excludes " + Plural.count(e.excluded().records(), "record") + " of the store from its reports ("
                + ExclusionTally.byReason(e.excluded()) + ")";
        if (e.given()) {
            out.printf(Locale.ROOT, "Exclusion list %s is the store's now (%s: %,d added, %,d taken off, %,d with another reason); %s.%n",
                    e.list().file(), Plural.count(e.list().exclusions().size(), "id"), e.added(), e.removed(), e.reasonChanged(), excluded);
        } else {
            out.printf(Locale.ROOT, "The store keeps its exclusion list (%s of %s, set by run %d), %s; %s.%n",
                    Plural.count(e.list().exclusions().size(), "id"), e.list().file(), e.setByRun(), keptWhy, excluded);
        }
    }

    /**
     * The records the store holds from earlier applications of an input applied again that it no longer holds, one note
     * per input ({@code listedIn}: where all of them are listed). Printed by {@code run --store} and {@code import}.
     */
    static void absentRecords(StoreRecorder recorder, String listedIn, PrintWriter out) {
        recorder.absentRecords().forEach(absent -> out.println("note: " + absent.notice() + listedIn));
        if (recorder.absentRecordsUnknown() != null) {
            out.println("note: " + recorder.absentRecordsUnknown());
        }
    }

    private static String named(List<org.evidentia.runtime.exclusion.ExclusionList.Exclusion> exclusions) {
        return String.join(", ", exclusions.stream().limit(IDS_SHOWN).map(x -> x.id().value()).toList())
                + (exclusions.size() > IDS_SHOWN ? String.format(Locale.ROOT, " and %,d more", exclusions.size() - IDS_SHOWN) : "");
    }

    /** {@code word} as a shell reads it back: as it is when it holds nothing the shell treats specially, else in single quotes. */
    static String shellWord(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "_./:@%+=,-".indexOf(c) >= 0))) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** {@code 1 added, 2 revised, ..., 2 deleted (1 deletion matched no record)}: what a store run or an import changed. */
    static String changes(ChangeCounts c) {
        return String.format(Locale.ROOT, "%,d added, %,d revised, %,d re-extracted, %,d unchanged, %,d superseded, %s, %,d deleted"
                        + " (%s matched no record)", c.added(), c.revised(), c.reextracted(), c.unchanged(), c.superseded(),
                Plural.count(c.duplicate(), "duplicate"), c.deleted(), Plural.count(c.deletionsUnmatched(), "deletion"));
    }

    /** One line for the console: what the run did to the store. */
    static void print(Outcome outcome, Path storeFile, PrintWriter out) {
        if (outcome.created()) {
            out.println("Made a new findings store, " + storeFile.toAbsolutePath().normalize() + ".");
        }
        if (outcome.readNoInput()) {
            out.println(outcome.skipped().isEmpty() ? "Store " + storeFile + ": no input given; the run applies the exclusion list alone."
                    : "Nothing to apply: the store " + storeFile + " applied " + (outcome.skipped().size() == 1 ? "this input" : "all "
                            + outcome.skipped().size() + " inputs") + " before (give --force to apply again).");
        } else {
            StoreRecorder recorder = outcome.recorder();
            out.printf(Locale.ROOT, "Store %s: %s applied%s; %s.%n", storeFile, Plural.count(recorder.filesApplied(), "input"),
                    recorder.besidesApplied(outcome.skipped().size()), changes(recorder.changes()));
            changedRecords(recorder, out);
        }
        List<String> renamed = outcome.skippedUnderOtherNames();
        if (!renamed.isEmpty()) {
            out.println("note: applied before under another name: " + String.join(", ", renamed.stream().limit(NAMES_SHOWN).toList())
                    + (renamed.size() > NAMES_SHOWN ? String.format(Locale.ROOT, " and %,d more", renamed.size() - NAMES_SHOWN) : "") + ".");
        }
        laterTextsKept(outcome.recorder().laterTextsKept(), "store.later_texts_kept in run.json", out);
        absentRecords(outcome.recorder(), " (store.absent_records in run.json)", out);
        // the ids that match no record are among the run's problems (StoreRecorder.problemsOfTheWhole), told with them
        exclusions(outcome.recorder().exclusions(), storeFile, "as no --exclude was given", out);
        out.printf("The store holds %s and %s; make the reports with `evidentia report --store %s -o DIR`.%n",
                Plural.count(outcome.totals().records(), "record"), Plural.count(outcome.totals().findings(), "finding"),
                shellWord(storeFile.toString()));
        out.flush();
    }
}
