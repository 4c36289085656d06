package org.evidentia.plugins.table;

import java.util.List;

/**
 * A table to write: a header and rows of text cells, empty strings for absent values.
 *
 * @param name   the base file name, e.g. {@code review-table}
 * @param header the column names
 * @param rows   the rows, each as long as the header
 */
record Table(String name, List<String> header, List<List<String>> rows) {

    Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells, the header " + header.size());
            }
        }
    }
}
