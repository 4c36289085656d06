package org.evidentia.textmining.lexicon;

import org.evidentia.api.Api;

/**
 * An entity named in a text: a lexicon entry matched at exact offsets. Immutable.
 *
 * @param start offset of the first char in the text that was matched
 * @param end   offset after the last char
 * @param entry the entry it names; not null
 * @param text  the text as written ({@code text.substring(start, end)}); not null
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Mention(int start, int end, LexiconEntry entry, String text) {

    /** The entry's key; never null. */
    public String key() {
        return entry.key();
    }

    /** This mention moved by {@code delta} chars (from sentence to field offsets or back); a new instance. */
    public Mention shift(int delta) {
        return new Mention(start + delta, end + delta, entry, text);
    }
}
