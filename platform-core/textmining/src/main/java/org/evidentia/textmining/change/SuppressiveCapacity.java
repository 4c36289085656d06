package org.evidentia.textmining.change;

import java.util.Set;
import org.evidentia.textmining.change.ChangeCues.Polarity;
import org.evidentia.textmining.change.StatementReader.Cue;
import org.evidentia.textmining.internal.structure.TokenizedSentence.Kind;
import org.evidentia.textmining.internal.structure.TokenizedSentence;
import org.evidentia.textmining.internal.structure.WordClass;

/**
 * Which cues of a sentence change a capacity to suppress an amount rather than the amount: "The capacity of
 * dexamethasone to suppress IL-6 was diminished", "IL-10-mediated suppression of TNF was attenuated in patients",
 * "reduced inhibition of IL-6 by dexamethasone", "its ability to suppress IL-12". A capacity changed is the strength of a
 * response; the amount in either group is only implied, which the guidelines do not count as a finding, so
 * {@link StatementReader} states nothing from a marked cue.
 *
 * <p>Kept apart because it is one decision (is this change a capacity's?) asked at two moments: while a predicate is
 * linked to its subject ({@link #inSubject}, whose cues the linking then marks) and once every cue is linked
 * ({@link #markSuppressionStrengths}). It needs only the words, the cues and the clauses. Belongs to one sentence's
 * analysis, whose cues it shares; the marks are its only state.
 */
final class SuppressiveCapacity {

    /** Nouns of a capacity to change an amount: "the capacity of dexamethasone to suppress IL-6 was diminished". */
    private static final Set<String> CAPACITY_NOUNS = StatementReader.WORDS.get("capacity-noun");
    /** Participles of an agent before a noun of suppression: "IL-10-mediated suppression of TNF". */
    private static final Set<String> AGENT_SUFFIXES = StatementReader.WORDS.get("agent-suffix");
    /** Adjectives of suppression before "effect of": "the inhibitory effect of insulin on CCL2 expression was blunted". */
    private static final Set<String> SUPPRESSIVE_ADJECTIVES = StatementReader.WORDS.get("suppressive-adjective");

    private final TokenizedSentence t;
    private final int n;
    private final Clauses clauses;
    /** The analysis's cues, read as they stand when asked. */
    private final SentenceCues cues;
    /** For each token, whether it is a cue that changes a capacity to suppress, whose statements are left out. */
    private final boolean[] marked;

    SuppressiveCapacity(TokenizedSentence t, Clauses clauses, SentenceCues cues) {
        this.t = t;
        this.n = t.size();
        this.clauses = clauses;
        this.cues = cues;
        this.marked = new boolean[n];
    }

    /** Whether the cue at {@code i} changes a capacity to suppress, so that nothing is stated from it. */
    boolean marked(int i) {
        return marked[i];
    }

    /** Marks the tokens {@code [from, to]}, a subject naming a capacity ({@link #inSubject}) up to its predicate. */
    void mark(int from, int to) {
        for (int q = from; q <= to; q++) {
            marked[q] = true;
        }
    }

