package org.evidentia.textmining.change;

import static org.evidentia.textmining.change.StatementReader.CONTROL;
import static org.evidentia.textmining.change.StatementReader.CRITERION_GROUPS;
import static org.evidentia.textmining.change.StatementReader.GROUP_NOUNS;
import static org.evidentia.textmining.change.StatementReader.NEGATED_CONTROL_TRAITS;
import static org.evidentia.textmining.change.StatementReader.STANDARDS;
import static org.evidentia.textmining.change.StatementReader.TIME_AFTER_AT;
import static org.evidentia.textmining.change.StatementReader.TIME_CONTROLS;

import java.util.Set;
import org.evidentia.textmining.internal.structure.NegatedTraits;
import org.evidentia.textmining.internal.structure.TokenizedSentence.Kind;
import org.evidentia.textmining.internal.structure.TokenizedSentence;
import org.evidentia.textmining.internal.structure.WordClass;

/**
 * Which side of a comparison in one sentence is the control: whether a clause names its control group first ("lower in
 * healthy donors than in patients", "compared with patients, controls had lower NPY"), so that the directions it states
 * are turned to the group of interest, whether a later clause goes on with that comparison, and which comparator sets
 * amounts against a standard ("than the upper reference limit") rather than against a group, so that it is no side.
 *
 * <p>Kept apart from {@link StatementReader}'s linking because turning a direction is a decision about the groups a
 * clause names, not about the cue: it reads the words of the sentence and only which tokens are cues or entities.
 * Belongs to one sentence's analysis, whose cues it shares; holds no state of its own.
 */
final class ComparisonSides {

    /** First words of a comparison's other side that make it a time or state, not a group ("than at rest", "than before"). */
    private static final Set<String> TIME_COMPARATORS = StatementReader.WORDS.get("time-comparator");
    /** Nouns of cells or samples on a comparison's other side: "than in CD28+ T cells" sets cells against cells, not groups. */
    private static final Set<String> CELL_SIDE = StatementReader.WORDS.get("cell-side");

    private final TokenizedSentence t;
    private final int n;
    /** The sentence lower-cased with its agreements blanked: a blank word is no comparator. */
    private final String lower;
    private final PhraseStructure phrases;
    /** The analysis's cues, read as they stand when a question is asked. */
    private final SentenceCues cues;

    ComparisonSides(TokenizedSentence t, String lower, PhraseStructure phrases, SentenceCues cues) {
        this.t = t;
        this.n = t.size();
        this.lower = lower;
        this.phrases = phrases;
        this.cues = cues;
    }

