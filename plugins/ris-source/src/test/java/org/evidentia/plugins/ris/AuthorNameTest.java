package org.evidentia.plugins.ris;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thompson, Mary E.|Thompson ME",
            "Baldwin,S.A.|Baldwin SA",
            "Wu, JA|Wu JA",
            "Li, Yu|Li Y",
            "van der Berg, Jan-Willem|van der Berg JW",
            "Smith, John, Jr.|Smith J Jr",
            "Okafor,C.N.|Okafor CN",
            "World Health Organization|World Health Organization",
            "Madonna,|Madonna"})
    void writesFamilyNameThenInitials(String written, String citation) {
        assertThat(AuthorName.citationForm(written)).isEqualTo(citation);
    }
}
