package org.evidentia.runtime.exclusion;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.engine.RunJsonSection;

/**
 * run.json's {@code exclusions}: the review's exclusion list (its file and the file's SHA-256), how many of its ids it holds, the records it
 * excluded by reason and each of them with its reason, and the ids that matched no record.
 */
public final class ExclusionsSection implements RunJsonSection {

    private final ExclusionList list;
    private final RunSummary.Exclusions excluded;
    private final List<ExcludedId> unmatched;
    private final List<ExclusionTally.Excluded> records;

    /** What {@code tally} counted as the run's records passed {@code list}. */
    public ExclusionsSection(ExclusionList list, ExclusionTally tally) {
        this.list = list;
        this.excluded = tally.exclusions();
        this.unmatched = tally.unmatched();
        this.records = tally.excludedRecords();
    }

    @Override
    public String key() {
        return "exclusions";
    }

    @Override
    public void writeValue(JsonGenerator json) throws IOException {
        write(json, list, excluded, unmatched, records);
    }

    /**
     * Writes the list, its counts, the records excluded (when known: null leaves them out) and its unmatched ids as one
     * object: run.json's {@code exclusions}, and {@code store.exclusions.kept}.
     */
    public static void write(JsonGenerator json, ExclusionList list, RunSummary.Exclusions excluded, List<ExcludedId> unmatched,
                             List<ExclusionTally.Excluded> records) throws IOException {
        json.writeStartObject();
        json.writeStringField("list", list.file());
        json.writeStringField("sha256", list.sha256());
        json.writeNumberField("ids_listed", list.exclusions().size());
        json.writeNumberField("records_excluded", excluded.records());
        json.writeArrayFieldStart("by_reason");
        for (var e : excluded.byReason().entrySet()) {
            json.writeStartObject();
            json.writeStringField("reason", e.getKey());
            json.writeNumberField("records", e.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (records != null) {
            json.writeArrayFieldStart("excluded_records");
            for (ExclusionTally.Excluded record : records) {
                json.writeStartObject();
                json.writeStringField("record_id", record.recordId());
                json.writeStringField("reason", record.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("ids_matching_no_record");
        for (ExcludedId id : unmatched) {
            json.writeString(id.value());
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
