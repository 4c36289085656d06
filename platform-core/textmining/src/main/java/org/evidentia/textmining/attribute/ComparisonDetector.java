package org.evidentia.textmining.attribute;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.Direction;
import org.evidentia.textmining.change.Statement;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * What a statement's direction compares: {@code genotype}, {@code exposure}, {@code intervention},
 * {@code condition} or {@code time} ({@code comparisons.tsv}). A presupposed increase (the LPS of
 * "the LPS-induced rise") is an exposure, or an intervention when its stimulus is something undergone
 * ("exercise-induced"). Otherwise the words are weighed where they say most: the
 * statement's cause (the subject of its causative verb, the phrase after "after" or "in response
 * to") first, then what follows its direction word ("increased in COPD", "lower than in controls"),
 * then the rest of its clause, then its sentence; within one place genotype beats exposure, which
 * beats intervention, condition and time. Entity names are not read (a "neuropeptide ligand" is no TLR
 * ligand); abbreviations the record defines are read written out ("post-AA": appendicitis-appendectomy).
 * A cause that no word classifies is an intervention (a compound given for its effect), or an
 * exposure when it is only an entity acting on cells ("NGF inhibits BDNF production in
 * macrophages") or a microbe that raises it ("H. saguini induced IL-8"), or a genotype when its
 * comparator is one ("participants with the 5/5 variant had higher IL-6 compared to those with the
 * 4/4 genotype"). Where the clause has no cause, an engineered
 * strain before the direction word beats a disease after it, a treatment before it beats a stimulus
 * the cells had been given ("in LPS-stimulated PBMC"), and time words that only name groups ("the
 * diurnal variation groups") make a condition; a level that "remained stable" or "normalized" with no
 * comparator is a change between two time points. A disease model's change that a treatment made is the treatment's:
 * against the model's untreated group ("than in the model group"), or where the treatment eased the disease ("Q
 * ameliorated DSS colitis, reducing IL-6 in colitic mice"). A group named by what it was given ("Quixil-treated
 * patients") is compared as treated, and an abbreviation the lists read as a disease but the record
 * defines as something else ("retinoic acid (RA)") is read as what the record says. Thread-safe.
 */
final class ComparisonDetector {

    private static final WordLists WORDS = WordLists.load(ComparisonDetector.class, "comparisons.tsv");
    /** The comparisons the detector tells, in the order it tries them (package-private: {@link StatementAttributes#COMPARISONS} lists them all). */
    static final List<String> ORDER = List.of("genotype", "exposure", "intervention", "condition", "time");
    private static final List<Set<String>> LISTS = ORDER.stream().map(WORDS::get).toList();
    /**
     * A drug's name by the stem the WHO's International Nonproprietary Names give its class (beta blockers end in "-lol",
     * ACE inhibitors in "-pril", monoclonal antibodies in "-mab", ...): a drug given, which no word list can name in full.
     * Stems that name substances measured or used to make a disease model as well ("-mycin" of bleomycin, "-statin" of
     * somatostatin, "-tidine" of histidine) are left out, and the steroids' only as far as they name drugs ("-solone" of
     * prednisolone, not pregnenolone; "-nisone" of prednisone, not cortisone, which is measured).
     */
    private static final Pattern DRUG_STEM = Pattern.compile("[a-z]{3,}(?:olol|alol|ilol|pril|sartan|vastatin|mab|tinib|cillin|floxacin|prazole"
            + "|dipine|gliptin|glitazone|triptan|lukast|semide|setron|profen|coxib|solone|cinolone|nisone|asone)");
    /** Subjects that report a result rather than cause it: "we found higher IL-6 in patients". */
    private static final Set<String> REPORTERS = WORDS.get("reporter");
    /** Words that say "groups are compared" but not which kind of groups. */
    private static final Set<String> WEAK = Set.of("control", "controls", "group", "groups", "healthy", "subjects",
            "individuals", "cases", "women", "men", "stimulated", "stimulation", "treated", "model", "models", "inflammation",
            "state", "states", "condition", "conditions", "active", "time", "day", "days", "weeks", "week", "months", "month",
            "hours", "given", "received", "receiving", "dose", "doses", "course", "phase", "recovery", "induced", "activated",
            "evoked", "triggered", "elicited");
    /**
     * "tis7(-/-)", "NGF−/−", "(+/-)": a genotype whatever the words; not the "+/-" of a statistic, before a number or a
     * name of spread ("mean +/- SEM", "+/- SD": 18689593's "[mean +/- SEM] snorers, 100.5 +/- 3.0%" read as a genotype),
     * or a unit (17921067's "4.1+/-ng/l", a spread whose number was lost).
     */
    private static final Pattern KNOCKOUT = Pattern.compile(
            "[\\p{L}\\d]\\s*\\(?\\s*(?:[-−–‐‑]|\\+)\\s*/\\s*[-−–‐‑]\\s*\\)?(?![\\d.\\s]*\\d)"
                    + "(?!\\s*(?i:sem|sd|se|s\\.e\\.m|s\\.d|s\\.e|standard|std|ng|pg|µg|μg|ug|mg|ml|mmol|nmol|pmol|iu)\\b)");
    /** Words of an engineered strain: a knockout, knockdown or transgenic animal or cell ("TDAG8-/- mice", "NGF-deficient mice"). */
    private static final Set<String> ENGINEERED = WORDS.get("engineered");
    /**
     * Words of an engineered strain only before an animal or a cell ({@link #STRAINS}: "NGF-deficient mice", "IL-10 null
     * mice"), and not after a nutrient ({@link #NUTRIENTS}): "vitamin D-deficient mice" were fed so, "the null hypothesis" is none.
     */
    private static final Set<String> ENGINEERED_BEFORE_STRAIN = WORDS.get("engineered-before-strain");
    private static final Set<String> STRAINS = WORDS.get("strain");
    private static final Set<String> NUTRIENTS = WORDS.get("nutrient");
    /** A name (blanked out) right after "after", "upon", "in response to": an entity given as the cause. */
    static final Pattern ENTITY_GIVEN = Pattern.compile( // package-private for ClauseScansTest
            "\\b(?:after|following|upon|in response to|treated with|stimulated with|exposed to|exposure to|incubated with|infusion of|injection of|administration of)\\s+(?:the\\s+|recombinant\\s+|exogenous\\s+)?\\s{2,}(?:[.,;)]|$|\\s*(?:and|or|in|at|for)\\b)");
    /** Word or phrase to the kinds it names, weak words left out / included. */
    private static final java.util.Map<String, Integer> STRONG_BITS = new java.util.HashMap<>();
    private static final java.util.Map<String, Integer> ALL_BITS = new java.util.HashMap<>();
    private static final Set<String> PHRASE_STARTS = new java.util.HashSet<>();

    static {
        for (int k = 0; k < ORDER.size(); k++) {
            for (String entry : LISTS.get(k)) {
                ALL_BITS.merge(entry, 1 << k, (a, b) -> a | b);
                if (!WEAK.contains(entry)) {
                    STRONG_BITS.merge(entry, 1 << k, (a, b) -> a | b);
                }
                int space = entry.indexOf(' ');
                if (space > 0) {
                    PHRASE_STARTS.add(entry.substring(0, space));
                }
            }
        }
    }

    /** What introduces a statement's comparator: "compared to those with the 4/4 genotype", "than in wild-type mice". */
    private static final Pattern COMPARATOR = Pattern.compile(
            "\\b(?:compared (?:to|with)|than|versus|vs\\.?|relative to|in comparison (?:to|with))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Two time points of one group in a sentence: "pre-sleep ... post-sleep" (the same word after
     * both), "before and after", "pre- and post-", "compared with the level of pre-sleep", "from
     * baseline". A "pre-" word that names a group ("pre-eclampsia", "pre-term") is no time point,
     * nor one after "from" ("progression from pre-CAC to CAC": a disease stage).
     */
    private static final Pattern TIME_POINTS = Pattern.compile(
            "\\bpre-?\\s?([a-z]{3,})\\b.*\\bpost-?\\s?\\1\\b|\\bpost-?\\s?([a-z]{3,})\\b.*\\bpre-?\\s?\\2\\b"
                    + "|\\bbefore and after\\b|\\bpre- and post-"
                    + "|\\b(?:from|than(?: at| before)?|compared (?:with|to)|versus|vs\\.?|relative to)\\s+(?:the\\s+)?"
                    + "(?:(?:levels?|values?|concentrations?)\\s+(?:of|at)\\s+)?(?:baseline|before|pretreatment)\\b"
                    + "|\\b(?:than(?: at)?|compared (?:with|to)|versus|vs\\.?|relative to)\\s+(?:the\\s+)?"
                    + "(?:(?:levels?|values?|concentrations?)\\s+(?:of|at)\\s+)?"
                    + "pre-(?!eclam|term|menopaus|diabet|hypertens|pubert|school)[a-z]+\\b");
    /** People said to be under a treatment's course: "patients undergoing primary treatment", "assessed weekly during chemoradiation". */
    private static final Pattern UNDERGOING_REGIMEN = Pattern.compile("(?i)\\b(?:undergoing|underwent|receiving|during|after completion of)"
            + "\\s+(?:[\\w-]+\\s+){0,3}?(?:treatment|therapy|chemotherapy|radiotherapy|radiation therapy|chemoradiation|chemoradiotherapy"
            + "|immunotherapy|surgery|hemodialysis|haemodialysis|dialysis|training|rehabilitation)\\b");
    /**
     * Words of a time that is compared for itself, which a treatment's course does not make a treatment's comparison: a time
     * of day, age, a season, pregnancy's course.
     */
    private static final Pattern TIME_OF_ITSELF = Pattern.compile("(?i)\\b(?:morning|evening|night|nights|nighttime|night-time"
            + "|daytime|day-time|nocturnal|diurnal|circadian|afternoon|midafternoon|midnight|o'clock|day-night|age|ages|aging"
            + "|ageing|older|season|seasons|seasonal|postpartum|pregnancy|gestation|gestational|menstrual|puberty)\\b");
    /**
     * A time of day, which before a measured name says which of its amounts was measured ("nocturnal cortisol secretion",
     * "evening IL-6 levels") rather than a time compared.
     */
    private static final String TIMES_OF_DAY = "\\b(?:morning|evening|night|nighttime|night-time|nocturnal|diurnal|daytime|day-time"
            + "|afternoon|midafternoon|bedtime)\\b";
    private static final Pattern TIME_OF_DAY = Pattern.compile(TIMES_OF_DAY, Pattern.CASE_INSENSITIVE);
    /**
     * What may stand between a time of day and the name it modifies: another time of day with "and" or "or", and up to two
     * words that are not function words ("nocturnal ACTH-driven cortisol", "evening serum cortisol").
     */
    private static final Pattern TO_THE_NAME = Pattern.compile("(?i)(?:\\s+(?:and|or)\\s+" + TIMES_OF_DAY + ")?"
            + "(?:[\\s-]+(?!(?:and|or|but|in|at|of|on|to|by|for|from|with|during|than|was|were|is|are|the|a|an|whereas|while|when"
            + "|which|that|although|though|as|after|before|because|not)\\b)[\\p{L}\\p{N}-]+){0,2}"
            + "[\\s-]*$");
    /** Times of day that are adjectives, which head no phrase of a preposition: "changes in nocturnal IL-6". */
    private static final Pattern ADJECTIVE_OF_TIME = Pattern.compile("(?i)nocturnal|diurnal");
    /**
     * A preposition right before a time of day that is a noun makes it a time adverbial ("in the evening IL-6 rose"), not a
     * name's modifier.
     */
    private static final Pattern ADVERBIAL = Pattern.compile("(?i)\\b(?:in|at|during|by|from|to|until|till|on|over|through"
            + "|throughout|before|after|across|between)\\s+(?:the\\s+|each\\s+|every\\s+)?(?:early\\s+|late\\s+)?$");

    /**
     * {@code masked} with the times of day that only modify a measured name blanked out (same offsets): "Reduced nocturnal
     * cortisol secretion during critical illness" compares the ill with the well, "No changes in diurnal cortisol measures were
     * observed" after a treatment compares before and after it (the biomarkers review of session 22, B4: four of the gold's
     * nine comparison errors). Only where every time of day of the sentence modifies a name, and the sentence holds no
     * comparator: "evening cortisol was higher than morning cortisol", "evening IL-6 was higher than at 8 a.m." compare times.
     *
     * @param masked the sentence with its entity names blanked out
     * @param names  the names' offsets, {start, end}
     */
    static String withoutTimesOfNames(String masked, List<int[]> names) {
        Matcher time = TIME_OF_DAY.matcher(masked);
        if (!time.find()) {
            return masked;
        }
        List<int[]> modifiers = new java.util.ArrayList<>();
        do {
            if (!modifiesAName(masked, time, names)) {
                return masked;
            }
            modifiers.add(new int[] {time.start(), time.end()});
        } while (time.find());
        if (COMPARATOR.matcher(masked).find()) {
            // "evening IL-6 levels were higher than at 8 a.m.": where the sentence compares, its time of day may be a side of it
            // (the review of session 23's change, R1)
            return masked;
        }
        char[] chars = masked.toCharArray();
        for (int[] m : modifiers) {
            java.util.Arrays.fill(chars, m[0], m[1], ' ');
        }
        return new String(chars);
    }

    private static boolean modifiesAName(String masked, Matcher time, List<int[]> names) {
        if (!ADJECTIVE_OF_TIME.matcher(time.group()).matches()
                && ADVERBIAL.matcher(masked.substring(Math.max(0, time.start() - 40), time.start())).find()) {
            return false;
        }
        for (int[] name : names) {
            if (name[0] >= time.end() && name[0] - time.end() <= 40
                    && TO_THE_NAME.matcher(masked.substring(time.end(), name[0])).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of a sentence that names a treatment outside the study's course: a criterion of exclusion or a history ("men
     * who underwent surgery were excluded"; the review of session 20's change, 5).
     */
    private static final Pattern NOT_THE_STUDYS_COURSE = Pattern.compile("(?i)\\b(?:exclud\\w*|exclusion|history|previous\\w*|prior"
            + "|earlier|never)\\b");

    /** A sentence that opens with its comparator: "Compared with the level of pre-sleep, ...". */
    private static final Pattern FRONTED_COMPARATOR = Pattern.compile(
            "\\W*(?:as\\s+)?(?:compared\\s+(?:with|to)|in\\s+comparison\\s+(?:with|to)|relative\\s+to)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Nouns of an occasion or a treatment after a control word: "the control night", "the control period", "the control
     * diet" name a time's or a treatment's comparator, never the control group ("than in controls" and "between
     * insomniacs and controls was" name the controls).
     */
    private static final String CONTROL_OCCASION = "(?:night|nights|day|days|period|periods|session|sessions|visit|visits"
            + "|condition|conditions|phase|phases|week|weeks|experiments?|times?|points?"
            + "|state|states|diet|diets|treatment|treatments|interventions?|runs?|trials?|sleep|meals?|exposure|recordings?)\\b";
    /**
     * Nouns of a value after a control word: "control levels", "control values", "control samples". They are the control
     * group's values where the clause names another group ({@link #namesAnotherGroup}: "IL-6 in patients was higher in
     * the morning than control values"), and a time's comparator where it names none ("IL-6 was higher in the morning
     * compared with control levels").
     */
    private static final String CONTROL_VALUE = "(?:values?|levels?|measurements?|samples?|concentrations?)\\b";
    /** What may not follow a control word for it to name the control group for sure: a noun of an occasion or of a value. */
    private static final String CONTROL_GROUP_END = "(?!\\s*-?\\s*(?:" + CONTROL_OCCASION + "|" + CONTROL_VALUE + "))";
    /** A comparator against the controls' values: "than control values", "compared with the healthy control levels". */
    private static final Pattern AGAINST_CONTROL_VALUES = Pattern.compile(
            "\\b(?:compared (?:to|with)|than|versus|vs\\.?|relative to|in comparison (?:to|with))\\s+(?:(?:in|with|to)\\s+)?"
                    + "(?:the\\s+)?(?:healthy\\s+|normal\\s+|matched\\s+|age-matched\\s+)*control\\s*-?\\s*" + CONTROL_VALUE);
    /**
     * A control word that names no group of people: before a noun of an occasion, or of a value where the clause names
     * no other group; blanked before a clause's words are weighed, so that it does not make a time comparison a condition.
     */
    private static final Pattern CONTROL_OCCASION_WORD = Pattern.compile("\\bcontrol(?=\\s*-?\\s*" + CONTROL_OCCASION + ")");
    private static final Pattern CONTROL_VALUE_WORD = Pattern.compile("\\bcontrol(?=\\s*-?\\s*" + CONTROL_VALUE + ")");
    /** The control group named in a clause ("healthy subjects", "control mice", "controls"): not another group. */
    private static final Pattern CONTROL_GROUP = Pattern.compile(
            "\\b(?:(?:healthy|normal|control|matched|age-matched)\\s+)+[\\p{L}-]+|\\bcontrols\\b");

    /**
     * Groups compared at each time point: "between both groups", "among the three groups", "between insomniacs and
     * controls" (a group set against the controls).
     */
    private static final Pattern BETWEEN_GROUPS = Pattern.compile(
            "\\b(?:between|among)\\s+(?:the\\s+|both\\s+|all\\s+|two\\s+|three\\s+)*(?:[a-z-]+\\s+)?(?:groups?|patients|subjects|cases|controls)\\b"
                    + "|\\bbetween\\s+(?:[\\p{L}'-]+\\s+){1,3}and\\s+(?:the\\s+)?(?:healthy\\s+|normal\\s+|matched\\s+)*(?:controls|control)\\b"
                    + CONTROL_GROUP_END);
    /**
     * A comparator that names the controls: "than in controls", "compared with healthy controls", "versus the control group",
     * "did not differ from those in the controls".
     */
    private static final Pattern AGAINST_CONTROLS = Pattern.compile(
            "\\b(?:compared (?:to|with)|than|versus|vs\\.?|relative to|in comparison (?:to|with)|differ(?:s|ed)? from|different from)"
                    + "\\s+(?:(?:in|with|to|those of|that of|those in)\\s+)?"
                    + "(?:the\\s+)?(?:healthy\\s+|normal\\s+|matched\\s+|age-matched\\s+)*(?:controls|control)\\b" + CONTROL_GROUP_END);
    /** "in both groups", "within each arm": the groups in which a change happened. */
    static final Pattern IN_EACH_GROUP = Pattern.compile( // package-private for ClauseScansTest
            "\\b(?:in|within) (?:both|each|all|either|the (?:two|three|four)) (?:[a-z-]+ )?(?:groups?|arms?)\\b");
    /** Verbs of change, as an active verb of a statement over time ("IL-6 decreased in both groups"). */
    private static final Set<String> CHANGE_VERBS = Set.of("increased", "decreased", "rose", "fell", "declined", "dropped",
            "diminished", "elevated", "reduced", "lowered", "raised", "changed");
    /** Forms of "to be": before a participle, it makes a state ("were reduced in both groups"), not a change. */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "remained");

    /** A level that stayed as it was: "remained relatively stable", "remained unchanged", compared with itself earlier. */
    private static final Pattern REMAINED = Pattern.compile(
            "\\bremain(?:ed|s)?\\s+(?:\\p{L}+ly\\s+)?(?:stable|unchanged|constant)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A level that came back to normal ("IL-6 levels normalized again during the recovery night"): it is
     * set against itself before, in the same group, not against another group; "normalized to total
     * protein" is a unit of measurement, not a change.
     */
    private static final Pattern NORMALIZED = Pattern.compile(
            "normali[sz](?:ed|ation)\\b(?!\\s+(?:to|by|against|for|with)\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * A phrase of what a result was held independent of, up to its punctuation ("..., independent of retinoic acid
     * intake", "after adjustment for age and smoking"): a covariate, not what was compared ({@code covariate} in
     * comparisons.tsv).
     */
    private static final Pattern COVARIATE = Pattern.compile("\\b(?:" + String.join("|", WORDS.get("covariate").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(w -> w.replace(" ", "\\s+")).toList())
            + ")\\b[^,;()\\[\\]]*", Pattern.CASE_INSENSITIVE);
    /**
     * A relative clause that offers an explanation, up to the clause's end (", which may explain their poorer response to
     * infliximab therapy"): a guess at what the result means, not what was compared (a sample of findings read in session
     * 17 took the therapy for the comparison of an allele's carriers).
     */
    private static final Pattern SPECULATION = Pattern.compile(
            ",\\s*which\\s+(?:may|might|could|would|possibly|probably|likely|suggests?|indicates?|explains?|implies)\\b[^;]*",
            Pattern.CASE_INSENSITIVE);
    /**
     * Where a covariate phrase that no punctuation closes ends before the clause goes on ("Serum IL-6 adjusted for body
     * weight was higher in mice exposed to smoke", "Independent of age serum IL-6 was increased in patients receiving
     * interferon"): at a verb of the clause, or at "than" (review 26, M2: it was blanked to the end of the sentence).
     */
    private static final Pattern COVARIATE_END = Pattern.compile("\\b(?:is|are|was|were|be|been|being|remained|remains|has|have|had|did"
            + "|does|do|showed|shows|than|" + String.join("|", CHANGE_VERBS.stream().sorted().toList()) + ")\\b", Pattern.CASE_INSENSITIVE);

    /** A cause that opens with a species named by its genus's initial ("H. saguini MIT 97-6194-5", "E. coli strains"): a microbe. */
    private static final Pattern SPECIES = Pattern.compile("\\s*(?:the\\s+)?\\p{Lu}\\.\\s?\\p{Ll}{3,}\\b");

    /**
     * A cause that makes a gene or microRNA more or less of: "overexpression of" anything (a name, blanked, included), and
     * "loss of", "lack of", "absence of", "deletion of" a gene's symbol (a capital and a digit, "Foxp3", or two capitals,
     * "TLR4", "NOD2") or a microRNA; not "loss of sleep", nor a title's "Loss of Sleep" (sample s23, pattern 1a: both were read
     * as a treatment or the record's disease; a symbol of one capital and small letters, "Ihh", reads as a title's word).
     */
    private static final Pattern GENE_CHANGED = Pattern.compile("\\b(?:[Oo]ver-?expression\\s+of\\s"
            + "|(?:[Ll]oss|[Ll]ack|[Aa]bsence|[Dd]eletion)\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}]*\\p{N}[\\p{L}\\p{N}]*\\b"
            + "|\\p{Lu}{2,}[\\p{L}\\p{N}]*\\b|miR-?\\d|micro[Rr][Nn][Aa]))");

    /** Surgical removals and repairs: "appendectomy", "vagotomy", "colostomy". */
    private static final Pattern SURGERY = Pattern.compile("\\b\\p{L}+(?:ectomy|ectomies|otomy|ostomy|plasty)\\b");

    /**
     * What a whole sentence says, strong words first: worked out once per sentence ({@link #sentenceKinds})
     * and used for each of its statements whose clause says nothing.
     *
     * @param strong the kind its strong words name, or null
     * @param weak   the kind all its words name, or null
     */
    record SentenceKinds(String strong, String weak) {
        static final SentenceKinds NONE = new SentenceKinds(null, null);
    }

    private final ConditionDetector conditions;

    /** @param conditions tells cells named by their patients' disease ("CD macrophages"); thread-safe */
    ComparisonDetector(ConditionDetector conditions) {
        this.conditions = conditions;
    }

    /** The kinds a (masked) sentence names. */
    SentenceKinds sentenceKinds(String masked, RecordFacts facts) {
        if (masked.isBlank()) {
            return SentenceKinds.NONE;
        }
        String text = written(withoutCovariates(masked), facts);
        return new SentenceKinds(classify(text, false), classify(text, true));
    }

    /**
     * What a statement of a sentence read once for all its statements ({@link SentenceScans}) compares.
     *
     * @param s         the statement
     * @param scans     its sentence's scans, made of its sentence with entity names blanked out (same offsets)
     * @param sentence  what its whole sentence names ({@link #sentenceKinds})
     * @param confirmed for a statement that confirms the previous sentence, what that sentence names; else {@link SentenceKinds#NONE}
     * @param specimen  its specimen, or null
     */
    String comparison(Statement s, SentenceScans scans, Supplier<SentenceKinds> sentence,
                      Supplier<SentenceKinds> confirmed, Supplier<String> before, String specimen, RecordFacts facts) {
        if (s.basis() == Statement.Basis.PRESUPPOSED) {
            return presupposed(s, scans.masked, specimen, facts);
        }
        String kind = s.reverses() ? reversal(s, scans, confirmed, before, specimen, facts)
                : compared(s, scans, sentence, confirmed, before, specimen, facts, false);
        return "time".equals(kind) && underATreatmentsCourse(scans.masked, facts) ? "intervention" : kind;
    }

    /**
     * Whether the record's people were under a treatment's course ("patients undergoing primary treatment", "assessed weekly
     * during chemoradiation"): a change between two of its time points, "at 6 months" or "by week 8", is then the
     * treatment's (guidelines v1.2: time has nothing given in between; a sampler's s20, pattern 1). A time of day is compared
     * as such whatever the people undergo.
     */
    private static boolean underATreatmentsCourse(String sentence, RecordFacts facts) {
        return !TIME_OF_ITSELF.matcher(sentence).find() && facts.writesInASentence(UNDERGOING_REGIMEN, NOT_THE_STUDYS_COURSE);
    }

    /**
     * What a presupposed increase compares (the "exercise-induced" rise of "training abrogated exercise-induced
     * circulating IL-6"): its stimulus against none. A stimulus is an {@code exposure} ("LPS-induced", "TNF-induced"),
     * unless it is something people or animals undergo ({@code undergone} in comparisons.tsv: "exercise-induced",
     * "surgery-induced", "sleep deprivation-induced"; guidelines v1.2 count exercise, surgery and sleep changes as
     * interventions), its words name no genotype or exposure, and the change was not measured in cells, where what
     * acts on them is a stimulus. A substance ("drug-induced", "high-fat diet-induced") stays an exposure: given to
     * raise a cytokine or make a model, not for its effect. A stated "exercise-induced rise" was an intervention already.
     */
    private static String presupposed(Statement s, String masked, String specimen, RecordFacts facts) {
        if (s.causeStart() < 0 || s.causeEnd() > masked.length() || "cells".equals(specimen) || "pbmc".equals(specimen)) {
            return "exposure";
        }
        String stimulus = masked.substring(s.causeStart(), s.causeEnd());
        boolean undergone = false;
        for (Word w : Words.of(StatementAttributes.lower(stimulus))) {
            for (String part : w.text().split("-")) {
                undergone |= UNDERGONE.contains(part);
            }
        }
        return undergone && "intervention".equals(classify(written(stimulus, facts), false)) ? "intervention" : "exposure";
    }

    /** What people or animals undergo, whose induced change is an intervention's: "exercise-induced" ({@code undergone}). */
    private static final Set<String> UNDERGONE = WORDS.get("undergone");

    /**
     * What a statement that reverses an induced change compares ("Q inhibited the LPS-induced production of IL-6": LPS
     * plus Q against LPS alone; guidelines v1.2, "Orientation"). Its stimulus is given to both sides, so it is read as
     * if the stimulus were not written, and a cause that is only the stimulus is no cause; what else the clause or
     * sentence names decides ("... was lower in cells of patients" is still a condition), and when nothing does, what
     * reversed the change was given for its effect: an intervention. The presupposed increase stays the stimulus's
     * exposure, so the two findings fall in different strata.
     */
    private String reversal(Statement s, SentenceScans scans, Supplier<SentenceKinds> confirmed, Supplier<String> before,
                            String specimen, RecordFacts facts) {
        StringBuilder blanked = new StringBuilder(scans.masked);
        for (int i = s.reversedStart(); i < s.reversedEnd() && i < blanked.length(); i++) {
            blanked.setCharAt(i, ' ');
        }
        String masked = blanked.toString();
        // a cause whose words are all the stimulus's ("FP/SAL inhibited TS mediated IL-6": "TS"); a cause of names only
        // (blank in the masked text already, "IL-10 inhibited LPS-induced TNF") stays a cause
        boolean causeIsStimulus = s.causeStart() >= 0 && masked.substring(s.causeStart(), s.causeEnd()).isBlank()
                && !scans.masked.substring(s.causeStart(), s.causeEnd()).isBlank();
        Statement unreversed = new Statement(s.entity(), s.direction(), s.clauseStart(), s.clauseEnd(), s.cueStart(), s.basis(),
                causeIsStimulus ? -1 : s.causeStart(), causeIsStimulus ? -1 : s.causeEnd());
        SentenceKinds kinds = sentenceKinds(masked, facts);
        return compared(unreversed, new SentenceScans(masked), () -> kinds, confirmed, before, specimen, facts, true);
    }

    /** {@link #comparison} of a statement that is not presupposed; {@code reversal} when it reverses an induced change. */
    private String compared(Statement s, SentenceScans scans, Supplier<SentenceKinds> sentence, Supplier<SentenceKinds> confirmed,
                            Supplier<String> before, String specimen, RecordFacts facts, boolean reversal) {
        String masked = scans.masked;
        ClauseScans scanned = scans.clause(s);
        String clause = scanned.text;
        if (s.causeStart() >= 0 && !onlyReporters(masked.substring(s.causeStart(), s.causeEnd()))
                && !onlyMeasured(masked.substring(s.causeStart(), s.causeEnd()))) {
            String cause = written(masked.substring(s.causeStart(), s.causeEnd()), facts);
            if (onlyModelMade(cause)) {
                return "condition"; // "DSS administration increased colonic IL-6": the colitis model against mice without it
            }
            String byCause = classify(cause, false);
            if (byCause == null) {
                byCause = classify(cause, true);
            }
            if (byCause != null && againstControls(byCause, cause, clause, cue(s, clause))) {
                return "condition";
            }
            if ("condition".equals(byCause) && changeSinceMeasuredBefore(scanned, cue(s, clause), before)) {
                // "Samples were taken before and after exercise. Patients with asthma showed an increase in plasma IL-6":
                // the patients are where the change was seen, between the two measurements
                return overTime(masked, facts);
            }
            if ("intervention".equals(byCause) && ENTITY_GIVEN.matcher(cause).find()) {
                // "Dermal fibroblasts treated with IL-17A showed upregulated CXCL1": the cause's treatment is an entity given,
                // a stimulus of cells (a sampler's s20, pattern 2a), a treatment of people
                return entityGiven(specimen);
            }
            if (byCause != null) {
                return byCause;
            }
            if (GENE_CHANGED.matcher(cause).find()) {
                return "genotype"; // "Overexpression of miR-21 increased IL-6": a gene made more or less of, not a compound given
            }
            if (onlyEntities(cause)) {
                return entityGiven(specimen);
            }
            // "Participants with the 4/5 or 5/5 Per3 variable tandem repeat sequence had elevated IL-6
            // compared to those with the 4/4 genotype": compared against another genotype, the groups are genotypes
            Matcher comparator = COMPARATOR.matcher(clause);
            if (comparator.find(cue(s, clause)) && "genotype".equals(classify(clause.substring(comparator.end()), false))) {
                return "genotype";
            }
            // a microbe that raises a cytokine infects or stimulates; one that lowers it is tried as a treatment
            // (probiotics, helminth products against a stimulus)
            return s.direction() == Direction.INCREASED && SPECIES.matcher(cause).lookingAt() ? "exposure" : "intervention";
        }
        int cue = cue(s, clause);
        if (scanned.entityGivenFrom(cue)) {
            return entityGiven(specimen); // "substance P fell after cortisol", "NPY rose in response to CGRP"
        }
        String givenFirst = scanned.givingVerbBefore(cue) ? givenBeforeChange(clause, cue, facts) : null;
        if (givenFirst == null) {
            givenFirst = givenInSentenceBefore(scanned, cue, before.get(), facts);
        }
        if (givenFirst != null) {
            return givenFirst;
        }
        if (betweenTimePoints(scanned, cue) || changeSinceMeasuredBefore(scanned, cue, before)
                || (scanned.remained() || NORMALIZED.matcher(clause.substring(cue)).lookingAt())
                        && !scanned.comparator()) {
            return overTime(masked, facts);
        }
        String weighed = scanned.weighed();
        if (COMPARATOR.matcher(masked).find()) {
            // groups compared at every time point ("lower than controls at each of the four visits"); without a comparator of
            // groups in the sentence, "IL-6 declined across all follow-up visits" is a change in time
            weighed = atEveryTimePointBlanked(weighed);
        }
        String tail = written(weighed.substring(cue), facts);
        String head = written(weighed.substring(0, cue), facts);
        String kind = classify(tail, false);
        if (kind != null && ORDER.indexOf(kind) < CONDITION) {
            String untilHealthy = untilHealthyControls(weighed.substring(cue));
            if (untilHealthy == null && frontedHealthyControls(masked, s.clauseStart() + cue)) {
                untilHealthy = untilWhen(weighed.substring(cue)); // "Compared with healthy controls, IL-6 was higher in patients after surgery"
            }
            if (untilHealthy != null && "condition".equals(classify(written(untilHealthy, facts), false))) {
                kind = "condition"; // "higher in patients with COPD than in healthy controls at rest and after exercise"
            }
        }
        if ("genotype".equals(kind) && controlsGenotypeOnly(tail)) {
            kind = "condition"; // "increased in patients as compared to controls having wild genotypes": patients against controls
        }
        if ("condition".equals(kind) && namesEngineeredStrain(head)) {
            kind = "genotype"; // "IL-6 in TDAG8-/- mice increased in DSS colitis": the strain is the group, the disease where it was compared
        }
        if ("exposure".equals(kind) && (treatsStimulated(head, tail) || stimulatedBothWaysOnly(tail) && "intervention".equals(classify(head, true)))) {
            kind = "intervention";
        }
        if ("time".equals(kind) && (timeOnlyNamesGroups(tail + " . " + head) || scanned.comparesGroups())) {
            kind = "condition";
        }
        kind = kind != null ? kind : classify(head, false);
        if (againstControls(kind, head, clause, cue) || stimulatedCellsOfPatients(kind, head, clause, specimen, facts)) {
            return "condition";
        }
        kind = kind != null ? kind : sentence.get().strong();
        kind = kind != null ? kind : confirmed.get().strong();
        if (kind == null && stimulatedBothWaysOnly(tail) && "intervention".equals(classify(head, true))) {
            kind = "intervention"; // "Cells from fluticasone-treated tissue released less IL-6 spontaneously as well as upon stimulation"
        }
        kind = kind != null ? kind : classify(tail, true);
        kind = kind != null ? kind : classify(head, true);
        kind = kind != null ? kind : sentence.get().weak();
        kind = kind != null ? kind : confirmed.get().weak();
        if ("time".equals(kind) && scanned.comparesGroups()) {
            return "condition"; // "In the evening, IL-6 in insomniacs was higher compared with control levels": the time is the sentence's
        }
        if ("condition".equals(kind) && (againstTheModelGroup(clause, cue) || treatsTheDisease(head))) {
            return "intervention";
        }
        if (kind != null) {
            return kind;
        }
        if (reversal) {
            return "intervention";
        }
        String title = facts.title();
        String byTitle = title.isEmpty() ? null : classify(title, true);
        return byTitle != null ? byTitle : "condition";
    }

    /**
     * {@code text} with its covariate phrases blanked ("Serum IL-6 was higher in patients with lupus, independent of
     * retinoic acid intake": the intake is no exposure compared), and its relative clauses of explanation
     * ({@link #SPECULATION}), of the same length so that offsets keep.
     */
    private static String withoutCovariates(String text) {
        Matcher speculation = SPECULATION.matcher(text);
        if (speculation.find()) {
            StringBuilder out = new StringBuilder(text);
            do {
                for (int i = speculation.start(); i < speculation.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            } while (speculation.find());
            text = out.toString();
        }
        Matcher covariate = COVARIATE.matcher(text);
        if (!covariate.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        Matcher verb = COVARIATE_END.matcher(text);
        do {
            int end = verb.region(covariate.start(), covariate.end()).find() ? verb.start() : covariate.end();
            for (int i = covariate.start(); i < end; i++) {
                out.setCharAt(i, ' ');
            }
        } while (covariate.find());
        return out.toString();
    }

    /**
     * What a change compares when its clause first gives something and then, after "and", states the change
     * ("Patients received IFN-alpha and serum IL-6 was elevated", "Ten volunteers received IFN-alpha and IL-6
     * rose within 4 hours"): the agent was given between the two measurements, so the change is the
     * intervention's (guidelines v1.2: "after vs. before ... treatment or intervention"; {@code time} only
     * "with nothing given in between"), or the exposure's or genotype's its object names ("Mice received LPS
     * and ..."). Null when the clause is not so built, or when it names a comparator ("... compared with
     * healthy controls"), a group or condition after the "and" or after the direction word ("... in those who
     * developed depression"), or the giving verb is in a relative clause ("Patients who received ...") or has
     * a genotype or stimulus for its subject ("Knockout mice received ..."): the groups are then compared; nor
     * when the direction word compares degrees or a relative clause follows it ("was higher in non-survivors",
     * "in those who died"), when what was received names a condition ("a diagnosis of major depression"), or
     * when nothing was given ("received no treatment", "had not received").
     */
    private static String givenBeforeChange(String clause, int cue, RecordFacts facts) {
        String head = StatementAttributes.lower(clause.substring(0, cue));
        Matcher given = GIVEN_THEN.matcher(head);
        if (!given.find() || COMPARATOR.matcher(clause).find()
                || RELATIVE.matcher(head.substring(0, given.start())).find() || RELATIVE.matcher(given.group("rest")).find()
                || NOTHING_GIVEN.matcher(head.substring(0, given.start())).find() || NOTHING.matcher(given.group("object")).lookingAt()) {
            return null; // "Patients received no treatment and ...", "had not received": nothing was given in between
        }
        String subject = classify(written(head.substring(0, given.start()), facts), false);
        if ("genotype".equals(subject) || "exposure".equals(subject)) {
            return null; // "Knockout mice received a high-fat diet and ...": the strain may be what is compared
        }
        String after = StatementAttributes.lower(clause.substring(cue));
        if (COMPARATIVE_CUE.matcher(after).lookingAt() || RELATIVE.matcher(after).find()) {
            return null; // "... and serum IL-6 was higher in non-survivors", "... in those who died": groups are compared
        }
        String rest = classify(written(given.group("rest"), facts), false);
        String tail = classify(written(clause.substring(cue), facts), false);
        if (rest != null && !"time".equals(rest) || tail != null && !"time".equals(tail)) {
            return null;
        }
        String object = classify(written(given.group("object"), facts), false);
        if ("condition".equals(object)) {
            return null; // "received a diagnosis of major depression and ...": a condition is no agent given
        }
        return "genotype".equals(object) || "exposure".equals(object) ? object : "intervention";
    }

    /**
     * What a change compares when the sentence right before it, in the same section, only gives something and the
     * change follows it in time ("Patients received IFN-alpha. Serum IL-6 was then elevated."): as in
     * {@link #givenBeforeChange}, the intervention's, or the exposure's or genotype's its object names. Null unless
     * the statement's clause says that it came after ("then", "subsequently", "4 hours later": {@code sequence} of
     * comparisons.tsv) or that its subject responded with it ("All patients responded with a short pulse of increased
     * synthesis of ...": the subject is who responded and may name people), and compares nothing else (no comparator,
     * no degree or relative clause after its direction word, no group or condition in it past the response verb), and
     * the sentence before gives an agent as the study's own act: a giving verb, or a noun of giving and "of" ("after the
     * administration of a single dose of endotoxin", {@code giving-noun}), with no relative pronoun or negation before
     * it, no condition or nothing for its object, no genotype or
     * stimulus for its subject, and no word of earlier work, aim or plan ({@code not-done-here}: "Previous studies
     * reported that patients received ...", "Patients will receive ...").
     */
    private static String givenInSentenceBefore(ClauseScans scanned, int cue, String before, RecordFacts facts) {
        String clause = scanned.text;
        String lowerClause = scanned.lower();
        if (before.isBlank() || scanned.comparator()) {
            return null;
        }
        // "All patients responded with a short pulse of increased synthesis of ... interleukin-1": the subject of a
        // response is who responded, not a group compared; what the response was to is read from the sentence before
        Matcher response = RESPONDED.matcher(lowerClause);
        int from = response.find() && response.end() <= cue ? response.end() : -1;
        if (from < 0 && !scanned.sequence()) {
            return null;
        }
        String after = lowerClause.substring(cue);
        if (COMPARATIVE_CUE.matcher(after).lookingAt() || RELATIVE.matcher(after).find()) {
            return null; // "Serum IL-6 was then higher in non-survivors": groups are compared
        }
        for (String part : new String[] {clause.substring(Math.max(0, from), cue), clause.substring(cue)}) {
            String kind = classify(written(part, facts), false);
            if (kind != null && !"time".equals(kind)) {
                return null; // "Serum IL-6 was then elevated in patients with depression", "responded to LPS with ..."
            }
        }
        String giving = StatementAttributes.lower(before);
        Matcher given = GIVEN_ALONE.matcher(giving);
        if (!given.find()) {
            given = GIVING_NOUN.matcher(giving); // "before, during, and after the administration of a single dose of endotoxin"
            if (!given.find()) {
                return null;
            }
        }
        if (NOT_DONE_HERE.matcher(giving).find() || RELATIVE.matcher(giving.substring(0, given.start())).find()
                || NOTHING_GIVEN.matcher(giving.substring(0, given.start())).find() || NOTHING.matcher(given.group("object")).lookingAt()) {
            return null;
        }
        String subject = classify(written(giving.substring(0, given.start()), facts), false);
        if ("genotype".equals(subject) || "exposure".equals(subject)) {
            return null; // "Knockout mice received a high-fat diet.": the strain may be what is compared
        }
        String object = classify(written(given.group("object"), facts), false);
        if ("condition".equals(object)) {
            return null; // "Patients received a diagnosis of depression."
        }
        return "genotype".equals(object) || "exposure".equals(object) ? object : "intervention";
    }

    /** A sentence that measured at two time points around what was given: "levels were measured before and during treatment". */
    private static final Pattern MEASURED_BEFORE_AND_AFTER = Pattern.compile(
            "\\b(?:measured|determined|assessed|evaluated|quantified|analy[sz]ed|obtained|collected|taken|drawn|sampled)\\b[^;]*"
                    + "\\b(?:before|prior to)\\s+and\\s+(?:during|after)\\b");
    /** A noun of change at a statement's direction word: "a decrease in serum TNF-alpha", "a rise of IL-6". */
    private static final Pattern CHANGE_NOUN = Pattern.compile("(?:decrease|increase|reduction|rise|fall|decline|drop)\\b");

    /**
     * Whether a statement is a change since the first of two measurements its sentence's predecessor (same section) made
     * ("We measured TNF-alpha before and during treatment. In patients with an objective response, a decrease in serum
     * TNF-alpha was demonstrated"): its direction word is a noun of change, its clause names no comparator and compares
     * no groups, and that sentence measured "before and during" or "before and after" something, as the study's own act.
     * The subgroup the clause names is where the change was seen, not what it compares.
     */
    private static boolean changeSinceMeasuredBefore(ClauseScans scanned, int cue, Supplier<String> before) {
        // the sentence before is found only for a statement that may need it: this runs for most statements
        if (scanned.comparator() || scanned.comparesGroups()
                || !CHANGE_NOUN.matcher(scanned.lower()).region(cue, scanned.lower().length()).lookingAt()) {
            return false;
        }
        String measuring = StatementAttributes.lower(before.get());
        return MEASURED_BEFORE_AND_AFTER.matcher(measuring).find() && !NOT_DONE_HERE.matcher(measuring).find();
    }

    /** A verb of response to something unnamed in the clause: "All patients responded with a short pulse of ...". */
    private static final Pattern RESPONDED = Pattern.compile("\\b(?:responded|reacted|respond|react|responds|reacts)\\s+(?:with|by)\\b");
    /**
     * A noun of giving ({@code giving-noun} of comparisons.tsv) with "of" and its object, to the end of a sentence: "after
     * the administration of a single dose of endotoxin".
     */
    private static final Pattern GIVING_NOUN = Pattern.compile("\\b(?:" + String.join("|", WORDS.get("giving-noun"))
            + ")\\s+of\\b(?<object>[^;]*)$");
    /** A giving verb ({@code given-then} of comparisons.tsv) and its object, to the end of a sentence. */
    private static final Pattern GIVEN_ALONE = Pattern.compile("\\b(?:" + String.join("|", WORDS.get("given-then").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(w -> w.replace(" ", "\\s+")).toList())
            + ")\\b(?<object>[^;]*)$");
    /** Words that a change came after what was given: "then", "subsequently", "4 hours later". */
    private static final Pattern SEQUENCE = Pattern.compile("\\b(?:" + String.join("|", WORDS.get("sequence").stream()
            .map(w -> w.replace(" ", "\\s+")).toList()) + ")\\b");
    /** Words of earlier work, an aim or a plan in a sentence that gives something: "previously", "reported", "will receive". */
    private static final Pattern NOT_DONE_HERE = Pattern.compile("\\b(?:" + String.join("|", WORDS.get("not-done-here").stream()
            .map(w -> w.replace(" ", "\\s+")).toList()) + ")\\b");

    /** A giving verb ({@code given-then} of comparisons.tsv), its object, then "and" and the rest of the clause before the direction word. */
    static final Pattern GIVEN_THEN = Pattern.compile( // package-private for ClauseScansTest
            "\\b(?:" + String.join("|", WORDS.get("given-then").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(w -> w.replace(" ", "\\s+")).toList())
            + ")\\b(?<object>[^;]*?),?\\s+and\\s+(?<rest>[^;]*)$");
    /** A direction word that compares degrees ("higher in non-survivors"): it sets groups side by side, not times. */
    private static final Pattern COMPARATIVE_CUE = Pattern.compile("(?:higher|lower|greater|smaller|larger|more|less)\\b");
    /** A giving verb negated: "had not received", "never received". */
    private static final Pattern NOTHING_GIVEN = Pattern.compile("\\b(?:not|never|no longer)\\s+$");
    /** An object of giving that is nothing: "received no treatment", "were given none". */
    private static final Pattern NOTHING = Pattern.compile("\\s*(?:no|none|nothing|neither)\\b");
    /** Words of a relative clause: "patients who received", "those that developed". */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|whom|whose|which|that)\\b");

    /**
     * Where a statement's time points are looked for: its clause, with the comparator phrase that
     * opens its sentence ("Compared with the level of pre-sleep [...], the post-sleep level of IL-6
     * was elevated").
     */
    private static String timeScope(String masked, int clauseStart, String clause) {
        String before = masked.substring(0, clauseStart);
        return FRONTED_COMPARATOR.matcher(before).lookingAt() ? before + clause : clause;
    }

    /**
     * Whether a statement compares one group at two time points rather than two groups: its clause
     * names both ("pre-sleep ... post-sleep", "before and after", "compared with baseline") and
     * compares no groups ("between both groups of children, before and after"), or its direction
     * word is an active verb of change in each of the groups and nothing is its comparator ("IL-6
     * decreased significantly in both groups").
     *
     * @param scanned the statement's clause
     * @param cue     where the direction word begins in the clause
     */
    private static boolean betweenTimePoints(ClauseScans scanned, int cue) {
        Boolean betweenTimePoints = scanned.timePoints();
        if (betweenTimePoints != null) {
            return betweenTimePoints;
        }
        String clause = scanned.lower();
        if (!scanned.inEachGroupFrom(cue) || scanned.comparator()) {
            return false;
        }
        List<Word> words = Words.of(clause.substring(cue));
        if (words.isEmpty() || !CHANGE_VERBS.contains(words.get(0).text())) {
            return false;
        }
        List<Word> before = Words.of(clause.substring(0, cue));
        int last = before.size() - 1;
        while (last >= 0 && before.get(last).text().endsWith("ly")) {
            last--; // "was significantly decreased"
        }
        return last < 0 || !BE.contains(before.get(last).text()); // "were decreased in both groups" is a state, perhaps against controls
    }

    /**
     * What a change between two time points compares: a genotype, stimulus or treatment its sentence
     * names (the groups it names are where it changed, not its comparator); else a treatment when the
     * record names one (a trial's arms both change over its course: guidelines v1.2 count a change
     * after a treatment, against baseline, as intervention); else time ("a later against an earlier
     * time point with nothing given in between").
     */
    private static String overTime(String masked, RecordFacts facts) {
        String kind = classify(written(masked, facts), false);
        if (kind != null && ORDER.indexOf(kind) <= INTERVENTION) {
            return kind;
        }
        return (kinds(facts.text(), false) & (1 << INTERVENTION)) != 0 ? "intervention" : "time";
    }

    /**
     * Whether a stimulated cause is the patients' cells compared with the controls' ("LPS-stimulated
     * monocytes from patients with CD secreted lower IL-10, compared with control monocytes"): both
     * groups were stimulated, and the comparison is the condition (guidelines v1.2: "stimulated cells
     * from patients vs. from controls").
     */
    private static boolean againstControls(String byCause, String cause, String clause, int cue) {
        if (!"exposure".equals(byCause) || (kinds(cause + " " + clause.substring(0, cue), false) & (1 << CONDITION)) == 0) {
            return false;
        }
        Matcher comparator = COMPARATOR.matcher(clause);
        if (!comparator.find(cue)) {
            return false;
        }
        String after = clause.substring(comparator.end(), Math.min(clause.length(), comparator.end() + 40));
        return CONTROLS.matcher(StatementAttributes.lower(after)).lookingAt();
    }

    /**
     * Whether a stimulus acts on cells of patients with a condition and the clause names no
     * comparator: cells from patients named before the direction word ("Monocyte-derived macrophages
     * from CD patients stimulated with Escherichia coli released attenuated levels of TNF"), or cells
     * named by the patients' disease anywhere in the clause ("Attenuated TNFα and IL-23 release from
     * CD macrophages was found after infection with all E. coli strains"): the patients' cells are set
     * against the controls', stimulated alike (guidelines v1.2: "stimulated cells from patients vs.
     * from controls"); a comparator is read by {@link #againstControls} ("compared with unstimulated
     * cells" keeps the stimulus).
     */
    private boolean stimulatedCellsOfPatients(String kind, String head, String clause, String specimen, RecordFacts facts) {
        return "exposure".equals(kind) && ("cells".equals(specimen) || "pbmc".equals(specimen))
                && (PATIENTS_CELLS.matcher(StatementAttributes.lower(head)).find() && (kinds(head, false) & (1 << CONDITION)) != 0
                        || conditions.namesSamplesOfPatients(clause, facts))
                && !COMPARATOR.matcher(clause).find();
    }

    /** Cells that come from patients: "macrophages from CD patients", "monocytes of patients with CD". */
    private static final Pattern PATIENTS_CELLS = Pattern.compile("\\b(?:from|of)\\s+(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}patients\\b");

    /** The controls a comparator names: "control monocytes", "healthy controls", "those of healthy donors". */
    private static final Pattern CONTROLS = Pattern.compile(
            "\\s*(?:(?:those|that|cells)\\s+(?:of|from|in)\\s+)?(?:the\\s+)?(?:healthy|normal|non-ibd|control|controls)\\b");

    /**
     * The untreated animals of a disease model as a comparator: "than in the model group", "compared with TNBS-control
     * animals", "vs. the DSS-control mice" (an inducer's abbreviation hyphened to "control": "IBD controls", patients
     * taken as controls, are none). Both groups have the disease.
     */
    private static final Pattern MODEL_GROUP = Pattern.compile("\\s*(?:in\\s+)?(?:the\\s+|those\\s+of\\s+(?:the\\s+)?)?"
            + "(?:(?i:untreated|vehicle-treated|vehicle|non-?treated)\\s+)?"
            + "(?:(?i:model)(?:\\s+control)?\\s+(?i:group|groups|animals|mice|rats)|[A-Z][A-Z0-9]{1,7}-(?i:controls?))\\b");
    /**
     * A verb of easing a disease, in the active voice, and its object up to a preposition or a comma: "Q ameliorated DSS
     * colitis", "attenuated the symptoms of dextran sulfate sodium (DSS)-induced colitis".
     */
    private static final Pattern EASES = Pattern.compile(
            "\\b(?<!was |were |been |be |is |are )(?:ameliorated|attenuated|alleviated|mitigated|relieved|prevented|improved)\\s+"
                    + "(?<object>[^,;]*?)(?=\\s+(?:in|with|by|through|via|and|while|whereas|at|after|during|on|for)\\b|[,;]|$)");

    /**
     * Whether a statement's comparator is a disease model's untreated group ({@link #MODEL_GROUP}): the group compared
     * with it was treated, so what differs is the treatment (READREV2 P1: "a reduction of colonic levels of IFN-γ and
     * IL-6 ... when compared with TNBS-control animals" was a condition).
     */
    private static boolean againstTheModelGroup(String clause, int cue) {
        Matcher comparator = COMPARATOR.matcher(clause);
        return comparator.find(cue) && MODEL_GROUP.matcher(clause).region(comparator.end(), clause.length()).lookingAt();
    }

    /**
     * Whether the words before a statement's direction word say that something eased a disease, the disease being the
     * object of an active verb of easing ("Oral administration of Q attenuated the symptoms of DSS-induced colitis in
     * mice by ..., reducing TNF-α", "Q ameliorated DSS colitis, reducing colonic IL-6"): the change is the treatment's,
     * and the disease named nearby is where it was tried (READREV2 P1: such changes were conditions).
     */
    private static boolean treatsTheDisease(String head) {
        Matcher eases = EASES.matcher(StatementAttributes.lower(head));
        while (eases.find()) {
            if ((kinds(eases.group("object"), false) & (1 << CONDITION)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static final int CONDITION = ORDER.indexOf("condition");
    private static final int EXPOSURE = ORDER.indexOf("exposure");
    private static final int TIME = ORDER.indexOf("time");

    /**
     * Whether a text names an engineered strain: a knockout marker ("tis7(-/-)") or a word of {@link #ENGINEERED},
     * alone or as part of a hyphenated word ("Nlrp3-deficient"). Genetic variants of people ("SNP", "carriers")
     * are not strains: a group of patients with a disease remains compared by its disease.
     */
    private static boolean namesEngineeredStrain(String text) {
        if (text.indexOf('/') >= 0 && KNOCKOUT.matcher(text).find()) {
            return true;
        }
        List<Word> words = Words.of(StatementAttributes.lower(text));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            List<String> parts = w.indexOf('-') > 0 ? List.of(w.split("-")) : List.of(w);
            if (ENGINEERED.contains(w) || parts.stream().anyMatch(ENGINEERED::contains)) {
                return true;
            }
            String last = parts.get(parts.size() - 1);
            if (ENGINEERED_BEFORE_STRAIN.contains(last) && i + 1 < words.size() && STRAINS.contains(words.get(i + 1).text())) {
                String before = parts.size() > 1 ? parts.get(parts.size() - 2) : i > 0 ? words.get(i - 1).text() : "";
                if (!NUTRIENTS.contains(before) && !(i > 0 && words.get(i - 1).text().equals("vitamin"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The genotype of the controls alone, in the phrase that names them: "controls having wild genotypes", "healthy
     * controls with the wild-type allele", with the variants it is of ("... wild genotypes for the studied SNPs", "... the
     * common allele of the studied polymorphism": a sample of findings read in session 21). It says which controls, not that
     * genotypes were compared.
     */
    private static final Pattern CONTROLS_OF_A_GENOTYPE = Pattern.compile(
            "\\bcontrols?\\s+(?:subjects\\s+)?(?:having|with|carrying|bearing|of)\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}(?:genotypes?|alleles?)\\b"
                    + "(?:\\s+(?:for|of|at|in)\\s+(?:the\\s+|this\\s+|these\\s+)?(?:[\\w-]+\\s+){0,2}"
                    + "(?:SNPs?|polymorphisms?|variants?|loci|locus|genes?|mutations?)\\b)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether a text's genotype words all name the controls' genotype ({@link #CONTROLS_OF_A_GENOTYPE}) while it names a
     * condition of the group compared with them (a sample of findings read in session 17: 25789623's "increased in patients
     * as compared to controls having wild genotypes" was a genotype's).
     */
    private static boolean controlsGenotypeOnly(String text) {
        Matcher controls = CONTROLS_OF_A_GENOTYPE.matcher(text);
        if (!controls.find()) {
            return false;
        }
        int rest = kinds(controls.replaceAll(" "), false);
        return (rest & (1 << ORDER.indexOf("genotype"))) == 0 && (rest & (1 << CONDITION)) != 0;
    }

    /** A stimulus named as what cells or animals had been given: "LPS-stimulated", "DSS-induced", "LPS-challenged". */
    private static final Pattern STIMULATED = Pattern.compile(
            "\\S+-(?:stimulated|induced|challenged|activated|evoked|triggered|elicited|exposed|primed)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a treatment named before the direction word acts on what a stimulus did, and the stimulus
     * is named after it only as what the cells or animals had been given ("PDE4 inhibitors reduced
     * production of TNF in lipopolysaccharide-stimulated PBMC"): every group had the stimulus, so the
     * direction compares the treatment against none (guidelines v1.2: X plus LPS against LPS alone).
     */
    private static boolean treatsStimulated(String head, String tail) {
        return "intervention".equals(classify(head, false))
                && (kinds(BOTH_STIMULATED_AND_NOT.matcher(STIMULATED.matcher(tail).replaceAll(" ")).replaceAll(" "), false) & (1 << EXPOSURE)) == 0;
    }

    /** Whether a text's stimulus, weak words included, is named only as one of two ways of measuring ({@link #BOTH_STIMULATED_AND_NOT}). */
    private static boolean stimulatedBothWaysOnly(String tail) {
        Matcher both = BOTH_STIMULATED_AND_NOT.matcher(tail);
        return both.find() && (kinds(both.replaceAll(" "), true) & (1 << EXPOSURE)) == 0;
    }

    /**
     * A stimulus named only as one of the two ways cells were measured, stimulated and not: "released less IL-6, both
     * unstimulated and after LPS stimulation, than ...", "spontaneously as well as upon stimulation with anti-CD3", "with
     * and without LPS stimulation", "in the presence or absence of LPS"
     * (21690510, a sample of findings read in session 17). Each group was measured both ways, so the stimulus is not what
     * the direction compares.
     */
    private static final Pattern BOTH_STIMULATED_AND_NOT = Pattern.compile(
            "\\b(?:both\\s+)?(?:spontaneous(?:ly)?|unstimulated|non-?stimulated|basal(?:ly)?|at baseline|at rest|without stimulation)"
                    + "\\s*,?\\s*(?:and|as well as)\\s+(?:(?:after|upon|on|following|in response to|with)\\s+)?(?:[\\w-]+\\s+){0,2}"
                    + "(?:stimulation|stimulated|challenge|activation)(?:\\s+(?:with|by)\\s+[\\w-]+(?:\\s+[\\w-]+)?)?"
                    // "with and without LPS stimulation", "in the presence or absence of LPS", "stimulated and unstimulated"
                    + "|\\b(?:with\\s+(?:and|or)\\s+without|in\\s+the\\s+presence\\s+(?:and|or)\\s+absence\\s+of"
                    + "|(?:stimulated|activated)\\s+(?:and|or)\\s+(?:unstimulated|non-?stimulated|resting))(?:\\s+[\\w-]+){0,2}",
            Pattern.CASE_INSENSITIVE);

    /**
     * The name of a group of people: up to three words, none a preposition, article or quantifier,
     * before "group" ("the diurnal variation groups", "the early morning and night groups").
     */
    private static final Pattern GROUP_NAME = Pattern.compile(
            "\\b(?:(?!(?:in|of|at|on|over|during|from|to|for|with|by|between|among|than|the|a|an|both|all|each|either|two|three|four)\\b)"
                    + "[\\p{L}'-]+\\s+){1,3}groups?\\b");

    /**
     * Whether a text's time words are all in the names of groups of people ("did not differ among the
     * different diurnal variation groups": dippers against risers; "the night group" of shift workers):
     * groups named by a time pattern are compared as groups, not one group at two time points.
     */
    private static boolean timeOnlyNamesGroups(String text) {
        String lower = StatementAttributes.lower(text);
        return GROUP_NAME.matcher(lower).find()
                && (kinds(GROUP_NAME.matcher(lower).replaceAll(" "), false) & (1 << TIME)) == 0;
    }

    /**
     * Whether a clause compares groups, whatever time words it holds: "no differences between the three groups were
     * detected 1 and 6 months later", "the change from midafternoon to evening between insomniacs and controls",
     * "rose more in the evening in patients than in controls". Its time words say when the groups were compared, so
     * the groups are the comparison (guidelines v1.2: {@code time} is one group at a later against an earlier point).
     */
    private static boolean comparesGroups(String clause) {
        String lower = StatementAttributes.lower(clause);
        if (BETWEEN_GROUPS.matcher(lower).find() || AGAINST_CONTROLS.matcher(lower).find()) {
            return true;
        }
        Matcher values = AGAINST_CONTROL_VALUES.matcher(lower);
        return values.find() && namesAnotherGroup(lower.substring(0, values.start()));
    }

    /**
     * Whether a (lower-case) text names a group of people or animals other than the controls: a condition word
     * ("patients", "septic"), a group noun or a disease's patients ("mice", "insomniacs"), once the control group's own
     * names ("healthy subjects", "control mice", "controls") are set aside.
     */
    private static boolean namesAnotherGroup(String lower) {
        String others = CONTROL_GROUP.matcher(lower).replaceAll(" ");
        return (kinds(others, false) & (1 << CONDITION)) != 0 || ConditionDetector.namesGroupOrDisease(others);
    }

    /**
     * A clause with the control words that name no control group blanked (same length, so that offsets keep): before a
     * noun of an occasion always ("the control night"), before a noun of a value where the clause names no other group
     * ("higher in the morning compared with control levels"). Where it names one, "control levels" are the controls'.
     */
    private static String withoutControlOccasions(String clause) {
        String lower = StatementAttributes.lower(clause);
        if (!lower.contains("control")) {
            return clause;
        }
        StringBuilder out = new StringBuilder(clause);
        Matcher occasion = CONTROL_OCCASION_WORD.matcher(lower);
        while (occasion.find()) {
            out.replace(occasion.start(), occasion.end(), " ".repeat(occasion.end() - occasion.start()));
        }
        Matcher value = CONTROL_VALUE_WORD.matcher(lower);
        if (value.find() && !namesAnotherGroup(StatementAttributes.lower(out.toString()))) {
            do {
                out.replace(value.start(), value.end(), " ".repeat(value.end() - value.start()));
            } while (value.find());
        }
        return out.toString();
    }

    /**
     * A comparator that names healthy controls: "than in healthy controls", "compared with age-matched healthy subjects",
     * "versus normal controls", or healthy people named by what they are not ("than in healthy non-smokers", "healthy
     * nonsmoking subjects"). Unqualified "controls" are left out: in a trial they are often the untreated arm.
     */
    private static final Pattern AGAINST_HEALTHY_CONTROLS = Pattern.compile(
            "\\b(?:compared (?:to|with)|than|versus|vs\\.?|relative to|in comparison (?:to|with))\\s+(?:(?:in|with|to|those of|that of|those in)\\s+)?"
                    + "(?:the\\s+)?(?:age-matched\\s+|matched\\s+)?(?:healthy|normal)\\s+"
                    + "(?:(?:non-?\\p{L}+\\s+)?(?:controls?|subjects|individuals|volunteers|donors|participants)|non-?\\p{L}+)\\b"
                    + CONTROL_GROUP_END);

    /**
     * The part of a statement's words from its direction word up to the end of a comparator naming healthy controls
     * ({@link #AGAINST_HEALTHY_CONTROLS}), or null when it names none. What follows such a comparator says when or how both
     * groups were measured ("than in healthy controls at rest and after exercise"): when the part before names a
     * condition, the groups, the patients against the healthy, are what the direction compares (guidelines v1.2:
     * "patients vs. controls"), not the treatment or stimulus named after them.
     */
    private static String untilHealthyControls(String tail) {
        Matcher healthy = AGAINST_HEALTHY_CONTROLS.matcher(StatementAttributes.lower(tail));
        return healthy.find() ? tail.substring(0, healthy.end()) : null;
    }

    /** A sentence that opens with a comparator naming healthy controls: "Compared with healthy controls, ...". */
    private static final Pattern FRONTED_HEALTHY_CONTROLS = Pattern.compile(
            "\\W*(?:as\\s+)?(?:compared\\s+(?:with|to)|in\\s+comparison\\s+(?:with|to)|relative\\s+to)\\s+(?:the\\s+)?"
                    + "(?:age-matched\\s+|matched\\s+)?(?:healthy|normal)\\s+"
                    + "(?:(?:non-?\\p{L}+\\s+)?(?:controls?|subjects|individuals|volunteers|donors|participants)|non-?\\p{L}+)\\b"
                    + CONTROL_GROUP_END + "\\s*,");
    /** A word that says when a group was measured: "after surgery", "at rest", "postexercise". */
    private static final Pattern WHEN = Pattern.compile("\\b(?:after|following|during|upon|at|before|post-?\\p{L}*)\\b");

    /**
     * Whether the (masked) sentence up to {@code end}, a statement's direction word, opens with a comparator naming
     * healthy controls and a comma ("Compared with healthy controls, IL-6 was higher in patients after surgery"): as
     * with {@link #untilHealthyControls}, what the statement's words name after its group says when the group was
     * measured, not what the direction compares.
     */
    private static boolean frontedHealthyControls(String masked, int end) {
        return FRONTED_HEALTHY_CONTROLS.matcher(StatementAttributes.lower(masked.substring(0, Math.min(end, masked.length()))))
                .lookingAt();
    }

    /**
     * A statement's words from its direction word up to the first word of when it was measured ({@link #WHEN}: "higher in
     * patients" of "higher in patients after surgery"), or null when none follows.
     */
    private static String untilWhen(String tail) {
        Matcher when = WHEN.matcher(StatementAttributes.lower(tail));
        return when.find() ? tail.substring(0, when.start()) : null;
    }

    /** Where the statement's direction word begins in its clause. */
    private static int cue(Statement s, String clause) {
        return Math.max(0, Math.min(clause.length(), s.cueStart() - s.clauseStart()));
    }

    /** Words that qualify an entity acting alone or with another ("IL-17A alone", "IL-17A and TNF-α together"). */
    private static final Set<String> ENTITY_QUALIFIERS = WORDS.get("entity-qualifier");

    /**
     * Whether a (masked) cause names only entities, with their conjunctions and qualifiers ("IL-17A alone", "IL-1β and
     * TNF-α together"): an entity acting is a stimulus of cells, a treatment of people ({@link #entityGiven}).
     */
    private static boolean onlyEntities(String cause) {
        for (Word w : Words.of(StatementAttributes.lower(cause))) {
            String word = w.text().replaceAll("[^\\p{L}]", "");
            if (!word.isEmpty() && !ENTITY_QUALIFIERS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> MODEL_INDUCERS = WORDS.get("model-inducer");
    private static final Set<String> MODEL_GIVING = WORDS.get("model-giving");

    /**
     * Whether a cause names only an agent given to make a disease model and words of its giving ("DSS administration",
     * "TNBS-treated mice", "administration of 3% dextran sulfate sodium"): the model is the comparison, a condition
     * ({@code model-inducer} of comparisons.tsv; a sample of findings read in session 16).
     */
    private static boolean onlyModelMade(String cause) {
        boolean inducer = false;
        for (Word w : Words.of(StatementAttributes.lower(cause))) {
            for (String part : w.text().split("-")) {
                String word = part.replaceAll("[^\\p{L}]", "");
                if (MODEL_INDUCERS.contains(word)) {
                    inducer = true;
                } else if (!word.isEmpty() && !MODEL_GIVING.contains(word)) {
                    return false;
                }
            }
        }
        return inducer;
    }

    /** Animals, cells and samples that were measured, not what acted on them: "the mice", "these cells" ({@code measured-subject}). */
    private static final Set<String> MEASURED_SUBJECTS = WORDS.get("measured-subject");

    /**
     * Whether a cause is only animals, cells or samples and their determiners ("After infection with H. pylori, the
     * mice showed reduced IL-8": the mice were measured; what acted on them is elsewhere in the clause). Read as no
     * cause, so the clause's words decide; a group of people named by a condition ("patients", "smokers") is a
     * condition word and classifies as such.
     */
    private static boolean onlyMeasured(String cause) {
        List<Word> words = Words.of(StatementAttributes.lower(cause));
        return !words.isEmpty() && (words.stream().allMatch(w -> MEASURED_SUBJECTS.contains(w.text()))
                || words.stream().allMatch(w -> COUNT_WORDS.contains(w.text()) || COUNT.matcher(w.text()).matches()));
    }

    /**
     * Words of a count of people, with numbers ({@link #COUNT}): a cause of only these ("Of the 20 patients, only 5 had
     * elevated IL-6", "12 of them", "most") is the part of a group measured, no agent; the clause's words decide
     * ({@code count-subject} of comparisons.tsv).
     */
    private static final Set<String> COUNT_WORDS = WORDS.get("count-subject");
    private static final Pattern COUNT = Pattern.compile("\\d+(?:[.,]\\d+)?");

    /**
     * Whether a cause is only the authors, their study or a method of it ("We found higher ...", "The authors found",
     * "Western blot analysis revealed"): no cause (package-private: nor is it a context, {@link StatementAttributes}).
     */
    static boolean onlyReporters(String cause) {
        List<Word> words = Words.of(StatementAttributes.lower(cause));
        int end = 0; // up to what the method was done on: "Western blot analysis of colonic biopsies"
        while (end < words.size() && !SAMPLE_PREPOSITIONS.contains(words.get(end).text())) {
            end++;
        }
        return end > 0 && words.subList(0, end).stream().allMatch(w -> REPORTERS.contains(w.text()));
    }

    /** What opens the sample a method was done on, after the method: "of colonic biopsies", "in sera", "on tissue sections". */
    private static final Set<String> SAMPLE_PREPOSITIONS = Set.of("of", "in", "on", "for", "from");

    /** An entity acting on cells is a stimulus; given to people or animals, a treatment. */
    private static String entityGiven(String specimen) {
        return "cells".equals(specimen) || "pbmc".equals(specimen) ? "exposure" : "intervention";
    }

    /** The text with the record's abbreviations followed by their long forms: "post-AA" reads "post-AA (appendicitis-appendectomy)". */
    private static String written(String text, RecordFacts facts) {
        StringBuilder out = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            // only words with a second capital can be abbreviations ("AA", "SR", "OSAS", "RA")
            String word = text.substring(i, end);
            if (word.length() >= 2 && Character.isUpperCase(word.charAt(1))) {
                String longForm = facts.longForm(word);
                if (longForm != null) {
                    out = out == null ? new StringBuilder(text) : out;
                    if (namesAnotherThanCondition(word, longForm)) {
                        out.replace(i, end, " ".repeat(end - i));
                    }
                    out.append(" (").append(longForm).append(')');
                }
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether a record uses an abbreviation the lists read as a condition for something else: "RA" defined
     * as "retinoic acid" (a stimulus of cells, not rheumatoid arthritis), "MS" as "mass spectrometry". Its
     * long form, which names no condition, is read in its place.
     */
    private static boolean namesAnotherThanCondition(String abbreviation, String longForm) {
        return (bits(StatementAttributes.lower(abbreviation), true) & (1 << CONDITION)) != 0
                && (kinds(longForm, true) & (1 << CONDITION)) == 0;
    }

    /** The first kind of {@link #ORDER} whose words {@code text} holds; with {@code weak} false, weak words do not count. */
    private static String classify(String text, boolean weak) {
        int kinds = kinds(text, weak);
        return kinds == 0 ? null : ORDER.get(Integer.numberOfTrailingZeros(kinds));
    }

    /** The kinds (bits in {@link #ORDER}'s order) whose words {@code text} holds; with {@code weak} false, weak words do not count. */
    private static int kinds(String text, boolean weak) {
        if (text.isEmpty()) {
            return 0;
        }
        int all = 0;
        if ((text.indexOf('/') >= 0) && KNOCKOUT.matcher(text).find()) {
            all |= 1 << ORDER.indexOf("genotype");
        }
        String lower = StatementAttributes.lower(text);
        if (lower.contains("only") || lower.contains("both")) {
            lower = SEX_SUBGROUP.matcher(lower).replaceAll(" ");
        }
        if ((lower.contains("both") || lower.contains("alike")) && lower.contains("control")) {
            lower = PATIENTS_AND_CONTROLS.matcher(lower).replaceAll(" ");
        }
        String previous = "";
        Word before = null;
        for (Word w : Words.of(lower)) {
            int bits = bits(w.text(), weak);
            if (weak && (w.text().equals("condition") || w.text().equals("conditions"))
                    && AMOUNT_BEFORE.matcher(lower.substring(Math.max(0, w.start() - 40), w.start())).find()) {
                bits = 1 << INTERVENTION; // "in the 4-h sleep condition over the 8-h sleep condition": arms of a schedule given
            }
            if (weak && (w.text().equals("condition") || w.text().equals("conditions"))
                    && SLEEP_ARM_BEFORE.matcher(lower.substring(Math.max(0, w.start() - 40), w.start())).find()) {
                bits = 1 << INTERVENTION; // "in the short sleep condition": an arm of a sleep schedule given, with no amount
            }
            if (DEFICIENCY.contains(w.text()) && lower.length() == text.length() && ofCommonNoun(text, before, w)) {
                bits &= ~(1 << GENOTYPE); // "a yang deficiency group", "iron deficiency": a state, no gene's
            }
            if (w.next() != null && PHRASE_STARTS.contains(w.text())) {
                bits |= bits(w.text() + " " + w.next(), true);
            }
            if (w.text().indexOf('-') > 0 || w.text().indexOf('/') > 0) {
                // "LPS-stimulated", "NGF-deficient", "diet-fed": the parts of a hyphenated word; and of a slashed one,
                // "Vil-Cre/Stat3-CA" (a Cre driver and the construct it switches on)
                String[] parts = WORD_PARTS.split(w.text());
                for (int k = 0; k < parts.length; k++) {
                    if (!parts[k].equals("pre") && !(k > 0 && DEFICIENCY.contains(parts[k])
                            && lower.length() == text.length() && commonNoun(WORD_PARTS.split(text.substring(w.start(), w.start() + w.text().length()))[k - 1]))) {
                        bits |= bits(parts[k], weak);
                    }
                }
            }
            if (w.next() != null && TREATED_PEOPLE.contains(w.next()) && NAMED_TREATED.matcher(w.text()).matches()) {
                bits |= 1 << INTERVENTION; // "Quixil-treated patients": the treatment names the group, the patients are its members
            }
            if ((bits & (1 << INTERVENTION)) != 0 && w.next() != null && MEASURED_AMOUNTS.contains(w.next())
                    && !DOSES.contains(w.text())) {
                bits &= ~(1 << INTERVENTION); // "correlated with the melatonin levels": a substance measured, not given
            }
            if (w.next() != null && TREATED_PEOPLE.contains(w.next()) && NAMED_DEPENDENCE.matcher(w.text()).matches()) {
                bits = 1 << CONDITION; // "cocaine-dependent volunteers": a dependence the group has, a disorder, no drug given
            }
            if (previous.equals("pre")) {
                bits = 0; // "pre treatment levels"
            }
            if ((w.text().equals("extract") || w.text().equals("extracts")) && SAMPLE_EXTRACT.contains(previous)) {
                bits = 0; // "uvular protein extracts of apneic groups": a sample measured, no extract given
            }
            all |= bits;
            previous = w.text();
            before = w;
        }
        if (lower.contains("tomy") && SURGERY.matcher(lower).find()) {
            all |= 1 << INTERVENTION;
        }
        return all;
    }

    private static final int INTERVENTION = ORDER.indexOf("intervention");
    /** What parts a word: its hyphens and slashes. */
    private static final Pattern WORD_PARTS = Pattern.compile("[-/]");
    /**
     * An amount with its unit of time or dose, then at most one word, right before "condition(s)": "the 4-h sleep condition",
     * "the 30-min condition", "the 50% condition" (not "for 24 h the condition"). Such a condition is a study arm, a schedule or dose given, not a disease; it
     * is read as a weak intervention word, so that a group with a disease named in the same place still makes a condition
     * ("higher in patients than in controls under the 8-h sleep condition").
     */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile(
            "\\b\\d+(?:[.,]\\d+)?\\s*-?\\s*(?:%|(?:h|hr|hrs|hours?|min|mins|minutes?|mg|g|kcal)\\b)(?:\\s*-?\\s*(?!(?:the|a|an|this|that|these|their|its|his|her|each|in|of|with)\\b)\\p{L}+)?\\s*$");
    /**
     * "the", at most one word, then "sleep", "wake" or "nap", right before "condition(s)": "the short sleep condition", "the
     * wake condition", "the habitual sleep conditions". Like {@link #AMOUNT_BEFORE}'s, such a condition is a study arm of
     * sleep given (guidelines v1.2 count a sleep change as an intervention), read as a weak intervention word; "a sleep
     * condition" and "sleep conditions" with no article may be a disorder, and are left as they were.
     */
    private static final Pattern SLEEP_ARM_BEFORE = Pattern.compile(
            "\\bthe\\s+(?:(?!(?:a|an|this|that|these|their|its|his|her|each|in|of|with|patients?|people|subjects)\\b)[\\p{L}-]+\\s+)?"
                    + "(?:sleep|wake|nap)\\s*-?\\s*$");
    private static final int GENOTYPE = ORDER.indexOf("genotype");
    /** Nouns of a lack ("deficiency"), a genotype only after a gene's name: "Myd88 deficiency", not "iron deficiency". */
    private static final Set<String> DEFICIENCY = WORDS.get("deficiency");
    /** Words before a deficiency noun that make it a gene's all the same: "gene deficiency", "receptor deficiency". */
    private static final Set<String> GENETIC_LACK = WORDS.get("genetic-lack");

    /**
     * Whether the deficiency noun {@code w} of the original {@code text} follows a common noun right before it (one
     * space between), not a gene's name: a word of lower-case letters ("kidney-yang deficiency", "qi deficiency", the
     * syndrome groups of traditional Chinese medicine; "iron deficiency") or a nutrient ("vitamin D deficiency"). A
     * gene's name has a capital or a digit ("Fli1 deficiency", "NEMO deficiency") or is an entity name, blanked out
     * (the gap before the noun is then wider than one space); "gene" and "receptor" before it keep it a gene's.
     */
    private static boolean ofCommonNoun(String text, Word before, Word w) {
        if (before == null || w.start() != before.start() + before.text().length() + 1
                || !Character.isWhitespace(text.charAt(w.start() - 1))) {
            return false;
        }
        return NUTRIENTS.contains(before.text()) || commonNoun(text.substring(before.start(), before.start() + before.text().length()));
    }

    /**
     * Whether a word as written is lower-case letters (and hyphens), at least two, and no word of {@link #GENETIC_LACK};
     * a capital may begin it when it is hyphenated ("Shen-yang", "Kidney-qi": the romanized names of a syndrome), not a
     * single word ("Tagap", a gene).
     */
    private static boolean commonNoun(String word) {
        if (word.length() < 2 || GENETIC_LACK.contains(StatementAttributes.lower(word))) {
            return false;
        }
        boolean hyphenated = word.indexOf('-') > 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(Character.isLowerCase(c) || c == '-' && i > 0 && i + 1 < word.length() && word.charAt(i - 1) != '-'
                    || i == 0 && hyphenated && Character.isUpperCase(c))) {
                return false;
            }
        }
        return true;
    }
    /** Words before "extract(s)" that make it a sample measured: "protein extracts", "tissue extracts". */
    private static final Set<String> SAMPLE_EXTRACT = WORDS.get("sample-extract");
    /** Nouns of a measured amount, after which a word of treatment names a substance measured ("melatonin levels"). */
    private static final Set<String> MEASURED_AMOUNTS = WORDS.get("measured-amount");
    /** Words of the dose given, which stay a treatment before a noun of amount ("at higher dose levels"). */
    private static final Set<String> DOSES = WORDS.get("dose");
    /** A dependence on what a group takes, before the people who have it: "cocaine-dependent", "alcohol-addicted". */
    private static final Pattern NAMED_DEPENDENCE = Pattern.compile("\\p{L}[\\p{L}\\d]*-(?:dependent|addicted)");
    /** People a named treatment was given to ("Quixil-treated patients"). */
    private static final Set<String> TREATED_PEOPLE = WORDS.get("treated-people");
    /**
     * A word naming what a group was treated with: letters before "-treated" ("quixil-treated",
     * "steroid-treated"). A blanked-out entity ("IL-1β-treated") leaves no letters, so the entity rules
     * judge it; "sham-", "vehicle-", "mock-" and "saline-treated" name the comparator, not a treatment,
     * and "non-", "un-", "never-" and "not-treated" a group that had none.
     */
    private static final Pattern NAMED_TREATED = Pattern.compile(
            "(?!(?:sham|vehicle|mock|saline|non|un|never|not)-)\\p{L}[\\p{L}\\d]*-treated");
    /**
     * A sex named as where a change was seen, not as its comparator: "TNFalpha was increased only in men"
     * (after sleep restriction), "increased in both sexes". Sex compared with sex ("higher in women than
     * in men") is a condition, as the guidelines have it.
     */
    private static final Pattern SEX_SUBGROUP = Pattern.compile(
            "\\b(?:only\\s+in|in\\s+both)\\s+(?:the\\s+)?(?:men|women|males|females|boys|girls|sexes|genders)\\b");

    /** {@code text} with each {@link #AT_EVERY_TIME_POINT} blanked out, char for char, so that offsets into it hold. */
    private static String atEveryTimePointBlanked(String text) {
        if (!text.contains("all ") && !text.contains("each ") && !text.contains("every ")) {
            return text;
        }
        Matcher m = AT_EVERY_TIME_POINT.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            out = out == null ? new StringBuilder(text) : out;
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Every time point of a study named as where a difference held, not as its comparator: "reduced IL-6 compared to
     * non-fatigued participants over all three time points analyzed", "higher than controls at each of the four visits"
     * compare groups at each time (guidelines v1.2: {@code time} is a later against an earlier time point).
     */
    private static final Pattern AT_EVERY_TIME_POINT = Pattern.compile(
            "\\b(?:over|at|across|in|during|for)\\s+(?:all|each|every)\\s+(?:of\\s+the\\s+|the\\s+)?(?:[\\p{L}\\d-]+\\s+)?"
                    + "(?:time\\s*points?|timepoints?|visits?|assessments?|occasions?|sampling\\s+times?|times)\\b"
                    + "(?:\\s+(?:analy[sz]ed|studied|examined|measured|tested|assessed))?", Pattern.CASE_INSENSITIVE);

    /**
     * The patients and the controls named together as where a change was seen, not as its comparator: "IL-6 was higher
     * in the evening than in the morning in both patients and controls" compares times of day in each group (guidelines
     * v1.2: "one time of day vs. another"); "higher in patients than in controls" sets them against each other.
     */
    private static final Pattern PATIENTS_AND_CONTROLS = Pattern.compile(
            "\\b(?:in|among|for)\\s+both\\s+(?:the\\s+)?(?:[\\p{L}'-]+\\s+){1,3}?and\\s+(?:the\\s+|in\\s+)?(?:healthy\\s+|normal\\s+|matched\\s+)*"
                    + "(?:controls\\b|control\\s+(?:subjects|groups?|participants|individuals|volunteers|donors|children|mice|rats|animals)\\b)"
                    + "|\\b(?:in|among)\\s+(?:the\\s+)?(?:[\\p{L}'-]+\\s+){1,3}?and\\s+(?:the\\s+)?(?:healthy\\s+|normal\\s+)*controls\\s+alike\\b");

    /** The kinds (bits in {@link #ORDER}'s order) a word or phrase names. */
    private static int bits(String word, boolean weak) {
        Integer bits = (weak ? ALL_BITS : STRONG_BITS).get(word);
        if (bits == null && word.length() > 6 && DRUG_STEM.matcher(word).matches()) {
            return 1 << INTERVENTION; // "decreased more in the carvedilol group than in the metoprolol group" (15797646)
        }
        return bits == null ? 0 : bits;
    }


    /**
     * What {@link #comparison} reads once per sentence and once per clause rather than once per statement. A stretch
     * with no sentence end is read in pieces of up to 2,000 chars (the text-mining kit's {@code SentenceSplitter}), and
     * such a piece may be one clause holding a hundred statements: scanning the whole clause again for each of them
     * made a piece's time grow with the square of its length (docs/reliability.md, "How long one record takes"). Each
     * answer here is the one the per-statement scan gave. One per sentence, for one thread.
     */
    static final class SentenceScans {
        /** The sentence with entity names and covariate phrases blanked out ({@link #withoutCovariates}), same offsets. */
        private final String masked;
        /** Per clause, keyed by its start and end: a sentence holds few clauses, and statements of one clause come together. */
        private final java.util.Map<Long, ClauseScans> clauses = new java.util.HashMap<>();

        /** @param masked the sentence with its entity names blanked out (same offsets); not null */
        SentenceScans(String masked) {
            this.masked = withoutCovariates(masked);
        }

        private ClauseScans clause(Statement s) {
            return clauses.computeIfAbsent(((long) s.clauseStart() << 32) | s.clauseEnd(),
                    key -> new ClauseScans(masked, s.clauseStart(), masked.substring(s.clauseStart(), s.clauseEnd())));
        }
    }

    /** A giving verb of {@link #GIVEN_THEN} in any case, to tell cheaply that a clause's head holds none. */
    private static final Pattern GIVING_VERB = Pattern.compile("(?:" + String.join("|", WORDS.get("given-then").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(w -> w.replace(" ", "\\s+")).toList())
            + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The scans of one clause (of the covariate-blanked masked sentence), each made when first asked for. */
    static final class ClauseScans {
        private static final int UNKNOWN = -2;
        private final String masked;
        private final int start;
        /** The clause's text. */
        final String text;
        private String lower;
        private Boolean comparator;
        private Boolean sequence;
        private Boolean remained;
        private Boolean comparesGroups;
        private String weighed;
        private boolean timePointsKnown;
        private Boolean timePoints;
        private int lastEntityGiven = UNKNOWN;
        private int lastInEachGroup = UNKNOWN;
        private int firstGivingVerb = UNKNOWN;

        /** The clause {@code text} that starts at {@code start} in {@code masked} (covariates blanked). */
        ClauseScans(String masked, int start, String text) {
            this.masked = masked;
            this.start = start;
            this.text = text;
        }

        /** {@link StatementAttributes#lower} of the clause. */
        String lower() {
            if (lower == null) {
                lower = StatementAttributes.lower(text);
            }
            return lower;
        }

        /** Whether the clause names a comparator anywhere ({@link #COMPARATOR}). */
        boolean comparator() {
            if (comparator == null) {
                comparator = COMPARATOR.matcher(text).find();
            }
            return comparator;
        }

        /** Whether the clause, lower case, says its change came after something ({@link #SEQUENCE}). */
        boolean sequence() {
            if (sequence == null) {
                sequence = SEQUENCE.matcher(lower()).find();
            }
            return sequence;
        }

        /** Whether the clause says a level stayed as it was ({@link #REMAINED}). */
        boolean remained() {
            if (remained == null) {
                remained = REMAINED.matcher(text).find();
            }
            return remained;
        }

        /** {@link #comparesGroups} of the clause. */
        boolean comparesGroups() {
            if (comparesGroups == null) {
                comparesGroups = ComparisonDetector.comparesGroups(text);
            }
            return comparesGroups;
        }

        /** {@link #withoutControlOccasions} of the clause. */
        String weighed() {
            if (weighed == null) {
                weighed = withoutControlOccasions(text);
            }
            return weighed;
        }

        /**
         * The first part of {@link #betweenTimePoints}, which reads the clause with its sentence's opening comparator
         * ({@link #timeScope}) only: whether it compares one group at two time points, or null when it names none.
         */
        Boolean timePoints() {
            if (!timePointsKnown) {
                String scope = StatementAttributes.lower(timeScope(masked, start, text));
                if ((scope.contains("pre") || scope.contains("before") || scope.contains("baseline"))
                        && TIME_POINTS.matcher(scope).find()) {
                    timePoints = !BETWEEN_GROUPS.matcher(scope).find();
                }
                timePointsKnown = true;
            }
            return timePoints;
        }

        /** What {@code ENTITY_GIVEN.matcher(text.substring(cue)).find()} gives. */
        boolean entityGivenFrom(int cue) {
            if (lastEntityGiven == UNKNOWN) {
                lastEntityGiven = lastStart(ENTITY_GIVEN, text);
            }
            return foundFrom(ENTITY_GIVEN, text, lastEntityGiven, cue);
        }

        /** What {@code IN_EACH_GROUP.matcher(lower().substring(cue)).find()} gives. */
        boolean inEachGroupFrom(int cue) {
            if (lastInEachGroup == UNKNOWN) {
                lastInEachGroup = lastStart(IN_EACH_GROUP, lower());
            }
            return foundFrom(IN_EACH_GROUP, lower(), lastInEachGroup, cue);
        }

        /**
         * False only when {@link #GIVEN_THEN} cannot match the clause's head before {@code cue}, lower case: no giving
         * verb, in any case, starts before it.
         */
        boolean givingVerbBefore(int cue) {
            if (firstGivingVerb == UNKNOWN) {
                Matcher verb = GIVING_VERB.matcher(text);
                firstGivingVerb = verb.find() ? verb.start() : -1;
            }
            return firstGivingVerb >= 0 && firstGivingVerb < cue;
        }

        /**
         * The last place in {@code text} where {@code pattern} matches, or -1. Of the patterns passed here only a
         * leading {@code \b} looks before a match's start, so a match at a place after {@code cue} is one in
         * {@code text.substring(cue)} too, and the other way round.
         */
        private static int lastStart(Pattern pattern, String text) {
            Matcher m = pattern.matcher(text);
            int last = -1;
            for (int from = 0; from <= text.length() && m.find(from); from = m.start() + 1) {
                last = m.start();
            }
            return last;
        }

        /** Whether {@code pattern} finds a match in {@code text.substring(cue)}, given its {@link #lastStart} in {@code text}. */
        private static boolean foundFrom(Pattern pattern, String text, int lastStart, int cue) {
            // at cue itself a leading \b sees no character before the substring's start, so that place is tried alone
            return lastStart > cue || pattern.matcher(text.substring(cue)).lookingAt();
        }
    }
}
