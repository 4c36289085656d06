package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportViewBuilderTest {

    @ParameterizedTest
    @CsvSource({
            "0.0078125, 0.0078",
            "0.21875, 0.22",
            "1.0, 1",
            "0.25, 0.25",
            "0.0009765625, < 0.001",
            "0.001953125, 0.002",
    })
    void formatsPValuesToTwoSignificantDigits(double p, String expected) {
        assertThat(ReportViewBuilder.pValue(p)).isEqualTo(expected);
    }
}
