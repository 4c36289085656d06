package org.evidentia.plugins.bioc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.evidentia.api.OutputFolder;

/**
 * BioC JSON as NCBI's tools and the {@code bioc} Python library write it: a collection object
 * ({@code source}, {@code date}, {@code key}, {@code infons}, {@code documents}), every key of every
 * object present (empty {@code sentences}, {@code annotations} and {@code relations} too, which
 * some readers require), one document per line.
 */
final class JsonCollectionWriter implements CollectionWriter {

    static final String FILE_NAME = "findings.bioc.json";

    private final JsonFactory json = JsonFactory.builder().build();
    private final SpooledCollection spooled;
    private final JsonGenerator documents;
    private boolean first = true;

    JsonCollectionWriter(Path scratchFolder, OutputFolder output) throws IOException {
        spooled = new SpooledCollection(output, FILE_NAME, scratchFolder.resolve("documents.bioc.json"));
        try {
            documents = json.createGenerator(spooled.documents());
        } catch (IOException | RuntimeException e) {
            spooled.close();
            throw e;
        }
        documents.setRootValueSeparator(null);
    }

    @Override
    public void document(Bioc.Document document) throws IOException {
        JsonGenerator out = documents;
        out.writeRaw(first ? "\n" : ",\n");
        first = false;
        out.writeStartObject();
        out.writeStringField("id", document.id());
        infons(out, document.infons());
        out.writeArrayFieldStart("passages");
        for (Bioc.Passage passage : document.passages()) {
            out.writeStartObject();
            out.writeNumberField("offset", passage.offset());
            infons(out, passage.infons());
            out.writeStringField("text", passage.text());
            out.writeArrayFieldStart("sentences");
            out.writeEndArray();
            out.writeArrayFieldStart("annotations");
            for (Bioc.Annotation annotation : passage.annotations()) {
                annotation(out, annotation);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("relations");
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("annotations");
        out.writeEndArray();
        out.writeArrayFieldStart("relations");
        for (Bioc.Relation relation : document.relations()) {
            out.writeStartObject();
            out.writeStringField("id", relation.id());
            infons(out, relation.infons());
            out.writeArrayFieldStart("nodes");
            for (Bioc.Node node : relation.nodes()) {
                out.writeStartObject();
                out.writeStringField("refid", node.refid());
                out.writeStringField("role", node.role());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    @Override
    public void finish(Bioc.Header header) throws IOException {
        documents.flush();
        try (OutputStream file = spooled.file();
             JsonGenerator out = json.createGenerator(file)) {
            out.writeStartObject();
            out.writeStringField("source", header.source());
            out.writeStringField("date", header.date());
            out.writeStringField("key", header.key());
            infons(out, header.infons());
            out.writeArrayFieldStart("documents");
            out.flush();
            spooled.copyDocumentsTo(file);
            out.writeRaw("\n");
            out.writeEndArray();
            out.writeEndObject();
            out.writeRaw("\n");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            documents.close();
        } finally {
            spooled.close();
        }
    }

    private static void annotation(JsonGenerator out, Bioc.Annotation annotation) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", annotation.id());
        infons(out, annotation.infons());
        out.writeStringField("text", annotation.text());
        out.writeArrayFieldStart("locations");
        for (Bioc.Location location : annotation.locations()) {
            out.writeStartObject();
            out.writeNumberField("offset", location.offset());
            out.writeNumberField("length", location.length());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void infons(JsonGenerator out, Map<String, String> infons) throws IOException {
        out.writeObjectFieldStart("infons");
        for (Map.Entry<String, String> infon : infons.entrySet()) {
            out.writeStringField(infon.getKey(), infon.getValue());
        }
        out.writeEndObject();
    }
}
