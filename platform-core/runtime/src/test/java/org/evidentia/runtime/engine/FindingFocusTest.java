package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.Subject;
import org.evidentia.textmining.attribute.StatementAttributes;
import org.junit.jupiter.api.Test;

/** Which findings a focus keeps. */
class FindingFocusTest {

    private static final FindingKind KIND = new FindingKind("marker", "Marker", "Markers",
            List.of(new FindingKind.Attribute("population", "Population", List.of("human", "animal"), FindingKind.Attribute.Role.STRATUM),
                    new FindingKind.Attribute("condition", "Condition", List.of(), FindingKind.Attribute.Role.BREAKDOWN)),
            Map.of());
    private static final String SENTENCE = "IL-6 was raised.";
    private static final BibliographicRecord RECORD = BibliographicRecord.builder().pmid("7").section(null, SENTENCE).build();
    private static final StudyDesign PRIMARY = new StudyDesign(StudyDesign.Type.PRIMARY, false, "a test");

    private static Finding finding(Map<String, String> attributes) {
        return new Finding("7", "marker", new Subject("IL6", "IL-6", "IL-6"), Direction.INCREASED, attributes,
                new EvidenceSpan(BibliographicRecord.FIELD_ABSTRACT, null, SENTENCE, 0, SENTENCE.length(), 0, 4), null, null);
    }

    /** How the bundled extractors write a condition given by hand ({@code Extractor.focusValue}): as the kit groups it. */
    private static final FindingFocus.ValueForms KIT = (kind, attribute, value) ->
            attribute.equals("condition") ? StatementAttributes.conditionGroup(value) : value;

    /** The conditions of the findings {@code criteria} keep, of one finding per condition given. */
    private static List<String> kept(List<String> criteria, String... conditions) throws ConfigurationException {
        return kept(criteria, KIT, conditions);
    }

    private static List<String> kept(List<String> criteria, FindingFocus.ValueForms forms, String... conditions) throws ConfigurationException {
        List<Finding> findings = java.util.Arrays.stream(conditions).map(c -> finding(Map.of("condition", c))).toList();
        return FindingFocus.of(criteria, List.of(KIND), forms).apply(new RecordFindings(RECORD, PRIMARY, findings)).findings().stream()
                .map(f -> f.attribute("condition")).toList();
    }

    @Test
    void aFreeTextValueMatchesTheWordsItContainsAndAClosedOneItsValue() throws ConfigurationException {
        assertThat(kept(List.of("condition=Crohn"), "Crohn disease", "ulcerative colitis", "Crohn's-like colitis"))
                .containsExactly("Crohn disease", "Crohn's-like colitis");
        assertThat(kept(List.of("condition=sleep apnea"), "obstructive sleep apnea", "sleep-apnea syndrome", "apnea"))
                .containsExactly("obstructive sleep apnea", "sleep-apnea syndrome");
        FindingFocus humans = FindingFocus.of(List.of("population=Human"), List.of(KIND), KIT);
        RecordFindings both = new RecordFindings(RECORD, PRIMARY,
                List.of(finding(Map.of("population", "human")), finding(Map.of("population", "animal"))));
        assertThat(humans.apply(both).findings()).extracting(f -> f.attribute("population")).containsExactly("human");
    }

    // Explorer s15, F12: " population = human " was echoed with its blanks, a repeat twice, and Population refused
    @Test
    void eachCriterionIsWrittenOnceAsTheKindsNameItsAttribute() throws ConfigurationException {
        FindingFocus focus = FindingFocus.of(List.of(" population = human ", "population=human", "Population=HUMAN", "condition=Crohn",
                "CONDITION = crohn"), List.of(KIND), KIT);

        assertThat(focus.criteria()).containsExactly("population=human", "condition=Crohn");
        RecordFindings both = new RecordFindings(RECORD, PRIMARY,
                List.of(finding(Map.of("population", "human", "condition", "Crohn disease")),
                        finding(Map.of("population", "animal", "condition", "Crohn disease"))));
        assertThat(focus.apply(both).findings()).extracting(f -> f.attribute("population")).containsExactly("human");
        assertThatThrownBy(() -> FindingFocus.of(List.of("Populace=human"), List.of(KIND), KIT))
                .hasMessageStartingWith("focus on 'Populace', but no finding kind of this run has that attribute");
    }

