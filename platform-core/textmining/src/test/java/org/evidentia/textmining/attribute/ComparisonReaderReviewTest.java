package org.evidentia.textmining.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.textmining.TestLexicon;
import org.evidentia.textmining.record.RecordReader;
import org.evidentia.textmining.record.RecordStatement;
import org.junit.jupiter.api.Test;

/**
 * Comparisons a reader review (review 20, H3) found voted as a condition: a group named by its treatment,
 * a nap, a meal, a level that normalized, and "RA" defined as retinoic acid. Each rule with sentences that
 * must fire and look-alikes that must not (invented sentences, paraphrased from the reviewed records).
 */
class ComparisonReaderReviewTest {

    private final RecordReader reader = new RecordReader(TestLexicon.LEXICON, Set.of("cytokines"), new StatementAttributes());

    private String comparison(String abstractText) {
        List<RecordStatement> statements = reader.read(BibliographicRecord.builder().pmid("1").section(null, abstractText).build());
        assertThat(statements).as(abstractText).isNotEmpty();
        return statements.get(0).attributes().get(StatementAttributes.COMPARISON);
    }

    /** Every statement of an abstract as "KEY direction comparison", in reading order. */
    private List<String> comparisons(String abstractText) {
        return reader.read(BibliographicRecord.builder().pmid("1").section(null, abstractText).build()).stream()
                .map(r -> r.mention().key() + " " + r.direction().label() + " " + r.attributes().get(StatementAttributes.COMPARISON))
                .toList();
    }

    @Test
    void aGroupNamedByItsTreatmentIsComparedAsTreated() {
        assertThat(comparison("Compared to controls, Zelumab-treated patients demonstrated a reduction in circulating IL-6 (p<0.05)."))
                .isEqualTo("intervention");
        assertThat(comparison("IL-8 was lower in steroid-treated children than in healthy controls.")).isEqualTo("intervention");
        // no named treatment, a comparator's treatment, a treated disease, a blanked-out cytokine, animals of a model
        assertThat(comparison("Untreated patients had higher serum IL-6 than healthy controls.")).isEqualTo("condition");
        assertThat(comparison("Compared to controls, sham-treated patients had higher plasma IL-6.")).isEqualTo("condition");
        assertThat(comparison("Serum IL-6 was higher in vehicle-treated patients with sepsis than in healthy controls."))
                .isEqualTo("condition");
        assertThat(comparison("Compared to healthy controls, patients with treated hypertension had higher serum IL-6."))
                .isEqualTo("condition");
        assertThat(comparison("IL-6 release was higher in IL-1β-treated fibroblasts than in untreated fibroblasts."))
                .isNotEqualTo("condition");
        assertThat(comparison("Serum IL-6 was higher in patients with sepsis than in controls; steroid-treated mice were not studied."))
                .isEqualTo("condition");
        // review 23, M3: groups that had no treatment
        assertThat(comparison("Non-treated patients had higher serum IL-6 than healthy controls.")).isEqualTo("condition");
        assertThat(comparison("Never-treated patients had higher serum IL-6 than healthy controls.")).isEqualTo("condition");
        assertThat(comparison("Compared with healthy controls, un-treated patients had higher serum IL-6.")).isEqualTo("condition");
    }

    @Test
    void aNapIsAnIntervention() {
        assertThat(comparison("During the nap, subjects had a significant drop in serum IL-6 levels (P < 0.05).")).isEqualTo("intervention");
        assertThat(comparison("Plasma TNF-α fell after a nap in healthy young men.")).isEqualTo("intervention");
        // napping as a habit, sleep without a nap
        assertThat(comparison("Serum IL-6 was higher in habitual nappers than in non-nappers.")).isEqualTo("condition");
        assertThat(comparison("Plasma IL-6 was higher in patients with narcolepsy than in healthy controls.")).isEqualTo("condition");
        assertThat(comparison("Serum IL-6 was higher in the evening than in the morning in patients who reported frequent napping."))
                .isEqualTo("condition");
        assertThat(comparison("Serum IL-6 was higher in women than in men, irrespective of napping habits.")).isEqualTo("condition");
        assertThat(comparison("Plasma IL-6 was higher at night than in the morning, whatever the sleep stage.")).isEqualTo("time");
    }

