package org.evidentia.runtime.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.StudyDesign.Type;
import org.junit.jupiter.api.Test;

class StudyDesignClassifierTest {

    private final StudyDesignClassifier classifier = new StudyDesignClassifier();

    private static BibliographicRecord.Builder record(String title, String abstractText) {
        return BibliographicRecord.builder().pmid("1").title(title).section(null, abstractText);
    }

    @Test
    void publicationTypesDecideTheMostTellingOneWinning() {
        assertThat(classifier.classify(record("Cytokines in fibromyalgia", "Text.").publicationType("Journal Article")
                .publicationType("Review").build())).isEqualTo(new StudyDesign(Type.REVIEW, false, "publication type: Review"));
        assertThat(classifier.classify(record("X", "Y").publicationType("Review").publicationType("Meta-Analysis")
                .publicationType("Systematic Review").build()).type()).isEqualTo(Type.META_ANALYSIS);
        assertThat(classifier.classify(record("X", "Y").publicationType("Case Reports").build()).type()).isEqualTo(Type.CASE_REPORT);
        assertThat(classifier.classify(record("X", "Y").publicationType("EDITORIAL").build()).type()).isEqualTo(Type.EDITORIAL);
        assertThat(classifier.classify(record("X", "Y").publicationType("Letter").publicationType("Comment").build()).type())
                .isEqualTo(Type.COMMENT);
        // a publication type beats a text cue
        assertThat(classifier.classify(record("A systematic review of IL-6", "We searched.").publicationType("Editorial").build()).type())
                .isEqualTo(Type.EDITORIAL);
    }

    /**
     * PubMed typed systematic reviews and meta-analyses only "Review" before 2019, and its legacy CSV marks no more:
     * a record typed Review alone is refined by the title's or opening's cue; a narrative review stays one.
     */
    @Test
    void aRecordTypedReviewAloneIsASystematicReviewOrMetaAnalysisWhenItsTextSaysSo() {
        assertThat(classifier.classify(record("IL-6 in depression: a meta-analysis", "We pooled.").publicationType("Review").build()))
                .isEqualTo(new StudyDesign(Type.META_ANALYSIS, false, "publication type: Review; title: \"meta-analysis\""));
        assertThat(classifier.classify(record("IL-6 in depression", "BACKGROUND: This systematic review pooled ten studies.")
                .publicationType("Journal Article").publicationType("Review").build()))
                .isEqualTo(new StudyDesign(Type.SYSTEMATIC_REVIEW, false, "publication type: Review; abstract: \"systematic review\""));
        assertThat(classifier.classify(record("A case report of IL-6 storm", "We report a case.").publicationType("Review").build()).type())
                .as("only a more telling review").isEqualTo(Type.REVIEW);
        assertThat(classifier.classify(record("A meta-analysis of IL-6", "Y").publicationType("Editorial").build()).type())
                .isEqualTo(Type.EDITORIAL);
    }

    /** The Cochrane Library's journal publishes systematic reviews (and their protocols); a CSV export gives no publication type. */
    @Test
    void aRecordOfTheCochraneDatabaseWithNoPublicationTypeIsASystematicReview() {
        for (String journal : List.of("Cochrane Database Syst Rev", "The Cochrane database of systematic reviews")) {
            assertThat(classifier.classify(record("Flexibility training for adults with fibromyalgia", "Y").journal(journal).build()))
                    .isEqualTo(new StudyDesign(Type.SYSTEMATIC_REVIEW, false, "journal: " + journal));
        }
        assertThat(classifier.classify(record("X", "Y").journal("Cochrane Database Syst Rev").publicationType("Comment").build()).type())
                .as("a publication type decides").isEqualTo(Type.COMMENT);
        assertThat(classifier.classify(record("X", "Y").journal("Syst Rev").build()).type()).isEqualTo(Type.PRIMARY);
        assertThat(classifier.classify(record("X", "Y").journal("Cochrane Database Syst Rev").publicationType("Review").build()))
                .as("a legacy CSV's Review").isEqualTo(new StudyDesign(Type.SYSTEMATIC_REVIEW, false,
                        "publication type: Review; journal: Cochrane Database Syst Rev"));
    }