    // Review 28, L9: a report without a stored kind's extractor tells which criteria it matches as written
    @Test
    void theFreeTextCriteriaOfAKindAreThoseOnItsFreeTextAttributesAsGiven() throws ConfigurationException {
        FindingKind other = new FindingKind("dose", "Dose", "Doses",
                List.of(new FindingKind.Attribute("population", "Population", List.of("human"), FindingKind.Attribute.Role.STRATUM),
                        new FindingKind.Attribute("regimen", "Regimen", List.of(), FindingKind.Attribute.Role.BREAKDOWN)),
                Map.of());
        FindingFocus focus = FindingFocus.of(List.of("condition=Sleep Apnoea", "population=human", "regimen=daily", "condition=OSAHS"),
                List.of(KIND, other), KIT);

        assertThat(focus.freeTextCriteria("marker")).containsExactly("condition=Sleep Apnoea", "condition=OSAHS");
        assertThat(focus.freeTextCriteria("dose")).containsExactly("regimen=daily");
        assertThat(focus.freeTextCriteria("no-such-kind")).isEmpty();
    }

    // Review 7, finding 2 (what was left): the extractor writes conditions American, so "sleep apnoea" matched nothing
    @Test
    void aBritishValueMatchesTheAmericanSpellingAndTheOtherWayRound() throws ConfigurationException {
        assertThat(kept(List.of("condition=sleep apnoea"), "obstructive sleep apnea", "insomnia")).containsExactly("obstructive sleep apnea");
        assertThat(kept(List.of("condition=Oesophageal Tumour"), "esophageal tumor", "gastric tumor")).containsExactly("esophageal tumor");
        assertThat(kept(List.of("condition=leukemia"), "acute myeloid leukaemia")).containsExactly("acute myeloid leukaemia");
    }

    // Review 20, H1: the kit groups a condition's wordings, so a wording given by hand finds its group's value
    @Test
    void aConditionGivenInAnotherWordingFindsItsGroup() throws ConfigurationException {
        assertThat(kept(List.of("condition=obstructive sleep apnoea syndrome"), "obstructive sleep apnea", "sleep apnea", "insomnia"))
                .containsExactly("obstructive sleep apnea");
        assertThat(kept(List.of("condition=OSAHS"), "obstructive sleep apnea with erectile dysfunction", "erectile dysfunction"))
                .containsExactly("obstructive sleep apnea with erectile dysfunction");
        assertThat(kept(List.of("condition=severe asthma"), "asthma", "severe combined immunodeficiency")).containsExactly("asthma");
        assertThat(kept(List.of("condition=Crohn"), "Crohn disease", "ulcerative colitis")).containsExactly("Crohn disease");
        assertThat(kept(List.of("condition=type 1 diabetes mellitus"), "type 1 diabetes", "type 2 diabetes")).containsExactly("type 1 diabetes");
    }

    /**
     * Review 23, M5: the core applied the text-mining kit's grouping to any kind's {@code condition}
     * by the attribute's name. Each kind's extractor now says how it writes a value given by hand,
     * and a kind whose extractor does not group matches the value as given.
     */
    @Test
    void eachKindMatchesAFreeTextValueAsItsExtractorWritesIt() throws ConfigurationException {
        assertThat(kept(List.of("condition=OSAHS"), FindingFocus.ValueForms.AS_GIVEN, "obstructive sleep apnea", "OSAHS"))
                .containsExactly("OSAHS");
        FindingKind other = new FindingKind("other", "Other", "Others",
                List.of(new FindingKind.Attribute("condition", "Condition", List.of(), FindingKind.Attribute.Role.BREAKDOWN)), Map.of());
        FindingFocus.ValueForms markerGroups = (kind, attribute, value) -> kind.equals("marker") ? KIT.of(kind, attribute, value) : value;
        FindingFocus focus = FindingFocus.of(List.of("condition=OSAHS"), List.of(KIND, other), markerGroups);
        Finding markerApnea = finding(Map.of("condition", "obstructive sleep apnea"));
        Finding otherApnea = new Finding("7", "other", markerApnea.subject(), Direction.INCREASED, Map.of("condition", "obstructive sleep apnea"),
                markerApnea.evidence(), null, null);
        Finding otherOsahs = new Finding("7", "other", markerApnea.subject(), Direction.INCREASED, Map.of("condition", "OSAHS"),
                markerApnea.evidence(), null, null);
        assertThat(focus.apply(new RecordFindings(RECORD, PRIMARY, List.of(markerApnea, otherApnea, otherOsahs))).findings())
                .containsExactly(markerApnea, otherOsahs);
    }

