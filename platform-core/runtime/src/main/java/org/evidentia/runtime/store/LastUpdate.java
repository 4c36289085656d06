package org.evidentia.runtime.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidentia.runtime.text.Plural;

/**
 * What the store's last update changed, for a living review's reader who asks what is new since the last report: the
 * last run that applied inputs to a store an earlier run had made, with the interrupted runs before it that it went on
 * from, the inputs they applied, and the records they added, revised, re-extracted and deleted. A run's run.json lists those records too, but the next run writes its own, even one that applies nothing
 * (the review of session 25, L6); the store keeps each run's lists ({@code runs.changed_ids}) for this.
 *
 * @param runs      the update's runs, oldest first
 * @param runDate   the run date of its last run
 * @param inputs    the inputs it applied, as its runs showed them, in order
 * @param counts    what it did to the store's records, all its runs together
 * @param ids       the first {@value Changes#IDS_KEPT} ids of each change, all its runs together; null when one of its
 *                  runs was made by a version that kept none (a store of format 6 or before)
 * @param retracted of the records it added, revised or re-extracted, those the store holds now as retracted
 */
record LastUpdate(List<Long> runs, String runDate, List<String> inputs, ChangeCounts counts, StoreRecorder.ChangedIds ids,
                  List<String> retracted) {

    /** How many ids of each change, and how many inputs, the notice names; run.json lists up to {@value Changes#IDS_KEPT}. */
    private static final int NAMED = 10;

    /** The store's last update, or null when no run updated what an earlier run made. */
    static LastUpdate read(Connection db) throws SQLException, IOException {
        boolean keepsIds = StoreSchema.format(db) >= StoreSchema.CHANGED_IDS_SINCE;
        List<Long> runs = new ArrayList<>();
        String runDate = null;
        Changes counts = new Changes();
        boolean everyRunKeptIds = keepsIds;
        List<StoreRecorder.ChangedIds> idsByRun = new ArrayList<>();
        boolean madeBefore = false;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id, status, run_date, records_added, records_revised, records_reextracted,"
                     + " records_deleted, " + (keepsIds ? "changed_ids" : "NULL") + " FROM runs WHERE files_applied > 0"
                     + " ORDER BY run_id DESC")) {
            while (rs.next()) {
                // a run stopped by a signal or killed (interrupted) is gone on from by the next; one that failed (a --strict run's
                // problems, say) applied its inputs as an update of its own (the review of the session's change, R11)
                if (!runs.isEmpty() && !rs.getString(2).equals("interrupted")) {
                    madeBefore = true; // the review the update changed
                    break;
                }
                runs.add(0, rs.getLong(1));
                if (runDate == null) {
                    runDate = rs.getString(3);
                }
                counts.added += rs.getLong(4);
                counts.revised += rs.getLong(5);
                counts.reextracted += rs.getLong(6);
                counts.deleted += rs.getLong(7);
                String ids = rs.getString(8);
                if (ids == null) {
                    everyRunKeptIds = false;
                } else {
                    idsByRun.add(0, StoreJson.changedIds(ids));
                }
            }
        }
        if (!madeBefore) {
            return null; // the runs that made the store (one, or one and those it went on from): no update
        }
        StoreRecorder.ChangedIds ids = everyRunKeptIds ? joined(idsByRun) : null;
        return new LastUpdate(List.copyOf(runs), runDate, inputs(db, runs), counts.snapshot(), ids, ids == null ? List.of() : retracted(db, ids));
    }

    /** The ids of the runs one after another, each change's at most {@value Changes#IDS_KEPT}, each id once. */
    private static StoreRecorder.ChangedIds joined(List<StoreRecorder.ChangedIds> idsByRun) {
        Changes all = new Changes();
        idsByRun.forEach(all::noteIds);
        return all.ids();
    }

    private static List<String> inputs(Connection db, List<Long> runs) throws SQLException {
        List<String> inputs = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT path FROM files WHERE run_id = ? AND status IN " + FileStatus.APPLIED_SQL
                + " ORDER BY file_id")) {
            for (long run : runs) {
                s.setLong(1, run);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        inputs.add(rs.getString(1));
                    }
                }
            }
        }
        return inputs;
    }

    /** Of the records the update added, revised or re-extracted, those held now as retracted, in that order. */
    private static List<String> retracted(Connection db, StoreRecorder.ChangedIds ids) throws SQLException {
        Set<String> changed = new LinkedHashSet<>(ids.added());
        changed.addAll(ids.revised());
        changed.addAll(ids.reextracted());
        List<String> retracted = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT retracted FROM records WHERE record_id = ?")) {
            for (String id : changed) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getInt(1) != 0) {
                        retracted.add(id);
                    }
                }
            }
        }
        return retracted;
    }

    /**
     * {@code The last update, run 5 of 2026-02-08, applied in/w2/update.xml.gz: it added 3 records (31388400, ...), revised
     * 2 (31388340, 31388341) and deleted 2 (31388317, 25935433); of these, now marked retracted: 31388341.}
     */
    String notice() {
        StringBuilder notice = new StringBuilder("The last update, ");
        long last = runs.get(runs.size() - 1);
        if (runs.size() == 1) {
            notice.append("run ").append(last);
        } else {
            notice.append("runs ").append(runs.subList(0, runs.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append(" and ").append(last).append(runs.size() == 2 ? " (run " + last + " going on from run " + runs.get(0)
                            + ", which did not finish)" : " (each going on from the one before it, which did not finish)");
        }
        notice.append(" of ").append(day(runDate)).append(", applied ").append(named(inputs, inputs.size(), "input"));
        List<String> did = new ArrayList<>();
        changed(did, "added", counts.added(), ids == null ? null : ids.added(), true);
        changed(did, "revised", counts.revised(), ids == null ? null : ids.revised(), false);
        changed(did, "re-extracted", counts.reextracted(), ids == null ? null : ids.reextracted(), false);
        changed(did, "deleted", counts.deleted(), ids == null ? null : ids.deleted(), false);
        if (did.isEmpty()) {
            notice.append(": it added, revised and deleted no record.");
        } else {
            notice.append(": it ").append(did.size() == 1 ? did.get(0)
                    : String.join(", ", did.subList(0, did.size() - 1)) + " and " + did.get(did.size() - 1));
            if (!retracted.isEmpty()) {
                notice.append("; of these, now marked retracted: ").append(named(retracted, retracted.size(), null));
            }
            notice.append('.');
        }
        return notice.toString();
    }

    /** The day of a run date as the store keeps it ({@code 2026-02-07T00:00:00Z}), in UTC, as the report dates a run. */
    private static String day(String runDate) {
        try {
            return Instant.parse(runDate).atOffset(ZoneOffset.UTC).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return runDate; // not written by Evidentia: shown as it is
        }
    }

    private static void changed(List<String> did, String change, long count, List<String> ids, boolean withNoun) {
        if (count == 0) {
            return;
        }
        String counted = withNoun ? Plural.count(count, "record") : String.format(Locale.ROOT, "%,d", count);
        did.add(change + " " + counted + (ids == null || ids.isEmpty() ? "" : " (" + named(ids, count, null) + ")"));
    }

    /** The first {@value #NAMED} of {@code names}, and how many more of {@code count} there are: {@code and 5 more [nouns]}. */
    private static String named(List<String> names, long count, String noun) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
        long rest = count - Math.min(NAMED, names.size());
        return rest <= 0 ? shown : shown + String.format(Locale.ROOT, " and %,d more", rest) + (noun == null ? "" : " " + Plural.noun(rest, noun));
    }

    /** run.json's {@code last_update}: an object. */
    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("runs");
        for (long run : runs) {
            json.writeNumber(run);
        }
        json.writeEndArray();
        json.writeStringField("run_date", runDate);
        StoreSection.writeIds(json, "inputs", inputs);
        json.writeNumberField("records_added", counts.added());
        json.writeNumberField("records_revised", counts.revised());
        json.writeNumberField("records_reextracted", counts.reextracted());
        json.writeNumberField("records_deleted", counts.deleted());
        if (ids == null) {
            json.writeNullField("added_ids");
            json.writeNullField("revised_ids");
            json.writeNullField("reextracted_ids");
            json.writeNullField("deleted_ids");
            json.writeNullField("retracted_ids");
        } else {
            StoreSection.writeIds(json, "added_ids", ids.added());
            StoreSection.writeIds(json, "revised_ids", ids.revised());
            StoreSection.writeIds(json, "reextracted_ids", ids.reextracted());
            StoreSection.writeIds(json, "deleted_ids", ids.deleted());
            StoreSection.writeIds(json, "retracted_ids", retracted);
        }
        json.writeEndObject();
    }
}
