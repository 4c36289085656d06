package org.evidentia.plugins.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordStreams;
import org.evidentia.api.SourceContext;
import org.evidentia.api.SourceInput;

/**
 * Streams the data rows of a CSV file with Commons CSV and turns each into a record.
 *
 * <p>The first row is the header. A row with another number of fields than the header is
 * skipped and reported ({@code "row has 12 fields, header has 11"}) with its file and line; the
 * rows around it are still read. A quoted field left open makes the rest of the file unreadable
 * to any CSV parser, so that is reported once, naming the line where the field starts.
 */
final class CsvRows implements Closeable {

    private final SourceInput input;
    private final SourceContext context;
    private final String sourceName;
    private final BufferedReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final CsvHeader header;
    private boolean trailingEmptyFieldAllowed;
    private Function<CsvRow, BibliographicRecord.Builder> mapper;
    private long rowNumber;
    private boolean finished;

    /**
     * Opens {@code input} and reads its header row.
     *
     * @throws IOException if the file cannot be opened or has no header row
     */
    CsvRows(SourceInput input, SourceContext context, String sourceName, CSVFormat format) throws IOException {
        this.input = input;
        this.context = context;
        this.sourceName = sourceName;
        this.reader = input.openReader();
        try {
            this.parser = format.parse(reader);
            this.rows = parser.iterator();
            if (!rows.hasNext()) {
                throw new IOException(input.displayName() + ": the file is empty; expected a header row");
            }
            this.header = new CsvHeader(rows.next().toList());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e instanceof IOException io ? io
                    : new IOException(input.displayName() + ": cannot read the header row: " + e.getMessage(), e);
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
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record, or null when a row was skipped or the file ended. */
    private BibliographicRecord advance() {
        CSVRecord row;
        try {
            if (!rows.hasNext()) {
                finished = true;
                return null;
            }
            row = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            finished = true;
            long line = parser.getCurrentLineNumber();
            context.skipped(new Origin(sourceName, input.displayName(), rowNumber + 1, line),
                    "the CSV cannot be read past here: " + rootMessage(e)
                            + "; expected each quoted field to end with a quote followed by a delimiter or a line end; rows after it are not read");
            return null;
        }
        rowNumber++;
        List<String> values = row.toList();
        Origin origin = new Origin(sourceName, input.displayName(), rowNumber, startLine(values));
        int fields = values.size();
        if (fields == header.size() + 1 && trailingEmptyFieldAllowed && values.get(fields - 1).isEmpty()) {
            values = values.subList(0, fields - 1);
        } else if (fields != header.size()) {
            if (fields == 1 && values.get(0).isBlank()) {
                return null; // a line holding only spaces is no row
            }
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

    /** The row's first line: the parser's line after the row, less the line breaks inside its values. */
    private long startLine(List<String> values) {
        long breaks = 0;
        for (String value : values) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return parser.getCurrentLineNumber() - breaks;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
