package org.evidentia.plugins.bioc;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The lines of one text file with their 1-based numbers and one line of look-ahead. LF, CRLF and CR
 * end a line; trailing white space is removed.
 *
 * <p>A line is never held longer than {@link #MAX_LINE} characters: the rest of a longer line is read
 * past and dropped, and {@link #lastWasCut()} says so, so that a file without line breaks (or a
 * hostile one) cannot fill the heap.
 */
final class BoundedLines implements Closeable {

    /** PubTator writes an abstract on one line; none is near this long. */
    static final int MAX_LINE = 4 << 20;

    private final Reader in;
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

    BoundedLines(Reader in) {
        this.in = in;
    }

    /** The next line without consuming it, or null at the end of the file. */
    String peek() {
        if (!peeked) {
            pendingCut = false;
            pending = read();
            peeked = true;
        }
        return pending;
    }

    /** The next line, or null at the end of the file. */
    String next() {
        String next = peek();
        peeked = false;
        if (next != null) {
            number++;
            lastCut = pendingCut;
        }
        return next;
    }

    /** The number of the line last returned by {@link #next()}. */
    long number() {
        return number;
    }

    /** True when the line last returned by {@link #next()} was longer than {@link #MAX_LINE} and was cut. */
    boolean lastWasCut() {
        return lastCut;
    }

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
                    if (position == limit) {
                        fill();
                    }
                    if (position < limit && buffer[position] == '\n') {
                        position++;
                    }
                    return finish();
                }
                if (line.length() < MAX_LINE) {
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
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
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