    /** A report reader's s27, D5: a focus on a whole disease keeps its parts' findings, as its extractor names them. */
    @Test
    void aFocusKeepsEveryValueTheExtractorNamesForIt() throws ConfigurationException {
        org.evidentia.api.Extractor groups = new org.evidentia.api.Extractor() {
            @Override
            public String name() {
                return "groups";
            }

            @Override
            public String description() {
                return "names the parts of a whole disease, in an immutable list as most extractors would";
            }

            @Override
            public FindingKind findingKind() {
                return KIND;
            }

            @Override
            public List<Finding> extract(BibliographicRecord record, org.evidentia.api.ExtensionContext context) {
                return List.of();
            }

            @Override
            public List<String> focusValues(String attribute, String value) {
                return StatementAttributes.conditionGroups(value);
            }
        };
        FindingFocus.ValueForms wholes = FindingFocus.ValueForms.of(List.of(new org.evidentia.runtime.host.LoadedExtension<>(groups, "p", "1")));
        assertThat(kept(List.of("condition=IBD"), wholes, "inflammatory bowel disease", "active Crohn disease", "ulcerative colitis",
                "irritable bowel syndrome")).containsExactly("inflammatory bowel disease", "active Crohn disease", "ulcerative colitis");
        assertThat(kept(List.of("condition=IBD"), "Crohn disease")).as("an extractor that names no parts").isEmpty();
        // and says so, where the wider focus was stated nowhere (the review of the change, R3)
        assertThat(FindingFocus.of(List.of("condition=IBD", "population=human"), List.of(KIND), wholes).widenings()).containsExactly(
                "focus condition=IBD keeps the findings of ulcerative colitis and Crohn disease too, which its extractor counts as parts"
                        + " of it (name them with --focus to keep them alone)");
    }

    /** Review 26, M1 and L1: an attribute closed in one kind and free text in another, and a blank value. */
    @Test
    void anAttributeClosedInOneKindIsFreeTextInAnotherAndABlankValueIsRefused() throws ConfigurationException {
        FindingKind closed = new FindingKind("coded", "Coded", "Coded", List.of(new FindingKind.Attribute("condition", "Condition",
                List.of("asthma", "copd"), FindingKind.Attribute.Role.BREAKDOWN)), Map.of());
        FindingFocus focus = FindingFocus.of(List.of("condition=asthma"), List.of(KIND, closed), KIT);
        Finding freeAsthma = finding(Map.of("condition", "severe asthma"));
        Finding freeOther = finding(Map.of("condition", "null pointer"));
        Finding codedAsthma = new Finding("7", "coded", freeAsthma.subject(), Direction.INCREASED, Map.of("condition", "asthma"),
                freeAsthma.evidence(), null, null);
        assertThat(focus.apply(new RecordFindings(RECORD, PRIMARY, List.of(freeAsthma, freeOther, codedAsthma))).findings())
                .containsExactly(freeAsthma, codedAsthma);
        for (String blank : List.of("condition= ", " =asthma")) {
            assertThatThrownBy(() -> FindingFocus.of(List.of(blank), List.of(KIND), KIT)).isInstanceOf(ConfigurationException.class)
                    .hasMessage("focus '" + blank + "' is not of the form attribute=value, e.g. condition=fibromyalgia");
        }
    }

    /** Review 28 L8: the words a report shows a value in, given as the value, are refused naming the value they read for. */
    @Test
    void aValueGivenInTheWordsAReportShowsItInIsRefusedNamingTheValue() {
        FindingKind labelled = new FindingKind("event", "Event", "Events", List.of(new FindingKind.Attribute("comparator", "Comparator",
                List.of("placebo", "active"), FindingKind.Attribute.Role.STRATUM,
                Map.of("placebo", new FindingKind.Attribute.ValueMeaning("vs placebo", "against an inert treatment")))), Map.of());
        assertThatThrownBy(() -> FindingFocus.of(List.of("comparator=VS placebo"), List.of(labelled), KIT))
                .isInstanceOf(ConfigurationException.class).hasMessage("focus comparator=VS placebo: 'VS placebo' is not a value of"
                        + " comparator ('VS placebo' is how comparator=placebo reads in reports: focus on comparator=placebo); values:"
                        + " placebo, active");
        assertThatThrownBy(() -> FindingFocus.of(List.of("comparator=sham"), List.of(labelled), KIT))
                .hasMessage("focus comparator=sham: 'sham' is not a value of comparator; values: placebo, active");
        // a word the glossary gives as part of a value's meaning names that value (the reader's review of session 27, D6:
        // specimen=biopsy was refused with no word of specimen=tissue, whose meaning is "biopsies, mucosa, ...")
        assertThatThrownBy(() -> FindingFocus.of(List.of("comparator=inert"), List.of(labelled), KIT))
                .hasMessage("focus comparator=inert: 'inert' is not a value of comparator ('inert' is among what comparator=placebo"
                        + " means: focus on comparator=placebo); values: placebo, active");
    }

