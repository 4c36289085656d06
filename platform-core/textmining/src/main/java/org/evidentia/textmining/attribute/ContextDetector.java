package org.evidentia.textmining.attribute;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short free-text context for a statement, taken from its own clause only: the group it is about
 * ("patients with sepsis", "OSAS patients", "in DSS colitis mice"), else the exposure or time it
 * names ("after partial sleep deprivation"), else its cause, else its condition; null when the
 * clause names none of these (never the record's title). Thread-safe.
 */
final class ContextDetector {

    private static final int MAX_LENGTH = 100;
    private static final String GROUP = "patients|subjects|children|women|men|mice|rats|individuals|adults|volunteers"
            + "|smokers|infants|participants|animals|cases|survivors|neonates|adolescents|workers|athletes|donors|group|groups"
            + "|cells|macrophages|monocytes|biopsies|mucosa|tissue|samples|cohort|cohorts|rats|pigs|cultures";
    private static final Pattern POPULATION = Pattern.compile(
            "\\b(?:in|among|of|from|for)\\s+((?:(?:the|all|some|healthy|[\\p{L}\\d'’-]+)\\s+){0,3}(?:" + GROUP + ")\\b"
                    + "(?:\\s+(?:with|who|after|of|on|under|from)\\s+[^,;.()\\[\\]]{3,60})?)");
    private static final Pattern SUBJECT_GROUP = Pattern.compile(
            "\\s*((?:[\\p{L}\\d'’-]+\\s+){0,3}(?:" + GROUP + ")(?:\\s+with\\s+[^,;.()\\[\\]]{3,60})?)");
    private static final Pattern EXPOSURE = Pattern.compile(
            "\\b((?:after|following|during|under|upon|in response to)\\s+[^,;.()\\[\\]]{3,60})");

    String context(String clause, int mentionInClause, String cause, String condition) {
        String lower = StatementAttributes.lower(clause);
        if (namesGroup(lower)) {
            Matcher population = POPULATION.matcher(lower);
            if (population.find()) {
                return trim(clause.substring(population.start(1), population.end(1)));
            }
            Matcher subject = SUBJECT_GROUP.matcher(lower);
            if (subject.lookingAt()) {
                return trim(clause.substring(subject.start(1), subject.end(1)));
            }
        }
        if (lower.contains("after") || lower.contains("following") || lower.contains("during") || lower.contains("under")
                || lower.contains("upon") || lower.contains("response")) {
            Matcher exposure = EXPOSURE.matcher(lower);
            if (exposure.find()) {
                return trim(clause.substring(exposure.start(1), exposure.end(1)));
            }
        }
        if (cause != null) {
            return trim(cause);
        }
        return condition == null ? null : trim(condition);
    }

    private static final String[] GROUP_WORDS = GROUP.split("\\|");

    /** A cheap test before the group patterns: the text names one of the groups. */
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
