package org.evidentia.plugins.pubmed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Source;
import org.evidentia.plugins.pubmed.medline.MedlineSource;
import org.evidentia.plugins.pubmed.text.AbstractTextSource;
import org.evidentia.plugins.pubmed.text.SummaryTextSource;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every text-format file of ../shared/data, with the record counts of PROVENANCE.md; skipped where absent. */
class SharedDataTest {

    private static final Source MEDLINE = new MedlineSource();
    private static final Source ABSTRACT_TEXT = new AbstractTextSource();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "data/medline/pubmed_result1.txt,         1,   12230038, 12230038, The Bio* toolkits--a brief overview.",
        "data/medline/pubmed_result2.txt,         4,   16403221, 14630660, A high level interface to SCOP and ASTRAL implemented in python.",
        "data/medline/pubmed_result3.txt,         1,   23039619, 23039619, Effects of different parameters in the fast scanning method for HIFU treatment.",
        "data/medline/pubmed_result4.txt,         1,   37195739, 37195739, High extracellular glucose promotes cell motility",
        "data/medline/citations.nbib,             200, 30514039, 11981730, [Feasibility study of preoperative percutaneous catheter drainage in the treatment of lumbar tuberculosis with psoas abscess].",
        "data/medline/pubmed_result_35_medline.txt, 35, 30170393, 5635605, Pelvic fractures in severely injured children: Results from the TraumaRegister DGU.",
        "data/medline/PUBMED_21032026_240.txt,    240, 33723542, 29146516, Vasoactive Agents for the Management of Acute Variceal Bleeding: A Systematic Review and Meta-analysis.",
        "data/medline/hospitales_pubmed.txt,      10,  39166637, 33148966, Effects of aerobic exercise on components of the metabolic syndrome in older adults",
        "data/medline/samina_pubmed_crlf.txt,     399, 34360973, 22452136, Novel Therapeutic Approaches for Alzheimer's Disease: An Updated Review.",
        "data/medline/biored_600_medline.txt,     600, 10491763, 24840785, Hepatocyte nuclear factor-6: associations between genetic variability and type II diabetes",
    })
    void readsEveryMedlineFile(String file, int count, String firstPmid, String lastPmid, String firstTitle) {
        SourceRun run = PluginTestKit.read(MEDLINE, SharedData.resolve(file));

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).hasSize(count);
        assertThat(run.declared()).isEqualTo(count);
        assertThat(run.records()).extracting(BibliographicRecord::pmid).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(run.records().get(0).pmid()).isEqualTo(firstPmid);
        assertThat(run.records().get(count - 1).pmid()).isEqualTo(lastPmid);
        assertThat(run.records().get(0).title()).startsWith(firstTitle);
        assertThat(run.records()).allSatisfy(r -> assertThat(r.metadata()).containsKey("PMID"));
        assertThat(run.records().get(count - 1).origins().get(0).recordNumber()).isEqualTo(count);
    }

    @Test
    void mapsACurrentMedlineRecord() {
        List<BibliographicRecord> records = PluginTestKit.read(MEDLINE, SharedData.resolve("data/medline/samina_pubmed_crlf.txt")).records();
        BibliographicRecord first = records.get(0);

        assertThat(first.doi()).isEqualTo("10.3390/ijms22158208");
        assertThat(first.title()).doesNotContain("\r").doesNotContain("  ");
        assertThat(first.hasAbstract()).isTrue();
        assertThat(first.authors()).isNotEmpty().hasSameSizeAs(first.metadata().get("FAU"));
        assertThat(first.journal()).isEqualTo(first.metadata().get("TA").get(0));
        assertThat(first.year()).isEqualTo(2021);
        assertThat(records).filteredOn(r -> r.sections().size() > 1).isNotEmpty()
                .allSatisfy(r -> assertThat(r.sections()).allSatisfy(s -> assertThat(s.label()).isUpperCase()));
    }

    @Test
    void splitsStructuredMedlineAbstracts() {
        List<BibliographicRecord> records = PluginTestKit.read(MEDLINE, SharedData.resolve("data/medline/PUBMED_21032026_240.txt")).records();

        List<BibliographicRecord> structured = records.stream().filter(r -> r.sections().size() > 1).toList();
        assertThat(structured).hasSizeGreaterThan(20);
        for (BibliographicRecord r : structured) {
            String ab = r.metadata().get("AB").get(0);
            assertThat(ab).as(r.pmid()).startsWith(r.sections().get(0).label() + ": ");
            // Sections are the AB text cut at its labels: nothing lost, nothing added.
            assertThat(r.abstractText().replace('\n', ' ')).as(r.pmid()).isEqualTo(ab);
        }
    }

    @Test
    void hospitalesMedlineHasThePmidsOfItsCsvTwin() throws IOException {
        List<String> csvPmids = Files.readAllLines(SharedData.resolve("data/csv/hospitales_pubmed.csv"), StandardCharsets.UTF_8)
                .stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(',')).replace("\"", "").replace("\uFEFF", ""))
                .toList();
        List<BibliographicRecord> records = PluginTestKit.read(MEDLINE, SharedData.resolve("data/medline/hospitales_pubmed.txt")).records();

        assertThat(csvPmids).hasSize(10);
        assertThat(records).extracting(BibliographicRecord::pmid).containsExactlyInAnyOrderElementsOf(csvPmids);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "data/abstract-text/il6_pubmed_result_160103.txt, 507,  25977516, 2234430,  Association of Sleep Apnea and Snoring With Incident Atrial Fibrillation",
        "data/abstract-text/ibd_pubmed_result.txt,        1422, 30831485, 23740229, Anti-inflammatory and immune-modulating effects of rice callus suspension culture (RCSC)",
        "data/abstract-text/covid_pubmed_result.txt,      249,  32113880, 32219814, Corona Virus International Public Health Emergencies: Implications for Radiology Management.",
    })
    void readsEveryAbstractTextFile(String file, int count, String firstPmid, String lastPmid, String firstTitle) {
        SourceRun run = PluginTestKit.read(ABSTRACT_TEXT, SharedData.resolve(file));

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).hasSize(count);
        assertThat(run.declared()).isEqualTo(count);
        assertThat(run.records()).extracting(BibliographicRecord::pmid).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(run.records()).extracting(BibliographicRecord::title).doesNotContainNull();
        assertThat(run.records().get(0).pmid()).isEqualTo(firstPmid);
        assertThat(run.records().get(count - 1).pmid()).isEqualTo(lastPmid);
        assertThat(run.records().get(0).title()).startsWith(firstTitle);
        assertThat(run.records()).allSatisfy(r -> assertThat(r.abstractText())
                .doesNotContain("PMID:").doesNotContain("Author information").doesNotStartWith("Copyright"));
    }

    @Test
    void readsAbstractTextSamples() {
        List<BibliographicRecord> il6 = PluginTestKit.read(ABSTRACT_TEXT, SharedData.resolve("data/abstract-text/il6_pubmed_result_160103.txt")).records();
        BibliographicRecord second = il6.get(1);
        assertThat(second.pmid()).isEqualTo("25935433");
        assertThat(second.doi()).isEqualTo("10.1016/j.anai.2015.04.002");
        assertThat(second.journal()).isEqualTo("Ann Allergy Asthma Immunol");
        assertThat(second.year()).isEqualTo(2015);
        assertThat(second.authors()).startsWith("Scott HA", "Latham JR").hasSize(8);
        assertThat(second.sections()).extracting(AbstractSection::label).startsWith("BACKGROUND", "OBJECTIVE", "METHODS");
        BibliographicRecord last = il6.get(506);
        assertThat(last.title()).isEqualTo("Cytokine accumulations in CSF of multiple sclerosis patients: frequent detection"
                + " of interleukin-1 and tumor necrosis factor but not interleukin-6.");
        assertThat(last.abstractText()).startsWith("We identified the cytokines interleukin-1 beta (IL-1 beta)")
                .endsWith("may contribute to a variety of manifestations in MS and in other disease states.");

        List<BibliographicRecord> covid = PluginTestKit.read(ABSTRACT_TEXT, SharedData.resolve("data/abstract-text/covid_pubmed_result.txt")).records();
        assertThat(covid.get(0).pmcid()).isEqualTo("PMC7102529");
        assertThat(covid.get(0).doi()).isEqualTo("10.1016/j.acra.2020.02.003");
        assertThat(covid.get(0).metadata().get("Comment in")).containsExactly("Acad Radiol. 2020 May;27(5):750.");
        assertThat(covid.get(0).abstractText()).startsWith("The outbreak of 2019 novel coronavirus (2019-nCoV)")
                .endsWith("respond to this public health emergency.");
        assertThat(covid.get(1).metadata()).containsKey("Conflict of interest statement");

        List<BibliographicRecord> ibd = PluginTestKit.read(ABSTRACT_TEXT, SharedData.resolve("data/abstract-text/ibd_pubmed_result.txt")).records();
        assertThat(ibd.get(0).sections()).extracting(AbstractSection::label)
                .containsExactly("BACKGROUND", "HYPOTHESIS/PURPOSE", "STUDY DESIGN", "RESULTS", "CONCLUSION");
        assertThat(ibd.get(1).sections()).extracting(AbstractSection::label).startsWith("Background", "Methods");
    }

    /**
     * Review 13, H1: the blank line between records 3 and 4 of a real export and record 4's PMID- line
     * deleted. Read before as one record (record 3's PMID and DOI, record 4's title, abstract and journal)
     * and 34 in all, silently; now 35, record 4 on its own without a PMID, with one warning naming its line.
     */
    @Test
    void twoRecordsOfARealExportGluedTogetherAreReadApart(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.resolve("data/medline/pubmed_result_35_medline.txt"), StandardCharsets.UTF_8);
        List<Integer> pmidLines = java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith("PMID- ")).boxed().toList();
        int fourth = pmidLines.get(3);
        assertThat(lines.get(fourth - 1)).isBlank();
        List<String> glued = new java.util.ArrayList<>(lines.subList(0, fourth - 1));
        glued.addAll(lines.subList(fourth + 1, lines.size()));
        Path file = Files.write(dir.resolve("glued.txt"), glued, StandardCharsets.UTF_8);
        List<BibliographicRecord> whole = PluginTestKit.read(MEDLINE, SharedData.resolve("data/medline/pubmed_result_35_medline.txt")).records();

        SourceRun run = PluginTestKit.read(MEDLINE, file);

        assertThat(run.records()).hasSize(35);
        assertThat(run.declared()).isEqualTo(35);
        assertThat(run.unaccounted()).isZero();
        BibliographicRecord third = run.records().get(2);
        BibliographicRecord fourthRead = run.records().get(3);
        assertThat(third).extracting(BibliographicRecord::pmid, BibliographicRecord::doi, BibliographicRecord::title,
                BibliographicRecord::journal, BibliographicRecord::abstractText).containsExactly(whole.get(2).pmid(), whole.get(2).doi(),
                whole.get(2).title(), whole.get(2).journal(), whole.get(2).abstractText());
        assertThat(fourthRead.pmid()).isNull();
        assertThat(fourthRead).extracting(BibliographicRecord::doi, BibliographicRecord::title, BibliographicRecord::journal,
                BibliographicRecord::abstractText).containsExactly(whole.get(3).doi(), whole.get(3).title(), whole.get(3).journal(),
                whole.get(3).abstractText());
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.recordNumber()).isEqualTo(4);
            // record 4's OWN line, now where the blank line was: 1-based, the PMID- line's 0-based index
            assertThat(p.line()).isEqualTo((long) fourth);
            assertThat(p.message()).startsWith("line " + fourth + " repeats tag OWN");
        });
    }

    /**
     * A reserved file, read for its record count only: in 15 places a record's number follows the
     * previous record's "[Indexed for MEDLINE]" on the same line (export chunks joined).
     */
    @Test
    void readsEveryRecordOfAnExportWhoseChunksWereJoinedMidLine() throws IOException {
        Path file = SharedData.resolve("data/abstract-text/autoimmune_pubmed_abstract_2019.txt");
        long pmidLines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("PMID: ")).count();
        SourceRun run = PluginTestKit.read(ABSTRACT_TEXT, file);

        assertThat(pmidLines).isEqualTo(915);
        assertThat(run.log().problems()).as("problems").isEmpty();
        assertThat(run.records().size()).isEqualTo(915);
        assertThat(run.records()).extracting(BibliographicRecord::pmid).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(run.records()).extracting(BibliographicRecord::title).doesNotContainNull();
        assertThat(run.declared()).isEqualTo(915);
        assertThat(run.skipped()).isZero();
    }

    /**
     * The evidence sentences of the gold findings (gold/dev.jsonl, on records of the IL-6 export)
     * must be found verbatim in the abstracts read: the extractor's offsets depend on how wrapped
     * lines are joined.
     */
    @Test
    void goldEvidenceSentencesAreFoundVerbatim() throws IOException {
        Map<String, BibliographicRecord> byPmid = PluginTestKit.read(ABSTRACT_TEXT,
                SharedData.resolve("data/abstract-text/il6_pubmed_result_160103.txt")).records().stream()
                .collect(Collectors.toMap(BibliographicRecord::pmid, r -> r));
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (String line : Files.readAllLines(SharedData.resolve("gold/dev.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode finding = json.readTree(line);
            if (!finding.hasNonNull("evidence")) {
                continue;
            }
            BibliographicRecord record = byPmid.get(finding.get("pmid").asText());
            assertThat(record).as("record of PMID " + finding.get("pmid").asText()).isNotNull();
            assertThat(record.title() + "\n" + record.abstractText()).contains(finding.get("evidence").asText());
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void readsTheSummaryExportWithItsNotice() {
        Path file = SharedData.resolve("data/abstract-text/summary-systematic-set_2020-09-02_409.txt");
        SourceRun run = PluginTestKit.read(new SummaryTextSource(), file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).hasSize(409);
        assertThat(run.declared()).isEqualTo(409);
        assertThat(run.records()).noneMatch(BibliographicRecord::hasAbstract);
        assertThat(run.records()).extracting(BibliographicRecord::pmid).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(run.records()).extracting(BibliographicRecord::title).doesNotContainNull();
        BibliographicRecord first = run.records().get(0);
        assertThat(first.pmid()).isEqualTo("32871624");
        assertThat(first.title()).isEqualTo("Evidence generated from a realist synthesis of trials on educational weight"
                + " loss interventions in type 2 diabetes mellitus.");
        assertThat(first.journal()).isEqualTo("Diabet Med");
        assertThat(first.doi()).isEqualTo("10.1111/dme.14394");
        assertThat(run.records().get(408).pmid()).isEqualTo("28140751");
        assertThat(run.records().get(408).journal()).isEqualTo("J Laparoendosc Adv Surg Tech A");
        assertThat(run.log().notices()).singleElement().asString().contains("carries no abstracts");
    }

    @Test
    void summaryExportTitlesLosePubmedsInlineTags() {
        Path file = SharedData.resolve("data/abstract-text/summary-systematic-set_2020-09-02_409.txt");
        Map<String, String> titles = PluginTestKit.read(new SummaryTextSource(), file).records().stream()
                .collect(Collectors.toMap(BibliographicRecord::pmid, BibliographicRecord::title));

        // The export prints these two titles with <sup> and <sub>, as they stand in PubMed's XML.
        assertThat(titles.get("32868091")).isEqualTo("Diagnostic performance of whole-body SPECT/CT in bone metastasis"
                + " detection using 99mTc-labelled diphosphate: a systematic review and meta-analysis.");
        assertThat(titles.get("31202949")).contains("P2Y12 Receptor Inhibitor Treatment in Percutaneous");
        assertThat(titles.values()).noneMatch(title -> title.matches(".*</?(i|b|u|sup|sub)>.*"));
    }
}
