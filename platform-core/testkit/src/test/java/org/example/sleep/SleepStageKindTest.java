package org.example.sleep;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidentia.api.FindingKind.Attribute;
import org.junit.jupiter.api.Test;

/** The guide's kind with value meanings is a valid declaration, and reads as the guide says. */
class SleepStageKindTest {

    @Test
    void itsValuesReadAsTheirLabelsAndKeepTheirMeaningsInTheirOrder() {
        Attribute stage = SleepStageKind.KIND.attribute("stage").orElseThrow();

        assertThat(stage.readerLabel("rem")).isEqualTo("REM sleep");
        assertThat(stage.readerLabel("wake")).isEqualTo("wake");
        assertThat(stage.meanings().keySet()).containsExactly("rem", "nrem", "wake");
        assertThat(SleepStageKind.KIND.attribute("note").orElseThrow().meanings()).isEmpty();
    }
}
