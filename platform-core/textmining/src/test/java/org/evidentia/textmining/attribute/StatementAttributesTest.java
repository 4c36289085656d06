package org.evidentia.textmining.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.FindingKind;
import org.evidentia.textmining.TestLexicon;
import org.evidentia.textmining.record.RecordReader;
import org.evidentia.textmining.record.RecordStatement;
import org.junit.jupiter.api.Test;

/** Population, comparison, condition and context of statements, read from invented abstracts. */
class StatementAttributesTest {

    private final RecordReader reader = new RecordReader(TestLexicon.LEXICON, Set.of("cytokines"), new StatementAttributes());

    private Map<String, String> first(String abstractText) {
        return first(BibliographicRecord.builder().pmid("1").section(null, abstractText).build());
    }

    private Map<String, String> first(BibliographicRecord record) {
        List<RecordStatement> statements = reader.read(record);
        assertThat(statements).isNotEmpty();
        return statements.get(0).attributes();
    }

    /**
     * The value lists an extractor declares its kind's closed attributes with hold every value the
     * detectors give, and nothing else but the guidelines' comparison "other" (review 6, finding 3:
     * an extractor had to copy them from this class's Javadoc).
     */
    @Test
    void theValueListsHoldEveryValueTheDetectorsGive() {
        assertThat(StatementAttributes.SPECIMENS).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(SpecimenDetector.Specimen.values()).map(SpecimenDetector.Specimen::label)
                        .filter(java.util.Objects::nonNull).toList()); // OTHER is written as no specimen
        assertThat(StatementAttributes.POPULATIONS).containsExactly("human", "animal", "cell-line");
        assertThat(StatementAttributes.COMPARISONS).containsAll(ComparisonDetector.ORDER)
                .hasSize(ComparisonDetector.ORDER.size() + 1).contains("other");
        assertThat(first("Serum IL-6 was higher in patients with sepsis than in controls."))
                .hasEntrySatisfying(StatementAttributes.SPECIMEN, v -> assertThat(StatementAttributes.SPECIMENS).contains(v))
                .hasEntrySatisfying(StatementAttributes.POPULATION, v -> assertThat(StatementAttributes.POPULATIONS).contains(v))
                .hasEntrySatisfying(StatementAttributes.COMPARISON, v -> assertThat(StatementAttributes.COMPARISONS).contains(v));
    }

    /**
     * Every value of the lists has a meaning for a report's reader, in the list's order, and the
     * reader labels the HTML report has always shown (review 20, M2); the specimens read as their
     * names. A kind declares them without error.
     */
    @Test
    void everyValueOfTheListsHasAMeaningForAReader() {
        assertThat(StatementAttributes.SPECIMEN_MEANINGS.keySet()).containsExactlyElementsOf(StatementAttributes.SPECIMENS);
        assertThat(StatementAttributes.POPULATION_MEANINGS.keySet()).containsExactlyElementsOf(StatementAttributes.POPULATIONS);
        assertThat(StatementAttributes.COMPARISON_MEANINGS.keySet()).containsExactlyElementsOf(StatementAttributes.COMPARISONS);
        FindingKind.Attribute comparison = new FindingKind.Attribute(StatementAttributes.COMPARISON, "Comparison",
                StatementAttributes.COMPARISONS, FindingKind.Attribute.Role.STRATUM, StatementAttributes.COMPARISON_MEANINGS);
        FindingKind.Attribute population = new FindingKind.Attribute(StatementAttributes.POPULATION, "Population",
                StatementAttributes.POPULATIONS, FindingKind.Attribute.Role.STRATUM, StatementAttributes.POPULATION_MEANINGS);
        FindingKind.Attribute specimen = new FindingKind.Attribute(StatementAttributes.SPECIMEN, "Specimen",
                StatementAttributes.SPECIMENS, FindingKind.Attribute.Role.BREAKDOWN, StatementAttributes.SPECIMEN_MEANINGS);
        assertThat(StatementAttributes.COMPARISONS.stream().map(comparison::readerLabel))
                .containsExactly("cases vs controls", "intervention", "exposure", "genotype", "over time", "other");
        assertThat(StatementAttributes.POPULATIONS.stream().map(population::readerLabel)).containsExactly("human", "animal", "cell lines");
        assertThat(StatementAttributes.SPECIMENS.stream().map(specimen::readerLabel)).containsExactlyElementsOf(StatementAttributes.SPECIMENS);
        assertThat(StatementAttributes.SPECIMEN_MEANINGS.get("pbmc").meaning()).startsWith("white cells from blood");
        assertThat(StatementAttributes.COMPARISON_MEANINGS.values()).allSatisfy(m -> assertThat(m.meaning()).doesNotEndWith("."));
    }

    @Test
    void populationFromTheClauseThenTheRecord() {
        assertThat(first("Serum IL-6 was higher in patients with sepsis than in controls."))
                .containsEntry(StatementAttributes.POPULATION, "human");
        assertThat(first("Colonic IL-6 expression was increased in DSS-treated mice."))
                .containsEntry(StatementAttributes.POPULATION, "animal");
        assertThat(first("The extract reduced IL-6 release by RAW 264.7 macrophages."))
                .containsEntry(StatementAttributes.POPULATION, "cell-line");
        assertThat(first("The compound lowered IL-8 secretion in HT-29 cells stimulated with TNF."))
                .containsEntry(StatementAttributes.POPULATION, "cell-line");
        assertThat(first("We studied 40 rats after burn injury. IL-6 rose within 6 hours."))
                .containsEntry(StatementAttributes.POPULATION, "animal");
        // a sampler's s20 (pattern 5a): a cell line's name, one word of the cells' type, then the cells
        assertThat(first("MIN6 β cells exposed to palmitate released more CXCL1.")).containsEntry(StatementAttributes.POPULATION, "cell-line");
        assertThat(first("CD4 T cells of the mice released more IL-17A.")).containsEntry(StatementAttributes.POPULATION, "animal");
        // a sampler's s21: a species word before a cell line's name says where the line came from; "human" before a
        // cytokine's name says whose molecule was made; "pediatric" disease samples are people's
        assertThat(first("Rat INS-1 cells were exposed to hypoxia for 24 h. IL-6 mRNA was increased in hypoxia-treated cells."))
                .containsEntry(StatementAttributes.POPULATION, "cell-line");
        assertThat(first("Human HepG2 cells released more IL-8 after exposure to ethanol."))
                .containsEntry(StatementAttributes.POPULATION, "cell-line");
        assertThat(first("We designed a stable human interleukin-22 analogue. Its activity was shown by suppression of TNF-alpha secretion"
                + " in lipopolysaccharide-stimulated macrophages.")).doesNotContainKey(StatementAttributes.POPULATION);
        assertThat(first("Recombinant human IL-10 lowered IL-6 release by stimulated macrophages of healthy donors."))
                .containsEntry(StatementAttributes.POPULATION, "human");
        // a reviewer of session 21's change: "granulocyte" of a molecule's name took "Human granulocytes" for a molecule
        assertThat(first("Human granulocytes released more IL-10 after stimulation with LPS."))
                .containsEntry(StatementAttributes.POPULATION, "human");
        assertThat(first("Intranasal cadmium increased lung levels of murine IL-6."))
                .containsEntry(StatementAttributes.POPULATION, "animal");
        assertThat(first("Expression profiles of 30 pediatric Crohn's disease biopsies and 10 control biopsies were compared. IL-6 was"
                + " down-regulated in the pediatric Crohn's disease biopsies.")).containsEntry(StatementAttributes.POPULATION, "human");
        // a sampler's s20 (pattern 5b): people named by their occupation
        assertThat(first("Serum IL-6 rose in 30 cadets after a 4-day field exercise.")).containsEntry(StatementAttributes.POPULATION, "human");
        assertThat(first("Plasma IL-6 was higher in firefighters after the shift.")).containsEntry(StatementAttributes.POPULATION, "human");
        BibliographicRecord tagged = BibliographicRecord.builder().pmid("2").meshTerm("Humans").meshTerm("Interleukin-6/blood*")
                .section(null, "IL-6 rose after the marathon.").build();
        assertThat(first(tagged)).containsEntry(StatementAttributes.POPULATION, "human");
        assertThat(first("IL-6 rose after the marathon.")).doesNotContainKey(StatementAttributes.POPULATION);
    }

    /**
     * Population s11, rule B: for a statement about cells, the record's people and animal words count only where they
     * may say whose cells were measured: outside a background section, in a sentence that names cells or no tissue.
     * dev-ibd 25105947 (intestinal epithelial cells; "patients" only in a trial its background cites and in "inflamed
     * lesions of patients") and 27014275 (dendritic cells; "individuals with a disturbed gut epithelial barrier") were
     * given human; the guidelines call an unstated population null. The last five keep their population: a rule that
     * dropped the record's words for every statement about cells would lose them.
     */
    @Test
    void cellsTakeTheRecordsPeopleOnlyFromSentencesThatMaySayWhoseCellsTheyAre() {
        assertThat(first(BibliographicRecord.builder().pmid("1")
                .section("BACKGROUND", "Anti-IL-17A antibodies failed in a trial with patients with Crohn's disease.")
                .section("RESULTS", "IL-17A increased IL-8 expression in intestinal epithelial cells.").build()))
                .doesNotContainKey(StatementAttributes.POPULATION);
        assertThat(first("IL-17A increased IL-8 expression in intestinal epithelial cells."
                + " The same genes correlated with IL17A in inflamed lesions of patients with colitis."))
                .doesNotContainKey(StatementAttributes.POPULATION);
        assertThat(first("Retinoic acid raised IL-10 production by dendritic cells in vitro."
                + " Postbiotics could help individuals with a disturbed gut epithelial barrier."))
                .doesNotContainKey(StatementAttributes.POPULATION);
        // whose cells: the study's people or animals, in a sentence of cells or of no tissue
        assertThat(first("We compared never-smokers and current smokers with COPD."
                + " The release of IL-8 from LPS-exposed alveolar macrophages was increased in COPD."))
                .containsEntry(StatementAttributes.POPULATION, "human");
        assertThat(first("Primary human bronchial epithelial cells were treated with dust extract. IL-8 release was increased."))
                .containsEntry(StatementAttributes.POPULATION, "human");
        assertThat(first("Blood was drawn from eight healthy men. IL-8 release from isolated neutrophils rose after the meal."))
                .containsEntry(StatementAttributes.POPULATION, "human");
        assertThat(first("Colitis depends on IL-6 in wild-type mice. IL-10 inhibits IL-1β production in macrophages."))
                .containsEntry(StatementAttributes.POPULATION, "animal");
        // a record whose section labels were not read is all background: its background still counts (28804459)
        assertThat(first(BibliographicRecord.builder().pmid("2")
                .section("BACKGROUND", "Mice were given DSS in their water. The probiotic increased IL-10 secretion by macrophages.")
                .build())).containsEntry(StatementAttributes.POPULATION, "animal");
    }

    /**
     * Population s11, rule C: a molecule named with "human" ("Human antigen R", the RNA-binding protein HuR; "human
     * leukocyte antigen") names no population (ibd export 27307561's IL-7 was human from its title's "Human Antigen R"
     * alone). People named beside it still count.
     */
    @Test
    void aMoleculeNamedWithHumanNamesNoPopulation() {
        assertThat(first(BibliographicRecord.builder().pmid("1").title("Ribosome inactivation acts via human antigen R.")
                .section(null, "Ribosome inactivation raised IL-6 in the intestinal mucosa.").build()))
                .doesNotContainKey(StatementAttributes.POPULATION);
        assertThat(first("Serum IL-6 rose with human leukocyte antigen B27.")).doesNotContainKey(StatementAttributes.POPULATION);
        assertThat(first("Serum IL-6 rose in human leukocyte antigen B27-positive patients."))
                .containsEntry(StatementAttributes.POPULATION, "human");
        assertThat(first("Serum IL-6 was raised in human subjects given growth hormone."))
                .containsEntry(StatementAttributes.POPULATION, "human");
    }

    @Test
    void comparisonFromTheCauseThenTheClause() {
        assertThat(first("Serum IL-6 was higher in patients with sepsis than in healthy controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Metformin reduced IL-6 in obese rats.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("LPS stimulation increased IL-6 release by monocytes.")).containsEntry(StatementAttributes.COMPARISON, "exposure");
        assertThat(first("IL-6 expression was higher in knockout mice than in wild-type littermates."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("Colonic IL-6 was raised in Nlrp3(-/-) mice.")).containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("IL-6 was higher in the evening than in the morning.")).containsEntry(StatementAttributes.COMPARISON, "time");
        assertThat(first("IFN-γ fell after IL-2 in healthy men.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("IL-8 release by epithelial cells rose after IL-1β.")).containsEntry(StatementAttributes.COMPARISON, "exposure");
        assertThat(first("IL-6 was lower 28 days post-SR in the colon after sham-resection (SR).")
                .get(StatementAttributes.COMPARISON)).isEqualTo("intervention");
    }

    @Test
    void conditionFromTheClauseOrTheStatedPopulationNormalisedByMesh() {
        assertThat(first("Serum IL-6 was higher in patients with obstructive sleep apnea than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea");
        BibliographicRecord record = BibliographicRecord.builder().pmid("3")
                .meshTerm("Sleep Apnea, Obstructive/blood*").meshTerm("Humans")
                .section(null, "Obstructive sleep apnea syndrome (OSAS) is common. Serum IL-6 was higher in OSAS patients than in controls.")
                .build();
        assertThat(first(record)).containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea"); // the descriptor as people write it (review 20, H1)
        BibliographicRecord titled = BibliographicRecord.builder().pmid("4").title("Cytokines in patients with fibromyalgia")
                .section(null, "IL-8 was higher than in controls.").build();
        assertThat(first(titled)).containsEntry(StatementAttributes.CONDITION, "fibromyalgia");
        assertThat(first("IL-6 rose after the marathon.")).doesNotContainKey(StatementAttributes.CONDITION);
    }

    /**
     * A criterion of a group ("excluding those with elevated IL-8", "In patients with low IL-8, ...") gives its names no
     * statement; the clause's finding keeps its own comparison, population and specimen.
     */
    @Test
    void aGroupCriterionLeavesTheFindingsAttributesAsTheyWere() {
        List<RecordStatement> trailing = reader.read(BibliographicRecord.builder().pmid("1").section(null,
                "Serum IL-6 was higher in patients than in controls, excluding those with elevated IL-8.").build());
        assertThat(trailing).hasSize(1);
        assertThat(trailing.get(0).mention().text()).isEqualTo("IL-6");
        assertThat(trailing.get(0).attributes()).containsEntry(StatementAttributes.COMPARISON, "condition")
                .containsEntry(StatementAttributes.SPECIMEN, "serum");
        List<RecordStatement> leading = reader.read(BibliographicRecord.builder().pmid("2").section(null,
                "In patients with low IL-8, IL-6 levels were increased compared with controls.").build());
        assertThat(leading).hasSize(1);
        assertThat(leading.get(0).mention().text()).isEqualTo("IL-6");
        assertThat(leading.get(0).attributes()).containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    /** The group of a leading exclusion phrase ("Excluding patients with undetectable IL-6, ...") is not the compared group. */
    @Test
    void aLeadingExclusionNamesNoCondition() {
        assertThat(first("Excluding patients with undetectable IL-6, serum IL-6 was higher in patients than in controls."))
                .doesNotContainKey(StatementAttributes.CONDITION);
        assertThat(first("Excluding patients with undetectable IL-8, serum IL-6 was higher in patients with lupus than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "lupus");
        assertThat(first("After excluding patients with undetectable IL-8, serum IL-6 was higher in patients than in controls."))
                .doesNotContainKey(StatementAttributes.CONDITION);
        // the group of the clause itself still names it
        assertThat(first("Serum IL-6 was higher in patients with lupus, excluding none, than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "lupus");
        assertThat(first("Serum IL-6 was higher in patients with undetectable IL-8 than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "undetectable IL-8");
    }

    /** What a result was held independent of ("independent of retinoic acid intake") is a covariate, not the comparison. */
    @Test
    void aCovariatePhraseIsNotWhatWasCompared() {
        assertThat(first("Serum IL-6 was higher in patients with lupus, independent of retinoic acid intake."))
                .containsEntry(StatementAttributes.COMPARISON, "condition").containsEntry(StatementAttributes.CONDITION, "lupus");
        assertThat(first("Serum IL-6 was higher in patients with lupus, independently of vitamin D supplementation."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Serum IL-6 was higher in smokers after adjustment for LPS exposure and age."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        // what the clause compares outside the phrase stands
        assertThat(first("IL-6 rose after LPS stimulation, regardless of disease activity."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
        assertThat(first("IL-6 decreased after treatment with methotrexate, irrespective of disease duration."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("IL-6 was higher in patients with lupus and was independent of retinoic acid intake."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("IL-8 secretion was higher in cells exposed to retinoic acid than in untreated cells."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
        // review 26, M2: a phrase no punctuation closes ends where its clause's verb begins, not at the sentence's end
        assertThat(first("Serum IL-6 adjusted for body weight was higher in mice exposed to cigarette smoke than in unexposed mice."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
        assertThat(first("Serum IL-6 corrected for protein content increased in rats after treatment with dexamethasone."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Independent of age serum IL-6 was increased in patients receiving interferon-alpha therapy."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    @Test
    void aReportingSubjectIsNoCause() {
        assertThat(first("We found higher serum IL-6 in patients with asthma compared with healthy controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    @Test
    void conditionValuesHaveOneSpellingAndFragmentsNone() {
        assertThat(first("Serum IL-6 was higher in patients with Crohn's Disease than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "Crohn disease");
        BibliographicRecord meshed = BibliographicRecord.builder().pmid("6").meshTerm("Crohn Disease/blood*")
                .section(null, "Serum IL-6 was higher in patients with Crohn's disease than in controls.").build();
        assertThat(first(meshed)).containsEntry(StatementAttributes.CONDITION, "Crohn disease");
        assertThat(first("IL-6 was higher in patients with narcolepsy displayed in the table than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "narcolepsy");
        assertThat(ConditionDetector.tidy("(double knockout")).isNull();
        assertThat(ConditionDetector.tidy("caspase recruitment domain 9")).isNull();
        assertThat(ConditionDetector.tidy("higher levels")).isNull();
        assertThat(ConditionDetector.tidy("corn oil HLA-B27")).isEqualTo("HLA-B27");
        assertThat(ConditionDetector.tidy("TGF-beta between obstructive sleep apnea syndrome")).isEqualTo("obstructive sleep apnea syndrome");
    }

    // Review 7, finding 2: "sleep apnoea" did not match a focus on "sleep apnea", and a comorbidity took the condition
    @Test
    void britishSpellingsAreWrittenAmericanSoThatOneDiseaseHasOneSpelling() {
        assertThat(first("Serum IL-6 was higher in patients with obstructive sleep apnoea than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea");
        assertThat(ConditionDetector.tidy("Obstructive Sleep Apnoea-Hypopnoea Syndrome")).isEqualTo("obstructive sleep apnea-hypopnea syndrome");
        assertThat(ConditionDetector.tidy("paediatric coeliac disease")).isEqualTo("pediatric celiac disease");
        assertThat(ConditionDetector.tidy("oesophageal tumour")).isEqualTo("esophageal tumor");
        assertThat(ConditionDetector.tidy("acute myeloid leukaemia")).isEqualTo("acute myeloid leukemia");
        assertThat(ConditionDetector.tidy("haemorrhagic stroke")).isEqualTo("hemorrhagic stroke");
        assertThat(ConditionDetector.tidy("myocardial ischaemia")).isEqualTo("myocardial ischemia");
        assertThat(ConditionDetector.tidy("chronic diarrhoea")).isEqualTo("chronic diarrhea");
        assertThat(ConditionDetector.tidy("iron deficiency anaemia")).isEqualTo("iron deficiency anemia");
        assertThat(ConditionDetector.tidy("pulmonary oedema")).isEqualTo("pulmonary edema");
        // each part of a hyphenated word is written as a word: names of people and abbreviations keep their capitals
        assertThat(ConditionDetector.tidy("Prader-Willi Syndrome")).isEqualTo("Prader-Willi syndrome");
        assertThat(ConditionDetector.tidy("Non-Hodgkin Lymphoma")).isEqualTo("non-Hodgkin lymphoma");
        assertThat(ConditionDetector.tidy("HLA-B27")).isEqualTo("HLA-B27");
        // the British phrase finds the record's (American) MeSH descriptor
        BibliographicRecord meshed = BibliographicRecord.builder().pmid("7").meshTerm("Sleep Apnea, Obstructive/blood*")
                .section(null, "Serum IL-6 was higher in patients with obstructive sleep apnoea than in controls.").build();
        assertThat(first(meshed)).containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea"); // the descriptor as people write it (review 20, H1)
    }

    @Test
    void aGroupNamedByOneConditionAndQualifiedByAnotherHasBoth() {
        assertThat(first("Obstructive sleep apnea-hypopnea syndrome (OSAHS) and erectile dysfunction (ED) often coexist. "
                + "TNF-a levels, IL-6, and IL-8 were elevated in OSAHS patients with ED compared to controls."))
                .containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea with erectile dysfunction")
                .containsEntry(StatementAttributes.CONTEXT, "OSAHS patients with ED"); // the group, not its comparator (session 18)
        assertThat(first(BibliographicRecord.builder().pmid("8")
                .title("High levels of inflammation in obstructive sleep apnea patients with hypertension.")
                .section(null, "Moreover the levels of IL-6 were higher than in those without hypertension.").build()))
                .containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea with hypertension");
        assertThat(first("Impaired glucose tolerance (IGT) and obstructive sleep apnea-hypopnea syndrome (OSAHS) were studied. "
                + "IL-6 levels increased significantly in women with IGT and OSAHS as compared with those in women without OSAHS."))
                .containsEntry(StatementAttributes.CONDITION, "impaired glucose tolerance and obstructive sleep apnea");
        // "and" before a group that names no disease still ends the condition
        assertThat(first("Serum IL-6 was higher in patients with asthma and healthy smokers than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "asthma");
        assertThat(first("Obstructive sleep apnea (OSA) is common. IL-6 was decreased in OSA patients with and without CHD."))
                .containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea");
        assertThat(first("IL-6 did not differ between subjects with residual EDS and those without residual EDS."))
                .containsEntry(StatementAttributes.CONDITION, "residual EDS");
        // both parts must name a disease: a gene before the group, a staining after it, is none
        assertThat(first(BibliographicRecord.builder().pmid("9").title("Activation of GPBAR1 rescues mice from murine colitis.")
                .section(null, "BAR501 reduced the expression of IL-6.").build()))
                .containsEntry(StatementAttributes.CONDITION, "murine colitis");
        assertThat(first("Rheumatoid arthritis (RA) was studied. RA patients with positive staining of VEGF had decreased IFN-γ."))
                .containsEntry(StatementAttributes.CONDITION, "rheumatoid arthritis");
    }

    // Review 7, finding 8: one disease split by its plural or an abbreviation, values that are no condition
    @Test
    void aPluralAnAdjectiveOrASquareBracketedAbbreviationGivesTheDiseaseAndDegreesOrMeasuresNone() {
        assertThat(ConditionDetector.tidy("inflammatory bowel diseases")).isEqualTo("inflammatory bowel disease");
        assertThat(ConditionDetector.tidy("primary sleep disorders")).isEqualTo("primary sleep disorder");
        assertThat(ConditionDetector.tidy("obese")).isEqualTo("obesity");
        assertThat(ConditionDetector.tidy("severely obese")).isEqualTo("severe obesity");
        assertThat(ConditionDetector.tidy("septic")).isEqualTo("sepsis");
        assertThat(ConditionDetector.tidy("obese obstructive sleep apnea syndrome")).isEqualTo("obese obstructive sleep apnea syndrome");
        assertThat(ConditionDetector.tidy("sepsis")).isEqualTo("sepsis");
        assertThat(ConditionDetector.tidy("diabetes")).isEqualTo("diabetes");
        assertThat(ConditionDetector.tidy("mild")).isNull();
        assertThat(ConditionDetector.tidy("mild to moderate")).isNull();
        assertThat(ConditionDetector.tidy("apnoea-hypopnoea index")).isNull();
        assertThat(ConditionDetector.tidy("general population")).isNull();
        assertThat(first("Human intestinal inflammation, such as ulcerative colitis [UC], is common. "
                + "Serum IL-6 was higher in UC patients than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "ulcerative colitis");
    }

    // Review 7, finding 8: "CRC" (colorectal carcinoma) was the condition "carcinoma"
    @Test
    void anAbbreviationsLongFormIsAllTheWordsItsLettersBegin() {
        assertThat(first("Progression from ulcerative colitis (UC) toward colorectal carcinoma (CRC) is multistep. "
                + "CRC patients with positive staining of VEGF had decreased systemic values of IFN-γ."))
                .containsEntry(StatementAttributes.CONDITION, "colorectal cancer");
    }

    // Review 7, finding 8: an abbreviation the record never defines ("patients with FM") split one disease
    @Test
    void anUndefinedAbbreviationIsWrittenOutOnlyAsTheDiseaseTheTitleOrMeshNames() {
        assertThat(first(BibliographicRecord.builder().pmid("10").title("Fibromyalgia, hepatitis C infection, and the cytokine connection")
                .section(null, "IL-6 production was increased in patients with FM for longer than 2 years.").build()))
                .containsEntry(StatementAttributes.CONDITION, "fibromyalgia");
        assertThat(first(BibliographicRecord.builder().pmid("11").title("Cytokines after a night awake").meshTerm("Sleep Deprivation/blood*")
                .section(null, "IL-6 was higher in subjects with SD than in rested controls.").build()))
                .containsEntry(StatementAttributes.CONDITION, "sleep deprivation");
        // the same letters in a record on another disease are not written out: here SD is stable disease
        assertThat(first(BibliographicRecord.builder().pmid("12").title("The treatment of advanced renal cell cancer with thalidomide")
                .section(null, "In patients with SD, serum TNF-alpha levels decreased.").build()))
                .containsEntry(StatementAttributes.CONDITION, "SD");
    }

    // Review 7, finding 8 (left): "patients with SD", stable disease in a record on renal cancer, was the condition "SD"
    @Test
    void anUndefinedAbbreviationOfAResponseTheRecordWritesOutIsNoCondition() {
        assertThat(first(BibliographicRecord.builder().pmid("14").title("Lenalidomide in metastatic melanoma")
                .section(null, "Four patients had a partial response and nine had stable disease for at least 4 months. "
                        + "In patients with SD, serum IL-8 levels decreased during treatment.").build()))
                .doesNotContainKey(StatementAttributes.CONDITION);
        assertThat(first(BibliographicRecord.builder().pmid("15").title("Cytokines of patients with multiple myeloma")
                .section(null, "Eleven reached a complete response. Serum IL-6 was lower in CR patients than before treatment.").build()))
                .containsEntry(StatementAttributes.CONDITION, "multiple myeloma");
        // defined, it is its own long form; where the record never writes a response out, it stays as written (above)
        assertThat(first(BibliographicRecord.builder().pmid("16").title("Sleep and cytokines")
                .section(null, "Stable disease was rare. IL-6 was higher in subjects with sleep disorder (SD) than in controls.").build()))
                .containsEntry(StatementAttributes.CONDITION, "sleep disorder");
    }

    // Review 7, finding 3: "upregulated in inflammatory bowel disease (IBD)" took the title's Crohn disease
    @Test
    void aDiseaseNamedAfterTheDirectionAndInIsTheStatementsConditionOverTheTitles() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("13").title("Cytokines in patients with Crohn's disease")
                .section(null, "The expression of interleukin (IL)-6 was upregulated in inflammatory bowel disease (IBD). "
                        + "TNF-alpha was elevated in the cerebrospinal fluid.").build();
        List<RecordStatement> statements = reader.read(record);
        assertThat(statements).extracting(st -> st.attributes().get(StatementAttributes.CONDITION))
                .containsExactly("inflammatory bowel disease", "Crohn disease");
    }

    // Review 7 (left): a condition after the direction word was dropped for the title's where "and" or "or" followed it
    @Test
    void aConditionBeforeAnAndThatBeginsAnotherPhraseStandsAndAnOrGoesOnToASecondDisease() {
        assertThat(first("Psoriatic arthritis (PsA) was studied. The release of IL-8 from cultured synoviocytes was increased in PsA "
                + "and the release of IL-10 was without differences between the groups."))
                .containsEntry(StatementAttributes.CONDITION, "psoriatic arthritis");
        assertThat(first("Plasma IL-18 was elevated in sarcoidosis and remained so after six months."))
                .containsEntry(StatementAttributes.CONDITION, "sarcoidosis");
        assertThat(first("Post-traumatic stress disorder (PTSD) is common in veterans. "
                + "Serum IL-6 concentrations were higher in veterans with PTSD or depression, whatever their sleep."))
                .containsEntry(StatementAttributes.CONDITION, "post-traumatic stress disorder or depression");
        assertThat(first("Chronic obstructive pulmonary disease (COPD) was studied. IL-6 was higher in patients with asthma or COPD than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "asthma or chronic obstructive pulmonary disease");
        // a list, or an "and" that goes on to a group of the comparison, still leaves the condition to the title
        assertThat(first("Serum IL-6 was increased in both depressed and sleep disordered patients."))
                .doesNotContainKey(StatementAttributes.CONDITION);
        assertThat(first("Sputum IL-8 was increased in asthma and in healthy smokers."))
                .doesNotContainKey(StatementAttributes.CONDITION);
    }

    // Review 9, finding 3: "apnoeic males", "sleep apneics" named no condition, so a focus on sleep apnea left them out
    @Test
    void anAdjectiveOfADiseaseOrTheNounOfItsPatientsIsTheCondition() {
        assertThat(first("Serum IL-8 was higher in asthmatics than in healthy controls."))
                .containsEntry(StatementAttributes.CONDITION, "asthma");
        assertThat(first("IL-8 was clearly and significantly raised in sleep apneics compared to that in healthy controls."))
                .containsEntry(StatementAttributes.CONDITION, "sleep apnea");
        assertThat(first("IL-10 was raised in sleep apneics and narcoleptics compared to healthy controls."))
                .containsEntry(StatementAttributes.CONDITION, "sleep apnea and narcolepsy");
        assertThat(first("Apnoeic women had significantly higher serum IL-6 than controls."))
                .containsEntry(StatementAttributes.CONDITION, "apnea");
        // the record names the disease longer: its title, else its MeSH descriptor
        BibliographicRecord titled = BibliographicRecord.builder().pmid("21").title("Sleep apnoea and inflammation in older adults.")
                .section(null, "Apnoeic women had significantly higher serum IL-6 than controls.").build();
        assertThat(first(titled)).containsEntry(StatementAttributes.CONDITION, "sleep apnea");
        BibliographicRecord meshed = BibliographicRecord.builder().pmid("22").meshTerm("Sleep Apnea, Obstructive/blood*")
                .section(null, "Serum IL-6 was higher in apneic patients than in snorers.").build();
        assertThat(first(meshed)).containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea"); // the descriptor as people write it (review 20, H1)
    }

    // Report reader s9, H2: "between autistic and normal children" named no condition (a group and its controls under one noun)
    @Test
    void aGroupAndItsControlsUnderOneNounHaveTheFirstOnesCondition() {
        assertThat(first("There were no significant differences in serum IL-6 between autistic and normal children."))
                .containsEntry(StatementAttributes.CONDITION, "autism");
        assertThat(first("Serum IL-8 was not different between asthmatic and healthy subjects."))
                .containsEntry(StatementAttributes.CONDITION, "asthma");
        assertThat(first("Serum IL-8 was higher in young and healthy subjects than in older ones."))
                .as("no disease before the conjunction: none").doesNotContainKey(StatementAttributes.CONDITION);
        // review s9, M4: only after "between": the comparator's disease, or two groups' each, is not the condition
        assertThat(first("Serum IL-6 was higher in pregnant women than in diabetic and healthy men."))
                .doesNotContainEntry(StatementAttributes.CONDITION, "diabetes");
        assertThat(first("In both diabetic and healthy subjects, plasma IL-6 increased after exercise."))
                .doesNotContainEntry(StatementAttributes.CONDITION, "diabetes");
    }

    // Report reader s9, H2: a headline that opens with its direction word named no condition ("Increased plasma IL-6 ... in
    // Japanese narcolepsy"), and a people before a disease made a value of its own
    @Test
    void aHeadlineOpeningWithItsDirectionTakesTheDiseaseAfterInWithoutThePeople() {
        assertThat(first("Increased plasma IL-6, IL-8, TNF-alpha, and G-CSF in Japanese narcolepsy."))
                .containsEntry(StatementAttributes.CONDITION, "narcolepsy");
        assertThat(first("Increased serum IL-6 in response to a meal."))
                .as("no disease after the first 'in': none").doesNotContainKey(StatementAttributes.CONDITION);
        // review s9, H2: only a headline's last phrase; a disease named in passing is not the condition
        assertThat(first("Increased plasma IL-6, as previously described in sepsis, was found after exercise."))
                .doesNotContainKey(StatementAttributes.CONDITION);
        assertThat(first("Increased IL-6 after surgery, unlike in sepsis, returned to baseline within two days."))
                .doesNotContainKey(StatementAttributes.CONDITION);
        assertThat(ConditionDetector.tidy("Japanese encephalitis")).as("named after a place").isEqualTo("japanese encephalitis");
        assertThat(ConditionDetector.tidy("Chinese ulcerative colitis")).isEqualTo("ulcerative colitis");
    }

    // Report reader s9, H2: the noun of a disease's patients named none where it was not after "in" ("between insomniacs and
    // controls", "alcoholics showed ..."); it does where they are compared with controls and nothing else names one
    @Test
    void theNounOfADiseasesPatientsComparedWithControlsIsTheConditionWhereNothingElseNamesOne() {
        assertThat(first("The mean 24-hour IL-6 secretion was not different between insomniacs and controls."))
                .containsEntry(StatementAttributes.CONDITION, "insomnia");
        assertThat(first("These data indicate that narcoleptics, relative to controls, had higher serum levels of TNF-alpha."))
                .containsEntry(StatementAttributes.CONDITION, "narcolepsy");
        assertThat(first("Coupled with prolonged sleep latency, alcoholics showed nocturnal elevations of IL-6 as compared to controls."))
                .containsEntry(StatementAttributes.CONDITION, "alcoholism");
        assertThat(first("Serum IL-6 was higher in patients with lupus than in asthmatics."))
                .as("a group with its condition comes first").containsEntry(StatementAttributes.CONDITION, "lupus");
        // review s9, H1: elsewhere such a noun is a covariate, an exclusion or the comparator, and the record's stated condition stands
        BibliographicRecord psoriasis = BibliographicRecord.builder().pmid("31").title("Serum interleukin-6 in patients with psoriasis.")
                .section(null, "Serum IL-6 was higher than in controls, even after excluding diabetics.").build();
        assertThat(first(psoriasis)).containsEntry(StatementAttributes.CONDITION, "psoriasis");
        assertThat(first("Sputum IL-8 was higher in smokers than in nonsmokers, as has been shown in asthmatics."))
                .doesNotContainKey(StatementAttributes.CONDITION);
        assertThat(first("Serum IL-6 was higher in controls, even after excluding diabetics."))
                .doesNotContainKey(StatementAttributes.CONDITION);
    }

    // Review 9, finding 3: "children were found to have OSA and they had higher IL-6", "In the severe OSA group, ..." named none
    @Test
    void aGroupFoundToHaveADiseaseOrAStudyArmNamedByOneHasIt() {
        assertThat(first("Obstructive sleep apnoea (OSA) was assessed by polysomnography. Thirty boys were found to have OSA "
                + "and they had higher plasma IL-8 concentrations compared to the boys without OSA."))
                .containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea");
        BibliographicRecord arm = BibliographicRecord.builder().pmid("23").title("Tissue cytokines in obstructive sleep apnoea.")
                .section(null, "In the moderate OSA group, expression of IL-8, IL-10 and TNF was significantly higher in adenoid tissue.")
                .build();
        assertThat(reader.read(arm)).hasSize(3).allSatisfy(s -> assertThat(s.attributes())
                .containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea") // the degree is the context's (review 20, H1)
                .containsEntry(StatementAttributes.CONTEXT, "the moderate OSA group"));
        BibliographicRecord arms = BibliographicRecord.builder().pmid("24").title("Salivary cytokines in obstructive sleep apnea syndrome.")
                .section(null, "Salivary IL-8 was similar in the two OSAS groups (P >0.05), which were significantly higher than the "
                        + "control group (P <0.05).").build();
        assertThat(reader.read(arms)).hasSize(2).allSatisfy(s -> assertThat(s.attributes())
                .containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea"));
        // an arm named by what was given, and one named by an abbreviation whose "long form" starts inside an earlier bracket
        assertThat(first("IL-6 was higher in the LPS group than in the saline group.")).doesNotContainKey(StatementAttributes.CONDITION);
        BibliographicRecord bracketed = BibliographicRecord.builder().pmid("25").title("Cytokines in men with obstructive sleep apnea.")
                .section(null, "Men were obese with OSA (OSA, n = 12) or obese without OSA (NOSA, n = 18). IL-6 did not differ "
                        + "between the OSA and NOSA groups.").build();
        assertThat(first(bracketed)).containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea");
    }

    @Test
    void contextBelongsToTheStatementsOwnClauseAndIsNeverTheTitle() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("5").title("A study of pain")
                .section(null, "IL-1 and IL-6 production was increased in patients with pain for longer than 2 years; "
                        + "serum IL-8 was raised.")
                .build();
        List<RecordStatement> statements = reader.read(record);
        assertThat(statements).extracting(s -> s.mention().key()).containsExactly("IL6", "CXCL8");
        assertThat(statements.get(0).attributes()).containsEntry(StatementAttributes.CONTEXT, "patients with pain for longer than 2 years");
        assertThat(statements.get(1).attributes()).doesNotContainKey(StatementAttributes.CONTEXT);
    }

    // Session 18: a group's context ran on into its comparator, and a method that found the change was the context
    @Test
    void aContextIsTheGroupWithoutItsComparatorAndNeverTheMethodThatFoundTheChange() {
        assertThat(first("We found higher IL-6 in patients with asthma than in healthy controls."))
                .containsEntry(StatementAttributes.CONTEXT, "patients with asthma");
        assertThat(first("IL-6 was higher in patients with severe sepsis compared with healthy controls."))
                .containsEntry(StatementAttributes.CONTEXT, "patients with severe sepsis");
        assertThat(first("The microarray analysis revealed enhanced expression of IL-6 in the epithelium.")).doesNotContainKey(StatementAttributes.CONTEXT);
        assertThat(first("Infliximab reduced IL-6 in the epithelium.")).containsEntry(StatementAttributes.CONTEXT, "Infliximab");
    }

    /**
     * The review of session 29's change, R8: a comparison that names its control side first took that side for its context,
     * so a review table read "IL-10 increased, healthy donors" or "IL-6 increased, nonobese subjects"; the direction is the
     * other group's.
     */
    @Test
    void aContextIsTheGroupOfInterestWhenTheControlSideIsNamedFirst() {
        assertThat(first("IL-10 was lower in healthy donors than in patients with sepsis."))
                .containsEntry(StatementAttributes.CONTEXT, "patients with sepsis");
        assertThat(first("Healthy volunteers had lower IL-6 levels than patients with sepsis."))
                .containsEntry(StatementAttributes.CONTEXT, "patients with sepsis");
        assertThat(first("IL-6 levels were lower in nonobese subjects than in obese subjects."))
                .containsEntry(StatementAttributes.CONTEXT, "obese subjects");
        // with no other group named, or no comparison of groups, the control side is still the clause's group
        assertThat(first("IL-6 increased in healthy volunteers after endotoxin.")).containsEntry(StatementAttributes.CONTEXT,
                "healthy volunteers after endotoxin");
        assertThat(first("Exercise increased serum IL-6 in healthy subjects but not in RA patients.")).containsEntry(
                StatementAttributes.CONTEXT, "healthy subjects");
        // the review of the change, S2 and S3: a control subject that is no group phrase, and a hyphened group
        assertThat(first("Healthy controls had lower IL-6 levels than patients with sepsis.")).containsEntry(
                StatementAttributes.CONTEXT, "patients with sepsis");
        assertThat(first("Nonsmokers had lower IL-6 levels than smokers.")).containsEntry(StatementAttributes.CONTEXT, "smokers");
        // the orientation's rule, plural nouns of the list's adjectives included: the context is the side the direction is of
        assertThat(first("Non-diabetics had lower IL-6 levels than diabetic patients.")).containsEntry(
                StatementAttributes.CONTEXT, "diabetic patients");
        assertThat(first("IL-6 was higher in non-survivors than in survivors.")).containsEntry(StatementAttributes.CONTEXT,
                "non-survivors");
        // a control adjective before "old versus young adults" qualifies both groups (12727959's title)
        assertThat(first(BibliographicRecord.builder().pmid("2").title("Impaired nighttime sleep in healthy old versus young adults is"
                + " associated with elevated plasma interleukin-6 and cortisol levels.").build()))
                .doesNotContainEntry(StatementAttributes.CONTEXT, "young adults");
    }

    /**
     * A control side was the context when the group of interest was no phrase the detector knew: "higher in the acute
     * myocardial infarction group than in the control group" read "increased, the control group" (12783730), and "lower in
     * kidney donors than in transplant recipients" read "increased, kidney donors" (the reviews of session 29, S4).
     */
    @Test
    void aControlSideIsNoContextOfTheGroupSetAgainstIt() {
        assertThat(first("However, interleukin 6 concentrations were higher in the acute myocardial infarction group than in the"
                + " control group.")).containsEntry(StatementAttributes.CONTEXT, "the acute myocardial infarction group");
        assertThat(first("IL-10 was lower in kidney donors than in transplant recipients.")).containsEntry(
                StatementAttributes.CONTEXT, "transplant recipients");
        assertThat(first("IL-6 was lower in healthy controls than in carriers of the risk allele.")).containsEntry(
                StatementAttributes.CONTEXT, "carriers of the risk allele");
        // the review of the session's change, R1: "in comparison with" opens with an "in", which the look before it took for the
        // group's, and the record's findings were lost to an exception
        assertThat(first("IL-6 was higher in the acute anterior myocardial infarction group in comparison with those of the control"
                + " group.")).containsEntry(StatementAttributes.CONTEXT, "the acute anterior myocardial infarction group");
        // no group of interest named at all: no context, rather than the control side
        assertThat(first("IL-6 was higher at night than in the control group.")).doesNotContainKey(StatementAttributes.CONTEXT);
    }

    @Test
    void contextIsTheGroupOrExposureNeverAClauseClippedAfterItsPredicate() {
        // a group as the subject: the context ends before "had", not 60 characters on at "than"
        assertThat(first("Obese patients with asthma had significantly higher levels of IL-6 and IL-8 than lean controls."))
                .containsEntry(StatementAttributes.CONTEXT, "Obese patients with asthma");
        // a cause before "were ... and had": its subject, without the predicate it shares
        assertThat(first("Asthmatic males were significantly older and had higher serum IL-6 than controls."))
                .containsEntry(StatementAttributes.CONTEXT, "Asthmatic males");
        // an exposure cut before "were", and one that keeps its own "than" inside
        assertThat(first("Serum IL-6 levels during the first week following the second injection were elevated for three days."))
                .containsEntry(StatementAttributes.CONTEXT, "during the first week following the second injection");
        // a group the length limit cut inside a word ends before its last "and", not at the cut
        assertThat(first("Plasma IL-8 was lower in patients with psoriatic arthritis and higher in patients with other "
                + "chronic inflammatory skin diseases."))
                .containsEntry(StatementAttributes.CONTEXT, "patients with psoriatic arthritis");
        // "A" in capitals ends a name, not an article
        assertThat(first("Serum IL-6 rose after a course of vitamin A."))
                .containsEntry(StatementAttributes.CONTEXT, "after a course of vitamin A");
        // "who had" belongs to the group: a predicate after a relative pronoun does not end it
        assertThat(first("Serum IL-6 was raised in children who had asthma for two years."))
                .containsEntry(StatementAttributes.CONTEXT, "children who had asthma for two years");
        // the words before a group's noun hold no preposition but "of" and "from", nor a comparator: "IL-6 in" is not
        // part of the group, "comparison with lean subjects" is the other group (session 15's sample: 24120697, 18780773)
        assertThat(first("Sleep loss led to an elevation of IL-6 in peripheral monocytes."))
                .containsEntry(StatementAttributes.CONTEXT, "peripheral monocytes");
        assertThat(first("In comparison with lean subjects, obese subjects exhibited elevated IL-6."))
                .containsEntry(StatementAttributes.CONTEXT, "obese subjects");
        assertThat(first("IL-17 stimulated secretion of CXCL8 in fibroblasts from CD patients."))
                .containsEntry(StatementAttributes.CONTEXT, "fibroblasts from CD patients");
    }

    @Test
    void aStatementInARelativeClauseTakesNoContextFromTheStatementBeforeIt() {
        List<RecordStatement> statements = reader.read(BibliographicRecord.builder().pmid("6")
                .section(null, "Serum IL-6 and IL-8 concentrations were similar in the two asthma groups (P > 0.05), "
                        + "which were significantly higher than the control group (P < 0.05).")
                .build());
        // the increases compare the groups with controls: their context is their condition, not the groups' similarity
        assertThat(statements).extracting(s -> s.mention().key() + " " + s.direction() + " " + s.attributes().get(StatementAttributes.CONTEXT))
                .containsExactlyInAnyOrder("IL6 UNCHANGED the two asthma groups", "CXCL8 UNCHANGED the two asthma groups",
                        "IL6 INCREASED asthma", "CXCL8 INCREASED asthma");
    }

    @Test
    void aSeverityRangeOrADisorderOfSomethingDoesNotEndTheCondition() {
        assertThat(first("Plasma IL-6 was higher in men with moderate to severe Parkinson's disease than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "Parkinson disease")
                .containsEntry(StatementAttributes.CONTEXT, "men with moderate to severe Parkinson's disease");
        assertThat(first("Serum IL-6 was raised in children with disorders of chronic daytime fatigue."))
                .containsEntry(StatementAttributes.CONDITION, "disorders of chronic daytime fatigue");
        assertThat(first("Serum IL-6 was raised in patients with mild to moderate asthma and in smokers."))
                .containsEntry(StatementAttributes.CONDITION, "asthma"); // the degrees are the context's (review 20, H1)
        // "to" and "of" still end a phrase elsewhere: "patients with sepsis to ..." keeps only the disease
        assertThat(first("IL-6 was higher in patients with sepsis of the lung than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "sepsis");
    }

    @Test
    void aSpecimenOutsideTheListNamedWithTheEntityElsewhereIsStillStated() {
        // breath condensate is outside the guidelines' list: no specimen, not the biopsies of another sentence
        assertThat(first("Bronchial biopsies were taken from all subjects. IL-6 was measured in exhaled breath condensate. "
                + "Higher IL-6 was found in patients with asthma than in healthy controls."))
                .doesNotContainKey(StatementAttributes.SPECIMEN);
    }

    // Review 4, finding 10: the reader's attribute errors (18780773, 24292093, 19926609, 12562833)
    @Test
    void interstitialFluidOfMicrodialysisIsOutsideTheSpecimenList() {
        // microdialysate is a body fluid outside the guidelines' list: no specimen, not the serum named after it
        List<RecordStatement> statements = reader.read(BibliographicRecord.builder().pmid("40")
                .section(null, "In comparison with lean subjects, obese subjects exhibited elevated interstitial leptin (P < 0.001), "
                        + "IL-8 (P < 0.05), and IL-18 levels (P = 0.05), as well as higher serum concentrations of leptin "
                        + "(P < 0.0001), IL-6 (P < 0.0001), TNF (P < 0.001) and IL-8 (P = 0.01).")
                .build());
        assertThat(statements).extracting(s -> s.mention().key() + " " + s.attributes().get(StatementAttributes.SPECIMEN))
                // the list after "as well as higher" (read since review 16) is the serum's
                .containsExactly("CXCL8 null", "IL18 null", "IL6 serum", "TNF serum", "CXCL8 serum");
        // the disease is no specimen: the serum stays
        assertThat(first("Serum IL-6 was higher in patients with interstitial lung disease than in controls."))
                .containsEntry(StatementAttributes.SPECIMEN, "serum");
    }

    @Test
    void anEndothelialOrEpithelialNameIsMadeByCells() {
        assertThat(first(BibliographicRecord.builder().pmid("41")
                .title("Fli1 deficiency contributes to the suppression of endothelial CXCL10 expression in systemic sclerosis.")
                .section(null, "Serum samples were collected from 40 patients.").build()))
                .containsEntry(StatementAttributes.SPECIMEN, "cells");
        // "endothelial" before another word names no cells: the serum stays
        assertThat(first("Serum IL-6 and markers of endothelial dysfunction were higher in patients than in controls."))
                .containsEntry(StatementAttributes.SPECIMEN, "serum");
    }

    @Test
    void aCauseNoWordClassifiesIsToldByItsComparator() {
        assertThat(first("Participants with the 4/5 or 5/5 Per3 variable tandem repeat sequence had elevated IL-6 concentrations "
                + "compared to those with the 4/4 genotype.")).containsEntry(StatementAttributes.COMPARISON, "genotype");
    }

    // Review 16, pattern 1 (25789623): a genetic variant of people named as an SNP or haplotype is a genotype
    @Test
    void anSnpOrHaplotypeIsAGenotype() {
        assertThat(first("Patients carrying two SNPs in the TLR4 gene showed lower IFN-gamma."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
    }

    // Review 16, pattern 1 (30535144): "colitis" after the direction word beat the -/- mice before it
    @Test
    void anEngineeredStrainBeforeTheDirectionWordBeatsADiseaseAfterIt() {
        assertThat(first("Colonic IL-6 in Tdag8-/- mice increased significantly in DSS colitis."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        // a disease group, whatever variant its patients carry, is still compared by its disease
        assertThat(first("Serum IL-6 in carriers of the variant was higher in patients with colitis than in controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Colonic IL-6 in Nlrp3-deficient mice increased significantly in DSS colitis."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        // review 17, M5: a diet's deficiency is no strain
        assertThat(first("Colonic IL-6 in vitamin D-deficient mice increased significantly in DSS colitis."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Colonic IL-6 in iron-deficient mice increased significantly in DSS colitis."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    // A reviewer's class 5 (2026-12-04): the syndrome groups of traditional Chinese medicine ("kidney-yang deficiency")
    // were read as genotypes by their "deficiency"; a lack after a common noun is a state of the patients
    @Test
    void aDeficiencyAfterACommonNounIsNoGenotype() {
        assertThat(first("Sixty patients with asthma were divided into a kidney-yang deficiency (KYD) group and a lung-qi "
                + "deficiency (LQD) group. Serum IL-6 was higher in the KYD group than in the LQD group."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Plasma TNF-alpha was lower in the spleen-deficiency group than in the healthy group."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Patients were grouped as Gan-yin deficiency (GYD) or Pi-qi deficiency (PQD). Serum IL-8 was higher in the GYD "
                + "group than in the PQD group.")).containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Serum IL-6 was higher in children with iron deficiency than in healthy children."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        // a gene's lack stays a genotype: a symbol, a name blanked out, or "gene" before the noun
        assertThat(first("Colonic IL-6 was higher in mice with Nod2 deficiency than in wild-type littermates."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("Colonic TNF-alpha was higher in mice with IL-10 deficiency than in littermates."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("Colonic TNF-alpha was higher in mice with perforin gene deficiency than in littermates."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("Colonic IL-6 was higher in mice with Tagap deficiency than in wild-type littermates."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
    }

    /** The comparison of each statement of an invented abstract, as "KEY direction comparison", in order. */
    private List<String> comparisons(String abstractText) {
        return reader.read(BibliographicRecord.builder().pmid("1").section(null, abstractText).build()).stream()
                .map(r -> r.mention().key() + " " + r.direction().label() + " " + r.attributes().get(StatementAttributes.COMPARISON))
                .toList();
    }

    /**
     * EXT21: a reversal of an induced change compares the stimulus plus what reversed it against the stimulus alone
     * (guidelines v1.2, "Orientation"): the stimulus is not what it compares, so its two findings fall in different strata.
     */
    @Test
    void aReversalOfAnInducedChangeIsNotComparedAsItsStimulus() {
        assertThat(comparisons("It also inhibited the LPS-induced production of IL-6 and TNF-alpha."))
                .containsExactlyInAnyOrder("IL6 decreased intervention", "IL6 increased exposure",
                        "TNF decreased intervention", "TNF increased exposure");
        assertThat(comparisons("Activation of the kinase using two small molecules, A-58 and B-46, inhibited LPS-induced IL-1β."))
                .containsExactlyInAnyOrder("IL1B decreased intervention", "IL1B increased exposure");
        assertThat(comparisons("Levels of toll-like receptor-4-activated monocyte production of IL-6 showed an overall reduction "
                + "in the first arm versus the second arm.")).containsExactlyInAnyOrder("IL6 decreased intervention", "IL6 increased exposure");
        // near neighbours: a reversal in cells of patients stays their condition, an agent named gives its own kind
        assertThat(comparisons("LPS-stimulated IL-6 release was lower in monocytes of patients with Crohn's disease than in those of controls."))
                .contains("IL6 decreased condition");
        assertThat(comparisons("The LPS-induced rise in TNF-alpha was attenuated by metformin."))
                .containsExactlyInAnyOrder("TNF increased exposure", "TNF decreased intervention");
        // EXT22: a stimulus after the amount, "in response to", is one too
        assertThat(comparisons("Quercetin halved the IL-1beta released by monocytes in response to LPS."))
                .containsExactlyInAnyOrder("IL1B decreased intervention", "IL1B increased exposure");
        // a cytokine that reverses the induction in cells is still an exposure of its own (a name, not the stimulus)
        assertThat(comparisons("IL-10 inhibited LPS-induced TNF-alpha release by HT-29 cells."))
                .contains("TNF decreased exposure");
    }

    // Review 16, pattern 1 (27245408): cells cocultured with bacteria were compared as an intervention
    @Test
    void coculturedCellsAreExposed() {
        assertThat(first("IL-8 mRNA was upregulated in cocultured HT-29 cells compared with control cells."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
    }

    // Review 16, pattern 1 (28554321): a treatment acting on LPS-stimulated cells was compared as the exposure
    @Test
    void aTreatmentOfStimulatedCellsIsAnIntervention() {
        assertThat(first("By raising cAMP, PDE4 inhibitors, such as apremilast, reduced production of TNF-alpha in LPS-stimulated monocytes."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        // against unstimulated cells, the stimulus stays
        assertThat(first("IL-6 was higher in the LPS-stimulated cells than in unstimulated cells."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
    }

    // Review 16, pattern 1 (25740948, 27220814): neutralizing a cytokine is a treatment, not the patients' condition
    @Test
    void neutralizationIsAnIntervention() {
        assertThat(first("In contrast, neutralization of IFN-beta in tissue cultures of patients with IBD did not alter IL-10 expression."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    // Review 16, pattern 1 (18780773): a level that "remained relatively stable" was compared as a condition
    @Test
    void aLevelThatRemainedStableIsComparedWithItselfEarlier() {
        assertThat(first("In the dialysate, IL-18 remained relatively stable, whereas IL-8 increased after the first hour."))
                .containsEntry(StatementAttributes.COMPARISON, "time");
        // with a treatment in between, or against controls, it is that
        assertThat(first("Serum IL-6 remained unchanged after treatment with the drug."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Serum IL-6 remained stable in patients with sepsis compared with controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    // Review 16, pattern 1 (15126529): "increased only in men" after sleep restriction was compared as a condition
    @Test
    void aSexNamedAsWhereAChangeWasSeenIsNoComparison() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("43").title("Effects of sleep restriction on cytokines.")
                .section(null, "After a week of sleep restriction, subjects were sleepier. "
                        + "Furthermore, IL-6 was increased in both sexes, whereas TNF-alpha was increased only in men.").build();
        assertThat(reader.read(record)).extracting(s -> s.attributes().get(StatementAttributes.COMPARISON))
                .containsExactly("intervention", "intervention");
        // sex against sex is a condition
        assertThat(first("Serum IL-6 was higher in women than in men.")).containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    // Review 16, pattern 1 (27245408): "H. saguini ... induced significant levels of interleukin-8" was an intervention
    @Test
    void aMicrobeNamedByItsGenusInitialThatRaisesACytokineIsAnExposure() {
        assertThat(first("H. saguini induced IL-8 secretion in HT-29 cells.")).containsEntry(StatementAttributes.COMPARISON, "exposure");
        // one that lowers a cytokine is tried as a treatment (a probiotic)
        assertThat(first("L. reuteri reduced IL-8 secretion in HT-29 cells.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    // Review 16, pattern 1 (18219169): groups named by a diurnal pattern (dippers, risers) were compared as time
    @Test
    void groupsNamedByATimePatternAreACondition() {
        assertThat(first("Plasma IL-6 did not differ among the diurnal variation groups."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("IL-6 was higher in the evening than in the morning.")).containsEntry(StatementAttributes.COMPARISON, "time");
    }

    // Sample s23, pattern 1c: a graft's rejection is a state of the patients, not a stimulus, whatever the verb
    @Test
    void aRiseDuringRejectionIsTheConditions() {
        assertThat(first("IL-17A was induced during acute rejection in renal allografts."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    // Sample s23, pattern 2a: an organ named in a disease or transplant names the patients, not the sample
    @Test
    void anOrganInADiseasesNameIsNoSpecimen() {
        assertThat(first("IL-6 was higher in patients with coronary heart disease than in controls."))
                .doesNotContainKey(StatementAttributes.SPECIMEN);
        assertThat(first("IL-6 was higher in patients with liver cirrhosis than in controls.")).doesNotContainKey(StatementAttributes.SPECIMEN);
        assertThat(first("IL-6 mRNA was higher in liver biopsies of patients with liver cirrhosis than in controls."))
                .containsEntry(StatementAttributes.SPECIMEN, "tissue");
    }

    // Sample s23, pattern 1a: a gene made more or less of is a genotype, not a compound given nor the record's disease
    @Test
    void aCauseThatChangesAGenesAmountIsAGenotype() {
        assertThat(first("Overexpression of miR-21 increased IL-6 production in colonic epithelial cells."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("Loss of Foxp3 increased IL-17A expression in the colon of mice."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("Loss of sleep increased IL-6 levels in healthy men.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
        // the review of the change, R2: a title's capitals are no gene's symbol
        assertThat(first("Loss of Sleep Increased IL-6 Levels in Healthy Men.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    // Biomarkers review s22, B4: a time of day before a measured name says which amount was measured, not a time compared
    @Test
    void aTimeOfDayThatNamesTheMeasuredAmountIsNoTimeCompared() {
        assertThat(first("After 8 weeks of training, patients showed significant reductions in nocturnal IL-6 secretion."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Following therapy, afternoon and evening serum IL-6 was reduced."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        // times of day compared with each other, or said of when a change happened, stay a time
        assertThat(first("Nocturnal IL-6 was higher than diurnal IL-6 in healthy men.")).containsEntry(StatementAttributes.COMPARISON, "time");
        assertThat(first("Evening serum IL-6 was higher than morning serum IL-6 in healthy volunteers."))
                .containsEntry(StatementAttributes.COMPARISON, "time");
        assertThat(first("In the evening IL-6 rose in healthy volunteers.")).containsEntry(StatementAttributes.COMPARISON, "time");
        // the review of the change, R1: past a word that joins clauses, and beside a comparator, a time of day is no name's
        assertThat(first("In healthy men, plasma IL-6 rose in the morning whereas IL-10 did not change."))
                .containsEntry(StatementAttributes.COMPARISON, "time");
        assertThat(first("Evening IL-6 levels were higher than at 8 a.m. in healthy volunteers."))
                .containsEntry(StatementAttributes.COMPARISON, "time");
    }

    @Test
    void aTestMealIsAnIntervention() {
        assertThat(first(BibliographicRecord.builder().pmid("42").title("Postprandial recruitment of neutrophils.")
                .section(null, "We measured leukocyte counts and cytokines in eight healthy males after a FAT and GLUCOSE "
                        + "challenge and after WATER. All tests, except WATER, resulted in significantly impaired FMD, "
                        + "accompanied by a significant increase of neutrophils and plasma IL-8 (50-130% increase).").build()))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    // Review 7, finding 1: a change of one group between two time points was compared as a condition
    @Test
    void aChangeOfOneGroupBetweenTwoTimePointsIsTimeOrTheInterventionGivenInBetween() {
        // the active verb of change in each arm of a trial: the change over its course, after its intervention
        assertThat(first("Patients were randomized to a supervised lifestyle intervention group or to a control group. "
                + "The concentrations of hsCRP and IL-6 decreased significantly in both groups."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        // pre- and post-sleep samples of one group, with nothing given in between: time
        assertThat(first("Exhaled breath condensate was collected before and after sleep from patients with OSAHS and controls. "
                + "IL-6 was decreased significantly (2.0 ng/L in pre-sleep vs 2.7 ng/L in post-sleep) after sleep in this group."))
                .containsEntry(StatementAttributes.COMPARISON, "time");
        assertThat(first("Compared with the level of pre-sleep, the post-sleep level of IL-6 was elevated significantly "
                + "in patients with OSAHS.")).containsEntry(StatementAttributes.COMPARISON, "time");
        // groups compared at each time point, a state in each group, or a disease stage are no change over time
        assertThat(first("IL-6 did not differ significantly between both groups of children, before and after EEG."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Patients with OSAHS and controls were studied. IL-6 was elevated in both groups of patients."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("IL-6 rose with the progression from pre-cancer to colitis-associated cancer in mice."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    // Review 7, finding 3 (and dev-ibd's 29045353): stimulated cells of patients against those of controls
    @Test
    void stimulatedCellsOfPatientsComparedWithThoseOfControlsAreACondition() {
        assertThat(first("Finally, LPS-stimulated monocytes from patients with CD secreted significantly lower quantities of IL-10, "
                + "compared with control monocytes.")).containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("LPS-stimulated monocytes from patients secreted more IL-6 than those of healthy donors."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        // review 7, finding 2 (24943399): no comparator named, the patients' stimulated cells are set against the controls'
        List<RecordStatement> named = reader.read(BibliographicRecord.builder().pmid("2").section(null,
                "We studied macrophages. Monocyte-derived macrophages from CD patients stimulated with Escherichia coli were shown "
                        + "to release attenuated levels of TNF and interferon-γ with normal secretion of "
                        + "interleukin-8 (IL-8), IL-10 and IL-6.").build());
        assertThat(named).extracting(s -> s.mention().key() + " " + s.direction().label() + " "
                        + s.attributes().get(StatementAttributes.COMPARISON))
                .containsExactly("TNF decreased condition", "IFNG decreased condition", "CXCL8 unchanged condition",
                        "IL10 unchanged condition", "IL6 unchanged condition");
        // cells named by the patients' disease, the stimulus after the direction word (review 13, M6)
        assertThat(first("Escherichia coli persists in macrophages in Crohn's disease (CD). Attenuated TNF-α and IL-18 release "
                + "from CD macrophages was found after infection with all E. coli strains."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        // cells of no patients: the stimulus
        assertThat(first("Macrophages stimulated with Escherichia coli released higher levels of TNF."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
        // against unstimulated cells it is the stimulus
        assertThat(first("LPS stimulation increased IL-6 release by monocytes compared with unstimulated cells."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
    }

    // Review 13, M6: the example's review names its condition before "including", and "CD macrophages" are a
    // patient's cells; both findings had no condition, so that a focus on the condition left them out
    @Test
    void aStatementInAListTakesTheConditionTheListsHeadStates() {
        List<RecordStatement> listed = reader.read(BibliographicRecord.builder().pmid("5")
                .title("Fibromyalgia, hepatitis C infection, and the cytokine connection").section(null,
                        "This review discusses alterations of cytokines in fibromyalgia, including increased serum levels of IL-2, "
                                + "IL-8, IL-10; increased IL-6 in patients with FM for longer than 2 years.").build());
        assertThat(listed).extracting(s -> s.mention().key() + " " + s.attributes().get(StatementAttributes.CONDITION))
                .containsExactly("IL2 fibromyalgia", "CXCL8 fibromyalgia", "IL10 fibromyalgia", "IL6 fibromyalgia");
        assertThat(first("We describe changes of cytokines in patients with rheumatoid arthritis, such as lower serum IL-10."))
                .containsEntry(StatementAttributes.CONDITION, "rheumatoid arthritis");
        // a head that names no disease, or a list that opens before the head's "in" phrase ends, gives none
        assertThat(first("We describe cytokine changes in healthy volunteers, including higher serum IL-6 after exercise."))
                .doesNotContainKey(StatementAttributes.CONDITION);
        assertThat(first("Cytokines in serum, including IL-6, were higher after the marathon."))
                .doesNotContainKey(StatementAttributes.CONDITION);
    }

    @Test
    void cellsOrSamplesNamedByADiseaseAreThoseOfItsPatients() {
        assertThat(first("Escherichia coli persists in macrophages in Crohn's disease (CD). Attenuated TNF-α and IL-18 release "
                + "from CD macrophages was found after infection with all E. coli strains."))
                .containsEntry(StatementAttributes.CONDITION, "Crohn disease");
        assertThat(first("Asthmatic neutrophils released more IL-8 than those of controls."))
                .containsEntry(StatementAttributes.CONDITION, "asthma");
        // cells named by no disease, and one of two diseases' samples, give none
        assertThat(first("CD4 lymphocytes produced more IFN-γ after stimulation.")).doesNotContainKey(StatementAttributes.CONDITION);
        assertThat(first("Alveolar macrophages released more TNF-α after LPS.")).doesNotContainKey(StatementAttributes.CONDITION);
        assertThat(first("Crohn's disease (CD) and ulcerative colitis (UC) were compared. Inflamed CD ileal and UC mucosa showed "
                + "increased IL-17A.")).doesNotContainKey(StatementAttributes.CONDITION);
    }

    /** An agent given and then, after "and", the change: the change is the intervention's, not the time's or the group's. */
    @Test
    void aChangeAfterAnAgentGivenInTheSameClauseIsTheIntervention() {
        assertThat(first("Patients received IFN-γ and serum IL-6 was elevated."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Ten volunteers received IFN-γ and serum IL-6 was elevated 2 hours later."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Healthy subjects received IFN-γ and plasma IL-6 increased within 4 hours."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        // the object names a stimulus: the change is the exposure's
        assertThat(first("Mice received LPS and serum IL-6 was elevated 2 hours later."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
    }

    @Test
    void anAgentGivenDoesNotOverrideGroupsOrTimesComparedInTheClause() {
        assertThat(first("Patients received IFN-γ and serum IL-6 was elevated compared with healthy controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Patients received IFN-γ and those who developed depression had higher serum IL-6."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Patients received IFN-γ and serum IL-6 was elevated in patients with depression."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Patients received IFN-γ, and serum IL-6 was higher in the evening than in the morning."))
                .containsEntry(StatementAttributes.COMPARISON, "time");
        assertThat(first("Knockout mice received a high-fat diet and hepatic IL-6 was elevated."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        // nothing given in between: the change is the time's
        assertThat(first("Patients received no treatment and serum IL-6 was elevated at follow-up."))
                .containsEntry(StatementAttributes.COMPARISON, "time");
        assertThat(first("Patients had not received IFN-γ and serum IL-6 was elevated 2 hours later."))
                .containsEntry(StatementAttributes.COMPARISON, "time");
        // another verb than one of giving
        assertThat(first("Patients reported fatigue and serum IL-6 was elevated."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        // review 21: a procedure undergone, groups compared after the change, a diagnosis received
        assertThat(first("All subjects underwent polysomnography and serum IL-6 was elevated."))
                .doesNotContainEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Patients underwent colonoscopy and mucosal IL-6 expression was increased."))
                .doesNotContainEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Patients received standard care and serum IL-6 was higher in non-survivors."))
                .doesNotContainEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Patients received standard care and serum IL-6 was higher in those who died."))
                .doesNotContainEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Twenty adolescents received a diagnosis of major depression and their serum IL-6 levels were elevated."))
                .doesNotContainEntry(StatementAttributes.COMPARISON, "intervention");
    }

    // Review 20, H1: one disease in several wordings was several values of the condition; the context keeps the wording
    @Test
    void aConditionIsItsGroupsValueAndTheContextKeepsTheWording() {
        assertThat(first("Serum IL-6 was higher in patients with severe obstructive sleep apnoea syndrome than in patients with "
                + "mild obstructive sleep apnoea syndrome."))
                .containsEntry(StatementAttributes.CONDITION, "obstructive sleep apnea")
                .hasEntrySatisfying(StatementAttributes.CONTEXT, c -> assertThat(c).startsWith("patients with severe obstructive sleep apnoea syndrome"));
        assertThat(first("Mucosal IL-6 was increased in patients with active Crohn's disease compared with controls."))
                .containsEntry(StatementAttributes.CONDITION, "Crohn disease")
                .hasEntrySatisfying(StatementAttributes.CONTEXT, c -> assertThat(c).contains("active Crohn's disease"));
        assertThat(first("Mucosal IL-6 was increased in patients with severe ulcerative colitis compared with controls."))
                .containsEntry(StatementAttributes.CONDITION, "ulcerative colitis");
        assertThat(first("Serum IL-6 was higher in patients with severe COVID-19 than in healthy controls."))
                .containsEntry(StatementAttributes.CONDITION, "COVID-19");
        assertThat(first("Serum IL-6 was higher in children with sleep disordered breathing than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "sleep-disordered breathing");
    }

    // Review 20, H1 (probes): wordings a degree or a variant name seems to be in, which make another disease or none
    @Test
    void aQualifierThatMakesAnotherDiseaseOrQualifiesNoneStays() {
        assertThat(first("Serum IL-6 was higher in patients with severe combined immunodeficiency than in healthy controls."))
                .containsEntry(StatementAttributes.CONDITION, "severe combined immunodeficiency");
        assertThat(first("Serum IL-6 was higher in patients with severe acute respiratory syndrome than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "severe acute respiratory syndrome");
        assertThat(first("Plasma IL-6 was higher in neonates with early onset sepsis than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "early onset sepsis");
        assertThat(first("Serum IL-6 was higher in adults with early-onset Alzheimer's disease than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "early-onset Alzheimer disease");
        assertThat(first("Serum IL-6 was lower in men with moderate alcohol consumption than in abstainers."))
                .containsEntry(StatementAttributes.CONDITION, "moderate alcohol consumption");
        assertThat(first("Plasma TNF-alpha was higher in patients with mild cognitive impairment than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "mild cognitive impairment");
        assertThat(first("Serum IL-6 was increased in patients with advanced sleep phase syndrome compared with controls."))
                .containsEntry(StatementAttributes.CONDITION, "advanced sleep phase syndrome");
        assertThat(first("Serum IL-6 was higher in children with juvenile idiopathic arthritis than in healthy children."))
                .containsEntry(StatementAttributes.CONDITION, "juvenile idiopathic arthritis");
        assertThat(first("Plasma IL-8 was higher in patients with acute respiratory distress syndrome than in ventilated controls."))
                .containsEntry(StatementAttributes.CONDITION, "acute respiratory distress syndrome");
        assertThat(first("Serum IL-6 was higher in patients with type 1 diabetes mellitus than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "type 1 diabetes");
        assertThat(first("Serum IL-6 was higher in patients with type 2 diabetes mellitus than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "type 2 diabetes");
        assertThat(first("Serum IL-6 was higher in patients with central sleep apnea syndrome than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "central sleep apnea");
        assertThat(first("Serum IL-6 was higher in patients with psoriatic arthritis than in patients with rheumatoid arthritis."))
                .containsEntry(StatementAttributes.CONDITION, "psoriatic arthritis");
        assertThat(first("Serum IL-6 was higher in subjects with metabolic syndrome than in controls."))
                .containsEntry(StatementAttributes.CONDITION, "metabolic syndrome");
    }

    /** Each statement as "KEY direction specimen", in order. */
    private List<String> specimens(String abstractText) {
        return reader.read(BibliographicRecord.builder().pmid("1").section(null, abstractText).build()).stream()
                .map(r -> r.mention().key() + " " + r.direction().label() + " " + r.attributes().get(StatementAttributes.SPECIMEN))
                .toList();
    }

    /** The unchanged counterpart of "but not" takes the specimen its own conjunct names, not the one nearer the name. */
    @Test
    void theCounterpartOfButNotTakesTheSpecimenOfItsConjunct() {
        assertThat(specimens("IL-6 was higher in serum but not in CSF.")).containsExactly("IL6 increased serum", "IL6 unchanged csf");
        assertThat(specimens("IL-6 in CSF but not serum levels was increased in patients."))
                .containsExactly("IL6 increased csf", "IL6 unchanged serum");
        assertThat(specimens("IL-6 levels in serum but not in CSF were increased in patients, as was IL-8 in saliva."))
                .startsWith("IL6 increased serum", "IL6 unchanged csf");
        assertThat(specimens("Serum IL-6, but not CSF IL-6, was increased in patients.")).containsExactly("IL6 increased serum", "IL6 unchanged csf");
    }

    /** A conjunct that names no specimen, or that is the name's own, leaves the specimen found as before. */
    @Test
    void aButNotConjunctWithoutASpecimenOfItsOwnLeavesTheSpecimenAsBefore() {
        assertThat(specimens("In women but not men, serum IL-6 was lower.")).containsExactly("IL6 decreased serum", "IL6 unchanged serum");
        assertThat(specimens("Serum IL-6 but not IL-10 was increased in patients."))
                .containsExactly("IL6 increased serum", "IL10 unchanged serum");
        assertThat(specimens("IL-6 mRNA but not protein was increased in colonic tissue."))
                .containsExactly("IL6 increased tissue", "IL6 unchanged tissue");
        assertThat(specimens("Plasma IL-6 was higher after surgery in patients but not in controls."))
                .containsExactly("IL6 increased plasma", "IL6 unchanged plasma");
        // a group after "but not" is no specimen, whatever words its description holds
        assertThat(specimens("Serum IL-6 was increased in patients but not in those treated with plasma exchange."))
                .containsExactly("IL6 increased serum", "IL6 unchanged serum");
        assertThat(specimens("CSF IL-6 was increased in patients but not in those with serum antibodies."))
                .containsExactly("IL6 increased csf", "IL6 unchanged csf");
        assertThat(specimens("IL-6 in CSF was increased in patients but not in the blood donors' relatives."))
                .containsExactly("IL6 increased csf", "IL6 unchanged csf");
    }

    /** Guidelines v1.2: after vs. before a treatment is the intervention's; time only "with nothing given in between". */
    @Test
    void aChangeThatFollowsAnAgentGivenInTheSentenceBeforeIsTheIntervention() {
        assertThat(first("Patients received IFN-alpha. Serum IL-6 was then elevated."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Ten healthy men were injected with IFN-alpha. Plasma IL-6 rose 4 hours later."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Mice received LPS. Serum IL-6 was subsequently increased."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
    }

    @Test
    void anAgentGivenInTheSentenceBeforeMakesNoInterventionOfWhatDoesNotFollowIt() {
        List<String> notFollowing = List.of(
                // earlier work, a plan, nothing given, a condition received
                "Previous studies reported that patients received IFN-alpha. Serum IL-6 was then elevated.",
                "Patients will receive IFN-alpha. Serum IL-6 was then elevated.",
                "Patients received no treatment. Serum IL-6 was then elevated.",
                "Patients received a diagnosis of chronic hepatitis. Serum IL-6 was then elevated.",
                // groups compared, or no word that the change came after
                "Patients received IFN-alpha. Serum IL-6 was then higher in patients who developed depression.",
                "Patients received IFN-alpha. Serum IL-6 was elevated in patients compared with healthy controls.",
                "Patients received IFN-alpha. Serum IL-6 was elevated in patients with depression.");
        for (String text : notFollowing) {
            assertThat(first(text)).as(text).doesNotContainEntry(StatementAttributes.COMPARISON, "intervention");
        }
        // another section is no sentence right before
        assertThat(first(BibliographicRecord.builder().pmid("2").section("BACKGROUND", "Patients often receive IFN-alpha.")
                .section("RESULTS", "Serum IL-6 was then elevated.").build()))
                .doesNotContainEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first(BibliographicRecord.builder().pmid("3").section("METHODS", "Patients received IFN-alpha.")
                .section("RESULTS", "Serum IL-6 was then elevated.").build()))
                .doesNotContainEntry(StatementAttributes.COMPARISON, "intervention");
    }

    /** The attributes of the statement about {@code mention} (as written) in an invented abstract. */
    private Map<String, String> about(String abstractText, String mention) {
        return reader.read(BibliographicRecord.builder().pmid("1").section(null, abstractText).build()).stream()
                .filter(s -> s.mention().text().equals(mention)).findFirst().orElseThrow().attributes();
    }

    /**
     * A group named by its dependence on a drug has a disorder, a condition, whatever the word for its members
     * ("cocaine-dependent volunteers": unseen gold 17068203 gave intervention); a group named by a drug it was given
     * stays treated.
     */
    @Test
    void aGroupNamedByItsDependenceHasACondition() {
        assertThat(first("Cocaine-dependent volunteers had higher plasma IL-6 than control subjects."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Alcohol-addicted individuals had higher plasma IL-6 than controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Heparin-treated volunteers had higher plasma IL-6 than control subjects."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    /**
     * A change with a correlation conjoined to it is stated (unseen gold 17967841: "led to a prompter increase of plasma
     * IL-6 ... and correlated to more intense clinical side effects" gave nothing); its context ends before the other
     * predicate, and a substance the correlation names as measured ("the melatonin levels") is no treatment given.
     */
    @Test
    void aChangeWithACorrelationConjoinedIsStatedAndComparedByItsOwnGroups() {
        assertThat(first("Plasma IL-6 rose during the first hours and correlated to more intense side effects."))
                .containsEntry(StatementAttributes.CONTEXT, "during the first hours");
        assertThat(first("Serum TNF-alpha was higher in patients than in their controls and was correlated with the melatonin levels."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Serum TNF-alpha was higher after melatonin than after placebo."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    /**
     * Pre-eclampsia is a disease before the people who have it, as after them (unseen gold 17921067's "Pre-eclampsia
     * patients ... than did controls" gave no condition, where "patients with pre-eclampsia" gave it), and
     * "pre-eclamptic" stands for it.
     */
    @Test
    void preEclampsiaBeforeItsPatientsIsTheirCondition() {
        assertThat(first("Pre-eclampsia patients had higher plasma TNF-alpha than did controls."))
                .containsEntry(StatementAttributes.CONDITION, "pre-eclampsia");
        assertThat(first("Pre-eclamptic women had higher plasma TNF-alpha than did controls."))
                .containsEntry(StatementAttributes.CONDITION, "pre-eclampsia");
    }

    /**
     * "did not differ from those in the controls" names the controls as "than" does: the clause compares groups, so a
     * time word in it says when ("Circadian variations in IL-6 did not differ ..." was `time`; il6 8630548's sentence).
     */
    @Test
    void differingFromTheControlsComparesGroups() {
        assertThat(first("Circadian variations in IL-6 did not differ from those in the controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Nocturnal IL-6 did not differ from that of the controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    /**
     * People who "responded with" a change responded to what the sentence before gave them, by a verb or by a noun of
     * giving: il6 8573663's "... before, during, and after the administration of a single dose of endotoxin. All
     * patients responded with a short pulse of increased synthesis of ... interleukin-1" was compared as patients
     * against controls (`condition`), where no control group was measured. Not when the giving was earlier work's.
     */
    @Test
    void peopleWhoRespondedRespondedToWhatTheSentenceBeforeGave() {
        assertThat(first("Mood was monitored in depressed patients before and after the administration of a single dose of endotoxin. "
                + "All patients responded with increased synthesis of interleukin-6."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
        assertThat(first("Healthy men were given hydrocortisone. All subjects responded with a fall in plasma IL-6."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Earlier work reported the administration of endotoxin to patients. "
                + "All patients responded with increased synthesis of interleukin-6."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    /**
     * A raising verb in the passive ("was shown to", "were found to") leaves the subject before it as what acted: "the
     * extract was shown to be effective ... by down-regulating IL-8" is the extract's doing, where "to be effective ..."
     * alone had been read as the cause (a condition, from its "inflammation").
     */
    @Test
    void theSubjectOfAPassiveRaisingVerbIsTheCause() {
        assertThat(first("In Caco-2 cells, the extract was shown to be effective in lowering inflammation by down-regulating IL-8 mRNA."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Cigarette smoke was found to be a strong inducer of inflammation by up-regulating IL-8 release from airway cells."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
    }

    /** The "+/-" of a statistic ("mean +/- SEM", "+/- SD", "4.1+/-ng/l") is no knockout: the groups stay compared by their condition. */
    @Test
    void theSpreadOfAStatisticIsNoGenotype() {
        assertThat(first("IL-6 was higher in patients than in controls (mean +/- SEM, 12.1 +/- 2.0 vs 5.2 +/- 1.1 pg/ml)."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("IL-6 (mean +/- SD) was higher in septic patients than in healthy subjects."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("TNF-alpha was higher in biopsies of patients than of controls ([mean +/- SEM] controls, 100 +/- 3%)."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        // a spread whose number was lost, before its unit (17921067's "4.1+/-ng/l")
        assertThat(first("Patients spent more time awake, had higher plasma TNF-alpha (6.2+/-2.3 ng/l vs. 4.1+/-ng/l), had more edema."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    /**
     * READREV M4: a gene put into cells is overexpression, which the guidelines count as a genotype
     * ("TLR9-transfected lung epithelial cells" was an exposure, and with a disease word nearby a condition).
     */
    @Test
    void cellsGivenAGeneAreComparedByGenotype() {
        assertThat(first("IL-6 secretion was lower in lung epithelial cells transfected with TLR9 than in mock-transfected cells."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("We observed suppression of IL-6 secretion in TLR9-transfected lung epithelial cells."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("Lentiviral transduction of SOCS3 reduced IL-6 release by macrophages."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        // the stimulus of transfected cells is still the exposure compared
        assertThat(first("LPS stimulation increased IL-6 release by TLR9-transfected cells."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
    }

    /**
     * READREV2 P1: a treatment tried in a disease model was compared as the disease when the comparator was the model's
     * untreated group or the disease was what the treatment eased (ibd export: 28706419, 29880739); the disease model
     * against healthy animals stays a condition.
     */
    @Test
    void aTreatmentTriedInADiseaseModelIsComparedAsTheTreatment() {
        assertThat(first("Serum IL-6 was lower in the Q group than in the model group."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("These effects were accompanied by a reduction of colonic IL-6 when compared with TNBS-control animals."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Q ameliorated DSS colitis, reducing colonic IL-6 and increasing IL-10 in colitic mice."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Oral administration of Q attenuated the symptoms of dextran sulfate sodium (DSS)-induced colitis in mice by"
                + " decreasing the infiltration, reducing TNF-alpha secretion in colitis mice.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
        // the model against healthy or sham animals, and a disease that eased by itself, stay conditions
        assertThat(first("IL-6 was higher in the model group than in the normal control group."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Colonic IL-6 was higher in TNBS-control animals than in sham animals."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Patients whose symptoms improved with disease remission had lower IL-6 than patients with active disease."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Mucosal IL-6 was higher in patients with ulcerative colitis than in IBD controls."))
                .as("patients taken as controls are no model's untreated group").containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    /** Knockout notation beside a statistic's "+/-" stays a genotype. */
    @Test
    void aKnockoutBesideAStatisticStaysAGenotype() {
        assertThat(first("IL-6 was higher in IL-10(-/-) mice than in wild-type mice.")).containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("TNF-alpha was increased in Nlrp3-/- mice (mean +/- SEM) compared with wild-type littermates."))
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("IL-1beta was lower in Casp1 +/- mice than in wild-type mice.")).containsEntry(StatementAttributes.COMPARISON, "genotype");
    }

    /**
     * Time words in a clause that compares groups (between the groups, between a group and the controls, than the
     * controls) say when the groups were compared: the groups are the comparison, a condition.
     */
    @Test
    void groupsComparedAtSomeTimeAreACondition() {
        assertThat(first("No differences in IL-6 between the three groups were seen 6 months later."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("IL-6 rose more in the evening in patients than in healthy controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("The increase in IL-6 from afternoon to evening was larger between insomniacs and controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    /** One group at two times, with no groups compared, stays a time comparison. */
    @Test
    void oneGroupAtTwoTimesStaysTime() {
        for (String text : List.of("IL-6 was higher in the evening than in the morning.",
                "IL-6 rose from morning to evening in healthy controls.",
                "In controls, IL-6 was higher at night than during the day.",
                "IL-6 increased with age in healthy controls.",
                "Nocturnal IL-6 was higher than daytime IL-6 in control subjects.",
                // a control night, period or level is the time's comparator, no control group
                "Compared with the control night, IL-6 was higher during the recovery night.",
                "IL-6 was higher at night than in the control period.",
                "IL-6 levels were higher in the morning compared with control levels.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "time");
        }
    }

    /**
     * "Control levels" or "control values" after another group are the controls' (review 29 M3): a time comparison of
     * patients against them compares groups, a condition; with no other group named they are a time's comparator.
     */
    @Test
    void controlValuesAfterAnotherGroupAreTheControls() {
        for (String text : List.of("IL-6 in patients was higher in the morning than control values.",
                "In the evening, IL-6 in insomniacs was higher compared with control levels.",
                "At night, serum IL-6 in septic mice was higher than control levels.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "condition");
        }
        for (String text : List.of("IL-6 increased after 6 months compared with control levels.",
                "IL-6 was higher at 6 months than control values.",
                "IL-6 was higher in the morning than control values in the same subjects.",
                "IL-6 was higher at night than control values obtained during the day.",
                "In control subjects, IL-6 was higher in the morning than control values.",
                "IL-6 increased in the evening compared with control levels in healthy volunteers.",
                "IL-6 was higher during the recovery night than in the control period.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "time");
        }
        assertThat(first("IL-6 rose after the infusion compared with control levels.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    /** Times of day compared within both the patients and the controls are a time comparison; patients set against controls stay a condition. */
    @Test
    void timesComparedInBothPatientsAndControlsAreTime() {
        for (String text : List.of("IL-6 was higher in the evening than in the morning in both patients and controls.",
                "TNF-alpha rose from morning to evening in patients and controls alike.",
                "IL-6 was higher at night than during the day in both the patients and the healthy controls.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "time");
        }
        for (String text : List.of("IL-6 was higher in patients than in controls in both the morning and the evening.",
                "IL-6 was higher in the evening in patients than in controls.",
                "IL-6 was higher in both RA and SLE patients than in controls.",
                "IL-6 was higher in patients than in both healthy controls and disease controls.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "condition");
        }
        assertThat(first("IL-6 was higher in both patients and controls after LPS stimulation."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
    }

    /** A count of people as the subject ("Of the 20 patients, only 5 had ...") is no agent: the group's words decide. */
    @Test
    void aCountOfPeopleIsNoCause() {
        assertThat(first("Of the 20 patients, only 5 had elevated IL-6.")).containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Of the 40 patients, 12 had elevated serum IL-6 levels.")).containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Among 30 patients with sepsis, most had increased IL-6.")).containsEntry(StatementAttributes.COMPARISON, "condition");
        // a dose, a course or a named agent is one
        assertThat(first("Only 5 mg/kg of dexamethasone reduced IL-6 in mice.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Two doses reduced IL-6 in the mice.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Of the 30 mice, 10 given LPS had elevated IL-6.")).containsEntry(StatementAttributes.COMPARISON, "exposure");
        assertThat(first("10 ng/ml increased IL-8 release from epithelial cells.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    /** A change after "but" that shares the subject before takes its own clause's words for its comparison. */
    @Test
    void aSharedPredicateTakesItsOwnClausesComparison() {
        List<RecordStatement> both = reader.read(BibliographicRecord.builder().pmid("1")
                .section(null, "IL-6 was elevated in patients but decreased after treatment with tocilizumab.").build());
        assertThat(both).extracting(st -> st.direction().label() + " " + st.attributes().get(StatementAttributes.COMPARISON))
                .containsExactly("increased condition", "decreased intervention");
    }

    /**
     * A noun in "-ing" of an activity done or given ({@code activity-noun} in statement-words.tsv) before a direction word
     * is the verb's subject, so its cause: "Five days of training reduced IL-6 in obese women" is an intervention (a
     * before/after of an exercise, guidelines v1.2), not a condition from "obese" (the "-ing" word was read as a verb
     * such as "showing", and "reduced" as a modifier of IL-6).
     */
    @Test
    void anActivityInIngBeforeADirectionWordIsItsCause() {
        for (String text : List.of("Five days of training reduced IL-6 in obese women.",
                "Exercise training reduced IL-6 in patients with type 2 diabetes.",
                "Swimming increased IL-10 in obese rats.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "intervention");
        }
        assertThat(reader.read(BibliographicRecord.builder().pmid("1")
                .section(null, "Five days of training reduced IL-6, IL-8 and TNF-alpha in obese women.").build()))
                .extracting(st -> st.direction().label() + " " + st.attributes().get(StatementAttributes.COMPARISON))
                .containsExactly("decreased intervention", "decreased intervention", "decreased intervention");
        // prior work, aims, methods and hedges state nothing, the subject read as a cause or not
        for (String text : List.of("Previous studies showed that training reduced IL-6 in obese women.",
                "Training has been reported to reduce IL-6 in obese women.",
                "IL-6 was measured before and after five days of training in obese women.",
                "We examined whether five days of training reduced IL-6 in obese women.",
                "Training may reduce IL-6 in obese women.",
                "Five days of training reduced body weight, and IL-6, IL-8 and TNF-alpha were measured.")) {
            assertThat(reader.read(BibliographicRecord.builder().pmid("1").section(null, text).build())).as(text).isEmpty();
        }
        // a verb in "-ing" ("showing") still makes the direction word a modifier, and a comma ends the subject
        assertThat(first("Obese women undergoing training showed reduced IL-6.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("During training, reduced IL-6 levels were observed in obese women."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        // an activity with no cause class of its own where it opens its clause, alone or after an activity modifier
        for (String text : List.of("Treadmill running increased IL-6 mRNA in the soleus muscle of mice.",
                "Running increased plasma IL-6 in healthy men.",
                "High-fat feeding increased IL-6 in the liver of mice compared with chow-fed mice.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "intervention");
        }
    }

    /**
     * The activity-noun rule stays out where its subject's phrase would make a time word the cause ("Twelve weeks of
     * walking", "Daytime napping", "Ten days of swimming": no cause class of their own, probe 32 read them as time), of
     * the cell cycle or thermal cycling, and of earlier work.
     */
    @Test
    void anActivityNounWithoutACauseOfItsOwnIsNotReadAfterATimeWord() {
        assertThat(first("Daytime napping reduced IL-6 after sleep restriction in healthy men."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        for (String text : List.of("Twelve weeks of walking reduced plasma IL-6 in older women.",
                "Ten days of swimming reduced TNF-alpha in the serum of diabetic rats.",
                "Daily swimming reduced IL-6 in obese rats.")) {
            assertThat(first(text)).as(text).doesNotContainEntry(StatementAttributes.COMPARISON, "time");
        }
        assertThat(first("Swimming pool chlorine exposure increased IL-8 in children.")).containsEntry(StatementAttributes.COMPARISON, "exposure");
        for (String text : List.of("In a prior study, swimming reduced IL-6 in rats.",
                "Jogging was not associated with reduced IL-6 in older adults.",
                "Earlier work showed that running increased IL-6 in plasma of mice.")) {
            assertThat(reader.read(BibliographicRecord.builder().pmid("1").section(null, text).build())).as(text).isEmpty();
        }
        for (String text : List.of("Cell cycling increased IL-6 expression in fibroblasts.",
                "Thermal cycling increased IL-8 release by keratinocytes.",
                "In an earlier trial, training reduced IL-6 in obese women, whereas no change was seen in our cohort.",
                "Training reduced IL-6 in obese women in a previous meta-analysis.")) {
            assertThat(first(text)).as(text).doesNotContainEntry(StatementAttributes.COMPARISON, "intervention");
        }
    }

    /**
     * A group chosen by a level in a relative clause ("Patients whose IL-8 was elevated", "who had high IL-8") is the
     * subject, so the cause, of the clause's change: patients compared with controls, a condition. The relative clause's
     * "was elevated" was read as the clause's first verb, which gave IL-8 as the cause, an intervention. A relative clause
     * of what a group did or was given keeps its words as the cause.
     */
    @Test
    void aGroupChosenByALevelIsTheCauseNotTheLevel() {
        for (String text : List.of("Patients whose IL-8 was elevated had higher IL-6 than controls.",
                "Patients who had high IL-8 showed higher IL-6 than controls.",
                "In patients whose IL-8 was elevated, IL-6 was higher than in controls.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "condition");
        }
        assertThat(reader.read(BibliographicRecord.builder().pmid("1")
                .section(null, "Patients whose IL-8 and TNF-alpha were elevated had higher IL-6 and IL-10 than controls.").build()))
                .extracting(st -> st.mention().text() + " " + st.attributes().get(StatementAttributes.COMPARISON))
                .containsExactly("IL-6 condition", "IL-10 condition");
        assertThat(first("Patients who lost weight had significantly lower IL-6 than those in the control group."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Patients whose IL-8 was elevated after surgery had higher IL-6 than those given placebo."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        // what was done to the level ("with", "by", a word that is no level) is no criterion: the treatment stays the cause
        for (String text : List.of("Patients whose IL-6 was blocked with tocilizumab had lower IL-8 than untreated patients.",
                "Patients whose IL-6 was reduced by tocilizumab had lower IL-8 than placebo-treated patients.",
                "Patients whose IL-6 was neutralized had lower IL-8 than untreated patients.",
                "Patients whose IL-6 was reduced had lower IL-8 than patients given placebo.",
                "Rats whose IL-1beta was increased by exercise had higher IL-6 than sedentary rats.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "intervention");
        }
        for (String text : List.of("Mice whose IL-10 was deleted had higher TNF-alpha than wild-type mice.",
                "Cells whose IL-6 was silenced had lower IL-8 than control cells.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "genotype");
        }
        for (String text : List.of("We predict that patients whose IL-10 is low will have higher TNF-alpha than controls.",
                "Patients whose IL-8 was elevated were excluded from the analysis.")) {
            assertThat(reader.read(BibliographicRecord.builder().pmid("1").section(null, text).build())).as(text).isEmpty();
        }
        assertThat(first("Patients whose IL-18 was high had higher IL-6 than controls.")).containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Patients whose IL-10 was low had higher TNF-alpha than controls.")).containsEntry(StatementAttributes.COMPARISON, "condition");
        // a predicate that compares against a time or another cause keeps its own comparison: the relative clause only
        // chooses who was followed (probe 33: 98000033, 98000034, 98000035 and a diagnostic read as condition)
        for (String text : List.of("Patients whose IL-8 was elevated had higher IL-6 after surgery than before surgery.",
                "Patients whose IL-8 was elevated had higher IL-6 after 6 months than at baseline.",
                "Patients whose IL-8 was elevated had lower IL-6 after infliximab than after placebo.",
                "Patients whose IL-8 was elevated had higher IL-6 than at baseline.",
                "Patients whose IL-8 was elevated had higher IL-6 than before treatment.",
                "Patients whose IL-8 was elevated had higher IL-6 than after placebo.",
                "Patients whose IL-8 was elevated had lower IL-10 after surgery than preoperatively.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "intervention");
        }
        // another group on the other side still makes the chosen group the cause, whatever time words follow it
        for (String text : List.of("Patients whose IL-8 was elevated had higher IL-6 than controls at baseline.",
                "Patients whose IL-8 was elevated had higher IL-6 compared with controls.",
                "Patients whose IL-8 was elevated had higher IL-6 after surgery than controls.",
                "Patients whose IL-8 was elevated had higher IL-6 after treatment than patients whose IL-8 was normal.")) {
            assertThat(first(text)).as(text).containsEntry(StatementAttributes.COMPARISON, "condition");
        }
        for (String text : List.of("Previous studies showed that patients whose IL-8 was elevated had higher IL-6 than controls.",
                "Patients whose IL-8 was elevated may have higher IL-6 than controls.",
                "IL-6 was measured in patients whose IL-8 was elevated.",
                "Patients whose IL-8 was elevated had more severe disease.")) {
            assertThat(reader.read(BibliographicRecord.builder().pmid("1").section(null, text).build())).as(text).isEmpty();
        }
    }

    /** Protein or tissue extracts are samples measured, no extract given; a plant extract given stays an intervention. */
    @Test
    void extractsMeasuredAreNoIntervention() {
        assertThat(first("IL-6 was higher in tissue extracts of patients than of controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("TNF-alpha was more abundant in whole protein extracts of apneic patients than in snorers."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Green tea extract reduced IL-6 in mice compared with vehicle."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("IL-6 was lower in mice given a plant extract than in untreated mice."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    /**
     * A bracket of changes that details the object of a verb ("X modulated the expression of genes (decrease of IL-6
     * mRNA)") takes the verb's subject as its cause: a compound is the intervention, a cytokine acting on cells the
     * exposure, whatever else the clause names.
     */
    @Test
    void aBracketOfChangesTakesTheCauseOfTheVerbItDetails() {
        assertThat(first("Curcumin modulated the LPS-induced expression of several genes in macrophages (decrease of IL-6 and TNF-alpha mRNA)."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("IL-17A strongly affected the TNF-alpha-induced expression of genes in epithelial cells (>100-fold increase of CXCL1)."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
        assertThat(first("IL-17A modulated the TNF-alpha-induced expression of disease susceptibility genes in epithelial cells "
                + "(decrease of IL-18 mRNA).")).containsEntry(StatementAttributes.COMPARISON, "exposure");
    }

    /** A bracket after no verb of its own, or after "was", keeps the clause's words. */
    @Test
    void aBracketOfChangesWithoutAVerbKeepsTheClausesComparison() {
        assertThat(first("Gene expression was altered in LPS-stimulated cells (increase of IL-6 mRNA)."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
        assertThat(first("Patients with sepsis showed altered cytokine profiles (increase of IL-6, decrease of IL-10) compared with controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("In colitis, the expression of genes changed in patients (increase of IL-6 mRNA)."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    /** A verb after "but" with no subject of its own shares the subject of the clause before, as its cause. */
    @Test
    void aVerbAfterButWithoutItsSubjectSharesTheCauseBefore() {
        assertThat(about("Quercetin did not change IL-8 in mice, but significantly reduced IL-6.", "IL-6"))
                .containsEntry(StatementAttributes.COMPARISON, "intervention").containsEntry(StatementAttributes.CONTEXT, "Quercetin");
        Map<String, String> cxcl1 = about("IL-17A alone was a weak inducer of genes in epithelial cells, but strongly affected the "
                + "TNF-alpha-induced expression of genes (>100-fold increase of CXCL1).", "CXCL1");
        assertThat(cxcl1).containsEntry(StatementAttributes.COMPARISON, "exposure");
        // a clause with its own subject keeps its own reading
        assertThat(about("Patients had higher IL-6, but IL-10 was lower than in controls.", "IL-10"))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(about("IL-8 did not change, but IL-6 was reduced after dexamethasone.", "IL-6"))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        // a passive subject before "but" underwent something, it caused nothing
        assertThat(first("The mice were infected with H. pylori, but showed reduced IL-8 in the stomach."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
        assertThat(first("The cells were stimulated with LPS, but produced less IL-10 than control cells."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
    }

    /** Animals or cells as the subject of "showed" were measured: no cause, the clause's words decide (it was an intervention). */
    @Test
    void animalsOrCellsMeasuredAreNoCause() {
        assertThat(first("After infection with H. pylori, the mice showed reduced IL-8 in the stomach."))
                .containsEntry(StatementAttributes.COMPARISON, "exposure");
        assertThat(first("After LPS challenge, these cells released more IL-6.")).containsEntry(StatementAttributes.COMPARISON, "exposure");
        // a named agent stays the cause
        assertThat(first("Quercetin reduced IL-6 in the mice.")).containsEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("Smokers showed higher IL-6 than non-smokers.")).containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    // Helper brief ext19, miss 4: the comparison, specimen and population of a result after an expectation were read
    // over the whole sentence, so the expectation's words ("serum", "after exercise", "cultured macrophages") gave them
    @Test
    void aResultAfterAnExpectationTakesItsAttributesFromTheResultPartOnly() {
        assertThat(first("We hypothesized that serum IL-6 would rise after exercise, but IL-6 in saliva was unchanged."))
                .containsEntry(StatementAttributes.SPECIMEN, "saliva")
                .doesNotContainEntry(StatementAttributes.COMPARISON, "intervention");
        assertThat(first("We hypothesized that IL-6 in cultured macrophages would rise after LPS, but IL-6 was higher in patients than"
                + " in controls.")).doesNotContainKey(StatementAttributes.SPECIMEN)
                .containsEntry(StatementAttributes.POPULATION, "human")
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("We hypothesized that serum IL-6 would rise after LPS stimulation in mice, but IL-6 was higher in patients"
                + " with arthritis than in healthy controls.")).doesNotContainKey(StatementAttributes.SPECIMEN)
                .containsEntry(StatementAttributes.POPULATION, "human")
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    @Test
    void aResultAfterAnExpectationStillTakesWhatItsOwnPartNames() {
        assertThat(first("We hypothesized that IL-6 would rise after exercise in healthy men, but IL-6 was lower in knockout mice"
                + " than in wild-type mice.")).containsEntry(StatementAttributes.POPULATION, "animal")
                .containsEntry(StatementAttributes.COMPARISON, "genotype");
        assertThat(first("We hypothesized that IL-6 would fall, but serum IL-6 increased after exercise in healthy men."))
                .containsEntry(StatementAttributes.SPECIMEN, "serum")
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
        // a sentence with no expectation keeps reading its attributes over the whole sentence
        assertThat(first("In serum samples of the mice, IL-6 was higher after LPS than before.")).containsEntry(StatementAttributes.SPECIMEN, "serum");
        // a pronoun that confirms an expectation: its content is the result part
        assertThat(first("We predicted that exercise would raise serum IL-6 in healthy men, and indeed it did."))
                .containsEntry(StatementAttributes.SPECIMEN, "serum")
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    // Helper brief ext20, mend 1: the finding after a part on the handling of samples keeps the comparison its own part
    // names (the sentence gave no statement before)
    @Test
    void aFindingBesideAHandlingTakesItsOwnComparison() {
        assertThat(first("Storage at -80 °C for two years did not change plasma IL-8, and IL-8 doubled within 24 h after cardiac surgery."))
                .containsEntry(StatementAttributes.COMPARISON, "intervention");
    }

    // Helper brief ext20, mend 2: the comparative against a group joined to one against an expectation is the finding,
    // a comparison of conditions (the sentence gave no statement before)
    @Test
    void aComparativeAgainstAGroupAfterAnExpectationTakesItsComparison() {
        assertThat(first("Serum IL-10 in these patients was higher than expected, and higher than that of healthy volunteers."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
        assertThat(first("Serum IL-10 in these patients was lower than predicted, and lower than in controls."))
                .containsEntry(StatementAttributes.COMPARISON, "condition");
    }

    /**
     * An aside of what did not act between a subject and its verb, ", but not Y,", hid the subject: the verb after the
     * aside's comma was read as a participle of a list ("IL-6, reduced ..."), no cause was found, and the comparison came
     * from the clause's other words ("In both models, VSL#3-A, but not VSL#3-B, reduced ... TNFα" was a `condition`, from
     * "models"). The subject is the cause of the change, and what did not act that of its unchanged counterpart.
     */
    @Test
    void anAsideOfWhatDidNotActLeavesTheSubjectBeforeItTheCause() {
        List<RecordStatement> statements = reader.read(BibliographicRecord.builder().pmid("1").section(null,
                "In both models, VSL5, but not VSL6, reduced the expression of IL-6 mRNA.").build());
        assertThat(statements).extracting(s -> s.direction().label(), s -> s.attributes().get(StatementAttributes.COMPARISON),
                        s -> s.attributes().get(StatementAttributes.CONTEXT))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("decreased", "intervention", "VSL5"),
                        org.assertj.core.groups.Tuple.tuple("unchanged", "intervention", "VSL6"));
        // a list of changes before the comma keeps the verb after it a participle of the list: no subject before an aside
        assertThat(reader.read(BibliographicRecord.builder().pmid("2").section(null,
                        "Patients had increased IL-6, but not IL-10, reduced TNF-alpha levels.").build()))
                .extracting(s -> s.mention().key(), s -> s.attributes().get(StatementAttributes.CONTEXT))
                .contains(org.assertj.core.groups.Tuple.tuple("TNF", "Patients"));
    }

    /**
     * A verb with no subject of its own after "and", or a gerund after "while", acts by the first verb's subject: "TEPP-46
     * inhibited LPS-induced IL-1β production, while boosting production of IL-10" raised IL-10 by TEPP-46, where the clause's
     * "LPS-induced" made it an exposure (25565206, a sample of findings read in session 16). Not after "i.e." or "e.g.",
     * which open a list of changes: "i.e." is no subject.
     */
    @Test
    void aVerbAfterAndOrAGerundAfterWhileHasTheFirstVerbsSubject() {
        List<RecordStatement> whileBoosting = reader.read(BibliographicRecord.builder().pmid("1").section(null,
                "TEPP-46 inhibited LPS-induced IL-1beta production, while boosting production of IL-10.").build());
        assertThat(whileBoosting).filteredOn(s -> s.mention().key().equals("IL10")).singleElement().satisfies(s -> assertThat(s.attributes())
                .containsEntry(StatementAttributes.COMPARISON, "intervention").containsEntry(StatementAttributes.CONTEXT, "TEPP-46"));
        List<RecordStatement> andIncreased = reader.read(BibliographicRecord.builder().pmid("2").section(null,
                "TEPP-46 inhibited LPS-induced IL-1beta production and increased IL-10 production.").build());
        assertThat(andIncreased).filteredOn(s -> s.mention().key().equals("IL10")).singleElement().satisfies(s -> assertThat(s.attributes())
                .containsEntry(StatementAttributes.COMPARISON, "intervention").containsEntry(StatementAttributes.CONTEXT, "TEPP-46"));
        List<RecordStatement> listed = reader.read(BibliographicRecord.builder().pmid("3").section(null,
                "Patients showed a distinct profile when compared to controls, i.e. increased levels of IL-10 and reduced levels of IL-6.")
                .build());
        assertThat(listed).extracting(s -> s.attributes().get(StatementAttributes.CONTEXT)).doesNotContain("i.e.", "i.e");
    }

    /**
     * A verb listed after another's object and a comma acts by that verb's subject: "Exposure to BAR501 shifted intestinal
     * macrophages from ... (CD11b+, CCR7+, F4/80-) ... phenotype, reduced the expression of inflammatory genes (TNF-α, ...)"
     * found no cause for the second verb's changes, and the comparison came from the record's disease model (28607110, a
     * sample of findings read in session 17). Brackets in the first object are passed over; another comma before the verb
     * (a list) keeps the verb after it a participle of the list.
     */
    @Test
    void aVerbListedAfterAnotherVerbsObjectAndACommaHasThatVerbsSubject() {
        List<RecordStatement> listed = reader.read(BibliographicRecord.builder().pmid("1").section(null,
                "Tofacitinib restored body weight (day 7, day 14), lowered the expression of IL-1beta and IL-6, and shortened the colitis.")
                .build());
        assertThat(listed).extracting(s -> s.mention().key(), s -> s.direction().label(), s -> s.attributes().get(StatementAttributes.COMPARISON),
                        s -> s.attributes().get(StatementAttributes.CONTEXT))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IL1B", "decreased", "intervention", "Tofacitinib"),
                        org.assertj.core.groups.Tuple.tuple("IL6", "decreased", "intervention", "Tofacitinib"));
        List<RecordStatement> afterAList = reader.read(BibliographicRecord.builder().pmid("2").section(null,
                "Tofacitinib restored body weight, colon length, lowered the expression of IL-6.").build());
        assertThat(afterAList).extracting(s -> s.attributes().get(StatementAttributes.CONTEXT)).doesNotContain("Tofacitinib");
    }

    /**
     * A stimulus named only as one of two ways the cells were measured, stimulated and not, is not what the direction
     * compares: "Cells isolated from fluticasone furoate nasal spray-treated adenoid tissue released significantly less
     * IL-6 spontaneously as well as upon stimulation with anti-CD3" was an `exposure` (21690510, a sample of findings read
     * in session 17); the treatment is. A stimulus given one way only stays the comparison.
     */
    @Test
    void aStimulusNamedAsOneOfTwoWaysOfMeasuringLeavesTheTreatmentTheComparison() {
        for (String sentence : List.of(
                "Monocytes from budesonide-treated donors released less IL-6, both unstimulated and after LPS stimulation, than monocytes from untreated donors.",
                "Cells isolated from spray-treated polyp tissue released less IL-6 spontaneously as well as upon stimulation with anti-CD3.",
                "Cells from drug-treated polyps released less IL-6 spontaneously as well as upon stimulation.",
                "Monocytes from budesonide-treated donors released less IL-6 with and without LPS stimulation than monocytes from untreated donors.",
                "Cells from drug-treated polyps released less IL-6 in the presence or absence of LPS.")) {
            assertThat(reader.read(BibliographicRecord.builder().pmid("1").section(null, sentence).build())).as(sentence).singleElement()
                    .satisfies(s -> assertThat(s.attributes()).containsEntry(StatementAttributes.COMPARISON, "intervention"));
        }
        assertThat(reader.read(BibliographicRecord.builder().pmid("2").section(null,
                        "Budesonide-treated monocytes released more IL-6 after LPS stimulation.").build())).singleElement()
                .satisfies(s -> assertThat(s.attributes()).containsEntry(StatementAttributes.COMPARISON, "exposure"));
    }

    /**
     * A group named by a drug no word list names is a group given it: "IL-6 ... decreased more in the carvedilol group than
     * in the metoprolol group" was a `condition` (15797646, a sample of findings read in session 17). The WHO's stems of
     * drug names tell them; a stem that also ends names of substances measured (histidine) is not one of them.
     */
    @Test
    void aGroupNamedByADrugsStemIsAnIntervention() {
        assertThat(reader.read(BibliographicRecord.builder().pmid("1").section(null,
                        "Serum IL-6 decreased more in the nebivolol group than in the amlodipine group.").build())).singleElement()
                .satisfies(s -> assertThat(s.attributes()).containsEntry(StatementAttributes.COMPARISON, "intervention"));
        assertThat(reader.read(BibliographicRecord.builder().pmid("2").section(null,
                        "Serum IL-6 was higher in the vedolizumab group than in the ustekinumab group.").build())).singleElement()
                .satisfies(s -> assertThat(s.attributes()).containsEntry(StatementAttributes.COMPARISON, "intervention"));
        // steroids measured, not given: a reviewer's cases
        for (String measured : List.of("IL-6 rose together with salivary cortisone in patients with depression.",
                "Serum IL-6 and pregnenolone were higher in the first group than in the second group.")) {
            assertThat(reader.read(BibliographicRecord.builder().pmid("3").section(null, measured).build())).as(measured)
                    .extracting(s -> s.attributes().get(StatementAttributes.COMPARISON)).containsOnly("condition");
        }
    }

    /**
     * Recovery sleep after a night of deprivation is a sleep change given, no mere time passing: "returned to baseline
     * after recovery sleep" was a `time` (23941878, a sample of findings read in session 17; guidelines v1.2: `time` is a
     * later against an earlier point "with nothing given in between").
     */
    @Test
    void recoverySleepIsASleepChangeGiven() {
        assertThat(reader.read(BibliographicRecord.builder().pmid("1").section(null,
                        "IL-6 levels increased after one night of sleep deprivation and returned to baseline after recovery sleep.").build()))
                .extracting(s -> s.direction().label(), s -> s.attributes().get(StatementAttributes.COMPARISON))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("increased", "intervention"),
                        org.assertj.core.groups.Tuple.tuple("decreased", "intervention"));
    }

    /**
     * A relative clause that offers an explanation is no part of what was compared: "Carriers of the IL10 -1082 A allele
     * secreted less IL-10, which may explain their poorer response to infliximab therapy" was an `intervention`, by the
     * therapy (27073517's sort, a sample of findings read in session 17).
     */
    @Test
    void aRelativeClauseOfExplanationIsNotWhatWasCompared() {
        assertThat(reader.read(BibliographicRecord.builder().pmid("1").section(null,
                        "Carriers of the IL10 -1082 A allele secreted less IL-10, which may explain their poorer response to infliximab therapy.")
                .build())).singleElement().satisfies(s -> assertThat(s.attributes()).containsEntry(StatementAttributes.COMPARISON, "genotype"));
    }

    /**
     * The genotype of the controls alone says which controls, not that genotypes were compared: "increased in patients as
     * compared to controls having wild genotypes" was a `genotype` (25789623, a sample of findings read in session 17).
     * Carriers of an allele against controls of another genotype stay a genotype's comparison.
     */
    @Test
    void theControlsGenotypeAloneLeavesPatientsAgainstControls() {
        assertThat(reader.read(BibliographicRecord.builder().pmid("1").section(null,
                        "Serum TNF-alpha was increased in patients as compared to controls having wild genotypes.").build())).singleElement()
                .satisfies(s -> assertThat(s.attributes()).containsEntry(StatementAttributes.COMPARISON, "condition"));
        assertThat(reader.read(BibliographicRecord.builder().pmid("2").section(null,
                        "IL-6 was higher in carriers of the risk allele than in controls with the wild-type genotype.").build())).singleElement()
                .satisfies(s -> assertThat(s.attributes()).containsEntry(StatementAttributes.COMPARISON, "genotype"));
        // a sampler's s21: the phrase goes on to the variants the genotype is of
        for (String sentence : List.of("Plasma IL-8 was significantly higher in patients as compared to controls having wild genotypes for"
                + " the studied SNPs.", "Serum IL-8 was higher in patients than in controls carrying the common allele of the studied polymorphism.")) {
            assertThat(reader.read(BibliographicRecord.builder().pmid("3").section(null, sentence).build())).as(sentence).singleElement()
                    .satisfies(s -> assertThat(s.attributes()).containsEntry(StatementAttributes.COMPARISON, "condition"));
        }
    }

    /**
     * An agent given to make a disease model, as the cause with nothing but words of its giving, compares the model with
     * animals without it: "DSS administration increased colonic IL-6" was an `intervention` (guidelines v1.2: a disease
     * model against without it is a `condition`; samples of findings read in sessions 16 and 17). A treatment of the model
     * stays an intervention.
     */
    @Test
    void anAgentThatMakesADiseaseModelIsTheModelsCondition() {
        for (String sentence : List.of("DSS administration increased colonic IL-6 expression compared with control mice.",
                "Administration of 3% dextran sulfate sodium increased serum IL-6.", "TNBS-treated rats showed higher colonic IL-6.")) {
            assertThat(reader.read(BibliographicRecord.builder().pmid("1").section(null, sentence).build())).as(sentence).singleElement()
                    .satisfies(s -> assertThat(s.attributes()).containsEntry(StatementAttributes.COMPARISON, "condition"));
        }
        assertThat(reader.read(BibliographicRecord.builder().pmid("2").section(null,
                        "Curcumin treatment decreased colonic IL-6 in DSS colitis mice.").build())).singleElement()
                .satisfies(s -> assertThat(s.attributes()).containsEntry(StatementAttributes.COMPARISON, "intervention"));
    }
}
