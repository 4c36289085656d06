package org.evidentia.plugins.pubmedxml;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Bounds the names in the markup the careful reader (Woodstox) is given: of elements, attributes,
 * entity references and processing instructions. Woodstox has no limit of its own on them and holds
 * a name whole, so a few hundred KiB of gzip could inflate to a name of gigabytes. Input passed
 * through here fails with an {@link IOException} at a name of more than {@link #LONGEST_NAME}
 * chars; the careful reader reports that as damage and resumes at the next record. Text, attribute
 * values, comments, CDATA sections and the DOCTYPE are passed over here: the careful reader reads
 * or bounds them itself. The fast reader's input is bounded by {@link RecordTagCounter}'s guard.
 *
 * <p>The markup is followed by a small lexer, a char at a time. It need not judge whether the XML
 * is well-formed (the careful reader does): where the XML is not, it goes on in some state until
 * the reader stops at the damage. Not thread-safe.
 */
final class MarkupNameLimit {

    /** The longest name let through, in bytes or chars as read: 1 Mi, the fast reader's guard. */
    static final long LONGEST_NAME = RecordTagCounter.LONGEST_STRETCH;

    private enum State {
        TEXT, AFTER_LT, ELEMENT_NAME, IN_TAG, ATTRIBUTE_NAME, IN_VALUE, REFERENCE, AFTER_BANG, COMMENT, CDATA, DOCTYPE,
        PI_TARGET, PI_DATA
    }

    private State state = State.TEXT;
    /** Where a reference returns to: text or an attribute value. */
    private State afterReference = State.TEXT;
    /** The quote an attribute value ends with. */
    private int quote;
    /** How many chars of the current name were read. */
    private long length;
    /** The two chars before, for the ends of comments, CDATA sections and instructions. */
    private int previous;
    private int beforePrevious;
    /** The DOCTYPE's open brackets (its internal subset). */
    private int brackets;
    private String kind = "a name";
    private boolean passed;

    private MarkupNameLimit() {
    }

    /** {@code in}, failing at a name of more than {@link #LONGEST_NAME} bytes; closing it closes {@code in}. */
    static InputStream bytes(InputStream in) {
        MarkupNameLimit limit = new MarkupNameLimit();
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                limit.failIfPassed();
                int b = super.read();
                return b >= 0 && limit.passedAt(b) ? limit.cut(0) : b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                limit.failIfPassed();
                int n = super.read(buffer, offset, length);
                for (int i = offset; i < offset + n; i++) {
                    if (limit.passedAt(buffer[i])) {
                        return limit.cut(i - offset);
                    }
                }
                return n;
            }
        };
    }

    /** {@code in}, failing at a name of more than {@link #LONGEST_NAME} chars; closing it closes {@code in}. */
    static Reader chars(Reader in) {
        MarkupNameLimit limit = new MarkupNameLimit();
        return new FilterReader(in) {
            @Override
            public int read() throws IOException {
                limit.failIfPassed();
                int c = super.read();
                return c >= 0 && limit.passedAt(c) ? limit.cut(0) : c;
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                limit.failIfPassed();
                int n = super.read(buffer, offset, length);
                for (int i = offset; i < offset + n; i++) {
                    if (limit.passedAt(buffer[i])) {
                        return limit.cut(i - offset);
                    }
                }
                return n;
            }
        };
    }

    /** Whether a name passes the limit with {@code c}. */
    private boolean passedAt(int c) {
        boolean passes = step(c);
        beforePrevious = previous;
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
                } else if (isNameChar(c)) {
                    return name(State.ELEMENT_NAME, "a tag name", 1);
                } else if (c != '<') {
                    state = State.TEXT; // "< " or "<>": no tag, which the reader will say
                }
            }
            case ELEMENT_NAME, ATTRIBUTE_NAME -> {
                if (c == '>') {
                    state = State.TEXT;
                } else if (c == '<') {
                    state = State.AFTER_LT;
                } else if (c == '"' || c == '\'') {
                    value(c);
                } else if (!isNameChar(c)) {
                    state = State.IN_TAG;
                } else {
                    return ++length > LONGEST_NAME;
                }
            }
            case IN_TAG -> {
                if (c == '>') {
                    state = State.TEXT;
                } else if (c == '<') {
                    state = State.AFTER_LT;
                } else if (c == '"' || c == '\'') {
                    value(c);
                } else if (isNameChar(c)) {
                    return name(State.ATTRIBUTE_NAME, "an attribute name", 1);
                }
            }
            case IN_VALUE -> {
                if (c == quote) {
                    state = State.IN_TAG;
                } else if (c == '&') {
                    reference(State.IN_VALUE);
                }
            }
            case REFERENCE -> {
                if (c == ';') {
                    state = afterReference;
                } else if (!isNameChar(c) && c != '#') {
                    state = afterReference; // not a reference after all: the reader says so
                    return step(c);
                } else {
                    return ++length > LONGEST_NAME;
                }
            }
            case AFTER_BANG -> state = c == '-' ? State.COMMENT : c == '[' ? State.CDATA : State.DOCTYPE;
            case COMMENT -> state = c == '>' && previous == '-' && beforePrevious == '-' ? State.TEXT : State.COMMENT;
            case CDATA -> state = c == '>' && previous == ']' && beforePrevious == ']' ? State.TEXT : State.CDATA;
            case DOCTYPE -> {
                if (c == '[') {
                    brackets++;
                } else if (c == ']') {
                    brackets--;
                } else if (c == '>' && brackets <= 0) {
                    brackets = 0;
                    state = State.TEXT;
                }
            }
            case PI_TARGET -> {
                if (c == '>' && previous == '?') {
                    state = State.TEXT;
                } else if (!isNameChar(c)) {
                    state = State.PI_DATA;
                } else {
                    return ++length > LONGEST_NAME;
                }
            }
            case PI_DATA -> state = c == '>' && previous == '?' ? State.TEXT : State.PI_DATA;
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

    private void value(int c) {
        quote = c;
        state = State.IN_VALUE;
    }

    /** Chars of a name as far as its length is concerned: anything but white space and the markup's delimiters. */
    private static boolean isNameChar(int c) {
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
        return new IOException(kind + " longer than " + LONGEST_NAME + " characters");
    }
}
