package org.evidentia.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns a record-at-a-time parser into the lazy stream that {@link Source#read} returns, so a
 * source author writes only "parse the next record" and "close the file".
 *
 * <pre>{@code
 * MyParser parser = new MyParser(input.openReader(), context);
 * return RecordStreams.of(parser::next, parser);   // next() returns null at the end
 * }</pre>
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class RecordStreams {

    private RecordStreams() {
    }

    /**
     * A lazy, ordered stream over {@code next}, closing {@code resource} when the stream is closed.
     *
     * @param next     called once per record pulled; returns the next record, or null at the end
     *                 (a parser that skips a bad record reports it and returns the one after)
     * @param resource what to close with the stream (the reader or parser)
     */
    public static Stream<BibliographicRecord> of(Supplier<BibliographicRecord> next, Closeable resource) {
        Iterator<BibliographicRecord> iterator = new Iterator<>() {
            private BibliographicRecord ahead;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (ahead == null && !done) {
                    ahead = next.get();
                    done = ahead == null;
                }
                return ahead != null;
            }

            @Override
            public BibliographicRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                BibliographicRecord record = ahead;
                ahead = null;
                return record;
            }
        };
        Spliterator<BibliographicRecord> spliterator = Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(() -> {
            try {
                resource.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
