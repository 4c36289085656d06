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

    /**
     * Review 32 L11: full-width starters, and a starter behind a space or an invisible character, were
     * written unchanged. (Java reads the {@code \\u} escapes below as the characters themselves.)
     */
    @org.junit.jupiter.api.Test
    void prefixesFullWidthStartersAndStartersBehindSpacesAndInvisibleCharacters() {
        assertThat(FormulaNeutraliser.neutralise("\uFF1DHYPERLINK(\"http://x\")")).isEqualTo("'\uFF1DHYPERLINK(\"http://x\")");
        assertThat(FormulaNeutraliser.neutralise("\uFF0BSUM(A1)")).isEqualTo("'\uFF0BSUM(A1)");
        assertThat(FormulaNeutraliser.neutralise("\uFF0D2\uFF0B3")).isEqualTo("'\uFF0D2\uFF0B3");
        assertThat(FormulaNeutraliser.neutralise("\uFF20cmd")).isEqualTo("'\uFF20cmd");
        assertThat(FormulaNeutraliser.neutralise("\u00A0=1+1")).isEqualTo("'\u00A0=1+1");
        assertThat(FormulaNeutraliser.neutralise("\u200B+1")).isEqualTo("'\u200B+1");
        assertThat(FormulaNeutraliser.neutralise("\uFEFF@cmd")).isEqualTo("'\uFEFF@cmd");
        assertThat(FormulaNeutraliser.neutralise("\u2060\u3000\uFF1D1")).isEqualTo("'\u2060\u3000\uFF1D1");
        assertThat(FormulaNeutraliser.neutralise(" =1")).isEqualTo("' =1");
        assertThat(FormulaNeutraliser.neutralise("\n-1")).isEqualTo("'\n-1");
        // a starter that is not first, and a space before text, change nothing
        assertThat(FormulaNeutraliser.neutralise("IL\uFF0D6")).isEqualTo("IL\uFF0D6");
        assertThat(FormulaNeutraliser.neutralise("\u00A0IL-6")).isEqualTo("\u00A0IL-6");
        assertThat(FormulaNeutraliser.neutralise("\u00A0")).isEqualTo("\u00A0");
    }
}
