package org.evidentia.textmining.internal.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * The words of each {@link WordClass}, from {@code word-classes.tsv}: single words by lookup,
 * phrases ("as well as", "compared with") by their first word. Immutable and thread-safe.
 */
public final class Vocabulary {

    private static final Vocabulary DEFAULT = new Vocabulary(WordLists.load(Vocabulary.class, "word-classes.tsv"));

    /** Words ending in "-ly" that are not adverbs. */
    private static final java.util.Set<String> NOT_ADVERBS = java.util.Set.of("family", "families", "assembly", "anomaly",
            "italy", "monopoly", "belly", "jelly", "bully", "ally", "rally", "homily", "lily", "fly", "firefly");

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, List<Phrase>> phrases = new HashMap<>();

    /** A phrase: its words and its classes. */
    record Phrase(String[] words, int classes) {
    }

    private Vocabulary(WordLists lists) {
        for (WordClass c : WordClass.values()) {
            for (String entry : lists.get(c.name())) {
                if (entry.indexOf(' ') < 0) {
                    words.merge(entry, c.bit(), (a, b) -> a | b);
                } else {
                    String[] parts = entry.split(" ");
                    phrases.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Phrase(parts, c.bit()));
                }
            }
        }
        // Longer phrases first, so that "in the presence of" wins over shorter ones starting alike.
        phrases.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.words().length, a.words().length)));
    }

    /** The vocabulary shipped with the kit. */
    public static Vocabulary standard() {
        return DEFAULT;
    }

    /** The class bits of a single lower-case word (0 when none); words ending in "-ly" are adverbs. */
    public int classes(String word) {
        Integer bits = words.get(word);
        int b = bits == null ? 0 : bits;
        if (word.length() > 4 && word.endsWith("ly") && !word.endsWith("ply") && !NOT_ADVERBS.contains(word)) {
            b |= WordClass.ADV.bit();
        }
        return b;
    }

    /** The phrases that begin with {@code word}, longest first; empty when none. */
    List<Phrase> phrasesStartingWith(String word) {
        return phrases.getOrDefault(word, List.of());
    }
}
