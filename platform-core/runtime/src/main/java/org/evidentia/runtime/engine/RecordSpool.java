package org.evidentia.runtime.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.evidentia.api.Origin;
import org.evidentia.api.Record;

/**
 * Keeps a run's records on disk (one JSON line each) so that memory does not grow with the number
 * of records, and streams them back to reporters in input order. Origins of duplicates merged after
 * a record was written are kept beside it and added when it is read back. Not thread-safe for writing.
 */
final class RecordSpool implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectWriter WRITER = JSON.writerFor(Record.class);
    private static final ObjectReader READER = JSON.readerFor(Record.class);

    private final Path file;
    private final BufferedWriter out;
    private final Map<Integer, List<Origin>> mergedOrigins = new HashMap<>();
    private int count;

    RecordSpool() throws IOException {
        this.file = Files.createTempFile("evidentia-records-", ".jsonl");
        this.file.toFile().deleteOnExit();
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Appends a record and returns its index. */
    int append(Record record) throws IOException {
        out.write(WRITER.writeValueAsString(record));
        out.write('\n');
        return count++;
    }

    /** Adds the origin of a duplicate to the record at {@code index}. */
    void mergeOrigin(int index, Origin origin) {
        mergedOrigins.computeIfAbsent(index, i -> new ArrayList<>()).add(origin);
    }

    int size() {
        return count;
    }

    /** Ends writing; records can be read from then on. */
    void finish() throws IOException {
        out.close();
    }

    /** The records in order; the caller closes the stream. */
    Stream<Record> records() {
        BufferedReader in;
        try {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger index = new AtomicInteger();
        return in.lines().map(line -> {
            try {
                Record record = READER.readValue(line);
                List<Origin> more = mergedOrigins.get(index.getAndIncrement());
                return more == null ? record : record.withOrigins(more);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }
}
