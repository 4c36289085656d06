package org.evidentia.textmining.lexicon;

/**
 * An entity named in a text (a lexicon entry matched at an offset).
 *
 * @param start offset of the first char in the text that was matched
 * @param end   offset after the last char
 * @param entry the molecule
 * @param text  the text as written ({@code text.substring(start, end)})
 */
public record Mention(int start, int end, LexiconEntry entry, String text) {

    public String key() {
        return entry.key();
    }

    /** This mention moved by {@code delta} chars (from sentence to field offsets or back). */
    public Mention shift(int delta) {
        return new Mention(start + delta, end + delta, entry, text);
    }
}
