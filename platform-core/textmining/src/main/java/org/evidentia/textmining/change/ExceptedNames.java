package org.evidentia.textmining.change;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.textmining.internal.structure.TokenizedSentence.Kind;
import org.evidentia.textmining.internal.structure.TokenizedSentence;

/**
 * The names of one sentence that an exception takes out of its predicate ("All cytokines except IL-8 were reduced",
 * "Excluding IL-8, IL-10 was reduced"), each with the bounds of its own relative clause, and where the openers of an
 * exception ("except (for)", "excluding", "with the exception of") stand.
 *
 * <p>The predicate a name is excepted from gives it no direction; only its own clause may ("except for IL-6, which was
 * higher in patients"), so {@link StatementReader} does not link a cue outside that clause to it. Found once, from the
 * words and clauses alone, before any cue is read. Immutable once built.
 */
final class ExceptedNames {

    /** Openers of the names a statement leaves out: "except (for)", "excluding", "with the exception of". */
    private static final List<String[]> EXCEPTION_OPENERS = StatementReader.WORDS.get("exception").stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length())).map(w -> w.split(" ")).toList();

    private final TokenizedSentence t;
    private final int n;
    private final Clauses clauses;
    /**
     * For each entity token named in an exception ("All cytokines except IL-8 were reduced", "Excluding IL-8, IL-10
     * was reduced"), the tokens {@code {start, end}} of its own relative clause (empty when it has none), else null:
     * the predicate a name is excepted from gives it no direction; only its own clause may ("except for IL-6, which
     * was higher in patients").
     */
    private final int[][] exceptedOwnClause;

    ExceptedNames(TokenizedSentence t, Clauses clauses) {
        this.t = t;
        this.n = t.size();
        this.clauses = clauses;
        this.exceptedOwnClause = new int[n][];
        findExceptions();
    }

    /**
     * For an entity token named in an exception, the tokens {@code {start, end}} of its own relative clause (empty when it
     * has none), else null.
     */
    int[] ownClause(int token) {
        return exceptedOwnClause[token];
    }

    /**
     * Marks the names of each exception ({@link #exceptedOwnClause}). The list after the opener runs on as a list
     * does ("except IL-8, IL-10 and IL-12 were reduced" leaves out all three), but an exception that opens its
     * clause or follows a comma ends at its first bare comma when its list runs into the clause's predicate: in "Excluding IL-8,
     * IL-10 was reduced" IL-10 is the subject; in "Except for IL-8, IL-10 and IL-12, all were reduced" the comma
     * after IL-12 closes a list of three.
     */
    private void findExceptions() {
        for (int i = 0; i < n; i++) {
            int opener = exceptionOpenerLength(i);
            if (opener == 0 || i + opener >= n || !t.isEntity(i + opener)) {
                continue;
            }
            List<Integer> names = new ArrayList<>();
            int firstBareComma = -1; // the index in names of the first name after a comma with no conjunction
            for (int e = i + opener; e >= 0; ) {
                names.add(e);
                int next = MentionRoles.listContinuation(t, e + 1);
                if (next == e + 2 && t.isWord(e + 1, ",") && firstBareComma < 0) {
                    firstBareComma = names.size();
                }
                e = next;
            }
            int last = names.get(names.size() - 1);
            if (firstBareComma > 0 && clauses.opensItsClause(i) && !t.isWord(last + 1, ",")) {
                names = names.subList(0, firstBareComma);
                last = names.get(names.size() - 1);
            }
            int[] own = ownRelativeClause(last);
            for (int e : names) {
                exceptedOwnClause[e] = own;
            }
            i = last;
        }
    }

    /** The number of tokens of the exception opener at {@code i} ("except for", "with the exception of"), or 0. */
    int exceptionOpenerLength(int i) {
        for (String[] words : EXCEPTION_OPENERS) {
            if (t.isWords(i, words)) {
                return words.length;
            }
        }
        return 0;
    }

    /**
     * The relative clause of the name at {@code last} (", which was higher in patients", past a bracket after the
     * name), {@code {which, end}} up to the next comma or the end of its clause; an empty range when it has none.
     */
    private int[] ownRelativeClause(int last) {
        int r = last + 1;
        if (r < n && t.kind(r) == Kind.OPEN && t.match(r) > r) {
            r = t.match(r) + 1;
        }
        if (!(t.isWord(r, ",") && t.isWord(r + 1, "which"))) {
            return new int[] {last, last};
        }
        int end = r + 2;
        int clauseEnd = clauses.get(clauses.of(r + 1))[1];
        while (end < clauseEnd && !(t.isWord(end, ",") && t.depth(end) == t.depth(r + 1))) {
            end++;
        }
        return new int[] {r + 1, end};
    }

    /** Whether an exception opener ("excluding", "except for") ends at {@code p}. */
    boolean exceptionOpenerEndingAt(int p) {
        for (int k = Math.max(0, p - 3); k <= p; k++) {
            if (exceptionOpenerLength(k) == p - k + 1) {
                return true;
            }
        }
        return false;
    }
}
