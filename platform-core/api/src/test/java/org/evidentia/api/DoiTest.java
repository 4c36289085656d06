package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoiTest {

    @Test
    void aDoiBehindAResolverOrDoiColonIsTheBareDoiInItsCase() {
        assertThat(Doi.bare("10.1/X")).isEqualTo("10.1/X");
        assertThat(Doi.bare(" https://doi.org/10.1/X ")).isEqualTo("10.1/X");
        assertThat(Doi.bare("HTTP://DX.DOI.ORG/10.1/x")).isEqualTo("10.1/x");
        assertThat(Doi.bare("doi: 10.1/x")).isEqualTo("10.1/x");
        assertThat(Doi.bare("DOI:10.1/x")).isEqualTo("10.1/x");
    }

    /** The review of session 26's change, Q6: an export's empty DOI link was a DOI, and merged every record that had one. */
    @Test
    void aPrefixAloneIsNoDoi() {
        assertThat(Doi.bare("https://doi.org/")).isNull();
        assertThat(Doi.bare("doi: ")).isNull();
        assertThat(Doi.bare(" ")).isNull();
        assertThat(Doi.bare(null)).isNull();
        BibliographicRecord record = BibliographicRecord.builder().doi("https://doi.org/").title("A study").build();
        assertThat(record.doi()).isNull();
        assertThat(record.id()).startsWith("title:");
        assertThat(BibliographicRecord.builder().doi("https://doi.org/10.1/X").build().doi()).as("kept as given")
                .isEqualTo("https://doi.org/10.1/X");
    }
}
