package org.evidentia.runtime.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.Subject;
import org.evidentia.runtime.engine.RunSummaryJson;

/**
 * Turns records and findings into what the store keeps and back, exactly: a record as JSON
 * (compressed with zlib in the {@code content} column, so {@code json.loads(zlib.decompress(content))}
 * reads it in Python), a finding's attributes as a JSON object, and the hashes that tell an
 * unchanged record from a revised one. Not thread-safe: one per thread.
 */
final class RecordCodec {

    /**
     * The most a stored record's JSON may inflate to. A source reads at most 16 Mi characters of
     * text into a record, at most 3 bytes each in UTF-8; the rest is room for keys and quoting. A
     * larger blob is no record Evidentia wrote: a crafted store's decompression bomb stops here
     * instead of exhausting the heap.
     */
    static final long MAX_RECORD_JSON_BYTES = 64L << 20;
    /**
     * The most JSON tokens (keys and values) a stored record may hold. Real records hold hundreds,
     * the longest author lists some thousands; a million tiny values already take about 70 MB of
     * heap as a tree, so a crafted blob of short strings stops here too.
     */
    static final int MAX_RECORD_JSON_TOKENS = 1 << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper STORED_RECORD_READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_RECORD_JSON_BYTES)
                    .maxTokenCount(MAX_RECORD_JSON_TOKENS)
                    .build())
            .build());
    private final JsonFactory json = MAPPER.getFactory();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final MessageDigest sha256;

    RecordCodec() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * A record and what extraction made of it, encoded for the store.
     *
     * @param content        the record's JSON, compressed
     * @param contentHash    the hash of what the record says (its origins left out: where it was read is not what it says)
     * @param extractionHash the hash of its design and findings
     * @param attributes     each finding's attributes as a JSON object, in order
     */
    record Encoded(byte[] content, String contentHash, String extractionHash, List<String> attributes) {
    }

    /**
     * Metadata of the MEDLINE source that says when PubMed processed a record, not what the record says: the last revision, completion,
     * creation, Entrez and MeSH dates, its publication history and indexing status. A record whose only change is one of
     * these was counted as revised from a MEDLINE export downloaded again, and as unchanged from PubMed XML, whose source keeps
     * no such dates (the review of session 19, D11); they are stored, and left out of the hash that tells a revision.
     */
    static final java.util.Set<String> PROCESSING_DATES = java.util.Set.of("LR", "DCOM", "DA", "CRDT", "EDAT", "MHDA", "PHST", "STAT");

    /** Encodes a record with its findings: the costly part of storing it, done off the store's writer thread. */
    Encoded encode(RecordFindings delivered) {
        BibliographicRecord record = delivered.record();
        byte[] bare = json(record, false);
        String hash = hash(fromMedline(record) && record.metadata().keySet().stream().anyMatch(PROCESSING_DATES::contains)
                ? json(withoutProcessingDates(record), false) : bare);
        byte[] origins = originsJson(record);
        // The stored JSON is the bare one with the origins added as its last key.
        ByteArrayOutputStream out = new ByteArrayOutputStream(bare.length / 2 + 64);
        deflater.reset();
        try (DeflaterOutputStream zip = new DeflaterOutputStream(out, deflater, 8192)) {
            zip.write(bare, 0, bare.length - 1);
            zip.write(origins);
            zip.write('}');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> attributes = new ArrayList<>(delivered.findings().size());
        for (Finding f : delivered.findings()) {
            attributes.add(attributes(f.attributes()));
        }
        return new Encoded(out.toByteArray(), hash, extractionHash(delivered.design(), delivered.findings()), attributes);
    }

    /** Whether the MEDLINE source read the record: its tags are MEDLINE's (a RIS file's DA is a date of publication). */
    private static boolean fromMedline(BibliographicRecord r) {
        return !r.origins().isEmpty() && "medline".equals(r.origins().get(0).source());
    }

    private static BibliographicRecord withoutProcessingDates(BibliographicRecord r) {
        Map<String, List<String>> metadata = new TreeMap<>(r.metadata());
        metadata.keySet().removeAll(PROCESSING_DATES);
        return new BibliographicRecord(r.id(), r.pmid(), r.doi(), r.pmcid(), r.title(), r.sections(), r.authors(), r.journal(), r.year(),
                r.publicationTypes(), r.meshTerms(), r.keywords(), metadata, r.origins(), r.version());
    }

    /** {@code ,"origins":[...]}: the origins as the last key of a record's JSON. */
    private byte[] originsJson(BibliographicRecord record) {
        buffer.reset();
        try {
            buffer.write(',');
            try (JsonGenerator out = json.createGenerator(buffer)) {
                out.writeStartObject();
                writeOrigins(out, record);
                out.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] object = buffer.toByteArray();
        // ,{"origins":[...]} -> ,"origins":[...]
        byte[] field = new byte[object.length - 2];
        field[0] = ',';
        System.arraycopy(object, 2, field, 1, object.length - 3);
        return field;
    }

    /** The hash of a record's design and findings: what extraction made of it. */
    String extractionHash(StudyDesign design, List<Finding> findings) {
        buffer.reset();
        try (JsonGenerator out = json.createGenerator(buffer)) {
            out.writeStartArray();
            out.writeString(design.type().label());
            out.writeBoolean(design.retracted());
            out.writeString(design.basis());
            for (Finding f : findings) {
                out.writeStartArray();
                out.writeString(f.kind());
                out.writeString(f.subject().key());
                out.writeString(f.subject().label());
                out.writeString(f.subject().text());
                out.writeString(f.direction().label());
                out.writeString(attributes(f.attributes()));
                EvidenceSpan e = f.evidence();
                out.writeString(e.field());
                out.writeString(e.section());
                out.writeString(e.sentence());
                out.writeNumber(e.sentenceStart());
                out.writeNumber(e.sentenceEnd());
                out.writeNumber(e.mentionStart());
                out.writeNumber(e.mentionEnd());
                out.writeString(f.extractor());
                out.writeString(f.extractorVersion());
                out.writeEndArray();
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hash(buffer.toByteArray());
    }

    /** A finding's attributes as a JSON object, keys sorted. */
    String attributes(Map<String, String> attributes) {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(attributes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> parseAttributes(String json) throws IOException {
        Map<String, String> attributes = new TreeMap<>();
        MAPPER.readTree(json).fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
        return attributes;
    }

    static Finding finding(String recordId, String kind, String subject, String subjectLabel, String subjectText, String direction,
                           String attributes, String field, String section, String sentence, int sentenceStart, int sentenceEnd,
                           int mentionStart, int mentionEnd, String extractor, String extractorVersion) throws IOException {
        return new Finding(recordId, kind, new Subject(subject, subjectLabel, subjectText), Direction.parse(direction), parseAttributes(attributes),
                new EvidenceSpan(field, section, sentence, sentenceStart, sentenceEnd, mentionStart, mentionEnd), extractor, extractorVersion);
    }

    /**
     * Reads back what {@link #encode} wrote.
     *
     * @throws IOException when the content is not such a record: not zlib, not JSON, or larger
     *                     than any record can be ({@link #MAX_RECORD_JSON_BYTES}, {@link #MAX_RECORD_JSON_TOKENS})
     */
    static BibliographicRecord decode(byte[] content) throws IOException {
        if (content == null) {
            // a damaged page of the file reads as a row without its blob (the review of session 25, L1: a NullPointerException)
            throw new IOException("it has no content");
        }
        JsonNode n;
        try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(content))) {
            n = STORED_RECORD_READER.readTree(in);
        } catch (StreamConstraintsException e) {
            throw new IOException(String.format(Locale.ROOT, "its content inflates to more than any record can be (%,d MiB of JSON,"
                    + " %,d keys and values at most)", MAX_RECORD_JSON_BYTES >> 20, MAX_RECORD_JSON_TOKENS), e);
        }
        if (n == null || !n.isObject()) {
            throw new IOException("its content is no record: a JSON object was expected");
        }
        return fromJson(n);
    }

    /** A record from its JSON as {@link #encode} writes it (also the form of Spark's records output). */
    static BibliographicRecord fromJson(JsonNode n) {
        List<AbstractSection> sections = new ArrayList<>();
        for (JsonNode s : n.path("sections")) {
            sections.add(new AbstractSection(text(s, "label"), s.path("text").asText()));
        }
        Map<String, List<String>> metadata = new TreeMap<>();
        n.path("metadata").fields().forEachRemaining(e -> metadata.put(e.getKey(), strings(e.getValue())));
        List<Origin> origins = new ArrayList<>();
        for (JsonNode o : n.path("origins")) {
            origins.add(new Origin(o.path("source").asText(), o.path("file").asText(), o.path("record").asLong(), o.path("line").asLong()));
        }
        return new BibliographicRecord(text(n, "id"), text(n, "pmid"), text(n, "doi"), text(n, "pmcid"), text(n, "title"), sections,
                strings(n.path("authors")), text(n, "journal"), n.hasNonNull("year") ? n.get("year").asInt() : null,
                strings(n.path("publication_types")), strings(n.path("mesh_terms")), strings(n.path("keywords")), metadata, origins,
                n.hasNonNull("version") ? n.get("version").asInt() : null);
    }

    /** Writes a record's JSON into {@code out}, in the fixed key order {@link #fromJson} reads. */
    static void write(JsonGenerator out, BibliographicRecord r, boolean withOrigins) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", r.id());
        out.writeStringField("pmid", r.pmid());
        if (r.version() != null) {
            out.writeNumberField("version", r.version());
        } else {
            out.writeNullField("version");
        }
        out.writeStringField("doi", r.doi());
        out.writeStringField("pmcid", r.pmcid());
        out.writeStringField("title", r.title());
        out.writeArrayFieldStart("sections");
        for (AbstractSection s : r.sections()) {
            out.writeStartObject();
            out.writeStringField("label", s.label());
            out.writeStringField("text", s.text());
            out.writeEndObject();
        }
        out.writeEndArray();
        stringArray(out, "authors", r.authors());
        out.writeStringField("journal", r.journal());
        if (r.year() != null) {
            out.writeNumberField("year", r.year());
        } else {
            out.writeNullField("year");
        }
        stringArray(out, "publication_types", r.publicationTypes());
        stringArray(out, "mesh_terms", r.meshTerms());
        stringArray(out, "keywords", r.keywords());
        out.writeObjectFieldStart("metadata");
        for (Map.Entry<String, List<String>> e : r.metadata().entrySet()) {
            stringArray(out, e.getKey(), e.getValue());
        }
        out.writeEndObject();
        if (withOrigins) {
            writeOrigins(out, r);
        }
        out.writeEndObject();
    }

    private static void writeOrigins(JsonGenerator out, BibliographicRecord r) throws IOException {
        out.writeFieldName("origins");
        RunSummaryJson.writeOrigins(out, r.origins());
    }

    private byte[] json(BibliographicRecord record, boolean withOrigins) {
        buffer.reset();
        try (JsonGenerator out = json.createGenerator(buffer)) {
            write(out, record, withOrigins);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private String hash(byte[] bytes) {
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(bytes), 0, 16);
    }

    private static void stringArray(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>(array.size());
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
