package org.evidentia.plugins.biomarkers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Finding;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor on invented sentences: the kit's reading, with the example lexicon's molecules. */
class BiomarkerExtractorTest {

    private final BiomarkerExtractor extractor = new BiomarkerExtractor();

    @TempDir
    Path dir;

    private List<Finding> extract(String title, String... sections) {
        BibliographicRecord.Builder builder = BibliographicRecord.builder().pmid("99999911").title(title);
        for (int i = 0; i < sections.length; i += 2) {
            builder.section(sections[i], sections[i + 1]);
        }
        return extractor.extract(builder.build(), PluginTestKit.context(extractor));
    }

    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.subject().key() + " " + f.direction().label() + " " + f.attribute("specimen")
                + " " + f.attribute("population") + " " + f.attribute("comparison")).toList();
    }

    @Test
    void findingsAreOfTheBiomarkerKindWithTheLexiconsKeysAndLabels() {
        List<Finding> findings = extract("An invented study of widespread pain",
                "RESULTS", "Serum brain-derived neurotrophic factor was higher in patients with fibromyalgia than in healthy controls.");

        assertThat(summary(findings)).containsExactly("BDNF increased serum human condition");
        Finding bdnf = findings.get(0);
        assertThat(bdnf.kind()).isEqualTo(BiomarkerKind.NAME).isEqualTo("biomarker-change");
        assertThat(bdnf.subject().label()).isEqualTo("BDNF");
        assertThat(bdnf.subject().text()).isEqualTo("brain-derived neurotrophic factor");
        assertThat(extractor.findingKind().subjectLabel()).isEqualTo("Biomarker");
        assertThat(extractor.name()).isEqualTo("biomarkers");
    }

    @Test
    void directionSpecimenPopulationAndComparisonAreReadAsForCytokines() {
        List<Finding> findings = extract("An invented trial",
                "RESULTS", "After eight weeks of exercise training, salivary cortisol fell compared with baseline in the women. "
                        + "Plasma substance P and NPY levels were lower in treated rats than in untreated rats. "
                        + "CSF serotonin did not differ between patients with chronic migraine and controls.");

        assertThat(summary(findings)).containsExactly(
                "CORTISOL decreased saliva human intervention",
                "TAC1 decreased plasma animal intervention",
                "NPY decreased plasma animal intervention",
                "SEROTONIN unchanged csf human condition");
    }

    @Test
    void synonymsOfTheExampleLexiconNameOneMolecule() {
        List<Finding> findings = extract("Invented",
                "RESULTS", "Patients with chronic pain showed increased calcitonin gene-related peptide, nerve growth factor "
                        + "and 5-hydroxytryptamine in serum compared with controls.");

        assertThat(findings).extracting(f -> f.subject().key()).containsExactly("CALCA", "NGF", "SEROTONIN");
        assertThat(findings).extracting(f -> f.subject().label()).containsExactly("CGRP", "NGF", "serotonin");
        assertThat(findings).allSatisfy(f -> assertThat(f.direction().label()).isEqualTo("increased"));
    }

    @Test
    void aReceptorATransporterOrAnAimIsNoFinding() {
        List<Finding> findings = extract("Invented",
                "BACKGROUND", "We hypothesized that BDNF would be elevated in patients.",
                "RESULTS", "Expression of the 5-HT2A receptor was higher in patients. The NGF receptor TrkA was increased in patients.",
                // READREV M6: the transporter and the reuptake of serotonin were read as serotonin decreased
                "DISCUSSION", "Beyond blocking the serotonin transporter, the drug acts on many systems. "
                        + "Platelet serotonin reuptake was lower in patients than in controls.");

        assertThat(findings).isEmpty();
    }

    @Test
    void cytokinesAreNotBiomarkersOfTheExampleLexicon() {
        assertThat(extract("Invented", "RESULTS", "Serum IL-6 and TNF-alpha were higher in patients than in controls.")).isEmpty();
    }

    @Test
    void aUserLexiconReplacesTheExampleOne() throws IOException {
        Path lexicon = dir.resolve("mine.tsv");
        Files.writeString(lexicon, "# invented\nmelatonin\tMLT\tmelatonin\n", StandardCharsets.UTF_8);
        BibliographicRecord record = BibliographicRecord.builder().pmid("99999912").title("Invented")
                .section("RESULTS", "Serum melatonin and cortisol were lower in patients with insomnia than in healthy controls.").build();

        List<Finding> findings = extractor.extract(record, PluginTestKit.context(extractor, Map.of("lexicon", lexicon.toString())));

        assertThat(summary(findings)).containsExactly("MLT decreased serum human condition");
    }

    /**
     * The lexicon is a Path, so that a run records the file with its SHA-256 (run.json's option_files). A blank one was taken as
     * none, so `--option biomarkers.lexicon=$LEX` with LEX unset ran with the example lexicon alone: it is refused, as every
     * empty file option is (the review of session 25, U12); leaving the option out is none.
     */
    @Test
    void theLexiconOptionIsAFileAndABlankOneIsRefused() throws IOException {
        Path lexicon = Files.writeString(dir.resolve("mine.tsv"), "melatonin\tMLT\tmelatonin\n", StandardCharsets.UTF_8);
        assertThat(PluginTestKit.bind(extractor, Map.of("lexicon", lexicon.toString()))).isEqualTo(new BiomarkerOptions(lexicon));
        assertThat(PluginTestKit.bind(extractor, Map.of())).isEqualTo(new BiomarkerOptions(null));
        for (String blank : List.of("", " ")) {
            assertThatThrownBy(() -> PluginTestKit.bind(extractor, Map.of("lexicon", blank))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("option biomarkers.lexicon: expected a file, not an empty name");
        }
    }

    @Test
    void aBadLexiconFileIsRefusedWhenTheOptionsAreBound() throws IOException {
        Path lexicon = dir.resolve("bad.tsv");
        Files.writeString(lexicon, "cortisol\tCORTISOL\tcortisol\nmelatonin MLT melatonin\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", lexicon.toString())))
                .hasStackTraceContaining(lexicon + ", line 2: expected three tab-separated columns (term, key, label)");
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", dir.resolve("absent.tsv").toString())))
                .hasStackTraceContaining("cannot read biomarker lexicon " + dir.resolve("absent.tsv") + ": no such file");
    }

    /** The message was "cannot read biomarker lexicon nolex.tsv: nolex.tsv": Java's bare path, and not where it was looked for. */
    @Test
    void aLexiconFileThatCannotBeReadIsNamedWithWhereItWasLookedForAndWhy() throws IOException {
        Path relative = Path.of("no-such-folder", "my-markers.tsv");
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", relative.toString())))
                .hasStackTraceContaining("cannot read biomarker lexicon " + relative + " (looked for " + relative.toAbsolutePath()
                        + ", relative to the working directory): no such file");
        Path latin1 = Files.write(dir.resolve("latin1.tsv"), "cort\u00e9sol\tCORTISOL\tcortisol\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", latin1.toString())))
                .hasStackTraceContaining("cannot read biomarker lexicon " + latin1 + ": line 1 is not UTF-8 text (save the file as UTF-8)");
    }
}
