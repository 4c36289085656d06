package org.evidentia.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The lines of a text input with their 1-based numbers and one line of look-ahead, for sources of
 * line-based formats. LF, CRLF and CR end a line, and so does CR CR LF, the end of a CRLF file
 * converted to CRLF once more, which would otherwise put a blank line after every line; trailing
 * white space other than tabs is removed, no-break spaces among it (a line of nothing else is blank), and so is a
 * byte-order mark at a line's start (a second export joined on).
 *
 * <p>Tabs are kept, trailing ones too, so that a tab-separated row keeps its empty last fields:
 * {@code "1002\tNo abstract\t\t"} splits ({@code line.split("\t", -1)}) into four fields, the last
 * two empty, and a source can tell it from a row of two fields. A source of a format in which
 * trailing tabs mean nothing has them removed with the rest
 * ({@link #BoundedLines(Reader, int, boolean) keepTrailingTabs} false).
 *
 * <p>A line is never held longer than its limit: the rest of a longer line is read past and
 * dropped, and {@link #lastWasCut()} says so (a source then reports the record with the line's
 * number), so that a file without line breaks, or a hostile one, cannot fill the heap.
 *
 * <p>Not thread-safe: one instance is read by one thread. It owns the reader it was given:
 * {@link #close()} closes it. An {@link IOException} of the reader is thrown as an
 * {@link UncheckedIOException} that names the line being read.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class BoundedLines implements Closeable {

    private final Reader in;
    private final int maxLine;
    private final boolean keepTrailingTabs;
    private final StringBuilder line = new StringBuilder(256);
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;

    private String pending;
    private boolean pendingCut;
    private boolean peeked;
    private long number;
    private boolean lastCut;

    /**
     * The lines of {@code in}, each held to at most {@code maxLine} characters, trailing tabs kept.
     *
     * @param in      not null; read from its current position, closed by {@link #close()}
     * @param maxLine the longest line kept, in chars (at least 1)
     * @since 0.1
     */
    public BoundedLines(Reader in, int maxLine) {
        this(in, maxLine, true);
    }

    /**
     * The lines of {@code in}, each held to at most {@code maxLine} characters.
     *
     * @param in               not null; read from its current position, closed by {@link #close()}
     * @param maxLine          the longest line kept, in chars (at least 1)
     * @param keepTrailingTabs true for a tab-separated format, whose empty last fields they are;
     *                         false removes them with the other trailing white space
     * @since 0.1
     */
    public BoundedLines(Reader in, int maxLine, boolean keepTrailingTabs) {
        if (maxLine < 1) {
            throw new IllegalArgumentException("maxLine must be at least 1: " + maxLine);
        }
        this.in = java.util.Objects.requireNonNull(in, "in");
        this.maxLine = maxLine;
        this.keepTrailingTabs = keepTrailingTabs;
    }

    /**
     * The longest line kept, in chars.
     *
     * @since 0.1
     */
    public int maxLine() {
        return maxLine;
    }

    /**
     * The next line without consuming it.
     *
     * @return the line, or null at the end of the input
     * @since 0.1
     */
    public String peek() {
        if (!peeked) {
            pendingCut = false;
            pending = read();
            peeked = true;
        }
        return pending;
    }

    /**
     * The next line.
     *
     * @return the line, or null at the end of the input
     * @since 0.1
     */
    public String next() {
        String next = peek();
        peeked = false;
        if (next != null) {
            number++;
            lastCut = pendingCut;
        }
        return next;
    }

    /**
     * The 1-based number of the line last returned by {@link #next()}; 0 before the first.
     *
     * @since 0.1
     */
    public long number() {
        return number;
    }

    /**
     * True when the line last returned by {@link #next()} was longer than {@link #maxLine()} and was cut.
     *
     * @since 0.1
     */
    public boolean lastWasCut() {
        return lastCut;
    }

    /**
     * Closes the reader.
     *
     * @since 0.1
     */
    @Override
    public void close() throws IOException {
        in.close();
    }

    private String read() {
        line.setLength(0);
        boolean any = false;
        try {
            while (true) {
                if (position == limit && !fill()) {
                    return any ? finish() : null;
                }
                char c = buffer[position++];
                any = true;
                if (c == '\n') {
                    return finish();
                }
                if (c == '\r') {
                    readAhead(2); // LF after it, or CR LF (the review of session 28, N16), or neither: a line ended by CR alone
                    if (position < limit && buffer[position] == '\n') {
                        position++;
                    } else if (position + 1 < limit && buffer[position] == '\r' && buffer[position + 1] == '\n') {
                        position += 2;
                    }
                    return finish();
                }
                if (line.length() < maxLine) {
                    line.append(c);
                } else {
                    pendingCut = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line " + (number + 1) + ": " + e.getMessage(), e);
        }
    }

    private String finish() {
        int start = 0;
        while (start < line.length() && line.charAt(start) == '\uFEFF') {
            start++; // a byte-order mark where a second export was joined on: invisible, it hid the line's tag
        }
        if (start > 0) {
            line.delete(0, start);
        }
        int end = line.length();
        while (end > 0 && !(keepTrailingTabs && line.charAt(end - 1) == '\t') && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    /** Keeps the unread chars and reads until {@code chars} of them are at hand, or the input ends. */
    private void readAhead(int chars) throws IOException {
        if (limit - position >= chars || endOfInput) {
            return;
        }
        int unread = limit - position;
        System.arraycopy(buffer, position, buffer, 0, unread);
        position = 0;
        limit = unread;
        while (limit < chars) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfInput = true; // what was read stays to be read
                return;
            }
            limit += read;
        }
    }

    /** White space, no-break spaces and the byte-order mark among it: a line of nothing else is blank. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            endOfInput = true;
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
