package org.evidentia.textmining.lexicon;

import java.util.List;
import java.util.Locale;

/**
 * A text folded for dictionary matching, with the offset of every folded char in the original.
 *
 * <p>Folding lower-cases char by char, unifies dashes and odd spaces, reads the German sharp s
 * (often typed for beta) as {@code β}, collapses runs of white space into one space, and drops the
 * parentheses of an abbreviation glued to its number ({@code neurotrophin (NT)-3} is matched as
 * {@code NT-3}) and of a Greek letter glued to a name ({@code NT-1(beta)}, as MEDLINE writes what the
 * article set as a subscript, is matched as {@code NT-1beta}). Because chars can be dropped, offsets are mapped back through {@link #origin}.
 */
final class FoldedText {

    private final char[] chars;
    private final int length;
    private final int[] origin;
    private String text;

    private FoldedText(char[] chars, int length, int[] origin) {
        this.chars = chars;
        this.length = length;
        this.origin = origin;
    }

    static FoldedText of(String original) {
        return of(original, original.toCharArray());
    }

    /**
     * {@code original} folded, read from {@code chars}, which hold its chars and are only read
     * (array reads are cheaper than {@code charAt}, above all on texts beyond Latin-1).
     */
    static FoldedText of(String original, char[] chars) {
        char[] out = new char[chars.length];
        char previous = 'x';
        for (int i = 0; i < out.length; i++) {
            char c = chars[i];
            char f = fold(c);
            if (dropsAt(original, i, c, f, previous)) {
                return folded(original, chars); // chars to drop: offsets need a map
            }
            out[i] = f;
            previous = f;
        }
        return new FoldedText(out, out.length, null); // most texts: char for char, offsets unchanged
    }

    /**
     * Whether folding drops chars at {@code i} of {@code original} (a space after a space or after a
     * line-wrapping dash, the bracket of a glued abbreviation or Greek letter), after which folded offsets are no
     * longer the original's. {@code c} is the char at {@code i}, {@code f} its folding and
     * {@code previous} the folding of the char before ({@code 'x'} at the start). TermLexicon's
     * no-mention scan decides the same by a table of flags: a change here belongs there too.
     */
    static boolean dropsAt(String original, int i, char c, char f, char previous) {
        return f == ' ' && (previous == ' ' || previous == '-' && i > 1 && Character.isLetterOrDigit(original.charAt(i - 2)))
                || (c == '(' || c == '[') && i > 0 && (abbreviationClose(original, i) > 0 || subunitClose(original, i) > 0
                        || greekClose(original, i) > 0);
    }

    private static FoldedText folded(String original, char[] chars) {
        int n = chars.length;
        char[] out = new char[n];
        int length = 0;
        int[] origin = new int[n + 1];
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if ((c == '(' || c == '[') && i > 0 && original.charAt(i - 1) != '(') {
                int close = abbreviationClose(original, i);
                boolean glued = close < 0 && ((close = subunitClose(original, i)) > 0 || (close = greekClose(original, i)) > 0);
                if (close > 0) {
                    // "(NT)-3": keep "NT", drop both brackets, keep the dash that follows; "factor(NT)-3"
                    // gets a space where the bracket was glued to a word; "NT-12(p40)" reads "NT-12p40",
                    // "NT-1(beta)" "NT-1beta".
                    if (!glued && Character.isLetterOrDigit(original.charAt(i - 1))) {
                        origin[length] = i;
                        out[length++] = ' ';
                    }
                    for (int j = i + 1; j < close; j++) {
                        origin[length] = j;
                        out[length++] = fold(original.charAt(j));
                    }
                    i = close;
                    continue;
                }
            }
            char f = fold(c);
            int last = length - 1;
            if (f == ' ' && last >= 0 && (out[last] == ' '
                    || out[last] == '-' && last > 0 && Character.isLetterOrDigit(out[last - 1]))) {
                continue; // runs of white space, and "factor- alpha" from line wrapping
            }
            origin[length] = i;
            out[length++] = f;
        }
        origin[length] = n;
        return new FoldedText(out, length, origin);
    }

    /**
     * The index of the closing bracket of {@code (ABBR)} at {@code open} when the abbreviation is
     * directly followed by a dash or a number ({@code (NT)-3}, {@code (NT)-4}, {@code (sNT-R)-1}),
     * else -1.
     */
    private static int abbreviationClose(String s, int open) {
        char closeChar = s.charAt(open) == '(' ? ')' : ']';
        int limit = Math.min(s.length(), open + 12);
        for (int j = open + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == closeChar) {
                if (j == open + 1 || j + 1 >= s.length() || !Character.isLetter(s.charAt(open + 1))) {
                    return -1;
                }
                char next = s.charAt(j + 1);
                return next == '-' || next == '‐' || next == '–' || Character.isDigit(next) ? j : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The index of the closing bracket of a subunit written in brackets after its number
     * ({@code NT-12(p40)}, {@code NT-23(p19)}), else -1.
     */
    private static int subunitClose(String s, int open) {
        if (!Character.isDigit(s.charAt(open - 1)) || open + 2 >= s.length() || !Character.isLetter(s.charAt(open + 1))) {
            return -1;
        }
        char closeChar = s.charAt(open) == '(' ? ')' : ']';
        int j = open + 2;
        while (j < s.length() && j < open + 6 && Character.isDigit(s.charAt(j))) {
            j++;
        }
        return j > open + 2 && j < s.length() && s.charAt(j) == closeChar ? j : -1;
    }

    private static final List<String> GREEK_NAMES =
            List.of("alpha", "beta", "gamma", "delta", "kappa", "lambda", "omega");

    /**
     * The index of the closing bracket of a Greek letter, spelled out or not, written in brackets
     * right after a name, its number or its dash ({@code NT-1(beta)}, {@code NT-(gamma)},
     * {@code NT(α)}), else -1.
     */
    private static int greekClose(String s, int open) {
        char before = s.charAt(open - 1);
        if (!(Character.isLetterOrDigit(before) || fold(before) == '-')) {
            return -1;
        }
        char closeChar = s.charAt(open) == '(' ? ')' : ']';
        int j = open + 1;
        while (j < s.length() && j < open + 8 && Character.isLetter(s.charAt(j))) {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != closeChar || j == open + 1) {
            return -1;
        }
        String inside = s.substring(open + 1, j);
        boolean greek = inside.length() == 1 ? "αβγδκλωß".indexOf(Character.toLowerCase(inside.charAt(0))) >= 0
                : GREEK_NAMES.contains(inside.toLowerCase(Locale.ROOT));
        return greek ? j : -1;
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
        }
        switch (c) {
            case '‐', '‑', '‒', '–', '—', '−', '﹣', '－':
                return '-';
            case '\u00a0', '\u2009', '\u2002', '\u2003', '\u202f', '\t', '\n', '\r':
                return ' ';
            case 'ß':
                return 'β';
            case 'ɑ':
                return 'α';
            case 'µ':
                return 'μ';
            default:
                return Character.toLowerCase(c);
        }
    }

    /** The folded text as a string, made on first need: matching reads {@link #chars()} instead. */
    String text() {
        if (text == null) {
            text = new String(chars, 0, length);
        }
        return text;
    }

    /** The folded chars, of which the first {@link #length()} are the text; not to be changed. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** Original offset of the folded char at {@code index}; {@code length()} maps to the original's end. */
    int origin(int index) {
        return origin == null ? index : origin[index];
    }
}
