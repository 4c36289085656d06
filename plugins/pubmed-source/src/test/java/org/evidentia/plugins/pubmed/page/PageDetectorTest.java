package org.evidentia.plugins.pubmed.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageDetectorTest {

    private static final String NOTE = "# Where the example pages come from\n\nThe two pages here were copied from a browser; "
            + "the second is doi:10.1007/s11916-003-0032-2.\n";
    private static final String PUBMED_PAGE = "Skip to main page content\nU.S. flag\n\nAbstract\n\nSome text.\n";

    @Test
    void otherTextIsReadAsAPageOnlyFromAPlainTextFile() {
        assertThat(PageDetector.score("notes.txt", NOTE)).isEqualTo(5);
        assertThat(PageDetector.score("copied-page", NOTE)).isEqualTo(5);
        assertThat(PageDetector.score("sources.md", NOTE)).isZero();
        assertThat(PageDetector.score("readme.markdown", NOTE)).isZero();
    }

    @Test
    void aPageWithTheSitesMarkerLinesIsAPageWhateverItsName() {
        assertThat(PageDetector.score("page.md", PUBMED_PAGE)).isEqualTo(70);
        assertThat(PageDetector.score("page.txt", PUBMED_PAGE)).isEqualTo(70);
    }
}
