package org.evidentia.plugins.cytokine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
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

class CytokineExtractorTest {

    private final CytokineExtractor extractor = new CytokineExtractor();

    /** The committed, self-written fixture: title on line 1, then "LABEL: text" sections. */
    private static BibliographicRecord fixture() throws IOException {
        try (InputStream in = CytokineExtractorTest.class.getResourceAsStream("/fixtures/fixture-abstract.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            BibliographicRecord.Builder builder = BibliographicRecord.builder().pmid("99999901").title(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(": ");
                builder.section(line.substring(0, colon), line.substring(colon + 2));
            }
            return builder.build();
        }
    }

    private static List<String> summary(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.subject().key() + " " + f.direction().label() + " " + f.attribute(CytokineKind.SPECIMEN)
                        + " " + f.evidence().field())
                .toList();
    }

    @Test
    void fixtureAbstractGivesItsKnownFindings() throws Exception {
        BibliographicRecord record = fixture();
        List<Finding> findings = extractor.extract(record, PluginTestKit.context(extractor));

        assertThat(summary(findings)).containsExactly(
                "IL6 increased serum title",
                "CXCL8 increased serum abstract",
                "IL1RN increased serum abstract",
                "TNF unchanged serum abstract",
                "IL10 decreased pbmc abstract");
        // IL-6 in RESULTS repeats the title's finding (same cytokine, direction, specimen): one finding.
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.recordId()).isEqualTo("99999901");
            assertThat(f.kind()).isEqualTo(CytokineKind.NAME);
            // context belongs to the finding's own clause, and is never the title standing in for it
            assertThat(f.attribute(CytokineKind.CONTEXT)).isNotEqualTo(record.title());
            assertThat(f.attribute(CytokineKind.POPULATION)).isEqualTo("human");
            assertThat(f.attribute(CytokineKind.COMPARISON)).isEqualTo("condition");
        });
        assertThat(findings.get(0).attribute(CytokineKind.CONTEXT)).isEqualTo("an invented cohort with chronic widespread pain");
        assertThat(findings.get(1).attribute(CytokineKind.CONTEXT)).isEqualTo("Patients");
        assertThat(findings.get(3).attribute(CytokineKind.CONTEXT)).isNull(); // "Serum TNF-α did not differ between groups"
        assertThat(findings.get(1).evidence().section()).isEqualTo("RESULTS");
        assertThat(findings.get(1).subject().label()).isEqualTo("IL-8");
        assertThat(findings.get(0).evidence().section()).isNull();
        EvidenceAssertions.assertEvidenceMatchesRecord(List.of(record), findings);
    }

    @Test
    void evidenceOffsetsIndexTheAbstractTextWithItsSectionPrefixes() throws Exception {
        BibliographicRecord record = fixture();
        Finding tnf = extractor.extract(record, PluginTestKit.context(extractor)).stream()
                .filter(f -> f.subject().key().equals("TNF")).findFirst().orElseThrow();
        String abstractText = record.text(BibliographicRecord.FIELD_ABSTRACT);
        assertThat(abstractText.substring(tnf.evidence().sentenceStart(), tnf.evidence().sentenceEnd()))
                .isEqualTo("Serum TNF-α did not differ between groups (2.1 vs. 2.0 pg/ml, p = 0.61).");
        assertThat(abstractText.substring(tnf.evidence().mentionStart(), tnf.evidence().mentionEnd())).isEqualTo("TNF-α");
    }

    @Test
    void aNameWrittenWithItsAbbreviationInBracketsIsOneMention() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("7")
                .section(null, "Plasma interleukin (IL)-6 was higher in men with moderate to severe Parkinson's disease "
                        + "than in controls, and monocyte chemoattractant protein (MCP)-1 was lower.")
                .build();
        List<Finding> findings = extractor.extract(record, PluginTestKit.context(extractor));
        assertThat(findings).extracting(f -> f.subject().text())
                .containsExactly("interleukin (IL)-6", "monocyte chemoattractant protein (MCP)-1");
        assertThat(findings.get(0).attribute(CytokineKind.CONDITION)).isEqualTo("Parkinson disease"); // grouped (review 20, H1)
        assertThat(findings.get(0).attribute(CytokineKind.CONTEXT)).startsWith("men with moderate to severe Parkinson's disease");
        EvidenceAssertions.assertEvidenceMatchesRecord(List.of(record), findings);
    }

    /** A sampler's s21: the long form of RANTES, with its comma, was no name, and the cytokines listed after it were lost. */
    @Test
    void aListHoldingRantesWrittenOutKeepsEveryCytokine() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("8")
                .section(null, "In patients, chemokines such as IL-8, regulated on activation, normal T cell expressed and secreted (RANTES)"
                        + " and monocyte chemoattractant protein-1 (MCP-1) were increased compared with controls.")
                .build();
        assertThat(extractor.extract(record, PluginTestKit.context(extractor))).extracting(f -> f.subject().key() + " " + f.direction())
                .containsExactly("CXCL8 INCREASED", "CCL5 INCREASED", "CCL2 INCREASED");
    }

    @Test
    void oneFindingPerCytokineDirectionAndSpecimen() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1").title("Plasma IL-6 is raised in sepsis.")
                .section(null, "Plasma IL-6 was higher in sepsis than in controls. IL-6 in CSF was not different. "
                        + "CSF IL-6 did not differ between groups.")
                .build();
        assertThat(summary(extractor.extract(record, PluginTestKit.context(extractor))))
                .containsExactly("IL6 increased plasma title", "IL6 unchanged csf abstract");
    }

    @Test
    void countedPhrasesStandForTheCytokinesNamedBefore() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("4")
                .section("METHODS", "Serum IL-6 and IL-8 were measured in 30 children.")
                .section("RESULTS", "Concentrations of both cytokines did not differ between the groups. "
                        + "All three cytokines were higher in adults.")
                .build();
        List<Finding> findings = extractor.extract(record, PluginTestKit.context(extractor));
        assertThat(summary(findings)).containsExactly("IL6 unchanged serum abstract", "CXCL8 unchanged serum abstract",
                "IL6 increased serum abstract", "CXCL8 increased serum abstract");
        assertThat(findings.get(0).subject().text()).isEqualTo("both cytokines");
        EvidenceAssertions.assertEvidenceMatchesRecord(List.of(record), findings);
    }

    @Test
    void aRecordWhoseCytokineSentencesNameNoSpecimenTakesItsSamples() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("5")
                .section(null, "Blood samples were taken twice. Plasma was stored at -80 C. "
                        + "IL-6 was higher after surgery than before.")
                .build();
        assertThat(summary(extractor.extract(record, PluginTestKit.context(extractor))))
                .containsExactly("IL6 increased plasma abstract");
    }

    @Test
    void aStatedSpecimenOutsideTheVocabularyStopsTheFallback() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("6")
                .section(null, "Serum was stored. IL-6 was higher in closed-eye tears than in open-eye tears.")
                .build();
        List<Finding> findings = extractor.extract(record, PluginTestKit.context(extractor));
        assertThat(summary(findings)).containsExactly("IL6 increased null abstract");
        assertThat(findings.get(0).attributes()).doesNotContainKey(CytokineKind.SPECIMEN);
    }

    /**
     * Helper brief ext17's four misfires, each as a RESULTS sentence of its own record: an expectation in the future
     * tense, a change of an assay's variance, a comparison with a reference limit, one with earlier studies' values.
     * Each gave a finding (the reference limit's in the wrong direction); none is one by guidelines v1.2.
     */
    @Test
    void expectationsAssayPropertiesReferenceLimitsAndEarlierStudiesGiveNoFinding() {
        List<String> sentences = List.of(
                "We expect that serum IL-6 will be higher in patients with fibromyalgia than in controls.",
                "Running the samples in duplicate reduced IL-6 assay variance.",
                "Serum IL-6 in patients exceeded the upper reference limit in 40% of cases.",
                "IL-10 levels were higher than previously reported in healthy populations.");
        for (String sentence : sentences) {
            BibliographicRecord record = BibliographicRecord.builder().pmid("7").section("RESULTS", sentence).build();
            assertThat(extractor.extract(record, PluginTestKit.context(extractor))).as(sentence).isEmpty();
        }
    }

    /** Their near misses stay findings: a result met an expectation, cites agreement, or falls below a limit after treatment. */
    @Test
    void resultsBesideExpectationsLimitsAndEarlierStudiesStayFindings() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("8")
                .section("RESULTS", "As expected, serum IL-6 was higher in patients than in controls. "
                        + "Serum IL-10 was lower in patients than in controls, as previously reported. "
                        + "After treatment serum TNF-alpha fell below the reference limit.")
                .build();
        List<Finding> findings = extractor.extract(record, PluginTestKit.context(extractor));
        assertThat(summary(findings)).containsExactly("IL6 increased serum abstract", "IL10 decreased serum abstract",
                "TNF decreased serum abstract");
        assertThat(findings.get(2).attribute(CytokineKind.COMPARISON)).isEqualTo("intervention");
    }

    /**
     * Helper brief extract-s13's misreadings, each in an invented sentence of the same shape: the size of a change set
     * against a group chosen by how much of a trait it has (a correlation: the fall stays, no rise is composed), a level
     * likened to what is usually seen elsewhere (no "unchanged"), a name of IFN-γ with its Greek letter first, a
     * specimen attached to the name in another sentence ("sIL-6R plasma concentrations") over a cell word merely
     * nearest it, and a return to baseline whose context is the time after it.
     */
    @Test
    void changeSizesAgainstATraitLikenessToUsualLevelsGreekFirstNamesAndReturnsReadAsStated() {
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("The overnight fall in plasma IL-6 was smaller in people who slept less and larger in those who exercised.",
                List.of("IL6 decreased plasma abstract"));
        expected.put("A single dose of IL-8 was given, producing serum IL-8 levels similar to those usually seen in mild infection.",
                List.of());
        expected.put("Daily rhythms of serum IL-1 and gamma-IFN did not differ from those of the healthy controls.",
                List.of("IL1 unchanged serum abstract", "IFNG unchanged serum abstract"));
        expected.put("The receptor acts on a few (chiefly immune) cells when bound to soluble IL-6R (sIL-6R). "
                + "We measured sIL-6R plasma concentrations and the numbers of IL-8-producing monocytes. "
                + "Fasting strongly raised concentrations of sIL-6R.", List.of("IL6R increased plasma abstract"));
        expected.put("Plasma TNF-α rose during the fasting period and returned to baseline after refeeding.",
                List.of("TNF increased plasma abstract", "TNF decreased plasma abstract"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            BibliographicRecord record = BibliographicRecord.builder().pmid("9").section("RESULTS", e.getKey()).build();
            List<Finding> findings = extractor.extract(record, PluginTestKit.context(extractor));
            assertThat(summary(findings)).as(e.getKey()).containsExactlyElementsOf(e.getValue());
            if (e.getKey().contains("refeeding")) {
                assertThat(findings.get(0).attribute(CytokineKind.CONTEXT)).isEqualTo("during the fasting period");
                assertThat(findings.get(1).attribute(CytokineKind.CONTEXT)).isEqualTo("after refeeding");
            }
            EvidenceAssertions.assertEvidenceMatchesRecord(List.of(record), findings);
        }
    }

    /**
     * Two shapes in invented sentences: a bracket naming a phrase's members after an adjunct of occasion, as the unseen
     * gold's 25044984 has it ("repressed cytokine production after viral infection (IL-1β, ...)"), and an adjective of
     * change before an amount noun of nothing named after an active verb of showing ("IL-17A showed an increased
     * expression"), as after a passive one, and an adjective of change before a noun of change ("the reduced induction
     * of", the gold's two findings of a reversed change), and a group associated with a higher amount (a group
     * difference, where two measures associated are a correlation); with their near misses, which give nothing: the amount of a group that merely has a name
     * ("Patients with high IL-6 showed ..."), a verb of causing ("led to"), an adjunct that names the stimulus.
     */
    @Test
    void membersAfterAnAdjunctAndAmountsAVerbOfShowingStatesAreFindings() {
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("Female rats showed suppressed cytokine production after viral infection (IL-1β, IL-6 and TNF-α among others).",
                List.of("IL1B decreased null abstract", "IL6 decreased null abstract", "TNF decreased null abstract"));
        expected.put("IL-17A showed an increased expression in inflamed colonic mucosa.", List.of("IL17A increased tissue abstract"));
        expected.put("Patients with high IL-6 showed reduced expression in the colon.", List.of());
        expected.put("IL-10 led to reduced expression in the colon.", List.of());
        expected.put("Monocytes showed enhanced cytokine release after IL-1β stimulation (IL-6 and IL-8).", List.of());
        // an adjective of change before a noun of change: the noun's change and its reduction, as "reduced the induction of"
        expected.put("Rats given the antagonist had the same body weight, despite the reduced induction of fever and serum IL-8.",
                List.of("CXCL8 decreased serum abstract", "CXCL8 increased serum abstract"));
        expected.put("Mice given the drug showed a blunted rise in plasma TNF-α.",
                List.of("TNF decreased plasma abstract", "TNF increased plasma abstract"));
        // a group associated with a higher amount is a group difference; two measures associated, a correlation
        expected.put("Carriers of the T allele were associated with higher serum IL-6 levels.", List.of("IL6 increased serum abstract"));
        expected.put("Higher serum IL-6 was associated with increased pain scores.", List.of());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            BibliographicRecord record = BibliographicRecord.builder().pmid("11").section("RESULTS", e.getKey()).build();
            List<Finding> findings = extractor.extract(record, PluginTestKit.context(extractor));
            assertThat(summary(findings)).as(e.getKey()).containsExactlyElementsOf(e.getValue());
            EvidenceAssertions.assertEvidenceMatchesRecord(List.of(record), findings);
        }
    }

    /**
     * A word of sex takes its population from the noun it modifies ("male and female C57BL/6 mice") or, alone, from
     * the record ("Females showed ..." in a study of mice); a record that names only "healthy males" is of people.
     */
    @Test
    void aWordOfSexNamesTheRecordsPopulation() {
        BibliographicRecord mice = BibliographicRecord.builder().pmid("12")
                .title("Serum cytokines of male and female C57BL/6 mice after a high-fat diet.")
                .section("RESULTS", "Male and female C57BL/6 mice were fed a high-fat diet for 8 weeks. "
                        + "Females showed higher serum IL-6 than males.")
                .build();
        List<Finding> fromMice = extractor.extract(mice, PluginTestKit.context(extractor));
        assertThat(summary(fromMice)).containsExactly("IL6 increased serum abstract");
        assertThat(fromMice.get(0).attribute(CytokineKind.POPULATION)).isEqualTo("animal");
        BibliographicRecord people = BibliographicRecord.builder().pmid("13")
                .section("RESULTS", "Twelve healthy males cycled for two hours. Plasma IL-6 rose after exercise.")
                .build();
        List<Finding> fromPeople = extractor.extract(people, PluginTestKit.context(extractor));
        assertThat(summary(fromPeople)).containsExactly("IL6 increased plasma abstract");
        assertThat(fromPeople.get(0).attribute(CytokineKind.POPULATION)).isEqualTo("human");
    }

    /** Their near misses keep their readings: a change's size against a group, a likeness to a group's levels. */
    @Test
    void changeSizesAgainstGroupsAndLikenessToGroupsStayFindings() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("10")
                .section("RESULTS", "The rise in serum IL-6 was smaller in patients than in controls. "
                        + "Serum IL-8 levels in patients were similar to those in controls.")
                .build();
        assertThat(summary(extractor.extract(record, PluginTestKit.context(extractor)))).containsExactly(
                "IL6 increased serum abstract", "IL6 decreased serum abstract", "CXCL8 unchanged serum abstract");
    }

    @Test
    void recordsWithoutCytokinesOrAbstractGiveNothing() {
        BibliographicRecord noAbstract = BibliographicRecord.builder().pmid("2").title("Sleep and mood in students.").build();
        assertThat(extractor.extract(noAbstract, PluginTestKit.context(extractor))).isEmpty();
    }

    @Test
    void userLexiconOptionExtendsOrReplaces() throws Exception {
        Path lexicon = Path.of(CytokineExtractorTest.class.getResource("/fixtures/user-lexicon.tsv").toURI());
        BibliographicRecord record = BibliographicRecord.builder().pmid("3")
                .section(null, "Serum IL-41 and IL-6 levels were higher in patients than in controls.").build();

        List<Finding> extended = extractor.extract(record, PluginTestKit.context(extractor,
                Map.of("lexicon", lexicon.toString())));
        assertThat(summary(extended)).containsExactly("IL41 increased serum abstract", "IL6 increased serum abstract");

        List<Finding> replaced = extractor.extract(record, PluginTestKit.context(extractor,
                Map.of("lexicon", lexicon.toString(), "lexicon-mode", "replace")));
        assertThat(summary(replaced)).containsExactly("IL41 increased serum abstract");
    }

    @Test
    void badOptionsAreRejectedWithAClearMessage() throws URISyntaxException {
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon-mode", "merge")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'merge' is not allowed; allowed values: extend, replace");
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon-mode", "replace")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option cytokines.lexicon-mode: lexicon-mode replace needs a 'lexicon' file");
    }

    @Test
    void aLexiconFileThatCannotBeReadIsRefusedWhenTheOptionsAreBound(@TempDir Path dir) {
        Path absent = dir.resolve("absent.tsv");
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", absent.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option cytokines.lexicon: cannot read cytokine lexicon " + absent + ": no such file")
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", dir.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read cytokine lexicon " + dir + ": it is a folder");
    }

    @Test
    void aRelativeLexiconNameThatCannotBeReadSaysWhereItWasLookedFor() {
        Path relative = Path.of("no-such-folder", "my-cytokines.tsv");
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", relative.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read cytokine lexicon " + relative + " (looked for " + relative.toAbsolutePath()
                        + ", relative to the working directory): no such file");
    }

    @Test
    void aMalformedOrEmptyLexiconFileIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "IL41\tIL-41\tIL-41\nbad line without tabs\n");
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", bad.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bad + ", line 2: expected three tab-separated columns");
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "# nothing yet\nkey\tlabel\tspellings\n");
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", empty.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the cytokine lexicon " + empty + " holds no entry");
        Files.write(dir.resolve("latin1.tsv"), new byte[] {'I', 'L', '4', '1', '\t', 'I', 'L', '\t', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", dir.resolve("latin1.tsv").toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latin1.tsv: line 1 is not UTF-8 text");
        // the review of session 24, Y13: refused when the options are bound, before any record, not record by record
        Path otherwise = Files.writeString(dir.resolve("otherwise.tsv"), "IL-6\tIL-6\tinterleukin six\n");
        assertThatThrownBy(() -> PluginTestKit.context(extractor, Map.of("lexicon", otherwise.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(otherwise + ", line 1: the key 'IL-6' is the built-in key IL6 written another way");
        assertThat(PluginTestKit.context(extractor, Map.of("lexicon", otherwise.toString(), "lexicon-mode", "replace"))).isNotNull();
    }

    @Test
    void declaresItsNameAndKind() {
        assertThat(extractor.name()).isEqualTo("cytokines");
        assertThat(extractor.findingKind()).isEqualTo(CytokineKind.KIND);
        assertThat(extractor.optionsType()).isEqualTo(CytokineOptions.class);
        assertThat(PluginTestKit.bind(extractor, Map.of())).isEqualTo(new CytokineOptions(null, CytokineOptions.LexiconMode.EXTEND));
    }
}
