package org.evidentia.plugins.pubmedxml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

    private static final byte[] PUBMED_ARTICLE = "PubmedArticle".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PUBMED_BOOK_ARTICLE = "PubmedBookArticle".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MEDLINE_CITATION = "MedlineCitation".getBytes(StandardCharsets.US_ASCII);
    private static final int LONGEST_NAME = PUBMED_BOOK_ARTICLE.length;
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LT = 0x3C3C3C3C3C3C3C3CL;

    private final byte[] name = new byte[LONGEST_NAME + 1];
    private final byte[] one = new byte[1];
    private int nameLength = -1; // -1: not inside a tag name
    private boolean endTag;
    /** True right after an article's start tag, where its own citation comes. */
    private boolean articleJustStarted;
    /** True inside the attributes of an article's start tag, until its {@code >}: an empty article ({@code />}) has no citation after it. */
    private boolean articleTagOpen;
    private byte lastByte;
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
                if (articleTagOpen) {
                    articleTagEnds(buffer, offset, i, end);
                }
                // most bytes are text between tags: on to the next '<' in a loop that touches nothing else
                int from = i;
                i = nextMarkup(buffer, i, end);
                stretched(i - from);
                if (i == end) {
                    break;
                }
                stretch = 0;
                int next = tag(buffer, i, end);
                if (next >= 0) {
                    i = next;
                    continue;
                }
            }
            scan(buffer[i++]); // a tag cut by the buffer's end: byte by byte
        }
        if (end > offset) {
            lastByte = buffer[end - 1];
        }
        return n;
    }

    /** The offset of the first {@code <} in {@code buffer} from {@code from}, or {@code end} when there is none. */
    private static int nextMarkup(byte[] buffer, int from, int end) {
        int i = from;
        // Eight bytes at a time: a '<' is a zero byte of word ^ LT, and the lowest high bit of
        // (x - 0x01..) & ~x marks the first zero byte (a borrow can mark bytes only after a true
        // one); the word is read little-endian, so its lowest byte is the first in the buffer.
        while (i + Long.BYTES <= end) {
            long x = (long) WORDS.get(buffer, i) ^ LT;
            long zeros = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
            i += Long.BYTES;
        }
        while (i < end && buffer[i] != '<') {
            i++;
        }
        return i;
    }

    /** Looks for the {@code >} of an article's start tag from {@code from}: after {@code />} the article is empty. */
    private void articleTagEnds(byte[] buffer, int offset, int from, int end) {
        int k = from;
        while (k < end && buffer[k] != '>' && buffer[k] != '<') {
            k++;
        }
        if (k == end) {
            return; // on in the next buffer
        }
        if (buffer[k] == '>' && (k > offset ? buffer[k - 1] : lastByte) == '/') {
            articleJustStarted = false;
        }
        articleTagOpen = false;
    }

    /**
     * Reads the tag whose {@code <} is at {@code at}, as {@link #scan} would byte by byte. Most
     * tags cannot change the count (a closing tag, or a name that does not start with P or M,
     * where no article has just started): for them only the name's first letter is looked at, and
     * reading goes on after it, the rest of the tag passed as text. Other names are read in one
     * loop when they end within the buffer.
     *
     * @return where reading goes on, or -1 when a name to be read runs to the buffer's end
     */
    private int tag(byte[] buffer, int at, int end) throws IOException {
        int j = at + 1;
        boolean closing = j < end && buffer[j] == '/';
        if (closing) {
            j++;
        }
        int start = j;
        if (start < end && !articleJustStarted && !articleTagOpen && isLetter(buffer[start])
                && (closing || (buffer[start] != 'P' && buffer[start] != 'M'))) {
            // Most tags: an element that is no record start, read where no tag changes the count.
            // Its name needs no reading; it and its attributes are passed as text to the next '<'.
            sawElement = true;
            stretched(start - at);
            return start + 1;
        }
        while (j < end && isLetter(buffer[j])) {
            j++;
        }
        if (j == end) {
            return -1;
        }
        stretched(j - at);
        byte b = buffer[j];
        if (j > start) {
            sawElement = true;
        } else if (guarded && (b == '!' || b == '?')) {
            declaration(b);
        }
        if (isDelimiter(b)) {
            count(closing, buffer, start, j - start, b);
        }
        return b == '<' ? j : j + 1;
    }

    private static boolean isLetter(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    private static boolean isDelimiter(byte b) {
        return b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
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
        if (isLetter(b)) {
            sawElement = true;
            stretched(1); // a name is no markup either: a name of a mebibyte goes to the careful reader
            if (nameLength < name.length) {
                name[nameLength] = b;
            }
            nameLength++;
            return;
        }
        if (isDelimiter(b)) {
            count(endTag, name, 0, nameLength, b);
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

    /** Counts a tag whose name is {@code length} bytes of {@code src} from {@code from} (only its first 18 may be there), ended by {@code delimiter}. */
    private void count(boolean closing, byte[] src, int from, int length, byte delimiter) {
        boolean afterArticle = articleJustStarted;
        articleJustStarted = false;
        articleTagOpen = false;
        if (closing) {
            return;
        }
        if (is(src, from, length, PUBMED_ARTICLE)) {
            // its own citation comes next, unless it is empty: "<PubmedArticle/>", "<PubmedArticle a='b'/>"
            articleJustStarted = delimiter != '/';
            articleTagOpen = delimiter != '>' && delimiter != '/';
            records++;
        } else if (is(src, from, length, PUBMED_BOOK_ARTICLE)) {
            records++;
        } else if (is(src, from, length, MEDLINE_CITATION) && !afterArticle) {
            records++;
        }
    }

    private static boolean is(byte[] src, int from, int length, byte[] tag) {
        return length == tag.length && Arrays.equals(src, from, from + length, tag, 0, length);
    }
}