    // Review 13, M1: with two focus attributes, an animal finding without a condition was counted as left out
    // "because it states no value ..., not another value", though its population alone leaves it out
    @Test
    void onlyFindingsLeftOutForWantOfAValueAloneCountAsUnstated() throws ConfigurationException {
        FindingFocus focus = FindingFocus.of(List.of("population=human", "condition=crohn"), List.of(KIND), KIT);
        Map<String, String> noCondition = new java.util.HashMap<>(); // Map.of takes no null value
        noCondition.put("population", "human");
        Map<String, String> animalNoCondition = new java.util.HashMap<>();
        animalNoCondition.put("population", "animal");
        RecordFindings record = new RecordFindings(RECORD, PRIMARY, List.of(
                finding(Map.of("population", "human", "condition", "Crohn disease")), // kept
                finding(noCondition),                                               // left out for want of a condition
                finding(Map.of("condition", "Crohn disease")),                      // left out for want of a population
                finding(animalNoCondition),                                         // left out as animal: not unstated
                finding(Map.of("population", "human", "condition", "ulcerative colitis")))); // another value
        RecordFindings focused = focus.apply(record);
        assertThat(focused.findings()).hasSize(1);
        assertThat(focused.leftOutByFocus()).isEqualTo(new RecordFindings.FocusLoss(4, 2, false));
        assertThat(focused.lostEveryFindingToFocus()).isFalse();
    }

    // Review 20, H2: the records a focus lost for want of a value alone are listed, those naming the focus first
    @Test
    void aRecordLosingEveryFindingSaysWhyAndWhetherItsTextNamesTheFocus() throws ConfigurationException {
        FindingFocus focus = FindingFocus.of(List.of("condition=sleep apnoea", "population=human"), List.of(KIND), KIT);
        Map<String, String> noCondition = new java.util.HashMap<>();
        noCondition.put("population", "human");
        BibliographicRecord apneaTitle = BibliographicRecord.builder().pmid("7").title("IL-6 in snorers with Sleep-Apnea")
                .section(null, SENTENCE).build();
        RecordFindings unstated = focus.apply(new RecordFindings(apneaTitle, PRIMARY, List.of(finding(noCondition), finding(noCondition))));
        assertThat(unstated.findings()).isEmpty();
        assertThat(unstated.lostEveryFindingToFocus()).isTrue();
        assertThat(unstated.leftOutByFocus()).isEqualTo(new RecordFindings.FocusLoss(2, 2, true));
        assertThat(unstated.leftOutByFocus().forWantOfAValue()).isTrue();

        RecordFindings otherValue = focus.apply(new RecordFindings(RECORD, PRIMARY,
                List.of(finding(noCondition), finding(Map.of("population", "human", "condition", "obesity")))));
        assertThat(otherValue.lostEveryFindingToFocus()).isTrue();
        assertThat(otherValue.leftOutByFocus()).isEqualTo(new RecordFindings.FocusLoss(2, 1, false));
        assertThat(otherValue.leftOutByFocus().forWantOfAValue()).isFalse();

        RecordFindings untouched = new RecordFindings(RECORD, PRIMARY, List.of(finding(Map.of("population", "human", "condition", "sleep apnea"))));
        assertThat(focus.apply(untouched)).isSameAs(untouched);
        assertThat(untouched.leftOutByFocus()).isEqualTo(RecordFindings.FocusLoss.NONE);
    }

