package org.evidentia.runtime.evaluation;

import java.util.Locale;
import java.util.Map;

/** The key equivalences of the guidelines' Scoring section: keys that name one molecule in two ways. */
final class CytokineKeys {

    private static final Map<String, String> CANONICAL = Map.of(
            "IL23A", "IL23",
            "IL12A", "IL12",
            "TGFB1", "TGFB",
            "IFNA1", "IFNA",
            "IFNA2", "IFNA",
            "IL17", "IL17A",
            "IL2R", "IL2RA");

    private CytokineKeys() {
    }

    /** The key under which {@code key} is scored. */
    static String canonical(String key) {
        String upper = key.strip().toUpperCase(Locale.ROOT);
        return CANONICAL.getOrDefault(upper, upper);
    }
}
