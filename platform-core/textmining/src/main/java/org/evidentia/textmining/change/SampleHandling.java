package org.evidentia.textmining.change;

import static org.evidentia.textmining.change.StatementReader.CONTROL;
import static org.evidentia.textmining.change.StatementReader.GROUP_NOUNS;
import static org.evidentia.textmining.change.StatementReader.TIME_CONTROLS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.evidentia.textmining.internal.structure.TokenizedSentence.Kind;
import org.evidentia.textmining.internal.structure.TokenizedSentence;
import org.evidentia.textmining.internal.structure.WordClass;
import org.evidentia.textmining.lexicon.TermLexicon;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * Which parts of a sentence's clauses name the handling of a sample ("after repeated freeze-thaw cycles", "Freezing
 * reduced IL-6") as the cause of their changes. Such a change is an effect on the measurement, not on the people or
 * cells measured, so {@link StatementReader} states nothing read there.
 *
 * <p>Kept apart because it is a decision about what caused a change, made per clause before any statement is kept, and
 * it needs only the words, the cues and the comparators of groups. Belongs to one sentence's analysis, whose cues it
 * shares; the parts it marks are its only state.
 */
final class SampleHandling {

    /** Handling of a sample before its assay: "after freezing", "after storage at -20 °C", "repeated freeze-thaw cycles". */
    private static final Set<String> PRE_ANALYTIC = StatementReader.WORDS.get("pre-analytic");
    /** The prepositions that open a handling phrase as the cause of a change: "after freezing", "during storage", "by thawing". */
    private static final Set<String> HANDLING_PREPOSITIONS = Set.of("after", "following", "upon", "during", "by", "with", "on");
    /** Steps of processing a sample that a delay before names as its handling: "for 6 h before spinning". */
    private static final Set<String> PRE_ANALYTIC_STEPS = StatementReader.WORDS.get("pre-analytic-step");
    /** Units of time ({@code units.tsv}): "after 12 months" names a span, not an event. */
    private static final Set<String> TIME_UNITS = WordLists.load(TermLexicon.class, "units.tsv").get("time");
    /**
     * Prepositions of time or cause that tell what a change is set against, beside comparators and group words: a part
     * with one before an event states a change of its own ("and IL-8 doubled within 24 h after cardiac surgery").
     */
    private static final Set<String> OWN_CHANGE_PREPOSITIONS = Set.of("after", "following", "upon", "during", "within", "before", "post");

    private final TokenizedSentence t;
    private final PhraseStructure phrases;
    /** The analysis's cues, read as they stand when a clause is marked. */
    private final SentenceCues cues;
    /** For each token, whether it is in a part that names the handling of a sample as the cause of its changes. */
    private final boolean[] handled;

    SampleHandling(TokenizedSentence t, PhraseStructure phrases, SentenceCues cues) {
        this.t = t;
        this.phrases = phrases;
        this.cues = cues;
        this.handled = new boolean[t.size()];
    }

    /** Whether the token at {@code i} is in a part marked by {@link #markHandlingParts}. */
    boolean handled(int i) {
        return handled[i];
    }

    /**
     * Marks in {@link #handled(int)} the parts of the clause {@code [from, to)} that name the handling of a sample
     * ({@code pre-analytic}) as the cause of their changes, and tells whether it marked any. The handling is the
     * cause after a preposition of cause or time with at most two words between ("IL-6 decreased after repeated
     * freeze-thaw cycles", "after storage at -20 °C"), or as the subject before the part's first direction word and
     * name ("Freezing reduced IL-6"); a step of processing ({@code pre-analytic-step}: "spinning") only after
     * "before", "until" or "prior to", so that a delay is one ("Leaving the tubes at room temperature for 6 h before
     * spinning did not change IL-8"). Such a change is an effect on the measurement, not on the people or cells
     * measured. Not where the part also compares groups ("IL-6 was higher in patients than in controls after
     * storage"): the handling is then the samples' common history.
     * <p>
     * A part is the whole clause unless another part joined to it by ", and", ", but", ", yet" or ";" states a change
     * of its own ({@link #handlingPartBoundaries}): in "Storage at -80 °C did not change IL-8, and IL-8 doubled
     * after cardiac surgery" only the first part is the handling's.
     */
    boolean markHandlingParts(int from, int to) {
        List<Integer> bounds = handlingPartBoundaries(from, to);
        boolean any = false;
        for (int b = 0; b + 1 < bounds.size(); b++) {
            int partFrom = bounds.get(b);
            int partTo = bounds.get(b + 1);
            if (handlingCauses(partFrom, partTo)) {
                Arrays.fill(handled, partFrom, partTo, true);
                any = true;
            }
        }
        return any;
    }

