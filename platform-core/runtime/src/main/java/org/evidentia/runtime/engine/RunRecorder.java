package org.evidentia.runtime.engine;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evidentia.api.FindingKind;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.Duplicate;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.PluginSummary;
import org.evidentia.api.RunSummary.Problem;

/**
 * A writer of the host's own that records a run for later, such as the findings store or a Spark
 * task: besides every kept record (as a {@link ReportWriter}), it hears where each input ends and
 * which records the input deletes, in order with the records, and it adds its own section to run.json.
 *
 * <p>A recorder keeps versions itself, so a run with a recorder hands on every later copy of a record
 * whose id was seen before in the run, and a copy found by its DOI that has the PMID the record kept
 * lacks (other copies found by DOI or title under another id are still merged). Reporters would then
 * see a record twice: a run with a recorder has no reporters, and its reports are made from what was
 * recorded.
 *
 * <p>Threading as for {@link ReportWriter}: one call at a time, each before the next.
 */
public interface RunRecorder extends ReportWriter, RunJsonSection {

    /**
     * The run is about to read its first input; called once, before any other call.
     *
     * @throws IOException if recording cannot start; the run then stops before reading
     */
    void started(RunStart run) throws IOException;

    /**
     * An input has ended: every kept record of it was handed to {@link #record} before this call,
     * and none of a later input.
     *
     * @throws IOException if recording fails; the run then fails (at once when {@link #stopsTheRunWhenItFails})
     */
    void inputEnded(InputEnd input) throws IOException;

    /**
     * Problems this recorder finds in what the run recorded as a whole, once every input has ended and
     * before the run's summary is made (the findings store: ids of the exclusion list it keeps that
     * match no record it holds, the run's records among them). They are the run's own problems: they are
     * in its summary and run.json, and a {@code --strict} run fails on them. Called once, after the last
     * {@link #inputEnded} and before {@link #finish}.
     *
     * @return the problems, none by default; not null
     * @throws IOException if the recording cannot be read; the run then fails
     */
    default List<Problem> problemsOfTheWhole() throws IOException {
        return List.of();
    }

    /**
     * Whether the run stops as soon as this recorder fails (its {@link #record} or {@link #inputEnded}
     * throws), with {@link Failed}, instead of reading its other inputs and failing at the end: so for
     * a recorder that keeps everything the run reads (the findings store), without which reading on
     * reads and extracts the rest for nothing; a full disk met at file 300 of a baseline of 1,200 read
     * the other 900 before the run said so. The recorder is closed as the run unwinds, and says why.
     */
    default boolean stopsTheRunWhenItFails() {
        return false;
    }

    /** A run stopped because a recorder that {@link #stopsTheRunWhenItFails} failed; the cause is its failure. */
    final class Failed extends RuntimeException {

        public Failed(String recorder, Throwable cause) {
            super("recording into " + recorder + " failed: " + cause.getMessage(), cause);
        }
    }

    /**
     * What a run is, known before it reads: as its summary will say it.
     *
     * @param evidentiaVersion this Evidentia's version
     * @param runDate          the run's date
     * @param plugins          the plugins of the run's extensions, sorted by id
     * @param options          the bound options of every extension and the synthesis, as JSON values
     * @param kinds            the finding kinds of the run's extractors, in order
     * @param extractors         the names of the run's extractors, in the order of their kinds (empty when not known: a
     *                           Spark job's output names only the kinds)
     * @param optionFiles        the files the options name, each with its SHA-256 ({@link RunSummary#optionFiles()})
     * @param fingerprints       what carries the run's rules, by SHA-256 ({@link Fingerprints#NONE} when not known)
     */
    record RunStart(String evidentiaVersion, Instant runDate, List<PluginSummary> plugins, Map<String, Map<String, String>> options,
                    List<FindingKind> kinds, List<String> extractors, List<RunSummary.OptionFile> optionFiles,
                    Fingerprints fingerprints) {
        public RunStart {
            plugins = List.copyOf(plugins);
            options = Map.copyOf(options);
            kinds = List.copyOf(kinds);
            extractors = List.copyOf(extractors);
            optionFiles = List.copyOf(optionFiles);
            java.util.Objects.requireNonNull(fingerprints, "fingerprints");
            if (!extractors.isEmpty() && extractors.size() != kinds.size()) {
                throw new IllegalArgumentException(extractors.size() + " extractors for " + kinds.size() + " kinds");
            }
        }

        /** A run whose option files and fingerprints are not known (a run recorded elsewhere, imported). */
        public RunStart(String evidentiaVersion, Instant runDate, List<PluginSummary> plugins, Map<String, Map<String, String>> options,
                        List<FindingKind> kinds, List<String> extractors) {
            this(evidentiaVersion, runDate, plugins, options, kinds, extractors, List.of(), Fingerprints.NONE);
        }

        /** A run whose extractors are known only by their kinds. */
        public RunStart(String evidentiaVersion, Instant runDate, List<PluginSummary> plugins, Map<String, Map<String, String>> options,
                        List<FindingKind> kinds) {
            this(evidentiaVersion, runDate, plugins, options, kinds, List.of());
        }
    }

    /**
     * One input, as it ended.
     *
     * @param index       the input's position in the run, from 0
     * @param summary     its path as shown, SHA-256, source, records (skipped and unaccounted ones
     *                    included) and skipped records
     * @param readToEnd   false when reading stopped part-way or never started (its problem is in the run's log)
     * @param merged      copies from this input merged into a record of an earlier place in the run (by DOI or title)
     * @param unaccounted records the source counted but neither returned nor skipped
     * @param deleted     the ids the input deletes, each with the version it names (if any), in its order
     * @param problems    the problems met in this input and its records, in the order run.json lists them
     * @param notices     the run's notices so far
     * @param mergedIds   the ids of the copies counted in {@code merged}, in their order (none where they are not known): the
     *                    input holds them though they are not handed on
     * @param duplicates  the copies counted in {@code merged}, by the record each was merged into: its first origin, then
     *                    the copies' origins, as run.json's {@code duplicates} lists them (none where they are not known); a
     *                    recorder keeps them with the input, so that a run stopped after it loses none
     */
    record InputEnd(int index, InputSummary summary, boolean readToEnd, long merged, long unaccounted, List<Deletion> deleted,
                    List<Problem> problems, List<String> notices, List<String> mergedIds, List<Duplicate> duplicates) {
        public InputEnd {
            deleted = List.copyOf(deleted);
            problems = List.copyOf(problems);
            notices = List.copyOf(notices);
            mergedIds = List.copyOf(mergedIds);
            duplicates = List.copyOf(duplicates);
        }

        /** An input end whose merged copies' origins are not known. */
        public InputEnd(int index, InputSummary summary, boolean readToEnd, long merged, long unaccounted, List<Deletion> deleted,
                        List<Problem> problems, List<String> notices, List<String> mergedIds) {
            this(index, summary, readToEnd, merged, unaccounted, deleted, problems, notices, mergedIds, List.of());
        }

        /** An input end whose merged copies' ids are not known (the output of an evidentia-spark job of before 2026-12-05). */
        public InputEnd(int index, InputSummary summary, boolean readToEnd, long merged, long unaccounted, List<Deletion> deleted,
                        List<Problem> problems, List<String> notices) {
            this(index, summary, readToEnd, merged, unaccounted, deleted, problems, notices, List.of(), List.of());
        }

        /** Records of this input handed to the recorder. */
        public long kept() {
            return summary.records() - summary.skipped() - unaccounted - merged;
        }
    }
}
