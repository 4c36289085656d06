package org.example.sleep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;

/** A plain unit test of the guide's extractor, run with the testkit's own build. */
class SleepTermExtractorTest {
    private final SleepTermExtractor extractor = new SleepTermExtractor();

    @Test
    void findsTheConfiguredTerm() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").title("T")
                .section(null, "Effects of partial sleep deprivation on IL-6.").build();
        var context = PluginTestKit.context(extractor, Map.of("term", "Sleep Deprivation"));

        assertThat(extractor.extract(record, context)).singleElement()
                .satisfies(f -> assertThat(f.subject().text()).isEqualTo("sleep deprivation"));
    }

    @Test
    void theMentionIsCutFromTheTextItselfAfterACharacterThatLowerCasesToTwo() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").title("T")
                .section(null, "In \u0130stanbul, sleep deprivation raised IL-6.").build();

        assertThat(extractor.extract(record, PluginTestKit.context(extractor))).singleElement().satisfies(f -> {
            assertThat(f.subject().text()).isEqualTo("sleep deprivation");
            assertThat(f.evidence().mentionStart()).isEqualTo(record.text(f.evidence().field()).indexOf("sleep deprivation"));
        });
    }

    @Test
    void anEmptyTermIsRefusedAsTheRuntimeWouldRefuseIt() {
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("term", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option sleep-terms.term: term must not be empty");
    }
}