    @Test
    void aChangeAfterAMealIsAnIntervention() {
        assertThat(comparison("We observed a significant decrease in the concentration of IL-6 after breakfast.")).isEqualTo("intervention");
        assertThat(comparison("Plasma IL-8 rose following lunch in obese women.")).isEqualTo("intervention");
        // a meal only as a time of day, a habit of the comparator, or when samples were taken
        assertThat(comparison("Serum IL-6 was higher in the morning before breakfast than in the evening.")).isEqualTo("time");
        assertThat(comparison("Serum IL-6 was higher in obese women than in lean women who skipped breakfast.")).isEqualTo("condition");
        assertThat(comparison("Plasma IL-6 was higher in patients with diabetes than in controls; samples were taken before breakfast."))
                .isEqualTo("condition");
        assertThat(comparison("Plasma IL-6 was higher in patients with diabetes than in controls who had breakfast at home."))
                .isEqualTo("condition");
        assertThat(comparison("Serum IL-6 was higher in patients with COPD than in controls, and lunch did not change it."))
                .isEqualTo("condition");
    }

    @Test
    void aLevelThatNormalizedIsComparedWithItselfBefore() {
        assertThat(comparison("Whereas IL-6 levels normalized again during the recovery night in depressed patients, "
                + "they were still elevated in control subjects.")).isEqualTo("time");
        assertThat(comparison("Serum IL-6 normalized within six months in patients with PTSD.")).isEqualTo("time");
        // normalized as a unit of measurement, or against a comparator
        assertThat(comparison("IL-6 mRNA normalized to GAPDH was higher in inflamed than in non-inflamed mucosa.")).isEqualTo("condition");
        assertThat(comparison("Serum IL-6 normalized in patients compared with controls at baseline.")).isEqualTo("condition");
        assertThat(comparison("IL-6 expression, normalized by total protein, was higher in patients with Crohn's disease than in controls."))
                .isNotEqualTo("time");
        assertThat(comparison("Normalized IL-6 expression was lower in knockout mice than in wild-type mice.")).isEqualTo("genotype");
        assertThat(comparison("Serum IL-6 was higher in patients with sepsis than in controls, and normalized values of IL-8 did not differ."))
                .isEqualTo("condition");
    }

    @Test
    void retinoicAcidActingOnCellsIsAnExposureNotRheumatoidArthritis() {
        assertThat(comparison("Dendritic cells were cultured with retinoic acid (RA). "
                + "RA clearly imprinted a tolerogenic phenotype with higher IL-10 production.")).isEqualTo("exposure");
        assertThat(comparison("All-trans retinoic acid increased IL-10 secretion by dendritic cells.")).isEqualTo("exposure");
        // RA as rheumatoid arthritis, and retinol, stay with the disease
        assertThat(comparison("Patients with rheumatoid arthritis (RA) were studied. Serum IL-6 was higher in RA than in controls."))
                .isEqualTo("condition");
        assertThat(comparison("Synovial IL-17A was higher in RA patients than in osteoarthritis patients.")).isEqualTo("condition");
        assertThat(comparison("Serum retinol binding protein and IL-6 were higher in RA patients than in controls.")).isEqualTo("condition");
        assertThat(comparison("Retinol intake was recorded; IL-6 was higher in patients with psoriasis than in controls."))
                .isEqualTo("condition");
        assertThat(comparison("Serum IL-6 was higher in patients with multiple sclerosis (MS) than in controls; MS patients had higher IL-17A."))
                .isEqualTo("condition");
    }

