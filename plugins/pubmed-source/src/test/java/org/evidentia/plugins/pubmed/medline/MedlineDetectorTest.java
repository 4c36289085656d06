package org.evidentia.plugins.pubmed.medline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MedlineDetectorTest {

    @Test
    void aHeadThatOpensWithAPmidIsSurelyMedline() {
        assertThat(MedlineDetector.score("export.txt", "PMID- 1\nTI  - A title.\n")).isEqualTo(95);
        assertThat(MedlineDetector.score("export.txt", "\nOWN - NLM\nTI  - A title.\nPMID- 1\nAB  - Text.\n")).isEqualTo(80);
    }

    /**
     * A .nbib name is weak evidence, taken only for a head with a tag line: a PDF, a zip archive or a program saved as .nbib
     * had been read as one record, or as dozens of skipped ones quoting binary, where the file's kind should be told (an
     * explorer's F10).
     */
    @Test
    void aMedlineNameCountsOnlyForAHeadWithATagLine() {
        assertThat(MedlineDetector.score("citations.nbib", "LID - 10.1/x [doi]\nA line the export wrapped.\n")).isEqualTo(20);
        assertThat(MedlineDetector.score("doc.nbib", "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n")).isZero();
        assertThat(MedlineDetector.score("z.nbib", "PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml")).isZero();
        assertThat(MedlineDetector.score("bin.nbib", "\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000")).isZero();
        assertThat(MedlineDetector.score("page.nbib", "<html><body>Not found</body></html>")).isZero();
    }
}
