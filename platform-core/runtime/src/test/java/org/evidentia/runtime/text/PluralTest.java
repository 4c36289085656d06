package org.evidentia.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneTakesTheSingularEveryOtherCountThePlural() {
        assertThat(Plural.count(1, "record")).isEqualTo("1 record");
        assertThat(Plural.count(0, "record")).isEqualTo("0 records");
        assertThat(Plural.count(2345, "record")).isEqualTo("2,345 records");
        assertThat(Plural.count(1, "study")).isEqualTo("1 study");
        assertThat(Plural.count(3, "study")).isEqualTo("3 studies");
    }

    @Test
    void regularPluralsOfTheNounsTheConsolePrints() {
        assertThat(Plural.noun(2, "timed pass")).isEqualTo("timed passes");
        assertThat(Plural.noun(2, "input file")).isEqualTo("input files");
        assertThat(Plural.noun(2, "survey")).isEqualTo("surveys"); // a vowel before the y
        assertThat(Plural.noun(2, "more problem")).isEqualTo("more problems");
        assertThat(Plural.noun(2, "zip")).isEqualTo("zips");
    }
}
