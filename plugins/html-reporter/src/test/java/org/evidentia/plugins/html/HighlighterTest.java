package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidentia.plugins.html.Highlighter.Piece;
import org.evidentia.plugins.html.Highlighter.Span;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static Piece piece(String text, boolean mark) {
        return new Piece(text, mark, List.of());
    }

    @Test
    void marksMentionsAndKeepsTheRestPlain() {
        String text = "IL-6 and TNF rose; IL-10 fell.";
        assertThat(Highlighter.pieces(text, 0, text.length(), List.of(new Span(9, 12), new Span(0, 4))))
                .containsExactly(piece("IL-6", true), piece(" and ", false), piece("TNF", true),
                        piece(" rose; IL-10 fell.", false));
    }

    @Test
    void mergesOverlappingAndTouchingMentions() {
        String text = "interleukin-6 level";
        assertThat(Highlighter.pieces(text, 0, text.length(), List.of(new Span(0, 11), new Span(5, 13), new Span(13, 14))))
                .containsExactly(piece("interleukin-6 ", true), piece("level", false));
    }

    @Test
    void clipsToTheRangeAndIgnoresImpossibleOffsets() {
        String text = "TITLE: Serum IL-6 was high.";
        assertThat(Highlighter.pieces(text, 7, text.length(), List.of(new Span(13, 17), new Span(2, 5), new Span(40, 45))))
                .containsExactly(piece("Serum ", false), piece("IL-6", true), piece(" was high.", false));
        assertThat(Highlighter.pieces("short", -3, 99, List.of(new Span(3, 1)))).containsExactly(piece("short", false));
        assertThat(Highlighter.pieces("", 0, 0, List.of())).isEmpty();
    }
}
