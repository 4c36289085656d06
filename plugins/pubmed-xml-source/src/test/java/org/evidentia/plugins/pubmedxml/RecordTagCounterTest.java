package org.evidentia.plugins.pubmedxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordTagCounterTest {

    private static final String FILE = "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet>\n<PubmedArticleSet>\n"
            + "<PubmedArticle>\n<MedlineCitation Status=\"MEDLINE\"><PMID>1</PMID></MedlineCitation></PubmedArticle>\n"
            + "<PubmedBookArticle><BookDocument/></PubmedBookArticle><MedlineCitation><PMID>3</PMID></MedlineCitation>"
            + "<PubmedArticle><Other/><MedlineCitation><PMID>4</PMID></MedlineCitation></PubmedArticle>"
            + "<mml:math><mml:mi>x</mml:mi></mml:math><PubmedArticleX/></PubmedArticleSet>\n";

    /** A stream that hands out at most {@code step} bytes per read, so that tags are cut at every place. */
    private static InputStream inSteps(String text, int step) {
        return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Test
    void recordsAreCountedAlikeWhereverTheBuffersCutTheTags() throws IOException {
        // article 1 (its own citation not again), the book, a bare citation, article 4 (a tag before its citation: counted)
        for (int step = 1; step <= 40; step++) {
            assertThat(RecordTagCounter.countAll(inSteps(FILE, step)).records()).as("read %d bytes at a time", step).isEqualTo(5);
        }
        assertThat(RecordTagCounter.countAll(inSteps(FILE, 1 << 16)).records()).isEqualTo(5);
    }

    @Test
    void anEmptyArticleHasNoCitationOfItsOwnAfterIt() throws IOException {
        // a fuzzing finding: "<PubmedArticle/>" took the citation after it for its own, and the count fell short
        for (String empty : new String[] {"<PubmedArticle/>", "<PubmedArticle x=\"y\" />", "<PubmedArticle\n/>"}) {
            String file = "<PubmedArticleSet>" + empty + "<MedlineCitation><PMID>3</PMID></MedlineCitation>"
                    + "<PubmedArticle x=\"y\"><MedlineCitation><PMID>4</PMID></MedlineCitation></PubmedArticle></PubmedArticleSet>";
            for (int step = 1; step <= 30; step++) {
                assertThat(RecordTagCounter.countAll(inSteps(file, step)).records()).as("%s read %d bytes at a time", empty, step)
                        .isEqualTo(3);
            }
        }
    }

    @Test
    void aGuardedStreamHandsOverAtACommentAndOtherwiseCountsTheSame() throws IOException {
        for (int step : new int[] {1, 3, 1 << 16}) {
            try (RecordTagCounter counter = RecordTagCounter.guarded(inSteps(FILE, step))) {
                counter.drain(); // draining lifts the guard
            }
            String withComment = FILE.replace("<PubmedBookArticle>", "<!-- note --><PubmedBookArticle>");
            assertThatThrownBy(() -> readAll(RecordTagCounter.guarded(inSteps(withComment, step))))
                    .isInstanceOf(IOException.class).hasMessageContaining("careful reader");
            assertThat(readAll(RecordTagCounter.guarded(inSteps(FILE, step)))).isEqualTo(5);
        }
    }

    @Test
    void recordTagsAreFoundWhereverTheyFallAmongTheBytesScannedEightAtATime() throws IOException {
        // texts of every length before the tags, with '>' and a byte that is '<' with the high bit set ('¼' is C2 BC in UTF-8)
        for (int length = 0; length <= 17; length++) {
            String text = "¼>a".repeat(6).substring(0, length);
            String file = "<MedlineCitationSet>" + text + ("<MedlineCitation>" + text + "<PMID>1</PMID>" + text
                    + "</MedlineCitation>" + text).repeat(3) + "</MedlineCitationSet>";
            for (int step : new int[] {1, 5, 8, 13, 1 << 16}) {
                assertThat(RecordTagCounter.countAll(inSteps(file, step)).records())
                        .as("texts of %d chars, read %d bytes at a time", length, step).isEqualTo(3);
                assertThat(readAll(RecordTagCounter.guarded(inSteps(file, step)))).isEqualTo(3);
            }
        }
    }

    @Test
    void theFirstOfTwoTagsInOneWordOfEightBytesIsRead() throws IOException {
        // "<a/>" between an article and its citation makes the citation a record of its own, so
        // skipping to the second '<' of a word would lose a record; "<=" is the byte after a '<'
        // that the scan's borrow marks falsely.
        for (int length = 0; length <= 8; length++) {
            String file = "<MedlineCitationSet>" + "x".repeat(length)
                    + "<PubmedArticle><a/><MedlineCitation><PMID>1</PMID></MedlineCitation></PubmedArticle></MedlineCitationSet>";
            for (int step : new int[] {1, 8, 1 << 16}) {
                assertThat(RecordTagCounter.countAll(inSteps(file, step)).records()).as("after %d chars, read %d bytes at a time", length, step)
                        .isEqualTo(2);
                String comment = "<MedlineCitationSet>" + "x".repeat(length) + "<!--<=--><MedlineCitation/></MedlineCitationSet>";
                assertThatThrownBy(() -> readAll(RecordTagCounter.guarded(inSteps(comment, step))))
                        .as("a comment after %d chars", length).hasMessageContaining("careful reader");
            }
        }
    }

    @Test
    void aGuardedStreamHandsOverPastAStretchOfMoreThanAMebibyteWithoutMarkup() throws IOException {
        String start = "<MedlineCitationSet><MedlineCitation><AbstractText>";
        String end = "</AbstractText></MedlineCitation></MedlineCitationSet>";
        int longest = (int) RecordTagCounter.LONGEST_STRETCH;
        for (String filler : new String[] {"a", "¼"}) { // one byte, and two (C2 BC) of which neither may pass for '<'
            int bytes = filler.getBytes(StandardCharsets.UTF_8).length;
            String withinLimit = start + filler.repeat((longest - 64) / bytes) + end;
            String pastLimit = start + filler.repeat(longest / bytes + 1) + end;
            for (int step : new int[] {4096, 1 << 16}) {
                assertThat(readAll(RecordTagCounter.guarded(inSteps(withinLimit, step)))).isEqualTo(1);
                assertThatThrownBy(() -> readAll(RecordTagCounter.guarded(inSteps(pastLimit, step))))
                        .as("%s, read %d bytes at a time", filler, step)
                        .isInstanceOf(IOException.class).hasMessageContaining("without markup");
                assertThat(RecordTagCounter.countAll(inSteps(pastLimit, step)).records()).as("unguarded").isEqualTo(1);
            }
        }
    }

    private static long readAll(RecordTagCounter counter) throws IOException {
        byte[] buffer = new byte[4096];
        while (counter.read(buffer, 0, buffer.length) >= 0) {
            // counted as read
        }
        return counter.records();
    }
}
