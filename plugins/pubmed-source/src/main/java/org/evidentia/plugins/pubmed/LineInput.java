package org.evidentia.plugins.pubmed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The lines of one input with their 1-based numbers and one line of look-ahead, so that a parser
 * can see where the next record starts before it finishes the current one. CRLF and LF both end a
 * line ({@link BufferedReader#readLine()}); trailing white space is removed.
 */
public final class LineInput {

    /** What {@link java.io.Reader}s decoding with replacement put where bytes were not UTF-8. */
    public static final char REPLACEMENT = '\uFFFD';

    private final BufferedReader reader;
    private String pending;
    private long pendingNumber;
    private long number;
    private boolean sawContent;

    public LineInput(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next line without consuming it, or null at the end of the input. */
    public String peek() {
        if (pending == null) {
            pending = read();
            pendingNumber = number + 1;
        }
        return pending;
    }

    /** The next line, or null at the end of the input. */
    public String next() {
        String line = peek();
        if (line != null) {
            number = pendingNumber;
            pending = null;
        }
        return line;
    }

    /** The number of the line last returned by {@link #next()}. */
    public long number() {
        return number;
    }

    /** True once any line with more than white space has been read. */
    public boolean sawContent() {
        return sawContent;
    }

    private String read() {
        try {
            String line = reader.readLine();
            if (line == null) {
                return null;
            }
            line = line.stripTrailing();
            if (!line.isEmpty()) {
                sawContent = true;
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line " + (number + 1) + ": " + e.getMessage(), e);
        }
    }
}
