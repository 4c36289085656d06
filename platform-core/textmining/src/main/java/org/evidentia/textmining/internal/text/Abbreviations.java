package org.evidentia.textmining.internal.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The abbreviations a text defines, "long form (SF)", found as Schwartz and Hearst (2003) do: the
 * short form in brackets after its long form, 2 to 10 chars with a letter, and the long form the
 * shortest run of the words before it in which the short form's letters appear in order, its first
 * letter beginning a word. Stateless.
 */
public final class Abbreviations {

    private Abbreviations() {
    }

    /** Short form to long form, in text order; the first definition of a short form wins. */
    public static Map<String, String> of(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        int open = text.indexOf('(');
        while (open >= 0) {
            int close = text.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            String inside = text.substring(open + 1, close).strip();
            int cut = indexOfAny(inside, ";,");
            String shortForm = cut > 0 ? inside.substring(0, cut).strip() : inside;
            if (isShortForm(shortForm)) {
                String longForm = longForm(text.substring(Math.max(0, open - 200), open).strip(), shortForm);
                if (longForm != null) {
                    found.putIfAbsent(shortForm, longForm);
                }
            }
            open = text.indexOf('(', open + 1);
        }
        return found;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isShortForm(String s) {
        if (s.length() < 2 || s.length() > 10 || s.indexOf(' ') > 0 && s.split(" ").length > 2) {
            return false;
        }
        if (!Character.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            letter |= Character.isLetter(s.charAt(i));
        }
        return letter;
    }

    /**
     * The long form of {@code shortForm} that ends {@code before} (the text before its bracket), as
     * {@link #of} finds it, or null when none does or {@code shortForm} is none.
     */
    public static String longFormEnding(String before, String shortForm) {
        String stripped = before.strip();
        return isShortForm(shortForm) && !stripped.isEmpty() ? longForm(stripped, shortForm) : null;
    }

    /** The long form of {@code shortForm} that ends {@code before}, or null. */
    private static String longForm(String before, String shortForm) {
        String[] words = before.split("\\s+");
        int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
        int first = Math.max(0, words.length - maxWords);
        String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        int s = shortForm.length() - 1;
        int l = candidate.length() - 1;
        while (s >= 0) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (Character.toLowerCase(candidate.charAt(l)) != c
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(candidate.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            s--;
            l--;
        }
        int start = candidate.lastIndexOf(' ', l) + 1;
        String result = candidate.substring(start).strip();
        if (result.length() <= shortForm.length()) {
            return null;
        }
        String[] shortest = result.split("\\s+");
        for (int n = Math.min(maxWords, words.length); n > shortest.length; n--) {
            String[] longer = java.util.Arrays.copyOfRange(words, words.length - n, words.length);
            if (initialsOf(longer, letters(shortForm))) {
                return String.join(" ", longer);
            }
        }
        return result;
    }

    /** The letters and digits of a short form, in lower case: "IL-6" is "il6". */
    private static String letters(String shortForm) {
        StringBuilder out = new StringBuilder();
        for (char c : shortForm.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code letters} can be read, in order and all of them, from {@code words} so that
     * every word begins with one of them: "colorectal carcinoma" for "crc" (C-R in the first word,
     * C beginning the second), not "increased interleukin" for "il" (the second word's "i" is not
     * the next letter). The shortest long form Schwartz and Hearst's search finds may take all the
     * letters from one word ("carcinoma" for CRC); a longer run of words before it that spells the
     * short form word by word is the definition the authors wrote.
     */
    private static boolean initialsOf(String[] words, String letters) {
        return initialsFrom(words, 0, letters, 0);
    }

    private static boolean initialsFrom(String[] words, int word, String letters, int letter) {
        if (word == words.length) {
            return letter == letters.length();
        }
        String w = words[word].toLowerCase(java.util.Locale.ROOT);
        if (letter >= letters.length() || w.isEmpty() || w.charAt(0) != letters.charAt(letter)) {
            return false;
        }
        // the word's first letter is this one; any number of the letters after it may come from the rest of the word
        int next = letter + 1;
        int at = 1;
        while (true) {
            if (initialsFrom(words, word + 1, letters, next)) {
                return true;
            }
            if (next >= letters.length()) {
                return false;
            }
            int found = w.indexOf(letters.charAt(next), at);
            if (found < 0) {
                return false;
            }
            at = found + 1;
            next++;
        }
    }
}
