package org.evidentia.plugins.bioc;

import java.util.List;

/**
 * The text of a passage given as sentences: each sentence placed at its document offset relative to
 * the passage, the gaps filled with spaces. Sentences without a usable offset, or out of order, are
 * joined with one space.
 */
final class SentenceText {

    private SentenceText() {
    }

    static String join(long passageOffset, List<long[]> offsets, List<String> texts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            long at = offsets.get(i)[0] - passageOffset;
            if (at >= text.length() && at - text.length() < 1000 && offsets.get(i)[0] >= 0) {
                while (text.length() < at) {
                    text.append(' ');
                }
            } else if (text.length() > 0) {
                text.append(' ');
            }
            text.append(texts.get(i));
        }
        return text.toString();
    }
}
