package org.evidentia.plugins.table;

/**
 * Keeps spreadsheets from running cell text as a formula (CSV injection): a cell that begins with
 * a tab or a carriage return, or whose first character after any spaces and invisible characters is
 * a formula starter, gets a leading apostrophe, which spreadsheets read as "this is text" (as OWASP
 * recommends). Text taken from abstracts can begin with any of these, and a reviewer opens the table
 * in Excel or LibreOffice.
 *
 * <p>The starters are {@code = + - @} and their full-width forms {@code ＝ ＋ － ＠} (U+FF1D, U+FF0B,
 * U+FF0D, U+FF20), which spreadsheets in East Asian locales take for them (review 32, L11). The
 * characters passed over before a starter are white space and Unicode spaces (the no-break space
 * included), the zero-width space, the word joiner and the byte order mark: a spreadsheet that
 * trims them, or a reader who cannot see them, would otherwise meet a formula behind them.
 */
final class FormulaNeutraliser {

    /** The characters a formula starts with, ASCII and full-width. */
    private static final String STARTERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private FormulaNeutraliser() {
    }

    static String neutralise(String cell) {
        return startsAFormula(cell) ? "'" + cell : cell;
    }

    private static boolean startsAFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = 0;
        while (i < cell.length() && passedOver(cell.charAt(i))) {
            i++;
        }
        return i < cell.length() && STARTERS.indexOf(cell.charAt(i)) >= 0;
    }

    /** White space, Unicode spaces (U+00A0 and the others), and the invisible U+200B, U+2060 and U+FEFF. */
    private static boolean passedOver(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
