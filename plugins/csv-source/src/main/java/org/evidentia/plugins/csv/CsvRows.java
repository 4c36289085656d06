package org.evidentia.plugins.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * skipped and reported ({@code "row has 12 fields, header has 11"}) with its file and line, and
 * with the quote that may have caused it where the reader saw a sign of one; the rows around it
 * are still read. So is a row past a size limit, naming the limit. A quoted field
 * left open to the end of the file is reported with the line where it opened, and reading resumes
 * on the line after it, so one stray quote does not lose the rest of the file.
 *
 * <p>A quote left open inside the file runs the row on over the lines after it. Which lines start
 * a row is one notion per file ({@link RowStart}). Where the format makes it certain, such a line
 * ends the damaged row and starts the next ({@link CsvReader#startRowsAt}). Elsewhere (a sheet,
 * whose fields may hold line breaks) a line starts a row only probably, when it reads as a whole
 * row on its own: a damaged row is skipped naming every line it spans, and each line in it after
 * the first that starts a row so is a row of its own, skipped too, as it may be text of the
 * damaged row's field. When the file has been read to its end, the number of rows so found, each
 * read or skipped, is stated with {@link SourceContext#inputHolds}.
 */
final class CsvRows implements Closeable {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final SourceInput input;
    private final SourceContext context;
    private final String sourceName;
    private final char delimiter;
    private final CsvHeader header;
    private final long headerLine;
    private BufferedReader reader;
    private CsvReader rows;
    private boolean trailingEmptyFieldAllowed;
    /**
     * Whether a row of this file may end with a comma: not when its first row has one field more than the header and that
     * field is not empty (the header lost a name, most likely); null before the first row. Allowed row by row, such a file
     * kept the rows whose own last field happened to be empty, read one column off, and skipped the others (the review of
     * session 28, N4).
     */
    private Boolean trailingCommaPossible;
    /** The line of the row that decided {@link #trailingCommaPossible}. */
    private long firstRowLine;
    private Function<CsvRow, BibliographicRecord.Builder> mapper;
    private RowStart rowStart;
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
            if (first != null && SepDirective.isDirective(first.fields(), delimiter)) {
                first = rows.next();
            }
            if (first == null) {
                throw new IOException(input.displayName() + ": the file is empty; expected a header row");
            }
            if (first.unclosedQuoteLine() > 0 || first.limitPassed() != null) {
                throw new IOException(input.displayName() + ": the header row cannot be read: " + (first.limitPassed() != null
                        ? first.limitPassed() : "a quoted field opened at line " + first.unclosedQuoteLine() + " is never closed")
                        + "; expected a header row of column names");
            }
            this.header = new CsvHeader(first.fields());
            rows.nameColumns(header.names());
            this.headerLine = first.line();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    CsvHeader header() {
        return header;
    }

    /** The line the header row starts at. */
    long headerLine() {
        return headerLine;
    }

    /**
     * The records, lazily, each made by {@code rowMapper}, which returns null for a row it has
     * reported as skipped. The stream closes the file.
     *
     * @param trailingEmptyFieldAllowed whether a row may have one more field than the header when
     *                                  that field is empty (legacy PubMed exports end each row with a comma)
     * @param rowStart                  how every row begins, when the format makes it certain; else null,
     *                                  and a line probably starts a row when it reads as a whole row on its own
     */
    Stream<BibliographicRecord> records(Function<CsvRow, BibliographicRecord.Builder> rowMapper, boolean trailingEmptyFieldAllowed,
            RowStart rowStart) {
        this.mapper = rowMapper;
        this.trailingEmptyFieldAllowed = trailingEmptyFieldAllowed;
        this.rowStart = rowStart != null ? rowStart : RowStart.probably(this::readsAsWholeRow);
        rows.startRowsAt(this.rowStart);
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
            if (rowNumber == 0) {
                // as other formats say of a file of no record (the review of session 33, G4: a header alone had no word)
                context.notice(input.displayName() + " holds no data row below its header (line " + headerLine + "): expected"
                        + " one row a record");
            }
            context.inputHolds(rowNumber);
            return null;
        }
        List<String> values = row.fields();
        if (row.unclosedQuoteLine() == 0 && row.limitPassed() == null && values.size() == 1 && values.get(0).isBlank()) {
            return null; // a line holding only spaces is no row
        }
        if (row.unclosedQuoteLine() == 0 && row.limitPassed() == null && row.cutQuoteLine() == 0 && repeatsHeader(row)) {
            // Two exports joined with cat: read as data, the header would be a record titled "Title" with PMID
            // "PMID". It is no record, so it is neither counted nor reported as a skipped one (the file's
            // count of rows, inputHolds, stays the number of data rows); a warning names its line.
            context.warning(new Origin(sourceName, input.displayName(), 0, row.line()), "line " + row.line()
                    + " repeats the header row of line " + headerLine + ": a second header row: were two exports joined?"
                    + " Not read as a record; the rows after it are read under the header");
            return null;
        }
        rowNumber++;
        Origin origin = new Origin(sourceName, input.displayName(), rowNumber, row.line());
        if (row.unclosedQuoteLine() > 0) {
            long opened = row.unclosedQuoteLine();
            context.skipped(origin, "a quoted field opened at line " + opened + " is never closed (the file ends inside it: truncated? export or download it again);"
                    + " expected a closing quote before the next delimiter or line end; reading resumes at line " + (opened + 1));
            resumeAt(opened + 1);
            return null;
        }
        if (row.limitPassed() != null) {
            context.skipped(origin, "row skipped: " + row.limitPassed());
            return null;
        }
        if (row.cutQuoteLine() > 0) {
            context.skipped(origin, "a quoted field opened at line " + row.cutQuoteLine() + " is not closed before line "
                    + (row.lastLine() + 1) + ", which starts the next row; expected a closing quote before the line ends"
                    + (row.lastLine() > row.line() ? " (the row spans " + lines(row.line(), row.lastLine()) + ")" : ""));
            return null;
        }
        if (trailingCommaPossible == null) {
            firstRowLine = row.line();
            trailingCommaPossible = !(values.size() == header.size() + 1 && !values.get(values.size() - 1).isEmpty());
        }
        if (!hasHeaderSize(values)) {
            int fields = values.size();
            List<Long> rowsInside = rowStartsInside(row);
            context.skipped(origin, "row has " + fields + " field" + (fields == 1 ? "" : "s") + ", header has "
                    + header.size() + (trailingCommaAllowed() ? " (or one more, empty, after a trailing comma)"
                            : fields == header.size() + 1 && Boolean.FALSE.equals(trailingCommaPossible) && row.line() > firstRowLine
                            ? " (as the first row has: has the header lost a name?)" : "")
                    + (row.lastLine() > row.line() ? "; " + spanned(row, rowsInside) : "") + quoteHint(row.quoteSign(), fields));
            for (long line : rowsInside) {
                rowNumber++;
                context.skipped(new Origin(sourceName, input.displayName(), rowNumber, line), "line " + line
                        + " reads as a whole row of its own but lies inside a quoted field of the row at line " + row.line()
                        + ", which runs on over it; skipped with that row, as whether it is a row or text of that field is not certain");
            }
            return null;
        }
        if (values.size() == header.size() + 1) {
            values = values.subList(0, header.size());
        }
        CsvRow csvRow = new CsvRow(header, values, origin);
        BibliographicRecord.Builder builder = mapper.apply(csvRow);
        if (builder == null) {
            return null;
        }
        if (csvRow.hasReplacementCharacter()) {
            // a sheet Excel saved as "CSV" is in the machine's code page (Windows-1252), its most common cause
            context.warning(origin, "row holds bytes that are not UTF-8 (read as U+FFFD); expected UTF-8 text (a sheet saved"
                    + " from Excel: save it as CSV UTF-8); the record is kept with the replaced characters");
        }
        if (row.textAfterQuoteLine() > 0) {
            // the fields came out right, so nothing else tells that the field's text is not as written (the review of
            // session 33, G2: "The "gold standard" showed ..." was read as 'The gold standard" showed ...', a sentence
            // found nowhere in the file, without a word)
            context.warning(origin, "a quoted field opened at line " + row.textAfterQuoteLine() + " has text after its closing"
                    + " quote: a quote inside it not doubled? The field is read with that quote left out; expected \"\" for each"
                    + " quote inside a quoted field");
        }
        return builder.origin(origin).build();
    }

    /**
     * Whether {@code row} holds the header's column names, in order (blanks around each ignored). A
     * second file's UTF-8 byte-order mark, which {@code cat} leaves at the start of its header line,
     * is not taken for part of the first name: the line is read again without it, since the mark
     * before an opening quote keeps the reader from seeing the quote.
     */
    private boolean repeatsHeader(CsvReader.Row row) {
        List<String> values = row.fields();
        if (!values.isEmpty() && values.get(0).startsWith(BYTE_ORDER_MARK) && row.text().startsWith(BYTE_ORDER_MARK)) {
            values = readAlone(row.text().substring(1));
        }
        if (values == null || values.size() != header.size()) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).strip().equals(header.names().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The fields of {@code text} read as one row, or null when it does not read as one whole row. */
    private List<String> readAlone(String text) {
        try {
            CsvReader.Row alone = new CsvReader(new StringReader(text), delimiter, 1).next();
            return alone == null || alone.unclosedQuoteLine() > 0 || alone.limitPassed() != null ? null : alone.fields();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string cannot fail to be read
        }
    }

    /** Whether a row with {@code values} has the header's number of fields, or one more, empty, where that is allowed. */
    private boolean hasHeaderSize(List<String> values) {
        int fields = values.size();
        return fields == header.size()
                || fields == header.size() + 1 && trailingCommaAllowed() && values.get(fields - 1).isEmpty();
    }

    /** Whether a row may end with a comma: where the format allows it, unless the file's first row says its header lost a name. */
    private boolean trailingCommaAllowed() {
        return trailingEmptyFieldAllowed && (trailingCommaPossible == null || trailingCommaPossible);
    }

    /**
     * The lines of a damaged row, after its first, that start a row by {@link #rowStart} (a good row
     * that a quote left open ran into). Where that is certain the reader has ended the row before
     * any of them, so there are none; in a sheet they are rows only probably, so they are skipped,
     * not read as records.
     */
    private List<Long> rowStartsInside(CsvReader.Row row) {
        List<Long> starts = new ArrayList<>();
        String[] lines = row.text().split("\r\n|\r|\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (rowStart.at(lines[i])) {
                starts.add(row.line() + i);
            }
        }
        return starts;
    }

    /**
     * The quote that may have put a row's fields off, where the reader saw a sign of it ("; ..."), else "".
     * A line break in quotes counts only in a row with more fields than the header: one that ran on
     * over the next; a sheet's field may hold a line break in a row short of fields for another reason.
     */
    private String quoteHint(CsvReader.QuoteSign sign, int fields) {
        if (sign == null || sign.kind() == CsvReader.QuoteSign.Kind.LINE_BREAK_IN_QUOTES && fields <= header.size()) {
            return "";
        }
        return sign.kind() == CsvReader.QuoteSign.Kind.QUOTE_IN_UNQUOTED_FIELD
                ? "; line " + sign.line() + " has a quote inside a field that does not start with one: that field's opening quote may be missing"
                : "; a quoted field opened at line " + sign.line() + " may be missing its closing quote";
    }

    private static String spanned(CsvReader.Row row, List<Long> rowsInside) {
        String spans = "it spans " + lines(row.line(), row.lastLine());
        if (rowsInside.isEmpty()) {
            return spans;
        }
        String named = rowsInside.size() == 1 ? "line " + rowsInside.get(0)
                : "lines " + String.join(", ", rowsInside.stream().map(String::valueOf).toList());
        return spans + ", and " + named + (rowsInside.size() == 1 ? " reads as a whole row of its own, so it is probably a row"
                : " read as whole rows of their own, so they are probably " + rowsInside.size() + " rows")
                + " this one ran into (skipped as well)";
    }

    /** Whether {@code line} read alone is one row of the header's size: in a sheet, a line that probably starts a row. */
    private boolean readsAsWholeRow(CharSequence line) {
        try {
            CsvReader.Row alone = new CsvReader(new StringReader(line.toString()), delimiter, 1).next();
            return alone != null && alone.unclosedQuoteLine() == 0 && alone.limitPassed() == null && hasHeaderSize(alone.fields());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string cannot fail to be read
        }
    }

    private static String lines(long first, long last) {
        return first == last ? "line " + first : "lines " + first + "-" + last;
    }

    /** Reopens the file and reads on from line {@code line}, as rows. */
    private void resumeAt(long line) {
        try {
            reader.close();
            reader = input.openReader();
            skipLines(reader, line - 1);
            rows = new CsvReader(reader, delimiter, line);
            rows.startRowsAt(rowStart);
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
