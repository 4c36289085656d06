package org.evidentia.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.runtime.engine.CopyHoldings;
import org.evidentia.runtime.engine.Deletion;
import org.evidentia.runtime.text.DoiSpellings;

/**
 * Applies records and deletions to the store, inside the caller's transaction, deciding for each
 * record which version stands:
 *
 * <ol>
 *   <li>a record the store does not hold is added, unless an id deletion at the same or a higher
 *       version was applied before (then it is superseded: a deleted record does not come back); the
 *       deletion stays remembered when a higher version comes back, as it is when that version was
 *       applied first, so that the store's tables do not depend on the order of the inputs;</li>
 *   <li>a higher version replaces the stored one and its findings; a lower one is superseded;</li>
 *   <li>at the same version, a different text read by the same source is a revision (PubMed's update
 *       files carry corrected records under the same version, and the later file holds the current
 *       text), and so is a copy read by another source that is fuller than the stored one (it holds an
 *       abstract or publication types that decide the design, which the stored copy lacks, and lacks
 *       nothing the stored copy holds: a MEDLINE or XML record of what a CSV export gave first), while
 *       another different text read by another source is a duplicate and the stored copy stays; but
 *       the text of an input that the store first applied before the input that wrote the stored
 *       text (an older file applied again with {@code --force}) replaces nothing: it is superseded,
 *       and the stored, later text stays (a file's age is its first application; see {@link #apply});</li>
 *   <li>the same text is unchanged, or re-extracted when its design or findings differ (other plugins);</li>
 *   <li>a record the store does not hold by its id may be held by its DOI the other way: a copy with a PMID of a record
 *       held by its DOI alone is that record, known by its PMID from then on and revised by the copy (unless that PMID was
 *       deleted at its version, or the copy's input is older than the stored text's, as above); a copy without a PMID of a
 *       DOI held under a PMID, or held without one under the same DOI (in any spelling) and another id, is a duplicate,
 *       unless the record held without a PMID is known by its DOI and the copy is fuller or another text of its source: then
 *       it revises that record, known by the copy's id from then on;</li>
 *   <li>a copy that is retracted (by its publication types or a link to its retraction) revises a stored copy that is
 *       not, whichever source read it: a retraction never loses to an older copy; and a copy of a retracted record's
 *       version that is not retracted is superseded, whichever input is newer to the store.</li>
 * </ol>
 *
 * A record whose input states no version counts as version 1, PubMed's first. One thread uses it.
 */
final class RecordApplier implements AutoCloseable {

    private final PreparedStatement findRecord;
    private final PreparedStatement findDoiOnly;
    private final PreparedStatement findDoiWithPmid;
    /** Whether the store holds a record without a PMID: until it does, a copy with a PMID is no such record's (no query). */
    private boolean heldWithoutPmid;
    private final PreparedStatement rekey;
    private final PreparedStatement rekeyMergedCopies;
    private final PreparedStatement findContent;
    private final PreparedStatement findTextAge;
    private final PreparedStatement findDeletion;
    private final PreparedStatement insertRecord;
    private final PreparedStatement updateRecord;
    private final PreparedStatement updateExtraction;
    private final PreparedStatement reattribute;
    private final PreparedStatement deleteFindings;
    private final PreparedStatement insertFinding;
    private final PreparedStatement deleteRecord;
    private final PreparedStatement upsertDeletion;
    private final PreparedStatement seqTaken;
    private final PreparedStatement findPath;
    /** The input whose {@link #path} was asked last. */
    private long pathOfFile = -1;
    private String path;
    /**
     * The place in the records' order of the record last asked about that a deletion removed ({@link #deletedVersion}), and its
     * id: a later version of it takes that place again, so that the order of a deletion and a later version does not change the
     * tables (the review of session 28, K5). Null when it has none.
     */
    private Long freedSeq;
    /** The place the next record added takes ({@link #nextSeq()}); 0 before the store is asked. */
    private long nextSeq;
    private String freedSeqOf;
    private final PreparedStatement insertChange;
    private final PreparedStatement insertMergedCopy;
    private final CopyHoldings holdings = new CopyHoldings();
    private final List<LaterTextKept> keptTexts = new ArrayList<>();
    private final Connection db;
    private boolean doiWithPmidIndexed;
    /**
     * In this run, the id the store holds a record by where that is not the record's own: a record held by its DOI rekeyed to
     * its PMID, a copy merged into a record held under another id. The copies the run itself merged into such a record are
     * written under the id the store holds it by (the review of session 19, R1: under the old id they matched no record, and
     * a report of the store then listed none of its merged copies).
     */
    private final java.util.Map<String, String> heldAs = new java.util.HashMap<>();

