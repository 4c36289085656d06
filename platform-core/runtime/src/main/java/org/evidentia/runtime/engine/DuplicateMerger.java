package org.evidentia.runtime.engine;

import static org.evidentia.runtime.engine.CopyHoldings.ABSTRACT;
import static org.evidentia.runtime.engine.CopyHoldings.PMID;
import static org.evidentia.runtime.engine.CopyHoldings.RETRACTED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Duplicate;
import org.evidentia.api.RunSummary.Problem;

/**
 * Takes the records of all inputs in input order: sends each new one on to extraction and merges
 * each copy of an earlier one into it, remembering where every merged record was read. One thread uses it.
 *
 * <p>A merged copy may come long after its record went on, so the kept records' ids, first
 * origins and what they hold (an abstract, publication types, a PMID) are kept, compactly
 * ({@link KeptRecords}), to name the merge in the run's summary.
 *
 * <p>The first copy is kept even when a later one holds more (a PubMed CSV row has no abstract and
 * no publication types; the same article's MEDLINE or XML record has both): the kept copy may have
 * been extracted and reported already, and holding every record back until the last input ends
 * would make the run keep them all. Such a merge is never silent: it is a warning naming both copies
 * and what the kept one lacks, and the run's notices say how to keep the fuller copy.
 */
final class DuplicateMerger {

    /** Where kept records go. */
    @FunctionalInterface
    interface Next {
        void accept(BibliographicRecord record) throws InterruptedException;
    }

    /** Told of each later copy merged into a kept record, by the kept record's id. */
    interface Merged {
        /** @param keptOrigin the kept record's first origin, null when it has none */
        void merged(String keptId, Origin keptOrigin, BibliographicRecord copy);
    }

    private final Next next;
    private final Merged onMerged;
    private final boolean sameIdCopiesGoOn;
    private final DuplicateIndex index = new DuplicateIndex();
    private final KeptRecords keptRecords = new KeptRecords();
    private final ProblemLog log;
    private final CopyHoldings holdings = new CopyHoldings();
    private final Map<Integer, List<Origin>> merges = new LinkedHashMap<>();
    private long read;
    private long merged;

    /**
     * @param onMerged         told of each later copy merged into a kept record
     * @param sameIdCopiesGoOn hand on a copy with the id of an earlier record instead of merging it
     *                         (for a {@link RunRecorder}, which keeps the version that stands)
     * @param log              where a copy that held more than the one kept is reported
     */
    DuplicateMerger(Next next, Merged onMerged, boolean sameIdCopiesGoOn, ProblemLog log) {
        this.next = next;
        this.onMerged = onMerged;
        this.sameIdCopiesGoOn = sameIdCopiesGoOn;
        this.log = log;
    }

    void take(BibliographicRecord record) throws InterruptedException {
        read++;
        int earlier = index.findOrAdd(record, keptRecords.size());
        if (earlier >= 0 && index.foundByIdAlone()) {
            warnOtherRecordOfOneId(earlier, record);
        } else if (earlier >= 0 && index.foundWithAnotherTitle() && versionOf(record) == keptRecords.version(earlier)) {
            warnOtherTitleInOneFile(earlier, record, index.foundByDoi());
        }
        if (earlier >= 0 && sameIdCopiesGoOn && (keptRecords.id(earlier).equals(record.id()) || bringsThePmid(earlier, record))) {
            next.accept(record);
            return;
        }
        if (earlier >= 0) {
            merged++;
            merges.computeIfAbsent(earlier, e -> new ArrayList<>()).addAll(record.origins());
            int copyHolds = holdings.of(record);
            int lacking = CopyHoldings.lacking(copyHolds, keptRecords.holdings(earlier));
            if (lacking != 0) {
                warnFullerCopyMerged(earlier, record, lacking);
            }
            if ((copyHolds & ~keptRecords.holdings(earlier) & RETRACTED) != 0) {
                warnRetractedCopyMerged(earlier, record);
            }
            if (versionOf(record) > keptRecords.version(earlier) && keptRecords.id(earlier).equals(record.id())) {
                warnLaterVersionMerged(earlier, record);
            }
            onMerged.merged(keptRecords.id(earlier), keptRecords.firstOrigin(earlier), record);
        } else {
            keptRecords.add(record, holdings.of(record), versionOf(record));
            next.accept(record);
        }
    }

