package org.evidentia.plugins.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidentia.api.Direction;

/**
 * Cuts a range of text into plain and highlighted pieces from mention offsets. {@link FragmentHtml}
 * escapes each piece and wraps marked ones in {@code <mark>}, so highlighting never puts input
 * text into markup unescaped. Offsets outside the range are clipped, overlapping mentions merged
 * (with the directions each was read as), and impossible offsets (from a faulty extractor) ignored
 * rather than failing the report.
 */
final class Highlighter {

    /**
     * A mention: start inclusive, end exclusive, in the same coordinates as the text; {@code readAs}
     * is the direction of the finding drawn from it, which a card shows beside it, or null where
     * the page shows it elsewhere (an evidence sentence, beside its direction).
     */
    record Span(int start, int end, Direction readAs) {

        Span(int start, int end) {
            this(start, end, null);
        }
    }

    /**
     * A piece of text, highlighted when {@code mark}; {@code readAs} are the directions the findings
     * drawn from a highlighted mention were read as, which a study card shows beside it (empty
     * where the page shows the direction elsewhere, and for plain text).
     */
    record Piece(String text, boolean mark, List<Direction> readAs) {

        Piece {
            readAs = List.copyOf(readAs);
        }

        /** Text that is not highlighted. */
        static Piece plain(String text) {
            return new Piece(text, false, List.of());
        }

        /** The directions as marks: {@code ▲}, {@code ▲▼}. */
        String readSymbols() {
            return readAs.stream().map(Marks::symbol).collect(Collectors.joining());
        }

        /** The directions in words: {@code read as increased}, {@code read as increased and as decreased}. */
        String readWords() {
            return "read as " + readAs.stream().map(Direction::label).collect(Collectors.joining(" and as "));
        }

        /** The CSS class of the marks' colour: one direction's, or {@code mixed}. */
        String readClass() {
            return readAs.size() == 1 ? Marks.cssClass(readAs.get(0)) : "mixed";
        }
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
                clipped.add(new Span(s, e, span.readAs()));
            }
        }
        clipped.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Piece> pieces = new ArrayList<>();
        int at = start;
        for (Span span : clipped) {
            if (span.end() <= at) {
                // inside the last mark: its direction is that mark's too
                int last = pieces.size() - 1;
                pieces.set(last, marked(pieces.get(last).text(), pieces.get(last).readAs(), span.readAs()));
                continue;
            }
            int s = Math.max(span.start(), at);
            if (s > at) {
                pieces.add(Piece.plain(text.substring(at, s)));
            }
            pieces.add(marked(text.substring(s, span.end()), List.of(), span.readAs()));
            at = span.end();
        }
        if (at < end) {
            pieces.add(Piece.plain(text.substring(at, end)));
        }
        return merge(pieces);
    }

    /** A marked piece read as the directions given and {@code more} (when not null), each once, in their order. */
    private static Piece marked(String text, List<Direction> readAs, Direction more) {
        Set<Direction> all = EnumSet.noneOf(Direction.class);
        all.addAll(readAs);
        if (more != null) {
            all.add(more);
        }
        return new Piece(text, true, List.copyOf(all));
    }

    /** Adjacent marked pieces (from touching or overlapping mentions) become one, read as each was. */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> merged = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).mark() && piece.mark()) {
                Piece before = merged.get(last);
                Piece joined = marked(before.text() + piece.text(), before.readAs(), null);
                for (Direction d : piece.readAs()) {
                    joined = marked(joined.text(), joined.readAs(), d);
                }
                merged.set(last, joined);
            } else {
                merged.add(piece);
            }
        }
        return List.copyOf(merged);
    }
}