    /** The values given for free-text attributes are what a run that kept nothing may have misspelt; a closed value is checked at once. */
    @Test
    void theFreeTextValuesAreThoseOfFreeTextAttributesAndAClosedValueATypoAwayIsOffered() throws ConfigurationException {
        FindingFocus focus = FindingFocus.of(List.of("condition=astma", "population=human", "condition=copd"), List.of(KIND), KIT);
        assertThat(focus.freeTextValues()).isEqualTo(Map.of("condition", List.of("astma", "copd")));
        assertThatThrownBy(() -> FindingFocus.of(List.of("population=humna"), List.of(KIND), KIT)).isInstanceOf(ConfigurationException.class)
                .hasMessage("focus population=humna: 'humna' is not a value of population (did you mean 'population=human'?);"
                        + " values: human, animal");
    }

    /** An explorer's --focus condition=astma ended with 0 findings and no word why. */
    @Test
    void aFocusThatKeptNothingIsToldTheValuesLikeItAndTheMostFrequent() {
        List<Finding> findings = List.of(finding(Map.of("condition", "asthma")), finding(Map.of("condition", "allergic asthma")),
                finding(Map.of("condition", "fibromyalgia")), finding(Map.of("condition", "fibromyalgia")), finding(Map.of()));
        FocusedValuesSeen astma = new FocusedValuesSeen(Map.of("condition", List.of("astma")));
        FocusedValuesSeen lupus = new FocusedValuesSeen(Map.of("condition", List.of("lupus")));
        astma.tally(findings);
        lupus.tally(findings);

        assertThat(astma.instead()).containsExactly("focus condition=astma kept none of the 4 findings that state a"
                + " condition; like it: allergic asthma (1 finding), asthma (1 finding); most frequent: fibromyalgia (2 findings),"
                + " allergic asthma (1 finding), asthma (1 finding)");
        assertThat(lupus.instead()).containsExactly("focus condition=lupus kept none of the 4 findings that state"
                + " a condition; most frequent: fibromyalgia (2 findings), allergic asthma (1 finding), asthma (1 finding)");
        assertThat(new FocusedValuesSeen(Map.of("condition", List.of("lupus"))).instead())
                .containsExactly("focus condition=lupus kept no finding: no finding of the run states a condition");
        assertThat(new FocusedValuesSeen(Map.of()).counts()).isFalse();
    }

    /**
     * The review of session 25, U7: {@code condition=crohn,colitis} (a list, as users write one) kept nothing without a word of
     * why, and {@code population=human,animal} was offered {@code population=animal} alone.
     */
    @Test
    void aListOfValuesInOneFocusIsToldToRepeatTheFocus() {
        assertThatThrownBy(() -> FindingFocus.of(List.of("population=human,animal"), List.of(KIND), KIT)).isInstanceOf(ConfigurationException.class)
                .hasMessage("focus population=human,animal: 'human,animal' is not a value of population; values: human, animal; to focus on"
                        + " several values, repeat --focus: --focus population=human --focus population=animal");
        FocusedValuesSeen listed = new FocusedValuesSeen(Map.of("condition", List.of("asthma; fibromyalgia")));
        listed.tally(List.of(finding(Map.of("condition", "asthma")), finding(Map.of("condition", "fibromyalgia"))));
        assertThat(listed.instead()).singleElement().asString().endsWith("; to focus on several values, repeat --focus:"
                + " --focus condition=asthma --focus condition=fibromyalgia");
        assertThat(FocusedValuesSeen.severalInOne("condition", List.of(" , ;", "asthma,"))).as("no list of values: no hint").isEmpty();
    }

    /** The review of session 25, m14 and m17: a doubled '=' kept nothing without a word; an attribute's typo was offered nothing. */
    @Test
    void aDoubledEqualsSignOrAnAttributesTypoIsToldWithTheMend() {
        assertThatThrownBy(() -> FindingFocus.of(List.of("condition==asthma"), List.of(KIND), KIT)).isInstanceOf(ConfigurationException.class)
                .hasMessage("focus 'condition==asthma' has two '=': write condition=asthma");
        assertThatThrownBy(() -> FindingFocus.of(List.of("population=="), List.of(KIND), KIT)).as("no mend to offer (diff review, Q6)")
                .hasMessage("focus 'population==' is not of the form attribute=value, e.g. condition=fibromyalgia");
        assertThatThrownBy(() -> FindingFocus.of(List.of("populaton=human"), List.of(KIND), KIT)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("focus on 'populaton', but no finding kind of this run has that attribute (did you mean"
                        + " 'population'?); attributes: ");
    }
}
