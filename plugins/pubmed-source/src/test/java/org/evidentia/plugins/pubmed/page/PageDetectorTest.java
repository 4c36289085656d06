package org.evidentia.plugins.pubmed.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageDetectorTest {

    private static final String NOTE = "# Where the example pages come from\n\nThe two pages here were copied from a browser; "
            + "the second is doi:10.1007/s11916-003-0032-2.\n";
    private static final String PUBMED_PAGE = "Skip to main page content\nU.S. flag\n\nAbstract\n\nSome text.\n";

    private static final String HELLO = "hello world, not pubmed\nA few lines of prose about nothing in particular.\n"
            + "It names no journal, no year and no identifier.\n";
    private static final String BARE_PAGE = "Serum interleukin-6 in an invented cohort\n\nJ Test Med. 2021 Mar 2;14(3):201-209.\n\n"
            + "Interleukin-6 was higher in the invented patients than in the invented controls.\n";

    @Test
    void proseWithNoTraceOfARecordIsNoPageWhateverItsName() {
        assertThat(PageDetector.score("hello.txt", HELLO)).isZero();
        assertThat(PageDetector.score("notes.txt", NOTE)).isZero(); // a DOI inside a sentence is no identifier line
        assertThat(PageDetector.score("copied-page", HELLO)).isZero();
    }

    @Test
    void aPlainTextFileWithOneTraceOfARecordIsReadAsAPage() {
        assertThat(PageDetector.score("copied.txt", BARE_PAGE)).as("a citation line").isEqualTo(5);
        assertThat(PageDetector.score("copied-page", ". 2003 Oct;7(5):342-7.\nA title\n")).isEqualTo(5);
        assertThat(PageDetector.score("copied.txt", "A title\n\nAbstract\n\nSome text.\n")).as("an abstract heading").isEqualTo(5);
        assertThat(PageDetector.score("copied.txt", "A title\nPMID: 12345678\n")).as("an identifier line").isEqualTo(5);
        assertThat(PageDetector.score("copied.txt", "A title\n\nAbstract\nText.\ndoi: 10.1/x\n")).isEqualTo(40);
        assertThat(PageDetector.score("sources.md", BARE_PAGE)).isZero();
        assertThat(PageDetector.score("readme.markdown", BARE_PAGE)).isZero();
    }

    @Test
    void aPageWithTheSitesMarkerLinesIsAPageWhateverItsName() {
        assertThat(PageDetector.score("page.md", PUBMED_PAGE)).isEqualTo(70);
        assertThat(PageDetector.score("page.txt", PUBMED_PAGE)).isEqualTo(70);
    }
}
