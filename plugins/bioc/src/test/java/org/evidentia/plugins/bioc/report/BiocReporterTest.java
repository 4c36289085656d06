package org.evidentia.plugins.bioc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.ReportContext;
import org.evidentia.testkit.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BiocReporterTest {

    private final BiocReporter reporter = new BiocReporter();

    @TempDir
    Path out;

    @Test
    void writesOneDocumentPerRecordWithFindingsUnderTheRecordsIdWithItsCitationAsInfons() throws Exception {
        run(ReportFixtures.run(), Map.of(), out);

        WrittenCollection written = WrittenCollection.xml(out.resolve("findings.bioc.xml"));
        assertThat(written.header()).isEqualTo(new Bioc.Header("Evidentia", "20260131", "evidentia.key",
                Map.of("evidentia_version", "0.1.0", "offsets", "code points")));
        assertThat(written.documents()).extracting(Bioc.Document::id)
                .containsExactly("96400101", BibliographicRecord.titleId("TNF-alpha rises after exercise"));
        assertThat(written.document("96400101").infons()).containsExactly(
                entry("article-id_pmid", "96400101"), entry("article-id_doi", "10.9999/bioc.report.1"),
                entry("article-id_pmc", "PMC9640101"), entry("journal", "J Pain Immunol"), entry("year", "2021"),
                entry("authors", "Moreau C, Okafor CN"), entry("publication_types", "Journal Article; Multicenter Study"),
                entry("mesh_terms", "Humans; Interleukin-6/blood"), entry("keywords", "fibromyalgia"));
    }

    @Test
    void passagesAreTheTitleAndEachSectionsHeadingAndTextAtDocumentOffsetsInCodePoints() throws Exception {
        run(ReportFixtures.run(), Map.of(), out);

        Bioc.Document document = WrittenCollection.xml(out.resolve("findings.bioc.xml")).document("96400101");
        assertThat(document.passages()).extracting(p -> p.infons().get("type"), Bioc.Passage::offset, Bioc.Passage::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("title", 0L, "Serum interleukin-6 & pain in fibromyalgia"),
                        org.assertj.core.groups.Tuple.tuple("abstract_title_1", 43L, "BACKGROUND"),
                        org.assertj.core.groups.Tuple.tuple("abstract", 54L, "Pain <and> fatigue are common."),
                        org.assertj.core.groups.Tuple.tuple("abstract_title_1", 85L, "RESULTS"),
                        org.assertj.core.groups.Tuple.tuple("abstract", 93L, ReportFixtures.RESULTS));
    }

    @Test
    void eachFindingIsAnAnnotationOfItsMentionAndOfItsSentenceAndARelationOfTheTwo() throws Exception {
        run(ReportFixtures.run(), Map.of(), out);

        Bioc.Document document = WrittenCollection.xml(out.resolve("findings.bioc.xml")).document("96400101");
        assertThat(document.passages().get(0).annotations()).containsExactly(
                new Bioc.Annotation("M1", Map.of("type", "Cytokine", "identifier", "IL6"), List.of(new Bioc.Location(6, 13)),
                        "interleukin-6"),
                new Bioc.Annotation("S1", Map.of("type", "Evidence"), List.of(new Bioc.Location(0, 42)),
                        "Serum interleukin-6 & pain in fibromyalgia"));
        // After U+1D705, one code point and two Java chars: IL-6 is at code point 116 (char 117).
        assertThat(document.passages().get(4).annotations()).containsExactly(
                new Bioc.Annotation("M2", Map.of("type", "Cytokine", "identifier", "IL6"), List.of(new Bioc.Location(116, 4)), "IL-6"),
                new Bioc.Annotation("S2", Map.of("type", "Evidence"), List.of(new Bioc.Location(93, 54)),
                        "In the \uD835\uDF05 cohort, serum IL-6 was increased in patients."),
                new Bioc.Annotation("M3", Map.of("type", "Cytokine", "identifier", "IL10"), List.of(new Bioc.Location(155, 5)), "IL-10"),
                new Bioc.Annotation("S3", Map.of("type", "Evidence"), List.of(new Bioc.Location(148, 39)),
                        "Plasma IL-10 was decreased in patients."));
        assertThat(document.passages().get(1).annotations()).isEmpty();
        assertThat(document.relations()).extracting(Bioc.Relation::id, Bioc.Relation::nodes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("F1", List.of(new Bioc.Node("M1", "Cytokine"), new Bioc.Node("S1", "Evidence"))),
                org.assertj.core.groups.Tuple.tuple("F2", List.of(new Bioc.Node("M2", "Cytokine"), new Bioc.Node("S2", "Evidence"))),
                org.assertj.core.groups.Tuple.tuple("F3", List.of(new Bioc.Node("M2", "Cytokine"), new Bioc.Node("S2", "Evidence"))),
                org.assertj.core.groups.Tuple.tuple("F4", List.of(new Bioc.Node("M3", "Cytokine"), new Bioc.Node("S3", "Evidence"))));
        assertThat(document.relations().get(1).infons()).containsExactly(
                entry("type", "cytokine-change"), entry("direction", "increased"), entry("comparison", "condition"),
                entry("specimen", "serum"), entry("context", "patients"), entry("design", "primary"), entry("retracted", "false"),
                entry("extractor", "test-extractor"), entry("extractor_version", "0.1.0"));
        assertThat(document.relations().get(2).infons()).as("an absent attribute has no infon").containsExactly(
                entry("type", "cytokine-change"), entry("direction", "unchanged"), entry("comparison", "other"),
                entry("specimen", "serum"), entry("design", "primary"), entry("retracted", "false"),
                entry("extractor", "test-extractor"), entry("extractor_version", "0.1.0"));
    }

    @Test
    void everyLocationCoversExactlyTheAnnotatedTextInTheDocumentAsABiocReaderCutsIt() throws Exception {
        run(ReportFixtures.run(), Map.of(), out);

        for (Bioc.Document document : WrittenCollection.xml(out.resolve("findings.bioc.xml")).documents()) {
            for (Bioc.Passage passage : document.passages()) {
                for (Bioc.Annotation annotation : passage.annotations()) {
                    assertThat(annotation.locations()).hasSize(1);
                    assertThat(WrittenCollection.at(document, annotation.locations().get(0))).as(annotation.id())
                            .isEqualTo(annotation.text());
                }
            }
        }
    }

    @Test
    void theXmlIsValidAgainstBiocsDtd() throws Exception {
        run(ReportFixtures.run(), Map.of("documents", "all"), out);

        String xml = Files.readString(out.resolve("findings.bioc.xml"), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE collection SYSTEM \"BioC.dtd\">\n<collection>");
        assertThat(BiocDtd.errors(out.resolve("findings.bioc.xml"))).isEmpty();
    }

    @Test
    void theDtdCheckFindsWhatBreaksTheDtd() throws Exception {
        Path broken = out.resolve("broken.xml");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<!DOCTYPE collection SYSTEM \"BioC.dtd\">\n<collection><source>s</source>"
                + "<date>d</date><key>k</key><document><id>1</id><passage><offset>0</offset>"
                + "<annotation id=\"M1\"><location offset=\"0\"/><text>x</text></annotation></passage>"
                + "<relation id=\"F1\"><node role=\"r\"/></relation></document></collection>");

        assertThat(BiocDtd.errors(broken)).hasSize(2)
                .anySatisfy(e -> assertThat(e).contains("length").contains("location"))
                .anySatisfy(e -> assertThat(e).contains("refid").contains("node"));
    }

    @Test
    void theSameRunGivesTheSameBytesAndTheDateIsTheRunsNotTheClocks() throws Exception {
        TestRun run = ReportFixtures.run();
        run(run, Map.of("formats", List.of("xml", "json")), out.resolve("first"));
        run(run, Map.of("formats", List.of("xml", "json")), out.resolve("second"));

        for (String file : List.of("findings.bioc.xml", "findings.bioc.json")) {
            assertThat(Files.readAllBytes(out.resolve("second").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(out.resolve("first").resolve(file)));
            assertThat(Files.readString(out.resolve("first").resolve(file))).contains("20260131");
        }
    }

    @Test
    void theJsonSaysWhatTheXmlSays() throws Exception {
        run(ReportFixtures.run(), Map.of("formats", List.of("json", "xml"), "documents", "all"), out);

        WrittenCollection xml = WrittenCollection.xml(out.resolve("findings.bioc.xml"));
        WrittenCollection json = WrittenCollection.json(out.resolve("findings.bioc.json"));
        assertThat(json).isEqualTo(xml);
        assertThat(json.documents()).hasSize(3);
    }

    @Test
    void byDefaultOnlyXmlIsWrittenAndJsonOnlyWhenAsked() throws Exception {
        List<Path> xmlOnly = run(ReportFixtures.run(), Map.of(), out.resolve("default"));
        List<Path> jsonOnly = run(ReportFixtures.run(), Map.of("formats", "json"), out.resolve("json"));

        assertThat(xmlOnly).containsExactly(Path.of("findings.bioc.xml"));
        assertThat(jsonOnly).containsExactly(Path.of("findings.bioc.json"));
    }

    @Test
    void everyKeptRecordBecomesADocumentWhenAskedThoseWithoutFindingsWithoutAnnotations() throws Exception {
        run(ReportFixtures.run(), Map.of("documents", "all"), out);

        WrittenCollection written = WrittenCollection.xml(out.resolve("findings.bioc.xml"));
        assertThat(written.documents()).extracting(Bioc.Document::id).containsExactly("96400101",
                BibliographicRecord.titleId("TNF-alpha rises after exercise"), "96400103");
        Bioc.Document none = written.document("96400103");
        assertThat(none.relations()).isEmpty();
        assertThat(none.passages()).extracting(Bioc.Passage::text).containsExactly("Sleep in fibromyalgia", "Sleep was poor.");
        assertThat(none.passages()).allSatisfy(p -> assertThat(p.annotations()).isEmpty());
    }

    @Test
    void badOptionValuesAreRefusedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> run(ReportFixtures.run(), Map.of("formats", "pdf"), out))
                .hasMessageContaining("pdf").hasMessageContaining("xml").hasMessageContaining("json");
        assertThatThrownBy(() -> run(ReportFixtures.run(), Map.of("documents", "some"), out))
                .hasMessageContaining("some").hasMessageContaining("with-findings").hasMessageContaining("all");
        assertThatThrownBy(() -> run(ReportFixtures.run(), Map.of("formats", List.of()), out))
                .hasMessageContaining("at least one of xml, json");
    }

    @Test
    void everythingComesFromTheFindingKindAttributesNamedLikeARelationsOwnInfonsIncluded() throws Exception {
        FindingKind genes = new FindingKind("gene-expression", "Gene", "Genes",
                List.of(new Attribute("tissue", "Tissue", List.of(), Role.BREAKDOWN),
                        new Attribute("type", "Type", List.of(), Role.STRATUM),
                        new Attribute("design", "Design", List.of(), Role.DETAIL)),
                Map.of());
        BibliographicRecord record = BibliographicRecord.builder().pmid("96400111").title("BRCA1 expression fell in tumours.").build();
        TestRun run = TestRun.builder(genes).record(record)
                .finding(TestRun.finding(record, genes, "BRCA1", "BRCA1", "BRCA1", Direction.DECREASED,
                        Map.of("tissue", "tumour", "type", "mRNA", "design", "cohort")))
                .build();

        run(run, Map.of(), out);

        Bioc.Document document = WrittenCollection.xml(out.resolve("findings.bioc.xml")).document("96400111");
        assertThat(document.passages().get(0).annotations().get(0).infons()).containsExactly(entry("type", "Gene"),
                entry("identifier", "BRCA1"));
        assertThat(document.relations().get(0).infons()).containsExactly(entry("type", "gene-expression"),
                entry("direction", "decreased"), entry("tissue", "tumour"), entry("attribute_type", "mRNA"),
                entry("attribute_design", "cohort"), entry("design", "primary"), entry("retracted", "false"),
                entry("extractor", "test-extractor"), entry("extractor_version", "0.1.0"));
        assertThat(document.relations().get(0).nodes()).containsExactly(new Bioc.Node("M1", "Gene"), new Bioc.Node("S1", "Evidence"));
        assertThat(BiocDtd.errors(out.resolve("findings.bioc.xml"))).isEmpty();
    }

    @Test
    void charactersXmlCannotHoldBecomeReplacementCharactersAndCarriageReturnsSurviveWithEveryOffsetInPlace() throws Exception {
        BibliographicRecord record = BibliographicRecord.builder().pmid("96400121")
                .title("Bell\u0007 and IL-6")
                .section(null, "Line one.\r\nSerum IL-6 was increased \uD800 in patients.")
                .build();
        TestRun run = TestRun.builder(ReportFixtures.KIND).record(record)
                .finding(TestRun.finding(record, ReportFixtures.KIND, "IL6", "IL-6", "IL-6", Direction.INCREASED, Map.of()))
                .finding(TestRun.finding(record, ReportFixtures.KIND, "IL6", "IL-6", "Serum IL-6", Direction.INCREASED, Map.of()))
                .build();

        run(run, Map.of("formats", List.of("xml", "json")), out);

        assertThat(BiocDtd.errors(out.resolve("findings.bioc.xml"))).isEmpty();
        WrittenCollection xml = WrittenCollection.xml(out.resolve("findings.bioc.xml"));
        assertThat(WrittenCollection.json(out.resolve("findings.bioc.json"))).isEqualTo(xml);
        Bioc.Document document = xml.document("96400121");
        assertThat(document.passages()).extracting(Bioc.Passage::text)
                .containsExactly("Bell\uFFFD and IL-6", "Line one.\r\nSerum IL-6 was increased \uFFFD in patients.");
        for (Bioc.Passage passage : document.passages()) {
            for (Bioc.Annotation annotation : passage.annotations()) {
                assertThat(WrittenCollection.at(document, annotation.locations().get(0))).isEqualTo(annotation.text());
            }
        }
    }

    @Test
    void aRunWithoutFindingsWritesACollectionWithoutDocumentsWhichTheDtdAloneRefuses() throws Exception {
        TestRun run = TestRun.builder(ReportFixtures.KIND).runDate(ReportFixtures.RUN_DATE).record(ReportFixtures.NO_FINDINGS).build();

        run(run, Map.of("formats", List.of("xml", "json")), out);

        WrittenCollection xml = WrittenCollection.xml(out.resolve("findings.bioc.xml"));
        assertThat(xml.documents()).isEmpty();
        assertThat(xml.header().date()).isEqualTo("20260131");
        assertThat(WrittenCollection.json(out.resolve("findings.bioc.json"))).isEqualTo(xml);
        // BioC.dtd requires document+; BioC's libraries read an empty collection (docs/formats-bioc.md says so).
        assertThat(BiocDtd.errors(out.resolve("findings.bioc.xml"))).singleElement().asString().contains("collection");
    }

    /**
     * Review 8, finding 7: a plugin reporter's option naming findings.bioc.xml made bioc fail at the
     * end of the run, after all the reading. It creates its files when it starts, so the output
     * folder refuses the clash there, which a run reports before it reads (exit 2).
     */
    @Test
    void everyFileIsCreatedWhenTheWriterStartsSoAnotherReportersFileOfOneOfTheirNamesIsRefusedThere() throws Exception {
        Map<String, ?> options = Map.of("formats", List.of("xml", "json"));
        for (String taken : List.of("findings.bioc.xml", "findings.bioc.json")) {
            try (TestRun.Outputs outputs = ReportFixtures.run().openOutputs(out.resolve(taken))) {
                outputs.folderFor("kind-summary").create(taken).close();
                ReportContext context = outputs.contextFor(reporter, options);

                assertThatThrownBy(() -> reporter.start(context)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("'" + taken + "' is written by kind-summary already: each file of the outputs has one writer");
            }
        }
    }

    private List<Path> run(TestRun run, Map<String, ?> options, Path folder) throws Exception {
        return run.report(reporter, options, folder);
    }
}
