package org.evidentia.plugins.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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

    /**
     * The paragraphs of {@code text}, parted at blank lines and at line breaks that end one ({@link #endsAParagraph}), each
     * folded: a blank line ends a sentence, and folded into one
     * space it ran a heading without a final period into the sentence after it ("Objective: to test whether ... Serum IL-6
     * was higher ...", read as an aim; the review of session 20's change, 1). Empty for null or white space only.
     */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String part : BLANK_LINE.split(text)) {
            StringBuilder paragraph = new StringBuilder();
            String[] lines = LINE_BREAK.split(part);
            for (int i = 0; i < lines.length; i++) {
                paragraph.append(lines[i]).append(' ');
                if (i + 1 == lines.length || endsAParagraph(lines[i], lines[i + 1])) {
                    String folded = of(paragraph.toString());
                    if (folded != null) {
                        paragraphs.add(folded);
                    }
                    paragraph.setLength(0);
                }
            }
        }
        return paragraphs;
    }

    /**
     * Whether a cell's line ends a paragraph: a sheet breaks a cell's text where a paragraph or a heading ends ("Objective:
     * to test whether ... in fibromyalgia" and "Serum IL-6 was higher ..."; the review of session 20's last change, 3),
     * and seldom wraps a sentence; a line before one that starts with a capital or a digit ends one, unless it ends as a
     * sentence going on does (a comma, a hyphen, a word such as "with" or "the").
     */
    private static boolean endsAParagraph(String line, String next) {
        String before = line.strip();
        String after = next.strip();
        if (before.isEmpty() || after.isEmpty() || !(Character.isUpperCase(after.codePointAt(0)) || Character.isDigit(after.codePointAt(0)))) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (last == ',' || last == '-' || last == '(' || last == '/') {
            return false;
        }
        int space = before.lastIndexOf(' ');
        return !GOING_ON.contains(before.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /** Last words of a line whose sentence goes on after it. */
    private static final Set<String> GOING_ON = Set.of("and", "or", "of", "with", "in", "the", "a", "an", "to",
            "than", "for", "by", "on", "at", "as", "from", "between", "versus", "vs", "that", "which", "is", "was", "were", "are");

    /** One line break (CRLF as one). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u2028\\u2029]");

    /** A line break, white space with no other line break, and a line break again. */
    private static final Pattern BLANK_LINE = Pattern.compile(
            "(?>\\r\\n|[\\n\\r\\u2028\\u2029])[\\h\\x0B\\f]*(?>\\r\\n|[\\n\\r\\u2028\\u2029])"); // CRLF is one line break

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
