package org.evidentia.plugins.table;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes one table row by row, in one format; the header was written when it was opened. */
interface RowWriter extends Closeable {

    /** Writes one row; it has as many cells as the header, empty strings for absent values. */
    void row(List<String> cells) throws IOException;
}
