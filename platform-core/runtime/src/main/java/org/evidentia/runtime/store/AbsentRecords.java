package org.evidentia.runtime.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.evidentia.runtime.exclusion.ExclusionList;
import org.evidentia.runtime.text.Plural;

/**
 * Finds the records a store holds from earlier applications of an input that the input, applied again, no longer
 * holds: a search export downloaded again without records it had (withdrawn from the search, or mis-imported the
 * first time). They stay in the store, which removes records only when an input deletes them; a run says so, so that
 * the reviewer can list them for exclusion. An input is known by the search it came from ({@code pubmed:QUERY}, all
 * of its batch files together) or else by its file's real path; a record another input's application holds is not
 * absent. Each application keeps the ids it held ({@code files.record_ids}); for one applied before stores kept them,
 * the records it wrote last stand in.
 */
public final class AbsentRecords {

    /** How many ids a notice names; run.json lists up to {@value #IDS_LISTED}. */
    static final int IDS_NAMED = 10;
    static final int IDS_LISTED = 1000;

    /**
     * Records absent from one input applied again.
     *
     * @param input as the run shows it: the file as given, or the search ({@code pubmed:QUERY})
     * @param ids   the records' ids, in the order the earlier applications held them
     */
    public record Absent(String input, List<String> ids) {
        public Absent {
            ids = List.copyOf(ids);
        }

        /** The console's note: how many, which, that they stay and how to leave them out. */
        public String notice() {
            return String.format(Locale.ROOT, "%s this store holds from earlier applications of %s %s not in it now: %s. %s in the"
                            + " store; to leave %s out of the review, list %s in an exclusion list (--exclude FILE; docs/user-guide.md,"
                            + " \"Excluding records\").", Plural.count(ids.size(), "record"), input, ids.size() == 1 ? "is" : "are",
                    named(ids), ids.size() == 1 ? "It stays" : "They stay", ids.size() == 1 ? "it" : "them", ids.size() == 1 ? "it" : "them");
        }
    }

    /** The first {@value #IDS_NAMED} of {@code ids}, and how many more: {@code 25977516, 25935433 and 12 more}. */
    static String named(List<String> ids) {
        String first = String.join(", ", ids.subList(0, Math.min(IDS_NAMED, ids.size())));
        return ids.size() > IDS_NAMED ? first + String.format(Locale.ROOT, " and %,d more", ids.size() - IDS_NAMED) : first;
    }

    /**
     * One application of this run.
     *
     * @param fileId   its row in {@code files}
     * @param identity what it is an application of: {@code input:pubmed:QUERY} or {@code real:/path}
     * @param shown    the input as the run shows it
     * @param complete read to its end by a source (not partial, not unread)
     * @param ids      the ids of the records it held
     */
    record Application(long fileId, String identity, String shown, boolean complete, Set<String> ids) {
    }

    /**
     * A batch file of a search that this run left out, as the store applied its bytes before: its records are in the search
     * now all the same (the review of session 20, scale 1: the records of a search's unchanged first batch were told to
     * have left it when a later batch was applied again, and a search that lost its last batch was told nothing).
     *
     * @param search the search it came from ({@code pubmed:QUERY})
     * @param sha256 its bytes' checksum
     * @param runId  the run that applied those bytes
     */
    record SkippedBatch(String search, String sha256, long runId) {
    }

    private AbsentRecords() {
    }

    /** The identity of an application: the search it came from, else its file. */
    static String identity(String input, String realPath) {
        return input != null ? "input:" + input : "real:" + realPath;
    }

