package org.evidentia.runtime.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;

/**
 * Keeps a run's records on disk so that memory does not grow with the number of records, and
 * streams them back to reporters in input order. Each record is stored as a length-prefixed Smile
 * (binary JSON) document; {@link #encode} is thread-safe, so extraction threads encode records in
 * parallel and the reading thread only appends bytes. Origins of duplicates merged after a record
 * was written are kept beside it and added when it is read back. Appending is not thread-safe.
 */
final class RecordSpool implements AutoCloseable {

    private static final ObjectMapper SMILE = SmileMapper.builder().build();
    private static final ObjectWriter WRITER = SMILE.writerFor(BibliographicRecord.class);
    private static final ObjectReader READER = SMILE.readerFor(BibliographicRecord.class);

    private final Path file;
    private final DataOutputStream out;
    private final Map<Integer, List<Origin>> mergedOrigins = new HashMap<>();
    private int count;

    RecordSpool() throws IOException {
        this.file = Files.createTempFile("evidentia-records-", ".smile");
        this.file.toFile().deleteOnExit();
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 256 * 1024));
    }

    /** A record's stored form; safe to call from any thread. */
    static byte[] encode(BibliographicRecord record) {
        try {
            return WRITER.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode record " + record.id(), e);
        }
    }

    /** Appends a record in its {@link #encode encoded} form; records are read back in append order. */
    void append(byte[] encoded) throws IOException {
        out.writeInt(encoded.length);
        out.write(encoded);
        count++;
    }

    /** Adds the origin of a duplicate to the record at {@code index}. */
    void mergeOrigin(int index, Origin origin) {
        mergedOrigins.computeIfAbsent(index, i -> new ArrayList<>()).add(origin);
    }

    /** Ends writing; records can be read from then on. */
    void finish() throws IOException {
        out.close();
    }

    /** The records in order; the caller closes the stream. */
    Stream<BibliographicRecord> records() {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 256 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Iterator<BibliographicRecord> records = new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < count;
            }

            @Override
            public BibliographicRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    byte[] encoded = new byte[in.readInt()];
                    in.readFully(encoded);
                    BibliographicRecord record = READER.readValue(encoded);
                    List<Origin> more = mergedOrigins.get(index++);
                    return more == null ? record : record.withOrigins(more);
                } catch (EOFException e) {
                    throw new UncheckedIOException("the record spool ended early at record " + index, e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(records, count, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
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
