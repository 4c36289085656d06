package org.evidentia.textmining.record;

import java.util.Locale;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;

/**
 * Sentences that restate what earlier work found, and the records in which such sentences are
 * findings. Under the annotation guidelines (v1.2, "Not a finding") background in a primary study
 * ("Nuclear accumulation of IL33 has been reported ...", "In 1997, we first reported that IL-6 ...
 * was elevated") is no finding of it; only a review's report of earlier studies counts as their
 * result. Stateless and thread-safe.
 *
 * <p>Two signals, each weighed by where the sentence is: a cue of earlier work in the sentence
 * ("has been shown/reported/found", "previous studies", "we first reported", "is known to",
 * "foregoing experiments", a level that "has been significantly higher": a perfect no study states
 * its own result in), and the record's section labels: a sentence of a RESULTS section (or of one
 * that joins results with methods, "METHODS AND RESULTS") is a result whatever it cites. A sentence that also says it is this study's ("in the present study",
 * "our results") or sets its result beside earlier ones ("as has been reported", "consistent with
 * previous studies") is a result too; so is one that says "we found" or "we showed", unless it
 * names the earlier studies outright ("we first reported", "In subsequent studies, we showed").
 * An unstructured abstract's opening sentence in the present tense alone is background too, and so
 * is any sentence of a background section (BACKGROUND, INTRODUCTION, ...) that does not say it is
 * this study's result.
 */
final class PriorWork {

    /** Cues that a sentence reports earlier work; applied to the lower-cased sentence. */
    private static final Pattern EARLIER_WORK = Pattern.compile(
            "\\b(?:has|have)(?: (?:also|previously|recently|repeatedly|consistently|already|long|frequently|often|not|been))?"
                    + " been (?:shown|reported|demonstrated|found|described|documented|observed|established|identified|recognized"
                    + "|recognised|noted|implicated)\\b"
                    + "|\\b(?:previous|earlier|prior|foregoing|former|recent|several|many|numerous|other|some|most|few|various|multiple)"
                    + " (?:\\w+ )?"
                    + "(?:studies|reports|experiments|investigations|work|research|findings|data) (?:have |has )?"
                    + "(?:shown|showed|reported|demonstrated|found|revealed|indicated|described|documented|suggested)\\b"
                    + "|\\b(?:previous|earlier|prior|foregoing) (?:\\w+ )?(?:studies|study|reports|experiments|investigations|work|research)\\b"
                    + "|\\bit is (?:well |now |generally )?(?:known|established|recognized|recognised|accepted)\\b"
                    + "|\\b(?:is|are) (?:well |now |generally )?known (?:to|that)\\b"
                    + "|\\bin the past (?:few |several |two |three )?(?:years|decades?)\\b"
                    + "|\\b(?:has|have) (?:also |previously |repeatedly |consistently |often |frequently )?been"
                    + " (?:\\w+ly )?(?:higher|lower|greater|elevated|increased|decreased|raised|reduced|lowered|diminished|depressed"
                    + "|upregulated|downregulated|up-regulated|down-regulated|altered|abnormal)\\b");

    /**
     * Cues that name the authors' or others' earlier studies outright ("we first reported", "in
     * subsequent studies, we showed"): they outweigh "we showed" and "we found".
     */
    private static final Pattern EARLIER_STUDIES = Pattern.compile(
            "\\bwe (?:have )?(?:previously|first|recently|earlier) (?:reported|shown|showed|demonstrated|found|described|observed)\\b"
                    + "|^(?:in |from )?(?:our )?(?:previous|earlier|prior|foregoing|former) (?:\\w+ )?"
                    + "(?:studies|study|reports|experiments|investigations|work)\\b|^in subsequent studies\\b"
                    + "|^in (?:1[89]|20)\\d\\d,? (?:we|it was)\\b");

    /** A sentence that sets its result beside earlier ones, or says it is this study's: a result despite a cue. */
    private static final Pattern OWN_RESULT = Pattern.compile(
            "\\bas (?:(?:has|have|was|were|had) )?(?:(?:been|also|previously|already|recently|earlier) )*"
                    + "(?:shown|reported|described|demonstrated|found|observed|seen|documented|suggested)\\b"
                    + "|\\b(?:consistent|in line|in agreement|in accordance|concordant) with\\b|\\bconfirm\\w*|\\bin contrast to\\b"
                    + "|\\bthan (?:(?:has|have|was|were|had) )?(?:been |previously )*(?:reported|described|shown|thought)\\b"
                    + "|\\b(?:than|unlike) (?:in |those of |that of )?(?:previous|earlier|prior)\\b"
                    + "|\\bin (?:this|the present|the current|our) (?:study|work|trial|report|cohort|series|model|experiments?)\\b"
                    + "|\\bhere,? we\\b|\\bour (?:results|data|findings|study|observations)\\b|\\bthe present (?:study|results|findings)\\b");

