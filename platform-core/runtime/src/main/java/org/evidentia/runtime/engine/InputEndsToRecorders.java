package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Duplicate;
import org.evidentia.api.RunSummary.InputSummary;

/**
 * Tells a run's recorders where each input ends: after the input's last record has passed
 * extraction, with the input's digest, the copies merged from it (told by the run's
 * {@link DuplicateMerger} as the input is read), what its source deleted, the problems met in it (in
 * the order run.json lists them) and the run's notices so far. Called on the thread that calls
 * {@link InputStage#readAll}, which also takes the records into the merger; not thread-safe.
 */
final class InputEndsToRecorders implements InputStage.InputEndSink, DuplicateMerger.Merged {

    private final ProblemLog log;
    private final InputDigests digests;
    private final ExtractionStage extraction;
    private final ReportStage reports;
    /** The ids of the copies merged from the input being read: inputs reach the merger one after another. */
    private final List<String> mergedIds = new ArrayList<>();
    /** Their origins, by the record each was merged into (that record's first origin first), in the order met. */
    private final Map<String, List<Origin>> mergedInto = new LinkedHashMap<>();

    InputEndsToRecorders(ProblemLog log, InputDigests digests, ExtractionStage extraction, ReportStage reports) {
        this.log = log;
        this.digests = digests;
        this.extraction = extraction;
        this.reports = reports;
    }

    @Override
    public void merged(String keptId, Origin keptOrigin, BibliographicRecord copy) {
        mergedIds.add(copy.id());
        mergedInto.computeIfAbsent(keptId, id -> keptOrigin == null ? new ArrayList<>() : new ArrayList<>(List.of(keptOrigin)))
                .addAll(copy.origins());
    }

    @Override
    public void ended(int index, InputSummary in, boolean readToEnd, long unaccounted, List<Deletion> deleted) throws InterruptedException {
        List<String> merged = List.copyOf(mergedIds);
        mergedIds.clear();
        List<Duplicate> duplicates = mergedInto.entrySet().stream().map(e -> new Duplicate(e.getKey(), e.getValue())).toList();
        mergedInto.clear();
        InputSummary withDigest = new InputSummary(in.path(), digests.digest(index), in.source(), in.records(), in.skipped());
        extraction.afterPending(() -> reports.inputEnded(new RunRecorder.InputEnd(index, withDigest, readToEnd, merged.size(), unaccounted,
                deleted, log.problems().stream().filter(p -> in.path().equals(p.file())).sorted(RunEngine.PROBLEM_ORDER).toList(),
                log.notices(), merged, duplicates)));
    }
}
