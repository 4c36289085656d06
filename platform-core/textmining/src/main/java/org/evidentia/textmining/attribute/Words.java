package org.evidentia.textmining.attribute;

import java.util.ArrayList;
import java.util.List;

/** Splits a lower-cased text into words: letters and digits with inner hyphens, dots, slashes and apostrophes. */
final class Words {

    private Words() {
    }

    static List<Word> of(String lower) {
        List<int[]> spans = new ArrayList<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n && (Character.isLetterOrDigit(lower.charAt(i)) || (isInner(lower.charAt(i)) && i + 1 < n
                    && Character.isLetterOrDigit(lower.charAt(i + 1))))) {
                i++;
            }
            spans.add(new int[] {start, i});
        }
        List<Word> words = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            int[] s = spans.get(k);
            String next = k + 1 < spans.size() ? lower.substring(spans.get(k + 1)[0], spans.get(k + 1)[1]) : null;
            words.add(new Word(lower.substring(s[0], s[1]), s[0], next));
        }
        return words;
    }

    private static boolean isInner(char c) {
        return c == '-' || c == '.' || c == '/' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011';
    }
}
