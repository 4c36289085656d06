package org.evidentia.plugins.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Numbers and counted nouns as the report prints them. */
final class Phrases {

    private Phrases() {
    }

    /** {@code 1,234}: grouped, the same in every locale. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1 finding}, {@code 2 findings}. */
    static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    /**
     * That {@code n} findings of a kind were dropped as breaches of the extractor contract, which a
     * kind's section states (the page adds where each is listed); empty for none.
     */
    static String dropped(long n) {
        if (n == 0) {
            return "";
        }
        return count(n, "finding", "findings") + " of this kind " + (n == 1 ? "was" : "were") + " dropped as "
                + (n == 1 ? "a breach" : "breaches") + " of the extractor contract and " + (n == 1 ? "is" : "are")
                + " counted nowhere in this report";
    }

    /**
     * A capitalised label as a noun inside a sentence: {@code Biomarker} gives {@code biomarker}, while
     * a label with other capitals or a one-letter first word ({@code NGF}, {@code T cell}) stays as it is.
     */
    static String noun(String label) {
        int firstWord = 0;
        while (firstWord < label.length() && Character.isLetter(label.charAt(firstWord))) {
            firstWord++;
        }
        if (firstWord > 1 && Character.isUpperCase(label.charAt(0))
                && label.substring(1).chars().noneMatch(Character::isUpperCase)) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /**
     * The caution beside the sign test of a stratum whose comparison is not the kind's first, the
     * one a reader expects ({@code intervention}, {@code time}, or not stated): its votes pool
     * contrasts whose expected directions differ, so they answer no one question.
     *
     * @param comparison the stratum's comparison, null when not stated
     */
    static String pooledContrasts(String comparison) {
        String what = comparison == null ? "findings whose comparison is not stated" : "different " + comparison + " contrasts";
        return "Caution: this stratum pools " + what + ", whose expected directions may differ (one treatment lowers what"
                + " another raises; a time course reads up or down by its reference point). Its votes do not answer one"
                + " question, and the sign test may mislead: read the contexts in the findings table, or narrow the run with --focus.";
    }

    /**
     * The note beside the sign tests of a stratum that pools, in each, the studies of many values of
     * its breakdowns ({@code site}: 11, {@code colour}: 74): a rise under one value and a fall
     * under another count against each other.
     *
     * @param values how many values each breakdown states in the stratum, by its label as a noun, in table order
     */
    static String pooledValues(Map<String, Integer> values) {
        List<String> names = List.copyOf(values.keySet());
        List<String> counts = new ArrayList<>();
        values.forEach((name, n) -> counts.add(Phrases.number(n) + (counts.isEmpty() ? " values of " : " of ") + name));
        return "Comparability: each sign test here pools its row's studies in this stratum whatever their " + and(names)
                + " (" + and(counts) + " are stated here), so a rise under one value and a fall under another count"
                + " against each other. Read p beside the breakdowns, or narrow the run with --focus.";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String and(List<String> parts) {
        int last = parts.size() - 1;
        return last == 0 ? parts.get(0) : String.join(", ", parts.subList(0, last)) + " and " + parts.get(last);
    }

    /** Two significant digits, {@code < 0.001} below that: the precision a sign test on votes merits. */
    static String pValue(double p) {
        if (p < 0.001) {
            return "< 0.001";
        }
        return new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
