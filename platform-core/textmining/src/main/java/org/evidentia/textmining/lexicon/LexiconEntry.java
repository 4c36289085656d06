package org.evidentia.textmining.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * One molecule of the lexicon.
 *
 * @param key       HGNC symbol or family key ({@code IL6}, {@code IL1}, {@code TGFB})
 * @param label     display label ({@code IL-6})
 * @param spellings the spellings as written in the lexicon file, before variants are generated
 */
public record LexiconEntry(String key, String label, List<String> spellings) {
    public LexiconEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        spellings = List.copyOf(spellings);
    }
}
