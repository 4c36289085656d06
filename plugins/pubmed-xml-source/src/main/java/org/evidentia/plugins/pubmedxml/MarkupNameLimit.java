package org.evidentia.plugins.pubmedxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.util.function.IntUnaryOperator;

/**
 * Bounds the names in the markup the careful reader (Woodstox) is given: of elements, attributes,
 * entity references and processing instructions, and the DOCTYPE as a whole. Woodstox has no limit
 * of its own on them and holds each whole, so a few hundred KiB of gzip could inflate to a name of
 * gigabytes. Input passed through here fails with an {@link IOException} at a name (or DOCTYPE) of
 * more than {@link #LONGEST_NAME} units; the careful reader reports that as damage and resumes at
 * the next record. Text, attribute values, comments, CDATA sections and processing instructions'
 * data are passed over: the careful reader reads or bounds them itself. The fast reader's input is
 * bounded by {@link RecordTagCounter}'s guard.
 *
 * <p>The markup is followed by a small lexer, a unit at a time. It follows well-formed XML, but
 * for comments and processing instructions inside a DOCTYPE's internal subset (which PubMed files do
 * not have: a {@code ]>} in one would end the DOCTYPE early here). Where the XML is not well-formed
 * it goes on in some state until the careful reader stops at the damage, and a reader made after
 * it starts a new limit. Bytes are read as an encoding where the
 * markup's chars are single ASCII bytes (UTF-8, Latin-1, ...); a file that starts as UTF-16, UTF-32
 * or EBCDIC does (XML 1.0, appendix F) is passed through unlexed. Not thread-safe.
 */
final class MarkupNameLimit {

    /** The longest name let through, in bytes or chars as read: 1 Mi, the fast reader's guard. */
    static final long LONGEST_NAME = RecordTagCounter.LONGEST_STRETCH;

    private enum State {
        TEXT, AFTER_LT, ELEMENT_NAME, IN_TAG, ATTRIBUTE_NAME, IN_VALUE, REFERENCE, AFTER_BANG, COMMENT_OPENING, COMMENT,
        CDATA, DOCTYPE, PI_TARGET, PI_DATA, OFF
    }

    private final String unit;
    private State state = State.TEXT;
    /** Where a reference returns to: text or an attribute value. */
    private State afterReference = State.TEXT;
    /** The quote an attribute value (or a literal in the DOCTYPE) ends with; 0 outside one. */
    private int quote;
    /** How many units of the current name (or DOCTYPE) were read. */
    private long length;
    /** The last unit, and how many of it came in a row up to it (for the "]]>" that ends a CDATA section). */
    private int previous;
    private int run;
    /** The dashes in a row inside a comment (not those of its "<!--"). */
    private int dashes;
    /** The DOCTYPE's open brackets (its internal subset). */
    private int brackets;
    private String kind = "a name";
    private boolean passed;

    private MarkupNameLimit(String unit) {
        this.unit = unit;
    }