    /**
     * Whether {@code copy}, found by its DOI, has the PMID the kept record {@code earlier} lacks: a recorder (a findings
     * store) then takes it as it takes such a copy in a later run, as the record of that DOI known by its PMID from then on,
     * so that the store does not depend on how its inputs were grouped into runs (the review of session 19, D1: in one run the
     * store kept the DOI-only copy, without the PMID, whose file it then counted as applied).
     */
    private boolean bringsThePmid(int earlier, BibliographicRecord copy) {
        return copy.pmid() != null && index.foundByDoi() && (keptRecords.holdings(earlier) & PMID) == 0;
    }

    /**
     * Warns that {@code copy}, merged into the kept record {@code earlier}, held what that record
     * lacks: its text was not extracted, its design not read from its publication types, or its PMID
     * is missing from the reports.
     */
    private void warnFullerCopyMerged(int earlier, BibliographicRecord copy, int lacking) {
        List<String> lacks = CopyHoldings.names(lacking);
        List<String> lost = CopyHoldings.losses(lacking);
        String id = keptRecords.id(earlier);
        String named = (keptRecords.holdings(earlier) & PMID) != 0 ? "PMID " + id
                : "record " + id + ((lacking & PMID) != 0 ? " (PMID " + copy.pmid() + " in the merged copy)" : "");
        Origin at = copy.origins().isEmpty() ? null : copy.origins().get(0);
        Origin kept = keptRecords.firstOrigin(earlier);
        log.add(new Problem(Problem.Kind.WARNING, null, at == null ? null : at.file(), at == null ? 0 : at.recordNumber(),
                at == null ? 0 : at.line(), id, named + ": the copy kept, " + (kept == null ? "read first" : kept)
                + ", has no " + String.join(" and no ", lacks) + ", which the later copy " + (at == null ? "" : at + " ")
                + "has; that copy was merged into it as a duplicate and what it holds left out, so " + String.join(" and ", lost)
                + ". Name the fuller export first"
                + ((lacking & ABSTRACT) != 0 ? ", or leave out the export without abstracts" : "")));
        log.notice("copies of a record holding an abstract, publication types or a PMID that the first copy lacks were merged"
                + " into it (each a warning in run.json): the first copy read is kept, so to keep the fuller one name the MEDLINE"
                + " or XML export before the others, or leave out an export without abstracts (a PubMed CSV export has none);"
                + " a folder is read in path order (pubmed.csv before pubmed.txt), so name the fuller file before its folder"
                + " (evidentia run exports/pubmed.txt exports/: a file is read once)");
    }

    /**
     * Warns that {@code copy}, merged into the kept record {@code earlier}, is marked a retracted publication and the kept
     * copy is not: the study is read as not retracted and votes. A run's reporters have the kept copy before this one comes,
     * so the warning tells, where a findings store takes the retraction (a retraction never loses to an older copy there).
     * A PubMed CSV row read before the MEDLINE export of the same search was such a copy (the review of session 29, Y2).
     */
    private void warnRetractedCopyMerged(int earlier, BibliographicRecord copy) {
        String id = keptRecords.id(earlier);
        Origin at = copy.origins().isEmpty() ? null : copy.origins().get(0);
        Origin kept = keptRecords.firstOrigin(earlier);
        log.add(new Problem(Problem.Kind.WARNING, null, at == null ? null : at.file(), at == null ? 0 : at.recordNumber(),
                at == null ? 0 : at.line(), id, ((keptRecords.holdings(earlier) & PMID) != 0 ? "PMID " : "record ") + id
                + ": the later copy " + (at == null ? "" : at + " ") + "is marked a retracted publication (by its publication types"
                + " or its link to the retraction notice), and the copy kept, " + (kept == null ? "read first" : kept) + ", is not:"
                + " the reports take the study as not retracted, and its findings vote in the synthesis. Name the file that"
                + " marks the retraction first (an export made after it), or use a findings store (--store), which takes the"
                + " retraction whatever the order"));
    }

