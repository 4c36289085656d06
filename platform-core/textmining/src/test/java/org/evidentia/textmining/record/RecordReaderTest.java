package org.evidentia.textmining.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.textmining.TestLexicon;
import org.evidentia.textmining.attribute.StatementAttributes;
import org.evidentia.textmining.change.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The record-level pass: what no sentence states alone. Every abstract here is invented for the test.
 */
class RecordReaderTest {

    private final RecordReader reader = new RecordReader(TestLexicon.LEXICON, Set.of("cytokines", "chemokines"),
            new StatementAttributes());

    private List<String> read(BibliographicRecord record) {
        return reader.read(record).stream()
                .map(s -> s.mention().key() + " " + s.direction().label() + " " + s.attributes().get(StatementAttributes.SPECIMEN))
                .toList();
    }

    @Test
    void aSentenceThatConfirmsThePreviousOneTakesItsDirection() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1")
                .section("RESULTS", "Inflammatory gene expression was increased in the colon mucosa of mutant rats compared to "
                        + "wild-type rats. This was confirmed by quantitative PCR for TNF and IL-1beta.")
                .build();
        List<RecordStatement> statements = reader.read(record);
        assertThat(statements).extracting(s -> s.mention().key() + " " + s.direction().label() + " " + s.basis())
                .containsExactly("TNF increased CONFIRMED", "IL1B increased CONFIRMED");
        assertThat(statements.get(0).attributes()).containsEntry(StatementAttributes.COMPARISON, "genotype")
                .containsEntry(StatementAttributes.POPULATION, "animal");
    }

    // A reviewer's class 4 (2026-12-04): a confirming sentence that states effects of its own ("confirmed that X stimulated
    // ... while antibody to X reduced ...") carried the sentence before's "unchanged" to the names it holds as causes
    @Test
    void aConfirmationThatStatesItsOwnEffectsCarriesNothing() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("1")
                .section("RESULTS", "Serum IL-17A was not raised in patients. Culture experiments confirmed that "
                        + "IL-17A stimulated periostin in control fibroblasts while antibody to IL-17A reduced periostin in mutant "
                        + "fibroblasts.")
                .build();
        // one statement per entity, direction and specimen: the serum's, not a second one in the fibroblasts
        assertThat(read(record)).containsExactly("IL17A unchanged serum");
    }

    @Test
    void phrasesThatCountOrPointStandForTheEntitiesNamedBefore() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("2")
                .section("METHODS", "Serum IL-6 and IL-8 were measured in 30 children.")
                .section("RESULTS", "Concentrations of both cytokines did not differ between the groups. "
                        + "These cytokines were higher in adults.")
                .build();
        assertThat(read(record)).containsExactly("IL6 unchanged serum", "CXCL8 unchanged serum",
                "IL6 increased serum", "CXCL8 increased serum");
    }

    /** Audit of records outside the gold: "the above cytokines" stands for the list of the sentence right before it. */
    @Test
    void aPhrasePointingAboveStandsForTheListOfTheSentenceRightBefore() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("22")
                .section("METHODS", "Serum IL-6, IL-8 and TNF-α were measured in 40 smokers and 40 non-smokers.")
                .section("RESULTS", "The above cytokines were all elevated in smokers.")
                .build();
        assertThat(read(record)).containsExactly("IL6 increased serum", "CXCL8 increased serum", "TNF increased serum");
        BibliographicRecord counted = BibliographicRecord.builder().pmid("23")
                .section(null, "We measured IL-6 and IL-10 in the plasma of runners. The two aforementioned cytokines rose after "
                        + "the race. The cytokines mentioned above fell again within a day.")
                .build();
        assertThat(read(counted)).containsExactly("IL6 increased plasma", "IL10 increased plasma");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the count disagrees with the list before
            "We measured IL-6, IL-8 and TNF-α in serum. The above four cytokines were elevated in smokers.",
            "We measured IL-6, IL-8 and TNF-α in serum. The above two cytokines were elevated in smokers.",
            // the list is not that of the sentence right before
            "We measured IL-6, IL-8 and TNF-α in serum. Smokers were older. The above cytokines were elevated in smokers.",
            "We measured IL-6 and IL-8 in serum. IL-10 was measured too. The aforementioned cytokines were elevated in smokers.",
            // "above" that is no pointer
            "We measured IL-6, IL-8 and TNF-α in serum. The cytokines above the detection limit were elevated in smokers."})
    void aPhrasePointingAboveWithoutASureListStandsForNothing(String text) {
        assertThat(read(BibliographicRecord.builder().pmid("24").section(null, text).build())).as(text).isEmpty();
    }

    /** Review 19, finding 5: the singular points to one of the list, and which one is not said. */
    @ParameterizedTest
    @ValueSource(strings = {
            "IL-6 and IL-8 were measured in 40 patients. The above cytokine was increased in patients compared with controls.",
            "IL-6 and IL-8 were measured in 40 patients. The cytokine mentioned above was increased in patients compared with controls.",
            "IL-6 and IL-8 were measured in 40 patients. The aforementioned chemokine was increased in patients compared with controls.",
            "IL-6 was measured in 40 patients. The above cytokine was increased in patients compared with controls."})
    void aSingularPhrasePointingAboveStandsForNothing(String text) {
        RecordReader singularToo = new RecordReader(TestLexicon.LEXICON, Set.of("cytokine", "cytokines", "chemokine", "chemokines"),
                new StatementAttributes());
        assertThat(singularToo.read(BibliographicRecord.builder().pmid("25").section(null, text).build())).as(text).isEmpty();
    }

    @Test
    void aPluralPhrasePointingAboveStillStandsForTheListWhenSingularNounsAreClassNounsToo() {
        RecordReader singularToo = new RecordReader(TestLexicon.LEXICON, Set.of("cytokine", "cytokines", "cytokine levels"),
                new StatementAttributes());
        for (String pointer : List.of("The above cytokines were", "The cytokines mentioned above were", "The above cytokine levels were")) {
            String text = "IL-6 and IL-8 were measured in 40 patients. " + pointer + " increased in patients compared with controls.";
            assertThat(singularToo.read(BibliographicRecord.builder().pmid("26").section(null, text).build()))
                    .as(text).extracting(s -> s.mention().key() + " " + s.direction().label())
                    .containsExactly("IL6 increased", "CXCL8 increased");
        }
    }

    /** Review 19, finding 5: a sentence that sets one of its names apart leaves unsaid which of them "the above" means. */
    @ParameterizedTest
    @ValueSource(strings = {
            "IL-6 and IL-8 were elevated in patients compared with controls, whereas IL-10 was not. The above cytokines were reduced "
                    + "after treatment.",
            "IL-6 and IL-8 were elevated in patients compared with controls, while IL-10 was unchanged. The above cytokines were "
                    + "reduced after treatment.",
            "IL-6 and IL-8, but not IL-10, were elevated in patients compared with controls. The above cytokines were reduced after "
                    + "treatment.",
            "Except for IL-10, all cytokines, including IL-6 and IL-8, were elevated in patients compared with controls. The above "
                    + "cytokines were reduced after treatment."})
    void aPhrasePointingAboveAfterASentenceThatSetsANameApartStandsForNothing(String text) {
        assertThat(read(BibliographicRecord.builder().pmid("27").section(null, text).build())).as(text)
                .noneMatch(s -> s.contains("decreased"));
    }

    @Test
    void aPhrasePointingBackWithAnExceptionStandsForTheListLessTheExceptedNames() {
        BibliographicRecord above = BibliographicRecord.builder().pmid("41")
                .section(null, "Serum IL-6, IL-8 and TNF-α were increased in patients. The cytokines mentioned above, except IL-8, were "
                        + "reduced after treatment.")
                .build();
        assertThat(read(above)).containsExactly("IL6 increased serum", "CXCL8 increased serum", "TNF increased serum",
                "IL6 decreased serum", "TNF decreased serum");
        BibliographicRecord these = BibliographicRecord.builder().pmid("42")
                .section(null, "Serum IL-6 and IL-8 were increased in patients. These cytokines, with the exception of IL-8, were "
                        + "reduced after treatment.")
                .build();
        assertThat(read(these)).containsExactly("IL6 increased serum", "CXCL8 increased serum", "IL6 decreased serum");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the excepted name is not in the list before: the phrase points elsewhere
            "Serum IL-6, IL-1β and TNF-α were increased in patients. The cytokines mentioned above, except IL-8, were reduced after "
                    + "treatment.",
            // no phrase points back: the class less IL-8 names nothing of the lexicon
            "Serum IL-6 was increased in patients. All cytokines except IL-8 were reduced after treatment.",
            // a list that goes on after the exception may go on with it
            "Serum IL-6, IL-8 and TNF-α were increased in patients. The above cytokines, except IL-8, and IL-10 were reduced after "
                    + "treatment."})
    void aNameExceptedFromAClassTakesNoDirection(String text) {
        assertThat(read(BibliographicRecord.builder().pmid("43").section(null, text).build())).as(text)
                .noneMatch(s -> s.contains("decreased"));
    }

    @Test
    void aNameExceptedFromAClassWithAClauseOfItsOwnTakesThatClausesDirection() {
        assertThat(read(BibliographicRecord.builder().pmid("47")
                .section(null, "Cytokine levels did not differ between groups, except for IL-6, which was higher in patients.").build()))
                .containsExactly("IL6 increased null");
        assertThat(read(BibliographicRecord.builder().pmid("48")
                .section(null, "Serum cytokines did not change after treatment, with the exception of IL-8 (P = 0.01), which fell.")
                .build()))
                .containsExactly("CXCL8 decreased serum");
        assertThat(read(BibliographicRecord.builder().pmid("49")
                .section(null, "Cytokine levels did not differ between groups, except for IL-6.").build())).isEmpty();
    }

    /** A class noun inside a longer word ("anticytokines-treated", "cytokines-producing") names no class the names are excepted from. */
    @Test
    void aClassNounInsideALongerWordNamesNoClass() {
        assertThat(read(BibliographicRecord.builder().pmid("50")
                .section(null, "In anticytokines-treated patients, excluding IL-8, IL-10 was reduced.").build()))
                .containsExactly("IL10 decreased null");
        assertThat(read(BibliographicRecord.builder().pmid("51")
                .section(null, "In cytokines-producing cultures, except for IL-8, IL-6 was reduced.").build()))
                .containsExactly("IL6 decreased null");
    }

    @Test
    void anExceptionWithoutAClassBeforeItIsReadAsBefore() {
        assertThat(read(BibliographicRecord.builder().pmid("44")
                .section(null, "IL-6 and IL-8 were elevated in patients, except in controls.").build()))
                .containsExactly("IL6 increased null", "CXCL8 increased null");
        assertThat(read(BibliographicRecord.builder().pmid("45")
                .section(null, "IL-6 was increased in all patients except those with mild disease.").build()))
                .containsExactly("IL6 increased null");
    }

    @Test
    void anEllipticContrastInAPrimaryStudysReportOfEarlierWorkIsNoFinding() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("46")
                .section("BACKGROUND", "Previous studies have shown that IL-6 was increased in patients, whereas IL-10 was not.")
                .section("RESULTS", "Serum IL-8 was higher in patients than in controls.")
                .build();
        assertThat(read(record)).containsExactly("CXCL8 increased serum");
    }

    @Test
    void aContrastAfterTheNamesOfTheSentenceBeforeSetsNoneApart() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("28")
                .section(null, "IL-6 and IL-8 were measured in patients but not in controls. The above cytokines were reduced after "
                        + "treatment.")
                .build();
        assertThat(read(record)).containsExactly("IL6 decreased null", "CXCL8 decreased null");
    }

    @Test
    void aPointingPhraseCoversTheLongestClassNounWhateverTheOrderOfTheNouns() {
        // a set's iteration order changes from one JVM to the next; the mention must not
        BibliographicRecord record = BibliographicRecord.builder().pmid("21")
                .section("METHODS", "Serum IL-6 and IL-8 were measured in 30 children.")
                .section("RESULTS", "The means of both cytokine concentrations did not differ between the groups.")
                .build();
        for (List<String> nouns : List.of(List.of("cytokine", "cytokine concentrations"), List.of("cytokine concentrations", "cytokine"))) {
            RecordReader ordered = new RecordReader(TestLexicon.LEXICON, new LinkedHashSet<>(nouns), new StatementAttributes());
            assertThat(ordered.read(record)).as("class nouns in the order " + nouns)
                    .extracting(s -> s.mention().key() + " " + s.mention().text())
                    .containsExactly("IL6 both cytokine concentrations", "CXCL8 both cytokine concentrations");
        }
    }

    @Test
    void methodsSectionsStateNoResultButTellTheSpecimen() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("3")
                .section("METHODS", "Plasma IL-6 was elevated in pilot samples and measured by ELISA.")
                .section("RESULTS", "IL-6 was higher after surgery than before.")
                .build();
        assertThat(read(record)).containsExactly("IL6 increased plasma");
    }

    @Test
    void aCytokinesSpecimenIsCarriedFromWhereTheRecordNamesItWithIt() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("4")
                .section(null, "We determined the saliva concentrations of IL-6 and plasma concentrations of IL-10 in 20 "
                        + "athletes. After the race, IL-6 rose and IL-10 fell.")
                .build();
        assertThat(read(record)).containsExactly("IL6 increased saliva", "IL10 decreased plasma");
    }

    @Test
    void theRecordsUsualSpecimenWhenNothingNamesOneBesideTheCytokine() {
        BibliographicRecord withSamples = BibliographicRecord.builder().pmid("5")
                .section(null, "Blood samples were taken twice. Plasma was stored at -80 C. IL-6 was higher after surgery than before.")
                .build();
        assertThat(read(withSamples)).containsExactly("IL6 increased plasma");
        BibliographicRecord withCells = BibliographicRecord.builder().pmid("6")
                .section("METHODS", "Human endothelial cells were treated with endotoxin.")
                .section("RESULTS", "Endotoxin treatment resulted in elevated IL-6 levels.")
                .build();
        assertThat(read(withCells)).containsExactly("IL6 increased cells");
    }

    // Class 6 (docs/cytokine-extractor.md, "What still fails"): a method or a molecule named by a specimen word gave the
    // record's usual specimen to findings whose sentences name none
    @Test
    void aMethodOrMoleculeNamedByASpecimenWordIsNoSpecimen() {
        BibliographicRecord doppler = BibliographicRecord.builder().pmid("61")
                .section(null, "Left ventricular function was assessed by echocardiography with tissue Doppler imaging. "
                        + "IL-6 was higher in patients with heart failure than in controls.")
                .build();
        assertThat(read(doppler)).containsExactly("IL6 increased null");
        BibliographicRecord activator = BibliographicRecord.builder().pmid("62")
                .section(null, "Patients were given tissue plasminogen activator within three hours. "
                        + "IL-6 was lower after the infusion than before it.")
                .build();
        assertThat(read(activator)).containsExactly("IL6 decreased null");
        // tissue taken still gives it
        BibliographicRecord biopsies = BibliographicRecord.builder().pmid("63")
                .section(null, "Tissue was obtained at colonoscopy. IL-6 was higher in patients than in controls.")
                .build();
        assertThat(read(biopsies)).containsExactly("IL6 increased tissue");
    }

    @Test
    void backgroundSectionsGiveTheSpecimenOnlyWhenNothingElseDoes() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("7")
                .section("BACKGROUND", "Serum cytokine changes were reported in sleep disorders.")
                .section("METHODS", "Blood samples were taken before and after sleep.")
                .section("RESULTS", "IL-6 did not differ between the groups.")
                .build();
        assertThat(read(record)).containsExactly("IL6 unchanged blood");
    }

    // Review 9, finding 2: "BACKGROUND AND OBJECTIVES" (19552994) was not read as a background section
    @ParameterizedTest
    @ValueSource(strings = {"BACKGROUND AND OBJECTIVES", "Introduction and aims", "BACKGROUND/AIMS", "CONTEXT & PURPOSE"})
    void aLabelJoiningBackgroundLabelsIsABackgroundSection(String label) {
        BibliographicRecord record = BibliographicRecord.builder().pmid("7")
                .section(label, "Serum cytokine changes were reported in sleep disorders.")
                .section("METHODS", "Blood samples were taken before and after sleep.")
                .section("RESULTS", "IL-6 did not differ between the groups.")
                .build();
        assertThat(read(record)).containsExactly("IL6 unchanged blood");
    }

    @Test
    void aLabelJoiningABackgroundLabelWithAnotherIsNoBackgroundSection() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("7")
                .section("BACKGROUND", "Plasma cytokine changes were reported in sleep disorders.")
                .section("OBJECTIVES AND METHODS", "Serum samples were taken before and after sleep.")
                .section("RESULTS", "IL-6 did not differ between the groups.")
                .build();
        assertThat(read(record)).containsExactly("IL6 unchanged serum");
    }

    // Review 9: a label that joins methods labels is a methods section, as each of its parts is
    @ParameterizedTest
    @ValueSource(strings = {"DESIGN, SETTING, AND PARTICIPANTS", "Setting and participants", "DESIGN/SETTING", "PATIENTS & DESIGN"})
    void aLabelJoiningMethodsLabelsIsAMethodsSection(String label) {
        BibliographicRecord record = BibliographicRecord.builder().pmid("7")
                .section(label, "Adults whose plasma IL-8 was raised after surgery were enrolled in two hospitals.")
                .section("RESULTS", "IL-6 did not differ between the groups.")
                .build();
        assertThat(read(record)).containsExactly("IL6 unchanged plasma");
    }

    // Review 9: "METHODS AND RESULTS" states results as RESULTS does, whatever its sentences cite
    @ParameterizedTest
    @ValueSource(strings = {"METHODS AND RESULTS", "Patients, methods, and results", "DESIGN/METHODS/RESULTS"})
    void aLabelJoiningResultsWithMethodsIsAResultsSection(String label) {
        BibliographicRecord record = BibliographicRecord.builder().pmid("38")
                .section(label, "IL-6 levels have been significantly higher in patients than in controls.")
                .build();
        assertThat(read(record)).containsExactly("IL6 increased null");
    }

    @Test
    void aLabelJoiningResultsWithAnotherKindIsNoResultsSection() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("38")
                .section("RESULTS AND CONCLUSIONS", "IL-6 levels have been significantly higher in patients than in controls.")
                .build();
        assertThat(read(record)).isEmpty();
    }

    @Test
    void oneStatementPerEntityDirectionAndSpecimenTheFirstAsEvidence() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("8").title("Plasma IL-6 is raised in sepsis.")
                .section(null, "Plasma IL-6 was higher in sepsis than in controls. IL-6 in CSF was not different. "
                        + "CSF IL-6 did not differ between groups.")
                .build();
        List<RecordStatement> statements = reader.read(record);
        assertThat(read(record)).containsExactly("IL6 increased plasma", "IL6 unchanged csf");
        assertThat(statements.get(0).field()).isEqualTo(BibliographicRecord.FIELD_TITLE);
    }

    @Test
    void aRecordWithoutNamesIsNotReadAtAll() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("9").title("Sleep and mood in students.")
                .section(null, "Mood was lower after short sleep.").build();
        assertThat(reader.read(record)).isEmpty();
    }

    @Test
    void statementsCarryTheirBasis() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("10")
                .section(null, "Drug Q attenuated the LPS-induced rise in TNF.").build();
        assertThat(reader.read(record)).extracting(RecordStatement::basis)
                .containsOnly(Statement.Basis.STATED);
        assertThat(reader.read(record)).extracting(s -> s.attributes().get(StatementAttributes.COMPARISON))
                .containsExactly("intervention", "exposure");
    }

    // Review 4's examples (finding 4 and 10): background of a primary study is no finding (guidelines v1.2).
    @Test
    void aPrimaryStudysSentencesThatRestateEarlierWorkGiveNoStatement() {
        BibliographicRecord unstructured = BibliographicRecord.builder().pmid("30")
                .section(null, "Nuclear accumulation of IL-18 has been reported in intestinal epithelial cells during intestinal "
                        + "inflammation and cancer, but a functional role for this nuclear form remains unclear. "
                        + "In 1997, we first reported that the pro-inflammatory cytokines interleukin-6 (IL-6) and TNF-α were "
                        + "elevated in patients with disorders of excessive daytime sleepiness. "
                        + "Foregoing experiments in humans indicated a selective increase in the production of IL-2 during sleep. "
                        + "Patients with postoperative sciatic pain have been shown to exhibit reduced cortisol levels along with "
                        + "enhanced IL-10 levels. "
                        + "In subsequent studies, we showed that IL-6 and TNF-α levels were elevated in sleep apnea independently "
                        + "of obesity. "
                        + "In this study, IFN-γ was lower after sleep deprivation than after normal sleep.")
                .build();
        assertThat(reader.read(unstructured)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IFNG decreased");
        BibliographicRecord structured = BibliographicRecord.builder().pmid("31")
                .section("BACKGROUND", "Elevations in IL-6 have been reported in a variety of cancers.")
                .section("METHODS", "Plasma IL-6 was measured before and after 6 months of treatment.")
                .section("RESULTS", "Plasma IL-6 fell after treatment.")
                .build();
        assertThat(read(structured)).containsExactly("IL6 decreased plasma");
    }

    // Review 9, finding 2: 19552994's "Some studies have reported ... interleukin-6 (IL-6) to be increased in these patients"
    @Test
    void someMostOrFewStudiesAreEarlierWork() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("39").publicationType("Journal Article")
                .section(null, "Some studies have reported serum IL-6 to be raised in asthma. "
                        + "Most clinical studies have found elevated TNF-α in these patients. "
                        + "Few studies have shown lower IL-10 in children with asthma. "
                        + "In this study, IL-8 was higher in patients than in controls.")
                .build();
        assertThat(reader.read(record)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("CXCL8 increased");
    }

    @Test
    void aResultThatCitesEarlierWorkIsStillAResult() {
        // a RESULTS section states results, whatever it cites; so does a sentence that sets its result beside others
        BibliographicRecord structured = BibliographicRecord.builder().pmid("32")
                .section("RESULTS", "As has been reported, serum IL-6 was higher in patients than in controls.")
                .build();
        assertThat(read(structured)).containsExactly("IL6 increased serum");
        BibliographicRecord unstructured = BibliographicRecord.builder().pmid("33")
                .section(null, "Serum IL-8 was higher in patients than in controls, as has been reported previously. "
                        + "Consistent with previous studies, TNF-α did not differ between the groups. "
                        + "Earlier studies reported high IL-10 in such patients, but here we found lower IL-10 than in controls.")
                .build();
        assertThat(read(unstructured)).containsExactly("CXCL8 increased serum", "TNF unchanged serum", "IL10 decreased serum");
    }

    @Test
    void aNegatedObservationOfAChangeIsTheStudysOwnResult() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("45").publicationType("Journal Article")
                .section(null, "We studied 30 patients with sepsis and 30 healthy controls. "
                        + "Serum IL-6 was higher in patients than in controls. "
                        + "Changes in IL-10 have not been observed in patients compared with controls. "
                        + "Differences in TNF-α levels between the groups have not been detected.")
                .build();
        assertThat(read(record)).containsExactly("IL6 increased serum", "IL10 unchanged serum", "TNF unchanged serum");
    }

    @Test
    void aNegatedObservationSetBeforeTheStudyOrAReportIsStillEarlierWork() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("46").publicationType("Journal Article")
                .section(null, "We studied 30 patients with sepsis and 30 healthy controls. "
                        + "Changes in IL-10 have not been reported previously in sepsis. "
                        + "Changes in IL-8 have not been observed previously in these patients. "
                        + "Differences in TNF-α have not been found in earlier studies of sepsis. "
                        + "Alterations of IL-2 have not been observed to date. "
                        + "Serum IL-6 was higher in patients than in controls.")
                .build();
        assertThat(read(record)).containsExactly("IL6 increased serum");
    }

    @Test
    void aReviewsReportOfEarlierStudiesIsAStatement() {
        BibliographicRecord typed = BibliographicRecord.builder().pmid("34").publicationType("Review")
                .section(null, "Elevated IL-6 has been reported in the serum of patients with sleep apnea.")
                .build();
        assertThat(read(typed)).containsExactly("IL6 increased serum");
        BibliographicRecord selfDescribed = BibliographicRecord.builder().pmid("35")
                .section(null, "This review summarizes the cytokine changes of sleep apnea. "
                        + "Elevated IL-6 has been reported in the serum of patients with sleep apnea.")
                .build();
        assertThat(read(selfDescribed)).containsExactly("IL6 increased serum");
        BibliographicRecord primary = BibliographicRecord.builder().pmid("36").publicationType("Journal Article")
                .section(null, "Elevated IL-6 has been reported in the serum of patients with sleep apnea.")
                .build();
        assertThat(read(primary)).isEmpty();
    }

    // Review 7, finding 1: 14872107's background sentence voted for an increase that the study did not find
    @Test
    void aLevelThatHasBeenHigherIsEarlierWork() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("37").publicationType("Journal Article")
                .section("BACKGROUND", "On the other hand, plasma TNF-α and IL-6 have been significantly higher in mild sleep "
                        + "apneics than in normal controls.")
                .section("METHODS", "Serum levels of IL-6 and TNF-α were determined.")
                .section("RESULTS", "No significant increase in IL-6 or TNF-α was detected in the present study cohort.")
                .build();
        assertThat(read(record)).containsExactly("IL6 unchanged serum", "TNF unchanged serum");
        // in a RESULTS section it is a result, as any cue of earlier work there
        BibliographicRecord results = BibliographicRecord.builder().pmid("38")
                .section("RESULTS", "IL-6 levels have been significantly higher in patients than in controls.")
                .build();
        assertThat(read(results)).containsExactly("IL6 increased null");
    }

    // A methodologist (2026-12-01): 24637010's "The expression of interleukin (IL)-17 is upregulated in inflammatory
    // bowel disease (IBD).", under BACKGROUND AND AIM, voted as the study's result though no cue of earlier work marks it
    @Test
    void aPrimaryStudysBackgroundSectionGivesNoStatementUnlessItSaysItIsTheStudys() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("44").publicationType("Journal Article")
                .section("BACKGROUND", "Serum IL-17A is elevated in Crohn's disease. "
                        + "In our previous study we found lower IL-10 in these patients. "
                        + "We found higher TNF-α in patients than in controls.")
                .section("INTRODUCTION AND AIMS", "IL-8 is upregulated in ulcerative colitis. "
                        + "In this study, IL-18 was lower in patients than in controls.")
                .section("METHODS", "Serum IL-6 was measured in 40 patients and 40 controls.")
                .section("RESULTS", "IL-6 was higher in patients than in controls.")
                .build();
        assertThat(reader.read(record)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("TNF increased", "IL18 decreased", "IL6 increased");
        // a review's background counts, as its report of earlier studies does
        BibliographicRecord review = BibliographicRecord.builder().pmid("45").publicationType("Review")
                .section("BACKGROUND", "Serum IL-17A is elevated in Crohn's disease.")
                .section("CONCLUSIONS", "IL-17A is a target.")
                .build();
        assertThat(reader.read(review)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IL17A increased");
        // an abstract whose only label is a background label holds its results under it (28804459's "Background:")
        BibliographicRecord undivided = BibliographicRecord.builder().pmid("46").publicationType("Journal Article")
                .section("Background", "Probiotics differ in function. Aims: To compare two batches in colitis. "
                        + "Results: One batch reduced the expression of IL-6 mRNA in the colon.")
                .build();
        assertThat(reader.read(undivided)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IL6 decreased");
    }

    // Review 7, finding 1: 15356039 opens with what is known, and its opening sentence voted in the condition stratum
    @Test
    void anUnstructuredAbstractsOpeningSentenceInThePresentTenseIsBackground() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("40").publicationType("Journal Article")
                .section(null, "The proinflammatory cytokines, TNFalpha and IL-6, are elevated in obstructive sleep apnea (OSA) "
                        + "and have been proposed as mediators of excessive daytime sleepiness in humans. "
                        + "We tested the effects of etanercept in eight obese male apneics. "
                        + "IL-6 levels were significantly decreased after etanercept administration compared with placebo.")
                .build();
        assertThat(reader.read(record)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IL6 decreased");
        // an opening sentence in the past tense, one that says it is this study's, and one later in the abstract are results
        BibliographicRecord past = BibliographicRecord.builder().pmid("41")
                .section(null, "Serum IL-6 was higher in patients with OSA than in controls.")
                .build();
        assertThat(read(past)).containsExactly("IL6 increased serum");
        BibliographicRecord own = BibliographicRecord.builder().pmid("42")
                .section(null, "Here we show that serum IL-6 is higher in patients with OSA than in controls.")
                .build();
        assertThat(read(own)).containsExactly("IL6 increased serum");
        BibliographicRecord later = BibliographicRecord.builder().pmid("43")
                .section(null, "We measured serum IL-6 in 40 patients with OSA. IL-6 is higher in patients than in controls.")
                .build();
        assertThat(read(later)).containsExactly("IL6 increased serum");
    }

    // Guidelines v1.2: background of a primary study is no finding; an unstructured abstract states what is known
    // up to the sentence that says what the study set out to do
    @ParameterizedTest
    @ValueSource(strings = {
        "The aim of this study was to measure IL-6 in patients treated with drug Z.",
        "We sought to find out whether drug Z lowers IL-6.",
        "Here, we treated patients with drug Z for 12 weeks.",
        "To determine whether drug Z lowers IL-6, 30 patients were given the drug for 12 weeks.",
        "Therefore, we gave drug Z to 30 patients for 12 weeks.",
        "Thirty patients with psoriasis were enrolled and given drug Z for 12 weeks.",
        "This study tested drug Z in 30 patients.",
        // the review of session 29, X12: a hypothesis stated in the past tense is the aim too
        "We therefore speculated that drug Z might help these patients.",
        "We postulated that drug Z would help these patients."})
    void anUnstructuredAbstractsSentencesBeforeItsAimAreBackground(String aim) {
        BibliographicRecord record = BibliographicRecord.builder().pmid("47").publicationType("Journal Article")
                .section(null, "Psoriasis is a chronic skin disease of unknown cause. "
                        + "Serum IL-17A is raised in patients with psoriasis, and TNF-α is higher in their lesions than in normal skin. "
                        + "Keratinocytes release more IL-8 when stimulated by IL-17A in culture. "
                        + aim + " "
                        + "IL-6 was lower after treatment than before it.")
                .build();
        assertThat(reader.read(record)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IL6 decreased");
        // a review's report of what is known counts, as before
        BibliographicRecord review = BibliographicRecord.builder().pmid("48").publicationType("Review")
                .section(null, "Serum IL-17A is raised in patients with psoriasis. " + aim)
                .build();
        assertThat(reader.read(review)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .contains("IL17A increased");
    }

    /** Review 19: simple-past results before a sentence of a result's words were lost as background. */
    @Test
    void resultsInTheSimplePastAreNoBackgroundAndResultWordsAreNoAim() {
        BibliographicRecord received = BibliographicRecord.builder().pmid("53").publicationType("Journal Article")
                .section(null, "Serum IL-6 increased markedly in patients with arthritis compared with controls. "
                        + "TNF-alpha decreased after treatment. Patients who received methotrexate showed lower IL-10.")
                .build();
        assertThat(reader.read(received)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IL6 increased", "TNF decreased", "IL10 decreased");
        BibliographicRecord observed = BibliographicRecord.builder().pmid("54").publicationType("Journal Article")
                .section(null, "TNF-alpha decreased after infliximab in 20 patients with Crohn disease. We also observed lower IL-6 at week 8.")
                .build();
        assertThat(reader.read(observed)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("TNF decreased", "IL6 decreased");
        BibliographicRecord underwent = BibliographicRecord.builder().pmid("55").publicationType("Journal Article")
                .section(null, "Asthma is common in children. IL-10 levels fell after day 3. Patients underwent follow-up for 28 days.")
                .build();
        assertThat(reader.read(underwent)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IL10 decreased");
    }

    @Test
    void anOpeningOfWhatIsKnownStaysBackgroundWhateverWordsOfDesignOrCapitalsItHolds() {
        for (String opening : List.of("Among US adults, serum IL-6 is higher in obese than in lean persons.",
                "Evidence provided by animal models indicates that IL-13 is increased in asthmatic airways.")) {
            BibliographicRecord record = BibliographicRecord.builder().pmid("56").publicationType("Journal Article")
                    .section(null, opening + " We measured IL-10 in 40 children. IL-10 was lower in patients than in controls.")
                    .build();
            assertThat(reader.read(record)).as(opening).extracting(s -> s.mention().key() + " " + s.direction().label())
                    .containsExactly("IL10 decreased");
        }
    }

    @Test
    void withoutAnAimStatementOnlyTheOpeningSentenceOfAnUnstructuredAbstractIsBackground() {
        // results written in the present tense: nothing says where what is known ends
        BibliographicRecord noAim = BibliographicRecord.builder().pmid("49").publicationType("Journal Article")
                .section(null, "IL-6 is raised in asthma. Serum IL-8 is higher in patients with asthma than in controls. "
                        + "IL-10 does not differ between the groups.")
                .build();
        assertThat(reader.read(noAim)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("CXCL8 increased", "IL10 unchanged");
        // a sentence in the past tense before the aim ends what is known: it may be the study's result
        BibliographicRecord past = BibliographicRecord.builder().pmid("50").publicationType("Journal Article")
                .section(null, "TNF-α is raised in sleep apnoea. Serum IL-6 was higher in patients than in controls. "
                        + "We aimed to find out why.")
                .build();
        assertThat(reader.read(past)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IL6 increased");
        // so does one that speaks of the study's own work, or one that concludes
        BibliographicRecord own = BibliographicRecord.builder().pmid("51").publicationType("Journal Article")
                .section(null, "IL-6 is raised in arthritis. In our cohort IL-10 is lower in patients than in controls. "
                        + "We therefore measured IL-10 in synovium.")
                .build();
        assertThat(reader.read(own)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IL10 decreased");
        BibliographicRecord concluding = BibliographicRecord.builder().pmid("52").publicationType("Journal Article")
                .section(null, "Gene Q is expressed in macrophages. Mice lacking gene Q have higher serum IL-6 than wild-type mice. "
                        + "These findings make gene Q a brake on inflammation. We show further that Q binds IL-6.")
                .build();
        assertThat(reader.read(concluding)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IL6 increased");
        // an abstract with section labels keeps the opening sentence alone, even before its OBJECTIVE
        BibliographicRecord labelled = BibliographicRecord.builder().pmid("53").publicationType("Journal Article")
                .section(null, "IL-6 is raised in arthritis. TNF-α is higher in synovium of patients than of controls.")
                .section("OBJECTIVE", "To measure IL-10 in synovium.")
                .build();
        assertThat(reader.read(labelled)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("TNF increased");
    }

    @Test
    void noSentenceAfterTheAimIsBackground() {
        BibliographicRecord record = BibliographicRecord.builder().pmid("54").publicationType("Journal Article")
                .section(null, "IL-6 is raised in rheumatoid arthritis. We investigated IL-6 in 40 patients and 40 controls. "
                        + "IL-6 is higher in patients than in controls. TNF-α does not differ between the groups.")
                .build();
        assertThat(reader.read(record)).extracting(s -> s.mention().key() + " " + s.direction().label())
                .containsExactly("IL6 increased", "TNF unchanged");
    }

    @Test
    void anOpeningSentenceThatStatesTheAimOrConcludesIsNoBackground() {
        BibliographicRecord concludes = BibliographicRecord.builder().pmid("55").publicationType("Journal Article")
                .section(null, "This study shows that serum IL-6 is higher in patients with sleep apnoea than in controls.")
                .build();
        assertThat(read(concludes)).containsExactly("IL6 increased serum");
        BibliographicRecord ours = BibliographicRecord.builder().pmid("56").publicationType("Journal Article")
                .section(null, "In our clinic, serum IL-6 is higher in patients with sleep apnoea than in controls.")
                .build();
        assertThat(read(ours)).containsExactly("IL6 increased serum");
    }
}
