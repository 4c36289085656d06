package org.evidentia.runtime.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What applying one input did to the store, record by record: every kept record of the input is
 * counted in exactly one of added, revised, re-extracted, unchanged, superseded and duplicate, and
 * every id the input deletes in deleted or deletions unmatched. Mutable; one thread uses it.
 */
final class Changes {

    /** A record the store did not hold. */
    long added;
    /**
     * A higher version, a new text of the same version read by the same source, or a fuller copy read by another source (an
     * abstract or deciding publication types the stored copy lacks): replaces the stored one and its findings.
     */
    long revised;
    /** The same record, but extraction made something else of it (other plugins): its design and findings are replaced. */
    long reextracted;
    /** The same record with the same design and findings. */
    long unchanged;
    /** A lower version than the store's, or not above a version that was deleted: the store keeps what it has. */
    long superseded;
    /** The store's version read by another source with another text, no fuller than the stored copy: the stored copy stays. */
    long duplicate;
    /** Ids the input deletes that the store held: removed with their findings. */
    long deleted;
    /** Ids the input deletes that the store did not hold: remembered, so that no version up to the deleted one comes back. */
    long deletionsUnmatched;

    /** How many ids of each change are kept, in the order met: enough to see what an update changed, bounded for a baseline. */
    static final int IDS_KEPT = 1_000;
    /** The ids of the first {@value #IDS_KEPT} records added, in the order met. */
    final List<String> addedIds = new ArrayList<>();
    /** The ids of the first {@value #IDS_KEPT} records revised. */
    final List<String> revisedIds = new ArrayList<>();
    /** The ids of the first {@value #IDS_KEPT} records re-extracted. */
    final List<String> reextractedIds = new ArrayList<>();
    /** The ids of the first {@value #IDS_KEPT} records deleted. */
    final List<String> deletedIds = new ArrayList<>();

    /** Notes {@code id} among {@code ids} while fewer than {@value #IDS_KEPT} are kept. */
    static void note(List<String> ids, String id) {
        if (ids.size() < IDS_KEPT) {
            ids.add(id);
        }
    }

    ChangeCounts snapshot() {
        return new ChangeCounts(added, revised, reextracted, unchanged, superseded, duplicate, deleted, deletionsUnmatched);
    }

    long kept() {
        return added + revised + reextracted + unchanged + superseded + duplicate;
    }

    void add(Changes other) {
        added += other.added;
        revised += other.revised;
        reextracted += other.reextracted;
        unchanged += other.unchanged;
        superseded += other.superseded;
        duplicate += other.duplicate;
        deleted += other.deleted;
        deletionsUnmatched += other.deletionsUnmatched;
        other.addedIds.forEach(id -> note(addedIds, id));
        other.revisedIds.forEach(id -> note(revisedIds, id));
        other.reextractedIds.forEach(id -> note(reextractedIds, id));
        other.deletedIds.forEach(id -> note(deletedIds, id));
    }
}
