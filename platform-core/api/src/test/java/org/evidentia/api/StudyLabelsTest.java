package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudyLabelsTest {

    private static StudyLabels.Citation study(String id, Integer year, String... authors) {
        return StudyLabels.Citation.of(id, id.matches("[0-9]+") ? id : null, id.startsWith("10.") ? id : null,
                authors.length == 0 ? null : authors[0], authors.length, year);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de Melo LF | de Melo",
            "De la Fuente M | De la Fuente",
            "van der Berg J | van der Berg",
            "Van Damme P | Van Damme",
            "Smith J | Smith",
            "Li XY | Li",
            "King ML Jr | King",
            "King ML Jr. | King",
            "Smith J III | Smith",
            "Smith JA 3rd | Smith",
            // initials in capitals are initials, not the suffixes Sr and Jr or a numeral
            "Bornstein SR | Bornstein",
            "Kirwan JR | Kirwan",
            "Patel SR Sr | Patel",
            "Ivanov II | Ivanov",
            "Smith Jr | Smith Jr",
            "Dupont J-P | Dupont",
            "García-López, María | García-López",
            "de Melo, Luiz F | de Melo",
            "COVID-19 Study Group | COVID-19 Study Group",
            "WHO | WHO",
            "  Smith   J  | Smith",
            // academic degrees after the initials are dropped; capitals only after initials (MD may be initials)
            "Johari S MPharm PhD | Johari",
            "Smith J MD | Smith",
            "Smith JA MD MPH | Smith",
            "Smith J Ph.D. | Smith",
            "Kowalski MD | Kowalski",
            "Lee MD PhD | Lee",
            // a name particle written into the initials, as MEDLINE does: Bravo Mde L
            "Bravo Mde L | Bravo",
            "Ade A | Ade",
    })
    void surnameKeepsItsParticlesAndDropsInitialsAndSuffixes(String author, String surname) {
        assertThat(StudyLabels.surname(author)).isEqualTo(surname);
    }

    @Test
    void labelsAreSurnameEtAlAndYear() {
        assertThat(StudyLabels.of(List.of(
                study("1", 2015, "de Melo LF", "Souza A"),
                study("2", 2014, "De la Fuente M"),
                study("3", null, "van der Berg J", "Other O"),
                study("4", null),
                study("10.1/x", null),
                study("local-7", null))))
                .containsExactly("de Melo et al. 2015", "De la Fuente 2014", "van der Berg et al. n.d.", "PMID 4", "doi:10.1/x", "local-7");
    }

    @Test
    void studiesThatWouldShareALabelGetLettersInStudyOrder() {
        List<StudyLabels.Citation> studies = List.of(
                study("11", 2015, "Li X", "A A"),
                study("12", 2015, "Li Y", "B B"),
                study("13", 2016, "Li X", "A A"),
                study("14", 2015, "Li Z", "C C"),
                study("15", 2015, "Li Q"),
                study("16", null, "Smith J"),
                study("17", null, "SMITH K"));
        assertThat(StudyLabels.of(studies)).containsExactly("Li et al. 2015a", "Li et al. 2015b", "Li et al. 2016",
                "Li et al. 2015c", "Li 2015", "Smith n.d.-a", "SMITH n.d.-b");
    }

    @Test
    void studiesAreOrderedAsTheirLabelsSoLetteredOnesStandTogether() {
        List<StudyLabels.Citation> studies = new ArrayList<>(List.of(
                study("21", 2016, "Li A", "X X"), study("22", 2015, "Li Z", "X X"), study("23", 2015, "Li A", "X X"),
                study("24", 2015, "de Melo LF", "X X"), study("25", 2014, "De Melo A", "X X"), study("26", null, "Abe K"),
                study("27", 2001)));
        studies.sort(StudyLabels.ORDER);
        assertThat(StudyLabels.of(studies)).containsExactly("Abe n.d.", "De Melo et al. 2014", "de Melo et al. 2015",
                "Li et al. 2015a", "Li et al. 2015b", "Li et al. 2016", "PMID 27");
        assertThat(studies.stream().map(StudyLabels.Citation::id)).containsExactly("26", "25", "24", "23", "22", "21", "27");
    }

    /** A reviewer's s21: accented surnames came after every unaccented one of their letter ("Spies" before "Späth-Schwalbe"). */
    @Test
    void accentedSurnamesStandAmongTheirLetters() {
        List<StudyLabels.Citation> studies = new ArrayList<>(List.of(study("1", 2001, "Spies CM"), study("2", 2002, "Späth-Schwalbe E"),
                study("3", 2003, "Buvanendran A"), study("4", 2004, "Bøyum A"), study("5", 2005, "Bolton B"), study("6", 2006, "Sparks D")));
        studies.sort(StudyLabels.ORDER);
        assertThat(studies.stream().map(StudyLabels.Citation::surname)).containsExactly("Bolton", "Bøyum", "Buvanendran", "Sparks",
                "Späth-Schwalbe", "Spies");
    }

    @Test
    void lettersGoOnPastZ() {
        List<StudyLabels.Citation> many = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            many.add(study(Integer.toString(100 + i), 2020, "Wang W", "X X"));
        }
        List<String> labels = StudyLabels.of(many);
        assertThat(labels).doesNotHaveDuplicates();
        assertThat(labels.subList(24, 28)).containsExactly("Wang et al. 2020y", "Wang et al. 2020z", "Wang et al. 2020aa", "Wang et al. 2020ab");
    }
}
