package org.evidentia.plugins.bioc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Source;
import org.evidentia.plugins.bioc.BiocJsonSource;
import org.evidentia.plugins.bioc.BiocXmlSource;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the reporter writes, the plugin's own sources read back into the same records: the same
 * ids, identifiers, citation, publication types (which decide the study design), title and
 * abstract sections, so that an extractor finds the same findings at the same offsets (the
 * end-to-end round trip through the cytokine extractor is {@code BiocRoundTripIT}).
 */
class BiocReadBackTest {

    @TempDir
    Path out;

    @ParameterizedTest
    @CsvSource({"xml, findings.bioc.xml", "json, findings.bioc.json"})
    void theSourceReadsBackEveryRecordAsItWas(String format, String file) throws Exception {
        List<BibliographicRecord> records = List.of(ReportFixtures.STRUCTURED, ReportFixtures.TITLE_ONLY, ReportFixtures.NO_FINDINGS);
        ReportFixtures.run().report(new BiocReporter(), Map.of("formats", format, "documents", "all"), out);
        Source source = format.equals("xml") ? new BiocXmlSource() : new BiocJsonSource();

        SourceRun read = PluginTestKit.read(source, out.resolve(file));

        assertThat(read.log().problems()).isEmpty();
        assertThat(read.declared()).isEqualTo(3);
        assertThat(read.records()).hasSize(3);
        for (int i = 0; i < records.size(); i++) {
            BibliographicRecord original = records.get(i);
            BibliographicRecord back = read.records().get(i);
            assertThat(back.id()).isEqualTo(original.id());
            assertThat(back.pmid()).isEqualTo(original.pmid());
            assertThat(back.doi()).isEqualTo(original.doi());
            assertThat(back.pmcid()).isEqualTo(original.pmcid());
            assertThat(back.title()).isEqualTo(original.title());
            assertThat(back.sections()).isEqualTo(original.sections());
            assertThat(back.abstractText()).isEqualTo(original.abstractText());
            assertThat(back.authors()).isEqualTo(original.authors());
            assertThat(back.journal()).isEqualTo(original.journal());
            assertThat(back.year()).isEqualTo(original.year());
            assertThat(back.publicationTypes()).isEqualTo(original.publicationTypes());
        }
        assertThat(read.log().notices()).containsExactly(out.resolve(file) + ": its 8 annotations and 5 relations were not read:"
                + " Evidentia extracts findings of its own from the text");
    }

    /**
     * The review of session 27's change, R6: a record's link to its retraction (MEDLINE's RIN, PubMed XML's CommentsCorrections of
     * RefType RetractionIn) marks it retracted, and a round trip through the BioC output lost it: the study voted again.
     */
    @ParameterizedTest
    @CsvSource({"xml, findings.bioc.xml", "json, findings.bioc.json"})
    void theLinksToARetractionAreReadBack(String format, String file) throws Exception {
        BibliographicRecord linked = BibliographicRecord.builder().pmid("96400201").title("Cytokines in sepsis").section(null, "IL-6 rose.")
                .publicationType("Journal Article").metadata("RIN", "J Test. 2021;1:1. PMID: 96400202")
                .metadata("CommentsCorrections", "CommentIn 96400203").metadata("CommentsCorrections", "RetractionIn 96400204").build();
        org.evidentia.testkit.TestRun run = org.evidentia.testkit.TestRun.builder(ReportFixtures.KIND).runDate(ReportFixtures.RUN_DATE)
                .evidentiaVersion("0.1.0").records(List.of(linked)).build();
        // driven by hand: TestRun.report gives a reporter that reads no metadata records without any, where the bundled sources
        // keep these links for it
        BiocReporter reporter = new BiocReporter();
        try (org.evidentia.testkit.TestRun.Outputs outputs = run.openOutputs(out)) {
            try (org.evidentia.api.ReportWriter writer = reporter.start(outputs.contextFor(reporter, Map.of("formats", format, "documents", "all")))) {
                writer.record(run.records().get(0));
                writer.finish(run.summary(), run.synthesis());
            }
            outputs.commit();
        }
        Source source = format.equals("xml") ? new BiocXmlSource() : new BiocJsonSource();

        BibliographicRecord back = PluginTestKit.read(source, out.resolve(file)).records().get(0);

        assertThat(back.metadata()).containsEntry("RIN", List.of("J Test. 2021;1:1. PMID: 96400202"))
                .containsEntry("CommentsCorrections", List.of("RetractionIn 96400204"));
    }
}
