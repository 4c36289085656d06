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
 * <p>As it goes, a guarded counter also bounds what the fast reader must hold, which keeps a whole
 * text, tag, comment or CDATA section in memory: its stream fails at a stretch of more than
 * {@link #LONGEST_STRETCH} bytes without a {@code <}, and at any {@code <!} or {@code <?} but one
 * of each before the first element (the DOCTYPE and the XML declaration), so that a text or tag
 * always ends at the next {@code <}. The careful reader, which reads such things in pieces or
 * refuses them with a message, then takes the file over. Not thread-safe.
 */
final class RecordTagCounter extends FilterInputStream {

    /** The longest stretch of bytes without markup a guarded stream lets through: 1 MiB, the field limit of {@link ElementText}. */
    static final long LONGEST_STRETCH = ElementText.MAX_FIELD_CHARS;

    private static final int LONGEST_NAME = "PubmedBookArticle".length();

    private final byte[] name = new byte[LONGEST_NAME + 1];
    private final byte[] one = new byte[1];
    private int nameLength = -1; // -1: not inside a tag name
    private boolean endTag;
    /** True right after an article's start tag, where its own citation comes. */
    private boolean articleJustStarted;
    private long records;
    private long stretch;
    private boolean guarded;
    private boolean sawElement;
    private boolean sawDeclaration;
    private boolean sawDoctype;

    /** A counter that lets anything through. */
    RecordTagCounter(InputStream in) {
        this(in, false);
    }

    private RecordTagCounter(InputStream in, boolean guarded) {
        super(in);
        this.guarded = guarded;
    }

    /** A counter guarded for the fast reader (see above). */
    static RecordTagCounter guarded(InputStream in) {
        return new RecordTagCounter(in, true);
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
        guarded = false; // nothing parses what is drained
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
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
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
                stretched(i - from);
                if (i == end) {
                    break;
                }
                stretch = 0;
            }
            scan(buffer[i++]);
        }
        return n;
    }

    private void stretched(int bytes) throws IOException {
        stretch += bytes;
        if (guarded && stretch > LONGEST_STRETCH) {
            throw new IOException("more than " + LONGEST_STRETCH + " bytes without markup: for the careful reader");
        }
    }

    private void scan(byte b) throws IOException {
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
        if (nameLength == 0 && guarded && (b == '!' || b == '?')) {
            declaration(b);
        }
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
            sawElement = true;
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

    /** One XML declaration and one DOCTYPE may come before the first element; anything else of the kind goes to the careful reader. */
    private void declaration(byte b) throws IOException {
        boolean first = !sawElement && (b == '?' ? !sawDeclaration : !sawDoctype);
        if (!first) {
            throw new IOException("a comment, CDATA section or declaration: for the careful reader");
        }
        if (b == '?') {
            sawDeclaration = true;
        } else {
            sawDoctype = true;
        }
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
