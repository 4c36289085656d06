package org.evidentia.runtime.engine;

import java.util.List;
import org.evidentia.api.RunSummary.InputSummary;

/**
 * Tells a run's recorders where each input ends: after the input's last record has passed
 * extraction, with the input's digest, the copies merged from it, what its source deleted, the
 * problems met in it (in the order run.json lists them) and the run's notices so far. Called on the
 * thread that calls {@link InputStage#readAll}; not thread-safe.
 */
final class InputEndsToRecorders implements InputStage.InputEndSink {

    private final ProblemLog log;
    private final DuplicateMerger merger;
    private final InputDigests digests;
    private final ExtractionStage extraction;
    private final ReportStage reports;
    private long mergedBefore;

    InputEndsToRecorders(ProblemLog log, DuplicateMerger merger, InputDigests digests, ExtractionStage extraction, ReportStage reports) {
        this.log = log;
        this.merger = merger;
        this.digests = digests;
        this.extraction = extraction;
        this.reports = reports;
    }

    @Override
    public void ended(int index, InputSummary in, boolean readToEnd, long unaccounted, List<Deletion> deleted) throws InterruptedException {
        long merged = merger.merged() - mergedBefore;
        mergedBefore = merger.merged();
        InputSummary withDigest = new InputSummary(in.path(), digests.digest(index), in.source(), in.records(), in.skipped());
        extraction.afterPending(() -> reports.inputEnded(new RunRecorder.InputEnd(index, withDigest, readToEnd, merged, unaccounted,
                deleted, log.problems().stream().filter(p -> in.path().equals(p.file())).sorted(RunEngine.PROBLEM_ORDER).toList(),
                log.notices())));
    }
}
