package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BibliographicRecordTest {

    /**
     * The code review of session 26, C5: the same paper from a BioC file (its DOI written as https://doi.org/...) and from a
     * RIS file (the DOI bare) was two records, its id a URL, and voted twice. A record holds its DOI bare, and is known by it.
     */
    @Test
    void aDoiIsHeldWithoutTheResolversPrefix() {
        for (String written : new String[] {"https://doi.org/10.1000/ABC123", "HTTP://DX.DOI.ORG/10.1000/ABC123", "doi: 10.1000/ABC123",
                " 10.1000/ABC123 "}) {
            BibliographicRecord record = BibliographicRecord.builder().doi(written).title("A paper").build();
            assertThat(record.doi()).as(written).isEqualTo("10.1000/ABC123");
            assertThat(record.id()).as(written).isEqualTo("10.1000/ABC123");
        }
        assertThat(BibliographicRecord.builder().doi("https://doi.org/").title("A paper").build().doi()).as("a prefix alone").isNull();
        assertThat(BibliographicRecord.builder().doi("10.1000/doi:x").title("A paper").build().doi()).isEqualTo("10.1000/doi:x");
    }

    @Test
    void anUnlabelledAbstractIsItsOneSection() {
        String text = "IL-6 was higher in patients.";
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").section(null, text).build();
        assertThat(record.abstractText()).isSameAs(text);
        assertThat(record.text(BibliographicRecord.FIELD_ABSTRACT)).isEqualTo(text);
    }

    @Test
    void sectionsAreLinesAndLabelsPrefixThem() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1")
                .section("BACKGROUND", "Why.").section(null, "Plain.").section("RESULTS", "IL-6 rose \u2191.").build();
        assertThat(record.abstractText()).isEqualTo("BACKGROUND: Why.\nPlain.\nRESULTS: IL-6 rose \u2191.");
    }

    @Test
    void aLabelledSingleSectionKeepsItsLabel() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").section("RESULTS", "IL-6 rose.").build();
        assertThat(record.abstractText()).isEqualTo("RESULTS: IL-6 rose.");
    }

    @Test
    void anEmptyLeadingSectionStartsNoLine() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").section(null, "").section(null, "Text.").build();
        assertThat(record.abstractText()).isEqualTo("Text.");
        assertThat(BibliographicRecord.builder().pmid("2").build().abstractText()).isEqualTo("");
    }

    /**
     * An explorer's s21: a null author, keyword, publication type, metadata value or origin was taken, and build() then threw a
     * NullPointerException without a message; the builder names the field the null was given for.
     */
    @Test
    void aNullGivenForAListsValueIsToldByItsFieldWhereItIsGiven() {
        BibliographicRecord.Builder builder = BibliographicRecord.builder().pmid("1");

        assertThatThrownBy(() -> builder.author(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("BibliographicRecord.Builder.author: null, where a value is expected (leave the call out when there is none)");
        assertThatThrownBy(() -> builder.keyword(null)).hasMessageStartingWith("BibliographicRecord.Builder.keyword: null");
        assertThatThrownBy(() -> builder.publicationType(null)).hasMessageStartingWith("BibliographicRecord.Builder.publicationType: null");
        assertThatThrownBy(() -> builder.origin(null)).hasMessageStartingWith("BibliographicRecord.Builder.origin: null");
        assertThatThrownBy(() -> builder.metadata("LA", null)).hasMessageStartingWith("BibliographicRecord.Builder.metadata LA: null");
        assertThatThrownBy(() -> builder.metadata(null, "eng")).hasMessageStartingWith("BibliographicRecord.Builder.metadata key: null");
        assertThat(builder.title(null).author("Smith J").build().authors()).as("the builder is still usable").containsExactly("Smith J");
    }
}
