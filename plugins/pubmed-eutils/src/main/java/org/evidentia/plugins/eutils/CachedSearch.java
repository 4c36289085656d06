package org.evidentia.plugins.eutils;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A completed search as the cache keeps it: the manifest {@code search.json} beside the EFetch files.
 * The manifest is written last, so a folder without one holds an interrupted search.
 *
 * @param query    the query as given
 * @param baseUrl  the E-utilities address it was sent to
 * @param searched when ESearch ran
 * @param count    how many records ESearch found
 * @param files    the EFetch answers, in order
 * @param details  the facts reported for run.json (query translation, ...)
 * @param notices  what PubMed said about the query, and any shortfall of fetched records
 */
record CachedSearch(String query, String baseUrl, Instant searched, long count, List<CachedFile> files,
                    Map<String, String> details, List<String> notices) {

    static final String MANIFEST = "search.json";
    private static final JsonFactory JSON = new JsonFactory();

    CachedSearch {
        files = List.copyOf(files);
        details = Map.copyOf(details);
        notices = List.copyOf(notices);
    }

    /**
     * One EFetch answer.
     *
     * @param name    the file's name in the search's folder
     * @param records the records it holds
     * @param sha256  the hex SHA-256 of its bytes, checked before it is reused
     */
    record CachedFile(String name, long records, String sha256) {
    }

    void write(Path folder) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve(MANIFEST));
             JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("query", query);
            json.writeStringField("base_url", baseUrl);
            json.writeStringField("searched", searched.toString());
            json.writeNumberField("count", count);
            json.writeArrayFieldStart("files");
            for (CachedFile file : files) {
                json.writeStartObject();
                json.writeStringField("name", file.name());
                json.writeNumberField("records", file.records());
                json.writeStringField("sha256", file.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("details");
            for (Map.Entry<String, String> e : new TreeMap<>(details).entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("notices");
            for (String notice : notices) {
                json.writeString(notice);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /**
     * Reads the manifest of a search's folder.
     *
     * @throws IOException naming what is wrong with it
     */
    static CachedSearch read(Path folder) throws IOException {
        String query = null;
        String baseUrl = null;
        Instant searched = null;
        long count = -1;
        List<CachedFile> files = new ArrayList<>();
        Map<String, String> details = new TreeMap<>();
        List<String> notices = new ArrayList<>();
        try (JsonParser json = JSON.createParser(folder.resolve(MANIFEST).toFile())) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "query" -> query = json.getText();
                    case "base_url" -> baseUrl = json.getText();
                    case "searched" -> searched = Instant.parse(json.getText());
                    case "count" -> count = json.getLongValue();
                    case "files" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            files.add(file(json));
                        }
                    }
                    case "details" -> {
                        expect(value, JsonToken.START_OBJECT);
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String key = json.currentName();
                            json.nextToken();
                            details.put(key, json.getText());
                        }
                    }
                    case "notices" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (json.nextToken() == JsonToken.VALUE_STRING) {
                            notices.add(json.getText());
                        }
                    }
                    default -> json.skipChildren();
                }
            }
        } catch (DateTimeParseException e) {
            throw new IOException("its date is not an instant: " + e.getParsedString());
        }
        if (query == null || baseUrl == null || searched == null || count < 0) {
            throw new IOException("it lacks the query, address, date or count");
        }
        return new CachedSearch(query, baseUrl, searched, count, files, details, notices);
    }

    private static CachedFile file(JsonParser json) throws IOException {
        String name = null;
        long records = -1;
        String sha256 = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "name" -> name = json.getText();
                case "records" -> records = json.getLongValue();
                case "sha256" -> sha256 = json.getText();
                default -> json.skipChildren();
            }
        }
        if (name == null || records < 0 || sha256 == null || name.contains("/") || name.contains("\\")) {
            throw new IOException("a file entry lacks its name, record count or digest");
        }
        return new CachedFile(name, records, sha256);
    }

    private static void expect(JsonToken found, JsonToken expected) throws IOException {
        if (found != expected) {
            throw new IOException("expected " + expected + " but found " + found);
        }
    }
}
