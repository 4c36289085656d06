package org.evidentia.textmining.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The condition a reader groups by (review 20, H1 b): one disease is one value, whatever its
 * wording; diseases a clinician keeps apart stay apart.
 */
class ConditionGroupsTest {

    // The il6 export's IL-6 row listed obstructive sleep apnea in eight wordings
    @Test
    void wordingsOfObstructiveSleepApneaAreOneValue() {
        for (String wording : new String[] {"obstructive sleep apnea", "obstructive sleep apnea syndrome",
                "obstructive sleep apnea-hypopnea syndrome", "obstructive sleep apnea/hypopnea syndrome",
                "obstructive sleep apnea hypopnea syndrome", "mild obstructive sleep apnea", "mild/moderate obstructive sleep apnea",
                "moderate obstructive sleep apnea-hypopnea syndrome", "severe obstructive sleep apnea",
                "severe obstructive sleep apnea syndrome", "severe obstructive sleep apnea-hypopnea syndrome",
                "mild to moderate obstructive sleep apnea", "moderate-to-severe obstructive sleep apnea", "sleep apnea, obstructive",
                "OSAHS", "OSAS", "severe OSA"}) {
            assertThat(ConditionGroups.of(wording)).as(wording).isEqualTo("obstructive sleep apnea");
        }
    }

    // Review 23, L6
    @Test
    void aListOfConditionsIsNoInvertedDescriptorAndOneConditionInTwoDegreesIsOne() {
        assertThat(ConditionGroups.of("obesity, insulin resistance")).isEqualTo("obesity, insulin resistance");
        assertThat(ConditionGroups.of("arthritis, rheumatoid")).isEqualTo("rheumatoid arthritis");
        assertThat(ConditionGroups.of("diabetes mellitus, type 2")).isEqualTo("type 2 diabetes");
        assertThat(ConditionGroups.of("mild asthma or severe asthma")).isEqualTo("asthma");
        // each side grouped on its own, COPD written out since session 21 (below)
        assertThat(ConditionGroups.of("asthma or COPD")).isEqualTo("asthma or chronic obstructive pulmonary disease");
    }

    /**
     * A reviewer's s21: `--focus condition=IBD` kept none of the 17 findings of "inflammatory bowel disease". An abbreviation of
     * one disease only is that disease's variant; one of several (CD, MS) stays as it is written unless the record says which.
     */
    @Test
    void anAbbreviationOfOneDiseaseIsThatDisease() {
        assertThat(ConditionGroups.of("IBD")).isEqualTo("inflammatory bowel disease");
        assertThat(ConditionGroups.of("active UC")).isEqualTo("ulcerative colitis");
        assertThat(ConditionGroups.of("PSC and UC")).isEqualTo("PSC and ulcerative colitis");
        assertThat(ConditionGroups.of("FM")).isEqualTo("fibromyalgia");
        assertThat(ConditionGroups.of("PTSD")).isEqualTo(ConditionGroups.of("posttraumatic stress disorder")).isEqualTo("post-traumatic stress disorder");
        assertThat(ConditionGroups.of("CD")).isEqualTo("CD");
        assertThat(StatementAttributes.conditionGroup("ibd")).as("a focus as typed").isEqualTo("inflammatory bowel disease");
    }

    /** A report reader's s27, D5: condition=IBD kept the findings that say "inflammatory bowel disease", not UC's or Crohn's. */
    @Test
    void aFocusOnAWholeDiseaseKeepsItsParts() {
        assertThat(StatementAttributes.conditionGroups("IBD")).containsExactly("inflammatory bowel disease", "ulcerative colitis",
                "Crohn disease");
        assertThat(StatementAttributes.conditionGroups("Sepsis")).containsExactly("sepsis", "septic shock");
        assertThat(StatementAttributes.conditionGroups("ulcerative colitis")).as("a part is no whole").containsExactly("ulcerative colitis");
        assertThat(StatementAttributes.conditionGroups("OSAHS")).containsExactly("obstructive sleep apnea");
    }

