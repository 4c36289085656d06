package org.evidentia.plugins.eutils;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Bounds each piece of an E-utilities answer that the JDK's StAX reader holds whole: a text between
 * tags, a comment, a CDATA section, a processing instruction, a tag with its attributes, the
 * DOCTYPE. The reader has no limit of its own on them (the JDK's {@code jdk.xml} limits cover
 * entities and names, not comments or text), and the address is the pipeline file's, so an answer
 * of one 256 MiB comment would be read into memory whole. The bytes passing through are followed by
 * a small lexer; a piece longer than {@link #LONGEST} bytes fails the read with {@link TooLong}.
 *
 * <p>The markup is ASCII in UTF-8, the encoding NCBI sends, so the lexer reads bytes: a byte of a
 * multi-byte character never looks like markup. It follows well-formed XML; where the answer is
 * not, it goes on in some state until the reader stops at the damage. Not thread-safe.
 */
final class MarkupLengthLimit extends FilterInputStream {

    /** The longest piece let through, in bytes: 1 MiB, the longest field the pubmed-xml source reads. */
    static final int LONGEST = 1 << 20;

    /** A piece of the answer longer than {@link #LONGEST}. */
    static final class TooLong extends IOException {
        TooLong(String what, long line) {
            super(String.format(Locale.ROOT, "holds %s longer than %,d bytes (%d MiB) at line %d, the longest text, comment or tag"
                    + " evidentia reads in an E-utilities answer", what, LONGEST, LONGEST >> 20, line));
        }
    }

    private enum State {
        TEXT("a text"), AFTER_LT("a tag"), AFTER_BANG("a declaration"), AFTER_BANG_DASH("a comment"), COMMENT("a comment"),
        CDATA("a CDATA section"), DOCTYPE("a DOCTYPE"), INSTRUCTION("a processing instruction"), TAG("a tag");

        private final String what;

        State(String what) {
            this.what = what;
        }
    }

    private final byte[] one = new byte[1];
    private State state = State.TEXT;
    /** The bytes of the current piece so far. */
    private long length;
    private long line = 1;
    /** The quote a value in a tag or DOCTYPE ends with; 0 outside one. */
    private int quote;
    /** The dashes (comment), brackets (CDATA) or question mark (instruction) in a row just before; the DOCTYPE's open brackets. */
    private int run;

    MarkupLengthLimit(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = offset; i < offset + n; i++) {
            lex(buffer[i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // through read, so that the lexer sees every byte
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void lex(byte b) throws TooLong {
        if (b == '\n') {
            line++;
        }
        State before = state;
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    state = State.AFTER_LT;
                }
            }
            case AFTER_LT -> state = b == '!' ? State.AFTER_BANG : b == '?' ? State.INSTRUCTION : State.TAG;
            case AFTER_BANG -> state = b == '-' ? State.AFTER_BANG_DASH : b == '[' ? State.CDATA : State.DOCTYPE;
            case AFTER_BANG_DASH -> state = b == '-' ? State.COMMENT : State.DOCTYPE;
            case COMMENT -> {
                if (b == '>' && run >= 2) {
                    state = State.TEXT;
                }
                run = b == '-' ? run + 1 : 0;
            }
            case CDATA -> {
                if (b == '>' && run >= 2) {
                    state = State.TEXT;
                }
                run = b == ']' ? run + 1 : 0;
            }
            case INSTRUCTION -> {
                if (b == '>' && run > 0) {
                    state = State.TEXT;
                }
                run = b == '?' ? 1 : 0;
            }
            case TAG -> {
                if (quote != 0) {
                    quote = b == quote ? 0 : quote;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    state = State.TEXT;
                }
            }
            case DOCTYPE -> {
                if (quote != 0) {
                    quote = b == quote ? 0 : quote;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '[') {
                    run++;
                } else if (b == ']') {
                    run--;
                } else if (b == '>' && run <= 0) {
                    state = State.TEXT;
                }
            }
        }
        if (state != before && (state == State.TEXT || before == State.TEXT)) {
            length = 0; // a piece ends at its '>', a text at the '<' after it
            run = 0;
            quote = 0;
        } else if (++length > LONGEST) {
            throw new TooLong(state.what, line);
        }
    }
}
