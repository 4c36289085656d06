package org.evidentia.textmining.change;

import java.util.List;
import java.util.Set;
import org.evidentia.textmining.change.ChangeCues.Entry;
import org.evidentia.textmining.change.ChangeCues.Polarity;
import org.evidentia.textmining.internal.structure.TokenizedSentence.Kind;
import org.evidentia.textmining.internal.structure.TokenizedSentence;
import org.evidentia.textmining.internal.structure.WordClass;
import org.evidentia.textmining.lexicon.TermLexicon;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * Where the phrases of one tokenized sentence begin and end, and which position a word holds in them: where a clause
 * opens, whether a word stands as a noun, after "be", before its object, in a coordination, whether it compares groups,
 * how far a phrase reaches, and whether two names name the same entity (by the identities the caller gave, else by
 * their spelling).
 *
 * <p>These are questions about the sentence's words alone, asked again and again while {@link StatementReader} links its
 * direction words to their entities; they are kept apart from that linking so that a decision about what a cue states
 * is not mixed with how the words are arranged, and so that no answer here can depend on what the analysis found so far
 * (cues, clauses, links): one instance answers the same for the whole sentence. Its word lists are the kit's
 * statement words. Immutable; one is built for each sentence's analysis.
 */
final class PhraseStructure {

    /** Number words that count a multiplier: "three times higher". */
    static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "several", "many");
    /** Units of time: a number word before one follows a predicate ("increased two days after"), it counts no object. */
    private static final Set<String> TIME_UNITS = WordLists.load(TermLexicon.class, "units.tsv").get("time");
    /** Units of an amount: a number word before one says by how much ("increased two percent", "ten points"). */
    private static final Set<String> AMOUNT_UNITS = StatementReader.WORDS.get("amount-unit");
    /** Words of an order in time after "both the": "increased both the first and second day" follows its predicate. */
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "last", "next", "previous", "same");
    /** Words that may follow a predicate ("were higher in", "increased after"), not an object noun. */
    static final Set<String> PREDICATE_FOLLOWERS = StatementReader.WORDS.get("predicate-follower");
    /** Verbs of the predicate's auxiliary zone: "was found to be", "tended to be". */
    static final Set<String> RAISING = StatementReader.WORDS.get("raising-verb");
    /** Terms that begin with a direction word but state no change: "reverse transcriptase", "high-fat diet". */
    private static final Set<String> TERMS = StatementReader.WORDS.get("term");
    /** Verbs after a noun of difference: "no significant difference emerged between". */
    static final Set<String> EXISTENCE = StatementReader.WORDS.get("existence");
    /** What may follow a predicate of absence for it to state one: "were not observed in the controls". */
    private static final Set<String> ABSENCE_FOLLOWERS = StatementReader.WORDS.get("absence-followers");

    private final TokenizedSentence t;
    private final int n;
    private final ChangeCues cues;
    /** Each entity's identity, or null: then its spelling tells one entity from another. */
    private final List<String> identities;

    PhraseStructure(TokenizedSentence t, ChangeCues cues, List<String> identities) {
        this.t = t;
        this.n = t.size();
        this.cues = cues;
        this.identities = identities;
    }

    int tokenOfEntity(int entity) {
        for (int i = 0; i < n; i++) {
            if (t.entity(i) == entity) {
                return i;
            }
        }
        return -1;
    }

    /** "whereas", "while", "although", "however", "in contrast", and "but" (not "but not", "but also"). */
    boolean opensClause(int i) {
        if (t.kind(i) != Kind.WORD) {
            return false;
        }
        if (t.isWord(i, "but")) {
            return !t.isWord(i + 1, "not") && !t.isWord(i + 1, "also") && !notOnlyBefore(i);
        }
        String w = t.word(i);
        return (w.equals("whereas") || w.equals("while") || w.equals("whilst") || w.equals("although")
                || w.equals("though") || w.equals("however") || w.equals("conversely") || w.equals("yet")
                || (t.is(i, WordClass.SUBORD) && t.phraseLength(i) > 1 && (w.equals("in") || w.equals("by") || w.equals("on"))))
                && i > 0;
    }

    /**
     * Whether the contrast word at {@code i} stands between commas after a name or its amount and before that name's
     * predicate ("TNF-α, by contrast, was decreased", "IL-10 levels, however, were lower"): an aside within one
     * clause, not the start of another, so that the name keeps its own predicate.
     */
    boolean interjectedContrast(int i) {
        if (i < 2 || !opensClause(i) || !t.isWord(i - 1, ",") || !(t.isEntity(i - 2) || t.is(i - 2, WordClass.MEASURE))
                || t.isWord(i, "but") || t.isWord(i, "whereas") || t.isWord(i, "while") || t.isWord(i, "whilst")
                || t.isWord(i, "although") || t.isWord(i, "yet")) {
            return false;
        }
        int q = i + Math.max(1, t.phraseLength(i));
        if (q + 1 >= n || !t.isWord(q, ",")) {
            return false;
        }
        int v = q + 1;
        while (v < n - 1 && t.is(v, WordClass.ADV)) {
            v++;
        }
        return t.is(v, WordClass.BE) || t.is(v, WordClass.HAVE) || t.kind(v) == Kind.WORD && cues.lookup(t.word(v)) != null;
    }

    private boolean notOnlyBefore(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 25; j--) {
            if (t.isWord(j, "only") && j > 0 && t.isWord(j - 1, "not")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A semicolon between items of a list of entities: "NPY; NT-3/4/5; CGRP; and substance P were overexpressed". Not
     * when the parts on both sides of it state a direction of their own ("an increase in IL-6, IL-8 and IL-1beta;
     * TNF-alpha decreased at 24 h"): then each is a clause, and neither part's direction reaches the other's names.
     */
    boolean semicolonInList(int i) {
        if (directionWordInPart(i, -1) && directionWordInPart(i, 1)) {
            return false;
        }
        int next = i + 1;
        if (next < n && t.is(next, WordClass.CONJ)) {
            next += t.phraseLength(next);
        }
        if (next >= n || !t.isEntity(next)) {
            return false;
        }
        int before = i - 1;
        if (before >= 0 && t.kind(before) == Kind.CLOSE && t.match(before) >= 0) {
            before = t.match(before) - 1;
        }
        return before >= 0 && t.isEntity(before);
    }

    /**
     * Whether the part of the sentence beside semicolon {@code i}, before it ({@code step} -1) or after it (+1) up to
     * the next semicolon outside brackets, holds a word of a direction (a cue of more, less, the same or a cause).
     * Read from the cue list alone, since the clauses (which cues need) are not found yet.
     */
    private boolean directionWordInPart(int i, int step) {
        for (int k = i + step; k >= 0 && k < n; k += step) {
            if (t.depth(k) == 0 && t.isWord(k, ";")) {
                return false;
            }
            if (t.kind(k) != Kind.WORD || termStart(k)) {
                continue;
            }
            Entry e = cues.lookup(t.word(k));
            if (e != null && e.polarity() != Polarity.NEUTRAL) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code i} begins a term that states no change ("reverse transcriptase", "high-fat"). */
    boolean termStart(int i) {
        String w = t.word(i);
        return TERMS.contains(w) || i + 1 < n && (TERMS.contains(w + " " + t.word(i + 1))
                || TERMS.contains(w + " " + firstPart(t.word(i + 1))));
    }

    private static String firstPart(String word) {
        int dash = word.indexOf('-');
        return dash > 0 ? word.substring(0, dash) : word;
    }

    /** "CGRP-induced", "BDNF-inducible": a word attached by a dash to a name names a stimulus, it states no change. */
    boolean attachedSuffix(int i) {
        char c = t.text().charAt(t.start(i));
        return t.glued(i) && (c == '-' || c == '\u2010' || c == '\u2011');
    }

    String entityText(int token) {
        return t.text().substring(t.start(token), t.end(token));
    }

    /** Whether the names at {@code token} and {@code other} name the same entity. */
    boolean sameEntity(int token, int other) {
        if (identities != null) {
            return identities.get(t.entity(token)).equals(identities.get(t.entity(other)));
        }
        return entityText(token).equalsIgnoreCase(entityText(other));
    }

    /**
     * Whether the predicate of absence ends at {@code next}: the clause ends, or a group, time or
     * treatment follows ("in the controls", "after training"). Anything else makes it another statement:
     * "not observed to be associated with", "not seen until day 7", "not detected by ELISA", "not
     * detected previously", "not observed only in".
     */
    boolean closesPredicate(int next, int clauseEnd) {
        return next >= clauseEnd || t.kind(next) == Kind.PUNCT
                || t.kind(next) == Kind.WORD && ABSENCE_FOLLOWERS.contains(t.word(next));
    }

    int skipAdverbs(int from, int to) {
        int k = from;
        while (k < to && t.kind(k) == Kind.WORD && (t.is(k, WordClass.ADV) || t.word(k).endsWith("ly"))) {
            k++;
        }
        return k;
    }

    boolean coordinated(int a, int b) {
        for (int j = a + 1; j < b; j++) {
            if (!(t.isWord(j, ",") || t.is(j, WordClass.CONJ) || t.is(j, WordClass.ADV))) {
                return false;
            }
        }
        return b > a + 1;
    }

    /** Whether the word at {@code j}, past its determiners and adverbs, follows "and", "or", "as well as" or a comma. */
    boolean coordinated(int j) {
        int p = j - 1;
        while (p >= 0 && (t.is(p, WordClass.DET) || t.is(p, WordClass.ADV))) {
            p--;
        }
        if (p >= 0 && (t.is(p, WordClass.CONJ) || t.isWord(p, ","))) {
            return true;
        }
        for (int q = Math.max(0, p - 2); q < p; q++) {
            if (t.is(q, WordClass.CONJ) && q + t.phraseLength(q) - 1 == p) {
                return true; // a conjunction of words, "as well as", "along with", ends at p
            }
        }
        return false;
    }

    /** Whether what follows a verb can be its object: a noun phrase, not a preposition or the clause's end. */
    boolean objectStarts(int i) {
        int q = i + t.phraseLength(i);
        while (q < n && t.is(q, WordClass.ADV) && !t.isEntity(q)) {
            q++;
        }
        if (q >= n) {
            return false;
        }
        if (t.isEntity(q) || t.is(q, WordClass.DET) || t.kind(q) == Kind.NUMBER) {
            return true;
        }
        return t.kind(q) == Kind.WORD && !t.is(q, WordClass.PREP) && !t.is(q, WordClass.CONJ)
                && !t.is(q, WordClass.SUBORD) && !t.is(q, WordClass.COMPARATOR) && !t.is(q, WordClass.REL)
                && !t.is(q, WordClass.THAT) && !t.is(q, WordClass.BE) && !t.isWord(q, "but");
    }

    /** Whether an article or "no", which begin a noun phrase, stands in {@code [from, to)} ("both" may stand before a verb). */
    boolean determinerBetween(int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (t.isWord(k, "a") || t.isWord(k, "an") || t.isWord(k, "the") || t.isWord(k, "no")) {
                return true;
            }
        }
        return false;
    }

    /** The first token of an adverb phrase of several words ("in vitro", "ex vivo") whose last token is {@code p}, or -1. */
    int adverbPhraseEndingAt(int p) {
        for (int q = p - 1; q >= 0 && q >= p - 3; q--) {
            if (t.phraseLength(q) == p - q + 1 && t.is(q, WordClass.ADV)) {
                return q;
            }
        }
        return -1;
    }

    /** The agent of a passive predicate: "LPS" in "NPY was induced by LPS". */
    int[] agentAfter(int cue) {
        int q = cue + 1;
        while (q < n && t.is(q, WordClass.ADV)) {
            q++;
        }
        if (q >= n || !t.isWord(q, "by")) {
            return null;
        }
        int end = q + 1;
        while (end < n && end < q + 7 && !t.isWord(end, ",") && !t.isWord(end, ";") && t.kind(end) != Kind.OPEN
                && !t.is(end, WordClass.BE) && !t.is(end, WordClass.SUBORD) && !t.is(end, WordClass.COMPARATOR)) {
            end++;
        }
        return end > q + 1 ? new int[] {t.start(q + 1), t.end(end - 1)} : null;
    }

    /** Whether the word at {@code p} ends a conjunction of several words: "as well as", "along with". */
    boolean endsConjunctionPhrase(int p) {
        for (int k = 1; k <= 3 && p - k >= 0; k++) {
            if (t.is(p - k, WordClass.CONJ) && t.phraseLength(p - k) == k + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code p} is an adverb of the direction word at {@code cue}: an adverb, or
     * "significant" right before it, written for "significantly" ("a significant higher IL-6 level
     * was observed", "IL-6 was significant lower").
     */
    boolean adverbial(int p, int cue) {
        return t.is(p, WordClass.ADV) || p == cue - 1 && t.isWord(p, "significant");
    }

    /** Whether the word at {@code i} follows a form of "be" (adverbs and negations between): a passive or predicative use. */
    boolean afterBe(int i) {
        int p = i - 1;
        while (p >= 0 && (adverbial(p, i) || t.is(p, WordClass.NEG) && t.kind(p) == Kind.WORD)) {
            p--;
        }
        return p >= 0 && (t.is(p, WordClass.BE) && !existentialBe(p)
                || RAISING.contains(t.word(p)) && p > 0 && t.is(p - 1, WordClass.BE));
    }

    /**
     * Whether the "be" at {@code p} is existential: "there was decreased level of IL-6", "there were
     * higher IL-6 levels". What follows it is its noun phrase, a direction word in it a modifier, not a predicate.
     */
    boolean existentialBe(int p) {
        return t.is(p, WordClass.BE) && p > 0 && t.isWord(p - 1, "there");
    }

    /** Whether a noun cue heads a phrase: "an increase in", "the rise of", "induction of". */
    boolean nounPosition(int i) {
        int q = phraseEnd(i);
        // "a reduction (P < 0.01) of IL-6": an aside without names between the noun and its "of"
        if (q < n && t.kind(q) == Kind.OPEN && t.match(q) > q && !entityWithin(q, t.match(q))) {
            q = t.match(q) + 1;
        }
        // "no significant difference emerged between", "no change was found in"
        int verbs = 0;
        while (q < n && verbs < 2 && t.kind(q) == Kind.WORD && EXISTENCE.contains(t.word(q))) {
            q++;
            verbs++;
        }
        return q < n && (t.isWord(q, "in") || t.isWord(q, "of") || t.isWord(q, "on") || t.isWord(q, "for")
                || t.isWord(q, "between") || t.isWord(q, "among"));
    }

    /**
     * Where the phrase of the cue at {@code i} goes on: after the cue, or, for a cue that is all a
     * bracket after a word holds ("the change (increase) of IL-6"), after the closing bracket: the
     * bracket names the direction of the word before it, and the phrase continues past it.
     */
    int phraseEnd(int i) {
        int q = i + t.phraseLength(i);
        boolean alone = i >= 2 && t.kind(i - 1) == Kind.OPEN && t.match(i - 1) == q && t.kind(i - 2) == Kind.WORD
                && !t.isEntity(i - 2);
        return alone ? q + 1 : q;
    }

    private boolean entityWithin(int open, int close) {
        for (int m = open + 1; m < close; m++) {
            if (t.isEntity(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many tokens a multiplier that ends at {@code j} spans ("3-fold", "three times", "2.5
     * times"), or 0: it qualifies the cue after it as an adverb does.
     */
    int multiplierEndingAt(int j, int clauseStart) {
        if (t.kind(j) == Kind.NUMBER && t.word(j).endsWith("fold")) {
            return 1;
        }
        if (t.isWord(j, "times") && j - 1 >= clauseStart
                && (t.kind(j - 1) == Kind.NUMBER || NUMBER_WORDS.contains(t.word(j - 1)))) {
            return 2;
        }
        return 0;
    }

    boolean objectFollows(int i) {
        int q = i + 1;
        while (q < n && t.is(q, WordClass.ADV) && !PREDICATE_FOLLOWERS.contains(t.word(q))) {
            q++;
        }
        if (q >= n) {
            return false;
        }
        if (t.isEntity(q) || t.is(q, WordClass.DET) && !t.isWord(q, "both") && !t.isWord(q, "all")) {
            return true;
        }
        if ((t.isWord(q, "both") || t.isWord(q, "all")) && q + 1 < n) {
            // "increased both in serum and in CSF" follows a predicate; "reduced all three cytokines" and "both the" begin an object
            q++;
            if (t.isEntity(q)) {
                return true;
            }
            if (t.is(q, WordClass.DET)) {
                return q + 1 < n && !ORDINALS.contains(t.word(q + 1)) && !TIME_UNITS.contains(t.word(q + 1));
            }
        }
        if (NUMBER_WORDS.contains(t.word(q)) && q + 1 < n && t.kind(q + 1) == Kind.WORD) {
            // "increased three days after", "three times higher", "two percent": a time, a multiplier or an amount; "reduced
            // three genes": what it counts
            String counted = t.word(q + 1);
            return !TIME_UNITS.contains(counted) && !AMOUNT_UNITS.contains(counted) && !counted.equals("times") && !counted.endsWith("fold")
                    && !PREDICATE_FOLLOWERS.contains(counted) && !t.is(q + 1, WordClass.PREP) && !t.is(q + 1, WordClass.ADV);
        }
        if (t.kind(q) != Kind.WORD) {
            return false;
        }
        String w = t.word(q);
        return !PREDICATE_FOLLOWERS.contains(w) && !t.is(q, WordClass.PREP) && !t.is(q, WordClass.CONJ)
                && !t.is(q, WordClass.SUBORD) && !t.is(q, WordClass.COMPARATOR) && !t.is(q, WordClass.REL)
                && !t.is(q, WordClass.THAT) && !w.endsWith("fold") && !t.is(q, WordClass.BE) && !t.is(q, WordClass.ADV);
    }

    /**
     * Whether the cue at {@code i} modifies a noun of amount that names whose amount it is after "of": "and lower
     * levels of total sleep time", "a lower level of cortisol". It is then the amount's modifier, not a predicate
     * of the names before it ("higher levels of IL-6 and lower levels of total sleep time" says nothing lower of IL-6), nor,
     * as a verb, one whose subject changed ("X reduced levels of IL-6": its object is the amount).
     */
    boolean modifiesAmountOf(int i) {
        int q = i + 1;
        return q + 1 < n && t.is(q, WordClass.MEASURE) && t.isWord(q + 1, "of");
    }

    boolean followedByPredicateFollower(int i) {
        int q = i + 1;
        if (q >= n) {
            return true;
        }
        if (t.kind(q) == Kind.PUNCT || t.kind(q) == Kind.OPEN || t.kind(q) == Kind.NUMBER) {
            return true;
        }
        return t.kind(q) == Kind.WORD && (PREDICATE_FOLLOWERS.contains(t.word(q)) || t.is(q, WordClass.ADV)
                || t.is(q, WordClass.COMPARATOR));
    }

    boolean membersFollow(int j) {
        int q = j;
        while (q < n && (t.is(q, WordClass.ADV) || t.is(q, WordClass.LINK) || t.isWord(q, ":"))) {
            q += t.phraseLength(q);
        }
        return q < n && t.isEntity(q);
    }

    /** A comparator of groups or states at {@code j}; "rather than" rejects an alternative, it compares nothing. */
    boolean groupComparator(int j) {
        return t.is(j, WordClass.COMPARATOR) && !t.isWord(j, "rather") && !(t.isWord(j, "than") && j > 0 && t.isWord(j - 1, "rather"));
    }
}
