package org.evidentia.plugins.table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A text format of the tables (CSV, TSV, Markdown): how its header and rows are written. */
interface TextTable {

    /** Writes the header to {@code out} and returns the writer of the rows; closing it closes {@code out}. */
    RowWriter open(List<String> header, Writer out) throws IOException;

    /** A row as the writer of {@link #open} writes it, its line end included. */
    String line(List<String> cells);
}
