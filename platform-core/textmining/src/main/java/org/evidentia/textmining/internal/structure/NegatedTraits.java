package org.evidentia.textmining.internal.structure;

import java.util.Set;

/**
 * The rule by which a word names a trait negated ("nonobese", "non-diabetics"): the statement reader takes such a group
 * for the control side of a comparison with the trait, and the context detector passes it over for the group of interest.
 * One rule for both, so that a finding's direction and its context are read from the same side.
 */
public final class NegatedTraits {

    private NegatedTraits() {
    }

    /**
     * The trait of {@code traits} that {@code word} (lower case) negates with "non-" or "non" before it, in the list's
     * number ("diabetic" of "non-diabetics", "smokers" of "nonsmokers"); null when it negates none of them.
     */
    public static String of(String word, Set<String> traits) {
        String trait = word.startsWith("non-") ? word.substring(4) : word.startsWith("non") ? word.substring(3) : null;
        if (trait == null) {
            return null;
        }
        String singular = trait.endsWith("s") ? trait.substring(0, trait.length() - 1) : trait;
        return traits.contains(trait) ? trait : traits.contains(singular) ? singular : null;
    }
}
