package org.evidentia.plugins.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV rows one at a time as RFC 4180 has them (fields separated by a delimiter, optionally
 * quoted with {@code "}, {@code ""} for a quote inside quotes, line breaks inside quotes kept),
 * leniently and within bounds, from a reader it does not own.
 *
 * <p>Two parts: this class finds where each row ends (a line break outside quotes) and keeps the
 * row's text within bounds, which no CSV library does, so that one huge field or a quote never
 * closed cannot exhaust memory or lose the rest of the file; Apache Commons CSV then splits the
 * row's text into fields (quotes, doubled quotes, text after a closing quote kept).
 *
 * <ul>
 * <li>A quote inside an unquoted field is an ordinary character; text between a closing quote and
 *     the next delimiter is kept in the field. No input makes it throw.</li>
 * <li>Empty lines are no rows. Lines are counted as LF, CRLF and CR end them, so each row knows
 *     the line it starts on.</li>
 * <li>A field longer than {@link #MAX_FIELD_CHARS}, a row longer than {@link #MAX_ROW_CHARS} or
 *     with more than {@link #MAX_FIELDS} fields is read to its end but not kept:
 *     {@link Row#limitPassed()} names the limit.</li>
 * <li>A quoted field that is still open at the end of the input comes back as a row whose
 *     {@link Row#unclosedQuoteLine()} is where the field started, so the caller can read on from
 *     the line after it.</li>
 * <li>Where the format makes it certain which lines start a row ({@link #startRowsAt}), a line
 *     break inside a quoted field before such a line ends the row there: the row comes back with
 *     {@link Row#cutQuoteLine()} set, and the line after it starts the next row. So a field cut
 *     mid-quote costs its own row, not the good row after it too.</li>
 * <li>Where a row's quoting looks broken, {@link Row#quoteSign()} says where, so that a row with
 *     the wrong number of fields can be reported with the quote that likely caused it.</li>
 * </ul>
 * Not thread-safe.
 */
final class CsvReader {

    /** Longest field kept: 1 Mi characters (a PubMed title or abstract is a few thousand). */
    static final int MAX_FIELD_CHARS = 1024 * 1024;
    /** Longest row kept: 16 Mi characters. */
    static final long MAX_ROW_CHARS = 16L * 1024 * 1024;
    /** Most fields a row may have: 10,000 (PubMed's export has 11 columns). */
    static final int MAX_FIELDS = 10_000;

    /**
     * One row.
     *
     * @param line              the line it starts on, 1-based
     * @param lastLine          the line it ends on (later than {@code line} when a quoted field holds a line break)
     * @param text              its text as read, line breaks inside quotes kept; empty when a limit was passed
     * @param fields            its fields (not all of them when a limit was passed)
     * @param limitPassed       which limit it passed, in words, or null
     * @param unclosedQuoteLine where a quoted field that the input ended inside started, or 0
     * @param cutQuoteLine      where a quoted field started that was still open when a line starting a row came, or 0
     * @param quoteSign         the first sign that the row's quoting is broken, or null; one of text after a
     *                          closing quote or a quote inside an unquoted field is preferred to a line break in quotes
     * @param textAfterQuoteLine where the first quoted field opened whose closing quote is followed by text other than
     *                          blanks before the delimiter (a quote inside it not doubled, most often), whatever other sign
     *                          came first; 0 when none
     */
    record Row(long line, long lastLine, String text, List<String> fields, String limitPassed, long unclosedQuoteLine,
            long cutQuoteLine, QuoteSign quoteSign, long textAfterQuoteLine) {
    }

    /**
     * Where a row's quoting looks broken. Only a sign: a sheet's quoted field may hold a line break,
     * and a quote may stand in an unquoted field (5" screen); it says something only of a row whose
     * fields do not match its header.
     *
     * @param kind what was seen
     * @param line where the quoted field opened ({@link Kind#TEXT_AFTER_CLOSING_QUOTE},
     *             {@link Kind#LINE_BREAK_IN_QUOTES}), or where the quote stands ({@link Kind#QUOTE_IN_UNQUOTED_FIELD})
     */
    record QuoteSign(Kind kind, long line) {

        enum Kind {
            /** A quoted field's closing quote is followed by text: most often the quote that opens the next field, the field's own lost. */
            TEXT_AFTER_CLOSING_QUOTE,
            /** A field that does not start with a quote holds one: its opening quote may be lost. */
            QUOTE_IN_UNQUOTED_FIELD,
            /** A quoted field holds a line break. */
            LINE_BREAK_IN_QUOTES
        }
    }

    private final Reader in;
    private final char delimiter;
    private final CSVFormat format;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean ended;
    private long line;
    private boolean afterCr;
    private RowStart rowStart;
    private List<String> columnNames = List.of();

    /**
     * @param in        the text, read from where it stands
     * @param delimiter the field delimiter
     * @param firstLine the number of the line {@code in} starts on
     */
    CsvReader(Reader in, char delimiter, long firstLine) {
        this.in = in;
        this.delimiter = delimiter;
        this.line = firstLine;
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setTrailingData(true).setLenientEof(true).get();
    }

    /**
     * From now on, a line that {@code rowStart} says certainly starts a row starts one even inside a
     * quoted field: for formats whose rows are known to start so (a PubMed CSV export's with its PMID).
     * A row start that is only probable changes nothing here.
     */
    void startRowsAt(RowStart rowStart) {
        this.rowStart = rowStart;
    }

    /** From now on, a field a limit names is named by its column too ({@code field 6 (Abstract)}), once the header is read. */
    void nameColumns(List<String> names) {
        this.columnNames = List.copyOf(names);
    }

    /** The next row, or null at the end of the input. */
    Row next() throws IOException {
        int c;
        while ((c = peek()) == '\n' || c == '\r') {
            take();
        }
        if (c < 0) {
            return null;
        }
        long rowLine = line;
        StringBuilder text = new StringBuilder();
        long rowChars = 0;
        long fieldChars = 0;
        int fieldCount = 1;
        String limitPassed = null;
        boolean quoted = false;
        boolean fieldStart = true;
        long quoteLine = 0;
        boolean keep = true;
        QuoteSign broken = null;
        QuoteSign lineBreakInQuotes = null;
        boolean blanksAfterClosingQuote = false; // only blanks since a closing quote, so far
        long textAfterQuoteLine = 0;
        while (true) {
            c = take();
            if (c < 0) {
                if (quoted) {
                    return new Row(rowLine, line, "", List.of(), limitPassed, quoteLine, 0, null, 0);
                }
                break;
            }
            char ch = (char) c;
            if (blanksAfterClosingQuote && !quoted && ch != delimiter && ch != '\n' && ch != '\r') {
                // blanks after a closing quote lose nothing; other text is a sign (a blank took the row's hint from a bare
                // quote later in it: the review of the change s33, T6)
                if (ch != ' ' && ch != '\t') {
                    blanksAfterClosingQuote = false;
                    textAfterQuoteLine = textAfterQuoteLine > 0 ? textAfterQuoteLine : quoteLine;
                    if (broken == null) {
                        broken = new QuoteSign(QuoteSign.Kind.TEXT_AFTER_CLOSING_QUOTE, quoteLine);
                    }
                }
            } else {
                blanksAfterClosingQuote = false;
                if (broken == null && !quoted && ch == '"' && !fieldStart) {
                    broken = new QuoteSign(QuoteSign.Kind.QUOTE_IN_UNQUOTED_FIELD, line);
                }
            }
            boolean structural = false;
            if (fieldStart && ch == '"') {
                quoted = true;
                quoteLine = line;
                structural = true;
            } else if (quoted) {
                if (ch == '"') {
                    if (peek() == '"') {
                        take();
                        if (keep) {
                            text.append('"'); // the escaping half of a doubled quote
                        }
                    } else {
                        quoted = false; // closed; anything before the delimiter stays in the field
                        blanksAfterClosingQuote = true;
                        structural = true;
                    }
                } else if (ch == '\n' || ch == '\r') {
                    if (startsRow()) {
                        if (ch == '\r' && peek() == '\n') {
                            take();
                        }
                        String kept = keep ? text.toString() : "";
                        return new Row(rowLine, line - 1, kept, keep ? fields(kept) : List.of(), limitPassed, 0, quoteLine, null, textAfterQuoteLine);
                    }
                    if (lineBreakInQuotes == null) {
                        lineBreakInQuotes = new QuoteSign(QuoteSign.Kind.LINE_BREAK_IN_QUOTES, quoteLine);
                    }
                }
            } else if (ch == delimiter) {
                fieldCount++;
                fieldChars = 0;
                structural = true;
                if (keep && fieldCount > MAX_FIELDS) {
                    keep = false;
                    limitPassed = "it has more than " + MAX_FIELDS + " fields (the field count limit)";
                }
            } else if (ch == '\n' || ch == '\r') {
                break;
            }
            fieldStart = ch == delimiter && !quoted;
            rowChars++;
            fieldChars += structural ? 0 : 1;
            if (keep && rowChars > MAX_ROW_CHARS) {
                keep = false;
                limitPassed = "it is longer than " + MAX_ROW_CHARS + " characters (the row limit, 16 Mi characters)";
            }
            if (keep && fieldChars > MAX_FIELD_CHARS) {
                keep = false;
                limitPassed = "field " + fieldCount + (fieldCount <= columnNames.size() ? " (" + columnNames.get(fieldCount - 1) + ")" : "")
                        + " is longer than " + MAX_FIELD_CHARS
                        + " characters (the field limit, 1 Mi characters)";
            }
            if (keep) {
                text.append(ch);
            }
        }
        long lastLine = c < 0 ? line : line - 1;
        String kept = keep ? text.toString() : "";
        return new Row(rowLine, lastLine, kept, keep ? fields(kept) : List.of(), limitPassed, 0, 0,
                broken != null ? broken : lineBreakInQuotes, textAfterQuoteLine);
    }

    /** Whether the line after the line break just taken certainly starts a row by {@link #rowStart}. */
    private boolean startsRow() throws IOException {
        if (rowStart == null || !rowStart.certain()) {
            return false;
        }
        fill(RowStart.LOOKAHEAD + 1);
        // the LF of a CRLF is not taken yet; the line starts after it
        int start = afterCr && position < limit && buffer[position] == '\n' ? position + 1 : position;
        int end = start;
        while (end < limit && end - start < RowStart.LOOKAHEAD && buffer[end] != '\n' && buffer[end] != '\r') {
            end++;
        }
        return rowStart.at(CharBuffer.wrap(buffer, start, end - start));
    }

    /** Makes the buffer hold at least {@code count} characters from the position, or all that are left. */
    private void fill(int count) throws IOException {
        if (limit - position >= count || ended) {
            return;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < count) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read <= 0) {
                ended = true; // peek() then returns what the buffer still holds, and -1 after it
                return;
            }
            limit += read;
        }
    }

    /** The fields of one row's text, split by Commons CSV; the text holds no line break outside quotes. */
    private List<String> fields(String row) throws IOException {
        try (CSVParser parser = CSVParser.parse(row, format)) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? records.next().toList() : List.of("");
        }
    }

    /** The next character without taking it, or -1 at the end. */
    private int peek() throws IOException {
        if (position == limit) {
            if (ended) {
                return -1;
            }
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                ended = true;
                return -1;
            }
        }
        return buffer[position];
    }

    /** Takes the next character, counting lines; -1 at the end. */
    private int take() throws IOException {
        int c = peek();
        if (c < 0) {
            return c;
        }
        position++;
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
        } else if (c == '\r') {
            line++;
        }
        afterCr = c == '\r';
        return c;
    }
}
