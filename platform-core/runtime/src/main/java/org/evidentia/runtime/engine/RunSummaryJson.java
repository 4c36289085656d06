package org.evidentia.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;

/**
 * The JSON forms of a run's problems and of a record's origins, one for every file that holds them: run.json, the
 * findings store and an evidentia-spark job's output. A wrapper reading run.json and a store read alike reads them alike.
 */
public final class RunSummaryJson {

    private RunSummaryJson() {
    }

    /** {@code [{"kind": "skipped-record", "extension": ..., "file": ..., "record": 2, "line": 3528, "record_id": ..., "message": ...}]} */
    public static void writeProblems(JsonGenerator json, List<Problem> problems) throws IOException {
        json.writeStartArray();
        for (Problem p : problems) {
            json.writeStartObject();
            json.writeStringField("kind", p.kind().label()); // skipped-record, as the docs name it
            json.writeStringField("extension", p.extension());
            json.writeStringField("file", p.file());
            json.writeNumberField("record", p.recordNumber());
            json.writeNumberField("line", p.line());
            json.writeStringField("record_id", p.recordId());
            json.writeStringField("message", p.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code [{"source": "pubmed-xml", "file": ..., "record": 3, "line": 120}]} */
    public static void writeOrigins(JsonGenerator json, List<Origin> origins) throws IOException {
        json.writeStartArray();
        for (Origin o : origins) {
            json.writeStartObject();
            json.writeStringField("source", o.source());
            json.writeStringField("file", o.file());
            json.writeNumberField("record", o.recordNumber());
            json.writeNumberField("line", o.line());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