    /**
     * Where the parts of the clause {@code [from, to)} begin, and its end: a part begins at the conjunction of ",
     * and", ", but", ", yet" or after a ";" (at the clause's depth) when the part before states a change (a direction
     * word) and the part after names its own subject (a name before its first direction word, which follows) and
     * what its change is set against: a comparator of groups, a group or control word, or a preposition of time or
     * cause naming an event ("and IL-8 doubled within 24 h after cardiac surgery"); or the part after names a
     * handling as its own cause ("IL-8 doubled after surgery, and storage at -80 °C reduced IL-8 by 30%"). "IL-6,
     * IL-8, and TNF-alpha decreased after freezing" (a list), "Freezing reduced IL-6 and increased IL-8" (one
     * subject), "Freezing reduced IL-6, and TNF-alpha was unchanged" and "..., and IL-8 fell after 12 months"
     * (nothing of its own to be set against) stay one part.
     */
    private List<Integer> handlingPartBoundaries(int from, int to) {
        List<Integer> bounds = new ArrayList<>();
        bounds.add(from);
        for (int j = from + 1; j < to; j++) {
            if (t.depth(j) != t.depth(from)) {
                continue;
            }
            int start;
            if (t.isWord(j, ";")) {
                start = j + 1;
            } else if (t.isWord(j, ",") && j + 1 < to && (t.isWord(j + 1, "and") || t.isWord(j + 1, "but") || t.isWord(j + 1, "yet"))) {
                start = j + 1;
            } else {
                continue;
            }
            if (cues.first(bounds.get(bounds.size() - 1), j) != null && (ownChangeFrom(start, to) || handlingCauses(start, to))) {
                bounds.add(start);
            }
        }
        bounds.add(to);
        return bounds;
    }

    /**
     * Whether {@code [start, to)} names a subject (a name before its first direction word, which follows) and what
     * its change is set against ({@link #handlingPartBoundaries}).
     */
    private boolean ownChangeFrom(int start, int to) {
        int cue = -1;
        boolean subject = false;
        for (int q = start; q < to && cue < 0; q++) {
            if (t.isEntity(q)) {
                subject = true;
            } else if (cues.at(q) != null && cues.at(q).direction() != null) {
                cue = q;
            }
        }
        if (!subject || cue < 0) {
            return false;
        }
        for (int q = start; q < to; q++) {
            if (phrases.groupComparator(q) || t.kind(q) == Kind.WORD && (GROUP_NOUNS.contains(t.word(q)) || CONTROL.contains(t.word(q)))
                    || t.kind(q) == Kind.WORD && OWN_CHANGE_PREPOSITIONS.contains(t.word(q)) && namesAnEvent(q + 1, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase at {@code q} after a preposition of time names an event ("after cardiac surgery", "following
     * LPS"), not a span of time ("within 24 h", "after 12 months", "after two years"), which may be the handling's own.
     */
    private boolean namesAnEvent(int q, int to) {
        if (q < to && t.is(q, WordClass.DET)) {
            q++;
        }
        return q < to && (t.isEntity(q) || t.kind(q) == Kind.WORD && !PhraseStructure.NUMBER_WORDS.contains(t.word(q))
                && !TIME_UNITS.contains(t.word(q)));
    }

    /**
     * Whether the part {@code [from, to)} names the handling of a sample as the cause of its changes
     * ({@link #markHandlingParts}).
     */
    private boolean handlingCauses(int from, int to) {
        int handling = -1;
        for (int i = from; i < to && handling < 0; i++) {
            if (t.kind(i) != Kind.WORD) {
                continue;
            }
            if (PRE_ANALYTIC.contains(t.word(i))
                    || PRE_ANALYTIC_STEPS.contains(t.word(i)) && i > from && (t.isWord(i - 1, "before") || t.isWord(i - 1, "until")
                    || i - 1 > from && t.isWord(i - 2, "prior") && t.isWord(i - 1, "to"))) {
                handling = i;
            }
        }
        if (handling < 0) {
            return false;
        }
        boolean cause = false;
        for (int q = handling - 1; q >= from && q >= handling - 3 && t.kind(q) == Kind.WORD && !cause; q--) {
            cause = HANDLING_PREPOSITIONS.contains(t.word(q));
        }
        if (!cause) {
            cause = true;
            for (int q = from; q < handling && cause; q++) {
                cause = !t.isEntity(q) && cues.at(q) == null;
            }
        }
        if (!cause) {
            return false;
        }
        boolean comparator = false;
        boolean group = false;
        for (int q = from; q < to; q++) {
            comparator |= phrases.groupComparator(q);
            group |= t.kind(q) == Kind.WORD && (GROUP_NOUNS.contains(t.word(q))
                    || CONTROL.contains(t.word(q)) && !TIME_CONTROLS.contains(t.word(q)));
        }
        return !(comparator && group);
    }
}
