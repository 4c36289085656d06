package org.evidentia.runtime.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.OutputFolder;
import org.evidentia.api.ReportContext;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.SourceContext;
import org.evidentia.api.StudyDesign;

/**
 * The context one extension sees in one run: its bound options, the run's problem log and, for
 * reporters, the output folder.
 */
public final class ExtensionRunContext implements SourceContext, ReportContext {

    private final String extension;
    private final Record options;
    private final ProblemLog log;
    private final OutputFolder output;
    private final Path scratch;
    private final List<FindingKind> kinds;
    private final Predicate<StudyDesign> votes;
    private final boolean wantsMetadata;
    private volatile long inputHolds = -1;
    /** In order; a list that names an id twice at one version deletes it once (the review of session 19, N1: the second was "unmatched"). */
    private final java.util.Set<Deletion> deleted = new java.util.LinkedHashSet<>(0);
    private volatile boolean deletionsLost;

    /**
     * A source's or extractor's context.
     *
     * @param extension the extension's name
     * @param options   its bound options
     * @param log       where problems go
     */
    public ExtensionRunContext(String extension, Record options, ProblemLog log) {
        this(extension, options, log, true);
    }

    /**
     * A source's context in a run that may not read records' metadata.
     *
     * @param wantsMetadata whether anything in the run reads records' metadata ({@link #wantsMetadata()})
     */
    public ExtensionRunContext(String extension, Record options, ProblemLog log, boolean wantsMetadata) {
        this(extension, options, log, null, null, List.of(), null, wantsMetadata);
    }

    /**
     * A reporter's context.
     *
     * @param output  the reporter's view of the output folder
     * @param scratch the reporter's scratch folder
     * @param kinds   the finding kinds of the run's extractors
     * @param votes   which studies vote in the run's synthesis
     */
    public ExtensionRunContext(String extension, Record options, ProblemLog log, OutputFolder output, Path scratch,
                               List<FindingKind> kinds, Predicate<StudyDesign> votes) {
        this(extension, options, log, output, scratch, kinds, Objects.requireNonNull(votes, "votes"), true);
    }

    private ExtensionRunContext(String extension, Record options, ProblemLog log, OutputFolder output, Path scratch,
                                List<FindingKind> kinds, Predicate<StudyDesign> votes, boolean wantsMetadata) {
        this.wantsMetadata = wantsMetadata;
        this.extension = Objects.requireNonNull(extension);
        this.options = Objects.requireNonNull(options);
        this.log = Objects.requireNonNull(log);
        this.output = output;
        this.scratch = scratch;
        this.kinds = List.copyOf(kinds);
        this.votes = votes;
    }

    @Override
    public <T extends Record> T options(Class<T> type) {
        if (!type.isInstance(options)) {
            throw new IllegalArgumentException(extension + " has options of type " + options.getClass().getName()
                    + ", not " + type.getName());
        }
        return type.cast(options);
    }

    @Override
    public void skipped(Origin where, String reason) {
        told("skipped", where, reason);
        log.add(new Problem(Problem.Kind.SKIPPED_RECORD, extension, where.file(), where.recordNumber(), where.line(), null, reason));
    }

    @Override
    public void warning(Origin where, String message) {
        told("warning", where, message);
        log.add(new Problem(Problem.Kind.WARNING, extension, where.file(), where.recordNumber(), where.line(), null, message));
    }

    /**
     * Refuses a problem without its place or its words in the contract's terms: a null place failed in the runtime's words
     * ("Cannot invoke Origin.file() because where is null"), and a null message was printed as "null" (the review of session
     * 25, A12).
     */
    private void told(String method, Origin where, String words) {
        if (where == null || words == null || words.isBlank()) {
            throw new IllegalArgumentException(extension + " called " + method + "(" + (where == null ? "null" : "where") + ", "
                    + (words == null ? "null" : words.isBlank() ? "\"\"" : "words") + "): the record's place and what was wrong are both"
                    + " needed");
        }
    }

    @Override
    public void notice(String message) {
        log.notice(message);
    }

    @Override
    public void inputHolds(long records) {
        if (records < 0) {
            throw new IllegalArgumentException(extension + " counted " + records + " records; a count is at least 0");
        }
        inputHolds = records;
    }

    @Override
    public void deleted(String id) {
        deleted(id, null);
    }

    @Override
    public void deleted(String id, Integer version) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(extension + " deleted a record without an id");
        }
        if (version != null && version < 1) {
            throw new IllegalArgumentException(extension + " deleted version " + version + " of " + id.strip() + "; a version is at least 1");
        }
        synchronized (deleted) {
            deleted.add(new Deletion(id.strip(), version));
        }
    }

    @Override
    public void deletionsLost(Origin where, String reason) {
        deletionsLost = true;
        warning(where, reason);
    }

    @Override
    public boolean wantsMetadata() {
        return wantsMetadata;
    }

    /** The ids the source said its input deletes ({@link #deleted}), in order. */
    public List<String> deletedIds() {
        return deletions().stream().map(Deletion::id).toList();
    }

    /** What the source said its input deletes ({@link #deleted}), with the versions it named, in order. */
    public List<Deletion> deletions() {
        synchronized (deleted) {
            return List.copyOf(deleted);
        }
    }

    /** Whether the source said that deletions its input lists may be lost ({@link #deletionsLost}): the input was not read whole. */
    public boolean lostDeletions() {
        return deletionsLost;
    }

    /** What the source counted with {@link #inputHolds(long)}, or -1 when it did not count. */
    long declaredRecords() {
        return inputHolds;
    }

    @Override
    public OutputFolder output() {
        if (output == null) {
            throw new IllegalStateException("only reporters have an output folder");
        }
        return output;
    }

    @Override
    public Path scratchFolder() {
        if (scratch == null) {
            throw new IllegalStateException("only reporters have a scratch folder");
        }
        return scratch;
    }

    @Override
    public List<FindingKind> findingKinds() {
        return kinds;
    }

    @Override
    public boolean votes(StudyDesign design) {
        if (votes == null) {
            throw new IllegalStateException("which studies vote is known from a reporter's start on, not in checkOptions");
        }
        return votes.test(Objects.requireNonNull(design, "design"));
    }

    /** The problem log this context writes to. */
    public ProblemLog log() {
        return log;
    }
}