    /**
     * user-guide.md's table of publication types is what a plugin author and a reviewer read: each type
     * it names gives its design, alone and beside the types below it (the table's order is precedence).
     */
    @Test
    void theUserGuidesTableOfPublicationTypesIsWhatTheClassifierDoes() throws Exception {
        String guide = Files.readString(Path.of("../../docs/user-guide.md"));
        Matcher row = Pattern.compile("(?m)^\\| ([A-Z][A-Za-z ,]+) \\| `([a-z-]+)` \\|$").matcher(guide);
        List<String> types = new ArrayList<>();
        List<Type> designs = new ArrayList<>();
        while (row.find()) {
            for (String type : row.group(1).split(", ")) {
                types.add(type);
                designs.add(Type.parse(row.group(2)));
            }
        }
        assertThat(types).as("the table's publication types").hasSizeGreaterThan(15).contains("Published Erratum", "Letter");
        for (int i = 0; i < types.size(); i++) {
            assertThat(classifier.classify(record("X", "Y").publicationType(types.get(i)).build()).type()).as(types.get(i))
                    .isEqualTo(designs.get(i));
            // a type lower in the table, given too, does not win over it (the types of one row share a design)
            String lower = types.get(types.size() - 1);
            assertThat(classifier.classify(record("X", "Y").publicationType(lower).publicationType(types.get(i)).build()).type())
                    .as(types.get(i) + " with " + lower).isEqualTo(designs.get(i));
        }
        // the guide's example: a review that is also an erratum is a notice, in either order
        assertThat(classifier.classify(record("X", "Y").publicationType("Review").publicationType("Published Erratum").build()).type())
                .isEqualTo(Type.NOTICE);
        assertThat(classifier.classify(record("X", "Y").publicationType("Published Erratum").publicationType("Review").build()).type())
                .isEqualTo(Type.NOTICE);
        assertThat(classifier.classify(record("X", "Y").publicationType("Retracted Publication").publicationType("Review").build()))
                .extracting(StudyDesign::type, StudyDesign::retracted).containsExactly(Type.REVIEW, true);
    }

    @Test
    void retractedPublicationsAreFlaggedWhateverTheirDesign() {
        StudyDesign design = classifier.classify(record("IL-6 rises", "Serum IL-6 rose.").publicationType("Journal Article")
                .publicationType("Retracted Publication").build());
        assertThat(design.type()).isEqualTo(Type.PRIMARY);
        assertThat(design.retracted()).isTrue();
    }

    /**
     * Review 20, M3: an abstract-text export carries no publication types; a retracted paper's link to
     * its retraction notice ("Retraction in", MEDLINE's RIN, "Retracted and republished in", RRI) says it
     * was retracted. A notice's link to what it retracts ("Retraction of") does not.
     */
    @Test
    void aLinkToItsRetractionInTheMetadataMarksARecordRetracted() {
        for (String key : List.of("Retraction in", "RIN", "Retracted and republished in", "RRI")) {
            StudyDesign design = classifier.classify(record("IL-6 rises", "Serum IL-6 rose.").metadata(key, "J Test Med. 2016;1:2.").build());
            assertThat(design).as(key).isEqualTo(new StudyDesign(Type.PRIMARY, true, "no publication type or text cue"));
        }
        assertThat(classifier.classify(record("IL-6 rises", "Serum IL-6 rose.").metadata("Comment in", "J Test Med. 2016;1:2.")
                .metadata("Retraction of", "J Test Med. 2014;1:1.").build()).retracted()).isFalse();
        // PubMed XML's link, a CommentsCorrections of RefType RetractionIn (the review of session 27, V5)
        assertThat(classifier.classify(record("IL-6 rises", "Serum IL-6 rose.").metadata("CommentsCorrections", "CommentIn 1")
                .metadata("CommentsCorrections", "RetractionIn 39000003").build()).retracted()).isTrue();
        assertThat(classifier.classify(record("IL-6 rises", "Serum IL-6 rose.").metadata("CommentsCorrections", "RetractionOf 1")
                .build()).retracted()).isFalse();
    }

