package org.evidentia.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The review of session 26's change, Q10: the DOI's key had no test of its own. */
class DoiSpellingsTest {

    @Test
    void everySpellingOfADoiHasTheOneKey() {
        assertThat(DoiSpellings.key("10.1/AbC")).isEqualTo("10.1/abc");
        assertThat(DoiSpellings.key("https://doi.org/10.1/ABC")).isEqualTo("10.1/abc");
        assertThat(DoiSpellings.key("doi: 10.1/abc")).isEqualTo("10.1/abc");
        assertThat(DoiSpellings.key("https://doi.org/")).as("a prefix alone is no DOI (Q6)").isNull();
        assertThat(DoiSpellings.key(null)).isNull();
    }

    /** Q8: SQLite's lower(), in which a store's indexes hold DOIs, folds ASCII only; so does the key. */
    @Test
    void onlyAsciiLettersAreFolded() {
        assertThat(DoiSpellings.key("10.9999/ÄRGER.1")).isEqualTo("10.9999/Ärger.1");
    }

    @Test
    void theSpellingsAStoreAsksForAreTheKeyBehindEachPrefix() {
        assertThat(DoiSpellings.of("10.1/abc")).hasSize(DoiSpellings.count()).startsWith("10.1/abc")
                .contains("https://doi.org/10.1/abc", "doi:10.1/abc", "doi: 10.1/abc", "http://dx.doi.org/10.1/abc");
    }
}
