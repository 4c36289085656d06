package org.evidentia.plugins.pubmed;

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
import org.evidentia.api.Record;

/** Turns a record-at-a-time parser into the lazy stream {@link org.evidentia.api.Source#read} returns. */
public final class RecordStreams {

    private RecordStreams() {
    }

    /**
     * A lazy, ordered stream over {@code next} (which returns null at the end), closing {@code resource}
     * when the stream is closed.
     */
    public static Stream<Record> of(Supplier<Record> next, Closeable resource) {
        Iterator<Record> iterator = new Iterator<>() {
            private Record ahead;
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
            public Record next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Record record = ahead;
                ahead = null;
                return record;
            }
        };
        Spliterator<Record> spliterator = Spliterators.spliteratorUnknownSize(iterator,
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
