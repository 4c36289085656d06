package org.example.sleep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Extractor;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;

/** {@link PluginTestKit#extract}: findings held to the contract a run holds them to. */
class ExtractUnderTheContractTest {

    private final BibliographicRecord record = BibliographicRecord.builder().pmid("1").title("T")
            .section(null, "Effects of partial sleep deprivation on IL-6.").build();

    @Test
    void findingsARunKeepsAreReturned() {
        assertThat(PluginTestKit.extract(new SleepTermExtractor(), record, Map.of("term", "Sleep Deprivation")))
                .singleElement().satisfies(f -> assertThat(f.subject().text()).isEqualTo("sleep deprivation"));
    }

    @Test
    void aFindingARunWouldDropFailsTheTestWithTheRunsWords() {
        Extractor wrongKind = new Altered(f -> new Finding(f.recordId(), "another-kind", f.subject(), f.direction(), f.attributes(),
                f.evidence(), f.extractor(), f.extractorVersion()));
        assertThatThrownBy(() -> PluginTestKit.extract(wrongKind, record))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("sleep-terms, record 1: finding dropped: its kind another-kind is not the extractor's kind "
                        + wrongKind.findingKind().name());
    }

    @Test
    void aSentenceThatIsNotWhereTheFindingSaysFailsTheTest() {
        Extractor shifted = new Altered(f -> {
            EvidenceSpan e = f.evidence();
            EvidenceSpan off = new EvidenceSpan(e.field(), e.section(), e.sentence(), e.sentenceStart() + 1, e.sentenceEnd() + 1,
                    e.mentionStart() + 1, e.mentionEnd() + 1);
            return new Finding(f.recordId(), f.kind(), f.subject(), f.direction(), f.attributes(), off, f.extractor(), f.extractorVersion());
        });
        assertThatThrownBy(() -> PluginTestKit.extract(shifted, record))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("finding dropped: its sentence is not at ");
    }

    /** The guide's extractor with each finding altered: a plugin's mistake. */
    private static final class Altered implements Extractor {
        private final SleepTermExtractor extractor = new SleepTermExtractor();
        private final UnaryOperator<Finding> alteration;

        Altered(UnaryOperator<Finding> alteration) {
            this.alteration = alteration;
        }

        @Override
        public String name() {
            return extractor.name();
        }

        @Override
        public String description() {
            return extractor.description();
        }

        @Override
        public Class<? extends Record> optionsType() {
            return extractor.optionsType();
        }

        @Override
        public FindingKind findingKind() {
            return extractor.findingKind();
        }

        @Override
        public List<Finding> extract(BibliographicRecord record, ExtensionContext context) {
            return extractor.extract(record, context).stream().map(alteration).toList();
        }
    }
}
