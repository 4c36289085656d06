package org.evidentia.plugins.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV rows one at a time as RFC 4180 has them (fields separated by a delimiter, optionally
 * quoted with {@code "}, {@code ""} for a quote inside quotes, line breaks inside quotes kept),
 * leniently and within bounds, from a reader it does not own.
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
     * @param fields            its fields (not all of them when a limit was passed)
     * @param limitPassed       which limit it passed, in words, or null
     * @param unclosedQuoteLine where a quoted field that the input ended inside started, or 0
     */
    record Row(long line, List<String> fields, String limitPassed, long unclosedQuoteLine) {
    }

    private final Reader in;
    private final char delimiter;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean ended;
    private long line;
    private boolean afterCr;

    /**
     * @param in        the text, read from where it stands
     * @param delimiter the field delimiter
     * @param firstLine the number of the line {@code in} starts on
     */
    CsvReader(Reader in, char delimiter, long firstLine) {
        this.in = in;
        this.delimiter = delimiter;
        this.line = firstLine;
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
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long rowChars = 0;
        String limitPassed = null;
        boolean quoted = false;
        boolean fieldStart = true;
        long quoteLine = 0;
        boolean keep = true;
        while (true) {
            c = take();
            if (c < 0) {
                if (quoted) {
                    return new Row(rowLine, fields, limitPassed, quoteLine);
                }
                break;
            }
            char ch = (char) c;
            if (fieldStart && ch == '"') {
                quoted = true;
                quoteLine = line;
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            if (quoted) {
                if (ch == '"') {
                    if (peek() == '"') {
                        take();
                    } else {
                        quoted = false; // closed; anything before the delimiter is kept as text
                        continue;
                    }
                }
            } else if (ch == delimiter) {
                if (keep) {
                    fields.add(field.toString());
                    if (fields.size() >= MAX_FIELDS) {
                        keep = false;
                        limitPassed = limitPassed != null ? limitPassed
                                : "it has more than " + MAX_FIELDS + " fields (the field count limit)";
                    }
                }
                field.setLength(0);
                fieldStart = true;
                continue;
            } else if (ch == '\n' || ch == '\r') {
                break;
            }
            rowChars++;
            if (keep && rowChars > MAX_ROW_CHARS) {
                keep = false;
                limitPassed = limitPassed != null ? limitPassed
                        : "it is longer than " + MAX_ROW_CHARS + " characters (the row limit, 16 Mi characters)";
            }
            if (keep && field.length() >= MAX_FIELD_CHARS) {
                keep = false;
                limitPassed = limitPassed != null ? limitPassed : "field " + (fields.size() + 1) + " is longer than "
                        + MAX_FIELD_CHARS + " characters (the field limit, 1 Mi characters)";
            }
            if (keep) {
                field.append(ch);
            }
        }
        if (keep) {
            fields.add(field.toString());
        }
        return new Row(rowLine, fields, limitPassed, 0);
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
