package org.evidentia.textmining.attribute;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The disease or state a statement compares, as free text: named in its clause ("patients with
 * sepsis", "OSAS patients", "DSS colitis mice", "in inflamed IBD mucosa"), its abbreviation written
 * out where the record defines it, normalised to the record's MeSH descriptor where one matches;
 * else the condition the record's title states for its population; else none (never the title
 * itself). Thread-safe.
 */
final class ConditionDetector {

    private static final String GROUP = "patients|subjects|children|women|men|adults|individuals|infants|mice|rats|animals|cases|volunteers|participants|donors";
    /** "patients with X", "children with X". */
    private static final Pattern WITH = Pattern.compile(
            "\\b(?:" + GROUP + ")\\s+(?:with|suffering from|diagnosed with|having)\\s+((?:[\\p{L}\\d'’-]+\\s+){0,4}?[\\p{L}\\d'’-]+)(?=\\s*(?:[,;.()\\[\\]]|$|\\s(?:and|or|compared|than|versus|vs|who|which|were|was|had|have|showed|in|at|after|before|during|from|to)\\b))");
    /** "OSAS patients", "DSS colitis mice", "septic patients". */
    private static final Pattern BEFORE_GROUP = Pattern.compile(
            "((?:[\\p{L}\\d'’-]+\\s+){0,2}[\\p{L}\\d'’-]+)\\s+(?:" + GROUP + ")\\b");
    /** Words that make a phrase a disease or state. */
    private static final Pattern DISEASE = Pattern.compile(
            "(?:itis|osis|emia|aemia|oma|omas|pathy|algia|ism|plasia|trophy|philia|penia|uria)\\b|\\b(?:disease|disorder|syndrome|cancer|carcinoma|injury"
                    + "|failure|infection|apnea|apnoea|insomnia|depression|obesity|obese|diabetes|diabetic|sepsis|septic|asthma"
                    + "|copd|ptsd|osas|osa|ibd|sle|hiv|deprivation|fatigue|pain|schizophrenia|autism|narcolepsy|dementia|stroke"
                    + "|infarction|hypertension|alcoholic|alcoholism|crohn'?s)\\b", Pattern.CASE_INSENSITIVE);
    /** An acronym, which in a group phrase names a condition ("OSAS patients", "CD patients"). */
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]{1,5}\\b");
    /** Words of a phrase that are not the condition: "healthy", "the", numbers. */
    private static final Set<String> NOT_CONDITION = Set.of("the", "a", "an", "all", "healthy", "control", "normal", "these",
            "those", "both", "in", "of", "and", "or", "male", "female", "adult", "young", "old", "older", "elderly",
            "untreated", "treated", "wild-type", "wt", "c57bl/6", "balb/c", "our", "most", "many", "some", "such");

    /** The condition of a statement's clause, or the record's stated one, or null. */
    String condition(String clause, RecordFacts facts) {
        String found = inText(clause, facts);
        return found != null ? found : facts.statedCondition();
    }

    /** The condition the title states for its population ("... in patients with fibromyalgia"), or null. */
    String stated(String title, RecordFacts facts) {
        return inText(title, facts);
    }

    private String inText(String text, RecordFacts facts) {
        Matcher with = WITH.matcher(text);
        if (with.find()) {
            String phrase = clean(with.group(1));
            if (phrase != null) {
                return normalise(phrase, facts);
            }
        }
        Matcher before = BEFORE_GROUP.matcher(text);
        while (before.find()) {
            String phrase = clean(before.group(1));
            if (phrase != null && (DISEASE.matcher(phrase).find() || ACRONYM.matcher(phrase).find())) {
                return normalise(phrase, facts);
            }
        }
        return null;
    }

    private static String clean(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        int from = 0;
        while (from < words.length && (NOT_CONDITION.contains(words[from].toLowerCase(Locale.ROOT)) || words[from].matches("\\d.*"))) {
            from++;
        }
        if (from >= words.length) {
            return null;
        }
        String kept = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
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
            if (w.length() > 2 && !NOT_CONDITION.contains(w) && !w.equals("with")) {
                words.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }
}