    @Test
    void degreesActivityAndStageOfOneDiseaseAreDropped() {
        assertThat(ConditionGroups.of("severe ulcerative colitis")).isEqualTo("ulcerative colitis");
        assertThat(ConditionGroups.of("active inflammatory bowel disease")).isEqualTo("inflammatory bowel disease");
        assertThat(ConditionGroups.of("mild to moderate Alzheimer disease")).isEqualTo("Alzheimer disease");
        assertThat(ConditionGroups.of("Montreal B2 fibrostenotic Crohn disease")).isEqualTo("Crohn disease");
        assertThat(ConditionGroups.of("newly diagnosed hypertension")).isEqualTo("hypertension");
        assertThat(ConditionGroups.of("severe obesity")).isEqualTo("obesity");
        assertThat(ConditionGroups.of("morbid obesity")).isEqualTo("obesity");
        assertThat(ConditionGroups.of("early-stage sepsis")).isEqualTo("sepsis");
        assertThat(ConditionGroups.of("advanced-stage ovarian cancer")).isEqualTo("ovarian cancer");
        assertThat(ConditionGroups.of("active post-Q-fever fatigue syndrome")).isEqualTo("post-Q-fever fatigue syndrome");
        assertThat(ConditionGroups.of("chronic active simple proctitis")).isEqualTo("chronic simple proctitis");
        assertThat(ConditionGroups.of("severe COVID-19")).isEqualTo("COVID-19");
    }

    @Test
    void variantNamesOfOneDiseaseAreItsName() {
        assertThat(ConditionGroups.of("major depression")).isEqualTo("major depressive disorder");
        assertThat(ConditionGroups.of("posttraumatic stress disorder")).isEqualTo("post-traumatic stress disorder");
        assertThat(ConditionGroups.of("type 2 diabetes mellitus")).isEqualTo("type 2 diabetes");
        assertThat(ConditionGroups.of("fibromyalgia syndrome")).isEqualTo("fibromyalgia");
        assertThat(ConditionGroups.of("colorectal carcinoma")).isEqualTo("colorectal cancer");
        assertThat(ConditionGroups.of("sleep disordered breathing")).isEqualTo("sleep-disordered breathing");
        assertThat(ConditionGroups.of("pulmonary disease, chronic obstructive")).isEqualTo("chronic obstructive pulmonary disease");
        assertThat(ConditionGroups.of("arthritis, rheumatoid")).isEqualTo("rheumatoid arthritis");
    }

    // A comorbidity or a second condition is kept, each condition grouped on its own
    @Test
    void eachConditionOfAValueIsGroupedAndTheJoinsStay() {
        assertThat(ConditionGroups.of("obstructive sleep apnea-hypopnea syndrome with erectile dysfunction"))
                .isEqualTo("obstructive sleep apnea with erectile dysfunction");
        assertThat(ConditionGroups.of("impaired glucose tolerance and obstructive sleep apnea/hypopnea syndrome"))
                .isEqualTo("impaired glucose tolerance and obstructive sleep apnea");
        assertThat(ConditionGroups.of("post-traumatic stress disorder or major depression"))
                .isEqualTo("post-traumatic stress disorder or major depressive disorder");
        assertThat(ConditionGroups.of("mild and moderate obstructive sleep apnea syndrome")).isEqualTo("obstructive sleep apnea");
        assertThat(ConditionGroups.of("obesity with fibromyalgia syndrome")).isEqualTo("obesity with fibromyalgia");
    }

