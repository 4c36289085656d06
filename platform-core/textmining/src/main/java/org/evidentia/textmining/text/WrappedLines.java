package org.evidentia.textmining.text;

import org.evidentia.api.Api;

/**
 * Joins lines that an export wrapped at a fixed width back into one text. Lines are joined with one
 * space, except after a letter followed by a hyphen: exports wrap after a hyphen without a space
 * ({@code "anterior-"} + {@code "to-psoas"}), so the hyphen joins directly; but not before a conjunction,
 * as the hyphen then ends a word whose second part is shared ({@code "pro-"} + {@code "and anti-inflammatory"}:
 * "pro-and" was read, review s20, 8). The MEDLINE, PubMed text and RIS sources join their wrapped
 * lines with it, so that a text reads the same from every format. Stateless.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class WrappedLines {

    private WrappedLines() {
    }

    /** Appends {@code piece} from {@code start} to {@code end} (already stripped) to {@code text} as the next wrapped line. */
    public static void append(StringBuilder text, CharSequence piece, int start, int end) {
        if (start >= end) {
            return;
        }
        int length = text.length();
        if (length > 0 && !(length >= 2 && text.charAt(length - 1) == '-' && Character.isLetter(text.charAt(length - 2))
                && !startsWithConjunction(piece, start, end))) {
            text.append(' ');
        }
        text.append(piece, start, end);
    }

    /** The words after which a hyphen ends a word whose second part is shared: "pre- and postmenopausal", "pro- or anti-". */
    private static final String[] CONJUNCTIONS = {"and", "or", "nor", "to", "versus", "vs", "but"};

    private static boolean startsWithConjunction(CharSequence piece, int start, int end) {
        String text = piece.toString(); // a line: the region's own string when piece is one
        for (String word : CONJUNCTIONS) {
            int after = start + word.length();
            // "and/or post-", "vs. post-"; not "to-psoas", one word after "anterior-"
            if (after <= end && text.regionMatches(true, start, word, 0, word.length())
                    && (after == end || Character.isWhitespace(text.charAt(after)) || text.charAt(after) == '/' || text.charAt(after) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #append(StringBuilder, CharSequence, int, int)} for a whole line, stripped first. */
    public static void append(StringBuilder text, String line) {
        String piece = line.strip();
        append(text, piece, 0, piece.length());
    }

    /** The lines joined as wrapped text; blank lines add nothing. */
    public static String join(Iterable<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            append(text, line);
        }
        return text.toString();
    }
}
