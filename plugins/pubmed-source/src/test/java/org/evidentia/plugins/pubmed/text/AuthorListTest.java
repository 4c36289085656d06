package org.evidentia.plugins.pubmed.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorListTest {

    @Test
    void readsPubmedAuthorListsWithTheirMarks() {
        assertThat(AuthorList.parse("De Luca Canto G(1,)(2), Kim JY(#)(1), Ferré À(3), d'Alessandro M, do Carmo FLR,"
                + " vanRensburg EJ, Navgeet(3), Mariapia Degli-Esposti, Smith JA Jr."))
                .containsExactly("De Luca Canto G", "Kim JY", "Ferré À", "d'Alessandro M", "do Carmo FLR",
                        "vanRensburg EJ", "Navgeet", "Mariapia Degli-Esposti", "Smith JA Jr");
    }

    @Test
    void readsCollectiveNamesAfterPersons() {
        assertThat(AuthorList.parse("Leslie S; International Inflammatory Bowel Disease Genetics Consortium; United Kingdom IBDGC."))
                .containsExactly("Leslie S", "International Inflammatory Bowel Disease Genetics Consortium", "United Kingdom IBDGC");
        assertThat(AuthorList.parse("PLOS Genetics Staff.")).containsExactly("PLOS Genetics Staff");
    }

    @Test
    void rejectsSentences() {
        assertThat(AuthorList.parse("We measured IL-6, TNF and IL-10 in serum.")).isEmpty();
        assertThat(AuthorList.parse("Cytokines were higher in patients, as expected.")).isEmpty();
        assertThat(AuthorList.parse("Interleukin-6 and sleep.")).isEmpty();
    }
}
