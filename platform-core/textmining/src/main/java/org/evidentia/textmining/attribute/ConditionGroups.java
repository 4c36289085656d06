package org.evidentia.textmining.attribute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * The condition value a reader groups by: one value per disease where records only word it
 * differently, so that a synthesis that counts the condition within a stratum counts diseases, not
 * wordings. From the precise value {@link ConditionDetector} reads (which the context attribute
 * keeps), three steps, all from lists of {@code conditions.tsv}:
 * <ol>
 * <li>a MeSH descriptor's inverted form is read in the order people write it ("sleep apnea,
 * obstructive" is "obstructive sleep apnea");</li>
 * <li>degrees, activity and stage of the same disease are dropped ({@code qualifier}: "severe
 * obstructive sleep apnea", "mild/moderate asthma", "active Crohn disease" are the disease), except
 * in names that hold such a word ({@code qualified-name}: "severe combined immunodeficiency",
 * "advanced sleep phase syndrome") and where what is left names no disease ("moderate alcohol
 * consumption" stays): a subgroup comparison ("severe vs mild OSA") is one of the disease's, and
 * its wording stays in the context;</li>
 * <li>variant names of one disease are its one name ({@code synonym}: "obstructive sleep
 * apnea-hypopnea syndrome" and "OSAHS" are "obstructive sleep apnea"), matched as the last words of
 * the value so that a qualified name ("obese obstructive sleep apnea syndrome") keeps its qualifier.</li>
 * </ol>
 * A value of several conditions ("OSAHS with erectile dysfunction", "PTSD or depression") is grouped
 * condition by condition and keeps its joining words, so a comorbidity is not lost. Words that make
 * another disease ("acute", "chronic", "type 1", "juvenile", "early-onset") are no qualifiers, and no
 * synonym joins diseases a clinician keeps apart. Immutable and thread-safe.
 */
final class ConditionGroups {

    /** Declared first: the lists below are split by it as they load. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final WordLists WORDS = WordLists.load(ConditionGroups.class, "conditions.tsv");
    /** Qualifier phrases as word lists, longest first, so that "mild to moderate" goes before "mild". */
    private static final List<List<String>> QUALIFIERS = longestFirst(WORDS.get("qualifier"));
    /** Names of diseases that hold a qualifier word, as word lists. */
    private static final List<List<String>> QUALIFIED_NAMES = longestFirst(WORDS.get("qualified-name"));
    /** Variant names and the name of their group, longest variant first. */
    private static final Map<List<String>, List<String>> SYNONYMS = synonyms();
    /**
     * What follows the head of a MeSH descriptor in its inverted form: adjectives and types
     * ("obstructive", "chronic obstructive", "rheumatoid", "type 2", "major"), not a noun phrase of
     * its own ("insulin resistance").
     */
    private static final Pattern INVERTED_QUALIFIER = Pattern.compile("(?i)(?:(?:[\\p{L}-]+(?:ic|al|ive|ous|oid|ary|ile|ed|ar|ant|ent)"
            + "|major|minor|type|\\d+|[ivx]+)\\s*)+");
    /** A value whose two joined conditions are one: "asthma or asthma". */
    private static final Pattern SAME_TWICE = Pattern.compile("(.+) (?:and|or) \\1");
    /** Words that join two conditions of one value; each side is grouped on its own. */
    private static final Set<String> JOINS = Set.of("with", "and", "or");
    /** A word that opens the onset of a disease, which turns the degree before it into a name ("early onset sepsis"). */
    private static final Set<String> ONSET = Set.of("onset", "-onset");

    private ConditionGroups() {
    }

    /** The group of a precise condition value; null for null. */
    static String of(String precise) {
        if (precise == null || precise.isBlank()) {
            return precise;
        }
        List<String> words = List.of(SPACES.split(uninverted(precise.strip())));
        List<String> lowerWords = lower(words);
        boolean qualifierNamed = QUALIFIED_NAMES.stream().anyMatch(name -> indexOf(lowerWords, name) >= 0);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= words.size(); k++) {
            if (k < words.size() && (!JOINS.contains(words.get(k).toLowerCase(Locale.ROOT)) || k == from)) {
                continue;
            }
            List<String> condition = words.subList(from, k);
            List<String> unqualified = qualifierNamed ? condition : withoutQualifiers(condition);
            if (unqualified.isEmpty() && k < words.size() && !words.get(k).equalsIgnoreCase("with")) {
                from = k + 1; // "mild and moderate OSA": degrees of the condition after them, not a condition of their own
                continue;
            }
            out.addAll(underSynonym(unqualified.isEmpty() ? condition : unqualified));
            if (k < words.size()) {
                out.add(words.get(k));
            }
            from = k + 1;
        }
        if (out.isEmpty()) {
            return precise;
        }
        // "mild asthma or severe asthma" is one condition in two degrees
        String grouped = String.join(" ", out);
        Matcher twice = SAME_TWICE.matcher(grouped);
        return twice.matches() ? twice.group(1) : grouped;
    }

    /**
     * A MeSH descriptor in its inverted form, "head, qualifier", read as "qualifier head" ("sleep
     * apnea, obstructive", "pulmonary disease, chronic obstructive"); other values as they are. Only
     * where no part after the first names a disease itself or joins conditions, which a list of
     * diseases does ("asthma, obesity", "pyoderma gangrenosum, acne, and suppurative hidradenitis").
     */
    private static String uninverted(String value) {
        if (!value.contains(", ")) {
            return value;
        }
        String[] parts = value.split(",\\s+");
        if (parts.length > 3) {
            return value;
        }
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].isBlank() || k > 0 && !INVERTED_QUALIFIER.matcher(parts[k]).matches()) {
                return value; // "obesity, insulin resistance": a list of conditions, not a head and its qualifier
            }
            for (String w : SPACES.split(parts[k])) {
                if (JOINS.contains(w.toLowerCase(Locale.ROOT))) {
                    return value;
                }
            }
            if (k > 0 && ConditionDetector.namesDisease(parts[k])) {
                return value;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = parts.length - 1; k >= 0; k--) {
            out.append(out.length() == 0 ? "" : " ").append(parts[k].strip());
        }
        return out.toString();
    }

    /**
     * One condition's words without its qualifiers; the words as they are where what is left names no
     * disease ("moderate alcohol consumption"); none where they are qualifiers only ("mild").
     */
    private static List<String> withoutQualifiers(List<String> words) {
        List<String> lower = lower(words);
        List<String> kept = new ArrayList<>();
        int k = 0;
        while (k < words.size()) {
            int length = qualifierAt(lower, k);
            if (length > 0) {
                k += length;
            } else {
                kept.add(words.get(k));
                k++;
            }
        }
        if (kept.isEmpty()) {
            return kept;
        }
        return kept.size() == words.size() || !namesCondition(kept) ? words : kept;
    }

    /** The number of words of the qualifier at word {@code k}, or 0; one before an onset is none ("early onset"). */
    private static int qualifierAt(List<String> lower, int k) {
        for (List<String> qualifier : QUALIFIERS) {
            int end = k + qualifier.size();
            if (end <= lower.size() && lower.subList(k, end).equals(qualifier)
                    && (end == lower.size() || !ONSET.contains(lower.get(end)))) {
                return qualifier.size();
            }
        }
        return 0;
    }

    /** Whether words name a disease: a disease word, or a name in capitals ("COVID-19", "HIV infection"). */
    private static boolean namesCondition(List<String> words) {
        String value = String.join(" ", words);
        if (ConditionDetector.namesDisease(value)) {
            return true;
        }
        for (String w : words) {
            if (w.length() >= 2 && w.chars().anyMatch(Character::isUpperCase) && !w.equals(capitalised(w))) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The words with their last words, where they are a variant name, replaced by their group's name. */
    private static List<String> underSynonym(List<String> words) {
        List<String> lower = lower(words);
        for (Map.Entry<List<String>, List<String>> synonym : SYNONYMS.entrySet()) {
            List<String> variant = synonym.getKey();
            int from = lower.size() - variant.size();
            if (from >= 0 && lower.subList(from, lower.size()).equals(variant)) {
                List<String> out = new ArrayList<>(words.subList(0, from));
                for (String w : synonym.getValue()) {
                    out.add(ConditionDetector.casing(w));
                }
                return out;
            }
        }
        return words;
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        for (int k = 0; k + phrase.size() <= words.size(); k++) {
            if (words.subList(k, k + phrase.size()).equals(phrase)) {
                return k;
            }
        }
        return -1;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<List<String>> longestFirst(Set<String> phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : phrases) {
            out.add(List.of(SPACES.split(phrase.strip())));
        }
        out.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed()); // stable: ties keep file order
        return List.copyOf(out);
    }

    /** List {@code includes} ("whole > part"), by the whole, each part in the list's order. */
    private static final Map<String, List<String>> PARTS = parts();

    /** The diseases {@code group} counts as its parts (list {@code includes}), as written there in lower case; none for most. */
    static List<String> partsOf(String group) {
        return PARTS.getOrDefault(group.toLowerCase(Locale.ROOT), List.of());
    }

    private static Map<String, List<String>> parts() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (String entry : WORDS.get("includes")) {
            String[] sides = entry.split("\\s*>\\s*");
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new IllegalStateException("conditions.tsv, list 'includes': expected 'whole > part', found '" + entry + "'");
            }
            parts.computeIfAbsent(sides[0].strip(), w -> new ArrayList<>()).add(sides[1].strip());
        }
        parts.replaceAll((whole, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(parts);
    }

    /** List {@code synonym} ("variant > name of the group"), longest variant first. */
    private static Map<List<String>, List<String>> synonyms() {
        List<Map.Entry<List<String>, List<String>>> entries = new ArrayList<>();
        for (String entry : WORDS.get("synonym")) {
            String[] parts = entry.split("\\s*>\\s*");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException("conditions.tsv, list 'synonym': expected 'variant > group', found '" + entry + "'");
            }
            entries.add(Map.entry(List.of(SPACES.split(parts[0].strip())), List.of(SPACES.split(parts[1].strip()))));
        }
        entries.sort(Comparator.comparingInt((Map.Entry<List<String>, List<String>> e) -> e.getKey().size()).reversed());
        Map<List<String>, List<String>> out = new LinkedHashMap<>();
        entries.forEach(e -> out.putIfAbsent(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }
}
