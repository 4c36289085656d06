package org.evidentia.plugins.pubmedxml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads the text of an element as plain text: inline markup ({@code <i>}, {@code <b>}, {@code <sub>},
 * {@code <sup>}, {@code <u>}, MathML) is dropped and its text kept, a superscript that is a number or a
 * sign in brackets as PubMed's text exports print it ({@code 10<sup>-8</sup>} reads {@code 10(-8)}),
 * runs of white space (the non-breaking space {@code &#xa0;} included) become one space, and the ends
 * are trimmed.
 *
 * <p>One instance is reused for every element of a file, so that reading allocates little more
 * than the resulting strings. It also remembers, per record, whether any text held U+FFFD (bytes
 * that were not UTF-8) and which entities were left unexpanded. Not thread-safe.
 *
 * <p>Text is bounded: an element's text is kept up to {@link #MAX_FIELD_CHARS} characters and a
 * record's up to {@link #MAX_RECORD_CHARS}, both counted as written (entities as the characters they
 * stand for, white space before it is folded); past them the text is read on but not kept, and
 * {@link #limitPassed()} names the limit, so that the record can be skipped and reading go on.
 */
final class ElementText {

    /** Longest element text kept: 1 Mi characters (PubMed's longest abstracts have tens of thousands). */
    static final int MAX_FIELD_CHARS = 1024 * 1024;
    /** Most text kept for one record: 16 Mi characters (the largest records, with thousands of authors, hold a few Mi). */
    static final long MAX_RECORD_CHARS = 16L * 1024 * 1024;
    /**
     * Most names of unexpanded entities noted for one record's warning: references hold no text, so
     * no text limit bounds them, and a record of millions of them would otherwise fill the heap.
     */
    static final int MAX_ENTITY_NAMES = 100;

    private static final char REPLACEMENT = '\uFFFD';
    private static final char NO_BREAK_SPACE = '\u00A0';

    // The text is kept as bytes while every char is Latin-1 (most of PubMed), so that the String is
    // a plain copy of them; from the first wider char on, as chars.
    private byte[] latin1 = new byte[4096];
    private char[] wide = new char[4096];
    private boolean isWide;
    private int length;
    private final Set<String> unexpandedEntities = new LinkedHashSet<>();
    private boolean moreUnexpandedEntities;
    private boolean sawReplacement;
    private long recordChars;
    private String limitPassed;

    /** Forgets what the previous record had. */
    void startRecord() {
        unexpandedEntities.clear();
        moreUnexpandedEntities = false;
        sawReplacement = false;
        recordChars = 0;
        limitPassed = null;
    }

    /** Which limit the record's text passed, in words for a message; null when it passed none. */
    String limitPassed() {
        return limitPassed;
    }

    /** True when the record's text held U+FFFD, the mark of bytes that were not UTF-8. */
    boolean sawReplacement() {
        return sawReplacement;
    }

    /** Names of entities the record referenced but that were not expanded, each once, in order met; at most {@link #MAX_ENTITY_NAMES}. */
    List<String> unexpandedEntities() {
        return List.copyOf(unexpandedEntities);
    }

    /** True when the record referenced more unexpanded entities than {@link #unexpandedEntities()} names. */
    boolean moreUnexpandedEntities() {
        return moreUnexpandedEntities;
    }

    /** Notes an entity reference met outside any text this class read. */
    void unexpandedEntity(String name) {
        if (unexpandedEntities.size() < MAX_ENTITY_NAMES) {
            unexpandedEntities.add(name);
        } else if (!unexpandedEntities.contains(name)) {
            moreUnexpandedEntities = true;
        }
    }

    /**
     * The text of the element the reader is on (at its start tag); leaves the reader on the
     * matching end tag. Returns an empty string for an element without text.
     */
    String read(XMLStreamReader2 reader) throws XMLStreamException {
        walk(reader, true);
        return length == 0 ? "" : isWide ? new String(wide, 0, length) : new String(latin1, 0, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads past the element the reader is on as {@link #read} does, its text counted against the
     * limits and its entities and U+FFFD noted, but keeps none of its text: for text that nothing
     * will read.
     */
    void pass(XMLStreamReader2 reader) throws XMLStreamException {
        walk(reader, false);
    }

    private void walk(XMLStreamReader2 reader, boolean keep) throws XMLStreamException {
        length = 0;
        isWide = false;
        supStart = -1;
        supDepth = -1;
        String element = reader.getLocalName();
        boolean pendingSpace = false;
        boolean withinLimits = true;
        // The element's text so far as written, before white space is folded: the field limit counts
        // it so whether the text is kept or passed over, so that whether a record is skipped does not
        // depend on what the run reads of it.
        long elementChars = 0;
        int depth = 1;
        while (true) {
            switch (reader.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int count = reader.getTextLength();
                    recordChars += count;
                    elementChars += count;
                    if (withinLimits && (elementChars > MAX_FIELD_CHARS || recordChars > MAX_RECORD_CHARS)) {
                        withinLimits = false;
                        length = 0;
                        if (limitPassed == null) {
                            limitPassed = recordChars > MAX_RECORD_CHARS
                                    ? "its text is longer than " + MAX_RECORD_CHARS + " characters (the record limit, 16 Mi characters)"
                                    : "<" + element + "> is longer than " + MAX_FIELD_CHARS + " characters (the field limit, 1 Mi characters)";
                        }
                    }
                    if (withinLimits && keep) {
                        pendingSpace = append(reader.getTextCharacters(), reader.getTextStart(), count, pendingSpace);
                    } else if (withinLimits && !sawReplacement) {
                        sawReplacement = holdsReplacement(reader.getTextCharacters(), reader.getTextStart(), count);
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (keep && withinLimits && supStart < 0 && isSuperscript(reader)) {
                        supStart = length;
                        supDepth = depth;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (--depth == 0) {
                        return;
                    }
                    if (depth + 1 == supDepth) {
                        if (keep && withinLimits) {
                            bracketANumber(supStart);
                        }
                        supStart = -1;
                        supDepth = -1;
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> unexpandedEntity(reader.getLocalName());
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    /**
     * A superscript that is a number or a sign is put in brackets, as PubMed's text exports (MEDLINE, Abstract (text))
     * print it: "10<sup>5</sup>" was read as the number 105 (review s20, 3), "10(5)" now, "CD4(+)", "mL(-1)". Any other
     * script is kept as it joins the text, as before: a name's part ("IL-1<sup>β</sup>", "TGF-β<sub>1</sub>",
     * "H<sub>2</sub>O<sub>2</sub>") reads as the lexicon knows the name, which "IL-1(β)" and "TGF-β(1)" it does not (the
     * review of session 20's change, 2). Only PubMed's own {@code <sup>}; MathML's scripts are dropped.
     */
    private static boolean isSuperscript(XMLStreamReader2 reader) {
        String prefix = reader.getPrefix();
        return reader.getLocalName().equals("sup") && (prefix == null || prefix.isEmpty());
    }

    /** Where the open superscript's text begins in the text, and its element's depth; -1 when none is open. */
    private int supStart = -1;
    private int supDepth = -1;

    /** Puts the text from {@code start} (less a space written before it) in brackets when it is a number or a sign. */
    private void bracketANumber(int start) {
        int from = start < length && charAt(start) == ' ' ? start + 1 : start;
        if (from >= length) {
            return;
        }
        for (int i = from; i < length; i++) {
            if ("0123456789+-\u2212\u00b1.,".indexOf(charAt(i)) < 0) {
                return;
            }
        }
        insert(from, '(');
        insert(length, ')');
    }

    private char charAt(int i) {
        return isWide ? wide[i] : (char) (latin1[i] & 0xFF);
    }

    /** Inserts {@code c} (a Latin-1 char) at {@code at}, the text after it moved on by one. */
    private void insert(int at, char c) {
        if (isWide) {
            if (wide.length < length + 1) {
                wide = Arrays.copyOf(wide, wide.length * 2 + 1);
            }
            System.arraycopy(wide, at, wide, at + 1, length - at);
            wide[at] = c;
        } else {
            if (latin1.length < length + 1) {
                latin1 = Arrays.copyOf(latin1, latin1.length * 2 + 1);
            }
            System.arraycopy(latin1, at, latin1, at + 1, length - at);
            latin1[at] = (byte) c;
        }
        length++;
    }

    private static boolean holdsReplacement(char[] chars, int start, int count) {
        for (int i = start, end = start + count; i < end; i++) {
            if (chars[i] == REPLACEMENT) {
                return true;
            }
        }
        return false;
    }

    /** Appends one text event, white space folded; returns whether a space is pending at its end. */
    private boolean append(char[] chars, int start, int count, boolean pendingSpace) {
        int end = start + count;
        int i = start;
        boolean pending = pendingSpace;
        if (!isWide) {
            if (latin1.length - length < count + 1) {
                latin1 = Arrays.copyOf(latin1, Math.max(latin1.length * 2, length + count + 1));
            }
            byte[] out = latin1;
            int n = length;
            for (; i < end; i++) {
                char c = chars[i];
                if (c <= ' ' || c == NO_BREAK_SPACE) {
                    pending = true;
                } else if (c <= 0xFF) {
                    if (pending && n > 0) {
                        out[n++] = ' ';
                    }
                    pending = false;
                    out[n++] = (byte) c;
                } else {
                    break;
                }
            }
            length = n;
            if (i == end) {
                return pending;
            }
            widen();
        }
        if (wide.length - length < end - i + 1) {
            wide = Arrays.copyOf(wide, Math.max(wide.length * 2, length + end - i + 1));
        }
        char[] out = wide;
        int n = length;
        for (; i < end; i++) {
            char c = chars[i];
            if (c <= ' ' || c == NO_BREAK_SPACE) {
                pending = true;
            } else {
                if (pending && n > 0) {
                    out[n++] = ' ';
                }
                pending = false;
                if (c == REPLACEMENT) {
                    sawReplacement = true;
                }
                out[n++] = c;
            }
        }
        length = n;
        return pending;
    }

    /** Moves the text kept so far from bytes to chars, for a char beyond Latin-1. */
    private void widen() {
        if (wide.length < length) {
            wide = new char[Math.max(wide.length * 2, length)];
        }
        for (int j = 0; j < length; j++) {
            wide[j] = (char) (latin1[j] & 0xFF);
        }
        isWide = true;
    }
}
