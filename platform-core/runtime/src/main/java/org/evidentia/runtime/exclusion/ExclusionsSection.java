package org.evidentia.runtime.exclusion;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.evidentia.api.RunSummary;
import org.evidentia.runtime.engine.RunJsonSection;

/**
 * run.json's {@code exclusions}: the review's exclusion list, how many of its ids it holds, the records it
 * excluded by reason, and the ids that matched no record.
 */
public final class ExclusionsSection implements RunJsonSection {

    private final ExclusionList list;
    private final RunSummary.Exclusions excluded;
    private final List<ExcludedId> unmatched;

    public ExclusionsSection(ExclusionList list, RunSummary.Exclusions excluded, List<ExcludedId> unmatched) {
        this.list = list;
        this.excluded = excluded;
        this.unmatched = List.copyOf(unmatched);
    }

    @Override
    public String key() {
        return "exclusions";
    }

    @Override
    public void writeValue(JsonGenerator json) throws IOException {
        write(json, list, excluded, unmatched);
    }

    /** Writes the list, its counts and its unmatched ids as one object: run.json's {@code exclusions}, and {@code store.exclusions}. */
    public static void write(JsonGenerator json, ExclusionList list, RunSummary.Exclusions excluded, List<ExcludedId> unmatched)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("list", list.file());
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
        json.writeArrayFieldStart("ids_matching_no_record");
        for (ExcludedId id : unmatched) {
            json.writeString(id.value());
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