    @Test
    void diseasesAClinicianKeepsApartStayApart() {
        assertThat(ConditionGroups.of("Crohn disease")).isEqualTo("Crohn disease");
        assertThat(ConditionGroups.of("ulcerative colitis")).isEqualTo("ulcerative colitis");
        assertThat(ConditionGroups.of("rheumatoid arthritis")).isEqualTo("rheumatoid arthritis");
        assertThat(ConditionGroups.of("psoriatic arthritis")).isEqualTo("psoriatic arthritis");
        assertThat(ConditionGroups.of("juvenile idiopathic arthritis")).isEqualTo("juvenile idiopathic arthritis");
        assertThat(ConditionGroups.of("type 1 diabetes mellitus")).isEqualTo("type 1 diabetes");
        assertThat(ConditionGroups.of("type 2 diabetes")).isEqualTo("type 2 diabetes");
        assertThat(ConditionGroups.of("metabolic syndrome")).isEqualTo("metabolic syndrome");
        assertThat(ConditionGroups.of("acute respiratory distress syndrome")).isEqualTo("acute respiratory distress syndrome");
        assertThat(ConditionGroups.of("chronic fatigue syndrome")).isEqualTo("chronic fatigue syndrome");
        assertThat(ConditionGroups.of("chronic obstructive pulmonary disease")).isEqualTo("chronic obstructive pulmonary disease");
        assertThat(ConditionGroups.of("acute myeloid leukemia")).isEqualTo("acute myeloid leukemia");
        assertThat(ConditionGroups.of("sleep apnea")).isEqualTo("sleep apnea"); // central apnea too: not obstructive
        assertThat(ConditionGroups.of("sleep-disordered breathing")).isEqualTo("sleep-disordered breathing");
        assertThat(ConditionGroups.of("depressive disorder")).isEqualTo("depressive disorder");
        assertThat(ConditionGroups.of("primary insomnia")).isEqualTo("primary insomnia");
        assertThat(ConditionGroups.of("metastatic colorectal cancer")).isEqualTo("metastatic colorectal cancer");
        assertThat(ConditionGroups.of("acute ST-segment elevation myocardial infarction"))
                .isEqualTo("acute ST-segment elevation myocardial infarction");
    }

    // Probes: wordings that look like a qualified disease or a variant name but are another thing
    @Test
    void qualifiersThatAreAPartOfANameOrQualifyNoDiseaseStay() {
        assertThat(ConditionGroups.of("severe combined immunodeficiency")).isEqualTo("severe combined immunodeficiency");
        assertThat(ConditionGroups.of("severe acute respiratory syndrome")).isEqualTo("severe acute respiratory syndrome");
        assertThat(ConditionGroups.of("severe fever with thrombocytopenia syndrome"))
                .isEqualTo("severe fever with thrombocytopenia syndrome");
        assertThat(ConditionGroups.of("mild cognitive impairment")).isEqualTo("mild cognitive impairment");
        assertThat(ConditionGroups.of("advanced sleep phase syndrome")).isEqualTo("advanced sleep phase syndrome");
        assertThat(ConditionGroups.of("early onset sepsis")).isEqualTo("early onset sepsis");
        assertThat(ConditionGroups.of("early-onset Alzheimer disease")).isEqualTo("early-onset Alzheimer disease");
        assertThat(ConditionGroups.of("moderate alcohol consumption")).isEqualTo("moderate alcohol consumption");
        assertThat(ConditionGroups.of("active hexose correlated compound treated")).isEqualTo("active hexose correlated compound treated");
        assertThat(ConditionGroups.of("central sleep apnea syndrome")).isEqualTo("central sleep apnea");
        assertThat(ConditionGroups.of("diabetes insipidus")).isEqualTo("diabetes insipidus");
        assertThat(ConditionGroups.of("asthma, obesity")).isEqualTo("asthma, obesity");
        assertThat(ConditionGroups.of("pyoderma gangrenosum, acne, and suppurative hidradenitis"))
                .isEqualTo("pyoderma gangrenosum, acne, and suppurative hidradenitis");
        assertThat(ConditionGroups.of("DSS-induced colitis")).isEqualTo("DSS-induced colitis");
        assertThat(ConditionGroups.of(null)).isNull();
    }
}
