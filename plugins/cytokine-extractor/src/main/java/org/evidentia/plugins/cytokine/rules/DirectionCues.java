package org.evidentia.plugins.cytokine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.Direction;

/**
 * Finds the words of a sentence that state a direction: verbs ("increased", "fell"), adjectives
 * and comparatives ("elevated", "lower"), nouns ("an increase in", "reduction of"), null results
 * ("did not differ", "no significant change", "similar") and negated directions ("not increased").
 */
final class DirectionCues {

    private static final String UP = "increas(?:e|ed|es|ing)|elevat(?:e|ed|ion|ions)|higher|high(?![- ](?:affinity|dose|doses|risk|fat|grade|density|intensity|frequency|sensitivity|quality|throughput|resolution))|raised?|rise|rises|rose|risen"
            + "|greater|enhanced|enhancement|up-?regulat(?:ed|ion)|augment(?:ed|ation)|hypersecret(?:ion|ed)"
            + "|over-?express(?:ed|ion)|over-?produc(?:ed|tion)|more(?! than| or| of)|boosted|exaggerated|heightened|potentiated"
            + "|doubled|tripled|accentuated|excessive|surge|increments?|hyperproduction|overexpressed";
    private static final String DOWN = "decreas(?:e|ed|es|ing)|reduc(?:e|ed|tion|tions|es|ing)|lower(?:ed)?"
            + "|low(?! to (?:the )?high)(?![- ](?:affinity|dose|doses|risk|fat|grade|density|intensity|frequency|sensitivity|quality|endotoxin))"
            + "|diminish(?:ed|es)?|declin(?:e|ed|es)|fell|fall|falls|drop(?:ped|s)?|suppress(?:ed|ion)?|attenuate"
            + "|inhibited|attenuat(?:ed|ion)|down-?regulat(?:ed|ion)|blunted|blocked|abolished"
            + "|lessened|less|impaired|normali[sz](?:ed|ation)|decrements?|fewer|smaller|dampened|lowest(?! to (?:the )?high)";
    private static final String CAUSATIVE_UP = "induced|stimulated|triggered|evoked|provoked|promoted|upregulates";
    private static final String SAME = "unchanged|unaltered|unaffected|similar|comparable|spared|remained (?:stable|constant|unchanged|the same)"
            + "|without (?:any )?(?:significant |statistically significant )?differences?"
            + "|no (?:significant |statistically significant |significantly |major |relevant |clear |consistent )?"
            + "(?:differences?|changes?|alterations?|effects?|increases?|decreases?|elevations?|reductions?|rises?)"
            + "|did not (?:significantly )?(?:differ|change|alter|affect|vary)|nonsignificant|non-significant";
    /** Words that state no direction alone but do when negated: "not different", "did not differ". */
    private static final String NEGATABLE = "differ(?:ed|s|ent|ence|ences)?|chang(?:e|ed|es)|alter(?:ed|s)?|affect(?:ed|s)?"
            + "|modified|vary|varied";

    private static final Pattern CUE = Pattern.compile(
            "(?:(?<same>" + SAME + ")|(?<up>" + UP + ")|(?<down>" + DOWN + ")|(?<cause>" + CAUSATIVE_UP
                    + ")|(?<neg>" + NEGATABLE + "))(?![\\p{L}\\p{N}])");
    private static final Pattern NEGATION = Pattern.compile(
            "(?<![\\p{L}])(?:not|no|n't|never|without|neither|nor|failed to|lack of|absence of)(?![\\p{L}])(?:\\s+(?!but\\b|and\\b|or\\b|whereas\\b|while\\b)[\\p{L}-]+){0,3}\\s*$");
    private static final Pattern COMPARISON = Pattern.compile(
            "compared|\\bthan\\b|versus|\\bvs\\b|relative to|in comparison|as opposed to|\\bin (?:patients|cases|subjects)\\b");
    private static final Pattern COORDINATION = Pattern.compile("\\s*,?\\s*(?:or|and|nor|and/or)\\s+");
    private static final Pattern NOT_ONLY = Pattern.compile("not only[\\s\\p{L}-]*$");

    /**
     * The two-letter beginnings of every cue word, derived from the word lists: a word that begins
     * otherwise is not tried against {@link #CUE} (most words of a sentence), which makes
     * {@link #find} several times faster. Null when a list holds an alternative that does not begin
     * with two plain letters, in which case every word is tried.
     */
    private static final boolean[] BEGINNINGS = beginnings(UP, DOWN, CAUSATIVE_UP, SAME, NEGATABLE);

