package org.evidentia.plugins.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaNeutraliserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=1+1|'=1+1",
            "+SUM(A1)|'+SUM(A1)",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "IL-6 = 2|IL-6 = 2",
            "'quoted|'quoted",
            "2020|2020",
    })
    void prefixesCellsThatASpreadsheetWouldEvaluate(String cell, String expected) {
        assertThat(FormulaNeutraliser.neutralise(cell)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void prefixesLeadingTabAndCarriageReturnAndLeavesEmptyCells() {
        assertThat(FormulaNeutraliser.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaNeutraliser.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(FormulaNeutraliser.neutralise("")).isEmpty();
    }
}
