package org.evidentia.runtime.text;

import java.util.Locale;

/**
 * Counts with their nouns as English wants them, for every count the console prints:
 * {@code 1 record}, {@code 2,345 records}, {@code 1 study}, {@code 3 studies}.
 */
public final class Plural {

    private Plural() {
    }

    /** The count, grouped by thousands, with its noun in the singular or the plural: {@code 1 record}, {@code 2,345 records}. */
    public static String count(long n, String singular) {
        return String.format(Locale.ROOT, "%,d %s", n, noun(n, singular));
    }

    /**
     * {@code singular} when {@code n} is 1, else its regular plural: {@code study -> studies}
     * (a consonant before the y), {@code pass -> passes}, {@code record -> records}. The last word
     * of a phrase is the one made plural: {@code input file -> input files}.
     */
    public static String noun(long n, String singular) {
        if (n == 1) {
            return singular;
        }
        if (singular.endsWith("y") && singular.length() > 1 && "aeiou".indexOf(singular.charAt(singular.length() - 2)) < 0) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        if (singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("ch") || singular.endsWith("sh")) {
            return singular + "es";
        }
        return singular + "s";
    }
}
