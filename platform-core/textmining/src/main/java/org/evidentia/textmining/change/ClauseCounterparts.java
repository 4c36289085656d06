package org.evidentia.textmining.change;

import static org.evidentia.textmining.change.StatementReader.CONTROL;
import static org.evidentia.textmining.change.StatementReader.GROUP_NOUNS;
import static org.evidentia.textmining.change.StatementReader.OWN_AMOUNT_QUALIFIERS;
import static org.evidentia.textmining.change.StatementReader.RETURN_LEVELS;

import java.util.Set;
import org.evidentia.textmining.internal.structure.TokenizedSentence.Kind;
import org.evidentia.textmining.internal.structure.TokenizedSentence;
import org.evidentia.textmining.internal.structure.WordClass;

/**
 * Which second statements a clause implies beside the changes it states: an unchanged counterpart for each change when
 * the clause contrasts a group without an entity of its own ("In women but not men, NPY was lower"), and the opposite
 * change when the clause goes on to a return to the control level ("... and returned to control levels after T&A").
 *
 * <p>Kept apart because these are decisions about a whole clause, asked once its own statements are read, and each
 * has its exceptions that are easy to lose among the linking of cues: another measured thing set apart ("IL-6, but not
 * CRP, rose"), a control side with no comparator of its own, a difference of significance only, a negated or hedged
 * return. It only answers; {@link StatementReader} adds the statements. Belongs to one sentence's analysis, whose
 * cues it shares; it has no state of its own.
 */
final class ClauseCounterparts {

    /** Verbs of a return to a level: "returned to control levels". */
    private static final Set<String> RETURN_VERBS = StatementReader.WORDS.get("return-verb");
    /** "returned to levels similar to nonpregnant controls". */
    private static final Set<String> SIMILAR = Set.of("similar", "comparable", "close");

    /**
     * A return to the control level read in a clause: where its verb starts in the sentence, the start of each reversed
     * statement's cue; and the phrase that says what brought it back ("after T&A"), {@code [start, end)} in the
     * sentence, or null.
     */
    record Return(int verbStart, int[] cause) {
    }

    private final TokenizedSentence t;
    private final String lower;
    /** The analysis's cues, read as they stand when asked. */
    private final SentenceCues cues;

    ClauseCounterparts(TokenizedSentence t, String lower, SentenceCues cues) {
        this.t = t;
        this.lower = lower;
        this.cues = cues;
    }

