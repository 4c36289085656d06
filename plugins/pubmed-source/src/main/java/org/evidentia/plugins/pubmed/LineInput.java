package org.evidentia.plugins.pubmed;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The lines of one input with their 1-based numbers and one line of look-ahead, so that a parser
 * can see where the next record starts before it finishes the current one. LF, CRLF and CR end a
 * line; trailing white space is removed; a leading UTF-8 byte-order mark is skipped.
 *
 * <p>Lines are cut from the raw bytes and each is decoded as UTF-8 on its own: bytes that are not
 * UTF-8 become U+FFFD, as {@link org.evidentia.api.SourceInput#openReader()} would give them. This
 * is about twice as fast as a {@link java.io.Reader} for PubMed's mostly-ASCII text, which matters
 * for MEDLINE files of hundreds of megabytes.
 */
public final class LineInput implements Closeable {

    /** What UTF-8 decoding with replacement puts where bytes were not UTF-8. */
    public static final char REPLACEMENT = '\uFFFD';

    private static final int BUFFER = 64 * 1024;
    /** No text export has lines this long; a file that does is not text, and must not fill the heap. */
    static final int MAX_LINE = 16 * 1024 * 1024;

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;
    private String pending;
    private long pendingNumber;
    private long number;
    private boolean sawContent;

    public LineInput(InputStream in) {
        this.in = in;
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

    @Override
    public void close() throws IOException {
        in.close();
    }

    private String read() {
        try {
            String line = readLine();
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

    private String readLine() throws IOException {
        if (!started) {
            started = true;
            fill();
            if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                position = 3;
            }
        }
        // Bytes of the current line already searched for its end, kept across fills so that a long
        // line arriving in small reads is not searched again and again.
        int scanned = 0;
        while (true) {
            int i = position + scanned;
            for (; i < limit; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    if (b == '\r' && i + 1 == limit && !endOfInput) {
                        break; // is the next byte, not yet read, the LF of a CRLF?
                    }
                    String line = new String(buffer, position, i - position, StandardCharsets.UTF_8);
                    position = b == '\r' && i + 1 < limit && buffer[i + 1] == '\n' ? i + 2 : i + 1;
                    return line;
                }
            }
            scanned = i - position;
            if (endOfInput) {
                if (position < limit) {
                    String line = new String(buffer, position, limit - position, StandardCharsets.UTF_8);
                    position = limit;
                    return line;
                }
                return null;
            }
            fill();
        }
    }

    /** Keeps the unread bytes, growing the buffer for a line longer than it, and reads more. */
    private void fill() throws IOException {
        int unread = limit - position;
        if (position == 0 && limit == buffer.length) {
            if (buffer.length >= MAX_LINE) {
                throw new IOException("line " + (number + 1) + " is longer than " + MAX_LINE / (1024 * 1024)
                        + " MiB: expected a text export with line breaks");
            }
            byte[] larger = new byte[buffer.length * 2];
            System.arraycopy(buffer, 0, larger, 0, limit);
            buffer = larger;
        } else if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, unread);
        }
        position = 0;
        limit = unread;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
        }
    }
}