    /**
     * Where the subject of a predicate, in {@code [from, to]} (its clause up to it), names a capacity to suppress an
     * amount rather than the amount, or -1 when it does not: a noun of capacity with "of" or "to" after it and a word
     * of less after that ("The capacity of dexamethasone to suppress production of IL-6 was diminished"), or a noun
     * of suppression with its agent before it ("IL-10-mediated suppression of TNF production was attenuated in
     * patients"). The predicate changes the capacity, a response's strength; the amount in either group is only
     * implied, which the guidelines do not count as a finding, so neither the predicate nor the suppression inside
     * states one. A capacity to produce ("the capacity of monocytes to produce IL-6 was increased") is the amount's.
     * The capacity's subject ends with its clause: once it has its verb, a comma and a conjunction begin another
     * clause, whose predicate is the amount's again ("..., and basal IL-8 release was higher in patients").
     */
    int inSubject(int from, int to) {
        int capacity = -1;
        int found = -1;
        boolean finite = false; // a finite verb after the capacity's noun: its own predicate
        for (int q = from; q <= to; q++) {
            if (t.kind(q) == Kind.WORD && q + 1 <= to && CAPACITY_NOUNS.contains(t.word(q))
                    && (t.isWord(q + 1, "of") || t.isWord(q + 1, "to"))) {
                capacity = q;
                finite = false;
            } else if (q > from && q + 1 <= to && (t.isWord(q, "effect") || t.isWord(q, "effects") || t.isWord(q, "action"))
                    && t.isWord(q + 1, "of") && (cues.at(q - 1) != null && cues.at(q - 1).polarity() == Polarity.DOWN
                    || t.kind(q - 1) == Kind.WORD && SUPPRESSIVE_ADJECTIVES.contains(t.word(q - 1)))) {
                // "the inhibitory effect of insulin on CCL2 expression was blunted": a capacity to suppress, its word of less before it
                capacity = q - 1;
                found = found >= 0 ? found : capacity;
                finite = false;
                continue;
            } else if ((capacity >= 0 || found >= 0) && (t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE))) {
                finite = true;
            } else if (found >= 0 && finite && q + 1 <= to && t.kind(q) == Kind.PUNCT && ",".equals(t.word(q))
                    && t.is(q + 1, WordClass.CONJ)) {
                // "Glucocorticoid sensitivity of IL-8 release was reduced ..., and basal IL-8 release was higher in
                // patients": the capacity's clause has ended, and the next one states its own amount
                capacity = -1;
                found = -1;
                finite = false;
                continue;
            }
            Cue cue = cues.at(q);
            if (found >= 0 || cue == null || cue.polarity() != Polarity.DOWN) {
                continue;
            }
            String before = q > from ? t.word(q - 1) : "";
            if (capacity >= 0) {
                found = capacity;
            } else if (cue.is(ChangeCues.NOUN) && AGENT_SUFFIXES.contains(before.substring(before.lastIndexOf('-') + 1))) {
                found = q - 1;
            }
        }
        return found;
    }

    /**
     * A noun of suppression whose strength the sentence measures states no amount (as a capacity to suppress does,
     * {@link #inSubject}): "reduced inhibition of IL-6 by dexamethasone" (a direction word before it and
     * the agent after "by") and "resistance to glucocorticoid inhibition of IL-1β release" (after "resistance to" or
     * "resistant to", past up to two words of its agent). Both the noun's and the direction word's links are left out.
     */
    void markSuppressionStrengths() {
        for (int i = 1; i < n; i++) {
            Cue c = cues.at(i);
            if (c != null && c.polarity() == Polarity.DOWN && capacityInfinitive(i)) {
                marked[i] = true; // "IL-4 lost its ability to suppress IL-12 production": what it can do, no result
                continue;
            }
            if (c == null || !c.is(ChangeCues.NOUN) || c.polarity() != Polarity.DOWN) {
                continue;
            }
            int p = i - 1;
            while (p > 0 && t.is(p, WordClass.ADV) && cues.at(p) == null) {
                p--;
            }
            if (cues.at(p) != null && cues.at(p).direction() != null && !cues.at(p).is(ChangeCues.NOUN) && agentAfterBy(i)) {
                marked[p] = true;
                marked[i] = true;
                continue;
            }
            for (int q = i - 1; q >= 1 && q >= i - 3; q--) {
                if (t.isWord(q, "to") && (t.isWord(q - 1, "resistance") || t.isWord(q - 1, "resistant"))) {
                    marked[i] = true;
                    break;
                }
                if (t.kind(q) != Kind.WORD || t.isEntity(q) || cues.at(q) != null) {
                    break;
                }
            }
        }
    }

    /**
     * Whether the word at {@code i} is the infinitive of a capacity's noun ({@code capacity-noun}): "its ability to
     * suppress", "a reduced capacity of hydrocortisone to suppress" (the noun, "of" and up to five words of its agent
     * before "to"). It names what the capacity is of, not a change that happened; the capacity's own change is read by
     * {@link #inSubject}, which still sees the infinitive as a cue.
     */
    private boolean capacityInfinitive(int i) {
        if (i < 2 || !t.isWord(i - 1, "to")) {
            return false;
        }
        for (int q = i - 2; q >= 0 && q >= i - 8; q--) {
            if (t.kind(q) == Kind.WORD && CAPACITY_NOUNS.contains(t.word(q))) {
                return q == i - 2 || t.isWord(q + 1, "of");
            }
            if (t.kind(q) == Kind.PUNCT || t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE) || cues.at(q) != null) {
                return false;
            }
        }
        return false;
    }

    /** Whether the phrase of the noun at {@code i} names its agent after "by": "inhibition of IL-6 release by dexamethasone". */
    private boolean agentAfterBy(int i) {
        int end = clauses.get(clauses.of(i))[1];
        for (int q = i + 1; q < end && q <= i + 10; q++) {
            if (t.isWord(q, "by")) {
                return q > i + 2 && q + 1 < end && (t.kind(q + 1) == Kind.WORD || t.isEntity(q + 1)); // not "by 40%"
            }
            if (cues.at(q) != null || t.kind(q) == Kind.PUNCT && !t.isWord(q, ",") || t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE)
                    || t.is(q, WordClass.REL) || t.is(q, WordClass.THAT) || t.is(q, WordClass.SUBORD)) {
                return false;
            }
        }
        return false;
    }
}
