package ${package};

import static org.assertj.core.api.Assertions.assertThat;

#if( $kind == "source" )
import java.nio.file.Path;
import org.evidentia.api.*;
import org.evidentia.testkit.EvidentiaPluginTest;
import org.evidentia.testkit.Fixture;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.TestInput;
import org.junit.jupiter.api.Test;

/** The source as the distribution loads it (the real host), on a fixture file. */
@EvidentiaPluginTest
class ${className}Test {

    @Test
    void readsEveryRecordOfTheFixture(Source source, @Fixture("fixtures/example.records") Path fixture,
                                      @Fixture("fixtures/example.records") TestInput probe) {
        assertThat(source.accepts(probe)).isEqualTo(90);

        PluginTestKit.SourceRun run = PluginTestKit.read(source, fixture);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("1001", "1002");
        assertThat(run.log().problems()).isEmpty();
    }
}
#elseif( $kind == "extractor" )
import java.util.List;
import java.util.Map;
import org.evidentia.api.*;
import org.evidentia.testkit.EvidentiaPluginTest;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;

/** The extractor as the distribution loads it (the real host), with its options bound as the runtime binds them. */
@EvidentiaPluginTest
class ${className}Test {

    private final BibliographicRecord record = BibliographicRecord.builder().pmid("1001").title("Exercise in fibromyalgia")
            .section(null, "Patients received exercise or placebo. Pain fell with exercise.").build();

    @Test
    void marksTheSentenceThatMentionsTheTerm(Extractor extractor) {
        List<Finding> findings = PluginTestKit.extract(extractor, record);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(extractor.findingKind().name());
            assertThat(f.evidence().sentence()).isEqualTo("Patients received exercise or placebo.");
            assertThat(record.text(f.evidence().field()).substring(f.evidence().mentionStart(), f.evidence().mentionEnd()))
                    .isEqualTo("Patients");
        });
    }

    @Test
    void aDecimalPointDoesNotEndTheSentence(Extractor extractor) {
        BibliographicRecord dosed = BibliographicRecord.builder().pmid("1002").title("Dosing")
                .section(null, "We gave 0.5 mg to patients twice daily. Pain fell.").build();

        assertThat(PluginTestKit.extract(extractor, dosed)).singleElement()
                .satisfies(f -> assertThat(f.evidence().sentence()).isEqualTo("We gave 0.5 mg to patients twice daily."));
    }

    @Test
    void theMentionIsCutFromTheTextItselfAfterACharacterThatLowerCasesToTwo(Extractor extractor) {
        // 'İ' (U+0130) lower-cases to two chars: offsets found in a lower-cased copy would be one too far
        BibliographicRecord turkish = BibliographicRecord.builder().pmid("1003").title("A cohort in Istanbul")
                .section(null, "In \u0130stanbul, 40 Patients were enrolled.").build();

        assertThat(PluginTestKit.extract(extractor, turkish)).singleElement().satisfies(f ->
                assertThat(turkish.text(f.evidence().field()).substring(f.evidence().mentionStart(), f.evidence().mentionEnd()))
                        .isEqualTo("Patients"));
    }

    @Test
    void theTermIsAnOption(Extractor extractor) {
        List<Finding> findings = PluginTestKit.extract(extractor, record, Map.of("term", "Pain"));

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence().sentence()).isEqualTo("Pain fell with exercise."));
    }
}
#else
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.*;
import org.evidentia.testkit.EvidentiaPluginTest;
import org.evidentia.testkit.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reporter as the distribution loads it (the real host), driven through a run as the runtime drives it. */
@EvidentiaPluginTest
class ${className}Test {

    private static final FindingKind KIND = new FindingKind("level-change", "Marker", "Markers", List.of(), Map.of());

    @Test
    void countsTheRunsFindingsByKind(Reporter reporter, @TempDir Path out) throws Exception {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1001").title("IL-6 in fibromyalgia")
                .section(null, "Serum IL-6 was higher in patients.").build();
        TestRun run = TestRun.builder(KIND).record(record)
                .finding(TestRun.finding(record, KIND, "IL6", "IL-6", "IL-6", Direction.INCREASED, Map.of())).build();

        run.report(reporter, Map.of(), out.resolve("report"));

        assertThat(Files.readString(out.resolve("report/${extensionName}.txt"))).isEqualTo("records 1\nlevel-change 1\n");
    }
}
#end
