package org.evidentia.textmining.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PmidsTest {

    @Test
    void theFormsThatPlainlyMeanAPmidAreReadAsItsDigits() {
        assertThat(Pmids.normalised("31234567")).isEqualTo("31234567");
        assertThat(Pmids.normalised(" 31234567.0 ")).isEqualTo("31234567");
        assertThat(Pmids.normalised("PMID:31234568")).isEqualTo("31234568");
        assertThat(Pmids.normalised("pmid- 31234568")).isEqualTo("31234568");
        assertThat(Pmids.normalised("PMID 31234568")).isEqualTo("31234568");
        // the review of session 20's change, 7: a sheet's non-breaking space, and leading zeros, kept the copies apart
        assertThat(Pmids.normalised("31234567\u00a0")).isEqualTo("31234567");
        assertThat(Pmids.normalised("0031234568")).isEqualTo("31234568");
        assertThat(Pmids.normalised("31234569\u2028")).isEqualTo("31234569");
    }

    @Test
    void anythingElseIsNoPmid() {
        assertThat(Pmids.normalised("abc")).isNull();
        assertThat(Pmids.normalised("12x")).isNull();
        assertThat(Pmids.normalised("3.123457E7")).isNull();
        assertThat(Pmids.normalised("31234567.5")).isNull();
        assertThat(Pmids.normalised("1234567890123")).as("more than twelve digits").isNull();
        assertThat(Pmids.normalised("")).isNull();
        assertThat(Pmids.normalised("000")).isNull();
        assertThat(Pmids.normalised(null)).isNull();
    }

    @Test
    void aBadValueIsQuotedOnOneLineAndCutWhenLong() {
        assertThat(Pmids.quoted("ab\r\ncd")).isEqualTo("ab cd");
        assertThat(Pmids.quoted("9".repeat(92))).isEqualTo("9".repeat(60) + "...");
    }
}
