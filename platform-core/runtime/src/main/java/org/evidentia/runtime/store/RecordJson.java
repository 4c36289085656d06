package org.evidentia.runtime.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.evidentia.api.BibliographicRecord;

/**
 * A record as one JSON object, exactly as the store keeps it (its {@code content} column, inflated)
 * and as a Spark run writes it for the store to import: every field, metadata and origins included.
 * Thread-safe.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordJson() {
    }

    /** The record's JSON text. */
    public static String write(BibliographicRecord record) {
        StringWriter text = new StringWriter(2048);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(text)) {
            RecordCodec.write(json, record, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IOException when the text is not such JSON
     */
    public static BibliographicRecord read(String json) throws IOException {
        return RecordCodec.fromJson(MAPPER.readTree(json));
    }
}
