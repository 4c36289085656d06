package org.evidentia.plugins.csv;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which lines start a row. One notion for a file, used by both {@link CsvReader}, which ends a row
 * whose quote was left open at a line that certainly starts a row, and {@link CsvRows}, which makes
 * every line inside a damaged row that starts a row a row of its own (skipped) and counts it. So
 * the rows the source counts ({@code inputHolds}) and the rows it reads or skips cannot drift apart.
 *
 * @param test    whether a line, without its line break, starts a row; it is given at most
 *                {@link #LOOKAHEAD} characters of the line, so whoever asks gets the same answer
 * @param certain whether such a line starts a row for sure (a PubMed export's rows all begin the same
 *                way), so a quoted field still open there is cut; else it only probably does (a sheet
 *                whose fields may hold line breaks), and is looked for only in a row that is damaged
 */
record RowStart(Predicate<CharSequence> test, boolean certain) {

    /**
     * Characters of a line looked at to tell whether it starts a row: the reader looks this far
     * ahead (within its 64 Ki buffer); a longer sheet line whose head is cut mid-quote reads as no row.
     */
    static final int LOOKAHEAD = 32 * 1024;

    /** Rows that begin with {@code pattern}, for sure. */
    static RowStart matching(Pattern pattern) {
        return new RowStart(line -> pattern.matcher(line).lookingAt(), true);
    }

    /** Rows that probably begin on lines for which {@code test} holds. */
    static RowStart probably(Predicate<CharSequence> test) {
        return new RowStart(test, false);
    }

    /** Whether {@code line} (its text without the line break; only its first {@link #LOOKAHEAD} characters count) starts a row. */
    boolean at(CharSequence line) {
        return test.test(line.length() > LOOKAHEAD ? line.subSequence(0, LOOKAHEAD) : line);
    }
}
