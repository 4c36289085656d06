package org.evidentia.runtime.engine;

import java.util.HashSet;
import java.util.Set;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.exclusion.ExclusionTally;

/**
 * Stands between duplicate detection and extraction in a run with an exclusion list: a kept record
 * the list names is counted and goes no further; a later copy the list names, merged into a record
 * that went on, is told as a warning, since the copy read first was handed on before the copy that
 * holds the listed id was read. One thread uses it (the merger's).
 */
final class ExclusionGate implements DuplicateMerger.Next, DuplicateMerger.Merged {

    private final ExclusionTally tally;
    private final DuplicateMerger.Next next;
    private final ProblemLog log;
    private final Set<String> excludedIds = new HashSet<>();

    /**
     * @param tally what the list excluded, counted as records pass
     * @param next  where records the list does not name go (extraction)
     * @param log   where a copy that came too late is warned about
     */
    ExclusionGate(ExclusionTally tally, DuplicateMerger.Next next, ProblemLog log) {
        this.tally = tally;
        this.next = next;
        this.log = log;
    }

    @Override
    public void accept(BibliographicRecord record) throws InterruptedException {
        if (tally.exclude(record.pmid(), record.doi(), record.id()) == null) {
            next.accept(record);
        } else {
            excludedIds.add(record.id()); // read and counted, and no further
        }
    }

    @Override
    public void merged(String keptId, Origin keptOrigin, BibliographicRecord copy) {
        if (excludedIds.contains(keptId)) {
            return; // the record is excluded already, by the copy read first
        }
        String tooLate = tally.cameTooLate(keptId, copy);
        if (tooLate != null) {
            Origin at = copy.origins().isEmpty() ? null : copy.origins().get(0);
            log.add(new Problem(Problem.Kind.WARNING, null, at == null ? null : at.file(), at == null ? 0 : at.recordNumber(),
                    at == null ? 0 : at.line(), keptId, tooLate));
        }
    }
}
