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
        return result.length() > shortForm.length() ? result : null;
    }
}
