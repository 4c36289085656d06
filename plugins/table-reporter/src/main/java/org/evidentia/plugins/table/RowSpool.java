package org.evidentia.plugins.table;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows kept in a scratch file until the run ends, so that a table of every kept record can be
 * written with what only the end knows (the studies' labels, lettered over the whole run) and
 * memory stays flat however many records a run keeps: the workbook's studies sheet, which takes
 * every row as cells (the text formats' tables keep most rows as lines: {@link StudyLines}). Each
 * cell is its UTF-8 length, then its bytes.
 * One thread uses it.
 */
final class RowSpool implements Closeable {

    /** What reads the rows back, in the order they were added. */
    interface RowSink {
        void row(List<String> cells) throws IOException;
    }

    private final Path file;
    private final DataOutputStream out;
    private final int cells;

    RowSpool(Path file, int cells) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
        this.cells = cells;
    }

    void add(List<String> row) throws IOException {
        if (row.size() != cells) {
            throw new IllegalArgumentException("a row has " + row.size() + " cells, the spool " + cells);
        }
        writeCells(out, row);
    }

    /** Writes {@code row}'s cells to {@code out} as a spool holds them: each its UTF-8 length, then its bytes. */
    static void writeCells(DataOutputStream out, List<String> row) throws IOException {
        for (String cell : row) {
            byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /** Reads the {@code count} cells of a row that {@link #writeCells} wrote. */
    static List<String> readCells(DataInputStream in, int count) throws IOException {
        List<String> row = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            row.add(cell(in));
        }
        return row;
    }

    /** Hands every row added to {@code sink}, in order; call once, after the last {@link #add}. */
    void replay(RowSink sink) throws IOException {
        out.close();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                List<String> row = new ArrayList<>(cells);
                try {
                    row.add(cell(in));
                } catch (EOFException end) {
                    return; // at a row's start: every row was read
                }
                for (int c = 1; c < cells; c++) {
                    row.add(cell(in));
                }
                sink.row(row);
            }
        }
    }

    private static String cell(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
