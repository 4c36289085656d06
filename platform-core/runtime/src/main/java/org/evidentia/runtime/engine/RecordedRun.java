package org.evidentia.runtime.engine;

import java.io.IOException;
import java.util.List;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.exclusion.ExclusionList;

/**
 * Records and findings recorded by earlier runs (the findings store), to be reported again without
 * reading or extracting anything: {@link RunEngine#report} hands them to reporters as a run would.
 */
public interface RecordedRun extends RunJsonSection {

    /** The finding kinds of the extractors that made the findings, in their order. */
    List<FindingKind> kinds() throws IOException;

    /**
     * What the recording runs read, as a run's summary would say it: the inputs, the plugins and
     * options of sources and extractors, problems, notices and merged duplicates; of its counts, the
     * records read, skipped and unaccounted for (the others are counted again as records are reported).
     */
    RunSummary summary() throws IOException;

    /**
     * Hands every recorded record with its design and findings to {@code sink}, in the recorded
     * order, on the calling thread.
     */
    void replay(Sink sink) throws IOException, InterruptedException;

    /**
     * Why a report of these records must not pass for a sound one under {@code --strict} though
     * they met no problem: the store's last run did not finish (it was interrupted, failed or is still
     * applying its inputs), so the report holds only part of what that run was to apply. Null when
     * there is no such reason; the summary's notices say it in full.
     */
    default String unfinished() throws IOException {
        return null;
    }

    /** Of {@code ids}, those of records an update deleted, each with the input that deleted it; none by default. */
    default java.util.Map<org.evidentia.runtime.exclusion.ExcludedId, String> deletedBy(List<org.evidentia.runtime.exclusion.ExcludedId> ids)
            throws IOException {
        return java.util.Map.of();
    }

    /**
     * The review's exclusion list kept with the records (a findings store's, set by {@code run --store --exclude FILE}):
     * a report leaves the records it names out, and states them. Null when there is none.
     */
    default ExclusionList exclusions() throws IOException {
        return null;
    }

    /** Receives recorded records. */
    @FunctionalInterface
    interface Sink {
        void accept(RecordFindings record);
    }
}
