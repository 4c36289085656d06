package org.evidentia.plugins.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evidentia.plugins.html.ReportView.Piece;

/**
 * Cuts a range of text into plain and highlighted pieces from mention offsets. The template
 * escapes each piece and wraps marked ones in {@code <mark>}, so highlighting never puts input
 * text into markup unescaped. Offsets outside the range are clipped, overlapping mentions merged,
 * and impossible offsets (from a faulty extractor) ignored rather than failing the report.
 */
final class Highlighter {

    /** A mention: start inclusive, end exclusive, in the same coordinates as the text. */
    record Span(int start, int end) {
    }

    private Highlighter() {
    }

    /** Pieces of {@code text[from, to)} with {@code spans} marked. */
    static List<Piece> pieces(String text, int from, int to, List<Span> spans) {
        int start = Math.max(0, Math.min(from, text.length()));
        int end = Math.max(start, Math.min(to, text.length()));
        List<Span> clipped = new ArrayList<>();
        for (Span span : spans) {
            int s = Math.max(span.start(), start);
            int e = Math.min(span.end(), end);
            if (s < e) {
                clipped.add(new Span(s, e));
            }
        }
        clipped.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Piece> pieces = new ArrayList<>();
        int at = start;
        for (Span span : clipped) {
            if (span.end() <= at) {
                continue;
            }
            int s = Math.max(span.start(), at);
            if (s > at) {
                pieces.add(new Piece(text.substring(at, s), false));
            }
            pieces.add(new Piece(text.substring(s, span.end()), true));
            at = span.end();
        }
        if (at < end) {
            pieces.add(new Piece(text.substring(at, end), false));
        }
        return merge(pieces);
    }

    /** Adjacent marked pieces (from touching mentions) become one. */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> merged = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).mark() && piece.mark()) {
                merged.set(last, new Piece(merged.get(last).text() + piece.text(), true));
            } else {
                merged.add(piece);
            }
        }
        return List.copyOf(merged);
    }
}
