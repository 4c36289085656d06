package org.evidentia.runtime.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.evidentia.runtime.input.FileDigests;
import org.evidentia.runtime.input.FileStamp;
import org.evidentia.runtime.input.ShownPath;
import org.evidentia.runtime.store.FindingsStore;
import org.evidentia.runtime.store.SparkOutputImport;
import org.evidentia.runtime.store.SparkOutputLayout;
import org.evidentia.runtime.store.StoreException;
import org.evidentia.runtime.store.StoreRecorder;
import org.evidentia.runtime.store.StoreRunSettings;
import org.evidentia.runtime.text.ShellWord;

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
     *                console names in full), or was an empty file
     * @param wasEmpty whether the store made was an empty file before, which a store cut to nothing (a full disk, a bad
     *                 copy) is too: the console says so (an explorer's s21, D13: a new store was made in it without a word)
     * @param runsTakenOver the store's runs that never closed it (killed), which this run marked interrupted
     */
    record Outcome(RunResult result, StoreRecorder recorder, List<FindingsStore.AppliedFile> appliedBefore, List<String> appliedUnderOtherNames,
                   FindingsStore.Totals totals, boolean created, boolean wasEmpty, List<FindingsStore.TakenOverRun> runsTakenOver) {

        /**
         * Whether the run read no input: each was applied before ({@link #appliedBefore()} says which), or none was given (the
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
     * @param emptySearches the searches that found no record (no file): the store's records from them are not in them now
     * @param stop     the orderly stop the caller opened for this thread, which it closes once it has written what it
     *                 writes after the run (a run.json saying how it ended)
     */
    Outcome apply(Pipeline pipeline, Path base, Path storeFile, boolean force, ExtensionCatalog catalog, ProgressFactory progress,
                  List<RunJsonSection> sections, Map<String, String> searchesByFile, List<String> emptySearches, OrderlyStop stop)
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
        List<Path> files = withoutTheStoresOwn(resolved.resolution().files(), store);
        // A stop of Java (Ctrl-C, SIGTERM) interrupts this thread and waits for it to close the store: the run is marked
        // interrupted, the database closed (its log folded into the store) and the lock files deleted, as at any end.
        boolean wasEmpty = emptyFile(store);
        if (wasEmpty && pipeline.strict()) {
            // the one case a scheduled job must stop at: a store cut to nothing was made anew, its records gone, with exit 0 and a
            // line on stdout, and the next report --strict published the few records applied since (the review of session 25, L11)
            throw new ConfigurationException("store " + store + " is an empty file (0 bytes): with --strict a run does not make a new"
                    + " store in it; if it held a store (a full disk, a bad copy), restore it from a backup; to start a new one, delete the"
                    + " empty file");
        }
        boolean created = !Files.exists(store) || wasEmpty; // through a link: one that leads nowhere is a store made now (review 26, L9)
        try (FindingsStore findings = FindingsStore.open(store)) {
            Checksums checksums;
            try {
                checksums = checksums(files, findings, force);
            } catch (InterruptedException e) {
                if (!stop.requested()) {
                    throw e;
                }
                // the checksums of a baseline's 1,200 files take a while, and a stop there printed a bare
                // java.lang.InterruptedException (the review of session 32, L4)
                java.io.InterruptedIOException stopped = new java.io.InterruptedIOException("store " + storeFile + ": " + STOPPED
                        + " while it computed the checksums of its inputs, before it applied any: " + (created
                        ? "no store was made" : "the store is as it was") + "; run the same command again");
                stopped.initCause(e);
                throw stopped;
            }
            Partition inputs = partition(files, checksums.digests(), findings.appliedFiles(), force);
            List<String> toApply = inputs.toApply().stream().map(Path::toString).toList();
                        Map<Path, String> toApplyDigests = inputs.toApplyDigests();
            List<Long> sizes = inputs.toApply().stream().map(RunIntoStore::size).toList();
            // A run with nothing to apply still runs, with no inputs: it writes a run.json that says so (a scheduled
            // wrapper reading run.json would otherwise read the previous run's counts as today's) and enters the store's log.
            // its inputs are files found above, not the pipeline file's items: they have no line of it; and no exclusion list,
            // since every record goes into the store, which keeps the list (given to it below) and leaves them out of its reports
            Pipeline run = pipeline.withInputs(toApply, Collections.nCopies(toApply.size(), null), inputSources, pipeline.options())
                    .withoutExclusions().withoutReports();
            Map<String, String> digestsByPath = new HashMap<>();
            toApplyDigests.forEach((file, sha) -> digestsByPath.put(file.toString(), sha));
            // told beforehand, so that a forced input counts as old as its first application: its texts do not
            // replace those a later input wrote for the same version (a retraction, a correction)
            StoreRunSettings settings = StoreRunSettings.of("run").withInputs(inputs.appliedBefore(), digestsByPath)
                    .withRetrieval(searchesByFile, emptySearches, checksums.knownByStamp())
                    // the list given replaces the store's as the run ends; the engine keeps every record (the store's reports leave them out)
                    .withExclusions(pipeline.exclusions())
                    .withRefusedConfigurationChanges(pipeline.strict())
                    .withAppliesNothing(toApply.isEmpty())
                    .withForce(force);
            try (StoreRecorder recorder = findings.recorder(settings)) {
                stop.onStop(() -> recorder.interruptedBy(STOPPED));
                RunResult result;
                try {
                    // The inputs are the files found above, by absolute path. They are named from the working folder,
                    // as the store has always recorded them and knows each file by (its real path resolved from that name),
                    // and as the inputs applied before are named; not from the pipeline file's folder, as a plain run names them.
                    result = engine.run(run, Path.of("").toAbsolutePath(), catalog.withReporters(List.of()), progress.create(sizes),
                            List.of(recorder),
                            sections, new FoundInputs(toApplyDigests, // hashed once, above
                                    resolved.resolution(), // the engine is given the files found: it tells what their walks passed over and left out
                                    inputs.appliedBefore().size())); // applied before: a run that reads nothing new has not failed
                } catch (ConfigurationException | IOException | InterruptedException | RuntimeException e) {
                    if (stop.requested()) {
                        throw stopped(recorder, storeFile, created, e);
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
                return new Outcome(result, recorder, inputs.appliedBefore(), inputs.underOtherNames(), findings.totals(), created, wasEmpty,
                        findings.runsTakenOver());
            }
        }
    }

    /** {@code files} but the store's own ({@code review.db}, {@code review.db-wal}), which are never inputs. */
    private static List<Path> withoutTheStoresOwn(List<Path> files, Path store) {
        String storeName = store.getFileName().toString();
        List<Path> inputs = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean storeOwn = file.getParent() != null && file.getParent().equals(store.getParent())
                    && (name.equals(storeName) || name.startsWith(storeName + "-"));
            if (!storeOwn) {
                inputs.add(file);
            }
        }
        return inputs;
    }

    /**
     * The inputs of a run split by what the store applied before.
     *
     * @param toApply         the files to apply, in the run's order
     * @param toApplyDigests  their checksums, where they could be read
     * @param appliedBefore   the files left out, applied before, each named as the engine names an input it applies
     * @param underOtherNames of those, the copies applied under another name: {@code renamed.xml as a.xml (run 1)}
     */
    private record Partition(List<Path> toApply, Map<Path, String> toApplyDigests, List<FindingsStore.AppliedFile> appliedBefore,
                             List<String> underOtherNames) {
    }

    /** Splits {@code files} (with their checksums, null where unreadable) by what the store {@code applied} before; none with {@code force}. */
    private static Partition partition(List<Path> files, List<String> digests, Map<String, FindingsStore.AppliedFile> applied, boolean force) {
        List<Path> toApply = new ArrayList<>();
        Map<Path, String> toApplyDigests = new HashMap<>();
        List<FindingsStore.AppliedFile> appliedBefore = new ArrayList<>();
        List<String> underOtherNames = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FindingsStore.AppliedFile before = digests.get(i) == null ? null : applied.get(digests.get(i));
            if (before != null && !force) {
                String shown = ShownPath.of(files.get(i));
                appliedBefore.add(new FindingsStore.AppliedFile(shown, before.sha256(), before.runId()));
                if (!before.wasOf(shown, files.get(i).toString())) { // a renamed copy
                    underOtherNames.add(shown + " as " + before.path() + " (run " + before.runId() + ")");
                }
            } else {
                toApply.add(files.get(i));
                if (digests.get(i) != null) {
                    toApplyDigests.put(files.get(i), digests.get(i));
                }
            }
        }
        return new Partition(toApply, toApplyDigests, appliedBefore, underOtherNames);
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
                        + ShellWord.of(ShownPath.of(storeFile)) + " " + ShellWord.of(ShownPath.of(folder)) + "`"));
            }
        }
        if (!issues.isEmpty()) {
            throw new ConfigurationException(issues);
        }
    }

    /** Why a run stopped by Java's stop is marked interrupted in the store's log. */
    static final String STOPPED = "stopped by a signal (Ctrl-C or kill)";

    /**
     * The run (or import) was stopped by a signal: its store marks it interrupted as the recorder closes; says so, and that the
     * store is new when {@code made} (the line that announces a new store is printed at a run's end, which a stopped run never
     * reaches: the review of session 30, L4).
     */
    static IOException stopped(StoreRecorder recorder, Path storeFile, boolean made, Exception cause) {
        // how far it got, as the store's run log says it: the console and run.json said only "keeps every input it finished",
        // and the operator opened SQLite to learn that 4 of 10 were in (the review of session 28, K3)
        String where = recorder.whereStopped();
        IOException closing = closeQuietly(recorder);
        IOException stopped = new java.io.InterruptedIOException("store " + storeFile + (made ? " (made by this run)" : "") + ": " + STOPPED
                + " " + where + (recorder.endLogged()
                ? "; its run " + recorder.runId() + " is marked interrupted"
                : "; its run " + recorder.runId() + " could not be marked interrupted (the next run marks it)")
                + "; the same command without --force goes on from there");
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
                        + ShellWord.of(storeFile.toString()) + " -o DIR`")));
        if (!issues.isEmpty()) {
            throw new ConfigurationException(issues);
        }
    }

    /**
     * Where a store run writes its run.json unless told: beside the store ({@code review.db}:
     * {@code review-run/}), so that applying an update never replaces the report of an earlier
     * plain run in {@code ./evidentia-out}.
     */
    static String defaultOutput(Path store) {
        String name = store.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return store.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-run").toString();
    }

    /**
     * A store run's folder that holds outputs other than a run.json (a published report: a plain run's or a report's), which the
     * run, writing its run.json alone, would replace whole: the report went without a word (the review of session 25, L8: a
     * pipeline file's {@code output: review/} kept when {@code store:} was added); as an issue of the {@code output} key, which
     * {@code run} refuses and {@code validate} tells (it called such a pipeline valid: the code review of session 26, C1).
     */
    static List<ConfigurationException.Issue> folderOfReportsIssues(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> others;
        try (var entries = Files.list(folder)) {
            others = entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.equals("run.json")).sorted().toList();
        } catch (IOException e) {
            return List.of(new ConfigurationException.Issue("output", "output folder " + folder + " cannot be read: " + e.getMessage()));
        }
        if (others.isEmpty()) {
            return List.of();
        }
        return List.of(new ConfigurationException.Issue("output", "output folder " + folder + " holds "
                + String.join(", ", others.subList(0, Math.min(5, others.size()))) + (others.size() > 5 ? " and " + (others.size() - 5) + " more" : "")
                + ", which a run with --store, writing its run.json alone, would delete: give it a folder of its own with -o (by default"
                + " the store's NAME-run folder beside it), and make the reports with `evidentia report --store`"));
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
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return List.of(new ConfigurationException.Issue("store", "store " + storeFile + ": " + (Files.exists(parent)
                    ? parent + " is a file, not a folder" : "the folder " + parent + " does not exist")));
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

    private static boolean emptyFile(Path store) {
        try {
            return Files.isRegularFile(store) && Files.size(store) == 0;
        } catch (IOException e) {
            return false; // opening it tells why
        }
    }
}
