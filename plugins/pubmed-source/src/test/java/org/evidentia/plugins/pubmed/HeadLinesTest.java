package org.evidentia.plugins.pubmed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadLinesTest {

    @Test
    void givesThePiecesThatSplittingOnCrLfCrOrLfGives() {
        Random random = new Random(20261129);
        char[] alphabet = {'a', 'P', '-', ' ', '\t', '\r', '\n'};
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String head = new String(text);
            int limit = 1 + random.nextInt(8);
            assertThat(HeadLines.of(head, limit)).as("%s, limit %d", head.replace("\r", "\\r").replace("\n", "\\n"), limit)
                    .isEqualTo(Arrays.asList(head.split("\r\n|\r|\n", limit)));
        }
    }

    @Test
    void keepsTheRestOfTheHeadInTheLastPiece() {
        assertThat(HeadLines.of("PMID- 1\r\nTI  - A\r\nAB  - B\n", 2)).containsExactly("PMID- 1", "TI  - A\r\nAB  - B\n");
        // an explorer's s22, S1: a lone CR ends a line, as the readers cut lines; a file of CR line ends was read by no source
        assertThat(HeadLines.of("a\rb\n\n", 50)).containsExactly("a", "b", "", "");
    }
}