    /**
     * Warns that {@code copy} has the id of the earlier record, though neither PMID, DOI nor title and year make them one
     * study (they differ, or a title is too short to tell): two rows of a sheet given one id, say. One id is one record to the synthesis and to a findings store, so the
     * run takes it as a copy (merged; a store keeps one of the two texts, as for any copy of its records: the later where one
     * source read both or it is the fuller, else the first).
     */
    private void warnOtherRecordOfOneId(int earlier, BibliographicRecord copy) {
        String id = keptRecords.id(earlier);
        Origin at = copy.origins().isEmpty() ? null : copy.origins().get(0);
        Origin kept = keptRecords.firstOrigin(earlier);
        log.add(new Problem(Problem.Kind.WARNING, null, at == null ? null : at.file(), at == null ? 0 : at.recordNumber(),
                at == null ? 0 : at.line(), id, "record " + id + (at == null ? "" : ", " + at + ",") + " has the id of the record "
                + (kept == null ? "read first" : kept) + " but is not known as a copy of it by its PMID, DOI, or title and year; one id is"
                + " one record, so it was taken as a copy"
                + (sameIdCopiesGoOn ? " (a findings store keeps one text of the two, by its rules for any copy of its records)"
                        : " and merged into the first")
                + ": give each record an id of its own"));
    }

    /**
     * Warns that {@code copy}, from the file of the earlier record of its PMID or DOI and of the same version, has another
     * title: within one file that is no second export of one study but, most often, a mistyped PMID in a sheet, whose study
     * the merge loses (an explorer's E, s18b: two rows of one PMID, another title, year and abstract, merged without a
     * word). Between files it is not told: one study's exports differ in their titles (a translation in brackets, a
     * correction) as in their years.
     */
    private void warnOtherTitleInOneFile(int earlier, BibliographicRecord copy, boolean byDoi) {
        Origin at = copy.origins().isEmpty() ? null : copy.origins().get(0);
        Origin kept = keptRecords.firstOrigin(earlier);
        if (at == null || kept == null || !at.file().equals(kept.file())) {
            return;
        }
        String key = byDoi ? "DOI " + copy.doi() : "PMID " + copy.pmid();
        log.add(new Problem(Problem.Kind.WARNING, null, at.file(), at.recordNumber(), at.line(), copy.id(), at + " has the " + key
                + " of the record " + keptRecords.id(earlier) + ", " + kept + ", in the same file, but another title; "
                + (sameIdCopiesGoOn && keptRecords.id(earlier).equals(copy.id())
                        ? "it was taken as a later copy of it, whose text a findings store keeps in place of the first's"
                        : "it was taken as a copy and merged into the first, so its text was not searched for findings")
                + ": mend the id of the one that is mistyped"));
    }

    /** A copy's version: 1 when not stated, at most {@link Byte#MAX_VALUE} (PubMed's run to a few). */
    private static byte versionOf(BibliographicRecord record) {
        Integer version = record.version();
        return (byte) (version == null ? 1 : Math.min(version, Byte.MAX_VALUE));
    }

    /**
     * Warns that a later version of the kept record ({@code <PMID Version="2">}) was merged into it: a
     * plain run keeps the copy it read first. Only a higher version is told: the corrections PubMed's
     * update files carry under the same version are copies of one id, as two overlapping exports give,
     * and a run keeps no text to tell them apart by; a findings store does (scale.md).
     */
    private void warnLaterVersionMerged(int earlier, BibliographicRecord copy) {
        String id = keptRecords.id(earlier);
        Origin at = copy.origins().isEmpty() ? null : copy.origins().get(0);
        Origin kept = keptRecords.firstOrigin(earlier);
        log.add(new Problem(Problem.Kind.WARNING, null, at == null ? null : at.file(), at == null ? 0 : at.recordNumber(),
                at == null ? 0 : at.line(), id, "record " + id + ": version " + versionOf(copy) + (at == null ? "" : ", " + at + ",")
                + " was merged into version " + keptRecords.version(earlier) + ", " + (kept == null ? "read first" : kept)
                + ", which is kept, so the later version's text was not searched for findings"));
        log.notice("later versions of records were merged into the first version read (each a warning in run.json): a run"
                + " keeps the first copy; to keep the version that stands, and the corrections PubMed's update files make under"
                + " the same version, apply the baseline and its update files to a findings store (`evidentia run --store review.db ...`)");
    }

    /** Which of {@code wanted} are ids of kept records, found in one pass over the kept ids. */
    Set<String> keptAmong(Set<String> wanted) {
        Set<String> found = new HashSet<>();
        for (int i = 0; i < keptRecords.size() && found.size() < wanted.size(); i++) {
            String id = keptRecords.id(i);
            if (wanted.contains(id)) {
                found.add(id);
            }
        }
        return found;
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
            String id = keptRecords.id(i);
            List<Origin> origins = new ArrayList<>();
            Origin first = keptRecords.firstOrigin(i);
            if (first != null) {
                origins.add(first);
            }
            origins.addAll(merges.get(i));
            result.add(new Duplicate(id, origins));
        }
        return result;
    }
}
