package org.evidentia.textmining.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    @Test
    void longFormsBeforeTheirShortFormsInBrackets() {
        assertThat(Abbreviations.of("Obstructive sleep apnea syndrome (OSAS) is common. Patients with OSAS and "
                + "hog dust extract (HDE; 1%) and the appendicitis-appendectomy (AA) model were studied (p < 0.05)."))
                .containsEntry("OSAS", "Obstructive sleep apnea syndrome")
                .containsEntry("HDE", "hog dust extract")
                .containsEntry("AA", "appendicitis-appendectomy")
                .doesNotContainKey("p < 0.05");
    }

    @Test
    void noLongFormWhenTheLettersDoNotMatch() {
        assertThat(Abbreviations.of("the levels were high (IL-6) in all")).doesNotContainKey("IL-6");
    }

    @Test
    void aLongFormSpelledWordByWordBeatsOneWordHoldingAllTheLetters() {
        // 25076849: the shortest match for CRC is "carcinoma" (C, R, C all inside it)
        assertThat(Abbreviations.of("Progression from ulcerative colitis (UC) toward colorectal carcinoma (CRC) is multistep."))
                .containsEntry("CRC", "colorectal carcinoma")
                .containsEntry("UC", "ulcerative colitis");
    }

    @Test
    void noLongerLongFormWhoseWordsDoNotEachBeginWithALetterOfTheShortForm() {
        assertThat(Abbreviations.of("increased levels of interleukin (IL)-6 and lipid lipopolysaccharide (LPS) and "
                + "pulmonary tuberculosis (TB)"))
                .containsEntry("IL", "interleukin")
                .containsEntry("LPS", "lipopolysaccharide")
                .containsEntry("TB", "tuberculosis");
    }
}