    @Test
    void anAbbreviationTheRecordDefinesAsNoConditionIsNotReadAsOne() {
        assertThat(comparison("Rosmarinic acid (RA) was given to mice with colitis. RA reduced colonic IL-6.")).isEqualTo("intervention");
        // the same abbreviations defined as the diseases the lists read them as
        assertThat(comparison("Rheumatoid arthritis (RA) was studied. RA patients had higher serum IL-6 than controls."))
                .isEqualTo("condition");
        assertThat(comparison("Crohn's disease (CD) was studied. Mucosal IL-6 was higher in CD than in controls.")).isEqualTo("condition");
        assertThat(comparison("Ulcerative colitis (UC) was studied. Mucosal IL-8 was higher in UC than in controls.")).isEqualTo("condition");
        assertThat(comparison("Obstructive sleep apnea (OSA) was studied. Serum TNF-α was higher in OSA than in controls."))
                .isEqualTo("condition");
        assertThat(comparison("Multiple sclerosis (MS) was studied. Serum IL-17A was higher in MS than in controls.")).isEqualTo("condition");
        assertThat(comparison("Serum IL-6 was higher in RA patients than in controls.")).isEqualTo("condition"); // not defined: the list's reading
    }

    // Reader review of 2026-12-05 (comparison s10): findings voting as a condition that compare no disease.

    @Test
    void trainingsInThePluralAreAnIntervention() {
        // "resistance trainings (RT)": the record's long form of RT, read where "RT" stands
        assertThat(comparison("We examined resistance trainings (RT) in women. We found that 10 wk of RT 1) lowered the "
                + "inflammatory milieu and 2) abrogated exercise-induced circulating IL-6 in sedentary women.")).isEqualTo("intervention");
        assertThat(comparison("Plasma TNF-α fell after the trainings in elderly men.")).isEqualTo("intervention");
        // trainings beside a comparison of groups
        assertThat(comparison("After staff trainings in the clinic, serum IL-6 was higher in patients with sepsis than in healthy controls."))
                .isEqualTo("condition");
        assertThat(comparison("Serum IL-6 was higher in patients with asthma than in controls; both groups had completed two trainings."))
                .isEqualTo("condition");
    }

    @Test
    void theIncreaseAnExerciseOrSurgeryInducedPresupposesIsAnIntervention() {
        assertThat(comparisons("Resistance training abrogated exercise-induced circulating IL-6 in sedentary women."))
                .containsExactly("IL6 decreased intervention", "IL6 increased intervention");
        assertThat(comparisons("Propranolol blunted surgery-induced IL-6 in plasma of mice."))
                .containsExactly("IL6 decreased intervention", "IL6 increased intervention");
        // a stimulus, a substance given to raise a cytokine or make a model, a change measured in cells: exposures
        assertThat(comparisons("Dexamethasone blocked LPS-induced IL-6 release in mice.")).contains("IL6 increased exposure");
        assertThat(comparisons("Melatonin reduced high-fat diet-induced TNF-α expression in the liver of mice."))
                .contains("TNF increased exposure");
        assertThat(comparisons("The compound suppressed drug-induced IL-8 production in the liver of rats."))
                .contains("CXCL8 increased exposure");
        assertThat(comparisons("The inhibitor blocked exercise-induced IL-6 production by isolated monocytes."))
                .contains("IL6 increased exposure");
        assertThat(comparisons("Curcumin attenuated DSS-induced TNF-α expression in colonic tissue.")).contains("TNF increased exposure");
    }

