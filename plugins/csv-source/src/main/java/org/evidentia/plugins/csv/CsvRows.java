package org.evidentia.plugins.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordStreams;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;

/**
 * Streams the data rows of a CSV file ({@link CsvReader}) and turns each into a record.
 *
 * <p>The first row is the header. A row with another number of fields than the header is
 * skipped and reported ({@code "row has 12 fields, header has 11"}) with its file and line; the
 * rows around it are still read. So is a row past a size limit, naming the limit. A quoted field
 * left open to the end of the file is reported with the line where it opened, and reading resumes
 * on the line after it, so one stray quote does not lose the rest of the file. When the file has
 * been read to its end, the number of data rows is stated with {@link SourceContext#inputHolds}.
 */
final class CsvRows implements Closeable {

    private final SourceInput input;
    private final SourceContext context;
    private final String sourceName;
    private final char delimiter;
    private final CsvHeader header;
    private BufferedReader reader;
    private CsvReader rows;
    private boolean trailingEmptyFieldAllowed;
    private Function<CsvRow, BibliographicRecord.Builder> mapper;
    private long rowNumber;
    private boolean finished;

    /**
     * Opens {@code input} and reads its header row.
     *
     * @throws IOException if the file cannot be opened or has no header row
     */
    CsvRows(SourceInput input, SourceContext context, String sourceName, char delimiter) throws IOException {
        this.input = input;
        this.context = context;
        this.sourceName = sourceName;
        this.delimiter = delimiter;
        this.reader = input.openReader();
        try {
            this.rows = new CsvReader(reader, delimiter, 1);
            CsvReader.Row first = rows.next();
            if (first == null) {
                throw new IOException(input.displayName() + ": the file is empty; expected a header row");
            }
            if (first.unclosedQuoteLine() > 0 || first.limitPassed() != null) {
                throw new IOException(input.displayName() + ": the header row cannot be read: " + (first.limitPassed() != null
                        ? first.limitPassed() : "a quoted field opened at line " + first.unclosedQuoteLine() + " is never closed")
                        + "; expected a header row of column names");
            }
            this.header = new CsvHeader(first.fields());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    CsvHeader header() {
        return header;
    }

    /**
     * The records, lazily, each made by {@code rowMapper}, which returns null for a row it has
     * reported as skipped. The stream closes the file.
     *
     * @param trailingEmptyFieldAllowed whether a row may have one more field than the header when
     *                                  that field is empty (legacy PubMed exports end each row with a comma)
     */
    Stream<BibliographicRecord> records(Function<CsvRow, BibliographicRecord.Builder> rowMapper, boolean trailingEmptyFieldAllowed) {
        this.mapper = rowMapper;
        this.trailingEmptyFieldAllowed = trailingEmptyFieldAllowed;
        return RecordStreams.of(this::nextRecord, this);
    }

    /** The next record, past rows that were skipped; null at the end. */
    private BibliographicRecord nextRecord() {
        while (!finished) {
            BibliographicRecord record = advance();
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record, or null when a row was skipped or the file ended. */
    private BibliographicRecord advance() {
        CsvReader.Row row;
        try {
            row = rows.next();
        } catch (IOException e) {
            throw new UncheckedIOException(input.displayName() + ": cannot read past data row " + rowNumber + ": "
                    + e.getMessage(), e);
        }
        if (row == null) {
            finished = true;
            context.inputHolds(rowNumber);
            return null;
        }
        List<String> values = row.fields();
        if (row.unclosedQuoteLine() == 0 && row.limitPassed() == null && values.size() == 1 && values.get(0).isBlank()) {
            return null; // a line holding only spaces is no row
        }
        rowNumber++;
        Origin origin = new Origin(sourceName, input.displayName(), rowNumber, row.line());
        if (row.unclosedQuoteLine() > 0) {
            long opened = row.unclosedQuoteLine();
            context.skipped(origin, "a quoted field opened at line " + opened + " is never closed (the file ends inside it);"
                    + " expected a closing quote before the next delimiter or line end; reading resumes at line " + (opened + 1));
            resumeAt(opened + 1);
            return null;
        }
        if (row.limitPassed() != null) {
            context.skipped(origin, "row skipped: " + row.limitPassed());
            return null;
        }
        int fields = values.size();
        if (fields == header.size() + 1 && trailingEmptyFieldAllowed && values.get(fields - 1).isEmpty()) {
            values = values.subList(0, fields - 1);
        } else if (fields != header.size()) {
            context.skipped(origin, "row has " + fields + " field" + (fields == 1 ? "" : "s") + ", header has "
                    + header.size() + (trailingEmptyFieldAllowed ? " (or one more, empty, after a trailing comma)" : ""));
            return null;
        }
        CsvRow csvRow = new CsvRow(header, values, origin);
        BibliographicRecord.Builder builder = mapper.apply(csvRow);
        if (builder == null) {
            return null;
        }
        if (csvRow.hasReplacementCharacter()) {
            context.warning(origin, "row holds bytes that are not UTF-8 (read as U+FFFD)");
        }
        return builder.origin(origin).build();
    }

    /** Reopens the file and reads on from line {@code line}, as rows. */
    private void resumeAt(long line) {
        try {
            reader.close();
            reader = input.openReader();
            skipLines(reader, line - 1);
            rows = new CsvReader(reader, delimiter, line);
        } catch (IOException e) {
            throw new UncheckedIOException(input.displayName() + ": cannot reopen the file to read on from line " + line
                    + ": " + e.getMessage(), e);
        }
    }

    /** Reads past {@code count} lines (ended by LF, CRLF or CR) without keeping them. */
    private static void skipLines(BufferedReader in, long count) throws IOException {
        long passed = 0;
        boolean afterCr = false;
        while (passed < count) {
            in.mark(1);
            int c = in.read();
            if (c < 0) {
                return;
            }
            if (c == '\n') {
                if (!afterCr) {
                    passed++;
                }
            } else if (c == '\r') {
                passed++;
            }
            afterCr = c == '\r';
        }
        // A CR that ended the last line skipped may be the first half of a CRLF.
        if (afterCr) {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        }
    }
}
