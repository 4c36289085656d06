package org.evidentia.runtime.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.PluginSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.runtime.engine.Deletion;
import org.evidentia.runtime.engine.Fingerprints;
import org.evidentia.runtime.engine.FingerprintsJson;
import org.evidentia.runtime.engine.RunSummaryJson;
import org.evidentia.runtime.host.Artifact;

/** The JSON the store keeps in its text columns (plugins, options, kinds, problems, notices, origins, fingerprints), written and read back exactly. */
final class StoreJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoreJson() {
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(text)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String plugins(List<PluginSummary> plugins) {
        return write(json -> {
            json.writeStartArray();
            for (PluginSummary p : plugins) {
                json.writeStartObject();
                json.writeStringField("id", p.id());
                json.writeStringField("version", p.version());
                json.writeArrayFieldStart("extensions");
                for (String e : p.extensions()) {
                    json.writeString(e);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    static List<PluginSummary> plugins(String text) throws IOException {
        List<PluginSummary> plugins = new ArrayList<>();
        for (JsonNode p : MAPPER.readTree(text)) {
            List<String> extensions = new ArrayList<>();
            p.path("extensions").forEach(e -> extensions.add(e.asText()));
            plugins.add(new PluginSummary(p.path("id").asText(), p.path("version").asText(), extensions));
        }
        return plugins;
    }

    /**
     * What a run's results were made with besides its inputs, by SHA-256 ({@code runs.fingerprints}): the text-mining kit's
     * jar, the file each plugin was loaded from, and the files its options named.
     */
    record RunFingerprints(Fingerprints fingerprints, List<RunSummary.OptionFile> optionFiles) {

        static final RunFingerprints NONE = new RunFingerprints(Fingerprints.NONE, List.of());

        RunFingerprints {
            optionFiles = List.copyOf(optionFiles);
        }
    }

    static String fingerprints(Fingerprints fingerprints, List<RunSummary.OptionFile> optionFiles) {
        return write(json -> {
            json.writeStartObject();
            json.writeFieldName("text_mining");
            FingerprintsJson.artifact(json, fingerprints.textMining());
            json.writeArrayFieldStart("plugins");
            for (Map.Entry<String, Artifact> p : fingerprints.plugins().entrySet()) {
                json.writeStartObject();
                json.writeStringField("id", p.getKey());
                json.writeStringField("artifact", p.getValue().file());
                json.writeStringField("sha256", p.getValue().sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            FingerprintsJson.optionFiles(json, optionFiles);
            json.writeEndObject();
        });
    }

    /** {@link RunFingerprints#NONE} for a run that recorded none (null: a run of an earlier version, or an import). */
    static RunFingerprints fingerprints(String text) throws IOException {
        if (text == null) {
            return RunFingerprints.NONE;
        }
        JsonNode root = MAPPER.readTree(text);
        JsonNode kit = root.path("text_mining");
        Artifact textMining = kit.isObject() ? new Artifact(nullable(kit, "artifact"), nullable(kit, "sha256")) : null;
        Map<String, Artifact> plugins = new TreeMap<>();
        for (JsonNode p : root.path("plugins")) {
            plugins.put(p.path("id").asText(), new Artifact(nullable(p, "artifact"), nullable(p, "sha256")));
        }
        List<RunSummary.OptionFile> files = new ArrayList<>();
        for (JsonNode f : root.path("option_files")) {
            files.add(new RunSummary.OptionFile(f.path("extension").asText(), f.path("option").asText(), f.path("path").asText(),
                    nullable(f, "sha256")));
        }
        return new RunFingerprints(new Fingerprints(textMining, plugins), files);
    }

    /** Options by extension, each a map of key to its value as JSON text. */
    static String options(Map<String, Map<String, String>> options) {
        return write(json -> {
            json.writeStartObject();
            for (Map.Entry<String, Map<String, String>> e : new TreeMap<>(options).entrySet()) {
                json.writeObjectFieldStart(e.getKey());
                for (Map.Entry<String, String> o : e.getValue().entrySet()) {
                    json.writeStringField(o.getKey(), o.getValue());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        });
    }

    static Map<String, Map<String, String>> options(String text) throws IOException {
        Map<String, Map<String, String>> options = new TreeMap<>();
        MAPPER.readTree(text).fields().forEachRemaining(e -> {
            Map<String, String> values = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(o -> values.put(o.getKey(), o.getValue().asText()));
            options.put(e.getKey(), values);
        });
        return options;
    }

    static String kinds(List<FindingKind> kinds) {
        return kinds(kinds, List.of());
    }

    /** The kinds, each with the name of the extractor that finds it when {@code extractors} (in the kinds' order) are known. */
    static String kinds(List<FindingKind> kinds, List<String> extractors) {
        return write(json -> {
            json.writeStartArray();
            for (int i = 0; i < kinds.size(); i++) {
                FindingKind k = kinds.get(i);
                json.writeStartObject();
                json.writeStringField("name", k.name());
                if (!extractors.isEmpty()) {
                    json.writeStringField("extractor", extractors.get(i));
                }
                json.writeStringField("subject_label", k.subjectLabel());
                json.writeStringField("subject_plural", k.subjectPlural());
                json.writeArrayFieldStart("attributes");
                for (FindingKind.Attribute a : k.attributes()) {
                    json.writeStartObject();
                    json.writeStringField("name", a.name());
                    json.writeStringField("label", a.label());
                    json.writeArrayFieldStart("values");
                    for (String v : a.values()) {
                        json.writeString(v);
                    }
                    json.writeEndArray();
                    json.writeStringField("role", a.role().name());
                    if (!a.meanings().isEmpty()) { // so that a report made from the store explains the values as the run's did
                        json.writeObjectFieldStart("meanings");
                        for (Map.Entry<String, FindingKind.Attribute.ValueMeaning> m : a.meanings().entrySet()) {
                            json.writeObjectFieldStart(m.getKey());
                            if (m.getValue().readerLabel() != null) {
                                json.writeStringField("reader_label", m.getValue().readerLabel());
                            }
                            json.writeStringField("meaning", m.getValue().meaning());
                            json.writeEndObject();
                        }
                        json.writeEndObject();
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeObjectFieldStart("key_aliases");
                for (Map.Entry<String, String> alias : k.keyAliases().entrySet()) {
                    json.writeStringField(alias.getKey(), alias.getValue());
                }
                json.writeEndObject();
                if (!k.accuracy().isEmpty()) {
                    json.writeStringField("accuracy", k.accuracy());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** Each kind's name with the extractor that found it ("" when the run did not name it), in order. */
    static Map<String, String> kindExtractors(String text) throws IOException {
        Map<String, String> byKind = new LinkedHashMap<>();
        for (JsonNode k : MAPPER.readTree(text)) {
            byKind.put(k.path("name").asText(), k.path("extractor").asText(""));
        }
        return byKind;
    }

    /**
     * The kinds a run recorded.
     *
     * @throws IOException when the text is no JSON, or a kind's declaration in it is damaged (a role
     *     that is no role, a blank meaning, a meaning for a value the attribute does not take): the
     *     message names the kind, and the caller names the store
     */
    static List<FindingKind> kinds(String text) throws IOException {
        List<FindingKind> kinds = new ArrayList<>();
        for (JsonNode k : MAPPER.readTree(text)) {
            try {
                kinds.add(kind(k));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IOException("the recorded finding kind '" + k.path("name").asText() + "' is damaged: " + e.getMessage(), e);
            }
        }
        return kinds;
    }

    private static FindingKind.Attribute attribute(String name, JsonNode a) {
        List<String> values = new ArrayList<>();
        a.path("values").forEach(v -> values.add(v.asText()));
        Map<String, FindingKind.Attribute.ValueMeaning> meanings = new LinkedHashMap<>();
        a.path("meanings").fields().forEachRemaining(m -> meanings.put(m.getKey(), new FindingKind.Attribute.ValueMeaning(
                m.getValue().hasNonNull("reader_label") ? m.getValue().get("reader_label").asText() : null,
                m.getValue().path("meaning").asText())));
        String role = a.path("role").asText();
        FindingKind.Attribute.Role known = java.util.Arrays.stream(FindingKind.Attribute.Role.values()).filter(r -> r.name().equals(role))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the role '" + role + "' is none of "
                        + java.util.Arrays.toString(FindingKind.Attribute.Role.values())));
        return new FindingKind.Attribute(name, a.path("label").asText(), values, known, meanings);
    }

    private static FindingKind kind(JsonNode k) {
        List<FindingKind.Attribute> attributes = new ArrayList<>();
        for (JsonNode a : k.path("attributes")) {
            String name = a.path("name").asText();
            try {
                attributes.add(attribute(name, a));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("its attribute '" + name + "': " + e.getMessage(), e);
            }
        }
        Map<String, String> aliases = new TreeMap<>();
        k.path("key_aliases").fields().forEachRemaining(e -> aliases.put(e.getKey(), e.getValue().asText()));
        return new FindingKind(k.path("name").asText(), k.path("subject_label").asText(), k.path("subject_plural").asText(),
                attributes, aliases, k.path("accuracy").asText(""));
    }

    static String problems(List<Problem> problems) {
        return write(json -> RunSummaryJson.writeProblems(json, problems));
    }

    static List<Problem> problems(String text) throws IOException {
        List<Problem> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        for (JsonNode p : MAPPER.readTree(text)) {
            problems.add(new Problem(problemKind(p.path("kind").asText()), nullable(p, "extension"), nullable(p, "file"),
                    p.path("record").asLong(), p.path("line").asLong(), nullable(p, "record_id"), p.path("message").asText()));
        }
        return problems;
    }

    /** A problem's kind by its label ({@code skipped-record}), or by the enum name that stores and jobs of before wrote ({@code SKIPPED_RECORD}). */
    private static Problem.Kind problemKind(String text) {
        for (Problem.Kind kind : Problem.Kind.values()) {
            if (kind.label().equals(text) || kind.name().equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown problem kind '" + text + "'");
    }

    static String strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array.toString();
    }

    static List<String> strings(String text) throws IOException {
        List<String> values = new ArrayList<>();
        if (text != null) {
            MAPPER.readTree(text).forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    /** {@code {"added":["31388400"],"revised":[],"reextracted":[],"deleted":["31388317"]}}: the ids a run changed, by change. */
    static String changedIds(StoreRecorder.ChangedIds ids) {
        ObjectNode o = MAPPER.createObjectNode();
        ids.added().forEach(o.putArray("added")::add);
        ids.revised().forEach(o.putArray("revised")::add);
        ids.reextracted().forEach(o.putArray("reextracted")::add);
        ids.deleted().forEach(o.putArray("deleted")::add);
        return o.toString();
    }

    static StoreRecorder.ChangedIds changedIds(String text) throws IOException {
        JsonNode o = MAPPER.readTree(text);
        return new StoreRecorder.ChangedIds(strings(o.path("added")), strings(o.path("revised")), strings(o.path("reextracted")),
                strings(o.path("deleted")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    /** {@code [{"id":"31388316","version":1}, ...]}: what an input deletes, a version only where it names one. */
    static String deletions(List<Deletion> deletions) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Deletion d : deletions) {
            ObjectNode o = array.addObject().put("id", d.id());
            if (d.version() != null) {
                o.put("version", d.version());
            }
        }
        return array.toString();
    }

    static List<Deletion> deletions(String text) throws IOException {
        List<Deletion> deletions = new ArrayList<>();
        if (text != null) {
            for (JsonNode d : MAPPER.readTree(text)) {
                deletions.add(new Deletion(d.path("id").asText(), d.hasNonNull("version") ? d.get("version").asInt() : null));
            }
        }
        return deletions;
    }

    static String origins(List<Origin> origins) {
        return write(json -> RunSummaryJson.writeOrigins(json, origins));
    }

    static List<Origin> origins(String text) throws IOException {
        List<Origin> origins = new ArrayList<>();
        for (JsonNode o : MAPPER.readTree(text)) {
            origins.add(new Origin(o.path("source").asText(), o.path("file").asText(), o.path("record").asLong(), o.path("line").asLong()));
        }
        return origins;
    }

    private static String nullable(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