    /** A DOI in any of its spellings (bare, behind a resolver, doi:), each as the indexes hold it, in lower case. */
    private static final String DOI_SPELLINGS = "lower(doi) IN (" + String.join(",", java.util.Collections.nCopies(DoiSpellings.count(), "?")) + ")";
    /**
     * The record held without a PMID under a DOI. By its index, named: with the DOI's spellings SQLite took the index of PMIDs
     * for "pmid IS NULL", a read of every such record for each record of PubMed applied to a store that holds another
     * database's export.
     */
    static final String FIND_DOI_ONLY = "SELECT record_id FROM records INDEXED BY records_doi_only WHERE " + DOI_SPELLINGS
            + " AND pmid IS NULL ORDER BY seq LIMIT 1";
    /** The record held with a PMID under a DOI (records_doi_with_pmid, made when first asked). */
    static final String FIND_DOI_WITH_PMID = "SELECT record_id FROM records WHERE " + DOI_SPELLINGS + " AND pmid IS NOT NULL ORDER BY seq LIMIT 1";

    RecordApplier(Connection db) throws SQLException {
        this.db = db;
        findRecord = db.prepareStatement("SELECT seq, version, source, content_hash, extraction_hash, file_id, retracted"
                + " FROM records WHERE record_id = ?");
        findContent = db.prepareStatement("SELECT content FROM records WHERE seq = ?");
        // the other copy of an article known by its DOI: held without a PMID where this copy has one (records_doi_only, an
        // index of the few such records), or the reverse (a copy without a PMID: records_doi_with_pmid, made when first asked)
        findDoiOnly = db.prepareStatement(FIND_DOI_ONLY);
        findDoiWithPmid = db.prepareStatement(FIND_DOI_WITH_PMID);
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM records WHERE pmid IS NULL LIMIT 1")) {
            heldWithoutPmid = rs.next();
        }
        rekey = db.prepareStatement("UPDATE records SET record_id = ? WHERE record_id = ?");
        rekeyMergedCopies = db.prepareStatement("UPDATE merged_copies SET record_id = ? WHERE record_id = ?");
        // a file's age: its content's first application (a file applied again keeps the age of its first)
        findTextAge = db.prepareStatement("SELECT f.path, coalesce((SELECT min(o.file_id) FROM files o WHERE o.sha256 = f.sha256"
                + " AND o.status IN " + FileStatus.APPLIED_SQL + "), f.file_id), r.command FROM files f JOIN runs r ON r.run_id = f.run_id"
                + " WHERE f.file_id = ?");
        findDeletion = db.prepareStatement("SELECT version, seq FROM deletions WHERE record_id = ?");
        // seq given for a record brought back by a later version after a deletion, else null: the next one
        insertRecord = db.prepareStatement("INSERT INTO records (seq, record_id, pmid, doi, version, source, title, journal, year, design,"
                + " retracted, design_basis, findings, file_id, content_hash, extraction_hash, content) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS);
        seqTaken = db.prepareStatement("SELECT 1 FROM records WHERE seq = ?");
        findPath = db.prepareStatement("SELECT path FROM files WHERE file_id = ?");
        updateRecord = db.prepareStatement("UPDATE records SET pmid = ?, doi = ?, version = ?, source = ?, title = ?, journal = ?, year = ?,"
                + " design = ?, retracted = ?, design_basis = ?, findings = ?, file_id = ?, content_hash = ?, extraction_hash = ?, content = ?"
                + " WHERE seq = ?");
        updateExtraction = db.prepareStatement("UPDATE records SET design = ?, retracted = ?, design_basis = ?, findings = ?, file_id = ?,"
                + " extraction_hash = ? WHERE seq = ?");
        reattribute = db.prepareStatement("UPDATE records SET file_id = ? WHERE seq = ?");
        deleteFindings = db.prepareStatement("DELETE FROM findings WHERE seq = ?");
        insertFinding = db.prepareStatement("INSERT INTO findings (seq, ordinal, record_id, pmid, kind, subject, subject_label, subject_text,"
                + " direction, attributes, field, section, sentence, sentence_start, sentence_end, mention_start, mention_end, extractor,"
                + " extractor_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        deleteRecord = db.prepareStatement("DELETE FROM records WHERE seq = ?");
        upsertDeletion = db.prepareStatement("INSERT INTO deletions (record_id, version, file_id, seq) VALUES (?,?,?,?)"
                + " ON CONFLICT (record_id) DO UPDATE SET version = max(version, excluded.version), file_id = excluded.file_id,"
                + " seq = coalesce(excluded.seq, seq)");
        insertChange = db.prepareStatement("INSERT INTO changes (file_id, record_id, version, change) VALUES (?,?,?,?)");
        // a copy the store merged as a duplicate, listed with the copy kept as a run lists the copies it merged (StoredRun)
        insertMergedCopy = db.prepareStatement("INSERT INTO merged_copies (run_id, record_id, origins)"
                + " SELECT run_id, ?, ? FROM files WHERE file_id = ?");
    }

    /** The version a record counts as: its own, else 1. */
    static int versionOf(BibliographicRecord record) {
        return record.version() == null ? 1 : record.version();
    }

    /** The later texts kept since the last call, in the order met; the list is emptied. */
    List<LaterTextKept> takeKeptTexts() {
        List<LaterTextKept> taken = List.copyOf(keptTexts);
        keptTexts.clear();
        return taken;
    }

    /**
     * Applies one record of the input {@code fileId}, encoded by {@link RecordCodec#encode}, counting what it did in {@code changes}.
     *
     * @param firstApplied the {@code file_id} of the store's first application of this input's content (its checksum), or
     *                     {@code fileId} when the store never applied it: an input applied again with {@code --force} is as
     *                     old as its first application, and its texts do not replace those of inputs first applied after it
     */
    void apply(RecordFindings delivered, RecordCodec.Encoded encoded, long fileId, long firstApplied, Changes changes) throws SQLException {
        BibliographicRecord record = delivered.record();
        String id = record.id();
        int version = versionOf(record);
        String source = record.origins().isEmpty() ? null : record.origins().get(0).source();
        Stored stored = find(id);
        if (stored == null) {
            // before the DOI is looked at: a deleted PMID does not come back as the DOI copy it revises (the review of
            // session 19, D2)
            Integer deletedAt = deletedVersion(id);
            if (deletedAt != null && version <= deletedAt) {
                changes.superseded++;
                change(fileId, id, version, "superseded-by-deletion");
                return;
            }
        }
        if (stored == null && record.doi() != null) {
            String other = heldByDoi(record);
            if (other != null && record.pmid() != null) {
                // the article the store holds by its DOI alone (an export without PMIDs applied first), now with its PMID:
                // that record, known by its PMID from now on, and revised by this copy (F9: two studies for one article),
                // unless the stored text is of a later input (an older file applied again with --force: D2)
                Stored held = find(other);
                if (laterTextKept(held, id, version, fileId, firstApplied, changes)) {
                    heldAs.put(id, other); // the record stays under its DOI, and so do the copies the run merged into it
                    return; // decided before the rekey, which a revision completes (the review of session 19's change, R4)
                }
                rekey(other, id);
                revise(find(id), delivered, encoded, fileId, version, changes);
                return;
            }
            if (other == null && record.pmid() == null) {
                other = heldWithoutPmidByDoi(record); // one DOI is one article, in any case and under any id, as a run merges it (D7)
            }
            if (other != null) {
                Stored held = find(other);
                // only a record known by its DOI, whose every spelling an exclusion list matches: one known by its own id (a sheet's
                // R12) lost its exclusion when known by the copy's (the review of the change, R1)
                if (record.pmid() == null && Objects.equals(DoiSpellings.key(other), DoiSpellings.key(record.doi()))
                        && revisesUnderItsSpelling(delivered, encoded, source, held)) {
                    // the same article held without a PMID under another spelling of its DOI (RIS's bare DOI, BioC's resolver link),
                    // and this copy is the fuller one, or another text of its source: it revises the record, as a copy of the same id
                    // does, where it was merged and its abstract never read (the review of session 26's change, Q9; R5); decided
                    // before the rekey (R4)
                    if (laterTextKept(held, id, version, fileId, firstApplied, changes)) {
                        heldAs.put(id, other);
                        return;
                    }
                    rekey(other, id);
                    revise(find(id), delivered, encoded, fileId, version, changes);
                    return;
                }
                // a thinner copy of an article the store holds by its PMID, or by another spelling of its DOI: merged as a run merges it
                mergeDuplicate(record, other, held, fileId, version, changes);
                return;
            }
        }
        if (stored == null) {
            long seq = insert(delivered, fileId, encoded);
            heldWithoutPmid |= record.pmid() == null;
            insertFindings(seq, delivered, encoded);
            changes.added++;
            Changes.note(changes.addedIds, id);
            return;
        }
        if (version < stored.version) {
            changes.superseded++;
            change(fileId, id, version, "superseded");
            return;
        }
        boolean sameText = encoded.contentHash().equals(stored.contentHash);
        // a retraction read by another source than the stored copy's (PubMed XML after a MEDLINE export) revised nothing
        // where the stored copy's publication types already decided its design (the review of session 19, D5)
        boolean retracts = delivered.design().retracted() && !stored.retracted;
        boolean replaces = version > stored.version
                || (!sameText && (Objects.equals(source, stored.source) || retracts || fullerThanStored(record, stored)));
        if (replaces) {
            if (laterTextKept(stored, id, version, fileId, firstApplied, changes)) {
                return; // an older input applied again: told with the text kept
            }
            if (version == stored.version && stored.retracted && !delivered.design().retracted()) {
                // PubMed takes no retraction back: a copy of the retracted version without it is an older text (a baseline file, or an
                // earlier download, applied after the update that retracted the record), however new its file is to the store; it
                // had revised the record, and the retracted study voted again without a word (the review of session 25, L5)
                changes.superseded++;
                change(fileId, id, version, "superseded-by-retraction");
                return;
            }
            revise(stored, delivered, encoded, fileId, version, changes);
            return;
        }
        if (!sameText) {
            mergeDuplicate(record, id, stored, fileId, version, changes);
            return;
        }
        String extraction = encoded.extractionHash();
        if (extraction.equals(stored.extractionHash)) {
            changes.unchanged++;
            if (firstApplied != fileId) {
                // an input applied again (--force) extracted it anew, under this run's configuration, with the same outcome: the
                // record is this run's now, so that a store extracted again as a whole tells one configuration (an explorer's s22,
                // L2: the records a forced run found unchanged were still told as extracted by the run before)
                reattribute.setLong(1, fileId);
                reattribute.setLong(2, stored.seq);
                reattribute.executeUpdate();
            }
            return;
        }
        updateExtraction.setString(1, delivered.design().type().label());
        updateExtraction.setInt(2, delivered.design().retracted() ? 1 : 0);
        updateExtraction.setString(3, delivered.design().basis());
        updateExtraction.setInt(4, delivered.findings().size());
        updateExtraction.setLong(5, fileId);
        updateExtraction.setString(6, extraction);
        updateExtraction.setLong(7, stored.seq);
        updateExtraction.executeUpdate();
        replaceFindings(stored.seq, delivered, encoded);
        changes.reextracted++;
        Changes.note(changes.reextractedIds, id);
        change(fileId, id, version, "re-extracted");
    }

    /** Replaces the stored record and its findings by {@code delivered}'s, as a revision. */
    private void revise(Stored stored, RecordFindings delivered, RecordCodec.Encoded encoded, long fileId, int version, Changes changes)
            throws SQLException {
        String id = delivered.record().id();
        update(stored.seq, delivered, fileId, encoded);
        replaceFindings(stored.seq, delivered, encoded);
        changes.revised++;
        Changes.note(changes.revisedIds, id);
        change(fileId, id, version, "revised");
    }

    /** Counts {@code copy} a duplicate of the record held as {@code heldAs}, which stays, and notes the copy merged. */
    private void mergeDuplicate(BibliographicRecord copy, String heldAs, Stored stored, long fileId, int version, Changes changes)
            throws SQLException {
        changes.duplicate++;
        change(fileId, copy.id(), version, "duplicate");
        mergedCopy(copy, heldAs, stored, fileId);
        if (!copy.id().equals(heldAs)) {
            this.heldAs.put(copy.id(), heldAs);
        }
    }

    /**
     * Removes the records these deletions name, with their findings, and remembers each deletion.
     * A deletion of a version removes a stored record of that version or a lower one, and is
     * remembered at its version; one of a lower version than the store's leaves the stored record
     * standing (a {@code deletion-superseded} change, counted with the deletions that matched no
     * record), so that the order of versioned update files does not matter. A deletion that names no
     * version removes whatever version is stored, and is remembered at that version.
     */
    void delete(List<Deletion> deletions, long fileId, Changes changes) throws SQLException {
        for (Deletion deletion : deletions) {
            String id = deletion.id();
            Stored stored = find(id);
            int remembered = deletion.version() != null ? deletion.version() : stored != null ? stored.version : 1;
            if (stored != null && stored.version > remembered) {
                changes.deletionsUnmatched++;
                change(fileId, id, deletion.version(), "deletion-superseded");
            } else if (stored != null) {
                deleteFindings.setLong(1, stored.seq);
                deleteFindings.executeUpdate();
                deleteRecord.setLong(1, stored.seq);
                deleteRecord.executeUpdate();
                changes.deleted++;
                Changes.note(changes.deletedIds, id);
                change(fileId, id, stored.version, "deleted");
            } else {
                changes.deletionsUnmatched++;
                change(fileId, id, null, "deletion-unmatched");
            }
            upsertDeletion.setString(1, id);
            upsertDeletion.setInt(2, remembered);
            upsertDeletion.setLong(3, fileId);
            if (stored != null && stored.version <= remembered) {
                upsertDeletion.setLong(4, stored.seq);
            } else {
                upsertDeletion.setNull(4, Types.INTEGER);
            }
            upsertDeletion.executeUpdate();
        }
    }

    private record Stored(long seq, int version, String source, String contentHash, String extractionHash, long fileId, boolean retracted) {
    }

    private Stored find(String id) throws SQLException {
        findRecord.setString(1, id);
        try (ResultSet rs = findRecord.executeQuery()) {
            return rs.next() ? new Stored(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                    rs.getInt(7) != 0) : null;
        }
    }

    /**
     * Whether {@code delivered}, a copy held under another spelling of its DOI, replaces the held copy as a copy of the same id
     * would: of no lower version, no copy without a retraction of a retracted one, and another text read by the same source (a
     * sheet exported again, whose DOI a new version writes in another spelling: the review of the change, R5) or a fuller copy.
     */
    private boolean revisesUnderItsSpelling(RecordFindings delivered, RecordCodec.Encoded encoded, String source, Stored held)
            throws SQLException {
        if (versionOf(delivered.record()) < held.version || held.retracted && !delivered.design().retracted()) {
            return false;
        }
        BibliographicRecord copy = delivered.record();
        BibliographicRecord kept = storedCopy(copy.id(), held);
        if (kept == null) {
            return false;
        }
        // another text, not the same one with its DOI spelt otherwise (a case, a resolver), which its hash tells apart too
        boolean otherText = !encoded.contentHash().equals(held.contentHash) && !(Objects.equals(kept.title(), copy.title())
                && kept.sections().equals(copy.sections()) && kept.publicationTypes().equals(copy.publicationTypes()));
        return otherText && Objects.equals(source, held.source) || CopyHoldings.fuller(holdings.of(copy), holdings.of(kept));
    }

    /** Whether {@code copy} is fuller than the stored copy, as a run's duplicate merge tells a fuller copy ({@link CopyHoldings}). */
    private boolean fullerThanStored(BibliographicRecord copy, Stored stored) throws SQLException {
        BibliographicRecord kept = storedCopy(copy.id(), stored);
        return kept != null && CopyHoldings.fuller(holdings.of(copy), holdings.of(kept));
    }

    /**
     * Notes a copy merged into the stored one: the stored copy's first origin, then the copy's own, as a run's
     * {@code duplicates} lists them, so that a report of the store names the copies a run over the same inputs names.
     */
    private void mergedCopy(BibliographicRecord copy, String heldAs, Stored stored, long fileId) throws SQLException {
        BibliographicRecord kept = storedCopy(heldAs, stored);
        List<Origin> origins = new ArrayList<>();
        if (kept != null && !kept.origins().isEmpty()) {
            origins.add(kept.origins().get(0));
        }
        origins.addAll(copy.origins());
        insertMergedCopy.setString(1, heldAs);
        insertMergedCopy.setString(2, StoreJson.origins(origins));
        insertMergedCopy.setLong(3, fileId);
        insertMergedCopy.executeUpdate();
    }

    /** The stored copy of record {@code id}, read back; null when it has no content. */
    private BibliographicRecord storedCopy(String id, Stored stored) throws SQLException {
        findContent.setLong(1, stored.seq);
        byte[] content;
        try (ResultSet rs = findContent.executeQuery()) {
            content = rs.next() ? rs.getBytes(1) : null;
        }
        if (content == null) {
            return null;
        }
        try {
            return RecordCodec.decode(content);
        } catch (java.io.IOException e) {
            throw new SQLException("the stored record " + id + " cannot be read back: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the stored text, at the copy's version, is of an input younger than the copy's: it is then the current one (a
     * retraction, a correction), and the copy is superseded by it (counted and noted, with the text kept told).
     */
    private boolean laterTextKept(Stored stored, String id, int version, long fileId, long firstApplied, Changes changes)
            throws SQLException {
        if (version != stored.version || stored.fileId == fileId) {
            return false;
        }
        findTextAge.setLong(1, stored.fileId);
        try (ResultSet rs = findTextAge.executeQuery()) {
            // older: applied first before the stored text's input was (an input applied again with --force), or a PubMed file
            // numbered before it that arrives late, whose older text replaced the later correction without a word (the review of
            // session 28, K1)
            if (rs.next() && (firstApplied < rs.getLong(2) || UpdateFileOrder.earlier(pathOf(fileId), rs.getString(1)))) {
                changes.superseded++;
                change(fileId, id, version, "superseded-by-later-text");
                keptTexts.add(new LaterTextKept(id, version, stored.retracted, writer(rs.getString(1), rs.getString(3))));
                return true;
            }
        }
        return false;
    }

    /** The path of the input {@code fileId} as its run showed it, asked once an input. */
    private String pathOf(long fileId) throws SQLException {
        if (fileId != pathOfFile) {
            findPath.setLong(1, fileId);
            try (ResultSet rs = findPath.executeQuery()) {
                path = rs.next() ? rs.getString(1) : null;
            }
            pathOfFile = fileId;
        }
        return path;
    }

    /**
     * The id of the held record of {@code copy}'s DOI that is held the other way: without a PMID where the copy has one,
     * with one where the copy has none; null when there is none.
     */
    private String heldByDoi(BibliographicRecord copy) throws SQLException {
        if (copy.pmid() != null && !heldWithoutPmid) {
            return null;
        }
        if (copy.pmid() == null && !doiWithPmidIndexed) {
            // a store of PubMed's records never asks this, and keeps no such index; one applying another database's export
            // (a RIS or CSV file without PMIDs) asks it of every record, which without the index read the whole table each
            // time (the review of session 19, D6). Made once, then kept up by SQLite.
            try (Statement s = db.createStatement()) {
                s.execute(StoreSchema.RECORDS_DOI_WITH_PMID);
            }
            doiWithPmidIndexed = true;
        }
        PreparedStatement find = copy.pmid() != null ? findDoiOnly : findDoiWithPmid;
        setSpellings(find, copy.doi());
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * The id of a record held without a PMID under {@code copy}'s DOI, in any case, by another id than the copy's (the DOI
     * written in another case, or a sheet's own id); null when there is none.
     */
    private String heldWithoutPmidByDoi(BibliographicRecord copy) throws SQLException {
        if (!heldWithoutPmid) {
            return null;
        }
        setSpellings(findDoiOnly, copy.doi());
        try (ResultSet rs = findDoiOnly.executeQuery()) {
            String held = rs.next() ? rs.getString(1) : null;
            return held == null || held.equals(copy.id()) ? null : held;
        }
    }

    /** Sets a find by DOI to every spelling of {@code doi}. */
    private static void setSpellings(PreparedStatement find, String doi) throws SQLException {
        List<String> spellings = DoiSpellings.of(DoiSpellings.key(doi));
        for (int i = 0; i < spellings.size(); i++) {
            find.setString(i + 1, spellings.get(i));
        }
    }

    /** The id the store holds the record of id {@code id} by, after this run's rekeys and merges. */
    String heldAs(String id) {
        String held = id;
        for (int hops = 0; hops < 8 && heldAs.containsKey(held); hops++) {
            held = heldAs.get(held);
        }
        return held;
    }

    /** Gives the held record {@code from} the id {@code to}, with the copies merged into it. */
    private void rekey(String from, String to) throws SQLException {
        heldAs.put(from, to);
        rekey.setString(1, to);
        rekey.setString(2, from);
        rekey.executeUpdate();
        rekeyMergedCopies.setString(1, to);
        rekeyMergedCopies.setString(2, from);
        rekeyMergedCopies.executeUpdate();
    }

    private Integer deletedVersion(String id) throws SQLException {
        findDeletion.setString(1, id);
        try (ResultSet rs = findDeletion.executeQuery()) {
            if (!rs.next()) {
                freedSeq = null;
                return null;
            }
            long seq = rs.getLong(2);
            freedSeq = rs.wasNull() ? null : seq;
            freedSeqOf = id;
            return rs.getInt(1);
        }
    }

    private long insert(RecordFindings delivered, long fileId, RecordCodec.Encoded encoded) throws SQLException {
        BibliographicRecord r = delivered.record();
        Long seq = freedSeq != null && r.id().equals(freedSeqOf) && !taken(freedSeq) ? freedSeq : null;
        freedSeq = null;
        insertRecord.setLong(1, seq != null ? seq : nextSeq());
        insertRecord.setString(2, r.id());
        bindRecord(insertRecord, 3, delivered, fileId, encoded);
        insertRecord.executeUpdate();
        try (ResultSet keys = insertRecord.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("SQLite gave no row id for the record " + r.id());
            }
            return keys.getLong(1);
        }
    }

    /**
     * The place of the next record added: after every record held and every place a deletion freed. SQLite's own next row id
     * is one past the records held, which gave a freed last place to the next record added, and the record brought back later
     * went to the end (the review of the session's change, R1). Asked of the store once a run, then counted on.
     */
    private long nextSeq() throws SQLException {
        if (nextSeq == 0) {
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT max(coalesce((SELECT max(seq) FROM records), 0), coalesce((SELECT max(seq) FROM deletions), 0))")) {
                nextSeq = (rs.next() ? rs.getLong(1) : 0) + 1;
            }
        }
        return nextSeq++;
    }

    /** Whether a record holds {@code seq} now. */
    private boolean taken(long seq) throws SQLException {
        seqTaken.setLong(1, seq);
        try (ResultSet rs = seqTaken.executeQuery()) {
            return rs.next();
        }
    }

    private void update(long seq, RecordFindings delivered, long fileId, RecordCodec.Encoded encoded) throws SQLException {
        int next = bindRecord(updateRecord, 1, delivered, fileId, encoded);
        updateRecord.setLong(next, seq);
        updateRecord.executeUpdate();
    }

    /** Binds pmid ... content from parameter {@code i} on; returns the next parameter's index. */
    private static int bindRecord(PreparedStatement s, int i, RecordFindings delivered, long fileId, RecordCodec.Encoded encoded)
            throws SQLException {
        BibliographicRecord r = delivered.record();
        s.setString(i++, r.pmid());
        s.setString(i++, r.doi());
        s.setInt(i++, versionOf(r));
        s.setString(i++, r.origins().isEmpty() ? null : r.origins().get(0).source());
        s.setString(i++, r.title());
        s.setString(i++, r.journal());
        if (r.year() == null) {
            s.setNull(i++, Types.INTEGER);
        } else {
            s.setInt(i++, r.year());
        }
        s.setString(i++, delivered.design().type().label());
        s.setInt(i++, delivered.design().retracted() ? 1 : 0);
        s.setString(i++, delivered.design().basis());
        s.setInt(i++, delivered.findings().size());
        s.setLong(i++, fileId);
        s.setString(i++, encoded.contentHash());
        s.setString(i++, encoded.extractionHash());
        s.setBytes(i++, encoded.content());
        return i;
    }

    private void replaceFindings(long seq, RecordFindings delivered, RecordCodec.Encoded encoded) throws SQLException {
        deleteFindings.setLong(1, seq);
        deleteFindings.executeUpdate();
        insertFindings(seq, delivered, encoded);
    }

    private void insertFindings(long seq, RecordFindings delivered, RecordCodec.Encoded encoded) throws SQLException {
        int ordinal = 0;
        for (Finding f : delivered.findings()) {
            EvidenceSpan e = f.evidence();
            insertFinding.setLong(1, seq);
            insertFinding.setInt(2, ordinal++);
            insertFinding.setString(3, f.recordId());
            insertFinding.setString(4, delivered.record().pmid());
            insertFinding.setString(5, f.kind());
            insertFinding.setString(6, f.subject().key());
            insertFinding.setString(7, f.subject().label());
            insertFinding.setString(8, f.subject().text());
            insertFinding.setString(9, f.direction().label());
            insertFinding.setString(10, encoded.attributes().get(ordinal - 1));
            insertFinding.setString(11, e.field());
            insertFinding.setString(12, e.section());
            insertFinding.setString(13, e.sentence());
            insertFinding.setInt(14, e.sentenceStart());
            insertFinding.setInt(15, e.sentenceEnd());
            insertFinding.setInt(16, e.mentionStart());
            insertFinding.setInt(17, e.mentionEnd());
            insertFinding.setString(18, f.extractor());
            insertFinding.setString(19, f.extractorVersion());
            insertFinding.executeUpdate();
        }
    }

    private void change(long fileId, String id, Integer version, String what) throws SQLException {
        insertChange.setLong(1, fileId);
        insertChange.setString(2, id);
        if (version == null) {
            insertChange.setNull(3, Types.INTEGER);
        } else {
            insertChange.setInt(3, version);
        }
        insertChange.setString(4, what);
        insertChange.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(findRecord, findDoiOnly, findDoiWithPmid, rekey, rekeyMergedCopies, findContent, findTextAge, findDeletion, insertRecord, updateRecord, updateExtraction, reattribute, deleteFindings,
                insertFinding, deleteRecord, upsertDeletion, seqTaken, findPath, insertChange, insertMergedCopy)) {
            s.close();
        }
    }

    /**
     * The input that wrote a stored text, as a user applies it again: its path, and for an input
     * imported from an evidentia-spark job's output ({@code import OUT} in the runs table), that
     * output, which is what {@code evidentia import --force} is given.
     */
    private static String writer(String path, String command) {
        String imported = "import ";
        return command != null && command.startsWith(imported) ? path + " of the job output " + command.substring(imported.length()) : path;
    }
}
