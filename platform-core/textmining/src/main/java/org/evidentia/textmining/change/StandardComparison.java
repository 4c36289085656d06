package org.evidentia.textmining.change;

import static org.evidentia.textmining.change.StatementReader.CONTROL;
import static org.evidentia.textmining.change.StatementReader.GROUP_NOUNS;
import static org.evidentia.textmining.change.StatementReader.STANDARDS;
import static org.evidentia.textmining.change.StatementReader.TIME_CONTROLS;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.Direction;
import org.evidentia.textmining.change.ChangeCues.Entry;
import org.evidentia.textmining.change.ChangeCues.Polarity;
import org.evidentia.textmining.internal.structure.TokenizedSentence.Kind;
import org.evidentia.textmining.internal.structure.TokenizedSentence;
import org.evidentia.textmining.internal.structure.WordClass;

/**
 * Which comparatives of one sentence compare no group, so that they state no change: one set against a standard, a
 * laboratory reference, a cut-off or earlier studies' values ("higher than the upper reference limit", "Compared with
 * reference values, IL-6 was higher"), or one that ranks an entity's amount against another's ("IL-6 levels were
 * higher than IL-8 levels"); and, after a comparative set against a standard, the comparative that goes on with its
 * subject against a group ("lower than in earlier reports but higher than in controls"), which does state a change.
 *
 * <p>Kept apart from {@link StatementReader}'s linking because it decides whether a comparative is a change at all
 * before any cue is linked, from the comparators around it, and a comparator of groups anywhere beside it keeps the
 * change: the exceptions are many and belong together. Belongs to one sentence's analysis, whose cues and rejected
 * alternatives it reads as they stand; the comparatives it marks and the clauses it has judged are its only state.
 */
final class StandardComparison {

    private final TokenizedSentence t;
    private final ChangeCues changeCues;
    private final PhraseStructure phrases;
    private final Clauses clauses;
    private final ComparisonSides sides;
    private final SentenceCues cues;
    /** Whether each entity is a measured amount. */
    private final boolean[] measured;
    /** The analysis's marks of tokens in a rejected alternative ("rather than reduced NPY levels"), read as they stand. */
    private final boolean[] rejected;
    /**
     * For each token, whether it is a comparative set against a standard ({@link #comparedWithAStandard}): a clause
     * after it may go on with the same subject against a group ("lower than in earlier reports but higher than in
     * controls").
     */
    private final boolean[] standardCompared;
    /** For each clause, whether a comparator in it sets its amounts against a standard ({@link #clauseAgainstAStandard}); null until asked. */
    private Boolean[] standardClause;

    StandardComparison(TokenizedSentence t, ChangeCues changeCues, PhraseStructure phrases, Clauses clauses, ComparisonSides sides,
                       SentenceCues cues, boolean[] measured, boolean[] rejected) {
        this.t = t;
        this.changeCues = changeCues;
        this.phrases = phrases;
        this.clauses = clauses;
        this.sides = sides;
        this.cues = cues;
        this.measured = measured;
        this.rejected = rejected;
        this.standardCompared = new boolean[t.size()];
    }