    /** "We found", "we showed": this study's result, unless the sentence names earlier studies outright. */
    private static final Pattern WE_FOUND = Pattern.compile(
            "\\bwe (?:found|find|observed|observe|show|showed|demonstrate|demonstrated|detected|noted|report)\\b");

    /** A paper that calls itself a review in its title or abstract, where it carries no publication type. */
    private static final Pattern SELF_DESCRIBED_REVIEW = Pattern.compile(
            "\\b(?:this|the present|the current|our|a|in this)(?: (?:short|brief|mini|narrative|critical|comprehensive|systematic"
                    + "|literature|concise))?[- ]review\\b|\\bwe review\\b|\\breview of (?:the )?(?:literature|current|recent)\\b"
                    + "|\\bthis (?:article|paper|chapter) (?:reviews|summari[sz]es)\\b|\\bmeta-?analys[ie]s\\b",
            Pattern.CASE_INSENSITIVE);

    /** A finite verb in the present tense ("IL-6 is elevated in OSA", "patients have higher IL-6"), and one in the past. */
    private static final Pattern PRESENT = Pattern.compile("\\b(?:is|are|has|have)\\b");
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|did)\\b");

    private PriorWork() {
    }

    /**
     * Whether the record reports other studies' results as its own content: a publication type of
     * review, systematic review or meta-analysis (PubMed's vocabulary), or, where it has none, a
     * title or abstract calling the paper a review. The core's design classification is richer;
     * this module cannot use it, and needs only to tell reviews from the rest.
     */
    static boolean isReview(BibliographicRecord record) {
        if (!record.publicationTypes().isEmpty()) {
            return record.publicationTypes().stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                    .anyMatch(t -> t.endsWith("review") || t.equals("meta-analysis"));
        }
        return SELF_DESCRIBED_REVIEW.matcher(record.text(BibliographicRecord.FIELD_TITLE)).find()
                || SELF_DESCRIBED_REVIEW.matcher(record.text(BibliographicRecord.FIELD_ABSTRACT)).find();
    }

    /**
     * Whether an abstract sentence restates earlier work rather than stating a result.
     *
     * <p>The opening sentence of an unstructured abstract, written in the present tense alone, states
     * what is known ("The proinflammatory cytokines, TNFalpha and IL-6, are elevated in obstructive
     * sleep apnea and have been proposed as mediators of ..."): such an abstract opens with its
     * background and reports its own results in the past tense; "we show" or "in this study" makes
     * it a result.
     *
     * <p>A sentence of a background section (BACKGROUND, INTRODUCTION, CONTEXT, IMPORTANCE, or a label
     * joining such, "BACKGROUND AND AIM": {@link SectionLabels#background}) states what is known ("The
     * expression of interleukin (IL)-17 is upregulated in inflammatory bowel disease (IBD)"), cue or
     * not, unless it says it is this study's ("in this study", "our results", "we found"). That holds
     * only in an abstract divided into sections: one whose only label is a background label holds its
     * results under it (28804459's abstract is read as one "Background" section holding its "Aims:",
     * "Methods:" and "Results:").
     *
     * @param sentence the sentence; not null
     * @param section  its section label, null in an unstructured abstract
     * @param opening  whether it is the abstract's first sentence
     * @param inBackgroundSection whether it is in a background section of an abstract of more than one section
     */
    static boolean restates(String sentence, String section, boolean opening, boolean inBackgroundSection) {
        if (SectionLabels.results(section)) {
            return false;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (OWN_RESULT.matcher(lower).find()) {
            return false;
        }
        boolean weFound = WE_FOUND.matcher(lower).find();
        if (opening && section == null && PRESENT.matcher(lower).find() && !PAST.matcher(lower).find() && !weFound) {
            return true;
        }
        if (inBackgroundSection && !weFound) {
            return true;
        }
        return EARLIER_STUDIES.matcher(lower).find() || EARLIER_WORK.matcher(lower).find() && !weFound;
    }
}