    /** {@code in}, failing at a name of more than {@link #LONGEST_NAME} bytes; closing it closes {@code in}. */
    static InputStream bytes(InputStream in) {
        MarkupNameLimit limit = new MarkupNameLimit("bytes");
        PushbackInputStream source = new PushbackInputStream(in, 4);
        // InputStream's own read(), skip and mark go through read(byte[], ...), so the lexer sees every byte
        return new InputStream() {
            private boolean encodingTold;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (!encodingTold) {
                    encodingTold = true;
                    byte[] first = source.readNBytes(4);
                    source.unread(first);
                    limit.lexAsAscii(first);
                }
                limit.failIfPassed();
                return limit.handOn(source.read(buffer, offset, length), offset, i -> buffer[i]);
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }

    /** {@code in}, failing at a name of more than {@link #LONGEST_NAME} chars; closing it closes {@code in}. */
    static Reader chars(Reader in) {
        MarkupNameLimit limit = new MarkupNameLimit("characters");
        // Reader's own read(), skip and mark go through read(char[], ...), so the lexer sees every char
        return new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                limit.failIfPassed();
                return limit.handOn(in.read(buffer, offset, length), offset, i -> buffer[i]);
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    /**
     * Passes the {@code n} units just read into a buffer from {@code offset} through the lexer
     * ({@code unit} gives the one at an index); returns how many to hand on.
     */
    private int handOn(int n, int offset, IntUnaryOperator unit) throws IOException {
        for (int i = offset; i < offset + n; i++) {
            if (passedAt(unit.applyAsInt(i))) {
                return cut(i - offset);
            }
        }
        return n;
    }

    /** Leaves bytes unlexed when the file's first bytes show markup that is not in single ASCII bytes. */
    private void lexAsAscii(byte[] first) {
        if (!asciiMarkup(first, first.length)) {
            state = State.OFF;
        }
    }

    /** Whether the first bytes of a file, per XML 1.0 appendix F, leave the markup in single ASCII bytes. */
    private static boolean asciiMarkup(byte[] b, int n) {
        if (n < 4) {
            return true; // a file this short holds no name
        }
        boolean utf16or32 = b[0] == 0 || b[1] == 0 || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE;
        boolean ebcdic = (b[0] & 0xFF) == 0x4C && (b[1] & 0xFF) == 0x6F && (b[2] & 0xFF) == 0xA7 && (b[3] & 0xFF) == 0x94;
        return !utf16or32 && !ebcdic;
    }

    /** Whether a name passes the limit with {@code c}. */
    private boolean passedAt(int c) {
        boolean passes = step(c);
        run = c == previous ? run + 1 : 1;
        previous = c;
        return passes;
    }

    private boolean step(int c) {
        switch (state) {
            case TEXT -> {
                if (c == '<') {
                    state = State.AFTER_LT;
                } else if (c == '&') {
                    reference(State.TEXT);
                }
            }
            case AFTER_LT -> {
                if (c == '/') {
                    return name(State.ELEMENT_NAME, "a tag name", 0);
                } else if (c == '!') {
                    state = State.AFTER_BANG;
                } else if (c == '?') {
                    return name(State.PI_TARGET, "a processing instruction's target", 0);
                } else if (continuesName(c)) {
                    return name(State.ELEMENT_NAME, "a tag name", 1);
                } else if (c != '<') {
                    state = State.TEXT; // "< " or "<>": no tag, which the reader will say
                }
            }
            case ELEMENT_NAME, ATTRIBUTE_NAME -> {
                if (continuesName(c)) {
                    return ++length > LONGEST_NAME;
                }
                state = State.IN_TAG;
                return step(c);
            }
            case IN_TAG -> {
                if (c == '>') {
                    state = State.TEXT;
                } else if (c == '<') {
                    state = State.AFTER_LT;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    state = State.IN_VALUE;
                } else if (continuesName(c)) {
                    return name(State.ATTRIBUTE_NAME, "an attribute name", 1);
                }
            }
            case IN_VALUE -> {
                if (c == quote) {
                    quote = 0;
                    state = State.IN_TAG;
                } else if (c == '&') {
                    reference(State.IN_VALUE);
                }
            }
            case REFERENCE -> {
                if (c == ';') {
                    state = afterReference;
                } else if (continuesName(c) || c == '#') {
                    return ++length > LONGEST_NAME;
                } else {
                    state = afterReference; // not a reference after all: the reader says so
                    return step(c);
                }
            }
            case AFTER_BANG -> {
                if (c == '-') {
                    state = State.COMMENT_OPENING;
                } else if (c == '[') {
                    state = State.CDATA;
                } else {
                    brackets = 0;
                    quote = 0;
                    return name(State.DOCTYPE, "a DOCTYPE", 1);
                }
            }
            case COMMENT_OPENING -> {
                state = State.COMMENT; // the second dash of "<!--"
                dashes = 0;
            }
            case COMMENT -> {
                if (c == '>' && dashes >= 2) {
                    state = State.TEXT;
                }
                dashes = c == '-' ? dashes + 1 : 0;
            }
            case CDATA -> state = c == '>' && previous == ']' && run >= 2 ? State.TEXT : State.CDATA;
            case DOCTYPE -> {
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[') {
                    brackets++;
                } else if (c == ']') {
                    brackets--;
                } else if (c == '>' && brackets <= 0) {
                    state = State.TEXT;
                    return false;
                }
                return ++length > LONGEST_NAME;
            }
            case PI_TARGET -> {
                if (continuesName(c)) {
                    return ++length > LONGEST_NAME;
                }
                state = c == '>' && previous == '?' ? State.TEXT : State.PI_DATA;
            }
            case PI_DATA -> state = c == '>' && previous == '?' ? State.TEXT : State.PI_DATA;
            case OFF -> {
                // markup that is not in single ASCII bytes: passed through
            }
            default -> throw new IllegalStateException(state.name());
        }
        return false;
    }

    private boolean name(State name, String what, long read) {
        state = name;
        kind = what;
        length = read;
        return false;
    }

    private void reference(State back) {
        afterReference = back;
        name(State.REFERENCE, "an entity reference", 0);
    }

    /** Whether {@code c} may continue a name as far as its length goes: anything but white space and the markup's delimiters. */
    private static boolean continuesName(int c) {
        return !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '/' || c == '='
                || c == '"' || c == '\'' || c == '&' || c == ';' || c == '?' || c == '!');
    }

    /**
     * Ends reading at the limit: the {@code before} units read before it are handed on first, so
     * that the reader meets the damage where it is, not at the start of the buffer it came in; the
     * next read fails.
     */
    private int cut(int before) throws IOException {
        passed = true;
        if (before > 0) {
            return before;
        }
        throw failure();
    }

    private void failIfPassed() throws IOException {
        if (passed) {
            throw failure();
        }
    }

    private IOException failure() {
        return new IOException(kind + " longer than " + LONGEST_NAME + " " + unit);
    }
}