    /**
     * Whether the comparative at {@code i} sets one entity's amount against another's: "IL-6 levels were
     * higher than IL-8 levels", "more IL-6 than TNF-α", "IL-6 was more abundant than those of IL-8". Such a
     * ranking ("IL-6 > IL-8 > TNF-α" in words) says which was more abundant, not that one changed against a
     * group or state (guidelines v1.2). The same name on both sides ("IL-6 in patients was higher than IL-6
     * in controls") compares groups, and a comparator that is no measured amount ("than IL-1β-stimulated
     * cells") is not another entity's amount.
     */
    boolean ranksAgainstAnotherEntity(int i, Entry e) {
        String w = t.word(i);
        boolean comparative = w.endsWith("er") || w.equals("more") || w.equals("less")
                || e.is(ChangeCues.DEGREE) && i > 0 && (t.isWord(i - 1, "more") || t.isWord(i - 1, "less"));
        if (!comparative) {
            return false;
        }
        int clauseEnd = clauses.get(clauses.of(i))[1];
        int q = i + 1;
        if ((w.equals("more") || w.equals("less")) && q < clauseEnd && t.kind(q) == Kind.WORD && !t.isEntity(q)) {
            Entry next = changeCues.lookup(t.word(q));
            if (next == null || next.is(ChangeCues.DEGREE)) {
                q++; // "more abundant than", "less prevalent than"; not "more elevated than", a change of its own
            }
        }
        while (q < clauseEnd && (t.isEntity(q) || t.is(q, WordClass.MEASURE))) {
            q++; // "higher IL-6 levels than"
        }
        if (!(q < clauseEnd && t.isWord(q, "than"))) {
            return false;
        }
        int than = q;
        q++;
        while (q < clauseEnd && (t.is(q, WordClass.DET) || t.isWord(q, "that") || t.isWord(q, "those") || t.isWord(q, "of")
                || t.is(q, WordClass.MEASURE))) {
            q++; // "than those of", "than the levels of"
        }
        if (!(q < clauseEnd && t.isEntity(q) && measured[t.entity(q)])) {
            return false;
        }
        int clauseStart = clauses.get(clauses.of(i))[0];
        for (int j = clauseStart; j < q; j++) {
            if (t.isEntity(j) && phrases.sameEntity(j, q)) {
                return false;
            }
        }
        return !groupComparatorIn(clauseStart, clauseEnd, than);
    }

    /**
     * Whether the comparative at {@code i} ("higher", "lower", "more", "less", "greater"; "more elevated")
     * sets the amount against a standard rather than a group ({@code standard-of-comparison}): its "than" (within
     * eight words, with no verb, direction word or mark between: "higher IL-6 levels than", "higher in patients
     * than") opens a phrase naming a laboratory
     * reference, a cut-off, a detection limit or earlier studies' values ("than the upper reference limit",
     * "than previously reported in healthy populations", "than in previous studies of healthy adults"). The
     * phrase ends at punctuation, a conjunction, "as", a relative or subordinate word, so that "higher in
     * patients than in controls, as previously reported" keeps its comparison and cites the agreement only. A
     * comparator of groups besides ({@link #groupComparatorIn}: "... than the upper limit of normal in patients
     * compared with controls") keeps the comparative's statement. A comparative set against a standard is marked
     * ({@link #standardCompared}).
     */
    boolean comparedWithAStandard(int i, Entry e) {
        String w = t.word(i);
        if (e.polarity() == Polarity.SAME) {
            return likenedToAStandard(i);
        }
        boolean comparative = w.endsWith("er") || w.equals("more") || w.equals("less")
                || i > 0 && (t.isWord(i - 1, "more") || t.isWord(i - 1, "less"));
        if (!comparative) {
            return false;
        }
        int clauseEnd = clauses.get(clauses.of(i))[1];
        int q = i + 1;
        // "higher IL-6 levels than", "higher in patients than": up to a verb, another direction word or a mark
        while (q < clauseEnd && q <= i + 8 && !t.isWord(q, "than") && (t.kind(q) == Kind.WORD || t.kind(q) == Kind.ENTITY
                || t.kind(q) == Kind.NUMBER) && !t.is(q, WordClass.BE) && !t.is(q, WordClass.HAVE)
                && (t.kind(q) != Kind.WORD || changeCues.lookup(t.word(q)) == null)) {
            q++;
        }
        if (!(q < clauseEnd && t.isWord(q, "than"))) {
            return false;
        }
        return standardNamedAfter(i, q, clauseEnd);
    }

    /**
     * Whether the word of likeness at {@code i} ("similar", "comparable") likens the amount to a standard rather than
     * to a group: its "to" or "with" (right after it) opens a phrase naming one within ten words, with no mark
     * between ("IL-6 concentrations comparable with those typically observed after infection", "similar to
     * previously reported values"). Such a likeness says how large an amount was, not that it did not change;
     * a comparator of groups besides keeps the statement, as for a comparative ({@link #groupComparatorBeside}).
     */
    private boolean likenedToAStandard(int i) {
        int q = i + 1;
        int clauseEnd = clauses.get(clauses.of(i))[1];
        if (!(q < clauseEnd && (t.isWord(q, "to") || t.isWord(q, "with")))) {
            return false;
        }
        return standardNamedAfter(i, q, clauseEnd);
    }

