package org.evidentia.plugins.csv;

/**
 * Folds white space in a title or abstract read from a cell: a quoted field may hold line breaks
 * (CRLF from a spreadsheet, LF from a PubMed export's multi-line title), which the other sources
 * never leave in text. The rule is the PubMed XML source's ({@code ElementText}): every run of
 * characters up to U+0020 (space, tab, CR, LF and the other C0 controls) and of non-breaking
 * spaces becomes one space, and the ends are trimmed. So a sentence reads the same from every
 * format, and findings.jsonl and table cells never carry a raw line break.
 */
final class FoldedText {

    private static final char NO_BREAK_SPACE = '\u00A0';

    private FoldedText() {
    }

    /** {@code text} with white space folded; null for null or for text of white space only */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder folded = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == NO_BREAK_SPACE) {
                pendingSpace = folded.length() > 0;
            } else {
                if (pendingSpace) {
                    folded.append(' ');
                    pendingSpace = false;
                }
                folded.append(c);
            }
        }
        return folded.length() == 0 ? null : folded.toString();
    }
}
