package org.evidentia.runtime.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** How many ids of each change a run keeps, in the order met: enough to see what an update changed, bounded for a baseline. */
    static final int IDS_KEPT = 1_000;
    /** The ids of the first {@value #IDS_KEPT} records added, in the order met, each once. */
    final Set<String> addedIds = new LinkedHashSet<>();
    /** The ids of the first {@value #IDS_KEPT} records revised. */
    final Set<String> revisedIds = new LinkedHashSet<>();
    /** The ids of the first {@value #IDS_KEPT} records re-extracted. */
    final Set<String> reextractedIds = new LinkedHashSet<>();
    /** The ids of the first {@value #IDS_KEPT} records deleted. */
    final Set<String> deletedIds = new LinkedHashSet<>();

    /** Notes {@code id} among {@code ids} while fewer than {@value #IDS_KEPT} are kept. */
    static void note(Set<String> ids, String id) {
        if (ids.size() < IDS_KEPT) {
            ids.add(id);
        }
    }

    /**
     * Moves the ids noted here to {@code run}, the run's totals, and forgets them: an input's own changes keep their
     * counts alone once committed, so that a run of a thousand inputs holds a thousand ids of each change, not a million.
     */
    void moveIdsTo(Changes run) {
        copyIdsTo(run);
        addedIds.clear();
        revisedIds.clear();
        reextractedIds.clear();
        deletedIds.clear();
    }

    /** Notes the ids noted here among {@code run}'s as well, while it keeps fewer than {@value #IDS_KEPT} of each. */
    void copyIdsTo(Changes run) {
        addedIds.forEach(id -> note(run.addedIds, id));
        revisedIds.forEach(id -> note(run.revisedIds, id));
        reextractedIds.forEach(id -> note(run.reextractedIds, id));
        deletedIds.forEach(id -> note(run.deletedIds, id));
    }

    /** Notes {@code ids} as {@link #copyIdsTo} notes another's: a run's lists as the store kept them. */
    void noteIds(StoreRecorder.ChangedIds ids) {
        ids.added().forEach(id -> note(addedIds, id));
        ids.revised().forEach(id -> note(revisedIds, id));
        ids.reextracted().forEach(id -> note(reextractedIds, id));
        ids.deleted().forEach(id -> note(deletedIds, id));
    }

    /** The ids noted, by change. */
    StoreRecorder.ChangedIds ids() {
        return new StoreRecorder.ChangedIds(List.copyOf(addedIds), List.copyOf(revisedIds), List.copyOf(reextractedIds), List.copyOf(deletedIds));
    }

    ChangeCounts snapshot() {
        return new ChangeCounts(added, revised, reextracted, unchanged, superseded, duplicate, deleted, deletionsUnmatched);
    }

    long kept() {
        return added + revised + reextracted + unchanged + superseded + duplicate;
    }

    /** Adds {@code other}'s counts (not its ids: {@link #moveIdsTo}). */
    void add(Changes other) {
        added += other.added;
        revised += other.revised;
        reextracted += other.reextracted;
        unchanged += other.unchanged;
        superseded += other.superseded;
        duplicate += other.duplicate;
        deleted += other.deleted;
        deletionsUnmatched += other.deletionsUnmatched;
    }
}