    // An explorer's A (s18): a letter of an abstract-text export ("Comment on" block, no abstract) voted as a primary study
    @Test
    void withoutPublicationTypesARecordThatCommentsOnAnotherIsAComment() {
        StudyDesign letter = classifier.classify(record("Clinical implications of elevated serum IL-6", "").metadata("Comment on",
                "Clin Cardiol. 2008 Sep;31(9):413-8.").build());
        assertThat(letter.type()).isEqualTo(StudyDesign.Type.COMMENT);
        assertThat(letter.basis()).isEqualTo("link: \"Comment on\"");
        // a study others commented on is no comment, nor one whose types decide otherwise
        assertThat(classifier.classify(record("IL-6 rises", "Serum IL-6 rose.").metadata("Comment in", "J Test Med. 2016;1:2.").build()).type())
                .isEqualTo(StudyDesign.Type.PRIMARY);
        assertThat(classifier.classify(record("IL-6 rises", "Serum IL-6 rose.").metadata("Comment on", "J Test Med. 2016;1:2.")
                .publicationType("Review").build()).type()).isEqualTo(StudyDesign.Type.REVIEW);
    }

    /** Review 15, H1: an erratum or retraction notice restating a study's title voted as a second study. */
    @Test
    void noticesAndProtocolsAreNoStudiesWhateverElseTheyAreTyped() {
        StudyDesign notice = classifier.classify(record("Retraction Note: Increased serum IL-6 in fibromyalgia", "")
                .publicationType("Journal Article").publicationType("Retraction of Publication").build());
        // the notice retracts another publication, and is not retracted itself (review 17, M4)
        assertThat(notice).isEqualTo(new StudyDesign(Type.NOTICE, false, "publication type: Retraction of Publication"));
        for (String type : List.of("Published Erratum", "Expression of Concern", "Duplicate Publication")) {
            assertThat(classifier.classify(record("Serum IL-6 in fibromyalgia", "Serum IL-6 was higher in patients.")
                    .publicationType("Journal Article").publicationType("Review").publicationType(type).build()).type()).as(type)
                    .isEqualTo(Type.NOTICE);
        }
        assertThat(classifier.classify(record("IL-6 blockade in sepsis: protocol of a randomised trial", "We will measure IL-6.")
                .publicationType("Clinical Trial Protocol").build()).type()).isEqualTo(Type.PROTOCOL);
        // the republished article is the study itself
        assertThat(classifier.classify(record("Serum IL-6 in fibromyalgia", "Serum IL-6 was higher.")
                .publicationType("Corrected and Republished Article").build()).type()).isEqualTo(Type.PRIMARY);
    }

    @Test
    void withoutPublicationTypesANoticeIsKnownByItsTitlesOpeningWordsAndColon() {
        assertThat(classifier.classify(record("Correction to: Serum IL-6 in fibromyalgia", "").build()))
                .isEqualTo(new StudyDesign(Type.NOTICE, false, "title: \"Correction to:\""));
        for (String title : List.of("Erratum: IL-6 in sepsis", "Retraction Note: IL-6 in sepsis", "[Retraction] IL-6 in sepsis",
                "Expression of Concern: IL-6 in sepsis", "Corrigendum to: IL-6 in sepsis", "Notice of Retraction: IL-6 in sepsis")) {
            assertThat(classifier.classify(record(title, "").build()).type()).as(title).isEqualTo(Type.NOTICE);
        }
        for (String title : List.of("Correction of hypoxaemia lowers serum IL-6", "Retraction of the gingiva raises IL-1",
                "IL-6 after correction: a cohort")) {
            assertThat(classifier.classify(record(title, "Serum IL-6 fell.").build()).type()).as(title).isEqualTo(Type.PRIMARY);
        }
    }

    @Test
    void withoutADecidingTypeTextCuesInTheTitleOrOpeningDecide() {
        assertThat(classifier.classify(record("Interleukin-6 in depression: a systematic review and meta-analysis", "Background.").build()))
                .isEqualTo(new StudyDesign(Type.META_ANALYSIS, false, "title: \"meta-analysis\""));
        assertThat(classifier.classify(record("Cytokines and sleep", "This review discusses cytokines.").build()))
                .isEqualTo(new StudyDesign(Type.REVIEW, false, "abstract: \"This review\""));
        assertThat(classifier.classify(record("A rare presentation", "We report a case of TNF-alpha excess.").build()).type())
                .isEqualTo(Type.CASE_REPORT);
    }

