package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;

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
}