    /**
     * Whether the phrase after the comparator word at {@code q} ("than", or a likeness's "to" or "with"), up to a
     * mark, a conjunction, "as", a relative or subordinate word and at most ten words, names a standard; then marks the
     * direction word at {@code i} as set against it ({@link #standardCompared}), unless a comparator of groups stands
     * besides: "higher than the upper limit of normal in patients compared with controls" still compares groups.
     */
    private boolean standardNamedAfter(int i, int q, int clauseEnd) {
        int end = q + 1;
        while (end < clauseEnd && end <= q + 10 && (t.kind(end) == Kind.WORD || t.kind(end) == Kind.NUMBER)
                && !t.is(end, WordClass.CONJ) && !t.is(end, WordClass.REL) && !t.is(end, WordClass.SUBORD)
                && !t.isWord(end, "as")) {
            end++;
        }
        for (int k = q + 1; k < end; k++) {
            for (String[] standard : STANDARDS) {
                if (k + standard.length <= end && t.isWords(k, standard)) {
                    standardCompared[i] = !groupComparatorBeside(clauses.get(clauses.of(i))[0], clauseEnd, q, end);
                    return standardCompared[i];
                }
            }
        }
        return false;
    }

    /**
     * Whether clause {@code c} sets its amounts against a standard with a comparator other than "than" ("compared
     * with", "relative to", "versus"), whose phrase (up to punctuation, a conjunction, "as", a relative or
     * subordinate word; at most ten words) names one ({@code standard-of-comparison}): "Compared with reference values
     * from healthy adults, IL-6 was higher", "IL-6 was elevated relative to the reference range". A clause that opens
     * with such a phrase sets the next clause's amounts against it too ("Compared with published values, the IL-6
     * levels were higher"). No other comparator of groups may stand in the clause: "Compared with reference values,
     * IL-6 was higher in patients than in controls" still compares groups.
     */
    boolean clauseAgainstAStandard(int c) {
        if (standardClause == null) {
            standardClause = new Boolean[clauses.size()];
        }
        if (standardClause[c] == null) {
            int[] clause = clauses.get(c);
            int standard = sides.standardComparator(clause[0], clause[1]);
            boolean against = standard >= 0 && !otherGroupComparator(clause[0], clause[1], standard);
            if (!against && standard < 0 && c > 0) {
                int[] before = clauses.get(c - 1);
                int lead = before[0];
                while (lead < before[1] && (t.is(lead, WordClass.ADV) || t.isWord(lead, ","))) {
                    lead += t.phraseLength(lead);
                }
                against = sides.standardComparator(before[0], before[1]) == lead && !cues.any(before[0], before[1])
                        && !otherGroupComparator(clause[0], clause[1], -1);
            }
            standardClause[c] = against;
        }
        return standardClause[c];
    }