    /** READREV2 P8: a Current Opinion review (ibd export, 28399013) and a meta-analysis by its design heading (il6, 25011450) voted as primary. */
    @Test
    void aStructuredAbstractsHeadingsNameAReviewOrAMetaAnalysis() {
        assertThat(classifier.classify(record("Genetics of early-onset IBD", "PURPOSE OF REVIEW: To summarize recent advances.\n"
                + "RECENT FINDINGS: IL-10 receptor defects.").build()))
                .isEqualTo(new StudyDesign(Type.REVIEW, false, "abstract: \"PURPOSE OF REVIEW:\""));
        assertThat(classifier.classify(record("Alcohol and cardiovascular disease", "OBJECTIVE: To use a variant as an instrument.\n"
                + "DESIGN: Mendelian randomisation meta-analysis of 56 epidemiological studies.").build()))
                .isEqualTo(new StudyDesign(Type.META_ANALYSIS, false,
                        "abstract: \"DESIGN: Mendelian randomisation meta-analysis\""));
        assertThat(classifier.classify(record("IL-6 in sepsis", "BACKGROUND: A meta-analysis found IL-6 raised.\n"
                + "DESIGN: Prospective cohort.").build()).type()).as("a meta-analysis cited, not the design").isEqualTo(Type.PRIMARY);
    }

    @Test
    void aCaseReportThatNamesNoCaseIsReadAsOneAndACaseControlStudyIsNone() {
        assertThat(classifier.classify(record("Cytokine storm after vaccination", "We present a patient whose IL-6 rose.").build()))
                .isEqualTo(new StudyDesign(Type.CASE_REPORT, false, "abstract: \"We present a patient\""));
        assertThat(classifier.classify(record("IL-6 increase in sepsis", "Serum IL-6 increased; a case-control design was not used.")
                .build()).type()).isEqualTo(Type.PRIMARY);
    }

    @Test
    void theOpeningIsTheAbstractsFirstCharsAcrossSections() {
        BibliographicRecord.Builder builder = BibliographicRecord.builder().pmid("1").title("Cytokines");
        builder.section("BACKGROUND", "x".repeat(380));
        builder.section("METHODS", "A review covers ten trials.");
        assertThat(classifier.classify(builder.build()).type()).as("the cue begins past the 400th char").isEqualTo(Type.PRIMARY);
        BibliographicRecord.Builder near = BibliographicRecord.builder().pmid("2").title("Cytokines");
        near.section("BACKGROUND", "x".repeat(360));
        near.section("METHODS", "A review covers ten trials.");
        assertThat(classifier.classify(near.build())).isEqualTo(new StudyDesign(Type.REVIEW, false, "abstract: \"A review\""));
    }

    @Test
    void aPrimaryStudyIsWhatRemainsEvenWhenItCitesReviewsLater() {
        String late = "Serum IL-6 was higher in patients than in controls. ".repeat(10) + "Our findings agree with a recent review.";
        StudyDesign design = classifier.classify(record("IL-6 in fibromyalgia", late).publicationType("Journal Article").build());
        assertThat(design).isEqualTo(new StudyDesign(Type.PRIMARY, false, "publication types: Journal Article"));
        assertThat(classifier.classify(record("IL-6", "Higher.").build()).basis()).isEqualTo("no publication type or text cue");
    }

