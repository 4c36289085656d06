package org.evidentia.plugins.pubmed;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/**
 * The lines of one input with their 1-based numbers and one line of look-ahead, so that a parser
 * can see where the next record starts before it finishes the current one. LF, CRLF, CR and CR CR LF
 * (a CRLF file converted to CRLF once more) end a line; trailing white space and control characters (NUL bytes included) are removed; a leading
 * UTF-8 byte-order mark is skipped.
 *
 * <p>Lines are cut from the raw bytes and each is decoded as UTF-8 on its own: bytes that are not
 * UTF-8 become U+FFFD, as {@link org.evidentia.api.SourceInput#openReader()} would give them. This
 * is about twice as fast as a {@link java.io.Reader} for PubMed's mostly-ASCII text, which matters
 * for MEDLINE files of hundreds of megabytes.
 *
 * <p>A line longer than {@link ReadLimits#MAX_LINE_BYTES} is cut there and the rest of it is passed
 * over without being kept ({@link #wasCut()} says so), so a file without line breaks never fills
 * the heap. Each line is also shown once to an identity counter, which counts the record identity
 * lines of the format (such as {@code PMID- }) independently of how the parser groups lines into
 * records.
 */
public final class LineInput implements Closeable {

    /** What UTF-8 decoding with replacement puts where bytes were not UTF-8. */
    public static final char REPLACEMENT = '\uFFFD';

    private static final int BUFFER = 64 * 1024;
    private static final ToIntFunction<String> NO_IDENTITIES = line -> 0;

    private final InputStream in;
    private final ToIntFunction<String> identities;
    private final int maxLine;
    private byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;
    private String pending;
    private boolean pendingCut;
    private long pendingNumber;
    private long number;
    private boolean cut;
    private boolean readCut;
    private boolean sawContent;
    private long identityCount;
    private long unendedLine;

    /** Lines of {@code in} counting no identity lines. */
    public LineInput(InputStream in) {
        this(in, NO_IDENTITIES);
    }

    /**
     * Lines of {@code in}.
     *
     * @param identities how many record identities a line holds (a line is shown to it once, stripped)
     */
    public LineInput(InputStream in, ToIntFunction<String> identities) {
        this(in, identities, ReadLimits.MAX_LINE_BYTES);
    }

    LineInput(InputStream in, ToIntFunction<String> identities, int maxLine) {
        this.in = in;
        this.identities = identities;
        this.maxLine = maxLine;
    }

    /** The next line without consuming it, or null at the end of the input. */
    public String peek() {
        if (pending == null) {
            pending = read();
            pendingCut = readCut;
            pendingNumber = number + 1;
        }
        return pending;
    }

    /** The next line, or null at the end of the input. */
    public String next() {
        String line = peek();
        if (line != null) {
            number = pendingNumber;
            cut = pendingCut;
            pending = null;
        }
        return line;
    }

    /** The number of the line last returned by {@link #next()}. */
    public long number() {
        return number;
    }

    /** True when the line last returned by {@link #next()} was longer than the limit and cut there. */
    public boolean wasCut() {
        return cut;
    }

    /**
     * The number of the input's last line once it has been read, where no line end followed it, else 0: a file cut short
     * ends so, inside its last line, though one saved by hand may too.
     */
    public long unendedLine() {
        return unendedLine;
    }

    /** True once any line with more than white space has been read. */
    public boolean sawContent() {
        return sawContent;
    }

    /** How many record identities the identity counter found in the lines read so far. */
    public long identities() {
        return identityCount;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private String read() {
        try {
            readCut = false;
            String line = readLine();
            if (line == null) {
                return null;
            }
            line = stripEnd(line);
            if (line.startsWith("\uFEFF")) {
                // a byte-order mark inside the file, where a second export was joined on (cat, copy /b): invisible, it made the
                // line after it no tag line, and its record lost its PMID (the review of session 28, N10)
                line = line.replaceFirst("^\uFEFF+", "");
            }
            if (!line.isEmpty()) {
                sawContent = true;
                identityCount += identities.applyAsInt(line);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line " + (number + 1) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The line without trailing white space and control characters (NUL bytes, stray CRs); no-break spaces and the byte-order
     * mark count as white space, so that a line of nothing else (what a browser's copy often gives for an empty line) is blank:
     * read as text, it joined every record's paragraphs into one and an Abstract export lost all its findings (the review of
     * session 28, N17).
     */
    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0) {
            char c = line.charAt(end - 1);
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                break;
            }
            end--;
        }
        return end == line.length() ? line : line.substring(0, end);
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
            int stop = Math.min(limit, position + maxLine);
            for (; i < stop; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    if (b == '\r' && i + 2 >= limit && !endOfInput) {
                        break; // are the next bytes, not yet read, the LF of a CRLF or the CR LF of a CR CR LF?
                    }
                    String line = new String(buffer, position, i - position, StandardCharsets.UTF_8);
                    position = b == '\n' ? i + 1 : afterCarriageReturn(i);
                    return line;
                }
            }
            scanned = i - position;
            if (scanned >= maxLine) {
                String line = new String(buffer, position, maxLine, StandardCharsets.UTF_8);
                position += maxLine;
                readCut = true;
                passRestOfLine();
                return line;
            }
            if (endOfInput) {
                if (position < limit) {
                    String line = new String(buffer, position, limit - position, StandardCharsets.UTF_8);
                    position = limit;
                    unendedLine = number + 1; // read by peek(), as the line after the one last returned
                    return line;
                }
                return null;
            }
            fill();
        }
    }

    /**
     * Where the line ended by the CR at {@code i} is followed: after CR LF, after CR CR LF (the end of a CRLF file converted to
     * CRLF once more, which read as a blank line after every line: the review of session 28, N16), or after the CR alone.
     */
    private int afterCarriageReturn(int i) {
        if (i + 1 < limit && buffer[i + 1] == '\n') {
            return i + 2;
        }
        return i + 2 < limit && buffer[i + 1] == '\r' && buffer[i + 2] == '\n' ? i + 3 : i + 1;
    }

    /** Reads past the rest of an overlong line and its line end, keeping nothing. */
    private void passRestOfLine() throws IOException {
        while (true) {
            for (int i = position; i < limit; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    position = i + 1;
                    return;
                }
                if (b == '\r') {
                    position = i + 1;
                    if (position + 1 >= limit && !endOfInput) {
                        fill();
                    }
                    if (position < limit && buffer[position] == '\n') {
                        position++;
                    } else if (position + 1 < limit && buffer[position] == '\r' && buffer[position + 1] == '\n') {
                        position += 2; // CR CR LF, as afterCarriageReturn reads it (the review of the session's change, R4)
                    }
                    return;
                }
            }
            position = limit;
            if (endOfInput) {
                return;
            }
            fill();
        }
    }

    /** Keeps the unread bytes, growing the buffer for a line longer than it, and reads more. */
    private void fill() throws IOException {
        int unread = limit - position;
        if (position == 0 && limit == buffer.length) {
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