    /** Whether a comparator of groups other than the one at {@code standard} stands in {@code [from, to)}. */
    private boolean otherGroupComparator(int from, int to, int standard) {
        for (int j = from; j < to; j++) {
            if (j != standard && phrases.groupComparator(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comparative of a clause that goes on, after "but", "yet" or "and", with the subject of the clause before,
     * whose own comparative was set against a standard ({@link #standardCompared}): "IL-8 was lower than in earlier
     * reports but higher than in controls". Past adverbs, "not", a form of "be" or "do" the clause opens with a
     * direction word that a comparator of groups follows in the clause, or a word of sameness that "to", "with" or
     * "from" and a group or control word follow ("but similar to controls", "but did not differ from that of healthy
     * volunteers"; not "but similar to published values"); else -1.
     */
    int comparativeAfterAStandard(int from, int to) {
        if (!(t.isWord(from, "but") || t.isWord(from, "yet") || t.isWord(from, "and"))) {
            return -1;
        }
        int i = from + 1;
        while (i < to && t.kind(i) == Kind.WORD && cues.at(i) == null
                && (t.is(i, WordClass.ADV) || t.is(i, WordClass.NEG) || t.is(i, WordClass.BE) || t.is(i, WordClass.DO))) {
            i++;
        }
        if (i >= to || cues.at(i) == null || cues.at(i).direction() == null || rejected[i] || cues.at(i).polarity() == Polarity.CAUSE) {
            return -1;
        }
        for (int q = i + 1; q < to; q++) {
            if (phrases.groupComparator(q)) {
                return i;
            }
        }
        if (cues.at(i).direction() == Direction.UNCHANGED && i + 1 < to
                && (t.isWord(i + 1, "to") || t.isWord(i + 1, "with") || t.isWord(i + 1, "from"))) {
            boolean group = false;
            for (int q = i + 2; q < to && !group; q++) {
                if (t.kind(q) == Kind.WORD) {
                    for (String[] standard : STANDARDS) {
                        if (q + standard.length <= to && t.isWords(q, standard)) {
                            return -1; // "but similar to values reported in healthy adults"
                        }
                    }
                    group = GROUP_NOUNS.contains(t.word(q)) || CONTROL.contains(t.word(q)) && !TIME_CONTROLS.contains(t.word(q));
                }
            }
            return group ? i : -1;
        }
        return -1;
    }

    /**
     * In one clause, the conjunction and comparative of a part that goes on with the subject of a comparative set
     * against a standard before it ({@link #comparativeAfterAStandard} from an "and", "but" or "yet" after the
     * standard, before another name): "IL-10 was higher than expected, and higher than in healthy volunteers", where
     * ", and" opens no clause of its own; else null.
     */
    int[] comparativeJoinedToAStandard(int from, int to) {
        int standard = -1;
        for (int i = from; i < to && standard < 0; i++) {
            if (standardCompared[i]) {
                standard = i;
            }
        }
        for (int j = standard + 1; standard >= 0 && j < to && !t.isEntity(j); j++) {
            if (t.depth(j) == t.depth(from) && (t.isWord(j, "and") || t.isWord(j, "but") || t.isWord(j, "yet"))) {
                int cue = comparativeAfterAStandard(j, to);
                if (cue >= 0) {
                    return new int[] {j, cue};
                }
            }
        }
        return null;
    }

    /** The measured names of {@code [from, to)} that stand before a comparative set against a standard in it: its subjects. */
    List<Integer> subjectsOfAStandard(int from, int to) {
        int standard = -1;
        for (int i = from; i < to && standard < 0; i++) {
            if (standardCompared[i]) {
                standard = i;
            }
        }
        List<Integer> subjects = new ArrayList<>();
        for (int i = from; i < standard; i++) {
            if (t.isEntity(i) && measured[t.entity(i)]) {
                subjects.add(i);
            }
        }
        return subjects;
    }

    /**
     * Whether a comparator of groups stands in the clause besides the standard's "than" at {@code than}: before the
     * clause's first name ("Compared with controls, ..."), in the "than" phrase {@code (than, end)} after the
     * standard, whose words ("limit", "normal") may be direction words, or after it up to a verb or direction word
     * ({@link #groupComparatorIn}'s bounds).
     */
    private boolean groupComparatorBeside(int clauseStart, int clauseEnd, int than, int end) {
        for (int j = than + 1; j < end; j++) {
            if (phrases.groupComparator(j)) {
                return true;
            }
        }
        return groupComparatorIn(clauseStart, clauseEnd, end - 1);
    }

    /**
     * Whether the ranking's clause also compares groups or states: "IL-6 levels were higher than IL-10 levels
     * compared with healthy controls", "... than IL-8 in RA patients than in OA patients", or a comparator before
     * the clause's first entity. The comparative then states the first entity's change against it. A comparator
     * after a verb or direction word belongs to another statement ("CRP was higher than in controls, and IL-6 was
     * higher than IL-8", "IL-10 in patients was higher than IL-10 in controls, and IL-6 was higher than IL-8").
     */
    private boolean groupComparatorIn(int clauseStart, int clauseEnd, int rankingThan) {
        for (int j = clauseStart; j < clauseEnd && !t.isEntity(j) && !endsComparatorSearch(j); j++) {
            if (phrases.groupComparator(j)) {
                return true;
            }
        }
        for (int j = rankingThan + 1; j < clauseEnd && !endsComparatorSearch(j); j++) {
            if (phrases.groupComparator(j)) {
                return true;
            }
        }
        return false;
    }

    /** A verb or direction word at {@code j}: a comparator after it belongs to its statement. */
    private boolean endsComparatorSearch(int j) {
        return t.isWord(j, ";") || t.is(j, WordClass.BE) || t.is(j, WordClass.HAVE)
                || t.kind(j) == Kind.WORD && changeCues.lookup(t.word(j)) != null;
    }
}
