package org.evidentia.plugins.pubmedxml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the record start tags in the bytes that pass through it ({@code <PubmedArticle},
 * {@code <PubmedBookArticle}, and {@code <MedlineCitation} unless it is an article's first child,
 * each followed by {@code >}, {@code /} or white space), without parsing: the independent count of records that the
 * source states with {@link org.evidentia.api.SourceContext#inputHolds(long)}. A tag hidden in a
 * comment or in text the parser could not read is counted too, so records lost there show as
 * unaccounted for.
 *
 * <p>As it goes, it also bounds what the fast reader must hold: the fast parser keeps a whole
 * text or tag in memory, so a stretch of more bytes than {@link #LONGEST_STRETCH} without a
 * {@code <} fails the stream, and the careful reader, which reads such a stretch in pieces and
 * names the limit it passes, takes the file over. Not thread-safe.
 */
final class RecordTagCounter extends FilterInputStream {

    private static final int LONGEST_NAME = "PubmedBookArticle".length();

    private final byte[] name = new byte[LONGEST_NAME + 1];
    private int nameLength = -1; // -1: not inside a tag name
    private boolean endTag;
    /** True right after an article's start tag, where its own citation comes. */
    private boolean articleJustStarted;
    private long records;
    /** Bytes since the last {@code <}, and how many are allowed (a guarded stream only). */
    private long stretch;
    private long longestStretch;

    /** The longest stretch of bytes without markup a guarded stream lets through: 1 MiB, the field limit of {@link ElementText}. */
    static final long LONGEST_STRETCH = ElementText.MAX_FIELD_CHARS;

    /** A counter that lets stretches of any length through. */
    RecordTagCounter(InputStream in) {
        this(in, Long.MAX_VALUE);
    }

    /** A counter whose stream fails at a stretch of more than {@code longestStretch} bytes without a {@code <}. */
    RecordTagCounter(InputStream in, long longestStretch) {
        super(in);
        this.longestStretch = longestStretch;
    }

    /** Counts the tags of {@code in} to its end and closes it. */
    static RecordTagCounter countAll(InputStream in) throws IOException {
        try (RecordTagCounter counter = new RecordTagCounter(in)) {
            counter.drain();
            return counter;
        }
    }

    /** Reads (and counts) whatever is left. */
    void drain() throws IOException {
        longestStretch = Long.MAX_VALUE; // nothing parses what is drained
        byte[] buffer = new byte[64 * 1024];
        while (read(buffer, 0, buffer.length) >= 0) {
            // counted as read
        }
    }

    /** The records counted: articles, book articles, and citations that are not an article's. */
    long records() {
        return records;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            stretch = b == '<' ? 0 : stretch + 1;
            if (stretch > longestStretch) {
                throw tooLong();
            }
            scan((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        int end = offset + Math.max(n, 0);
        int i = offset;
        while (i < end) {
            if (nameLength < 0) {
                // most bytes are text between tags: on to the next '<' in a loop that touches nothing else
                int from = i;
                while (i < end && buffer[i] != '<') {
                    i++;
                }
                stretch += i - from;
                if (stretch > longestStretch) {
                    throw tooLong();
                }
                if (i == end) {
                    break;
                }
                stretch = 0;
            }
            scan(buffer[i++]);
        }
        return n;
    }

    private IOException tooLong() {
        return new IOException("more than " + longestStretch + " bytes without markup: for the careful reader");
    }

    private void scan(byte b) {
        if (nameLength < 0) {
            if (b == '<') {
                nameLength = 0;
                endTag = false;
            }
            return;
        }
        if (nameLength == 0 && b == '/' && !endTag) {
            endTag = true;
            return;
        }
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
            if (nameLength < name.length) {
                name[nameLength] = b;
            }
            nameLength++;
            return;
        }
        if (b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r') {
            count();
        }
        nameLength = b == '<' ? 0 : -1;
        endTag = false;
    }

    private void count() {
        boolean afterArticle = articleJustStarted;
        articleJustStarted = false;
        if (endTag) {
            return;
        }
        if (nameLength == "PubmedArticle".length() && is("PubmedArticle")) {
            articleJustStarted = true;
            records++;
        } else if (nameLength == "PubmedBookArticle".length() && is("PubmedBookArticle")) {
            records++;
        } else if (nameLength == "MedlineCitation".length() && is("MedlineCitation") && !afterArticle) {
            records++;
        }
    }

    private boolean is(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            if (name[i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