    @Test
    void aConditionNamedByAnAmountIsAStudyArm() {
        assertThat(comparison("Plasma IL-6 levels were higher in the 5-h sleep condition than in the 9-h sleep condition."))
                .isEqualTo("intervention");
        assertThat(comparison("Serum IL-6 was elevated in the 50% condition compared with the 100% condition.")).isEqualTo("intervention");
        assertThat(comparison("Serum TNF-α was lower in the 30-min condition than in the rest condition.")).isEqualTo("intervention");
        // a disease, groups compared within an arm, a time compared within an arm, an exposure, an amount of another phrase
        assertThat(comparison("Serum IL-6 was higher in inflammatory conditions than in healthy subjects.")).isEqualTo("condition");
        assertThat(comparison("IL-6 was higher in patients with insomnia than in healthy controls under the 8-h sleep condition."))
                .isEqualTo("condition");
        assertThat(comparison("Under the 4-h sleep condition, IL-6 was higher in smokers than in non-smokers.")).isEqualTo("condition");
        assertThat(comparison("In the 8-h condition, plasma IL-6 was higher in the evening than in the morning.")).isEqualTo("time");
        assertThat(comparison("After 2 h, IL-6 levels were higher in the hypoxic condition than in the normoxic condition."))
                .isEqualTo("exposure");
        assertThat(comparison("IL-6 rose for 24 h the condition of the patients worsened.")).isEqualTo("condition");
        assertThat(comparison("IL-6 was higher in women with a 10-year condition than in controls.")).isEqualTo("condition");
    }

    @Test
    void aChangeSinceTheFirstOfTwoMeasurementsIsNoCondition() {
        assertThat(comparison("Thalidomide was given to 30 patients with melanoma. We measured serum IL-6 before and during treatment. "
                + "In patients with a partial response, a significant decrease in serum IL-6 was observed.")).isEqualTo("intervention");
        assertThat(comparison("Blood was drawn before and after the night shift. A decrease in plasma IL-6 was observed in nurses."))
                .isEqualTo("time");
        // groups compared, a comparator, earlier work, a sentence before that measured no two time points
        assertThat(comparison("Serum IL-6 was measured before and after surgery in patients and controls. "
                + "The rise in IL-6 was greater in patients than in controls.")).isEqualTo("condition");
        assertThat(comparison("Cytokines were measured before and after treatment. "
                + "Compared with controls, patients showed a decrease in serum IL-10.")).isEqualTo("condition");
        assertThat(comparison("Serum IL-6 was measured before and after treatment. In non-responders, serum IL-6 was higher than in responders."))
                .isEqualTo("condition");
        assertThat(comparison("Previous studies measured IL-6 before and after dialysis. "
                + "A decrease in serum IL-6 was found in patients with nephritis.")).isEqualTo("condition");
        assertThat(comparison("We measured serum IL-6 in patients with sepsis and controls. A decrease in serum IL-10 was found in patients with sepsis."))
                .isEqualTo("condition");
    }

    @Test
    void whatFollowsAComparisonWithHealthyControlsIsWhenBothWereMeasured() {
        assertThat(comparison("Serum IL-6 was higher in patients with COPD than in healthy controls at rest and after exercise."))
                .isEqualTo("condition");
        assertThat(comparison("Plasma IL-6 was higher in patients with COPD than in healthy controls after LPS stimulation of whole blood."))
                .isEqualTo("condition");
        // a treatment before the comparator, unqualified controls (a trial's untreated arm), a genotype
        assertThat(comparison("IL-8 was lower in steroid-treated children than in healthy controls.")).isEqualTo("intervention");
        assertThat(comparison("IL-6 fell more in patients than in controls after 12 weeks of training.")).isEqualTo("intervention");
        assertThat(comparison("TNF-α was higher in knockout mice than in healthy controls after infection.")).isEqualTo("genotype");
    }

    @Test
    void postexerciseInOneWordIsAnIntervention() {
        assertThat(comparison("Plasma IL-6 rose 2 h postexercise in healthy men.")).isEqualTo("intervention");
        // the groups compared, postexercise only when both were measured
        assertThat(comparison("Postexercise plasma IL-6 was higher in obese than in lean women.")).isEqualTo("condition");
        assertThat(comparison("Serum IL-6 was higher in patients with COPD than in healthy controls at rest and postexercise."))
                .isEqualTo("condition");
    }

