package org.evidentia.runtime.retrieval;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evidentia.runtime.engine.RunJsonSection;
import org.evidentia.runtime.input.ShownPath;

/**
 * run.json's {@code retrievals}: one object per retrieval input, with what a review's methods
 * section states about a database search (query, date, count) and how the files were obtained.
 * Files are named as run.json's {@code inputs} name them, so that each can be found there.
 */
final class RetrievalsSection implements RunJsonSection {

    private final List<RetrievalRecord> retrievals;
    private final Path namedFrom;

    /** @param namedFrom the folder the run names its input files from ({@link ShownPath}) */
    RetrievalsSection(List<RetrievalRecord> retrievals, Path namedFrom) {
        this.retrievals = List.copyOf(retrievals);
        this.namedFrom = namedFrom;
    }

    @Override
    public String key() {
        return "retrievals";
    }

    @Override
    public void writeValue(JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (RetrievalRecord r : retrievals) {
            json.writeStartObject();
            json.writeStringField("input", r.input());
            json.writeStringField("retriever", r.retriever());
            json.writeStringField("plugin", r.plugin());
            json.writeStringField("plugin_version", r.pluginVersion());
            json.writeStringField("query", r.retrieval().query());
            json.writeStringField("searched", r.retrieval().searched().toString());
            json.writeNumberField("count", r.retrieval().count());
            json.writeBooleanField("reused_from_cache", r.retrieval().reused());
            json.writeArrayFieldStart("files");
            for (Path file : r.retrieval().files()) {
                json.writeString(ShownPath.of(file, namedFrom));
            }
            json.writeEndArray();
            stringMap(json, "details", r.retrieval().details());
            json.writeObjectFieldStart("options");
            for (Map.Entry<String, String> option : new TreeMap<>(r.options()).entrySet()) {
                json.writeFieldName(option.getKey());
                json.writeRawValue(option.getValue()); // already JSON, typed
            }
            json.writeEndObject();
            json.writeArrayFieldStart("notices");
            for (String notice : r.notices()) {
                json.writeString(notice);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void stringMap(JsonGenerator json, String name, Map<String, String> values) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }
}
