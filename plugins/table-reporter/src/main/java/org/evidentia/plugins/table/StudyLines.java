package org.evidentia.plugins.table;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The studies table in one text format (CSV, TSV, Markdown), written at the end of the run, when
 * the studies' labels are known. Most rows are final as their records arrive (a record without
 * findings keeps the label it has), so they are spooled to the scratch folder as the lines they
 * will be, and the end copies them as they are; a row whose label the end letters (a record with
 * findings) is spooled as cells in its place. Memory stays flat however many records a run keeps.
 * One thread uses it.
 */
final class StudyLines implements Closeable {

    /** The length a spool entry starts with when a row of cells follows, not lines. */
    private static final int CELLS = -1;
    /** Lines go to the spool in entries of about this size. */
    private static final int ENTRY = 64 * 1024;

    private final TextTable format;
    private final int columns;
    private final OutputStream file;
    /** The table's file as text; its flushes, one for each row written as cells, fill the file's buffer, not the disk. */
    private final Writer text;
    private final RowWriter table;
    private final Path spoolFile;
    private final DataOutputStream spool;
    /** Final lines not yet in the spool. */
    private final ByteArrayOutputStream lines = new ByteArrayOutputStream(ENTRY);

    /**
     * Spools to {@code spoolFile}, and writes the table to {@code file}, its header at once; the
     * table owns {@code file} from now on and closes it with itself.
     */
    StudyLines(TextTable format, List<String> header, OutputStream file, Path spoolFile) throws IOException {
        this.format = format;
        this.columns = header.size();
        this.file = file;
        this.spoolFile = spoolFile;
        this.spool = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spoolFile)));
        this.text = new OutputStreamWriter(new FilterOutputStream(file) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() {
                // the file's buffer keeps what the text wrote; closing writes it
            }
        }, StandardCharsets.UTF_8);
        this.table = format.open(header, text);
    }

    /**
     * Adds a record's row, in run order: {@code labelKnown} when its Study cell is what the table shows,
     * else the row is given to the function of {@link #writeAll} at the end.
     */
    void add(List<String> row, boolean labelKnown) throws IOException {
        if (row.size() != columns) {
            throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + columns);
        }
        if (labelKnown) {
            lines.write(format.line(row).getBytes(StandardCharsets.UTF_8));
            if (lines.size() >= ENTRY) {
                spoolLines();
            }
        } else {
            spoolLines();
            spool.writeInt(CELLS);
            RowSpool.writeCells(spool, row);
        }
    }

    private void spoolLines() throws IOException {
        if (lines.size() > 0) {
            spool.writeInt(lines.size());
            lines.writeTo(spool);
            lines.reset();
        }
    }

    /** Writes every row added, in order, a row of cells as {@code lettering} makes it (its Study cell filled); call once. */
    void writeAll(UnaryOperator<List<String>> lettering) throws IOException {
        spoolLines();
        spool.close();
        text.flush();
        byte[] buffer = new byte[ENTRY];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spoolFile), ENTRY))) {
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    return; // at an entry's start: every row was read
                }
                if (length == CELLS) {
                    table.row(lettering.apply(RowSpool.readCells(in, columns)));
                    text.flush();
                } else {
                    for (int left = length; left > 0; ) {
                        int read = in.read(buffer, 0, Math.min(left, buffer.length));
                        if (read < 0) {
                            throw new EOFException("the spool " + spoolFile + " ends inside its lines");
                        }
                        file.write(buffer, 0, read);
                        left -= read;
                    }
                }
            }
        }
    }

    /** Closes the table's file (with what {@link #writeAll} wrote, or its header alone) and deletes the spool. */
    @Override
    public void close() throws IOException {
        try {
            table.close();
        } finally {
            try {
                spool.close();
            } finally {
                Files.deleteIfExists(spoolFile);
            }
        }
    }
}
