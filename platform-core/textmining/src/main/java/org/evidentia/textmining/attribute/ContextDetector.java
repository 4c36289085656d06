package org.evidentia.textmining.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.textmining.change.StatementReader;
import org.evidentia.textmining.internal.structure.NegatedTraits;
import org.evidentia.textmining.internal.structure.Vocabulary;
import org.evidentia.textmining.internal.structure.WordClass;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * A short free-text context for a statement, taken from its own clause only: the group it is about
 * ("patients with sepsis", "OSAS patients", "in DSS colitis mice"), else the exposure or time it
 * names ("after partial sleep deprivation"), else its cause, else its condition; null when the
 * clause names none of these (never the record's title). Thread-safe.
 *
 * <p>A context is a phrase, never a clipped clause: a candidate ends before the first predicate of
 * its clause ("Patients with OSA <i>had</i> higher IL-6 than ..." gives "Patients with OSA"), loses
 * the function words and adverbs left at its ends and a word cut by the length limit, and is no
 * context when nothing else is left (a cause that is "rather than" or "by"). A statement whose
 * predicate stands in a relative clause after a comma (", which were higher than the control group")
 * takes its context from that relative clause only, not from the statement before it.
 */
final class ContextDetector {

    private static final int MAX_LENGTH = 100;
    private static final String GROUP = "patients|subjects|children|women|men|mice|rats|individuals|adults|volunteers"
            + "|smokers|infants|participants|animals|cases|survivors|neonates|adolescents|workers|athletes|donors|group|groups"
            + "|recipients|carriers"
            + "|cells|macrophages|monocytes|biopsies|mucosa|tissue|samples|cohort|cohorts|rats|pigs|cultures";
    /**
     * A word before a group's noun: not a comparator nor a preposition other than "of" and "from", which may tie the
     * group to its source ("fibroblasts from CD patients", "HASMCs of patients with COPD"); "IL-6 in peripheral
     * monocytes" and "IL-6 in patients with MD" name no group "IL-6 in ...".
     */
    private static final String MODIFIER = "(?!(?:in|at|on|to|for|with|by|among|than|compared|versus|vs)\\b)[\\p{L}\\d'’-]+\\s+";
    /**
     * What follows a group's "with", "who", "of" ...: up to a clause mark or bracket, and before its comparator ("patients
     * with asthma than in controls" is the group "patients with asthma"; "patients with pain for longer than 2 years" and "with
     * more than one comorbidity" keep their "than" of a number; "versus" stays, as it may join two groups: "patients with type
     * 2 versus type 1 diabetes").
     */
    private static final String GROUP_TAIL = "(?:(?!\\s(?:than(?!\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\\b)"
            + "|compared|in comparison|as opposed to|relative to)\\b)[^,;.()\\[\\]]){2,60}";
    /** A group after a preposition, with up to three words ({@link #MODIFIER}) before its noun. */
    private static final Pattern POPULATION = Pattern.compile(
            "\\b(?:in|among|of|from|for)\\s+((?:" + MODIFIER + "){0,3}(?:[\\p{L}\\d]+-)?(?:" + GROUP + ")\\b"
                    + "(?:\\s+(?:with|who|after|of|on|under|from)\\s+" + GROUP_TAIL + ")?)");
    private static final Pattern SUBJECT_GROUP = Pattern.compile(
            "\\s*((?:" + MODIFIER + "){0,3}(?:[\\p{L}\\d]+-)?(?:" + GROUP + ")(?:\\s+with\\s+" + GROUP_TAIL + ")?)");
    /** The group a comparison sets against another: "than (in) patients with sepsis", "compared with obese subjects". */
    private static final Pattern COMPARED_GROUP = Pattern.compile(
            "\\b(?:than|compared (?:with|to)|versus|vs\\.?)\\s+(?:(?:in|among|those of|that of)\\s+)?((?:" + MODIFIER + "){0,3}(?:[\\p{L}\\d]+-)?(?:"
                    + GROUP + ")\\b(?:\\s+(?:with|who|after|of|on|under|from)\\s+" + GROUP_TAIL + ")?)");
    /** A comparison of two sides: "than", "compared with", "versus", "relative to", "in comparison with". */
    private static final Pattern COMPARES = Pattern.compile("\\b(?:than|compared|versus|vs|relative to|in comparison)\\b");
    private static final WordLists STATEMENT_WORDS = WordLists.load(StatementReader.class, "statement-words.tsv");
    /** Words that name a comparison's control side, times aside ("healthy", "controls", "placebo"; not "baseline"). */
    private static final Set<String> CONTROL_WORDS = controlWords();
    /** Traits whose negation names the control side ("nonobese" of "obese"), as the statement reader orients them. */
    private static final Set<String> NEGATED_CONTROL_TRAITS = STATEMENT_WORDS.get("negated-control-trait");
    private static final Pattern EXPOSURE = Pattern.compile(
            "\\b((?:after|following|during|under|upon|in response to)\\s+[^,;.()\\[\\]]{3,60})");

    /**
     * The verb of a return to a level ("and returned to baseline after recovery sleep", the kit's {@code return-verb}s):
     * the change it states back (StatementReader's return to control) has the part of the clause from it on as its own,
     * and the change before it the part before it.
     */
    private static final Pattern RETURN = Pattern.compile("\\b(?:return|returns|returned|returning|revert|reverts|reverted)\\s+to\\b",
            Pattern.CASE_INSENSITIVE);

    /** A relative pronoun after a comma: the predicate after it is a statement of its own. */
    private static final Pattern RELATIVE = Pattern.compile(",\\s*(?:which|who|that)\\b");

    /** The closed classes of words a predicate begins with: was, had, did, may. */
    private static final int PREDICATE_CLASSES = WordClass.BE.bit() | WordClass.HAVE.bit() | WordClass.DO.bit() | WordClass.MODAL.bit();
    /**
     * Verbs of report, result and attempt that begin a predicate as "was" does but are in no closed class (with the
     * {@link WordClass#AGENT} verbs in -s: "contributes", "mediates").
     */
    private static final Set<String> PREDICATE_VERBS = Set.of("showed", "shows", "show", "revealed", "reveals", "reveal",
            "demonstrated", "demonstrates", "demonstrate", "displayed", "displays", "display", "exhibited", "exhibits", "exhibit",
            "tended", "tends", "tend", "failed", "fails", "fail", "resulted", "results", "led", "leads",
            "correlated", "correlates", "correlate"); // "during the first hours and correlated to ...": another predicate
    /** The classes of words a context does not begin with ("Although patients ...", "And AZD8055 treatment"). */
    private static final int LEADING_CLASSES = WordClass.CONJ.bit() | WordClass.SUBORD.bit() | WordClass.REL.bit()
            | WordClass.THAT.bit();
    /** The classes of words a context does not end with; it may begin with some ("during ...", "the two groups"). */
    private static final int TRAILING_CLASSES = LEADING_CLASSES | PREDICATE_CLASSES | WordClass.COMPARATOR.bit()
            | WordClass.DET.bit() | WordClass.PREP.bit() | WordClass.NEG.bit();
    /** Words of phrases that a context does not begin or end with ("as well as", "rather than"). */
    private static final Set<String> EDGE_WORDS = Set.of("as", "well", "rather");
    /** Adverbs that may end a context: times and groups ("6 weeks later", "twice daily", "the elderly"). */
    private static final Set<String> NOT_TRAILING_ADVERBS = Set.of("early", "earlier", "later", "thereafter", "then", "again",
            "daily", "weekly", "monthly", "yearly", "nightly", "hourly", "elderly", "family", "together", "overall");
    /** A word, its hyphens, apostrophes, ampersands and per cent sign included ("T&A", "Crohn's", "IL-6", "46%"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&_/+%-]*");

    private final Vocabulary vocabulary = Vocabulary.standard();

    /**
     * The context of a statement.
     *
     * @param clause      the statement's clause, read once for all its statements ({@link ClauseParts}) by this detector
     * @param cueInClause where the statement's direction word is in the clause
     * @param cause       the cause it names, or null
     * @param condition   its condition attribute, or null
     * @return the context, or null when the clause names no clean phrase of a group, exposure, cause or condition
     */
    String context(ClauseParts clause, int cueInClause, String cause, String condition) {
        String context = clause.contextOfOwnPart(this, cueInClause);
        if (context == null && cause != null) {
            context = clean(cause, false);
        }
        if (context == null && condition != null) {
            context = trim(condition); // the condition attribute is already a phrase
        }
        return context;
    }

    /**
     * A statement's clause as {@link #context} reads it: its relative clauses, and the context each part a statement
     * may own names, worked out once for all the statements of the clause rather than once for each (a 2,000-char
     * piece of a stretch with no sentence end may be one clause of a hundred statements; docs/reliability.md). For one
     * detector; not thread-safe.
     */
    static final class ClauseParts {
        private final String clause;
        /**
         * Start and end of each relative clause a statement's direction word may stand in (", which were higher than the
         * control group": from the pronoun to the next comma), in the clause's order; the first that holds the direction
         * word is the part of the clause that is the statement's own, else the whole clause is.
         */
        private List<int[]> relatives;
        /** The context of each part asked for, by its start and end; null values kept. */
        private final java.util.Map<Long, String> contexts = new java.util.HashMap<>();

        /** @param clause a statement's clause; not null */
        ClauseParts(String clause) {
            this.clause = clause;
        }

        private String contextOfOwnPart(ContextDetector detector, int cueInClause) {
            if (relatives == null) {
                relatives = new ArrayList<>();
                Matcher relative = RELATIVE.matcher(clause);
                while (relative.find()) {
                    int end = clause.indexOf(',', relative.end());
                    relatives.add(new int[] {relative.start() + 1, end < 0 ? clause.length() : end});
                }
            }
            int start = 0;
            int end = clause.length();
            Matcher back = RETURN.matcher(clause);
            if (back.find() && back.start() > 0) {
                if (cueInClause >= back.start()) {
                    start = back.start(); // "rose during fasting and returned to baseline after refeeding": after refeeding
                } else {
                    end = back.start();
                }
            }
            for (int[] part : relatives) {
                if (part[0] <= cueInClause && cueInClause < part[1]) {
                    start = part[0];
                    end = part[1];
                    break;
                }
            }
            long key = ((long) start << 32) | end;
            if (!contexts.containsKey(key)) {
                contexts.put(key, detector.contextOf(start == 0 && end == clause.length() ? clause : clause.substring(start, end)));
            }
            return contexts.get(key);
        }
    }

    /**
     * The context the part of a clause that is a statement's own ({@link ClauseParts}) names, or null. Of the groups it
     * names, one that is not the control side: the statement is about the group of interest, which its direction is
     * turned to ("IL-10 was lower in healthy donors than in patients with sepsis" is about the patients; the review of
     * session 29's change, R8: a review table read "IL-6 increased, nonobese subjects").
     */
    private String contextOf(String own) {
        String lower = StatementAttributes.lower(own);
        String context = null;
        if (namesGroup(lower)) {
            // only a comparison has a control side: "increased in healthy subjects but not in RA patients" is the healthy's
            int comparator = comparesAt(lower);
            boolean compares = comparator >= 0;
            String control = null;
            int controlAt = -1;
            Matcher population = POPULATION.matcher(lower);
            while (context == null && population.find()) {
                String group = phrase(own, population);
                if (group != null && compares && namesControl(group)) {
                    controlAt = control == null ? population.start(1) : controlAt;
                    control = control == null ? group : control;
                } else {
                    context = group;
                }
            }
            Matcher subject = SUBJECT_GROUP.matcher(lower);
            if (context == null && subject.lookingAt()) {
                String group = phrase(own, subject);
                if (group != null && compares && namesControl(group)) {
                    controlAt = control == null ? subject.start(1) : controlAt;
                    control = control == null ? group : control;
                } else {
                    context = group;
                }
            }
            if (context == null && control != null) {
                Matcher compared = COMPARED_GROUP.matcher(lower);
                while (context == null && compared.find()) {
                    String group = phrase(own, compared);
                    context = group != null && !namesControl(group) ? group : null;
                }
                // a control after the comparator is the side the group of interest is set against, never its context
                context = context != null ? context : controlAt < comparator ? control : sideBefore(own, lower, comparator);
            }
        }
        int comparator = comparesAt(lower);
        // "than" or "compared" only: a control adjective before "old versus young adults" qualifies both groups
        if (context == null && comparator > 0 && !lower.startsWith("v", comparator) && namesControl(lower.substring(0, comparator))) {
            // a control side that is no group phrase ("Healthy controls had lower IL-6 than patients with sepsis", "Nonsmokers
            // ... than smokers"): the group it is set against (the review of session 29's change, S2)
            Matcher compared = COMPARED_GROUP.matcher(lower);
            while (context == null && compared.find(comparator)) {
                String group = phrase(own, compared);
                context = group != null && !namesControl(group) ? group : null;
                comparator = compared.end();
            }
        }
        if (context == null && (lower.contains("after") || lower.contains("following") || lower.contains("during")
                || lower.contains("under") || lower.contains("upon") || lower.contains("response"))) {
            Matcher exposure = EXPOSURE.matcher(lower);
            if (exposure.find()) {
                context = phrase(own, exposure);
            }
        }
        return context;
    }


    /**
     * The group phrase after the last "in" or "among" before the comparator at {@code comparator}, which names a group
     * ("in the acute myocardial infarction group than in the control group": a group of more words than {@link #POPULATION}
     * takes); null when there is none ("higher at night than in the control group").
     */
    private String sideBefore(String own, String lower, int comparator) {
        // before the comparator's own words: "in comparison with" opens with an "in" (the review of the session's change, R1)
        int in = Math.max(lower.lastIndexOf(" in ", comparator - 2), lower.lastIndexOf(" among ", comparator - 2));
        if (in < 0) {
            return null;
        }
        int from = lower.indexOf(' ', in + 1) + 1;
        if (from >= comparator) {
            return null;
        }
        String side = lower.substring(from, comparator);
        return side.length() <= MAX_LENGTH && namesGroup(side) && !namesControl(side) ? clean(own.substring(from, comparator), false) : null;
    }

    /**
     * The clean phrase of group 1 of a match in {@code text}, without a last word that the length limit cut
     * ("... than those of obese control su").
     */
    private String phrase(String text, Matcher m) {
        int end = m.end(1);
        boolean limited = end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                && Character.isLetterOrDigit(text.charAt(end - 1));
        if (limited) {
            end = m.start(1) + Math.max(0, text.substring(m.start(1), end).lastIndexOf(' '));
        }
        return clean(text.substring(m.start(1), end), limited);
    }

    /**
     * A candidate cut before its first predicate (one after a relative pronoun belongs to the phrase: "patients
     * who had OSA"), without the function words and adverbs at its ends. Where the length limit ended it before
     * any predicate, it ends before its last "and" or "or" ("patients with RA and high in patients with other
     * ..."). Null when no other word is left, when it begins with a comparison ("compared with men", "rather
     * than ...": that is the other group, not the statement's), or when it closes a bracket it did not open.
     */
    private String clean(String text, boolean limited) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int last = words.size();
        for (int i = 1; i < last; i++) {
            if (predicate(word(text, words.get(i))) && !relativeBefore(text, words, i)) {
                last = i;
            }
        }
        if (limited && last == words.size()) {
            for (int i = last - 1; i > 0; i--) {
                if ((vocabulary.classes(word(text, words.get(i))) & WordClass.CONJ.bit()) != 0) {
                    last = i;
                    break;
                }
            }
        }
        int first = 0;
        while (first < last && leading(word(text, words.get(first)))) {
            first++;
        }
        if (first < last && (vocabulary.classes(word(text, words.get(first))) & WordClass.COMPARATOR.bit()) != 0) {
            return null;
        }
        while (last > first && trailing(text.substring(words.get(last - 1)[0], words.get(last - 1)[1]))) {
            last--;
        }
        if (first == last) {
            return null;
        }
        int start = words.get(first)[0];
        if (start > 0 && (text.charAt(start - 1) == '(' || text.charAt(start - 1) == '[')) {
            start--; // "(ENS) cells"
        }
        return closed(text, start, words.get(last - 1)[1]);
    }

    /**
     * The text from {@code start} to {@code end}, on over the closing brackets of the brackets it opens; null when it
     * closes one it did not open ("assessed with the scale) and greater ...").
     */
    private static String closed(String text, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            open += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (open < 0) {
                return null;
            }
        }
        while (open > 0 && end < text.length() && (text.charAt(end) == ')' || text.charAt(end) == ']')) {
            end++;
            open--;
        }
        return trim(text.substring(start, end));
    }

    /** Whether a relative pronoun (or "that") comes right before word {@code i}, adverbs and negations between. */
    private boolean relativeBefore(String text, List<int[]> words, int i) {
        for (int p = i - 1; p >= 0; p--) {
            int classes = vocabulary.classes(word(text, words.get(p)));
            if ((classes & (WordClass.REL.bit() | WordClass.THAT.bit())) != 0) {
                return true;
            }
            if ((classes & (WordClass.ADV.bit() | WordClass.NEG.bit())) == 0) {
                return false;
            }
        }
        return false;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    private boolean predicate(String word) {
        int classes = vocabulary.classes(word);
        return (classes & PREDICATE_CLASSES) != 0 || PREDICATE_VERBS.contains(word)
                || (classes & WordClass.AGENT.bit()) != 0 && word.endsWith("s");
    }

    private boolean leading(String word) {
        return (vocabulary.classes(word) & LEADING_CLASSES) != 0 || EDGE_WORDS.contains(word);
    }

    /** Whether a word as written ends no context; "A" in capitals ends a name ("serum amyloid A", "vitamin A"). */
    private boolean trailing(String written) {
        if (written.equals("A")) {
            return false;
        }
        String word = written.toLowerCase(Locale.ROOT);
        int classes = vocabulary.classes(word);
        return (classes & TRAILING_CLASSES) != 0 || EDGE_WORDS.contains(word) || PREDICATE_VERBS.contains(word)
                || (classes & WordClass.ADV.bit()) != 0 && !NOT_TRAILING_ADVERBS.contains(word);
    }

    private static final String[] GROUP_WORDS = GROUP.split("\\|");

    /** Where the first comparison of two sides opens in {@code lower} ("than", "compared", "versus", ...), or -1. */
    private static int comparesAt(String lower) {
        Matcher m = COMPARES.matcher(lower);
        return m.find() ? m.start() : -1;
    }

    /** Whether a group phrase names a control side: a control word ("healthy donors") or a listed trait negated ("nonobese subjects"). */
    private static boolean namesControl(String group) {
        Matcher word = WORD.matcher(group.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            if (CONTROL_WORDS.contains(w) || NegatedTraits.of(w, NEGATED_CONTROL_TRAITS) != null) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> controlWords() {
        Set<String> words = new java.util.HashSet<>(STATEMENT_WORDS.get("control"));
        words.removeAll(STATEMENT_WORDS.get("time-control"));
        return Set.copyOf(words);
    }

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
