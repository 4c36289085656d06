package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Duplicate;

/**
 * Takes the records of all inputs in input order: sends each new one on to extraction and merges
 * each copy of an earlier one into it, remembering where every merged record was read. One thread uses it.
 *
 * <p>A merged copy may come long after its record went on, so the kept records' ids and first
 * origins are kept compactly (a few dozen bytes a record) to name the merge in the run's summary.
 */
final class DuplicateMerger {

    /** Where kept records go. */
    @FunctionalInterface
    interface Next {
        void accept(BibliographicRecord record) throws InterruptedException;
    }

    private final Next next;
    private final boolean sameIdCopiesGoOn;
    private final DuplicateIndex index = new DuplicateIndex();
    private final StringBuilder ids = new StringBuilder();
    private int[] idEnds = new int[1024];
    private Origin[] firstOrigins = new Origin[1024];
    private final Map<Integer, List<Origin>> merges = new LinkedHashMap<>();
    private int kept;
    private long read;
    private long merged;

    DuplicateMerger(Next next) {
        this(next, false);
    }

    /**
     * @param sameIdCopiesGoOn hand on a copy with the id of an earlier record instead of merging it
     *                         (for a {@link RunRecorder}, which keeps the version that stands)
     */
    DuplicateMerger(Next next, boolean sameIdCopiesGoOn) {
        this.next = next;
        this.sameIdCopiesGoOn = sameIdCopiesGoOn;
    }

    void take(BibliographicRecord record) throws InterruptedException {
        read++;
        int earlier = index.findOrAdd(record, kept);
        if (earlier >= 0 && sameIdCopiesGoOn && idOf(earlier).equals(record.id())) {
            next.accept(record);
            return;
        }
        if (earlier >= 0) {
            merged++;
            merges.computeIfAbsent(earlier, e -> new ArrayList<>()).addAll(record.origins());
        } else {
            remember(record);
            kept++;
            next.accept(record);
        }
    }

    private void remember(BibliographicRecord record) {
        if (kept == idEnds.length) {
            idEnds = Arrays.copyOf(idEnds, kept * 2);
            firstOrigins = Arrays.copyOf(firstOrigins, kept * 2);
        }
        ids.append(record.id());
        idEnds[kept] = ids.length();
        // Origins of one input share their source and file strings, so this holds little per record.
        firstOrigins[kept] = record.origins().isEmpty() ? null : record.origins().get(0);
    }

    private String idOf(int i) {
        return ids.substring(i == 0 ? 0 : idEnds[i - 1], idEnds[i]);
    }

    /** Records taken (returned by sources). */
    long read() {
        return read;
    }

    /** Copies merged into an earlier record. */
    long merged() {
        return merged;
    }

    /** The records that copies were merged into, in the run's order, each with every origin. */
    List<Duplicate> duplicates() {
        List<Duplicate> result = new ArrayList<>(merges.size());
        List<Integer> order = new ArrayList<>(merges.keySet());
        order.sort(null);
        for (int i : order) {
            String id = idOf(i);
            List<Origin> origins = new ArrayList<>();
            if (firstOrigins[i] != null) {
                origins.add(firstOrigins[i]);
            }
            origins.addAll(merges.get(i));
            result.add(new Duplicate(id, origins));
        }
        return result;
    }
}