    /**
     * "In women but not men, NPY was lower", "High-fat, but not control, diet-fed mice had
     * increased NPY": whether the clause {@code [from, to)} contrasts a group without an entity of its own, which gives
     * each statement of the clause its unchanged counterpart.
     */
    boolean contrastsAGroup(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (t.is(i, WordClass.REL)) {
                return false; // "..., which also exhibited increased NPY1R but not NPY2R": another subject's contrast
            }
            if (!t.isWord(i, "but") || !t.isWord(i + 1, "not")) {
                continue;
            }
            boolean entityInConjunct = false;
            for (int j = i + 2; j < to && j < i + 8; j++) {
                if (t.isEntity(j)) {
                    entityInConjunct = true;
                    break;
                }
                if (t.isWord(j, ",") || t.kind(j) == Kind.OPEN || t.is(j, WordClass.BE) || t.is(j, WordClass.HAVE)
                        || cues.at(j) != null) {
                    break;
                }
            }
            if (entityInConjunct || setsAnotherAmountApart(i, to) || qualifiesSignificance(i + 2, to)
                    || comparatorSetApart(i + 2, from, to)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * "IL-6 levels were higher and IL-10 levels were lower in children with OSA and returned to control
     * levels after T&A": a return to the control, normal or baseline level reverses each change the
     * clause stated before it, a second statement with the opposite direction, caused by what follows
     * ("after T&A"). The clause's first return verb in {@code [from, to)} (its text starting at {@code charFrom}) is
     * read, or null when there is none or it is negated ("did not return to baseline") or hedged.
     */
    Return returnToControl(int from, int to, int charFrom) {
        for (int r = from; r + 2 < to; r++) {
            if (!(t.kind(r) == Kind.WORD && RETURN_VERBS.contains(t.word(r)) && t.isWord(r + 1, "to"))) {
                continue;
            }
            int level = r + 2;
            if (t.is(level, WordClass.DET)) {
                level++;
            }
            boolean toControl = level < to && t.kind(level) == Kind.WORD && (CONTROL.contains(t.word(level))
                    || RETURN_LEVELS.contains(t.word(level))
                    || t.is(level, WordClass.MEASURE) && level + 1 < to && SIMILAR.contains(t.word(level + 1)));
            if (!toControl || negatedReturn(r, from)
                    || Hedging.firstHedgeEnd(lower, charFrom, t.start(r)) != Integer.MAX_VALUE) {
                return null;
            }
            return new Return(t.start(r), causeAfterReturn(level, to));
        }
        return null;
    }

    /**
     * Whether the "but" at {@code but} sets apart another measured thing, not a group: it follows a name or its
     * amount ("Serum IL-17A levels but not Th17 cell numbers were increased", "IL-6, but not CRP, rose") and
     * what follows "not" is no amount of that name ("but not protein", "but not serum levels" still set the
     * name's own amount apart; "but not disease activity" is an amount of something else). What is set apart is
     * no entity, so it has no statement.
     */
    private boolean setsAnotherAmountApart(int but, int to) {
        int before = but - 1;
        if (before >= 0 && t.isWord(before, ",")) {
            before--;
        }
        if (before < 0 || !(t.isEntity(before) || t.is(before, WordClass.MEASURE))) {
            return false;
        }
        boolean qualifiersOnly = true; // no word yet that makes the amount another thing's: "disease" in "disease activity"
        for (int j = but + 2; j < to && !t.isWord(j, ",") && t.kind(j) != Kind.OPEN && !t.is(j, WordClass.BE)
                && !t.is(j, WordClass.HAVE) && cues.at(j) == null; j++) {
            if (t.is(j, WordClass.MEASURE) && qualifiersOnly || j == but + 2 && t.is(j, WordClass.PREP)) {
                return false; // "IL-6 mRNA but not protein", "IL-6 levels but not in CSF": the name's own amount elsewhere
            }
            qualifiersOnly &= t.is(j, WordClass.MEASURE) || OWN_AMOUNT_QUALIFIERS.contains(t.word(j));
        }
        return true;
    }

    /**
     * Whether the conjunct after "but not" at {@code at} names only the control side of a comparative the clause
     * states with no occasion of a change in it: "Plasma IL-6 was higher in patients but not in controls" compares
     * patients with controls, and the controls have no comparator of their own to be unchanged against, so there is
     * no counterpart. The conjunct holds control words and group nouns only, at least one control word ("in
     * healthy controls", "wild-type mice"; not "in disease controls", another group of patients). A clause with an
     * occasion ({@code occasion}: "higher after surgery in patients but not in controls") compares each group with
     * itself before, and a verb of change ("increased in patients but not in controls") may do so too: both keep
     * the counterpart.
     */
    private boolean comparatorSetApart(int at, int from, int to) {
        int j = at;
        while (j < to && (t.is(j, WordClass.PREP) || t.is(j, WordClass.DET))) {
            j++;
        }
        boolean control = false;
        int words = 0;
        for (; j < to && t.kind(j) != Kind.PUNCT && t.kind(j) != Kind.OPEN && t.kind(j) != Kind.CLOSE; j++) {
            if (t.kind(j) != Kind.WORD || !(CONTROL.contains(t.word(j)) || GROUP_NOUNS.contains(t.word(j)))) {
                return false;
            }
            control |= CONTROL.contains(t.word(j));
            words++;
        }
        if (!control || words == 0) {
            return false;
        }
        boolean comparative = false;
        for (int k = from; k < to; k++) {
            if (t.kind(k) == Kind.WORD && StatementReader.OCCASIONS.contains(t.word(k))) {
                return false;
            }
            if (cues.at(k) != null && cues.at(k).direction() != null && !cues.at(k).negated()) {
                String w = t.word(k);
                comparative |= w.endsWith("er") || w.equals("more") || w.equals("less");
            }
        }
        return comparative;
    }

    /**
     * Whether the words from {@code at} say only that a change fell short of significance ("increased, but not
     * significantly", "but not statistically significant"): the guidelines count directions of effect, not
     * significance, so no unchanged counterpart is set beside the change.
     */
    private boolean qualifiesSignificance(int at, int to) {
        int j = at < to && t.isWord(at, "statistically") ? at + 1 : at;
        return j < to && (t.isWord(j, "significantly") || t.isWord(j, "significant") || t.isWord(j, "significance"));
    }

    /** "did not return", "failed to return", "never returned": the change stayed. */
    private boolean negatedReturn(int r, int from) {
        for (int j = r - 1; j >= from && j >= r - 3; j--) {
            if (t.is(j, WordClass.NEG)) {
                return true;
            }
        }
        return false;
    }

    /** The phrase after the level that says what brought it back ("after T&A", "following recovery sleep"), or null. */
    private int[] causeAfterReturn(int level, int to) {
        int q = level + 1;
        while (q < to && !t.is(q, WordClass.PREP)) {
            q++;
        }
        if (q >= to || !(t.isWord(q, "after") || t.isWord(q, "following") || t.isWord(q, "upon") || t.isWord(q, "with"))) {
            return null;
        }
        int end = q + 1;
        while (end < to && !t.isWord(end, ",") && t.kind(end) != Kind.OPEN && !t.is(end, WordClass.CONJ)) {
            end++;
        }
        return end > q + 1 ? new int[] {t.start(q), t.end(end - 1)} : null;
    }
}