    @Test
    void healthyPeopleNamedByWhatTheyAreNotAreHealthyControls() {
        assertThat(comparison("Serum IL-6 was higher in smokers than in healthy non-smokers after exercise.")).isEqualTo("condition");
        assertThat(comparison("Plasma IL-8 was higher in obese women than in healthy nonobese women after a test meal."))
                .isEqualTo("condition");
        // no condition before the comparator, a treatment before it, no healthy word, a genotype
        assertThat(comparison("IL-6 was higher after exercise than in healthy non-smokers at rest.")).isEqualTo("intervention");
        assertThat(comparison("IL-8 was lower in steroid-treated smokers than in healthy non-smokers.")).isEqualTo("intervention");
        assertThat(comparison("Serum IL-6 was higher in smokers than in non-smokers after exercise.")).isEqualTo("intervention");
        assertThat(comparison("TNF-α was higher in knockout mice than in healthy non-transgenic mice after infection."))
                .isEqualTo("genotype");
    }

    @Test
    void aFrontedComparisonWithHealthyControlsComparesTheGroupNamedBeforeWhenItWasMeasured() {
        assertThat(comparison("Compared with healthy controls, IL-6 was higher in patients after surgery.")).isEqualTo("condition");
        assertThat(comparison("Compared to normal subjects, plasma TNF-α was lower in patients with COPD following exercise."))
                .isEqualTo("condition");
        // no group named, a comparator of time or of unqualified controls, a genotype
        assertThat(comparison("Compared with healthy controls, serum IL-6 was higher after surgery.")).isEqualTo("intervention");
        assertThat(comparison("Compared with baseline, serum IL-6 was higher in patients after surgery.")).isEqualTo("intervention");
        assertThat(comparison("Compared with controls, serum IL-6 was higher in patients after surgery.")).isEqualTo("intervention");
        assertThat(comparison("Compared with healthy controls, TNF-α was higher in knockout mice after infection.")).isEqualTo("genotype");
    }

    @Test
    void aGroupNamedAsTheCauseOfAChangeSinceMeasuredBeforeIsWhereItWasSeen() {
        assertThat(comparison("Samples were taken before and after exercise. Patients with asthma showed an increase in plasma IL-6."))
                .isEqualTo("intervention");
        assertThat(comparison("Blood was drawn before and after the night shift. Nurses with insomnia showed a decrease in plasma IL-6."))
                .isEqualTo("time");
        // a comparator, a degree (no noun of change), earlier work, a stimulus as the cause, no two time points measured
        assertThat(comparison("Samples were taken before and after exercise. "
                + "Patients with asthma showed an increase in plasma IL-6 compared with healthy controls.")).isEqualTo("condition");
        assertThat(comparison("Samples were taken before and after exercise. Patients with asthma showed higher plasma IL-6."))
                .isEqualTo("condition");
        assertThat(comparison("Previous studies took samples before and after exercise. "
                + "Patients with asthma showed an increase in plasma IL-6.")).isEqualTo("condition");
        assertThat(comparison("We measured serum IL-6 in patients with asthma and controls. Patients with asthma showed an increase in plasma IL-6."))
                .isEqualTo("condition");
        assertThat(comparison("Cells were sampled before and after culture. LPS caused an increase in IL-6 release by monocytes."))
                .isEqualTo("exposure");
    }

    @Test
    void aSleepArmNamedWithoutAnAmountIsAStudyArm() {
        assertThat(comparison("Plasma IL-6 was higher in the short sleep condition than in the long sleep condition."))
                .isEqualTo("intervention");
        assertThat(comparison("Serum TNF-α was higher in the wake condition than in the sleep condition.")).isEqualTo("intervention");
        // a disorder named so, a disease in the same place, groups within an arm, a time within an arm
        assertThat(comparison("Individuals with a sleep condition had higher serum IL-6 than those without.")).isEqualTo("condition");
        assertThat(comparison("IL-6 was higher in patients with insomnia than in healthy controls under the habitual sleep condition."))
                .isEqualTo("condition");
        assertThat(comparison("In the short sleep condition, plasma IL-6 was higher in the evening than in the morning.")).isEqualTo("time");
    }

