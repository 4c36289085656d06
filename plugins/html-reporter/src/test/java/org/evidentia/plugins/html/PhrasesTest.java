package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasesTest {

    @ParameterizedTest
    @CsvSource({
            "0.0078125, 0.0078",
            "0.21875, 0.22",
            "1.0, 1.0",
            "0.25, 0.25",
            "0.5, 0.50",
            "0.0703125, 0.070",
            "0.0625, 0.063",
            "0.0009765625, < 0.001",
            "0.001953125, 0.0020",
    })
    void formatsPValuesToTwoSignificantDigitsKeepingTrailingZeros(double p, String expected) {
        assertThat(Phrases.pValue(p)).isEqualTo(expected);
    }

    @Test
    void countsWithTheRightNounAndGroupsDigits() {
        assertThat(Phrases.count(1, "study", "studies")).isEqualTo("1 study");
        assertThat(Phrases.count(0, "study", "studies")).isEqualTo("0 studies");
        assertThat(Phrases.count(12345, "finding", "findings")).isEqualTo("12,345 findings");
    }

    @Test
    void lowerCasesALabelInsideASentenceUnlessItHoldsOtherCapitals() {
        assertThat(Phrases.noun("Cytokine")).isEqualTo("cytokine");
        assertThat(Phrases.noun("Biomarkers")).isEqualTo("biomarkers");
        assertThat(Phrases.noun("NGF")).isEqualTo("NGF");
        assertThat(Phrases.noun("T cell")).isEqualTo("T cell");
        assertThat(Phrases.noun("x")).isEqualTo("x");
    }
}