    @Test
    void eachCueIsReadInAnyCaseAndOnlyWhereItsPatternMatches() {
        assertThat(classifier.classify(record("CASE REPORT: IL-6 and a rare rash", "Text.").build()))
                .isEqualTo(new StudyDesign(Type.CASE_REPORT, false, "title: \"CASE REPORT\""));
        assertThat(classifier.classify(record("IL-6", "We Describe A Case of high IL-6.").build()))
                .isEqualTo(new StudyDesign(Type.CASE_REPORT, false, "abstract: \"We Describe A Case\""));
        assertThat(classifier.classify(record("Cytokines: A SYSTEMATIC REVIEW", "Text.").build()).type()).isEqualTo(Type.SYSTEMATIC_REVIEW);
        assertThat(classifier.classify(record("IL-6 in depression, a metaanalysis", "Text.").build()))
                .isEqualTo(new StudyDesign(Type.META_ANALYSIS, false, "title: \"metaanalysis\""));
        assertThat(classifier.classify(record("IL-6", "Here is a case of (rare) high IL-6.").build()).type()).isEqualTo(Type.CASE_REPORT);
        assertThat(classifier.classify(record("IL-6", "Our mini-review of IL-6 data.").build()).type()).isEqualTo(Type.REVIEW);
        // every cue word present, no pattern matching: a primary study
        assertThat(classifier.classify(record("IL-6 analysis in 40 cases", "A systematic search; we reported cases and reviewed charts.")
                .build()).type()).isEqualTo(Type.PRIMARY);
    }

    @Test
    void aReviewThatSaysSoOnlyLateInItsAbstractIsOne() {
        String opening = "Obstructive sleep apnea is common and is linked to cardiovascular disease in adults and children. ".repeat(5);
        assertThat(opening.length()).isGreaterThan(400);
        for (String late : List.of("This short review summarizes the evidence for IL-6.", "This review summarizes the development of a drug.",
                "How IL-6 links them is the focus of this review.", "The authors review OSA and summarize recent discoveries.",
                "In this review we discuss TNF.", "The present review covers IL-1.", "This mini-review covers IL-17.",
                "This article reviews IL-6 in sleep.")) {
            StudyDesign design = classifier.classify(record("Sleep apnea", opening + late).build());
            assertThat(design.type()).as(late).isEqualTo(Type.REVIEW);
            assertThat(design.basis()).as(late).startsWith("abstract: \"").doesNotContain("Obstructive");
        }
        assertThat(classifier.classify(record("Sleep apnea", opening + "The authors review OSA.").build()).basis())
                .isEqualTo("abstract: \"The authors review\"");
        // a record PubMed's indexers typed is taken as they typed it: a review would be typed Review
        assertThat(classifier.classify(record("Sleep apnea", opening + "The authors review OSA.").publicationType("Journal Article")
                .build()).type()).isEqualTo(Type.PRIMARY);

        // what a primary study says of its own methods, or of others' reviews, is no such cue
        String methods = "Serum IL-6 was measured in 120 adults with obstructive sleep apnea and in 80 controls. ".repeat(5);
        for (String late : List.of("We reviewed the records of every patient.", "A retrospective chart review was done.",
                "Data came from a review of medical records.", "This review of medical records found higher IL-6.",
                "In this review of patient charts IL-6 was higher.", "We review the charts of 40 patients.",
                "Medical records were reviewed by two physicians.", "A systematic review of methods preceded the trial.",
                "Our findings agree with a recent review.", "Two reviewers reviewed each case.", "IL-6 was measured; a review of cases followed.",
                "In this study, we review patients treated at one center.", "Here we review our experience with 40 patients.",
                "We describe 2 cases. We also review the literature on IL-6.", "The relevant literature is reviewed.",
                // the present tense of methods: late in an abstract, "we review" and "is reviewed" say nothing of the design
                "Each case is reviewed by two pathologists.", "Slides are reviewed blindly by two readers.",
                "In this study we review 120 consecutive patients.", "Here we review the outcomes of 45 patients treated with tocilizumab.",
                "Data from this review period were analysed.", "The protocol was approved by the review board.")) {
            assertThat(classifier.classify(record("IL-6 in sleep apnea", methods + late).build()).type()).as(late).isEqualTo(Type.PRIMARY);
        }
        // a case report that goes on to review the literature stays one
        String text = "We report a case of severe cytokine release with IL-6 above 1000 pg/mL. " + "The patient recovered. ".repeat(20)
                + "The literature on cytokine release is reviewed.";
        assertThat(classifier.classify(record("Cytokine release", text).build()).type()).isEqualTo(Type.CASE_REPORT);
    }
}