    @Test
    void postexerciseAfterAVerbIsWhenNotWhatItChanged() {
        assertThat(comparisons("Plasma IL-6 increased postexercise in both groups.")).containsExactly("IL6 increased intervention");
        assertThat(comparisons("Plasma IL-6 increased post-exercise in both groups.")).containsExactly("IL6 increased intervention");
        assertThat(comparisons("Muscle IL-6 mRNA increased post-exercise in young but not old men."))
                .containsExactly("IL6 increased intervention", "IL6 unchanged intervention");
        // before a name it still qualifies the name the verb reaches; at a sentence's start it names when the groups were measured
        assertThat(comparisons("Exercise increased postexercise IL-6 in plasma.")).containsExactly("IL6 increased intervention");
        assertThat(comparisons("Training lowered postexercise TNF-α in serum.")).containsExactly("TNF decreased intervention");
        assertThat(comparisons("Postexercise plasma IL-6 was higher in obese than in lean women.")).containsExactly("IL6 increased condition");
    }

    // A sampler's s18 (pattern 1d): "Immunohistochemical analysis revealed" was the cause of a change, a treatment
    @Test
    void aMethodThatFoundADifferenceCausedNothing() {
        assertThat(comparison("Western blot analysis revealed higher IL-6 in the mucosa of patients with colitis than of controls."))
                .isEqualTo("condition");
        assertThat(comparison("Immunohistochemical analysis revealed enhanced expression of TNF-α in the lamina propria of these patients."))
                .isEqualTo("condition");
        assertThat(comparison("Flow cytometry showed lower IL-10 in T cells of patients with asthma than of controls.")).isEqualTo("condition");
        // with what it was done on, and other methods' names (the review of session 18)
        assertThat(comparison("Western blot analysis of colonic biopsies revealed higher IL-6 in patients with colitis than in controls."))
                .isEqualTo("condition");
        assertThat(comparison("Immunoblotting revealed higher IL-6 in patients with colitis than in controls.")).isEqualTo("condition");
        // an agent before the verb still causes
        assertThat(comparison("Infliximab reduced IL-6 in the mucosa of patients with colitis.")).isEqualTo("intervention");
    }

    // A sampler's s18 (pattern 1a): "over all three time points" named the times the groups differed at, not a contrast of times
    @Test
    void aDifferenceAtEveryTimePointComparesTheGroups() {
        assertThat(comparisons("Patients showed reduced levels of TNF-α compared to non-fatigued participants over all three time points analyzed."))
                .containsExactly("TNF decreased condition");
        assertThat(comparisons("Patients with narcolepsy had higher plasma IL-6 than controls at each of the four visits."))
                .containsExactly("IL6 increased condition");
        // times set against each other stay a change in time
        assertThat(comparisons("In the patients with psoriasis, serum IL-6 did not change over 12 months of follow-up."))
                .containsExactly("IL6 unchanged time");
        assertThat(comparisons("Plasma IL-6 was higher at the third time point than at the first.")).containsExactly("IL6 increased time");
        // and one group over every visit, with no comparator of groups, is a change in time (the review of session 18)
        assertThat(comparisons("In the patients with psoriasis, serum IL-6 declined progressively across all follow-up visits."))
                .containsExactly("IL6 decreased time");
    }

