package org.evidentia.textmining.lexicon;

import java.util.Arrays;
import java.util.List;
import org.evidentia.api.Api;

/**
 * Aho-Corasick matching compiled to a deterministic automaton: one array lookup per char of the
 * text, whatever the number of keywords. Finds every occurrence of every keyword (overlaps
 * included); choosing among them is the caller's.
 *
 * <p>Chars are mapped to a small alphabet (the chars the keywords use); any other char leads back
 * to the start. Memory is states x alphabet ints (a few MB for a lexicon of thousands of names;
 * ints, not chars, even where the states would fit in 16 bits, so that the table can hold rows
 * rather than states), and a table of 128 KB from chars to symbols.
 * Immutable and thread-safe once built: one instance may be shared by all threads.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class KeywordAutomaton {

    /** Receives each occurrence; called on the thread that runs {@link #match}. */
    @FunctionalInterface
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public interface Hits {
        /**
         * One occurrence.
         *
         * @param start   offset of its first char in the text
         * @param end     offset after its last char (exclusive)
         * @param keyword the keyword's index in the list the automaton was built from
         */
        void hit(int start, int end, int keyword);
    }

    /** The symbol of every char (0 for chars no keyword uses): one array load per char, no boxing. */
    private final char[] symbolOf = new char[Character.MAX_VALUE + 1];
    private final int alphabet;
    /**
     * The transition table, states x alphabet, holding rows: a state's row is the state times the
     * alphabet, and {@code delta[row + symbol]} is the next state's row. Scanning a text is a chain
     * of loads, each waiting for the one before; rows spare each link a multiplication.
     */
    private final int[] delta;
    /** The states from this one on are those where a keyword ends; the others have no output. */
    private final int firstOutputState;
    private final int[] outputStart;
    private final int[] outputs;
    private final int[] lengths;

    /**
     * An automaton for {@code keywords}; a keyword's index in the list is what {@link Hits} receives.
     *
     * @param keywords not null, no null or empty element; matched exactly as given (case and all)
     */
    public KeywordAutomaton(List<String> keywords) {
        // the alphabet: symbol 0 is "any other char"
        int symbols = 1;
        for (String k : keywords) {
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (symbolOf[c] == 0) {
                    symbolOf[c] = (char) symbols++;
                }
            }
        }
        alphabet = symbols;
        lengths = new int[keywords.size()];
        // The trie, in one table of rows (0: no edge, since no edge leads back to the start state; and
        // symbol 0, which no keyword's char has, never has one), and the keywords ending in each state
        // as lists threaded through an array, in keyword order. Built once per lexicon at start-up,
        // mostly by the interpreter: plain arrays, no boxing.
        int capacity = 64; // states the arrays hold; doubled as the trie grows
        int[] table = new int[tableSize(capacity, alphabet)];
        int[] ownFirst = new int[capacity];
        int[] ownLast = new int[capacity];
        int[] ownNext = new int[keywords.size()];
        Arrays.fill(ownFirst, -1);
        int states = 1;
        for (int k = 0; k < keywords.size(); k++) {
            String word = keywords.get(k);
            lengths[k] = word.length();
            int state = 0;
            for (int i = 0; i < word.length(); i++) {
                int at = state * alphabet + symbol(word.charAt(i));
                if (table[at] == 0) {
                    if (states == capacity) {
                        capacity = grown(capacity, alphabet);
                        table = Arrays.copyOf(table, capacity * alphabet);
                        ownFirst = Arrays.copyOf(ownFirst, capacity);
                        Arrays.fill(ownFirst, states, capacity, -1);
                        ownLast = Arrays.copyOf(ownLast, capacity);
                    }
                    table[at] = states++;
                }
                state = table[at];
            }
            ownNext[k] = -1;
            if (ownFirst[state] < 0) {
                ownFirst[state] = k;
            } else {
                ownNext[ownLast[state]] = k;
            }
            ownLast[state] = k;
        }
        // Breadth first, so that a state's failure is met before it: the failure links, and the trie
        // turned in place into the full transition table (a missing edge follows the failure's).
        int[] order = new int[states];
        int[] fail = new int[states];
        boolean[] outputting = new boolean[states];
        int size = 1;
        for (int head = 0; head < size; head++) {
            int state = order[head];
            int row = state * alphabet;
            int failRow = fail[state] * alphabet;
            outputting[state] = ownFirst[state] >= 0 || outputting[fail[state]] && state != 0;
            for (int s = 0; s < alphabet; s++) {
                int next = table[row + s];
                if (next > 0 && s != 0) {
                    fail[next] = state == 0 ? 0 : table[failRow + s];
                    order[size++] = next;
                } else {
                    table[row + s] = s == 0 || state == 0 ? 0 : table[failRow + s];
                }
            }
        }
        // numbered breadth first, so that the shallow states, where most chars of a text lead, share
        // cache lines; and the states where a keyword ends last, so that a scan tells them by one comparison
        int[] numbered = new int[states];
        int[] original = new int[states];
        int next = 0;
        for (int s : order) {
            if (!outputting[s]) {
                original[next] = s;
                numbered[s] = next++;
            }
        }
        firstOutputState = next;
        for (int s : order) {
            if (outputting[s]) {
                original[next] = s;
                numbered[s] = next++;
            }
        }
        delta = new int[states * alphabet];
        for (int s = 0; s < states; s++) {
            int from = s * alphabet;
            int to = numbered[s] * alphabet;
            for (int c = 0; c < alphabet; c++) {
                delta[to + c] = numbered[table[from + c]] * alphabet;
            }
        }
        // A state's keywords: its own, then its failure's, and so on to the start state.
        outputStart = new int[states + 1];
        int total = 0;
        for (int s = firstOutputState; s < states; s++) {
            for (int t = original[s]; t != 0; t = fail[t]) {
                for (int k = ownFirst[t]; k >= 0; k = ownNext[k]) {
                    total++;
                }
            }
        }
        outputs = new int[total];
        int at = 0;
        for (int s = firstOutputState; s < states; s++) {
            outputStart[s] = at;
            for (int t = original[s]; t != 0; t = fail[t]) {
                for (int k = ownFirst[t]; k >= 0; k = ownNext[k]) {
                    outputs[at++] = k;
                }
            }
        }
        outputStart[states] = at;
    }

    /** Twice {@code capacity} states, or as many as a table of ints can hold rows for; past that, too many. */
    private static int grown(int capacity, int alphabet) {
        int most = Integer.MAX_VALUE / alphabet;
        if (capacity >= most) {
            tableSize(capacity + 1, alphabet); // throws, naming the limit
        }
        return (int) Math.min(2L * capacity, most);
    }

    private static int tableSize(int states, int alphabet) {
        try {
            return Math.multiplyExact(states, alphabet);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too many keywords for one automaton: " + states + " states of "
                    + alphabet + " symbols each pass the largest table of ints", e);
        }
    }

    /** The symbol of {@code c}: 0 for a char no keyword uses. */
    int symbol(char c) {
        return symbolOf[c];
    }

    /*
     * For a caller of this package that runs the automaton itself, with its own table from chars to
     * symbols (TermLexicon folds as it scans): the arrays themselves, not copies, to be only read.
     */

    /** The number of symbols: a state's row is the state times it. */
    int alphabet() {
        return alphabet;
    }

    /** The transitions: from the start state's row, 0, {@code transitions()[row + symbol]} is the next state's row. */
    int[] transitions() {
        return delta;
    }

    /**
     * The first state where a keyword ends: every state from it on has keywords ending there, and
     * no state before it has.
     */
    int firstOutputState() {
        return firstOutputState;
    }

    /** The keywords that end in state {@code s} are those from {@code outputStarts()[s]} to {@code outputStarts()[s + 1]}. */
    int[] outputStarts() {
        return outputStart;
    }

    /** The length of the {@code n}th keyword that ends in {@code state}. */
    int endingLength(int state, int n) {
        return lengths[outputs[outputStart[state] + n]];
    }

    /**
     * Reports every occurrence of every keyword in {@code text}, overlaps included, in order of their ends.
     *
     * @param text not null
     * @param hits not null; receives each occurrence
     */
    public void match(String text, Hits hits) {
        match(text.toCharArray(), text.length(), hits);
    }

    /**
     * Reports every occurrence of every keyword in the first {@code length} chars of {@code chars},
     * overlaps included, in order of their ends. The array is only read.
     *
     * @param chars  not null
     * @param length how many of its chars are the text, at most {@code chars.length}
     * @param hits   not null; receives each occurrence
     */
    public void match(char[] chars, int length, Hits hits) {
        int[] transitions = delta;
        char[] symbols = symbolOf;
        int firstOutputRow = firstOutputState * alphabet;
        int row = 0;
        for (int i = 0; i < length; i++) {
            row = transitions[row + symbols[chars[i]]];
            if (row >= firstOutputRow) {
                int state = row / alphabet;
                for (int o = outputStart[state]; o < outputStart[state + 1]; o++) {
                    int k = outputs[o];
                    hits.hit(i + 1 - lengths[k], i + 1, k);
                }
            }
        }
    }
}
