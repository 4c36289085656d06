package org.evidentia.runtime.text;

import java.util.List;
import org.evidentia.api.Doi;

/**
 * The spellings one DOI comes in: bare ({@code 10.1000/abc}), behind a resolver ({@code https://doi.org/10.1000/abc},
 * {@code http://dx.doi.org/...}) or {@code doi:}, in any case. A record keeps the DOI its source gave, and its id with it
 * (a store holds records by the ids they had: a DOI rewritten there would make a held paper a new one); records are
 * matched by the DOI's key, the bare DOI in lower case, so that one paper from a BioC file ({@code https://doi.org/...}) and
 * a RIS file (bare) is one record, one study and one vote (the code review of session 26, C5, and of its change, R2).
 */
public final class DoiSpellings {

    /** What inputs write before a DOI ({@link Doi#prefixes}); the query of a held DOI asks for each ({@link #of}). */
    private static final List<String> PREFIXES = Doi.prefixes();

    private DoiSpellings() {
    }

    /**
     * The DOI's key, by which two records are one paper: {@linkplain Doi#bare bare}, its ASCII letters in lower case; null for
     * null or no DOI. Only ASCII: DOIs are matched without regard to case over ASCII, and SQLite's {@code lower()}, in which a
     * store's indexes hold its DOIs, folds nothing else (a key folded further never met a held DOI with a capital {@code Ä}:
     * the review of session 26's change, Q8).
     */
    public static String key(String doi) {
        String bare = Doi.bare(doi);
        return bare == null ? null : asciiLowerCase(bare);
    }

    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /**
     * Every spelling of the DOI whose key is {@code key}, in lower case, the bare one first: what a store compares its held
     * DOIs with, each in lower case, so that its index of them serves.
     */
    public static List<String> of(String key) {
        String[] spellings = new String[PREFIXES.size() + 1];
        spellings[0] = key;
        for (int i = 0; i < PREFIXES.size(); i++) {
            spellings[i + 1] = PREFIXES.get(i) + key;
        }
        return List.of(spellings);
    }

    /** How many spellings {@link #of} gives, for a query's placeholders. */
    public static int count() {
        return PREFIXES.size() + 1;
    }
}