    // A sampler's s18 (pattern 3a): "genes were amplified by PCR" is a method, not an increase
    @Test
    void anAmplificationInTheLaboratoryStatesNoChange() {
        assertThat(comparisons("TNF-α and IL-6 genes were amplified using a polymerase chain reaction methodology to detect polymorphisms."))
                .isEmpty();
        assertThat(comparisons("The IL-6 promoter region was amplified and sequenced.")).isEmpty();
        assertThat(comparisons("IL-1β amplified the rise of IL-6 in fibroblasts.")).containsExactly("IL6 increased exposure");
        // a nucleic or genetic word elsewhere in the sentence makes no laboratory step of a change (the review of session 18)
        assertThat(comparisons("CpG DNA amplified IL-6 production by B cells.")).containsExactly("IL6 increased exposure");
        assertThat(comparisons("IL-1β amplified TNF-α-induced IL-6 in fibroblasts from carriers of the -174C allele."))
                .contains("IL6 increased exposure");
        // the allele's frequency that then showed is no amount either (27382325's next sentence, reworded)
        assertThat(comparisons("The frequency of allele A of TNF-α (-308G/A) was higher in patients with colitis than in controls.")).isEmpty();
        assertThat(comparisons("Serum IL-6 was higher in carriers of allele A than in controls.")).containsExactly("IL6 increased genotype");
    }

    // A sampler's s18 (pattern 1c): the stimulus of one conjunct of a subject made a fluid's amount in the next an exposure's
    @Test
    void aStimulusOfOneConjunctLeavesTheFluidOfTheNextUnstimulated() {
        assertThat(comparisons("LPS-stimulated release of TNF-α, and serum IL-6 and IL-10, were higher in patients with fibromyalgia than"
                + " in controls.")).containsExactly("TNF increased exposure", "IL6 increased condition", "IL10 increased condition");
        // nor one before the conjunct the stimulus opens (the review of session 18)
        assertThat(comparisons("Plasma IL-6, and LPS-stimulated TNF-α, were higher in patients with fibromyalgia than in controls."))
                .containsExactly("IL6 increased condition", "TNF increased exposure");
        // names the stimulus qualifies stay its own
        assertThat(comparisons("LPS-stimulated IL-6 and TNF-α were higher in patients than in controls."))
                .containsExactly("IL6 increased exposure", "TNF increased exposure");
    }

    // A sampler's s18 (pattern 3b): "a drop of IL-6 levels comparable to that of ..." likened the drop, and was read as IL-6 unchanged
    @Test
    void aChangeLikenedToAnotherIsNoAmountUnchanged() {
        assertThat(comparisons("Treatment produced a drop of IL-6 levels comparable to that found in patients with low IL-6 at entry."))
                .containsExactly("IL6 decreased intervention");
        assertThat(comparisons("The increase of IL-6 was similar to that of TNF-α in patients with sepsis."))
                .doesNotContain("IL6 unchanged condition");
        // levels likened stay unchanged
        assertThat(comparisons("IL-6 levels were comparable to those of healthy controls in patients with asthma."))
                .containsExactly("IL6 unchanged condition");
    }

    // A sampler's s18 (pattern 1a, the other way): a long-term change of one group is a change in time, not the record's disease
    @Test
    void aLongTermChangeIsAChangeInTime() {
        assertThat(comparisons("No significant long-term changes were observed in serum IL-6 over a 3-year period."))
                .containsExactly("IL6 unchanged time");
        // with a treatment or a group it names, those decide as before
        assertThat(comparisons("Long-term treatment with infliximab reduced serum IL-6.")).containsExactly("IL6 decreased intervention");
        assertThat(comparisons("Patients with long-term disease had higher serum IL-6 than controls.")).containsExactly("IL6 increased condition");
    }