    /** Whether an earlier run applied the input of this identity (read to its end or part-way). */
    static boolean appliedBefore(Connection db, long runId, String identity) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(earlier("1") + " LIMIT 1")) {
            bindEarlier(s, runId, identity);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The query of the earlier applications of an identity, selecting {@code columns}; bound by {@link #bindEarlier}. */
    private static String earlier(String columns) {
        return "SELECT " + columns + " FROM files WHERE run_id <> ? AND status IN " + FileStatus.APPLIED_SQL
                + " AND (input = ? OR input IS NULL AND real_path = ?)";
    }

    private static void bindEarlier(PreparedStatement s, long runId, String identity) throws SQLException {
        boolean search = identity.startsWith("input:");
        String value = identity.substring(identity.indexOf(':') + 1);
        s.setLong(1, runId);
        s.setString(2, search ? value : null); // input = NULL is never true
        s.setString(3, search ? null : value);
    }

    /**
     * The absent records of each input this run applied again, in the order of the run's inputs; empty when none is. A
     * search is all of its batch files: those this run {@code skipped} as applied before hold their records still, and one
     * of {@code emptySearches}, which found no record, holds none.
     */
    static List<Absent> find(Connection db, long runId, List<Application> applied, List<SkippedBatch> skipped, List<String> emptySearches,
                             ExclusionList excluded) throws SQLException, IOException {
        Map<String, List<Application>> byInput = new LinkedHashMap<>();
        applied.forEach(a -> byInput.computeIfAbsent(a.identity(), k -> new ArrayList<>()).add(a));
        Map<String, List<SkippedBatch>> skippedByInput = new LinkedHashMap<>();
        skipped.forEach(b -> skippedByInput.computeIfAbsent(identity(b.search(), null), k -> new ArrayList<>()).add(b));
        skippedByInput.keySet().forEach(identity -> byInput.putIfAbsent(identity, List.of()));
        // a search that found nothing gave no file, and every record the store got from it has left it (the review of
        // session 23, P1: a living review's search that suddenly found 0 records was told "no input given")
        emptySearches.forEach(search -> byInput.putIfAbsent(identity(search, null), List.of()));
        List<Absent> absent = new ArrayList<>();
        for (Map.Entry<String, List<Application>> input : byInput.entrySet()) {
            List<Application> now = input.getValue();
            if (now.stream().anyMatch(a -> !a.complete())) {
                continue; // read part-way or not at all: what it lacks is no sign that records left it
            }
            List<SkippedBatch> unchanged = skippedByInput.getOrDefault(input.getKey(), List.of());
            Set<Long> earlier = new LinkedHashSet<>();
            Set<String> before = new LinkedHashSet<>();
            try (PreparedStatement s = db.prepareStatement(earlier("file_id, record_ids") + " ORDER BY file_id")) {
                bindEarlier(s, runId, input.getKey());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        earlier.add(rs.getLong(1));
                        before.addAll(rs.getBytes(2) == null ? lastWrittenBy(db, rs.getLong(1)) : decode(rs.getBytes(2)));
                    }
                }
            }
            if (earlier.isEmpty()) {
                continue;
            }
            Set<Long> ofThisInput = new HashSet<>(earlier);
            now.forEach(a -> ofThisInput.add(a.fileId()));
            now.forEach(a -> before.removeAll(a.ids()));
            for (SkippedBatch batch : unchanged) {
                before.removeAll(idsOf(db, batch));
            }
            List<String> candidates = heldFromThisInputOnly(db, before, ofThisInput, excluded);
            if (!candidates.isEmpty()) {
                candidates.removeAll(heldByOtherInputs(db, candidates, ofThisInput));
            }
            if (!candidates.isEmpty()) {
                absent.add(new Absent(!now.isEmpty() ? now.get(0).shown() : input.getKey().substring("input:".length()), candidates));
            }
        }
        return absent;
    }

    /** The ids the application of a skipped batch's bytes held. */
    private static Set<String> idsOf(Connection db, SkippedBatch batch) throws SQLException, IOException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement s = db.prepareStatement("SELECT file_id, record_ids FROM files WHERE run_id = ? AND sha256 = ?"
                + " AND status IN " + FileStatus.APPLIED_SQL)) {
            s.setLong(1, batch.runId());
            s.setString(2, batch.sha256());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.addAll(rs.getBytes(2) == null ? lastWrittenBy(db, rs.getLong(1)) : decode(rs.getBytes(2)));
                }
            }
        }
        return ids;
    }

    /**
     * Of {@code ids}, those the store holds whose text an application of this input wrote last, less those the store's exclusion
     * list leaves out: the note says to list them there, and so told it was repeated at every run all the same (the review
     * of session 20's change, 3).
     */
    private static List<String> heldFromThisInputOnly(Connection db, Collection<String> ids, Set<Long> ofThisInput, ExclusionList excluded)
            throws SQLException {
        List<String> held = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT file_id, pmid, doi FROM records WHERE record_id = ?")) {
            for (String id : ids) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && ofThisInput.contains(rs.getLong(1))
                            && (excluded == null || excluded.of(rs.getString(2), rs.getString(3), id) == null)) {
                        held.add(id); // not deleted since, nor last written by another input, nor left out of the review
                    }
                }
            }
        }
        return held;
    }

    /** Of {@code candidates}, those that an application of another input held. */
    private static Set<String> heldByOtherInputs(Connection db, List<String> candidates, Set<Long> ofThisInput) throws SQLException, IOException {
        Set<String> wanted = new HashSet<>(candidates);
        Set<String> found = new HashSet<>();
        try (PreparedStatement s = db.prepareStatement("SELECT file_id, record_ids FROM files WHERE record_ids IS NOT NULL"
                + " AND status IN " + FileStatus.APPLIED_SQL);
             ResultSet rs = s.executeQuery()) {
            while (rs.next() && found.size() < wanted.size()) {
                if (ofThisInput.contains(rs.getLong(1))) {
                    continue;
                }
                for (String id : decode(rs.getBytes(2))) {
                    if (wanted.contains(id)) {
                        found.add(id);
                    }
                }
            }
        }
        return found;
    }

    /** The records an application logged before stores kept ids wrote last: what stands in for the ids it held. */
    private static List<String> lastWrittenBy(Connection db, long fileId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT record_id FROM records WHERE file_id = ? ORDER BY seq")) {
            s.setLong(1, fileId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** The ids, one a line, deflated: {@code files.record_ids}. */
    static byte[] encode(Collection<String> ids) {
        byte[] text = String.join("\n", ids).getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(text);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, text.length / 3));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A list of ids inflates at most this many times its deflated size, beyond {@link #MIN_INFLATED_LIMIT}. */
    static final long MAX_INFLATION = 64;
    static final long MIN_INFLATED_LIMIT = 16L << 20;

    /** The ids {@link #encode} wrote. */
    static List<String> decode(byte[] deflated) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 3);
            byte[] buffer = new byte[8192];
            // ids deflate to a third or a fifth; a crafted list that inflates a thousandfold ended a report out of memory,
            // with advice about its inputs (the review of session 19, D4)
            long limit = Math.max(MIN_INFLATED_LIMIT, MAX_INFLATION * deflated.length);
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                // an empty list's stream ends in the call that returns nothing: finished, not cut short
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("the ids an input held are cut short");
                }
                if (out.size() + n > limit) {
                    throw new IOException("the ids an input held are damaged: " + deflated.length + " bytes inflate to more than "
                            + limit + ", far beyond what a list of ids deflates to");
                }
                out.write(buffer, 0, n);
            }
            String text = out.toString(StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
        } catch (DataFormatException e) {
            throw new IOException("the ids an input held are damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
