package org.evidentia.plugins.table;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A table to write: a header and rows of text cells, empty strings for absent values. Rows are
 * produced lazily, each time the table is written, so a table of a million studies never sits in
 * memory.
 *
 * @param name   the base file name, e.g. {@code review-table}
 * @param header the column names
 * @param source opens the rows, in order; the stream is closed by {@link #rows()}'s caller
 */
record Table(String name, List<String> header, Supplier<Stream<List<String>>> source) {

    Table {
        header = List.copyOf(header);
    }

    /** A table whose rows are already in memory. */
    static Table of(String name, List<String> header, List<List<String>> rows) {
        List<List<String>> copy = List.copyOf(rows);
        return new Table(name, header, copy::stream);
    }

    /** The rows, each checked to be as long as the header. The caller closes the stream. */
    Stream<List<String>> rows() {
        return source.get().peek(row -> {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells, the header " + header.size());
            }
        });
    }
}