    // A sampler's s18 (pattern 1b): a strain named by its Cre driver and construct ("Vil-Cre/Stat3-CA") was no engineered one
    @Test
    void aStrainNamedByItsConstructsIsAGenotype() {
        assertThat(comparisons("Vil-Cre/Stat3-CA mice developed colitis with higher Il17a mRNA than littermates."))
                .containsExactly("IL17A increased genotype");
        // the parts of a slashed word are read as those of a hyphenated one
        assertThat(comparisons("LPS/IFN-γ stimulation increased IL-6 secretion by macrophages.")).containsExactly("IL6 increased exposure");
        assertThat(comparisons("IL-6 was higher in patients with RA/SLE than in controls.")).containsExactly("IL6 increased condition");
    }

    // A sampler's s19 (patterns 2a, 2b): "wild type" written with a space was no genotype, a stimulus of both arms won; a chow
    // given was no treatment
    @Test
    void aWildTypeWrittenWithASpaceAndAChowGivenAreTheirComparisons() {
        assertThat(comparisons("IL-8 mRNA was higher in HT29 cells expressing the mutant than in those expressing wild type NOD1, when"
                + " both were stimulated with the NOD1 ligand.")).containsExactly("CXCL8 increased genotype");
        assertThat(comparisons("Mice with DSS colitis fed a blueberry-enriched chow had lower colonic IL-1β mRNA."))
                .containsExactly("IL1B decreased intervention");
    }

    // A sampler's s20 (patterns 2b, 4c): an oxidant or irritant given to make injury is an exposure; a microRNA's agomir or
    // antagomir is its overexpression or knockdown
    @Test
    void anOxidantGivenIsAnExposureAndAnAgomirAGenotype() {
        assertThat(comparisons("Oral gavage of hydrogen peroxide raised ileal TNF-α mRNA in rats.")).containsExactly("TNF increased exposure");
        assertThat(comparisons("Paraquat raised IL-6 release by the astrocytes.")).containsExactly("IL6 increased exposure");
        assertThat(comparisons("Injection of a miR-155 antagomir lowered colonic TNF-α in mice.")).containsExactly("TNF decreased genotype");
    }

    // A sampler's s20 (pattern 1): a change between time points of people under a treatment's course is the treatment's
    @Test
    void aChangeOverTheCourseOfATreatmentIsTheTreatments() {
        assertThat(comparisons("Sixty women undergoing adjuvant radiotherapy for breast cancer gave blood weekly. Serum IL-1β increased"
                + " significantly by week 5.")).containsExactly("IL1B increased intervention");
        // nothing given between the time points; a time of day whatever the people undergo
        assertThat(comparisons("Patients with sepsis gave blood on days 1 and 7. Serum IL-6 decreased significantly by day 7."))
                .containsExactly("IL6 decreased time");
        assertThat(comparisons("Patients undergoing surgery gave blood at 8 am and 8 pm. Serum IL-6 was higher in the evening than in"
                + " the morning.")).containsExactly("IL6 increased time");
        // the review of session 20's change, 5: a treatment named by an exclusion criterion, and age compared for itself
        assertThat(comparisons("Healthy men were followed for 10 years. Serum IL-6 increased over time. Men who underwent surgery"
                + " were excluded.")).containsExactly("IL6 increased time");
        assertThat(comparisons("Women undergoing hormone therapy gave blood yearly. Serum IL-6 increased with age."))
                .containsExactly("IL6 increased time");
        // a negation in the course's sentence is no exclusion criterion (the review of session 20's last change, 2)
        assertThat(comparisons("Patients undergoing chemotherapy who were not on statins gave blood weekly. Serum IL-6 increased"
                + " significantly by week 8.")).containsExactly("IL6 increased intervention");
    }

    // A sampler's s20 (pattern 2a): an entity a cause says cells were treated with is a stimulus of the cells
    @Test
    void cellsTreatedWithAnEntityAreExposedToIt() {
        assertThat(comparisons("Dermal fibroblasts treated with IL-17A showed upregulated CXCL1 transcripts."))
                .containsExactly("CXCL1 increased exposure");
        assertThat(comparisons("Macrophages treated with dexamethasone showed lower TNF-α release.")).containsExactly("TNF decreased intervention");
    }
}
