package org.evidentia.runtime.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.api.Finding;
import org.evidentia.runtime.text.CloseNames;
import org.evidentia.runtime.text.Plural;

/**
 * The values a run's findings held for the free-text attributes a focus names, counted before the focus, so that a
 * focus that kept nothing can say what the findings held instead ({@code asthma} for {@code condition=astma}). Memory
 * is bounded: after {@value #MOST_VALUES} distinct values of an attribute, only those already seen are counted.
 * Used on the run's one delivering thread.
 */
final class FocusedValuesSeen {

    private static final int MOST_VALUES = 5_000;
    private static final int SHOWN = 3;

    /** The values given for each free-text attribute focused on, by attribute. */
    private final Map<String, List<String>> given;
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

    /** @param given the values given for each free-text attribute focused on ({@link FindingFocus#freeTextValues()}) */
    FocusedValuesSeen(Map<String, List<String>> given) {
        this.given = Map.copyOf(given);
        given.keySet().forEach(a -> counts.put(a, new HashMap<>()));
    }

    /** Whether the focus names a free-text attribute, so that the run's findings are counted at all. */
    boolean counts() {
        return !counts.isEmpty();
    }

    void tally(List<Finding> findings) {
        for (Finding finding : findings) {
            counts.forEach((attribute, values) -> {
                String value = finding.attribute(attribute);
                if (value != null && (values.size() < MOST_VALUES || values.containsKey(value))) {
                    values.merge(value, 1, Integer::sum);
                }
            });
        }
    }

    /** For each free-text attribute focused on, in the order given, what the findings held instead of its values. */
    List<String> instead() {
        return counts.keySet().stream().map(attribute -> instead(attribute, given.get(attribute))).toList();
    }

    /**
     * What the findings held instead of {@code given}, the values of {@code attribute} a focus kept nothing for:
     * those that read like one of them (a word a typo away), then the most frequent.
     */
    private String instead(String attribute, List<String> given) {
        String focus = "focus " + String.join(", ", given.stream().map(v -> attribute + "=" + v).toList());
        Map<String, Integer> values = counts.getOrDefault(attribute, Map.of());
        if (values.isEmpty()) {
            return focus + " kept no finding: no finding of the run states a " + attribute;
        }
        Comparator<Map.Entry<String, Integer>> mostFirst = Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        List<String> alike = values.entrySet().stream().filter(e -> readsLike(e.getKey(), given)).sorted(mostFirst).limit(SHOWN)
                .map(FocusedValuesSeen::counted).toList();
        List<String> frequent = values.entrySet().stream().sorted(mostFirst).limit(SHOWN).map(FocusedValuesSeen::counted).toList();
        long stating = values.values().stream().mapToLong(Integer::longValue).sum();
        return focus + " kept none of the " + Plural.count(stating, "finding") + " that state a " + attribute
                + (alike.isEmpty() ? "" : "; like it: " + String.join(", ", alike)) + "; most frequent: " + String.join(", ", frequent)
                + severalInOne(attribute, given);
    }

    /**
     * How to focus on several values, where one given holds a list ({@code condition=crohn,colitis}: the review of session 25,
     * U7, which kept nothing without a word of why); empty otherwise.
     */
    static String severalInOne(String attribute, List<String> given) {
        for (String value : given) {
            List<String> parts = java.util.Arrays.stream(value.split("[,;]")).map(String::strip).filter(part -> !part.isEmpty()).toList();
            if (parts.size() > 1) { // a list of two values at least: not " , ;" (the review of the session's change, R5)
                return "; to focus on several values, repeat --focus: " + parts.stream().map(part -> "--focus " + attribute + "=" + part)
                        .collect(java.util.stream.Collectors.joining(" "));
            }
        }
        return "";
    }

    /** Whether a word of {@code value} is one of a given value's words, or a typo away from one. */
    private static boolean readsLike(String value, List<String> given) {
        List<String> words = words(value);
        for (String g : given) {
            for (String word : words(g)) {
                if (words.contains(word) || !CloseNames.to(word, words).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                words.add(word);
            }
        }
        return words;
    }

    private static String counted(Map.Entry<String, Integer> value) {
        return value.getKey() + " (" + Plural.count(value.getValue(), "finding") + ")";
    }
}
