package org.evidentia.textmining.attribute;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The disease or state a statement compares, as free text: named in its clause ("patients with
 * sepsis", "OSAS patients", "DSS colitis mice"), its abbreviation written out where the record
 * defines it, normalised to the record's MeSH descriptor where one matches; else the condition the
 * record's title states for its population; else none (never the title itself). Thread-safe.
 */
final class ConditionDetector {

    /** Words that name the group a condition belongs to. */
    private static final Set<String> GROUPS = Set.of("patients", "patient", "subjects", "children", "women", "men", "adults",
            "individuals", "infants", "mice", "rats", "animals", "cases", "volunteers", "participants", "donors");
    /** Words that join a group to its condition: "patients with", "suffering from", "diagnosed with". */
    private static final Set<String> JOINS = Set.of("with", "from", "having");
    /** Words that end a condition phrase. */
    private static final Set<String> ENDS = Set.of("and", "or", "compared", "than", "versus", "vs", "who", "which", "were",
            "was", "had", "have", "showed", "in", "at", "after", "before", "during", "from", "to", "for", "by", "whereas",
            "while", "but", "that", "is", "are", "relative", "as", "on", "of");
    /** Word endings and words that make a phrase a disease or state. */
    private static final Pattern DISEASE = Pattern.compile(
            "(?:itis|osis|emia|aemia|oma|omas|pathy|algia|ism|plasia|trophy|philia|penia|uria)$|^(?:disease|disorder|syndrome|cancer|carcinoma|injury"
                    + "|failure|infection|apnea|apnoea|insomnia|depression|obesity|obese|diabetes|diabetic|sepsis|septic|asthma"
                    + "|deprivation|fatigue|pain|schizophrenia|autism|narcolepsy|dementia|stroke|infarction|hypertension|alcoholic"
                    + "|alcoholism|crohn's|crohn’s|crohn)$");
    /** Words of a phrase that are not the condition: "healthy", "the", numbers. */
    private static final Set<String> NOT_CONDITION = Set.of("the", "a", "an", "all", "healthy", "control", "normal", "these",
            "those", "both", "in", "of", "and", "or", "male", "female", "adult", "young", "old", "older", "elderly",
            "untreated", "treated", "wild-type", "wt", "c57bl/6", "balb/c", "our", "most", "many", "some", "such", "with");

    /** The condition of a statement's clause, or the record's stated one, or null. */
    String condition(String clause, RecordFacts facts) {
        String found = inText(clause, facts);
        return found != null ? found : facts.statedCondition();
    }

    /** The condition a text states for its population ("... in patients with fibromyalgia"), or null. */
    String inText(String text, RecordFacts facts) {
        String lower = StatementAttributes.lower(text);
        List<Word> words = null;
        for (String group : GROUPS) {
            if (lower.contains(group)) {
                words = Words.of(lower);
                break;
            }
        }
        if (words == null) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!GROUPS.contains(words.get(i).text())) {
                continue;
            }
            // "patients with X", "children suffering from X", "patients diagnosed with X"
            int j = i + 1;
            if (j < words.size() && (words.get(j).text().equals("suffering") || words.get(j).text().equals("diagnosed"))) {
                j++;
            }
            if (j < words.size() && JOINS.contains(words.get(j).text())) {
                int from = j + 1;
                int to = from;
                while (to < words.size() && to < from + 5 && !ENDS.contains(words.get(to).text())
                        && !punctuationBetween(text, words, to)) {
                    to++;
                }
                String phrase = phrase(text, words, from, to);
                if (phrase != null) {
                    return normalise(phrase, facts);
                }
            }
            // "OSAS patients", "DSS colitis mice", "septic patients"
            int from = i;
            while (from > 0 && from > i - 3 && !ENDS.contains(words.get(from - 1).text()) && !punctuationBetween(text, words, from)) {
                from--;
            }
            String phrase = phrase(text, words, from, i);
            if (phrase != null && diseaseLike(text, words, from, i)) {
                return normalise(phrase, facts);
            }
        }
        return null;
    }

    /** Whether punctuation stands between word {@code k - 1} and word {@code k}. */
    private static boolean punctuationBetween(String text, List<Word> words, int k) {
        if (k == 0) {
            return false;
        }
        Word before = words.get(k - 1);
        String gap = text.substring(before.start() + before.text().length(), words.get(k).start());
        return !gap.isBlank();
    }

    private static boolean diseaseLike(String text, List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            if (DISEASE.matcher(w.text()).find()) {
                return true;
            }
            String written = text.substring(w.start(), w.start() + w.text().length());
            if (written.length() >= 2 && written.length() <= 6 && written.chars().allMatch(c -> Character.isUpperCase(c)
                    || Character.isDigit(c)) && Character.isLetter(written.charAt(0))) {
                return true; // an acronym: "OSAS patients", "CD patients"
            }
        }
        return false;
    }

    /** Words {@code [from, to)} as written, without leading words that are not the condition, or null. */
    private static String phrase(String text, List<Word> words, int from, int to) {
        int f = from;
        while (f < to && (NOT_CONDITION.contains(words.get(f).text()) || Character.isDigit(words.get(f).text().charAt(0)))) {
            f++;
        }
        if (f >= to) {
            return null;
        }
        Word last = words.get(to - 1);
        String kept = text.substring(words.get(f).start(), last.start() + last.text().length());
        return kept.length() < 2 ? null : kept;
    }

    /** Abbreviations written out ("OSAS" -> "obstructive sleep apnea syndrome"), then the MeSH descriptor that matches, if any. */
    private static String normalise(String phrase, RecordFacts facts) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.split("\\s+")) {
            String longForm = facts.longForm(word);
            out.append(out.length() == 0 ? "" : " ").append(longForm != null ? longForm : word);
        }
        String expanded = out.toString();
        String mesh = matchingDescriptor(expanded, facts.mesh());
        return mesh != null ? mesh : expanded;
    }

    /** The MeSH descriptor whose content words are all in the phrase (or the phrase's in it), or null. */
    private static String matchingDescriptor(String phrase, List<String> descriptors) {
        if (descriptors.isEmpty()) {
            return null;
        }
        Set<String> words = contentWords(phrase);
        if (words.isEmpty()) {
            return null;
        }
        for (String d : descriptors) {
            Set<String> dw = contentWords(d);
            if (!dw.isEmpty() && (words.containsAll(dw) || dw.containsAll(words))) {
                return d;
            }
        }
        return null;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d']+")) {
            if (w.length() > 2 && !NOT_CONDITION.contains(w)) {
                words.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }
}
