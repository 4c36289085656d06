package org.evidentia.plugins.cytokine.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short free-text context for a finding: the population or condition ("patients with sepsis",
 * "OSAS patients"), else the exposure ("after partial sleep deprivation") named in the clause or
 * sentence, else the record's title.
 */
public final class ContextDetector {

    private static final int MAX_LENGTH = 100;
    private static final String GROUP = "patients|subjects|children|women|men|mice|rats|individuals|adults|volunteers"
            + "|smokers|infants|participants|animals|cases|survivors|neonates|adolescents|workers|athletes|donors|group";
    private static final Pattern POPULATION = Pattern.compile(
            "\\b(?:in|among|of|from|for)\\s+((?:(?:the|all|some|healthy|[\\p{L}\\d'-]+)\\s+){0,3}(?:" + GROUP + ")\\b"
                    + "(?:\\s+(?:with|who|after|of|on|under)\\s+[^,;.()\\[\\]]{3,60})?)");
    private static final Pattern SUBJECT_GROUP = Pattern.compile(
            "\\s*((?:[\\p{L}\\d'-]+\\s+){0,3}(?:" + GROUP + ")(?:\\s+with\\s+[^,;.()\\[\\]]{3,60})?)");
    private static final Pattern EXPOSURE = Pattern.compile(
            "\\b((?:after|following|during|under)\\s+[^,;.()\\[\\]]{3,60})");

    private ContextDetector() {
    }

    /** The context for a finding in {@code clause} of {@code sentence}; {@code fallback} when none is named. */
    public static String context(String clause, String sentence, String fallback) {
        for (String text : new String[] {clause, sentence}) {
            // Matched in lower case (faster than CASE_INSENSITIVE), cut from the text as written.
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() != text.length()) {
                lower = text;
            }
            Matcher population = POPULATION.matcher(lower);
            if (namesGroup(lower) && population.find()) {
                return trim(text.substring(population.start(1), population.end(1)));
            }
            Matcher subject = SUBJECT_GROUP.matcher(lower);
            if (subject.lookingAt()) {
                return trim(text.substring(subject.start(1), subject.end(1)));
            }
            Matcher exposure = EXPOSURE.matcher(lower);
            if (exposure.find()) {
                return trim(text.substring(exposure.start(1), exposure.end(1)));
            }
        }
        return fallback == null ? null : trim(fallback);
    }

    private static final String[] GROUP_WORDS = GROUP.split("\\|");

    /** A cheap test before {@link #POPULATION}: the text names one of the groups. */
    private static boolean namesGroup(String lower) {
        for (String word : GROUP_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String trim(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.length() <= MAX_LENGTH ? t : t.substring(0, MAX_LENGTH).strip() + "…";
    }
}
