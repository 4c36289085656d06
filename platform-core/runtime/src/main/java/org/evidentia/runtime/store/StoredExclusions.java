package org.evidentia.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidentia.runtime.exclusion.ExcludedId;
import org.evidentia.runtime.exclusion.ExclusionList;
import org.evidentia.runtime.exclusion.ExclusionTally;

/**
 * The review's exclusion list as a store keeps it, in its {@code exclusions} table: one row per id, with its
 * reason, the list file it came from (and, since format 4, the file's SHA-256 as that run read it) and the run that set it. A run given {@code --exclude FILE} replaces the
 * whole list; the records stay in the store with their findings, and its reports leave them out, so a record
 * taken off the list comes back without anything being read again.
 */
public final class StoredExclusions {

    static final String TABLE = "CREATE TABLE exclusions (id TEXT PRIMARY KEY, reason TEXT NOT NULL, list TEXT NOT NULL,"
            + " run_id INTEGER NOT NULL, list_sha256 TEXT)";

    private StoredExclusions() {
    }

    /** Of {@code ids}, those of records an update deleted, each with the input that deleted it, in the order given. */
    static Map<ExcludedId, String> deletedBy(Connection db, List<ExcludedId> ids) throws SQLException {
        Map<ExcludedId, String> deleted = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return deleted;
        }
        try (PreparedStatement find = db.prepareStatement("SELECT f.path FROM deletions d JOIN files f ON f.file_id = d.file_id"
                + " WHERE d.record_id = ?")) {
            for (ExcludedId id : ids) {
                find.setString(1, id.value());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        deleted.put(id, rs.getString(1));
                    }
                }
            }
        }
        return deleted;
    }

    /**
     * What a run did to the store's list.
     *
     * @param added   ids listed now that were not, with their reasons
     * @param removed ids no longer listed, with the reasons they had
     * @param changed ids listed with another reason than before, with their new reasons
     */
    public record Changes(List<ExclusionList.Exclusion> added, List<ExclusionList.Exclusion> removed, List<ExclusionList.Exclusion> changed) {

        static final Changes NONE = new Changes(List.of(), List.of(), List.of());

        public Changes {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }
    }

    /**
     * The list the store keeps, with the run that set it; null when it keeps none (an empty list is none), or the store is of
     * a format before lists (a report reads it as it is).
     */
    static Kept read(Connection db) throws SQLException {
        if (StoreSchema.format(db) < StoreSchema.EXCLUSIONS_SINCE) {
            return null;
        }
        List<ExclusionList.Exclusion> exclusions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String list = null;
        String sha256 = null;
        long runId = 0;
        // a store of format 3 kept no checksum of the list (a report reads it as it is)
        String checksum = StoreSchema.format(db) < StoreSchema.FINGERPRINTS_SINCE ? "NULL" : "list_sha256";
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, reason, list, run_id, " + checksum + " FROM exclusions ORDER BY id")) {
            while (rs.next()) {
                ExcludedId id = ExcludedId.parse(rs.getString(1));
                if (id == null) {
                    continue; // a row another program wrote: no id of a record, so it excludes none
                }
                if (!keys.add(id.key())) {
                    // another program's second row of one id (10.1/ABC and 10.1/abc, PMID: 1 and 1): the record is excluded
                    // either way, with the reason of the row first in the id's order, which a run replacing the list writes once
                    continue;
                }
                exclusions.add(new ExclusionList.Exclusion(id, rs.getString(2), 0));
                list = rs.getString(3);
                sha256 = rs.getString(5);
                runId = Math.max(runId, rs.getLong(4));
            }
        }
        return exclusions.isEmpty() ? null : new Kept(new ExclusionList(list, sha256, exclusions), runId);
    }

    /** The list a store keeps, and the run that set it. */
    record Kept(ExclusionList list, long runId) {
    }

    /** Replaces the store's list by {@code list} (in the caller's transaction); returns what changed. */
    static Changes replace(Connection db, ExclusionList list, long runId) throws SQLException {
        // compared by key, as the list tells ids apart: 10.1/ABC given again as 10.1/abc is the same id, not one added and one taken off
        Map<String, ExclusionList.Exclusion> before = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, reason FROM exclusions")) {
            while (rs.next()) {
                ExcludedId parsed = ExcludedId.parse(rs.getString(1));
                if (parsed != null) {
                    before.putIfAbsent(parsed.key(), new ExclusionList.Exclusion(parsed, rs.getString(2), 0));
                }
            }
        }
        List<ExclusionList.Exclusion> added = new ArrayList<>();
        List<ExclusionList.Exclusion> changed = new ArrayList<>();
        Set<String> now = new HashSet<>();
        for (ExclusionList.Exclusion e : list.exclusions()) {
            now.add(e.id().key());
            ExclusionList.Exclusion earlier = before.get(e.id().key());
            if (earlier == null) {
                added.add(e);
            } else if (!earlier.reason().equals(e.reason())) {
                changed.add(e);
            }
        }
        List<ExclusionList.Exclusion> removed = new ArrayList<>();
        before.forEach((key, earlier) -> {
            if (!now.contains(key)) {
                removed.add(earlier);
            }
        });
        removed.sort(java.util.Comparator.comparing((ExclusionList.Exclusion e) -> e.id().kind()).thenComparing(e -> e.id().value()));
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM exclusions");
        }
        try (PreparedStatement s = db.prepareStatement("INSERT INTO exclusions (id, reason, list, run_id, list_sha256) VALUES (?, ?, ?, ?, ?)")) {
            for (ExclusionList.Exclusion e : list.exclusions()) {
                s.setString(1, e.id().value());
                s.setString(2, e.reason());
                s.setString(3, list.file());
                s.setLong(4, runId);
                s.setString(5, list.sha256());
                s.executeUpdate();
            }
        }
        return new Changes(added, removed, changed);
    }

    /**
     * The store's records that {@code list} excludes, counted by reason, and the ids that match none of them: found by
     * the PMID and record id indexes, and by one reading of the DOIs when the list names records by DOI.
     */
    static ExclusionTally tally(Connection db, ExclusionList list) throws SQLException {
        ExclusionTally tally = new ExclusionTally(list);
        Set<String> seen = new HashSet<>();
        try (PreparedStatement byPmid = db.prepareStatement("SELECT pmid, doi, record_id FROM records WHERE pmid = ?");
             PreparedStatement byId = db.prepareStatement("SELECT pmid, doi, record_id FROM records WHERE record_id = ?")) {
            for (ExclusionList.Exclusion e : list.exclusions()) {
                PreparedStatement s = switch (e.id().kind()) {
                    case PMID -> byPmid;
                    case RECORD_ID -> byId;
                    case DOI -> null;
                };
                if (s == null) {
                    continue;
                }
                s.setString(1, e.id().value());
                count(s.executeQuery(), tally, seen);
            }
        }
        if (list.exclusions().stream().anyMatch(e -> e.id().kind() == ExcludedId.Kind.DOI)) {
            try (Statement s = db.createStatement()) {
                count(s.executeQuery("SELECT pmid, doi, record_id FROM records WHERE doi IS NOT NULL"), tally, seen);
            }
        }
        return tally;
    }

    private static void count(ResultSet rs, ExclusionTally tally, Set<String> seen) throws SQLException {
        try (rs) {
            while (rs.next()) {
                if (seen.contains(rs.getString(3))) {
                    continue;
                }
                if (tally.exclude(rs.getString(1), rs.getString(2), rs.getString(3)) != null) {
                    seen.add(rs.getString(3));
                }
            }
        }
    }
}
