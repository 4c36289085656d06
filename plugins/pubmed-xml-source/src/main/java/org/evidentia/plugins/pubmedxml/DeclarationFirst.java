package org.evidentia.plugins.pubmedxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes with its XML declaration moved before the blank lines or spaces (and a byte-order mark) that stand before it. XML requires the
 * declaration to open the file, and a parser stops at it otherwise ("xml (case insensitive) is reserved by the specs"),
 * though the file is whole: an export opened and saved again by an editor, or joined after an empty line. The white space
 * is put back right after the declaration, so that every line after it keeps its number in what is reported.
 *
 * <p>It also tells whether a value in the declaration is too long for the fast reader to read the same way every time.
 * Aalto reads the declaration's values into a buffer it recycles from the file read before it on the same thread: new, it
 * holds {@value #LONGEST_VALUE} characters and a longer value is refused (as Woodstox, whose buffer is always new, refuses
 * it); grown by a long tag name in an earlier file, it takes the value. A file's outcome would hang on the files read
 * before it (the fuzzing of session 30 found one accepted and then refused).
 *
 * @param stream          the bytes to parse; the caller closes it
 * @param declarationLine the line the declaration stood at when it was moved, else 0
 * @param longValue       a quoted value in the declaration runs past {@value #LONGEST_VALUE} bytes, so that only the
 *                        careful reader may read the file
 */
record DeclarationFirst(InputStream stream, long declarationLine, boolean longValue) {

    /** How far into the file the declaration is looked for. */
    private static final int LOOK = 4096;
    /** The longest value of the declaration that a new Aalto or Woodstox reader takes: their buffer's length less one. */
    static final int LONGEST_VALUE = 59;
    private static final byte[] OPENING = "<?xml".getBytes(StandardCharsets.US_ASCII);

    /** {@code in}'s bytes, the declaration first; takes ownership of {@code in}. */
    static DeclarationFirst of(InputStream in) throws IOException {
        byte[] head = in.readNBytes(LOOK);
        // a UTF-8 byte-order mark may stand before the blank lines (an editor's "UTF-8 with BOM"); it is dropped with them
        int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        int blank = from;
        while (blank < head.length && (head[blank] == ' ' || head[blank] == '\t' || head[blank] == '\r' || head[blank] == '\n')) {
            blank++;
        }
        boolean declared = declarationAt(head, blank);
        boolean longValue = declared && longValue(head, blank + OPENING.length);
        int end = blank > from && declared ? closingOf(head, blank) : -1;
        if (end < 0) {
            return new DeclarationFirst(new SequenceInputStream(new ByteArrayInputStream(head), in), 0, longValue);
        }
        byte[] moved = new byte[head.length - from];
        System.arraycopy(head, blank, moved, 0, end - blank);
        System.arraycopy(head, from, moved, end - blank, blank - from);
        // a lone CR put before the declaration's own line end would make one CR LF of two breaks: each becomes an LF
        for (int i = end - blank; i < end - from; i++) {
            if (moved[i] == '\r' && (i + 1 >= end - from || moved[i + 1] != '\n')) {
                moved[i] = '\n';
            }
        }
        System.arraycopy(head, end, moved, end - from, head.length - end);
        return new DeclarationFirst(new SequenceInputStream(new ByteArrayInputStream(moved), in),
                1 + lineBreaks(head, from, blank), longValue);
    }

    /**
     * Whether a quoted run from {@code from} to the declaration's {@code ?>} (or the head's end) is longer than
     * {@value #LONGEST_VALUE} bytes; a quote left open counts to the head's end. Bytes, not characters: a value of
     * fewer characters in more bytes goes to the careful reader too, which reads it as a new fast reader would.
     */
    private static boolean longValue(byte[] head, int from) {
        byte quote = 0;
        int run = 0;
        for (int i = from; i < head.length; i++) {
            byte b = head[i];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                } else if (++run > LONGEST_VALUE) {
                    return true;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
                run = 0;
            } else if (b == '?' && i + 1 < head.length && head[i + 1] == '>') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether an XML declaration opens at {@code at}: {@code <?xml} and white space; {@code <?xml-stylesheet ...?>} is a
     * processing instruction (the review of the session's change, T5: a long href sent the file to the careful reader).
     */
    private static boolean declarationAt(byte[] head, int at) {
        int after = at + OPENING.length;
        return startsAt(head, at, OPENING) && after < head.length
                && (head[after] == ' ' || head[after] == '\t' || head[after] == '\r' || head[after] == '\n');
    }

    private static boolean startsAt(byte[] bytes, int at, byte[] part) {
        if (at + part.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (bytes[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where the declaration opened at {@code start} ends, just past its {@code ?>}; -1 when it does not end in the head. */
    private static int closingOf(byte[] head, int start) {
        for (int i = start + OPENING.length; i + 1 < head.length; i++) {
            if (head[i] == '?' && head[i + 1] == '>') {
                return i + 2;
            }
            if (head[i] == '<' || head[i] == '>') {
                return -1;
            }
        }
        return -1;
    }

    /** Line breaks in {@code bytes[from, to)}: CR LF, LF and a lone CR each one. */
    private static int lineBreaks(byte[] bytes, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= to || bytes[i + 1] != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }
}
