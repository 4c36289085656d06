package org.evidentia.textmining.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedLinesTest {

    @Test
    void wrappedLinesAreJoinedWithASpaceAndAfterALettersHyphenWithout() {
        assertThat(WrappedLines.join(List.of("Serum IL-6 was", "  higher in patients."))).isEqualTo("Serum IL-6 was higher in patients.");
        assertThat(WrappedLines.join(List.of("the anterior-", "to-psoas approach"))).isEqualTo("the anterior-to-psoas approach");
        assertThat(WrappedLines.join(List.of("interleukin-", "6 rose"))).isEqualTo("interleukin-6 rose");
        assertThat(WrappedLines.join(List.of("a range of 5 -", "10 pg/ml"))).isEqualTo("a range of 5 - 10 pg/ml");
    }

    /** Review s20, 8: "pre-" wrapped before "and perimenopausal women" was read "pre-and perimenopausal women". */
    @Test
    void aHyphenBeforeAConjunctionEndsAWordWhoseSecondPartIsShared() {
        assertThat(WrappedLines.join(List.of("in pre-", "and perimenopausal women"))).isEqualTo("in pre- and perimenopausal women");
        assertThat(WrappedLines.join(List.of("pro-", "or anti-inflammatory"))).isEqualTo("pro- or anti-inflammatory");
        assertThat(WrappedLines.join(List.of("photo-", "and videographic documentation"))).isEqualTo("photo- and videographic documentation");
        assertThat(WrappedLines.join(List.of("pre-", "to post-treatment"))).isEqualTo("pre- to post-treatment");
        // the review of session 20's change, 12: "and/or", "vs." and a capital
        assertThat(WrappedLines.join(List.of("pre-", "and/or post-treatment"))).isEqualTo("pre- and/or post-treatment");
        assertThat(WrappedLines.join(List.of("pre-", "vs. post-treatment"))).isEqualTo("pre- vs. post-treatment");
        assertThat(WrappedLines.join(List.of("PRE-", "AND POST-TREATMENT"))).isEqualTo("PRE- AND POST-TREATMENT");
        // a word that only begins as a conjunction is joined as before
        assertThat(WrappedLines.join(List.of("co-", "ordinated care"))).isEqualTo("co-ordinated care");
        assertThat(WrappedLines.join(List.of("T-", "andersen cells"))).isEqualTo("T-andersen cells");
    }
}
