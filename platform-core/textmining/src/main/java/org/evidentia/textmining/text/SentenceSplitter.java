package org.evidentia.textmining.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evidentia.api.Api;

/**
 * Splits abstract text into sentences with exact offsets.
 *
 * <p>A sentence ends at {@code .}, {@code ?} or {@code !} (with closing quotes or brackets) followed
 * by white space and a char that can begin a sentence (an upper-case letter, a digit, an opening
 * bracket or quote), and never inside parentheses or brackets. A full stop does not end a sentence
 * after a known abbreviation ({@code vs.}, {@code et al.}, {@code i.e.}, {@code Fig.}; not one glued by a hyphen or
 * digit to the word before it, the end of a symbol: {@code c-Jun.}), after a
 * single capital (an initial, unless it names a group or type, {@code group A.}, or ends a symbol it is
 * glued to by a digit or hyphen, {@code IL-17A.}), or inside a number
 * ({@code 0.05}). An abbreviation written all in capitals is an acronym that may end a sentence
 * ({@code MS.}, multiple sclerosis, not {@code Ms.}). A sentence may also begin with a lower-case
 * symbol that has a capital in it ({@code mRNAs}, {@code siRNA}, {@code sTNF-RII}). Sentence bounds
 * exclude the white space between sentences.
 *
 * <p>Stateless and thread-safe: one instance may be shared by all threads.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class SentenceSplitter {

    /** A splitter; it holds no state. */
    public SentenceSplitter() {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "vs", "v", "al", "e.g", "i.e", "eg", "ie", "cf", "fig", "figs", "ref", "refs", "no", "nos",
            "approx", "ca", "resp", "incl", "dr", "mr", "mrs", "ms", "prof", "st", "vol", "etc", "jr",
            "sr", "ph", "min", "max", "sd", "sem", "se", "mo", "yr", "yrs", "wk", "wks", "hr", "hrs",
            "spp", "sp", "var", "ssp", "inc", "ltd", "co", "corp", "dept", "univ", "u.s", "u.k",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words that a single capital names rather than follows as an initial: "group A", "type B", "vitamin D". */
    private static final Set<String> LETTER_NAMED = Set.of(
            "group", "groups", "subgroup", "type", "types", "subtype", "class", "grade", "stage", "phase", "arm",
            "cohort", "vitamin", "hepatitis", "influenza", "protein", "factor");

    /**
     * A longer stretch with no sentence end is read in pieces of at most this many chars, cut after a
     * comma or semicolon where there is one, else at a space. That is some 300 words, more than a real
     * sentence holds (the evaluation data and a 30,000-record sample read the same without it); without
     * it the work of reading one sentence grows faster than the square of its length, and a crafted
     * record of a million chars with no full stop would take hours (docs/reliability.md).
     */
    static final int MAX_SENTENCE = 2_000;

    /** Longer bracketed stretches are taken as an unclosed bracket. */
    private static final int MAX_BRACKETED = 400;

    /**
     * Splits {@code text} into sentences, in text order.
     *
     * @param text not null; may be empty
     * @return the sentences, never an empty or blank one, each with offsets into {@code text}; an
     *     empty list for a blank text; a new list the caller owns
     */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int depth = 0;
        int opened = 0;
        int start = skipSpace(text, 0);
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (depth > 0 && i - opened > MAX_BRACKETED) {
                depth = 0; // an unclosed bracket must not swallow the rest of the text
            }
            if (c == '(' || c == '[' || c == '{') {
                if (depth == 0) {
                    opened = i;
                }
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if ((c == '.' || c == '?' || c == '!') && depth == 0 && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                add(sentences, text, start, end);
                start = skipSpace(text, end);
                i = start - 1;
            } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                // A blank line always ends a sentence (section breaks in some exports).
                add(sentences, text, start, i);
                start = skipSpace(text, i);
                i = start - 1;
                depth = 0;
            }
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static boolean endsSentence(String text, int dot) {
        int n = text.length();
        int after = dot + 1;
        while (after < n && isCloser(text.charAt(after))) {
            after++;
        }
        if (after >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            // 0.05, e.g., p<.05, U.S.; but "... respectively).Based on": a full stop after a bracket, its space lost in copying
            return dot > 0 && text.charAt(dot - 1) == ')' && after == dot + 1 && after + 1 < n
                    && Character.isUpperCase(text.charAt(after)) && Character.isLowerCase(text.charAt(after + 1));
        }
        int next = skipSpace(text, after);
        if (next >= n) {
            return true;
        }
        char first = text.charAt(next);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '(' || first == '['
                || first == '"' || first == '“' || first == '\'' || Character.isTitleCase(first)
                || isGreek(first) || mixedCase(text, next))) {
            return false; // "... vs. controls", "p < 0.05. and"
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        String word = wordBefore(text, dot);
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) && !acronym(word) && !gluedToSymbol(text, dot - word.length())) {
            return false;
        }
        // A single capital before the dot is an initial ("J. Smith"), unless it names a group, type or
        // the like ("compared to group A. Plasma IL-10 ...") or ends a symbol it is glued to ("IL-17A.").
        return !(word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || letterName(text, dot - 1) || endsSymbol(text, dot - 1);
    }

    /**
     * Whether the single capital at {@code letter} is the last char of a gene or cytokine symbol: glued to
     * a digit ("IL-17A", "TNFSF13B") or by a hyphen to a letter or digit ("HLA-B"). An initial stands alone
     * after a space or bracket ("J. Smith"); a hyphenated given name keeps the full stop of its first
     * initial before the hyphen ("J.-P. Smith").
     */
    private static boolean endsSymbol(String text, int letter) {
        if (letter < 1) {
            return false;
        }
        char before = text.charAt(letter - 1);
        if (Character.isDigit(before)) {
            return true;
        }
        return before == '-' && letter >= 2 && Character.isLetterOrDigit(text.charAt(letter - 2));
    }

    /**
     * Whether the word starting at {@code wordStart} is the end of a symbol it is glued to by a hyphen or
     * digit: "c-Jun." and "c-Fos" end with a word of the abbreviations' list ("Jun", the month), which
     * ends no sentence alone ("on 3 Jun. 2019"), but a symbol's last part is no abbreviation.
     */
    private static boolean gluedToSymbol(String text, int wordStart) {
        if (wordStart < 2) {
            return false;
        }
        char before = text.charAt(wordStart - 1);
        return (before == '-' && Character.isLetterOrDigit(text.charAt(wordStart - 2))) || Character.isDigit(before);
    }

    /**
     * Whether the word at {@code from} begins in lower case and has a capital among its letters: a
     * symbol that can begin a sentence ("mRNAs for ...", "siRNA", "sTNF-RII"), unlike a lower-case
     * continuation ("vs. baseline").
     */
    private static boolean mixedCase(String text, int from) {
        if (!Character.isLowerCase(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an abbreviation of the list is written as an acronym, all in capitals: "MS" (multiple
     * sclerosis) or "NO" (nitric oxide) end a sentence where "Ms." and "No." do not. Only those the
     * literature writes so: a title in capitals ("IL-6 VS. PLACEBO") keeps its "VS." whole.
     */
    private static boolean acronym(String word) {
        return ACRONYMS.contains(word.toLowerCase(Locale.ROOT)) && word.chars().allMatch(Character::isUpperCase);
    }

    /** Abbreviations of the list that are also acronyms of the field: multiple sclerosis, nitric oxide, sleep deprivation, ... */
    private static final Set<String> ACRONYMS = Set.of("ms", "no", "nos", "co", "sd", "sem", "se");

    /** Whether the single capital at {@code letter} is the name of a group, type or the like ("group A", "type B"). */
    private static boolean letterName(String text, int letter) {
        int end = letter;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return from < end && end < letter && LETTER_NAMED.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
    }

    private static String wordBefore(String text, int dot) {
        int i = dot;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        return text.substring(i, dot);
    }

    private static boolean isGreek(char c) {
        return c >= 'Α' && c <= 'ω';
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '"' || c == '”' || c == '\'' || c == '’';
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int from = start;
        while (e - from > MAX_SENTENCE) {
            int cut = cutBefore(text, from, from + MAX_SENTENCE);
            sentences.add(new Sentence(from, cut, text.substring(from, cut)));
            from = skipSpace(text, cut);
        }
        if (e > from) {
            sentences.add(new Sentence(from, e, text.substring(from, e)));
        }
    }

    /**
     * Where a piece of an over-long sentence that begins at {@code from} ends, at or before {@code limit}:
     * after the last comma or semicolon in its second half, else at its last white space, else at
     * {@code limit}.
     */
    private static int cutBefore(String text, int from, int limit) {
        int half = from + (limit - from) / 2;
        for (int i = limit - 1; i > half; i--) {
            char c = text.charAt(i);
            if ((c == ',' || c == ';') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        for (int i = limit; i > half; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                int end = i;
                while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                return end;
            }
        }
        // not between the two chars of one code point (an emoji, a CJK extension char): a piece would end in half of it
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
