package org.evidentia.plugins.pubmedxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.evidentia.testkit.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads every PubMed XML file of ../shared/data (skipped where it is absent) with PROVENANCE.md's counts. */
class PubmedXmlSharedDataTest {

    private final PubmedXmlSource source = new PubmedXmlSource();

    @ParameterizedTest
    @CsvSource({
        "data/xml/pubmed1.xml, 2",
        "data/xml/pubmed2.xml, 2",
        "data/xml/pubmed4.xml, 1",
        "data/xml/pubmed5.xml, 1",
        "data/xml/pubmed6.xml, 1",
        "data/xml/pubmed7.xml, 1",
        "data/xml/medline16n0902.xml.gz, 604",
        "data/xml/test_current_medline.xml.gz, 4",
        "data/xml/pubmed-29768149.xml, 1",
        "data/xml/pubmedsample18n0001.xml.gz, 177",
    })
    void readsEveryRecordWithoutProblems(String file, int count) {
        SourceRun run = PluginTestKit.read(source, SharedData.resolve(file));

        assertThat(run.records()).hasSize(count);
        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).allSatisfy(record -> {
            assertThat(record.pmid()).matches("\\d+");
            assertThat(record.title()).isNotBlank();
            assertThat(record.year()).isBetween(1900, 2030);
        });
        assertThat(run.records()).extracting(r -> r.origins().get(0).recordNumber())
                .containsExactlyElementsOf(Stream.iterate(1L, n -> n + 1).limit(count).toList());
    }

    /**
     * Review 5's reproduce (living-review operator, finding 2): the one-PMID {@code <DeleteCitation>} list
     * of a real 2016 update file made four, with junk after the third. Every PMID of it is handed on,
     * once: those after the damage too, where they were reported lost.
     */
    @Test
    void aDamagedDeletionListOfARealUpdateFileHandsOnEachOfItsPmidsOnce(@TempDir Path dir) throws IOException {
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SharedData.resolve("data/xml/medline16n0902.xml.gz")))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String list = "<DeleteCitation>\n<PMID Version=\"1\">26432306</PMID>\n</DeleteCitation>";
        assertThat(text).contains(list);
        Path file = dir.resolve("del-damaged.xml");
        Files.writeString(file, text.replace(list, "<DeleteCitation>\n<PMID Version=\"1\">26432306</PMID>\n<PMID Version=\"1\">26432307</PMID>\n"
                + "<PMID Version=\"1\">26432308</PMID><x a=>\n<PMID Version=\"1\">26432309</PMID>\n</DeleteCitation>"));
        TestContext context = PluginTestKit.context(source);

        SourceRun run = PluginTestKit.read(source, file, context);

        assertThat(run.records()).hasSize(604);
        assertThat(context.deletedIds()).containsExactly("26432306", "26432307", "26432308", "26432309");
        assertThat(context.lostDeletions()).as("what the damaged part held cannot be told: a store counts the input partial").isTrue();
        assertThat(run.log().problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("XML is not well-formed at line 89983, column ")
                .contains("inside the <DeleteCitation> list that starts at line 89980: ", "; reading goes on at line 89984 with the list's next"
                        + " PMID, so only a deletion written in the damaged part (after PMID 26432308, the 3rd it lists), if it held one, is lost"));
    }

    @ParameterizedTest
    @CsvSource({
        "data/xml/medline16n0902.xml.gz", "data/xml/pubmedsample18n0001.xml.gz",
        "data/xml/baseline-2021-excerpts/pubmed21n1004.xml.gz", "data/xml/pubmed-29768149.xml",
    })
    void givesTheSameRecordsWithoutTheirMetadataWhenNothingReadsIt(String file) throws IOException {
        Path path = SharedData.resolve(file);
        PubmedXmlWithoutMetadataTest.Read full = PubmedXmlWithoutMetadataTest.read(path, PluginTestKit.context(source));
        PubmedXmlWithoutMetadataTest.Read lean = PubmedXmlWithoutMetadataTest.read(path, PluginTestKit.context(source).withoutMetadata());

        assertThat(full.records()).allSatisfy(r -> assertThat(r.metadata()).isNotEmpty());
        // but for a link to the notice that retracted the record, which decides its design (pubmedsample18n0001 has three)
        assertThat(lean.records())
                .containsExactlyElementsOf(full.records().stream().map(PubmedXmlWithoutMetadataTest::withRetractionLinksAlone).toList());
        assertThat(lean.problems()).isEqualTo(full.problems()).isEmpty();
        assertThat(lean.declared()).isEqualTo(full.declared()).isEqualTo((long) full.records().size());
    }

    @Test
    void readsTheFolderOfBaselineExcerpts() throws IOException {
        Path folder = SharedData.resolve("data/xml/baseline-2021-excerpts");
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                SourceRun run = PluginTestKit.read(source, file);
                assertThat(run.log().problems()).as(file.toString()).isEmpty();
                counts.put(file.getFileName().toString(), run.records().size());
            }
        }

        assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "pubmed21n0001.xml.gz", 49, "pubmed21n1000.xml.gz", 29, "pubmed21n1001.xml.gz", 37,
                "pubmed21n1002.xml.gz", 45, "pubmed21n1003.xml.gz", 51, "pubmed21n1004.xml.gz", 88,
                "pubmed21n1005.xml.gz", 20)));
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(319);
    }

    @Test
    void baselineRecordKeepsIdentifiersAndInlineMarkupAsText() {
        List<BibliographicRecord> records = PluginTestKit.read(source,
                SharedData.resolve("data/xml/baseline-2021-excerpts/pubmed21n1004.xml.gz")).records();

        BibliographicRecord first = records.get(0);
        assertThat(first.pmid()).isEqualTo("31510352");
        assertThat(first.doi()).isEqualTo("10.1364/OE.27.024670");
        assertThat(first.title()).startsWith("Output energy enhancement in a mode-locked Er-doped fiber laser using CVD-Bi")
                .doesNotContain("<sub>");
        BibliographicRecord cytokines = PluginTestKit.read(source,
                SharedData.resolve("data/xml/baseline-2021-excerpts/pubmed21n1003.xml.gz")).records().get(0);
        assertThat(cytokines.pmid()).isEqualTo("31479874");
        assertThat(cytokines.title()).startsWith("Serum levels of IL-32 in patients with type 2 diabetes mellitus");
    }

    @Test
    void efetchFilesKeepIdentifiersTitlesAndStructuredAbstracts() {
        BibliographicRecord cryo = PluginTestKit.read(source, SharedData.resolve("data/xml/pubmed2.xml")).records().get(0);
        assertThat(cryo.pmid()).isEqualTo("11748933");
        assertThat(cryo.doi()).isEqualTo("10.1006/cryo.2001.2328");
        assertThat(cryo.abstractText()).contains("(P < 0.001)");
        assertThat(cryo.metadata().get("Affiliation")).singleElement().asString().contains("Universit\u00e0 degli Studi della Tuscia");

        BibliographicRecord telomere = PluginTestKit.read(source, SharedData.resolve("data/xml/pubmed4.xml")).records().get(0);
        assertThat(telomere.pmid()).isEqualTo("27797938");
        assertThat(telomere.title()).isEqualTo(
                "Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.");
        assertThat(telomere.sections()).extracting(AbstractSection::label)
                .containsExactly("OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS");

        BibliographicRecord pesticide = PluginTestKit.read(source, SharedData.resolve("data/xml/pubmed5.xml")).records().get(0);
        assertThat(pesticide.pmid()).isEqualTo("28775130");
        assertThat(pesticide.sections()).extracting(AbstractSection::label)
                .containsExactly("OBJECTIVES", "METHODS", "RESULTS", "CONCLUSIONS");

        BibliographicRecord lactate = PluginTestKit.read(source, SharedData.resolve("data/xml/pubmed6.xml")).records().get(0);
        assertThat(lactate.title()).startsWith("A \"Blood Relationship\" Between the Overlooked Minimum Lactate Equivalent");

        BibliographicRecord asthma = PluginTestKit.read(source, SharedData.resolve("data/xml/pubmed-29768149.xml")).records().get(0);
        assertThat(asthma.doi()).isEqualTo("10.1056/NEJMoa1715274");
        assertThat(asthma.sections()).extracting(AbstractSection::label)
                .containsExactly("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS");
        assertThat(asthma.abstractText()).contains("200 \u03bcg of budesonide");
    }

    @Test
    void currentDtdFileDecodesNonBreakingSpaces() {
        List<BibliographicRecord> records = PluginTestKit.read(source, SharedData.resolve("data/xml/test_current_medline.xml.gz")).records();

        assertThat(records).extracting(BibliographicRecord::pmid).containsExactly("36400559", "2930949", "11446611", "28786991");
        assertThat(records.get(0).doi()).isEqualTo("10.1016/j.ncl.2022.07.002");
        assertThat(records.get(0).title()).isEqualTo("Back Pain: Differential Diagnosis and Management.");
        assertThat(records.get(0).abstractText()).contains("greater than 6 weeks, imaging").doesNotContain("\u00a0");
    }

    @Test
    void olderMedlineCitationSetKeepsLabelsAndPmcIds() throws IOException {
        SourceRun run = PluginTestKit.read(source, SharedData.resolve("data/xml/medline16n0902.xml.gz"));

        BibliographicRecord first = run.records().get(0);
        assertThat(first.pmid()).isEqualTo("17942999");
        assertThat(first.title()).isEqualTo("Neuroplasticity in the processing of pitch dimensions: "
                + "a multidimensional scaling analysis of the mismatch negativity.");
        assertThat(first.sections()).extracting(AbstractSection::label)
                .containsExactly("PURPOSE", "METHODS", "RESULTS", "CONCLUSIONS");
        assertThat(first.journal()).isEqualTo("Restorative neurology and neuroscience");
        assertThat(first.year()).isEqualTo(2007);
        assertThat(run.records().get(run.records().size() - 1).pmid()).isEqualTo("26109528");
        // 368 records carry a PMC id in OtherID (some with an embargo note), 579 a DOI in ELocationID.
        assertThat(run.records()).extracting(BibliographicRecord::pmcid).filteredOn(pmcid -> pmcid != null).hasSize(368)
                .allSatisfy(pmcid -> assertThat(pmcid).matches("PMC\\d+"));
        assertThat(run.records()).extracting(BibliographicRecord::doi).filteredOn(doi -> doi != null).hasSize(579);
        assertThat(run.records()).flatExtracting(BibliographicRecord::sections).extracting(AbstractSection::label)
                .doesNotContain("UNLABELLED", "UNASSIGNED");
        assertThat(run.log().notices()).isEmpty();
        var context = PluginTestKit.context(source);
        try (var records = source.read(PluginTestKit.input(SharedData.resolve("data/xml/medline16n0902.xml.gz")), context)) {
            assertThat(records.count()).isEqualTo(604);
        }
        assertThat(context.deletedIds()).hasSize(1); // its <DeleteCitation> lists one PMID
        assertThat(run.records()).extracting(BibliographicRecord::version).containsOnly(1);
    }

    @Test
    void officialSampleUsesVernacularTitlesWhereTheArticleTitleIsEmpty() {
        List<BibliographicRecord> records = PluginTestKit.read(source, SharedData.resolve("data/xml/pubmedsample18n0001.xml.gz")).records();

        assertThat(records.get(0).pmid()).isEqualTo("973217");
        assertThat(records.get(0).title()).isEqualTo("Hospital debt management and cost reimbursement.");
        assertThat(records.get(records.size() - 1).pmid()).isEqualTo("23203896");
        assertThat(records).filteredOn(r -> r.metadata().containsKey("VernacularTitle")).isNotEmpty();
    }
}
