package org.evidentia.plugins.pubmedxml;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Bounds the tag names the careful reader (Woodstox) is given, since it has no limit of its own on
 * them and holds a name whole: a few hundred KiB of gzip can inflate to a name of gigabytes. Input
 * passed through here fails with an {@link IOException} at a run of more than
 * {@link #LONGEST_NAME} chars after a {@code <} (or {@code </}) without white space, {@code >} or
 * {@code /}; the careful reader reports that as damage and resumes at the next record. The fast
 * reader's input is bounded by {@link RecordTagCounter}'s guard instead.
 *
 * <p>The bound is the guard's, 1 Mi chars: no name comes near it, and a {@code <} in a comment or
 * CDATA section followed by a mebibyte without a space is no less damage. Not thread-safe.
 */
final class TagNameLimit {

    /** The longest tag name let through, in bytes or chars as read: 1 Mi. */
    static final long LONGEST_NAME = RecordTagCounter.LONGEST_STRETCH;

    private long nameLength = -1; // -1: not in a tag name
    private boolean passed;

    private TagNameLimit() {
    }

    /** {@code in}, failing at a tag name of more than {@link #LONGEST_NAME} bytes; closing it closes {@code in}. */
    static InputStream bytes(InputStream in) {
        TagNameLimit limit = new TagNameLimit();
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

    /** {@code in}, failing at a tag name of more than {@link #LONGEST_NAME} chars; closing it closes {@code in}. */
    static Reader chars(Reader in) {
        TagNameLimit limit = new TagNameLimit();
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

    /** Whether the name being read passes the limit with {@code c}. */
    private boolean passedAt(int c) {
        if (c == '<') {
            nameLength = 0;
        } else if (nameLength >= 0) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/' && nameLength > 0
                    || nameLength == 0 && (c == '!' || c == '?')) {
                nameLength = -1; // the name ended, or it is a comment, CDATA section or declaration
            } else if (!(c == '/' && nameLength == 0)) {
                return ++nameLength > LONGEST_NAME;
            }
        }
        return false;
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

    private static IOException failure() {
        return new IOException("a tag name longer than " + LONGEST_NAME + " characters");
    }
}
