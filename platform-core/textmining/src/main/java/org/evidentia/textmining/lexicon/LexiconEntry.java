package org.evidentia.textmining.lexicon;

import java.util.List;
import java.util.Objects;
import org.evidentia.api.Api;

/**
 * One entity of a lexicon: what a finding's subject is keyed and labelled by. Immutable.
 *
 * @param key       the stable key findings carry (an HGNC symbol, a family key, the user's own key); not null
 * @param label     the display label; not null
 * @param spellings the spellings as written in the lexicon file, before variants are generated; not
 *                  null, copied (an unmodifiable list)
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record LexiconEntry(String key, String label, List<String> spellings) {

    /** @throws NullPointerException when {@code key}, {@code label} or {@code spellings} is null */
    public LexiconEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        spellings = List.copyOf(spellings);
    }
}
