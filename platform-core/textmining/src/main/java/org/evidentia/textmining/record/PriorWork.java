package org.evidentia.textmining.record;

import java.util.List;
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
 * A negated "has/have not been observed" (or detected, noted, found, seen) after a noun of change
 * ("Changes in IL-10 have not been observed in the patients") is the study's own result, not a cue,
 * unless the sentence sets it before the study ("previously", "to date", "so far").
 * An abstract's unlabelled opening sentence in the present tense alone is background too, and so, in
 * an unstructured abstract, is every sentence before the study's aim or design statement while none
 * of them is in the past tense or speaks of the study's work ({@link #openingBackground}); and so
 * is any sentence of a background section (BACKGROUND, INTRODUCTION, ...) that does not say it is
 * this study's result.
 */
final class PriorWork {

    /** Cues that a sentence reports earlier work; applied to the lower-cased sentence. */
    private static final Pattern EARLIER_WORK = Pattern.compile(
            "\\b(?:(?:has|have)(?: (?:also|previously|recently|repeatedly|consistently|already|long|frequently|often|not|been))?"
                    + " been (?:shown|reported|demonstrated|found|described|documented|observed|established|identified|recognized"
                    + "|recognised|noted|implicated)\\b"
                    + "|(?:previous|earlier|prior|foregoing|former|recent|several|many|numerous|other|some|most|few|various|multiple)"
                    + " (?:\\w+ )?"
                    + "(?:studies|reports|experiments|investigations|work|research|findings|data) (?:have |has )?"
                    + "(?:shown|showed|reported|demonstrated|found|revealed|indicated|described|documented|suggested)\\b"
                    + "|(?:previous|earlier|prior|foregoing) (?:\\w+ )?(?:studies|study|reports|experiments|investigations|work|research)\\b"
                    + "|it is (?:well |now |generally )?(?:known|established|recognized|recognised|accepted)\\b"
                    + "|(?:is|are) (?:well |now |generally )?known (?:to|that)\\b"
                    + "|in the past (?:few |several |two |three )?(?:years|decades?)\\b"
                    + "|(?:has|have) (?:also |previously |repeatedly |consistently |often |frequently )?been"
                    + " (?:\\w+ly )?(?:higher|lower|greater|elevated|increased|decreased|raised|reduced|lowered|diminished|depressed"
                    + "|upregulated|downregulated|up-regulated|down-regulated|altered|abnormal)\\b)");

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
            "\\b(?:as (?:(?:has|have|was|were|had) )?(?:(?:been|also|previously|already|recently|earlier) )*"
                    + "(?:shown|reported|described|demonstrated|found|observed|seen|documented|suggested)\\b"
                    + "|(?:consistent|in line|in agreement|in accordance|concordant) with\\b|confirm\\w*|in contrast to\\b"
                    + "|than (?:(?:has|have|was|were|had) )?(?:been |previously )*(?:reported|described|shown|thought)\\b"
                    + "|(?:than|unlike) (?:in |those of |that of )?(?:previous|earlier|prior)\\b"
                    + "|in (?:this|the present|the current|our) (?:study|work|trial|report|cohort|series|model|experiments?)\\b"
                    + "|here,? we\\b|our (?:results|data|findings|study|observations)\\b|the present (?:study|results|findings)\\b)");

    /**
     * A noun of change whose predicate is a negated perfect of observation ("Changes in IL-10 have not been
     * observed", "differences in TNF levels have not been detected"): a study reports so its own result,
     * unchanged, where the perfect alone would be a cue of earlier work. Replaced by a past tense before the
     * cues are sought, so that another cue in the sentence still counts.
     */
    private static final Pattern OWN_ABSENT_CHANGE = Pattern.compile(
            "\\b((?:changes?|differences?|alterations?|variations?|shifts?)\\b[^.;]{0,120}?)\\b(?:has|have) not been"
                    + " (observed|detected|noted|found|seen)\\b");

    /** Words that set a negated observation in the time before the study: "have not been observed previously", "to date". */
    private static final Pattern BEFORE_THE_STUDY = Pattern.compile(
            "\\b(?:previously|to date|so far|hitherto|until now|till now|as yet|yet|ever|in the literature)\\b");

    /** "We found", "we showed": this study's result, unless the sentence names earlier studies outright. */
    private static final Pattern WE_FOUND = Pattern.compile(
            "\\bwe (?:found|find|observed|observe|show|showed|demonstrate|demonstrated|detected|noted|report)\\b");

    /** A paper that calls itself a review in its title or abstract, where it carries no publication type. */
    private static final Pattern SELF_DESCRIBED_REVIEW = Pattern.compile(
            "\\b(?:(?:this|the present|the current|our|a|in this)(?: (?:short|brief|mini|narrative|critical|comprehensive|systematic"
                    + "|literature|concise))?[- ]review\\b|we review\\b|review of (?:the )?(?:literature|current|recent)\\b"
                    + "|this (?:article|paper|chapter) (?:reviews|summari[sz]es)\\b|meta-?analys[ie]s\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A finite verb in the present tense ("IL-6 is elevated in OSA", "patients have higher IL-6"), and one in the past. */
    private static final Pattern PRESENT = Pattern.compile("\\b(?:is|are|has|have)\\b");
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|did)\\b");

    /** The paper itself, as its sentences name it: "this study", "the present work". */
    private static final String THIS_STUDY = "(?:this|the present|the current) (?:study|work|investigation|trial|report|paper|article)";
    /** What a paper does when it concludes: "this study shows", "the present work suggests". */
    private static final String CONCLUDING_VERB = "(?:shows|showed|demonstrates|demonstrated|suggests|suggested|indicates|indicated"
            + "|provides|provided|supports|supported|confirms|confirmed|reveals|revealed|highlights|underlines|adds|extends"
            + "|identifies|identified|establishes|established)";

    /**
     * A sentence that states the study's own aim or design ("The aim of this study was", "We sought to",
     * "To determine whether ...", "Therefore, we", "Here, we", "Forty patients with RA were enrolled"):
     * in an unstructured abstract it ends what is known and begins what the study did. Applied to the
     * lower-cased sentence.
     */
    private static final Pattern AIM_OR_DESIGN = Pattern.compile(
            "^(?:the |our )?(?:main |primary |principal |major )?(?:aims?|objectives?|purposes?|goals?) (?:was|were|is|are) to\\b"
                    + "|^(?:to|in order to) (?:\\w+ )?(?:investigate|determine|examine|assess|evaluate|explore|test|study|clarify|address"
                    + "|characteri[sz]e|identify|compare|elucidate|analy[sz]e|understand|establish|define|answer|quantify|measure|verify"
                    + "|ascertain|describe|gain)\\b"
                    + "|^(?:therefore|thus|hence|accordingly),? (?:we|this study|the present study|in this study)\\b"
                    + "|\\b(?:(?:aims?|objectives?|purposes?|goals?) of (?:this|the present|the current|our|the) "
                    + "(?:study|work|investigation|trial|analysis|research|report|paper|experiments?)\\b"
                    + "|we (?:\\w+ )?(?:aimed|aim|sought|seek|investigated|investigate|hypothesi[sz]ed|hypothesi[sz]e|speculated|postulated|reasoned"
                    + "|predicted|measured|measure"
                    + "|examined|examine|assessed|assess|evaluated|evaluate|studied|study|analy[sz]ed|analy[sz]e|determined|determine"
                    + "|compared|compare|tested|test|explored|explore|enrolled|recruited|conducted|performed|undertook|designed|asked"
                    + "|addressed|characteri[sz]ed|quantified|used)\\b"
                    + "|" + THIS_STUDY + "\\b(?! " + CONCLUDING_VERB + ")"
                    + "|here,? we\\b"
                    + "|(?:was|were) (?:\\w+ly )?(?:enrolled|recruited|included|studied|randomi[sz]ed|allocated|assigned|measured"
                    + "|determined|assessed|quantified|analy[sz]ed|evaluated|examined|investigated|compared|collected|obtained|performed"
                    + "|conducted)\\b)");

    /**
     * A sentence that concludes ("These data suggest", "We conclude", "This study shows"): an abstract
     * that reaches one before any aim may state its own results in the present tense.
     */
    private static final Pattern CONCLUSION = Pattern.compile(
            "\\b(?:we conclude\\b|in conclusion\\b|in summary\\b|taken together\\b|collectively\\b"
                    + "|(?:these|our) (?:results|data|findings|observations)\\b"
                    + "|" + THIS_STUDY + " " + CONCLUDING_VERB + "\\b)");

    /**
     * Words by which a sentence speaks of the study's own work: such a sentence does not restate what is
     * known. Applied to the sentence as written: "us" in lower case only, as "US adults" are no authors.
     */
    private static final Pattern OWN_WORK = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us)\\b");

    /** A verb of change or finding, as the simple past and the participle spell it. */
    private static final String CHANGE_OR_FINDING_VERB = "(?:increased|decreased|rose|fell|declined|dropped|reduced|diminished|doubled|tripled"
            + "|halved|changed|differed|correlated|normali[sz]ed|returned|peaked|remained|showed|exhibited|displayed|found|observed"
            + "|revealed|demonstrated|elevated|lowered|raised|suppressed|enhanced|induced|inhibited|attenuated|augmented"
            + "|upregulated|downregulated|up-regulated|down-regulated)\\b";

    /**
     * A verb of change or finding in the simple past, as a result is told ("IL-6 increased", "TNF-alpha
     * fell", "patients showed lower IL-17"), not a participle after a form of "be" or "have" or a
     * conjunction ("is increased", "when stimulated"). A sentence with one and no present auxiliary may
     * be the study's own result, so it ends the run of background. Applied to the lower-cased sentence.
     */
    private static final Pattern SIMPLE_PAST = Pattern.compile(
            // the verb is looked for before the words behind it: a look behind at every word would cost more than the verb
            "\\b(?=" + CHANGE_OR_FINDING_VERB + ")(?<!\\b(?:is|are|be|been|being|was|were|has|have|had|get|gets|got|when|if|once|as|not) )"
                    + CHANGE_OR_FINDING_VERB);

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
     * How many sentences at the start of an abstract state what is known, not the study's results.
     *
     * <p>In an unstructured abstract (no section labels at all), every sentence before the one that
     * states the study's aim or design ("The aim of this study was ...", "We sought to ...", "Here, we
     * ...", "To determine whether ...", "Therefore, we ...", "Forty patients with RA were enrolled"),
     * when none of them has a past-tense auxiliary ("was", "were", "had", "did"), a verb in the simple
     * past without a present auxiliary ("IL-6 increased", "TNF-alpha fell": it may be the study's own
     * result), speaks of the study's own work ("we", "our", "us", "in this study", "our results") or
     * concludes ("These data suggest", "In conclusion"): such an abstract opens with what
     * is known and turns to its own work at the aim. A sentence that names the authors' earlier
     * studies ("we previously measured") or earlier work ("has been shown") is no aim.
     *
     * <p>Otherwise (no aim or design statement, or a sentence before it that fails the test above: it
     * may state the study's own result in the present tense), and in an abstract with section labels,
     * only the opening sentence can be background: when it is written in the present tense alone ("is",
     * "are", "has", "have"; no "was", "were", "had", "did"), neither states an aim or design nor speaks
     * of the study's own work or concludes, and does not say "we found" or that it is the study's result.
     *
     * @param sentences    the abstract's sentences in order; not null
     * @param unstructured whether the abstract has no section labels at all
     * @return how many leading sentences are background: 0 when the opening sentence is not
     */
    static int openingBackground(List<String> sentences, boolean unstructured) {
        if (sentences.isEmpty()) {
            return 0;
        }
        String opening = sentences.get(0).toLowerCase(Locale.ROOT);
        int openingAlone = presentAlone(opening) && !OWN_WORK.matcher(sentences.get(0)).find()
                && !CONCLUSION.matcher(opening).find() && !aimOrDesign(opening) ? 1 : 0;
        // An opening that states the aim counts as much as one that ends the run: nothing stands before it
        if (!unstructured || openingAlone == 0 && (endsTheRun(sentences.get(0), opening) || aimOrDesign(opening))) {
            return openingAlone;
        }
        for (int i = 1; i < sentences.size(); i++) {
            String lower = sentences.get(i).toLowerCase(Locale.ROOT);
            if (aimOrDesign(lower)) {
                return i;
            }
            if (endsTheRun(sentences.get(i), lower)) {
                return openingAlone;
            }
        }
        return openingAlone;
    }

    /**
     * Whether a sentence before any aim statement may be the study's own: it is in the past tense, speaks of the
     * study's work, sets its result beside others', or concludes. The cheaper tests first: this runs on every
     * sentence of an abstract's opening.
     */
    private static boolean endsTheRun(String sentence, String lower) {
        return PAST.matcher(lower).find() || OWN_WORK.matcher(sentence).find() || WE_FOUND.matcher(lower).find()
                || OWN_RESULT.matcher(lower).find() || CONCLUSION.matcher(lower).find()
                || !PRESENT.matcher(lower).find() && SIMPLE_PAST.matcher(lower).find();
    }

    /** Written in the present tense alone, and not saying it is the study's result. */
    private static boolean presentAlone(String lower) {
        return PRESENT.matcher(lower).find() && !PAST.matcher(lower).find()
                && !OWN_RESULT.matcher(lower).find() && !WE_FOUND.matcher(lower).find();
    }

    /** The study's aim or design, not a report of the authors' earlier studies ("we previously measured"). */
    private static boolean aimOrDesign(String lower) {
        return AIM_OR_DESIGN.matcher(lower).find() && !EARLIER_STUDIES.matcher(lower).find() && !EARLIER_WORK.matcher(lower).find();
    }

    /**
     * Whether an abstract sentence restates earlier work rather than stating a result.
     *
     * <p>The sentences that {@link #openingBackground} counts state what is known ("The proinflammatory
     * cytokines, TNFalpha and IL-6, are elevated in obstructive sleep apnea and have been proposed as
     * mediators of ..."): such an abstract opens with its background and reports its own results in
     * the past tense, after saying what the study set out to do.
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
     * @param openingBackground whether it is one of the sentences {@link #openingBackground} counts
     * @param inBackgroundSection whether it is in a background section of an abstract of more than one section
     */
    static boolean restates(String sentence, String section, boolean openingBackground, boolean inBackgroundSection) {
        if (SectionLabels.results(section)) {
            return false;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (OWN_RESULT.matcher(lower).find()) {
            return false;
        }
        if (openingBackground && section == null) {
            return true;
        }
        boolean weFound = WE_FOUND.matcher(lower).find();
        if (inBackgroundSection && !weFound) {
            return true;
        }
        return EARLIER_STUDIES.matcher(lower).find() || EARLIER_WORK.matcher(ownAbsentChangeInPast(lower)).find() && !weFound;
    }

    /** The sentence with a negated perfect of observation after a noun of change put in the past ({@link #OWN_ABSENT_CHANGE}). */
    private static String ownAbsentChangeInPast(String lower) {
        if (BEFORE_THE_STUDY.matcher(lower).find()) {
            return lower;
        }
        return OWN_ABSENT_CHANGE.matcher(lower).replaceAll("$1were not $2");
    }
}
