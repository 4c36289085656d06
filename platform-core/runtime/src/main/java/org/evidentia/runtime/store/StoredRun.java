package org.evidentia.runtime.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.Counts;
import org.evidentia.api.RunSummary.Duplicate;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.PluginSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.StudyDesign;
import org.evidentia.runtime.engine.RecordedRun;

/**
 * The store's records and findings as a recorded run: records in the order they were first added
 * (a revised record keeps its place), each with its findings in their order, and a summary that says
 * what the store was made of. A store made by one run gives that run's summary (inputs, plugins,
 * options, counts, problems, notices, merged duplicates); a store that was updated also tells, in a
 * notice, what its updates changed.
 */
public final class StoredRun implements RecordedRun {

    private final FindingsStore store;
    private final Connection db;

    StoredRun(FindingsStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    @Override
    public List<FindingKind> kinds() {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT kinds FROM runs WHERE files_applied > 0 AND kinds IS NOT NULL ORDER BY run_id DESC LIMIT 1")) {
            return rs.next() ? StoreJson.kinds(rs.getString(1)) : List.of();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("findings store " + store.file() + ": cannot read its finding kinds: " + e.getMessage(), e);
        }
    }

    @Override
    public RunSummary summary() throws IOException {
        try {
            return readSummary();
        } catch (SQLException e) {
            throw store.failure("cannot read", e);
        }
    }

    private RunSummary readSummary() throws SQLException, IOException {
        Map<String, InputSummary> inputs = new LinkedHashMap<>();
        Map<String, List<Problem>> fileProblems = new LinkedHashMap<>();
        Map<String, long[]> fileCounts = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT path, sha256, source, records, skipped, unaccounted, problems FROM files"
                     + " WHERE status IN ('applied', 'partial') ORDER BY file_id")) {
            while (rs.next()) {
                String key = rs.getString(2) != null ? rs.getString(2) : "path:" + rs.getString(1);
                inputs.remove(key); // a file applied again is listed where it was applied last
                inputs.put(key, new InputSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                fileProblems.put(key, StoreJson.problems(rs.getString(7)));
                fileCounts.put(key, new long[] {rs.getLong(4), rs.getLong(5), rs.getLong(6)});
            }
        }
        long read = 0;
        long skipped = 0;
        long unaccounted = 0;
        for (long[] c : fileCounts.values()) {
            read += c[0];
            skipped += c[1];
            unaccounted += c[2];
        }
        Map<String, PluginSummary> plugins = new TreeMap<>();
        Map<String, Map<String, String>> options = Map.of();
        List<Problem> problems = new ArrayList<>();
        LinkedHashSet<String> notices = new LinkedHashSet<>();
        long runs = 0;
        Changes changes = new Changes();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT plugins, options, problems, notices, records_added, records_revised, records_reextracted,"
                     + " records_unchanged, records_superseded, records_duplicate, records_deleted, deletions_unmatched"
                     + " FROM runs WHERE files_applied > 0 ORDER BY run_id")) {
            while (rs.next()) {
                runs++;
                for (PluginSummary p : StoreJson.plugins(rs.getString(1))) {
                    PluginSummary known = plugins.get(p.id());
                    TreeSet<String> extensions = new TreeSet<>(p.extensions());
                    if (known != null) {
                        extensions.addAll(known.extensions());
                    }
                    plugins.put(p.id(), new PluginSummary(p.id(), p.version(), List.copyOf(extensions)));
                }
                options = StoreJson.options(rs.getString(2));
                problems.addAll(StoreJson.problems(rs.getString(3)));
                notices.addAll(StoreJson.strings(rs.getString(4)));
                changes.added += rs.getLong(5);
                changes.revised += rs.getLong(6);
                changes.reextracted += rs.getLong(7);
                changes.unchanged += rs.getLong(8);
                changes.superseded += rs.getLong(9);
                changes.duplicate += rs.getLong(10);
                changes.deleted += rs.getLong(11);
                changes.deletionsUnmatched += rs.getLong(12);
            }
        }
        fileProblems.values().forEach(problems::addAll);
        FindingsStore.Totals totals = store.totals();
        if (changes.kept() != changes.added || changes.deleted + changes.deletionsUnmatched > 0) {
            notices.add("Reported from the findings store " + store.file().getFileName() + ": " + totals.records() + " records from "
                    + inputs.size() + " input files applied in " + runs + " runs, which added " + changes.added + " records, revised "
                    + changes.revised + ", re-extracted " + changes.reextracted + ", found " + changes.unchanged + " unchanged, "
                    + changes.superseded + " superseded by a newer version or a deletion and " + changes.duplicate
                    + " read again by another source, and deleted " + changes.deleted);
        }
        List<Duplicate> duplicates = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.record_id, m.origins FROM merged_copies m"
                     + " WHERE EXISTS (SELECT 1 FROM records r WHERE r.record_id = m.record_id) ORDER BY m.rowid")) {
            while (rs.next()) {
                duplicates.add(new Duplicate(rs.getString(1), StoreJson.origins(rs.getString(2))));
            }
        }
        Counts counts = new Counts(read, 0, skipped, unaccounted, 0, 0, 0);
        return new RunSummary("", Instant.EPOCH, List.copyOf(inputs.values()), List.copyOf(plugins.values()), options, counts,
                problems, List.copyOf(notices), duplicates, RunSummary.Focus.NONE);
    }

    @Override
    public void replay(Sink sink) throws IOException {
        try (PreparedStatement records = db.prepareStatement("SELECT seq, content, design, retracted, design_basis FROM records ORDER BY seq");
             PreparedStatement findings = db.prepareStatement("SELECT seq, record_id, kind, subject, subject_label, subject_text, direction,"
                     + " attributes, field, section, sentence, sentence_start, sentence_end, mention_start, mention_end, extractor,"
                     + " extractor_version FROM findings ORDER BY seq, ordinal");
             ResultSet r = records.executeQuery();
             ResultSet f = findings.executeQuery()) {
            boolean moreFindings = f.next();
            while (r.next()) {
                long seq = r.getLong(1);
                BibliographicRecord record = RecordCodec.decode(r.getBytes(2));
                StudyDesign design = new StudyDesign(StudyDesign.Type.parse(r.getString(3)), r.getInt(4) != 0, r.getString(5));
                List<Finding> list = new ArrayList<>();
                while (moreFindings && f.getLong(1) < seq) {
                    moreFindings = f.next(); // findings of no record: check() reports them
                }
                while (moreFindings && f.getLong(1) == seq) {
                    list.add(RecordCodec.finding(f.getString(2), f.getString(3), f.getString(4), f.getString(5), f.getString(6), f.getString(7),
                            f.getString(8), f.getString(9), f.getString(10), f.getString(11), f.getInt(12), f.getInt(13), f.getInt(14),
                            f.getInt(15), f.getString(16), f.getString(17)));
                    moreFindings = f.next();
                }
                sink.accept(new RecordFindings(record, design, list));
            }
        } catch (SQLException e) {
            throw store.failure("cannot read", e);
        }
    }

    @Override
    public String key() {
        return "store";
    }

    @Override
    public void writeValue(JsonGenerator json) throws IOException {
        json.writeStartObject();
        FindingsStore.Totals totals = store.totals();
        json.writeStringField("file", store.file().toString());
        json.writeNumberField("records", totals.records());
        json.writeNumberField("findings", totals.findings());
        json.writeNumberField("file_applications", totals.files());
        json.writeNumberField("runs", totals.runs());
        json.writeEndObject();
    }
}
