package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BibliographicRecordTest {

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
