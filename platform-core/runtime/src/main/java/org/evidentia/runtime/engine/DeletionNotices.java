package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evidentia.api.RunSummary.InputSummary;

/**
 * What a run without a findings store says of its inputs' deletions (PubMed's {@code <DeleteCitation>}):
 * it reports what it read, so each input that deletes records gets a notice naming the PMIDs it deletes
 * and which of them the report holds all the same (a record PubMed withdrew, read from this file or
 * another). Collected as inputs end and noted once every input is read, since a deleted record may
 * come in a later file. One thread uses it.
 */
final class DeletionNotices implements InputStage.InputEndSink {

    /** At most this many PMIDs are named per list in a notice; the rest are counted. */
    static final int NAMED = 20;

    private record Deleting(String path, List<String> ids) {
    }

    private final List<Deleting> inputs = new ArrayList<>();

    @Override
    public void ended(int index, InputSummary in, boolean readToEnd, long unaccounted, List<Deletion> deleted) {
        if (!deleted.isEmpty()) {
            inputs.add(new Deleting(in.path(), deleted.stream().map(Deletion::id).distinct().toList()));
        }
    }

    /** Notes one notice per input that deletes records, in input order; {@code merger} knows the records kept. */
    void note(ProblemLog log, DuplicateMerger merger) {
        if (inputs.isEmpty()) {
            return;
        }
        Set<String> deleted = new HashSet<>();
        inputs.forEach(in -> deleted.addAll(in.ids()));
        Set<String> held = merger.keptAmong(deleted);
        for (Deleting in : inputs) {
            List<String> heldHere = in.ids().stream().filter(held::contains).toList();
            int n = in.ids().size();
            StringBuilder notice = new StringBuilder(in.path()).append(" deletes ").append(n).append(n == 1 ? " record" : " records")
                    .append(" (<DeleteCitation>): ").append(n == 1 ? "PMID " : "PMIDs ").append(named(in.ids()));
            if (heldHere.isEmpty()) {
                notice.append(n == 1 ? ", which this report does not hold" : "; this report holds none of them");
            } else if (n == 1) {
                notice.append(", which this report holds though PubMed withdrew it");
            } else {
                notice.append("; this report holds ").append(heldHere.size() == n ? "all of them" : heldHere.size() + " of them ("
                        + named(heldHere) + ")").append(" though PubMed withdrew ").append(heldHere.size() == 1 ? "it" : "them");
            }
            log.notice(notice.append(". Deletions apply to a findings store (run --store); this run reports what it read").toString());
        }
    }

    /** The first {@link #NAMED} ids, then how many more. */
    private static String named(List<String> ids) {
        String first = String.join(", ", ids.subList(0, Math.min(NAMED, ids.size())));
        return ids.size() <= NAMED ? first : first + " and " + (ids.size() - NAMED) + " more";
    }
}
