package org.evidentia.plugins.pubmed.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationNameTest {

    @Test
    void namesAsPagesPrintThemBecomeFamilyNameAndInitials() {
        assertThat(CitationName.of("Mollie E Thompson")).isEqualTo("Thompson ME");
        assertThat(CitationName.of("Jean-Paul  Sartre")).isEqualTo("Sartre JP");
        assertThat(CitationName.of("Ludwig van Beethoven")).isEqualTo("van Beethoven L");
        assertThat(CitationName.of("Åsa K Öberg")).isEqualTo("Öberg ÅK");
        assertThat(CitationName.of("Thompson")).isEqualTo("Thompson");
    }
}