    /** The first comparator other than "than" in {@code [from, to)} whose phrase names a standard, or -1. */
    int standardComparator(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!phrases.groupComparator(j) || t.isWord(j, "than") || lower.charAt(t.start(j)) == ' ') {
                continue; // blank in lower: a word of an agreement ("Against our expectation, ..."), not a comparator
            }
            int q = j + t.phraseLength(j);
            while (q < to && (t.isWord(q, "with") || t.isWord(q, "to"))) {
                q++;
            }
            int end = q;
            while (end < to && end <= q + 10 && (t.kind(end) == Kind.WORD || t.kind(end) == Kind.NUMBER)
                    && !t.is(end, WordClass.CONJ) && !t.is(end, WordClass.REL) && !t.is(end, WordClass.SUBORD)
                    && !t.isWord(end, "as")) {
                end++;
            }
            for (int k = q; k < end; k++) {
                for (String[] standard : STANDARDS) {
                    if (k + standard.length <= end && t.isWords(k, standard)) {
                        return j;
                    }
                }
            }
        }
        return -1;
    }

    /** Whether a control word that names no time ("placebo", "controls", "placebo-treated") is {@code word} or a hyphened part of it. */
    private static boolean namesControlWord(String word) {
        for (String part : word.split("-")) {
            if (CONTROL.contains(part) && !TIME_CONTROLS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause names its control group first ("lower in healthy donors than in patients",
     * "compared with patients, controls had lower NPY"), so that directions turn to the other group.
     */
    boolean orientationFlips(int from, int to) {
        int comparator = -1;
        // "Compared with reference values, IL-6 was higher in patients than in controls": a standard is no side
        int standard = standardComparator(from, to);
        for (int i = from; i < to; i++) {
            if (t.is(i, WordClass.COMPARATOR) && t.depth(i) == t.depth(from) && i != standard) {
                comparator = i;
                break;
            }
        }
        if (comparator < 0) {
            return false;
        }
        int groupFrom;
        int groupTo;
        int otherFrom;
        int otherTo;
        int lead = from;
        while (lead < to && (t.is(lead, WordClass.SUBORD) || t.isWord(lead, ",") || t.is(lead, WordClass.ADV))) {
            lead += t.phraseLength(lead);
        }
        if (comparator <= lead + 1) {
            // "Compared with controls, patients had ..."
            int comma = comparator;
            while (comma < to && !t.isWord(comma, ",")) {
                comma++;
            }
            otherFrom = comparator;
            otherTo = comma;
            groupFrom = comma;
            groupTo = to;
        } else {
            // "IL-6 and resting temperature were higher in the afternoon than in the morning": the
            // group is the phrase right before the comparator, not the measured subject
            groupFrom = groupPhrase(from, comparator);
            groupTo = comparator;
            otherFrom = comparator;
            otherTo = to;
        }
        // a control named together with another group is where the change was seen, unless the other side is a group
        // of people too ("lower in both controls and patients in remission than in patients with active disease")
        // or cells set against cells ("T cells from both healthy controls and patients had lower IL-10 in comparison with
        // the other subset": the controls and patients are where, the subsets are compared)
        boolean togetherIsWhere = !namesGroupNoun(otherFrom, otherTo)
                && (startsWithTime(comparator, otherTo) || namesCellSide(otherFrom, otherTo));
        return (namesControl(groupFrom, groupTo, comparator, togetherIsWhere) || negatesTheOtherSide(groupFrom, groupTo, otherFrom, otherTo))
                && !namesControl(otherFrom, otherTo, comparator, false);
    }

    /**
     * Whether the group side names the other side's trait negated, "non-" or "non" before it, as controls are named
     * beside those with the trait ("Nonobese subjects had lower IL-6 levels than obese subjects", "non-apneic snorers ...
     * than apneic patients"): the group without the trait is the comparator (guidelines v1.2, orientation), though its
     * word is on no control list. Only a trait of the kit's {@code negated-control-trait} list: an outcome's negation
     * ("non-survivor patients", "nonresponders", "non-remitters"), "nonspecific" or "non-Hispanic" names no control (the
     * review of session 29, X6, and of its change, R8).
     */
    private boolean negatesTheOtherSide(int groupFrom, int groupTo, int otherFrom, int otherTo) {
        for (int i = groupFrom; i < groupTo; i++) {
            String trait = negatedControlTrait(i);
            if (trait != null && !namedBetween(trait, groupFrom, groupTo) && namedBetween(trait, otherFrom, otherTo)) {
                return true;
            }
        }
        return false;
    }

    /** The trait the word at {@code i} negates ("obese" of "nonobese", "smoker" of "non-smokers"), when the list has it; else null. */
    private String negatedControlTrait(int i) {
        if (t.kind(i) != Kind.WORD) {
            return null;
        }
        return NegatedTraits.of(t.word(i), NEGATED_CONTROL_TRAITS);
    }

    /** Whether the trait {@code word}, or its plural or singular ("smoker", "smokers"), stands in {@code [from, to)}. */
    private boolean namedBetween(String word, int from, int to) {
        String other = word.endsWith("s") ? word.substring(0, word.length() - 1) : word + "s";
        for (int j = from; j < to; j++) {
            if (t.isWord(j, word) || t.isWord(j, other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the other side of a comparison, after the comparator at {@code comparator}, opens with a time or state
     * ("than at rest", "than before treatment", "than at baseline") and names no group ("in", "among", "of", a group
     * or control word): then it names no group of its own. Any other side ("than in probands", "than in the
     * high-dose arm", "than after the high dose", "than at onset in probands", "than previously reported") may be a
     * group the control is set against, which the reader keeps as the control side.
     */
    private boolean startsWithTime(int comparator, int to) {
        int q = comparator + t.phraseLength(comparator);
        while (q < to && (t.isWord(q, "with") || t.isWord(q, "to"))) {
            q++;
        }
        if (!opensWithTime(q, to)) {
            return false; // "than at the other centre": a place, perhaps a group
        }
        for (int w = q; w < to; w++) {
            if (t.kind(w) == Kind.WORD && (t.isWord(w, "in") || t.isWord(w, "among") || t.isWord(w, "of") || t.isWord(w, "from")
                    || GROUP_NOUNS.contains(t.word(w)) || CRITERION_GROUPS.contains(t.word(w)) || namesControlWord(t.word(w)))) {
                return false; // "than at onset in probands": a group after all
            }
        }
        return true;
    }

    /** Whether a time or state opens the words at {@code q} before {@code to}: "before", "baseline", "at rest", "at diagnosis". */
    boolean opensWithTime(int q, int to) {
        return q < to && t.kind(q) == Kind.WORD && (TIME_COMPARATORS.contains(t.word(q))
                || t.isWord(q, "at") && q + 1 < to && t.kind(q + 1) == Kind.WORD && TIME_AFTER_AT.contains(t.word(q + 1)));
    }

    /** Whether a word of {@code [from, to)} names cells or samples ({@link #CELL_SIDE}: "lymphocytes", "cells", "biopsies"). */
    private boolean namesCellSide(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.kind(i) == Kind.WORD && CELL_SIDE.contains(t.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@code [from, to)} is a group noun ("patients", "mice"). */
    private boolean namesGroupNoun(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.kind(i) == Kind.WORD && GROUP_NOUNS.contains(t.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a contrast clause without groups of its own goes on with the previous clause's
     * comparison: "Compared with postprocedure cases, IL-8 was higher in preprocedure cases, but IL-10
     * was lower" states IL-10 lower before the procedure as well.
     */
    boolean sameComparison(int from, int to) {
        if (!(t.isWord(from, "but") || t.isWord(from, "whereas") || t.isWord(from, "while") || t.isWord(from, "whilst"))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (t.is(i, WordClass.COMPARATOR)
                    || t.kind(i) == Kind.WORD && (CONTROL.contains(t.word(i)) || GROUP_NOUNS.contains(t.word(i)))) {
                return false;
            }
        }
        return true;
    }

    /** The start of the "in"/"among"/"at"/"during" phrase that ends at the comparator with no name between, else {@code from}. */
    private int groupPhrase(int from, int comparator) {
        for (int i = comparator - 1; i > from; i--) {
            if (t.isEntity(i) || cues.at(i) != null) {
                return from;
            }
            if (t.depth(i) == t.depth(comparator) && (t.isWord(i, "in") || t.isWord(i, "among") || t.isWord(i, "at")
                    || t.isWord(i, "during"))) {
                return i;
            }
        }
        return from;
    }

    /**
     * Whether a control word stands in {@code [from, to)}; not one that qualifies both groups of
     * the comparison: "healthy old versus young adults" compares old and young, both healthy; with
     * {@code skipNamedTogether}, not one named together with another group ({@link #namedWithAnotherGroup}).
     */
    private boolean namesControl(int from, int to, int comparator, boolean skipNamedTogether) {
        for (int i = from; i < to; i++) {
            if (i + 2 == comparator && t.kind(i + 1) == Kind.WORD && !CONTROL.contains(t.word(i + 1))
                    && !GROUP_NOUNS.contains(t.word(i + 1)) && comparator + 2 < n && t.kind(comparator + 2) == Kind.WORD
                    && GROUP_NOUNS.contains(t.word(comparator + 2))) {
                continue;
            }
            if (t.kind(i) == Kind.WORD && CONTROL.contains(t.word(i)) && !negatesAnother(i, from, to)
                    && !(skipNamedTogether && namedWithAnotherGroup(i)) && !startOfTheChange(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the time control word at {@code i} is where the change started, after a word of change and "from"
     * ("increased from baseline"): a reference of the change itself, which names no group before the comparator. "IL-6 increased from baseline and when compared with
     * the rest trial" read it as the control side named first and turned IL-6 around (sample s23, pattern 4).
     */
    private boolean startOfTheChange(int i) {
        // only after a word of change ("increased from baseline"): "samples from baseline were lower than those at 6 months"
        // names the baseline samples as the side compared (the review of session 23's change, R6)
        return i > 1 && t.isWord(i - 1, "from") && TIME_CONTROLS.contains(t.word(i)) && cues.at(i - 2) != null;
    }

    /**
     * Whether the control word at {@code i} is one side of "both A and B" or "A and B alike" whose other side names
     * no control: "In both patients and controls, IL-6 was higher than in the reference cohort" says where IL-6 was
     * higher, in each group; it does not set the controls up as the side compared (review 31, L5: it was read
     * turned around, as lower). Two control sides ("both healthy controls and unaffected siblings") stay the control.
     */
    private boolean namedWithAnotherGroup(int i) {
        int both = -1;
        int and = -1;
        for (int q = i; q >= 0 && i - q <= 6 && t.kind(q) == Kind.WORD && t.depth(q) == t.depth(i); q--) {
            if (t.isWord(q, "and") && and < 0) {
                and = q;
            } else if (t.isWord(q, "both")) {
                both = q;
                break;
            } else if (!coordinatedGroupWord(q)) {
                break;
            }
        }
        int end;
        if (both >= 0) {
            if (and < 0) {
                for (int q = i + 1; q < n && q - i <= 6 && t.kind(q) == Kind.WORD; q++) {
                    if (t.isWord(q, "and")) {
                        and = q;
                        break;
                    }
                    if (!coordinatedGroupWord(q)) {
                        break;
                    }
                }
            }
            if (and < 0 || and == both + 1) {
                return false;
            }
            end = and + 1;
            while (end < n && end - and <= 6 && t.kind(end) == Kind.WORD && coordinatedGroupWord(end)) {
                end++;
            }
        } else {
            // "in patients and controls alike": the phrase after a preposition, up to "alike"
            end = i + 1;
            while (end < n && end - i <= 6 && t.kind(end) == Kind.WORD && coordinatedGroupWord(end)) {
                end++;
            }
            if (!(end < n && t.isWord(end, "alike"))) {
                return false;
            }
            int start = i;
            while (start - 1 >= 0 && i - start <= 6 && t.kind(start - 1) == Kind.WORD && (coordinatedGroupWord(start - 1)
                    || t.isWord(start - 1, "and"))) {
                start--;
                if (t.isWord(start, "and") && and < 0) {
                    and = start;
                }
            }
            if (and < 0 || !(start - 1 >= 0 && (t.isWord(start - 1, "in") || t.isWord(start - 1, "among")))) {
                return false;
            }
            both = start - 1;
        }
        if (and < 0 || and + 1 >= end) {
            return false;
        }
        boolean firstControl = false;
        boolean secondControl = false;
        for (int q = both + 1; q < end; q++) {
            if (t.kind(q) == Kind.WORD && CONTROL.contains(t.word(q))) {
                if (q < and) {
                    firstControl = true;
                } else {
                    secondControl = true;
                }
            }
        }
        return firstControl != secondControl;
    }

    /** A word that may stand in a side of a coordination of groups: a group noun, a determiner, a modifier; no verb, preposition or clause word. */
    private boolean coordinatedGroupWord(int q) {
        return !(t.isWord(q, "and") || t.isWord(q, "alike") || t.is(q, WordClass.PREP) || t.is(q, WordClass.BE)
                || t.is(q, WordClass.HAVE) || t.is(q, WordClass.COMPARATOR) || t.is(q, WordClass.REL) || t.is(q, WordClass.THAT)
                || t.is(q, WordClass.SUBORD) || t.is(q, WordClass.CONJ) || cues.at(q) != null || t.isEntity(q));
    }

    /**
     * Whether the control word at {@code i} is the negation of another word of {@code [from, to)}:
     * "in both OSAHS smokers and non-smokers compared with the control group" names two groups of
     * interest, with and without the trait, not their control.
     */
    private boolean negatesAnother(int i, int from, int to) {
        String word = t.word(i);
        String trait = word.startsWith("non-") ? word.substring(4)
                : word.startsWith("non") || word.startsWith("un-") ? word.substring(3)
                : word.startsWith("un") ? word.substring(2) : null;
        if (trait == null || trait.isEmpty()) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (j != i && t.isWord(j, trait)) {
                return true;
            }
        }
        return false;
    }
}