    private DirectionCues() {
    }

    private static boolean[] beginnings(String... lists) {
        boolean[] table = new boolean[26 * 26];
        for (String list : lists) {
            int depth = 0;
            int start = 0;
            for (int i = 0; i <= list.length(); i++) {
                char c = i < list.length() ? list.charAt(i) : '|';
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    if (i - start < 2 || !isAsciiLetter(list.charAt(start)) || !isAsciiLetter(list.charAt(start + 1))) {
                        return null;
                    }
                    table[(list.charAt(start) - 'a') * 26 + list.charAt(start + 1) - 'a'] = true;
                    start = i + 1;
                }
            }
        }
        return table;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean mayBeginCue(String sentence, int i) {
        if (BEGINNINGS == null) {
            return true;
        }
        if (i + 1 >= sentence.length()) {
            return false;
        }
        char a = sentence.charAt(i);
        char b = sentence.charAt(i + 1);
        return isAsciiLetter(a) && isAsciiLetter(b) && BEGINNINGS[(a - 'a') * 26 + b - 'a'];
    }

    /** A cheap test before the negation pattern: every negation word holds one of these. */
    private static boolean mayNegate(String before) {
        return before.contains("no") || before.contains("n't") || before.contains("without") || before.contains("never")
                || before.contains("neither") || before.contains("failed") || before.contains("lack") || before.contains("absence");
    }

    /** The cues of {@code sentence} (lower case) between {@code from} and {@code to}, in order. */
    static List<Cue> find(String sentence, int from, int to) {
        List<Cue> cues = new ArrayList<>();
        Matcher m = CUE.matcher(sentence);
        int previousEnd = from;
        boolean previousNegated = false;
        // Cues start words: trying the pattern only at word starts is several times faster than find().
        for (int i = from; i < to; i++) {
            char previous = i == 0 ? ' ' : sentence.charAt(i - 1);
            if (!Character.isLetter(sentence.charAt(i)) || Character.isLetterOrDigit(previous) || previous == '-'
                    || !mayBeginCue(sentence, i)) {
                continue;
            }
            m.region(i, to);
            if (!m.lookingAt()) {
                continue;
            }
            i = m.end() - 1;
            if (sentence.startsWith("or ", Math.max(0, m.start() - 3)) && sentence.startsWith("more", m.start())) {
                continue; // "one or more"
            }
            if (previous == '/') {
                continue; // "CD127-/low", "high/low": a marker phenotype, not a change
            }
            String word = sentence.substring(m.start(), m.end());
            if ((word.equals("high") || word.equals("low")) && !COMPARISON.matcher(sentence).region(from, to).find()) {
                continue; // "cells secrete high levels of TGF-β1": a degree, not a difference, unless compared
            }
            // A negation belongs to the first cue after it: "did not affect the increase in" negates "affect" only.
            String before = sentence.substring(Math.max(previousEnd, m.start() - 40), m.start());
            boolean coordinated = previousEnd > from && COORDINATION.matcher(sentence.substring(previousEnd, m.start())).matches();
            previousEnd = m.end();
            // "did not increase or decrease": the negation covers both coordinated cues
            boolean negated = (coordinated && previousNegated)
                    || (mayNegate(before) && NEGATION.matcher(before).find() && !NOT_ONLY.matcher(before).find());
            previousNegated = negated;
            if (m.group("same") != null) {
                cues.add(new Cue(m.start(), m.end(), Direction.UNCHANGED, false));
            } else if (m.group("neg") != null) {
                if (negated) {
                    cues.add(new Cue(m.start(), m.end(), Direction.UNCHANGED, false));
                }
            } else if (negated) {
                cues.add(new Cue(m.start(), m.end(), Direction.UNCHANGED, false));
            } else if (m.group("up") != null) {
                cues.add(new Cue(m.start(), m.end(), Direction.INCREASED, false));
            } else if (m.group("down") != null) {
                cues.add(new Cue(m.start(), m.end(), Direction.DECREASED, false));
            } else {
                cues.add(new Cue(m.start(), m.end(), Direction.INCREASED, true));
            }
        }
        return cues;
    }
}
