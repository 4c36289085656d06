package org.evidentia.textmining.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.evidentia.textmining.internal.structure.TokenizedSentence.Kind;
import org.evidentia.textmining.internal.structure.TokenizedSentence;
import org.evidentia.textmining.internal.structure.WordClass;

/**
 * The clauses of one sentence, found at ";", at clause openers ("whereas", "while", "but", "however", ...) and at the
 * comma before them, and the leading cause phrases that open a clause ("Following loss of the epithelial layer,").
 *
 * <p>A clause bounds what a direction word may reach and what a statement reports as its clause; a leading cause phrase
 * names what a cue inside it is about, and a cue after it does not reach into it. Found once, from the words alone,
 * before any cue is read, so every later step of {@link StatementReader}'s analysis sees the same clauses. Immutable
 * once built.
 */
final class Clauses {

    /** Prepositions that open a clause with what came first or caused it: "Following loss of the epithelial layer, ...". */
    private static final Set<String> LEADING_CAUSE = StatementReader.WORDS.get("leading-cause");

    private final TokenizedSentence t;
    private final int n;
    private final PhraseStructure phrases;
    /** Each clause's tokens {@code {start, end}}, in sentence order; at least one. */
    private final List<int[]> clauses = new ArrayList<>();
    /** For each token, the index of its clause. */
    private final int[] clauseOf;
    /**
     * For each token of a leading cause phrase ("Following loss of the epithelial layer,"), the
     * comma that closes the phrase, else -1: a cue inside the phrase is about what the phrase
     * names, and a cue after it does not reach into it.
     */
    private final int[] leadingPhraseEnd;

    Clauses(TokenizedSentence t, PhraseStructure phrases) {
        this.t = t;
        this.n = t.size();
        this.phrases = phrases;
        this.clauseOf = new int[n];
        this.leadingPhraseEnd = new int[n];
        findClauses();
    }

    /** How many clauses the sentence has. */
    int size() {
        return clauses.size();
    }

    /** The tokens {@code {start, end}} of clause {@code c}. */
    int[] get(int c) {
        return clauses.get(c);
    }

    /** The index of the clause of the token at {@code token}. */
    int of(int token) {
        return clauseOf[token];
    }

    /** The comma that closes the leading cause phrase the token at {@code token} is in, else -1. */
    int leadingPhraseEnd(int token) {
        return leadingPhraseEnd[token];
    }

    private void findClauses() {
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (t.depth(i) > 0 || i == start) {
                continue;
            }
            boolean boundary = false;
            int next = i;
            if (t.isWord(i, ";") && !phrases.semicolonInList(i)) {
                boundary = true;
                next = i + 1;
            } else if (phrases.opensClause(i) && !phrases.interjectedContrast(i)) {
                boundary = true;
                next = i;
            } else if (t.isWord(i, ",") && i + 1 < n && (t.isWord(i + 1, "the") || phrases.opensClause(i + 1) && !phrases.interjectedContrast(i + 1))
                    && !t.isEntity(i - 1)) {
                boundary = true;
                next = i + 1;
            }
            if (boundary) {
                int end = t.isWord(i, ",") || t.isWord(i, ";") ? i : (i > start && t.isWord(i - 1, ",") ? i - 1 : i);
                if (end > start) {
                    clauses.add(new int[] {start, end});
                }
                start = next;
                if (next > i) {
                    i = next - 1;
                }
            }
        }
        if (start < n) {
            clauses.add(new int[] {start, n});
        }
        if (clauses.isEmpty()) {
            clauses.add(new int[] {0, n});
        }
        int c = 0;
        for (int i = 0; i < n; i++) {
            while (c + 1 < clauses.size() && i >= clauses.get(c + 1)[0]) {
                c++;
            }
            clauseOf[i] = c;
        }
        findLeadingCausePhrases();
    }

    /**
     * "Following loss of the epithelial layer, expression of IL1B was induced": a clause that opens
     * with a preposition of cause or sequence and a comma after its noun phrase (no verb between, and not a
     * comma between two names of a list) has
     * that phrase as an adverbial. Its cue ("loss") is about the phrase's own noun, not the clause's
     * names; the clause's cue ("induced") does not reach back into it.
     */
    private void findLeadingCausePhrases() {
        Arrays.fill(leadingPhraseEnd, -1);
        for (int[] clause : clauses) {
            int p = clause[0];
            while (p < clause[1] && (t.is(p, WordClass.ADV) || t.isWord(p, ","))) {
                p += t.phraseLength(p); // "Furthermore, following ..."
            }
            if (p >= clause[1] || !t.is(p, WordClass.PREP) || !LEADING_CAUSE.contains(t.word(p))) {
                continue;
            }
            for (int q = p + 1; q < clause[1]; q++) {
                if (t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE) || t.is(q, WordClass.RESULT)) {
                    break; // "After LPS was added IL-6 rose, ..." has no comma of its own
                }
                if (t.isWord(q, ",") && t.depth(q) == t.depth(p)) {
                    if (t.kind(q - 1) == Kind.ENTITY && q + 1 < clause[1] && t.kind(q + 1) == Kind.ENTITY) {
                        break; // "After 4 weeks IL-6, TNF-alpha and IL-8 were increased": the comma is the list's
                    }
                    Arrays.fill(leadingPhraseEnd, p, q, q);
                    break;
                }
            }
        }
    }

    /** Whether {@code k} is in a leading cause phrase or is the comma that closes one. */
    boolean inLeadingPhrase(int k) {
        return leadingPhraseEnd[k] >= 0 || k > 0 && leadingPhraseEnd[k - 1] == k;
    }

    /**
     * Whether the phrase at {@code i} opens its clause or follows a comma ("In treated patients, excluding IL-8,
     * IL-10 was reduced"): only adverbs, clause openers and commas stand before it in its clause, or a comma does.
     */
    boolean opensItsClause(int i) {
        if (i > 0 && t.isWord(i - 1, ",")) {
            return true;
        }
        int p = clauses.get(clauseOf[i])[0];
        while (p < i && (t.is(p, WordClass.ADV) || t.is(p, WordClass.SUBORD) || t.isWord(p, ","))) {
            p += Math.max(1, t.phraseLength(p));
        }
        return p == i;
    }
}
