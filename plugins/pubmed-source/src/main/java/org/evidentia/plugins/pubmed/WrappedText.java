package org.evidentia.plugins.pubmed;

/**
 * Joins lines that an export wrapped at a fixed width back into one text. Lines are joined with one
 * space, except after a letter followed by a hyphen: exports wrap after a hyphen without a space
 * ({@code "anterior-"} + {@code "to-psoas"}), so the hyphen joins directly.
 */
public final class WrappedText {

    private WrappedText() {
    }

    /** Appends {@code piece} (already stripped) to {@code text} as the next wrapped line. */
    public static void append(StringBuilder text, CharSequence piece, int start, int end) {
        if (start >= end) {
            return;
        }
        int length = text.length();
        if (length > 0 && !(length >= 2 && text.charAt(length - 1) == '-' && Character.isLetter(text.charAt(length - 2)))) {
            text.append(' ');
        }
        text.append(piece, start, end);
    }

    /** As {@link #append(StringBuilder, CharSequence, int, int)} for a whole line, stripped first. */
    public static void append(StringBuilder text, String line) {
        String piece = line.strip();
        append(text, piece, 0, piece.length());
    }

    /** The lines joined as wrapped text. */
    public static String join(Iterable<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            append(text, line);
        }
        return text.toString();
    }
}
