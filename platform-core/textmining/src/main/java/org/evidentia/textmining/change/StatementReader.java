package org.evidentia.textmining.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.evidentia.api.Api;
import org.evidentia.api.Direction;
import org.evidentia.textmining.change.ChangeCues.Entry;
import org.evidentia.textmining.change.ChangeCues.Polarity;
import org.evidentia.textmining.change.Statement.Basis;
import org.evidentia.textmining.internal.structure.TokenizedSentence.Kind;
import org.evidentia.textmining.internal.structure.TokenizedSentence;
import org.evidentia.textmining.internal.structure.Tokenizer;
import org.evidentia.textmining.internal.structure.Vocabulary;
import org.evidentia.textmining.internal.structure.WordClass;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * Reads the change statements of one sentence: which of its named entities are stated, as a
 * result, to have increased, decreased or stayed unchanged.
 *
 * <p>The sentence is tokenized ({@link Tokenizer}), its clauses are found (at {@code ;}, at
 * "whereas", "while", "but", "however", ...), and each direction word ({@link ChangeCues}) is linked to
 * the entities that its phrase structure reaches:
 * <ul>
 *   <li>forward, as a modifier or noun through its noun phrase ("increased serum levels of BDNF,
 *       NGF and NPY", "an increase in plasma cortisol", "inhibition of substance P release", across
 *       statistics in brackets, abbreviations and members of a class noun: "more neuropeptides (NPY,
 *       CGRP)", "transcripts ... included BDNF"); or as a verb through its object ("Q suppressed
 *       CGRP", "5-ASA reduced E. coli survival ... and serotonin secretion");</li>
 *   <li>backward, as a predicate to the entities of its subject ("BDNF and NGF levels were
 *       higher", "cortisol rose", "cortisol tended to be lower"), unless the verb has an object (then the
 *       subject is a cause: "cortisol increased glucose production").</li>
 * </ul>
 * A direction word inside the object or subject of another ("Q attenuated the LPS-induced rise in
 * cortisol") gives both statements: the inner one, and the outer one composed with it. A stimulus
 * attached to the changed amount ("HDE-stimulated NPY release was lower in treated cells")
 * presupposes the stimulus's increase. "But not" gives the unchanged counterpart. A comparison whose
 * control group is named first ("lower in healthy donors than in patients") is turned to the group
 * of interest. Aims, methods, speculation, correlations without a group comparison and entities that
 * are not measured amounts ({@link MentionRoles}) give nothing.
 *
 * <p>Knows no entity: the entities are spans given by the caller; its vocabulary of cues, roles and
 * statement words is the kit's own data. Immutable and thread-safe: one instance may be shared by all threads.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class StatementReader {

    static final WordLists WORDS = WordLists.load(StatementReader.class, "statement-words.tsv");
    /** Verbs of a consequence whose subject, a noun of change and what it names, was done, not measured ({@code nominal-cause-verb}). */
    private static final Set<String> NOMINAL_CAUSE_VERBS = WORDS.get("nominal-cause-verb");
    /** Nouns of a change a study makes: "inhibition", "blockade", "knockdown" ({@code nominal-cause-noun}). */
    private static final Set<String> NOMINAL_CAUSE_NOUNS = WORDS.get("nominal-cause-noun");
    /** How a change that a study made was made: "genetic inhibition of Tnfa results in" ({@code nominal-cause-manner}). */
    private static final Set<String> NOMINAL_CAUSE_MANNER = WORDS.get("nominal-cause-manner");
    /** Nouns of a process whose amount "normal" before it says did not change: "normal secretion of IL-8". */
    private static final Set<String> NORMAL_PROCESSES = Set.of("secretion", "production", "release", "synthesis", "expression",
            "responses", "response");

    /** Words after which "high" or "low" states no direction ("high affinity", "low dose"). */
    private static final Set<String> NOT_DEGREE_OF_AMOUNT = WORDS.get("degree-blocker");
    /** An adjective of a kind between a degree and its noun: "strong inflammatory property", "high pro-inflammatory potential". */
    private static final java.util.regex.Pattern DEGREE_OF_A_KIND = java.util.regex.Pattern.compile("[a-z-]{3,}(?:ory|ic|al|ive)");
    /** The control side of a comparison ("healthy controls", "wild-type", "baseline"). */
    static final Set<String> CONTROL = WORDS.get("control");
    /** Traits whose negation ("nonobese", "non-apneic") names the control side of a comparison with the trait. */
    static final Set<String> NEGATED_CONTROL_TRAITS = WORDS.get("negated-control-trait");
    /** Nouns that name the people or animals of a group ("adults", "mice"). */
    static final Set<String> GROUP_NOUNS = WORDS.get("group-noun");
    /** Words besides the group nouns that name whom a criterion describes: "those with elevated IL-8", "the subgroup with low IL-6". */
    static final Set<String> CRITERION_GROUPS = WORDS.get("criterion-group");
    /** Prepositions that open the set an "only" picks its subject from: "Of IL-6, IL-8 and TNF-α, only IL-6 was elevated". */
    private static final Set<String> PARTITIVE = WORDS.get("partitive");
    /** Words of a stimulation, beside which "large amounts" or "high levels" state an increase. */
    private static final Set<String> STIMULATION = WORDS.get("stimulation");
    /** Prepositions before a noun of stimulation that make it an adjunct of the subject: "TNF 24 h after stimulation was increased". */
    private static final Set<String> STIMULATION_ADJUNCT = WORDS.get("stimulation-adjunct");
    /** Hyphenated participles that name a stimulus: "LPS-induced", "HDE-stimulated", "E44-increased". */
    private static final Set<String> STIMULUS_HEADS = WORDS.get("stimulus-head");
    /** Predicates of presence: "NPY was present in high levels". */
    private static final Set<String> PRESENCE = WORDS.get("presence");
    /** Predicates that a noun of difference was absent: "changes in IL-10 were absent". */
    private static final Set<String> ABSENCE = WORDS.get("absence");
    /** Words that open a contrast clause whose predicate may end at "not": "..., whereas IL-10 was not". */
    private static final Set<String> ELLIPTIC_CONTRAST = WORDS.get("elliptic-contrast");
    /** Subjects of a contrast clause that take up the previous clause's entities: "but levels during SWS were not different". */
    private static final Set<String> SAME_SUBJECT = WORDS.get("same-subject");
    /** Words between "without" and the cue it negates: "without any change", "without significantly altering". */
    private static final Set<String> CUE_QUALIFIERS = WORDS.get("cue-qualifier");
    /** Words after "levels of" that refer back to what the previous clause named: "but levels of both were not different". */
    private static final Set<String> BACK_REFERENCES = WORDS.get("back-reference");
    /** Levels a return goes back to besides the control words: "basal", "initial". */
    static final Set<String> RETURN_LEVELS = WORDS.get("return-level");
    /** Words after which "to" and a cue state a purpose: "options to block", "a counterscreen to induce", "used to suppress". */
    private static final Set<String> PURPOSE = WORDS.get("purpose");
    /** Nouns in "-ing" of an activity done or given: "Five days of training reduced IL-6" (the subject of "reduced", not a verb). */
    private static final Set<String> ACTIVITY_NOUNS = WORDS.get("activity-noun");
    /** Activity nouns the comparison lexicon reads as an intervention of their own ("training", "feeding"). */
    private static final Set<String> ACTIVITY_CAUSES = WORDS.get("activity-noun-cause");
    /** Words that may stand before an activity noun with no cause of its own at a clause's start ("Treadmill running"). */
    private static final Set<String> ACTIVITY_MODIFIERS = WORDS.get("activity-modifier");
    /** Words of earlier work ("In an earlier trial", "in a previous meta-analysis"): the activity-noun rule stays out. */
    private static final Set<String> PRIOR_WORK = WORDS.get("prior-work");
    /** Words after "at" that make the other side of a comparison a time ("than at rest", "than at baseline"). */
    static final Set<String> TIME_AFTER_AT = WORDS.get("time-after-at");
    /** Level words of a relative clause that chooses the subject's group ("Patients whose IL-8 was elevated"). */
    private static final Set<String> LEVEL_CRITERIA = WORDS.get("level-criterion");
    /** Words of the control side that name a time, not a group: "but decreased to baseline after treatment". */
    static final Set<String> TIME_CONTROLS = WORDS.get("time-control");
    /** Words before an amount word after "but not" that keep it the name's own amount: "but not serum levels", "but not protein". */
    static final Set<String> OWN_AMOUNT_QUALIFIERS = WORDS.get("own-amount-qualifier");
    /** Plural nouns whose members are names: "Among the increased cytokines, IL-6 ..." keeps its cue's reach past the comma. */
    private static final Set<String> NAME_CLASSES = WORDS.get("name-class");
    /** Participles that refer an amount to another: "IL-6 levels normalized to creatinine were higher". */
    private static final Set<String> REFERENCE_PARTICIPLES = WORDS.get("reference-participle");
    /** The prepositions after them: "normalized to", "normalised by", "normalized against". */
    private static final Set<String> REFERENCE_PREPOSITIONS = WORDS.get("reference-preposition");
    /** Words after such a preposition of a level an amount may come back to: "normalized to normal", "to within the range". */
    private static final Set<String> RETURN_TARGETS = WORDS.get("return-target");
    /**
     * Words of an adjunct of time or occasion: "after infection", "during sleep" (Analysis.membersAfterOccasion), "higher
     * after surgery in patients but not in controls" (ClauseCounterparts).
     */
    static final Set<String> OCCASIONS = WORDS.get("occasion");
    /** Nouns of the amount of a name given with its dose: "inducing serum IL-2 concentrations" (Analysis.ownDoseMeasured). */
    private static final Set<String> MEASURED_DOSE = WORDS.get("dose-measured");
    /** Active verbs of showing: "IL-10 showed a reduced expression" (backward's amount of nothing named). */
    private static final Set<String> SHOWING_VERBS = WORDS.get("showing-verb");
    /** Standards a comparative may be set against instead of a group: "than the upper reference limit", "than previously reported". */
    static final List<String[]> STANDARDS = WORDS.get("standard-of-comparison").stream().sorted().map(w -> w.split(" ")).toList();
    /** A group chosen by how much of a trait it has: "in people who reported more fatigue" (Analysis.gradedGroupAfter). */
    private static final Set<String> GRADED_GROUPS = WORDS.get("graded-group");
    private static final Set<String> GRADED_GROUP_LINKS = WORDS.get("graded-group-link");
    private static final Set<String> GRADED_AMOUNTS = WORDS.get("graded-amount");
    /** Words before "limit" that make it the noun of a bound: "the upper reference limit", "the detection limit". */
    private static final Set<String> BOUND_MODIFIERS = WORDS.get("bound-modifier");
    /** The laboratory's words of an amplification in its clause: "amplified by PCR", "amplified and sequenced", "with primers". */
    private static final Pattern AMPLIFYING_METHOD = Pattern.compile(
            "\\b(?:pcr|rt-pcr|qpcr|rt-qpcr|polymerase chain reaction|primers?|sequenc\\w*|electrophoresis)\\b");
    /** Nucleic acids a laboratory amplifies: "the IL-6 genes were amplified", "amplification of the promoter region". */
    private static final Set<String> AMPLIFIED_NUCLEIC = Set.of("gene", "genes", "promoter", "promoters", "region", "regions", "fragment",
            "fragments", "cdna", "dna", "exon", "exons", "locus", "loci", "sequence", "sequences", "amplicon", "amplicons");
    private static final Set<String> AMPLIFY = Set.of("amplify", "amplifies", "amplified", "amplifying", "amplification");
    /** Body fluids named before a name ("plasma IL-6"): an amount in circulation or a secretion, never a culture stimulated. */
    private static final Set<String> FLUIDS = Set.of("plasma", "serum", "sera", "urine", "urinary", "csf", "saliva", "salivary", "circulating");

    private static final int NP_LIMIT = 14;
    private static final int OBJECT_LIMIT = 34;
    private static final int SUBJECT_LIMIT = 28;

    private final Tokenizer tokenizer;
    private final ChangeCues changeCues;

    /** A reader with the kit's vocabulary and cues. */
    public StatementReader() {
        this(new Tokenizer(Vocabulary.standard()), ChangeCues.standard());
    }

    StatementReader(Tokenizer tokenizer, ChangeCues cues) {
        this.tokenizer = tokenizer;
        this.changeCues = cues;
    }

    /**
     * What one sentence states. Immutable.
     *
     * @param statements    the statements, in sentence order; not null, unmodifiable
     * @param lastDirection the direction the sentence states last, whatever entity it is about, or
     *                      null: what a following sentence may confirm
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record Reading(List<Statement> statements, Direction lastDirection) {

        /** @throws NullPointerException when {@code statements} is null */
        public Reading {
            statements = List.copyOf(statements);
        }
    }

    /**
     * The statements of {@code sentence}.
     *
     * @param sentence          one sentence; not null
     * @param entities          the entities' {@code [start, end)} offsets in the sentence, in order, not
     *                          overlapping; not null, not modified
     * @param previousDirection the direction the record's previous sentence states, asked only by a
     *                          sentence that confirms it ("this was confirmed by RT-PCR for the gene"); not
     *                          null, may supply null
     * @return what the sentence states; no statement for an aim, method, question or hedged sentence
     */
    public Reading read(String sentence, List<int[]> entities, Supplier<Direction> previousDirection) {
        return read(sentence, entities, null, previousDirection);
    }

    /**
     * The statements of {@code sentence}, whose entities are known by their identities (lexicon keys): two
     * spellings of one entity ("TNF-alpha ... than TNFα") are then one entity, as a comparison of groups needs.
     *
     * @param sentence          one sentence; not null
     * @param entities          the entities' {@code [start, end)} offsets in the sentence, in order, not
     *                          overlapping; not null, not modified
     * @param identities        each entity's identity, in the order of {@code entities}, or null: then an
     *                          entity is known by its spelling, case aside
     * @param previousDirection as for {@link #read(String, List, Supplier)}
     * @return what the sentence states; no statement for an aim, method, question or hedged sentence; where an
     *         expectation opens the sentence and a later clause states the result ("We had hypothesized that IL-6
     *         would fall; however, IL-6 remained unchanged"), only what that clause on states
     * @throws IllegalArgumentException when {@code identities} is not as long as {@code entities}
     */
    public Reading read(String sentence, List<int[]> entities, List<String> identities, Supplier<Direction> previousDirection) {
        if (identities != null && identities.size() != entities.size()) {
            throw new IllegalArgumentException(identities.size() + " identities for " + entities.size() + " entities");
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (lower.length() != sentence.length()) {
            lower = sentence;
        }
        lower = Hedging.withoutAgreements(lower); // "As expected, IL-6 was higher ...": the result, not a hedge
        int[] confirmed = Hedging.expectationConfirmedByPronoun(lower, entities);
        if (confirmed != null) {
            return readConfirmedExpectation(sentence, lower, entities, identities, previousDirection, confirmed);
        }
        int resultStart = Hedging.resultAfterExpectation(lower, entities);
        if (resultStart > 0) {
            // "We had hypothesized that IL-6 would fall; however, IL-6 remained unchanged": the result part is read as a
            // sentence of its own (blanked before it, so that offsets hold); the expectation before it states nothing
            int skipped = 0;
            while (skipped < entities.size() && entities.get(skipped)[0] < resultStart) {
                skipped++;
            }
            Reading r = readStated(blankedBefore(sentence, resultStart), blankedBefore(lower, resultStart),
                    entities.subList(skipped, entities.size()),
                    identities == null ? null : identities.subList(skipped, identities.size()), previousDirection);
            List<Statement> shifted = new ArrayList<>(r.statements().size());
            for (Statement s : r.statements()) {
                shifted.add(new Statement(s.entity() + skipped, s.direction(), s.clauseStart(), s.clauseEnd(), s.cueStart(), s.basis(),
                        s.causeStart(), s.causeEnd(), s.reversedStart(), s.reversedEnd()));
            }
            return new Reading(shifted, r.lastDirection());
        }
        return readStated(sentence, lower, entities, identities, previousDirection);
    }

    /**
     * Where the part of {@code sentence} that states its result begins: after an expectation that opens it ("We
     * hypothesized that serum IL-6 would rise, but IL-6 in synovial fluid was higher ...": at "IL-6 in synovial fluid"), at
     * the expectation's content where a pronoun alone confirms it ("We predicted that exercise would raise IL-6, and
     * indeed it did": at "exercise"), else 0. What the sentence says before it is no part of its statements, so their
     * attributes (comparison, specimen, population) are not to be read from it.
     *
     * @param sentence one sentence; not null
     * @param entities the entities' {@code [start, end)} offsets in the sentence, in order; not null, not modified
     * @return an offset in {@code sentence}, 0 when the whole sentence states the result
     */
    public static int resultStart(String sentence, List<int[]> entities) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        lower = Hedging.withoutAgreements(lower.length() == sentence.length() ? lower : sentence);
        int[] confirmed = Hedging.expectationConfirmedByPronoun(lower, entities);
        if (confirmed != null) {
            return confirmed[0];
        }
        return Math.max(0, Hedging.resultAfterExpectation(lower, entities));
    }

    /**
     * "We predicted that exercise would raise IL-6, and indeed it did": the expectation's content, read as stated
     * ({@link Hedging#asStated}) with the rest of the sentence blanked, gives the statements; "..., but it did not" turns
     * each change into unchanged (the expected change did not happen), and an expected sameness that a pronoun denies
     * ("would not change, but it did") gives no direction.
     */
    private Reading readConfirmedExpectation(String sentence, String lower, List<int[]> entities, List<String> identities,
                                             Supplier<Direction> previousDirection, int[] confirmed) {
        int start = confirmed[0];
        int end = confirmed[1];
        String stated = " ".repeat(start) + Hedging.asStated(sentence.substring(start, end)) + " ".repeat(sentence.length() - end);
        String statedLower = " ".repeat(start) + Hedging.asStated(lower.substring(start, end)) + " ".repeat(sentence.length() - end);
        int from = 0;
        while (from < entities.size() && entities.get(from)[0] < start) {
            from++;
        }
        int to = from;
        while (to < entities.size() && entities.get(to)[1] <= end) {
            to++;
        }
        Reading r = readStated(stated, statedLower, entities.subList(from, to),
                identities == null ? null : identities.subList(from, to), previousDirection);
        boolean denied = confirmed[2] == 1;
        Map<String, Statement> out = new LinkedHashMap<>();
        Direction last = null;
        for (Statement s : r.statements()) {
            Direction d = s.direction();
            if (denied) {
                if (d == Direction.UNCHANGED || s.basis() == Basis.PRESUPPOSED) {
                    continue; // "would not change, but it did": which way is not said; a presupposed induction is not denied
                }
                d = Direction.UNCHANGED;
            }
            out.putIfAbsent((s.entity() + from) + "\t" + d, new Statement(s.entity() + from, d, s.clauseStart(), s.clauseEnd(),
                    s.cueStart(), s.basis(), s.causeStart(), s.causeEnd(), d == s.direction() ? s.reversedStart() : -1,
                    d == s.direction() ? s.reversedEnd() : -1));
            last = d;
        }
        return new Reading(new ArrayList<>(out.values()), last);
    }

    /** {@code s} with each character before {@code end} a space. */
    private static String blankedBefore(String s, int end) {
        return " ".repeat(end) + s.substring(end);
    }

    /** {@link #read(String, List, List, Supplier)} with its lower-cased sentence (agreements blanked). */
    private Reading readStated(String sentence, String lower, List<int[]> entities, List<String> identities,
                               Supplier<Direction> previousDirection) {
        // the entities are in order: those before the question a sentence ends with are a prefix of them
        int asked = Hedging.questionStart(sentence);
        int before = 0;
        while (before < entities.size() && (asked < 0 || entities.get(before)[0] < asked)) {
            before++;
        }
        List<int[]> stated = entities.subList(0, before);
        if (stated.isEmpty() || Hedging.isAimOrMethod(lower)) {
            return new Reading(List.of(), null);
        }
        TokenizedSentence t = tokenizer.tokenize(sentence, stated);
        Analysis a = new Analysis(t, lower, stated.size(), identities == null ? null : List.copyOf(identities.subList(0, before)));
        a.run(previousDirection);
        return new Reading(a.statements(), a.lastDirection);
    }

    /**
     * The direction a sentence without named entities states last ("Inflammatory genes were
     * upregulated in the mucosa"), or null: what a following sentence may confirm.
     *
     * @param sentence not null
     */
    public Direction directionOf(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        lower = Hedging.withoutAgreements(lower.length() == sentence.length() ? lower : sentence);
        if (Hedging.isAimOrMethod(lower) || Hedging.questionStart(sentence) == 0) {
            return null;
        }
        TokenizedSentence t = tokenizer.tokenize(sentence, List.of());
        Analysis a = new Analysis(t, lower, 0, null);
        a.findCues();
        Cue last = a.cues.lastBefore(t.size());
        return last == null ? null : last.direction();
    }

    /** A direction word of the sentence. */
    record Cue(int token, Polarity polarity, int pos, boolean negated, Direction direction) {
        boolean is(int bit) {
            return (pos & bit) != 0;
        }
    }

    /** An entity reached from a cue. */
    private record Link(int entityToken, Cue cue, Direction direction, boolean forward, int stimulusToken, boolean contrasted,
                        int[] cause) {
    }

    /** The working state of one sentence. */
    private final class Analysis {
        private final TokenizedSentence t;
        /** The sentence's phrase structure, which every step of the analysis asks. */
        private final PhraseStructure phrases;
        /** The sentence's clauses and leading cause phrases. */
        private final Clauses clauses;
        /** The names excepted from a predicate ("All cytokines except IL-8 were reduced"). */
        private final ExceptedNames excepted;
        /** Which side of the sentence's comparisons is the control, and which comparator names a standard. */
        private final ComparisonSides sides;
        /** Which comparatives compare no group: those set against a standard or against another entity's amount. */
        private final StandardComparison standards;
        private final String lower;
        private final int n;
        private final boolean[] measured;
        /** The sentence's cues by token. */
        private final SentenceCues cues;
        /** Cues that change a capacity to suppress rather than an amount, whose statements are left out. */
        private final SuppressiveCapacity capacities;
        /** The direction labels and the lists they head ("upregulation: NPY, CGRP; ..."). */
        private final DirectionLabels labels;
        /** For each token, whether it is in a rejected alternative ("rather than reduced NPY levels"). */
        private final boolean[] rejected;
        /** For each token, whether it is a causative participle written apart from its stimulus in an object ("inhibited LPS induced IL-6"): no verb. */
        private final boolean[] stimulusParticiple;
        /** Which parts of each clause name the handling of a sample as the cause of their changes. */
        private final SampleHandling handling;
        /** Which second statements a clause implies beside the changes it states. */
        private final ClauseCounterparts counterparts;
        private final List<Link> links = new ArrayList<>();
        private final Map<String, Statement> out = new LinkedHashMap<>();
        private Direction lastDirection;
        /** Whether a word of the sentence names earlier work ({@link #PRIOR_WORK}); null until an activity noun asks. */
        private Boolean namesPriorWork;

        Analysis(TokenizedSentence t, String lower, int entityCount, List<String> identities) {
            this.t = t;
            this.phrases = new PhraseStructure(t, changeCues, identities);
            this.clauses = new Clauses(t, phrases);
            this.excepted = new ExceptedNames(t, clauses);
            this.lower = lower;
            this.n = t.size();
            this.measured = MentionRoles.measured(t, entityCount);
            this.cues = new SentenceCues(n);
            this.rejected = new boolean[n];
            this.stimulusParticiple = new boolean[n];
            this.labels = new DirectionLabels(t, clauses, cues);
            this.sides = new ComparisonSides(t, lower, phrases, cues);
            this.standards = new StandardComparison(t, changeCues, phrases, clauses, sides, cues, measured, rejected);
            this.handling = new SampleHandling(t, phrases, cues);
            this.capacities = new SuppressiveCapacity(t, clauses, cues);
            this.counterparts = new ClauseCounterparts(t, lower, cues);
        }

        void run(Supplier<Direction> previousDirection) {
            findCues();
            leaveOutRejectedAlternatives();
            leaveOutExclusionCriteria();
            leaveOutGroupCriteria();
            leaveOutOwnedCriteria();
            for (int i = 0; i < n; i++) {
                Cue c = cues.at(i);
                if (c != null && c.direction() != null && !rejected[c.token()] && !stimulusParticiple[c.token()]) {
                    forward(c);
                    backward(c);
                }
            }
            pairRespectively();
            capacities.markSuppressionStrengths();
            boolean mayCorrelate = Hedging.mayCorrelate(lower);
            List<Link> ordered = new ArrayList<>(links);
            ordered.sort((x, y) -> Integer.compare(x.entityToken(), y.entityToken()));
            Direction carried = null;
            Direction previousClauseDirection = null;
            List<Integer> previousClauseEntities = List.of();
            boolean previousFlip = false;
            for (int c = 0; c < clauses.size(); c++) {
                int from = clauses.get(c)[0];
                int to = clauses.get(c)[1];
                int charFrom = t.start(from);
                int charTo = t.end(to - 1);
                boolean correlational = mayCorrelate && Hedging.correlational(lower, charFrom, charTo);
                boolean preAnalytic = handling.markHandlingParts(from, to);
                int hedgeEnd = Hedging.firstHedgeEnd(lower, charFrom, charTo);
                List<Integer> entitiesHere = new ArrayList<>();
                Direction clauseDirection = null;
                boolean flip = sides.orientationFlips(from, to) || previousFlip && sides.sameComparison(from, to);
                previousFlip = flip;
                for (int i = from; i < to; i++) {
                    if (!t.isEntity(i)) {
                        continue;
                    }
                    entitiesHere.add(i);
                    if (!measured[t.entity(i)]) {
                        continue;
                    }
                    for (Link link : ordered) {
                        if (link.entityToken() != i) {
                            continue;
                        }
                        Cue cue = link.cue();
                        if (capacities.marked(cue.token())) {
                            continue; // "IL-10-mediated suppression of TNF was attenuated in patients": a capacity changed, no amount
                        }
                        int cueStart = t.start(cue.token());
                        int statementEnd = Math.max(t.end(i), t.end(cue.token()));
                        // a name or cue in a part whose change the handling of a sample caused states nothing
                        if (correlational || handling.handled(i) || handling.handled(cue.token())
                                || mayCorrelate && correlationalRelative(i, cue.token(), from, to)
                                || Hedging.speculative(lower, charTo, hedgeEnd, t.end(i), statementEnd, link.forward())) {
                            continue;
                        }
                        Direction d = link.contrasted() ? Direction.UNCHANGED : link.direction();
                        if (flip && !link.contrasted()) {
                            d = opposite(d);
                        }
                        int[] stimulus = link.stimulusToken() >= 0
                                ? new int[] {t.start(link.stimulusToken()), t.end(link.stimulusToken())} : null;
                        if (d == Direction.INCREASED && ownDoseMeasured(i)) {
                            continue;
                        }
                        int[] cause = link.cause() != null ? link.cause() : d == Direction.INCREASED && stimulus != null ? stimulus : null;
                        add(i, d, charFrom, charTo, cueStart, link.contrasted() ? Basis.CONTRASTED : Basis.STATED, cause,
                                d == Direction.DECREASED ? stimulus : null);
                        clauseDirection = d;
                        if (stimulus != null && d != Direction.INCREASED) {
                            add(i, Direction.INCREASED, charFrom, charTo, cueStart, Basis.PRESUPPOSED, stimulus);
                        }
                    }
                }
                boolean clauseHasCue = cues.any(from, to);
                boolean afterSemicolon = from > 0 && t.isWord(from - 1, ";");
                if (clauseDirection == null && !correlational && afterSemicolon && carried != null && !clauseHasCue
                        && !hasVerb(from, to)) {
                    // "...; increased NT-3; and BDNF, NPY and CGRP in skin biopsies"
                    for (int i : entitiesHere) {
                        if (measured[t.entity(i)]) {
                            add(i, carried, charFrom, charTo, charFrom, Basis.CARRIED, null);
                            clauseDirection = carried;
                        }
                    }
                }
                int confirm = confirmWord(from, to);
                if (!correlational && confirm >= 0 && unstatedAfter(confirm, to) && !directionAfter(confirm, to)) {
                    // "... were upregulated in CO-fed rats, and this was further confirmed by RT-PCR for the CGRP and BDNF genes"
                    Cue before = cues.lastBefore(confirm);
                    Direction confirmed = before != null ? before.direction() : carried != null ? carried
                            : previousDirection == null ? null : previousDirection.get();
                    if (confirmed != null) {
                        for (int i : entitiesHere) {
                            if (i > confirm && measured[t.entity(i)] && !linked(i)) {
                                add(i, confirmed, charFrom, charTo, charFrom, Basis.CONFIRMED, null);
                                clauseDirection = confirmed;
                            }
                        }
                    }
                }
                if (entitiesHere.isEmpty() && !previousClauseEntities.isEmpty() && clauseHasCue && !correlational
                        && sameSubject(from, to)
                        && Hedging.firstHedgeEnd(lower, charFrom, charTo) == Integer.MAX_VALUE) {
                    // "NPY rose during stage 2 sleep, but levels during slow wave sleep were not different"
                    Cue cue = cues.first(from, to);
                    for (int i : previousClauseEntities) {
                        add(i, cue.direction(), charFrom, charTo, t.start(cue.token()), Basis.CARRIED, null);
                    }
                }
                int sharedPredicate = entitiesHere.isEmpty() && !previousClauseEntities.isEmpty() && clauseHasCue && !correlational
                        && Hedging.firstHedgeEnd(lower, charFrom, charTo) == Integer.MAX_VALUE ? predicateWithoutSubject(from, to) : -1;
                if (sharedPredicate >= 0) {
                    // "IL-6 was elevated in patients but decreased after treatment with tocilizumab": the names the clause
                    // before was a predicate of are this one's subject too
                    Cue cue = cues.at(sharedPredicate);
                    for (int i : previousClauseEntities) {
                        if (subjectOfItsStatement(i)) {
                            add(i, cue.direction(), charFrom, charTo, t.start(cue.token()), Basis.CARRIED, null);
                            clauseDirection = cue.direction();
                        }
                    }
                }
                int afterStandard = clauseDirection == null && entitiesHere.isEmpty() && c > 0 && !correlational && !preAnalytic
                        && Hedging.firstHedgeEnd(lower, charFrom, charTo) == Integer.MAX_VALUE ? standards.comparativeAfterAStandard(from, to) : -1;
                if (afterStandard >= 0) {
                    // "IL-8 was lower than in earlier reports but higher than in controls": the first comparative sets IL-8
                    // against a standard and states nothing; the second, of the same subject, against a group does
                    Direction d = flip ? opposite(cues.at(afterStandard).direction()) : cues.at(afterStandard).direction();
                    for (int i : standards.subjectsOfAStandard(clauses.get(c - 1)[0], clauses.get(c - 1)[1])) {
                        add(i, d, charFrom, charTo, t.start(afterStandard), Basis.CARRIED, null);
                        clauseDirection = d;
                    }
                }
                int[] joined = clauseDirection == null && !correlational && !preAnalytic ? standards.comparativeJoinedToAStandard(from, to) : null;
                if (joined != null && Hedging.firstHedgeEnd(lower, t.start(joined[0]), charTo) == Integer.MAX_VALUE) {
                    // "IL-10 was higher than expected, and higher than in healthy volunteers": one clause, whose first
                    // comparative sets IL-10 against an expectation and states nothing; the second, against a group, does
                    int cue = joined[1];
                    Direction d = sides.orientationFlips(joined[0], to) ? opposite(cues.at(cue).direction()) : cues.at(cue).direction();
                    for (int i : standards.subjectsOfAStandard(from, joined[0])) {
                        add(i, d, charFrom, charTo, t.start(cue), Basis.CARRIED, null);
                        clauseDirection = d;
                    }
                }
                int ellipticNot = clauseDirection == null && !clauseHasCue && !correlational && previousClauseDirection != null
                        && previousClauseDirection != Direction.UNCHANGED ? ellipticNegation(from, to) : -1;
                if (ellipticNot >= 0) {
                    // "IL-6 was increased in patients, whereas IL-10 was not": the change left out after "not" did not happen
                    for (int i : entitiesHere) {
                        if (i < ellipticNot && measured[t.entity(i)]) {
                            add(i, Direction.UNCHANGED, charFrom, charTo, t.start(ellipticNot), Basis.CONTRASTED, null);
                        }
                    }
                }
                if (clauseDirection != null) {
                    contrastWithinGroups(from, to, charFrom, charTo);
                    if (!correlational) {
                        returnsToControl(from, to, charFrom, charTo);
                    }
                }
                List<Integer> stated = new ArrayList<>();
                for (Statement s : out.values()) {
                    if (s.clauseStart() == charFrom) {
                        stated.add(phrases.tokenOfEntity(s.entity()));
                    }
                }
                previousClauseEntities = stated;
                previousClauseDirection = clauseDirection;
                if (clauseDirection != null) {
                    carried = clauseDirection;
                    lastDirection = clauseDirection;
                } else if (clauseHasCue) {
                    carried = null;
                }
            }
            reverseTheChangeReferredTo();
        }

        /**
         * "LPS increased TNF-α in wild-type mice, and this rise was attenuated in knockout mice": a noun of change after
         * "this" or "that", with no name of its own, is the subject of a predicate of change; the predicate changes each
         * amount stated before it with the noun's direction, composed as "attenuated the rise" is (a decrease). The
         * statement's clause is the predicate's, so its attributes (knockout mice) are read there.
         */
        private void reverseTheChangeReferredTo() {
            for (int p = 1; p + 2 < n; p++) {
                Cue noun = cues.at(p);
                if (noun == null || !noun.is(ChangeCues.NOUN) || noun.direction() == null || noun.direction() == Direction.UNCHANGED
                        || !(t.isWord(p - 1, "this") || t.isWord(p - 1, "that")) || capacities.marked(p)) {
                    continue;
                }
                int q = p + 1;
                while (q < n && t.is(q, WordClass.ADV)) {
                    q++;
                }
                if (q >= n || !t.is(q, WordClass.BE)) {
                    continue;
                }
                q++;
                while (q < n && (t.is(q, WordClass.ADV) || t.is(q, WordClass.NEG)) && cues.at(q) == null) {
                    q++; // "this rise was not altered by drug Q": the negation is the predicate cue's own
                }
                Cue predicate = q < n ? cues.at(q) : null;
                if (predicate == null || predicate.direction() == null || predicate.is(ChangeCues.NOUN)) {
                    continue;
                }
                Direction d = compose(predicate, noun.direction());
                int[] clause = clauses.get(clauses.of(q));
                int charFrom = t.start(p - 1);
                int charTo = t.end(clause[1] - 1);
                for (Statement s : List.copyOf(out.values())) {
                    int e = phrases.tokenOfEntity(s.entity());
                    if (d != null && e >= 0 && e < p - 1 && s.cueStart() < t.start(p - 1) && s.direction() == noun.direction()
                            && s.basis() == Basis.STATED) {
                        add(e, d, charFrom, charTo, t.start(q), Basis.STATED, null);
                    }
                }
            }
        }

        /**
         * The statements made, but a rise or fall stated of a level's course ({@link MentionRoles#ofACourse}: "a blunted diurnal
         * rhythmicity of cortisol secretion"), which is none of the amount (review s22, B3).
         */
        List<Statement> statements() {
            boolean[] course = MentionRoles.ofACourse(t, measured.length);
            return out.values().stream().filter(s -> !course[s.entity()] || s.direction() == Direction.UNCHANGED).toList();
        }

        /**
         * Whether the name at {@code i} is the concentration or level of what the sentence gave by its dose: "after 10,000
         * IU/kg bw IL-2, inducing serum IL-2 concentrations ...", "a low dose of IL-6 ..., inducing plasma IL-6 concentrations
         * comparable with ...", "serum IL-2 concentrations increased after 5 µg/kg IL-2". What was measured is then the dose
         * itself, a cytokine used as the cause (guidelines: not a finding), not an amount the body or cells made; a name of
         * production ("10 ng/ml IL-1 induced IL-1 mRNA") stays a finding.
         */
        private boolean ownDoseMeasured(int i) {
            if (i + 1 >= n || !MEASURED_DOSE.contains(t.word(i + 1))) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (k != i && t.isEntity(k) && !measured[t.entity(k)] && phrases.sameEntity(k, i) && MentionRoles.withDose(t, k)) {
                    return true;
                }
            }
            return false;
        }

        private void add(int entityToken, Direction d, int clauseStart, int clauseEnd, int cueStart, Basis basis, int[] cause) {
            add(entityToken, d, clauseStart, clauseEnd, cueStart, basis, cause, null);
        }

        /** As above; {@code reversed} is the stimulus of the induced change the statement reverses, or null. */
        private void add(int entityToken, Direction d, int clauseStart, int clauseEnd, int cueStart, Basis basis, int[] cause,
                         int[] reversed) {
            String key = t.entity(entityToken) + "\t" + d;
            Statement old = out.get(key);
            int from = cause == null ? -1 : cause[0];
            int to = cause == null ? -1 : cause[1];
            int reversedFrom = reversed == null ? -1 : reversed[0];
            int reversedTo = reversed == null ? -1 : reversed[1];
            if (old == null || (old.basis() != Basis.STATED && basis == Basis.STATED)) {
                out.put(key, new Statement(t.entity(entityToken), d, clauseStart, clauseEnd, cueStart, basis, from, to,
                        reversedFrom, reversedTo));
            } else if (old.causeStart() < 0 && from >= 0 && old.basis() == basis) {
                out.put(key, new Statement(old.entity(), d, old.clauseStart(), old.clauseEnd(), old.cueStart(), basis, from, to,
                        old.reverses() ? old.reversedStart() : reversedFrom, old.reverses() ? old.reversedEnd() : reversedTo));
            }
        }

        // ---- clauses -------------------------------------------------------------------------

        // ---- cues ------------------------------------------------------------------------------

        private void findCues() {
            Cue previous = null;
            for (int i = 0; i < n; i++) {
                if (t.kind(i) != Kind.WORD) {
                    continue;
                }
                Entry e = changeCues.lookup(t.word(i));
                if (e == null || !usable(i, e) || phrases.attachedSuffix(i)) {
                    continue;
                }
                int clauseStart = clauses.get(clauses.of(i))[0];
                boolean negated = negatedAt(i, clauseStart)
                        || (previous != null && previous.negated() && phrases.coordinated(previous.token(), i))
                        || e.polarity() == Polarity.NEUTRAL && (e.pos() & ChangeCues.NOUN) != 0
                                && absencePredicated(i, clauses.get(clauses.of(i))[1]);
                Direction d = direction(e.polarity(), negated);
                Cue cue = new Cue(i, e.polarity(), e.pos(), negated, d);
                cues.set(i, cue);
                previous = cue;
            }
            labels.find();
        }

        private boolean usable(int i, Entry e) {
            String w = t.word(i);
            if (phrases.termStart(i)) {
                return false; // "reverse transcriptase(-polymerase)", "high-fat"
            }
            if ((i > 0 && t.isWord(i - 1, "/") && t.glued(i)) || (i + 1 < n && t.isWord(i + 1, "/") && t.glued(i + 1))) {
                return false; // "CD127-/low", "high/low": a phenotype, not a change
            }
            if ((w.equals("more") || w.equals("less") || w.equals("fewer") || w.equals("greater") || w.equals("higher")
                    || w.equals("lower")) && i + 1 < n && (t.isWord(i + 1, "than") && i + 2 < n && t.kind(i + 2) == Kind.NUMBER)) {
                return false; // "more than 20%", "less than 5 pg/ml"
            }
            if (w.equals("more") && i >= 2 && t.isWord(i - 1, "or") && (t.isWord(i - 2, "one") || t.isWord(i - 2, "two"))) {
                return false; // "one or more"
            }
            if (w.equals("more") && (i + 2 < n && t.isWord(i + 1, "than") && (t.isWord(i + 2, "a") || t.isWord(i + 2, "an")
                    || t.isWord(i + 2, "just") || t.isWord(i + 2, "merely") || t.isWord(i + 2, "simply") || t.isWord(i + 2, "one"))
                    || i > 0 && t.isWord(i - 1, "&"))) {
                // "Beyond IL-6: more than a cytokine", "a pilot study & more": a pronoun, no amount (the review of session 32, H2:
                // a title's IL-6 increased, which then stood as the finding's evidence for the abstract's)
                return false;
            }
            if (e.polarity() == Polarity.SAME && i + 1 < n && (t.isWord(i + 1, "to") || t.isWord(i + 1, "with")) && sizesAChange(i)) {
                return false; // "a drop of IL-6 levels comparable to that of the subgroups": the drop's size, no amount unchanged
            }
            if (AMPLIFY.contains(w) && amplifiedInTheLaboratory(i)) {
                return false; // "TNF-α and TNF-β genes were amplified by PCR to detect polymorphisms": a method, not a change
            }
            if (standards.ranksAgainstAnotherEntity(i, e)) {
                return false; // "IL-6 levels were higher than IL-8 levels": a ranking, no change against a comparator
            }
            if ((w.equals("limit") || w.equals("limits")) && (i > 0 && BOUND_MODIFIERS.contains(t.word(i - 1))
                    || i + 1 < n && t.isWord(i + 1, "of"))) {
                return false; // "exceeded the upper reference limit", "the limit of detection": a bound, not the verb
            }
            if (standards.comparedWithAStandard(i, e)) {
                return false; // "higher than the upper reference limit", "lower than previously reported": no group compared
            }
            if (standards.clauseAgainstAStandard(clauses.of(i))) {
                return false; // "Compared with reference values from healthy adults, IL-6 was higher": no group compared
            }
            if (w.equals("normal")) {
                // "with normal secretion of IL-8" states no change; "those with normal cortisol levels", "normal
                // controls", "IL-6 in the normal range" name a group or a reference
                return i + 1 < n && NORMAL_PROCESSES.contains(t.word(i + 1));
            }
            if (e.is(ChangeCues.DEGREE) && (e.pos() & ~ChangeCues.DEGREE) == 0) {
                if (i + 1 < n && (NOT_DEGREE_OF_AMOUNT.contains(t.word(i + 1)) || t.isWord(i + 1, "to"))) {
                    return false;
                }
                if (i + 2 < n && t.kind(i + 1) == Kind.WORD && DEGREE_OF_A_KIND.matcher(t.word(i + 1)).matches()
                        && NOT_DEGREE_OF_AMOUNT.contains(t.word(i + 2))) {
                    return false; // "the strong inflammatory property of TNF-alpha": a degree of what it does (sample s23, pattern 3)
                }
                int[] clause = clauses.get(clauses.of(i));
                return comparisonIn(clause[0], clause[1]) || stimulationIn(clause[0], clause[1]);
            }
            if (i >= 2 && t.isWord(i - 1, "to") && PURPOSE.contains(t.word(i - 2))) {
                return false; // "options to block IL-1 activity", "a counterscreen to induce IL-8": a purpose, no result
            }
            if (REFERENCE_PARTICIPLES.contains(w) && refersAmountBeforeItsPredicate(i)) {
                return false; // "IL-6 levels normalized to creatinine were higher": a unit, not a fall
            }
            return true;
        }

        /**
         * Whether the participle at {@code i} ("normalized") refers the amount right before it to another one
         * ("Urinary IL-6 levels normalized to creatinine were higher in patients"): a name or amount noun stands
         * before it, a reference preposition after it, then a short reference (at most four words, with no
         * preposition but "of", no group, and no level it could have come back to: a control word, "basal",
         * "normal", "within", {@code return-target}), and then the subject's own predicate: a form of "be", "have"
         * or "do", a modal, "tended", or a verb of change other than one of sameness. Anything else makes it a
         * predicate of its own: "IL-6 levels normalized to control values after treatment", "IL-6 normalized by day 7
         * in patients who were treated", "normalized to baseline after patients were treated".
         */
        private boolean refersAmountBeforeItsPredicate(int i) {
            if (i == 0 || i + 1 >= n || !(t.isEntity(i - 1) || t.is(i - 1, WordClass.MEASURE))
                    || !(t.kind(i + 1) == Kind.WORD && REFERENCE_PREPOSITIONS.contains(t.word(i + 1)))) {
                return false;
            }
            int clauseEnd = clauses.get(clauses.of(i))[1];
            for (int q = i + 2; q < clauseEnd && q <= i + 6; q++) {
                Entry cue = t.kind(q) == Kind.WORD ? changeCues.lookup(t.word(q)) : null;
                if (q > i + 2 && (t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE) || t.is(q, WordClass.MODAL) || t.is(q, WordClass.DO)
                        || PhraseStructure.RAISING.contains(t.word(q)) || cue != null && cue.is(ChangeCues.VERB) && cue.polarity() != Polarity.SAME)) {
                    return true;
                }
                String w = t.word(q);
                if (t.kind(q) == Kind.PUNCT || t.kind(q) == Kind.OPEN || t.is(q, WordClass.PREP) && !w.equals("of")
                        || t.is(q, WordClass.CONJ) || t.is(q, WordClass.REL) || t.is(q, WordClass.THAT) || t.is(q, WordClass.SUBORD)
                        || GROUP_NOUNS.contains(w) || CONTROL.contains(w) || RETURN_LEVELS.contains(w) || RETURN_TARGETS.contains(w)
                        || cue != null) {
                    return false;
                }
            }
            return false;
        }

        private boolean negatedAt(int i, int clauseStart) {
            int words = 0;
            boolean namesBetween = false; // a word between that is no qualifier of the cue: "patients without diabetes had higher"
            boolean nounBetween = false; // a name or noun between, no verb, adverb or qualifier: "but not IL-10 was increased"
            for (int j = i - 1; j >= clauseStart && words <= 3; j--) {
                if (cues.at(j) != null) {
                    return false; // a negation belongs to the first cue after it
                }
                if (t.kind(j) == Kind.CLOSE && t.match(j) >= 0) {
                    j = t.match(j);
                    continue;
                }
                if (t.kind(j) == Kind.PUNCT) {
                    if (t.isWord(j, ",") || t.isWord(j, ";")) {
                        return false;
                    }
                    continue;
                }
                if (t.is(j, WordClass.NEG) && t.kind(j) == Kind.WORD) {
                    if (t.isWord(j, "not") && t.isWord(j + 1, "only")) {
                        return false;
                    }
                    if (t.isWord(j, "no") && j + 1 < n && t.isWord(j + 1, "longer")) {
                        return false;
                    }
                    if (nounBetween && t.isWord(j, "not") && j > clauseStart && t.isWord(j - 1, "but")) {
                        return false; // "IL-6 but not Th17 cell numbers were increased": "but not" sets a conjunct apart, the cue stands
                    }
                    // "without altering IL-4", "without any change in": but "without" before a noun names a group
                    return !(namesBetween && t.isWord(j, "without"));
                }
                String w = t.word(j);
                if (w.equals("but") || w.equals("and") || w.equals("or") || w.equals("whereas") || w.equals("while")) {
                    return false;
                }
                namesBetween |= !(w.endsWith("ly") || CUE_QUALIFIERS.contains(w));
                nounBetween |= t.isEntity(j) || !(w.endsWith("ly") || CUE_QUALIFIERS.contains(w) || t.is(j, WordClass.BE)
                        || t.is(j, WordClass.HAVE) || t.is(j, WordClass.DO) || t.is(j, WordClass.MODAL) || t.is(j, WordClass.ADV));
                words++;
            }
            return false;
        }

        /**
         * Whether the noun of difference at {@code i} is the subject of a predicate of absence: "changes in
         * IL-10 were absent", "IL-10 changes were not observed". It states no change, as "no changes in IL-10
         * were found" does; another cue before the predicate ("changes in IL-6 induced by LPS") is left alone.
         */
        private boolean absencePredicated(int i, int clauseEnd) {
            int be = i + 1;
            boolean notBefore = false; // "have not been observed"
            while (be < clauseEnd && be <= i + NP_LIMIT && !(t.kind(be) == Kind.WORD && t.is(be, WordClass.BE))) {
                if (t.kind(be) == Kind.WORD && changeCues.lookup(t.word(be)) != null || t.isWord(be, ";")) {
                    return false;
                }
                notBefore = t.isWord(be, "not") && be > i + 1 && t.is(be - 1, WordClass.HAVE);
                be++;
            }
            if (be >= clauseEnd || be > i + NP_LIMIT) {
                return false;
            }
            int k = phrases.skipAdverbs(be + 1, clauseEnd);
            if (k < clauseEnd && t.kind(k) == Kind.WORD && ABSENCE.contains(t.word(k))) {
                return phrases.closesPredicate(k + 1, clauseEnd);
            }
            if (!notBefore && k < clauseEnd && t.isWord(k, "not")) {
                notBefore = true;
                k = phrases.skipAdverbs(k + 1, clauseEnd);
            }
            return notBefore && k < clauseEnd && t.kind(k) == Kind.WORD && PhraseStructure.EXISTENCE.contains(t.word(k))
                    && !t.is(k, WordClass.BE) && phrases.closesPredicate(k + 1, clauseEnd);
        }

        private Direction direction(Polarity p, boolean negated) {
            if (negated) {
                return p == Polarity.SAME ? null : Direction.UNCHANGED;
            }
            return switch (p) {
                case UP, CAUSE -> Direction.INCREASED;
                case DOWN -> Direction.DECREASED;
                case SAME -> Direction.UNCHANGED;
                case NEUTRAL -> null;
            };
        }

        private boolean comparisonIn(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.is(i, WordClass.COMPARATOR)) {
                    return true;
                }
                if (t.isWord(i, "in") && i + 1 < to && (t.isWord(i + 1, "patients") || t.isWord(i + 1, "cases")
                        || t.isWord(i + 1, "subjects"))) {
                    return true;
                }
            }
            return false;
        }

        private boolean stimulationIn(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.kind(i) == Kind.WORD && (STIMULATION.contains(t.word(i)) || STIMULUS_HEADS.contains(t.head(i)) && t.word(i).contains("-"))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The "not" that ends a contrast clause whose predicate is left out ("whereas IL-10 was not", "but IL-10 levels
         * did not (P = 0.40)."), or -1: the clause opens with a word of {@link #ELLIPTIC_CONTRAST}, names its subject
         * with no verb, relative clause or preposition but "of" ("whereas in controls it was not" is a group's), and
         * ends with a form of "be", "do" or "have" and "not", save punctuation and brackets.
         */
        private int ellipticNegation(int from, int to) {
            if (!(t.kind(from) == Kind.WORD && ELLIPTIC_CONTRAST.contains(t.word(from)))) {
                return -1;
            }
            int last = to - 1;
            while (last > from && (t.kind(last) == Kind.PUNCT || t.kind(last) == Kind.CLOSE && t.match(last) > from)) {
                last = t.kind(last) == Kind.CLOSE ? t.match(last) - 1 : last - 1;
            }
            if (last - 1 <= from || !t.isWord(last, "not")) {
                return -1;
            }
            int auxiliary = last - 1;
            if (!(t.is(auxiliary, WordClass.BE) || t.is(auxiliary, WordClass.DO) || t.is(auxiliary, WordClass.HAVE))) {
                return -1;
            }
            boolean named = false;
            for (int i = from + 1; i < auxiliary; i++) {
                if (t.isEntity(i)) {
                    named = true;
                    continue;
                }
                if (t.kind(i) != Kind.WORD) {
                    continue;
                }
                if (t.is(i, WordClass.BE) || t.is(i, WordClass.HAVE) || t.is(i, WordClass.DO) || t.is(i, WordClass.REL)
                        || t.is(i, WordClass.RESULT) || t.is(i, WordClass.AGENT) || t.is(i, WordClass.MODAL)
                        || t.is(i, WordClass.NEG) || t.is(i, WordClass.PRONOUN) && !t.isWord(i, "that") && !t.isWord(i, "those")
                        || t.is(i, WordClass.PREP) && !t.isWord(i, "of") || cues.at(i) != null) {
                    return -1;
                }
            }
            return named ? last : -1;
        }

        private boolean hasVerb(int from, int to) {
            for (int i = from; i < to; i++) {
                if ((t.is(i, WordClass.BE) || t.is(i, WordClass.HAVE) || t.is(i, WordClass.RESULT) || t.is(i, WordClass.AGENT)
                        || cues.at(i) != null) && !(t.kind(i) == Kind.WORD && phrases.termStart(i))) {
                    return true;
                }
            }
            return false;
        }

        private int confirmWord(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.is(i, WordClass.CONFIRM)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Whether a direction word stands after {@code from} (a confirming word) before {@code to}: what was confirmed is
         * then stated there ("studies confirmed that IL-17 stimulated periostin while antibody to IL-17 reduced it"), and
         * names it leaves unlinked are its causes, not amounts the earlier direction carries to.
         */
        private boolean directionAfter(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                Cue c = cues.at(i);
                if (c != null && c.direction() != null && !rejected[c.token()]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a measured entity after {@code from} has no statement of its own. */
        private boolean unstatedAfter(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                if (t.isEntity(i) && measured[t.entity(i)] && !linked(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean linked(int entityToken) {
            for (Link l : links) {
                if (l.entityToken() == entityToken) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The direction word of a predicate with no subject of its own that opens a clause after "but" or "yet", past
         * adverbs, "not" and "did": a finite verb with no object ("but decreased after treatment", "but did not change")
         * or "was"/"were" and a participle or adjective ("but was reduced after surgery"); else -1. A verb with an object
         * ("but decreased mortality") has its own subject, the clause before's agent. Nor where the clause names the
         * control side ("but increased in the control group", "yet decreased in controls"): the course of the
         * comparator, not of the group of interest (guidelines v1.2, orientation).
         */
        private int predicateWithoutSubject(int from, int to) {
            if (!(t.isWord(from, "but") || t.isWord(from, "yet"))) {
                return -1;
            }
            int i = from + 1;
            while (i < to && t.kind(i) == Kind.WORD && cues.at(i) == null
                    && (t.is(i, WordClass.ADV) || t.is(i, WordClass.NEG) || t.is(i, WordClass.DO))) {
                i++;
            }
            boolean be = i < to && t.kind(i) == Kind.WORD && t.is(i, WordClass.BE) && cues.at(i) == null;
            if (be) {
                i++;
                while (i < to && t.kind(i) == Kind.WORD && cues.at(i) == null && (t.is(i, WordClass.ADV) || t.is(i, WordClass.NEG))) {
                    i++;
                }
            }
            if (i >= to || cues.at(i) == null || cues.at(i).direction() == null || rejected[i] || stimulusParticiple[i]
                    || cues.at(i).polarity() == Polarity.CAUSE) {
                return -1;
            }
            for (int q = i + 1; q < to; q++) {
                if (t.kind(q) == Kind.WORD && CONTROL.contains(t.word(q)) && !TIME_CONTROLS.contains(t.word(q))) {
                    return -1; // "decreased in the intervention group, but increased in the control group": the controls' course
                }
                if (t.is(q, WordClass.COMPARATOR) || (t.isWord(q, "in") || t.isWord(q, "among")) && !t.isWord(q + 1, "response")) {
                    // "but was lower than previously reported values", "but decreased in their siblings": another
                    // comparison, or another group's course, which the subject before does not share (review 31, M4)
                    return -1;
                }
            }
            Cue c = cues.at(i);
            boolean predicate = be ? c.is(ChangeCues.PARTICIPLE) || c.is(ChangeCues.ADJECTIVE) || c.polarity() == Polarity.SAME
                    : c.is(ChangeCues.VERB) && !phrases.objectFollows(i);
            return predicate ? i : -1;
        }

        /**
         * Whether the "-ing" word at {@code p} names an activity that is the subject of the direction word after it
         * ("Five days of training reduced IL-6", "Swimming increased IL-10"), not a verb. Not in a sentence of earlier
         * work ("In an earlier trial, training reduced IL-6"). An activity the comparison lexicon has no cause class for
         * ("swimming", "running") only where it opens its clause, alone or after one activity modifier ("Treadmill
         * running"): after "of" or a time word its phrase's time word took over ("Ten days of swimming" read as time).
         */
        private boolean activitySubject(int p) {
            String word = t.word(p);
            if (!ACTIVITY_NOUNS.contains(word) || namesPriorWork()) {
                return false;
            }
            if (ACTIVITY_CAUSES.contains(word)) {
                return true;
            }
            return p == 0 || t.isWord(p - 1, ",")
                    || t.kind(p - 1) == Kind.WORD && ACTIVITY_MODIFIERS.contains(t.word(p - 1)) && (p - 1 == 0 || t.isWord(p - 2, ","));
        }

        /**
         * Whether a word of the sentence, or a hyphened part of one ("previously-reported"), names earlier work: read once,
         * when the first activity noun asks, since few sentences hold one.
         */
        private boolean namesPriorWork() {
            if (namesPriorWork == null) {
                namesPriorWork = false;
                for (int i = 0; i < n && !namesPriorWork; i++) {
                    if (t.kind(i) == Kind.WORD) {
                        String word = t.word(i);
                        namesPriorWork = PRIOR_WORK.contains(word)
                                || word.indexOf('-') >= 0 && Arrays.stream(word.split("-")).anyMatch(PRIOR_WORK::contains);
                    }
                }
            }
            return namesPriorWork;
        }

        /** Whether a name was stated as the subject of its direction word: the name stands before the word ("IL-6 was elevated"). */
        private boolean subjectOfItsStatement(int entityToken) {
            for (Link l : links) {
                if (l.entityToken() == entityToken && l.cue().token() > entityToken) {
                    return true;
                }
            }
            return false;
        }

        private boolean sameSubject(int from, int to) {
            int i = from;
            while (i < to && (t.is(i, WordClass.SUBORD) || t.isWord(i, "but") || t.isWord(i, ",") || t.is(i, WordClass.DET)
                    || t.isWord(i, "mean") || t.isWord(i, "no") || t.isWord(i, "significant"))) {
                i += t.phraseLength(i);
            }
            if (!(i < to && t.kind(i) == Kind.WORD && SAME_SUBJECT.contains(t.word(i)))) {
                return false;
            }
            // "whereas levels of glucose increased" are another substance's, one the lexicon does not name;
            // "but levels of both were not different" still the previous clause's
            return !(i + 2 < to && t.isWord(i + 1, "of")) || BACK_REFERENCES.contains(t.word(i + 2));
        }

        // ---- rejected alternatives ---------------------------------------------------------------

        /**
         * The phrase after "rather than" or "instead of" is the alternative the sentence rejects, not a
         * result: "evidence for a disturbed receptor function, rather than reduced cortisol levels, for
         * the symptoms" states no decrease. Its names are no measured amount here and its cues reach
         * nothing; what the sentence states of the other side stands ("sleep loss rather than exercise
         * increased NPY", "NPY rather than CGRP was increased").
         */
        private void leaveOutRejectedAlternatives() {
            for (int i = 0; i < n; i++) {
                int marker = alternativeMarkerLength(i);
                if (marker == 0) {
                    continue;
                }
                for (int k = i + marker; k < n && !endsAlternative(k, i + marker); k++) {
                    rejected[k] = true;
                    if (t.isEntity(k)) {
                        measured[t.entity(k)] = false;
                    }
                }
            }
        }

        /**
         * "Excluding patients with undetectable IL-6, serum IL-6 was higher in patients than in controls": an
         * exception opener followed by a group rather than a name, opening its clause and closed by a comma with no
         * verb before it, says whom the analysis left out. That is a criterion, not a result: its names are no
         * measured amount and its cues reach nothing, as in a rejected alternative, so neither "undetectable IL-6"
         * nor "elevated IL-8" in it becomes a statement, and the clause's predicate does not reach back into it. A
         * comma between two names that may run on as a list ("Excluding patients with high IL-8, IL-6 and TNF-α
         * were ...") leaves the phrase unread; a name right after the opener is {@link ExceptedNames}'s.
         */
        private void leaveOutExclusionCriteria() {
            for (int i = 0; i < n; i++) {
                int opener = excepted.exceptionOpenerLength(i);
                boolean afterOpener = i > 0 && t.isWord(i - 1, "after"); // "After excluding patients with ..., "
                if (opener == 0 || i + opener >= n || t.isEntity(i + opener) || !clauses.opensItsClause(afterOpener ? i - 1 : i)) {
                    continue;
                }
                int comma = exclusionPhraseComma(i + opener);
                if (comma < 0) {
                    continue;
                }
                for (int k = afterOpener ? i - 1 : i; k < comma; k++) {
                    rejected[k] = true;
                    if (t.isEntity(k)) {
                        measured[t.entity(k)] = false;
                    }
                }
                i = comma;
            }
        }

        /** The comma that closes the exclusion phrase whose group begins at {@code from}, or -1 (see {@link #leaveOutExclusionCriteria}). */
        private int exclusionPhraseComma(int from) {
            int clauseEnd = clauses.get(clauses.of(from))[1];
            for (int q = from; q < clauseEnd; q++) {
                if (t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE) || t.is(q, WordClass.RESULT) || t.is(q, WordClass.REL)
                        || t.is(q, WordClass.THAT) || t.is(q, WordClass.MODAL) || t.isWord(q, ";")) {
                    return -1;
                }
                if (t.isWord(q, ",") && t.depth(q) == t.depth(from)) {
                    boolean listComma = t.isEntity(q - 1) && q + 1 < clauseEnd && t.isEntity(q + 1) && !subjectOfPredicate(q + 1);
                    return listComma ? -1 : q;
                }
            }
            return -1;
        }

        /**
         * "Patients with elevated IL-8", "those who had low IL-10", "the subgroup having high IL-6 levels": a direction word
         * after a group and "with", "having" or "who had" describes whom the group holds. That is a criterion of the
         * group, chosen or stratified by it, not a result (guidelines v1.2: a finding compares a group with its
         * comparator): the names the word reaches are no measured amount, so neither it nor the clause's predicate gives
         * them a direction ("In patients with low IL-8, IL-6 levels were increased compared with controls" is IL-6
         * increased alone; ", excluding those with elevated IL-8" and "We excluded patients with elevated IL-8" state
         * nothing of IL-8). A second direction word coordinated with a criterion is one too ("with high IL-6 and low
         * IL-10"). Where the group is in a phrase that opens the clause and the reached list runs into the clause's
         * predicate ("Excluding patients with high IL-8, IL-6 and IL-10 were increased"), the criterion ends at the
         * list's first bare comma, as an exception's does. A direction word that reaches no name is left as it was.
         */
        private void leaveOutGroupCriteria() {
            int[] groupOfCriterionName = new int[n]; // for each name of a criterion, its group's token, else -1
            java.util.Arrays.fill(groupOfCriterionName, -1);
            for (int i = 0; i < n; i++) {
                Cue c = cues.at(i);
                if (c == null || c.direction() == null || rejected[i] || stimulusParticiple[i]) {
                    continue;
                }
                int group = criterionGroup(i, groupOfCriterionName);
                if (group < 0) {
                    continue;
                }
                int before = links.size();
                forward(c);
                List<Integer> reached = new ArrayList<>();
                for (int k = before; k < links.size(); k++) {
                    int e = links.get(k).entityToken();
                    if (!reached.contains(e)) {
                        reached.add(e);
                    }
                }
                links.subList(before, links.size()).clear();
                cause = null;
                if (reached.isEmpty()) {
                    continue;
                }
                reached.sort(Integer::compare);
                int last = reached.get(reached.size() - 1);
                if (comparatorAfter(last)) {
                    continue; // "Patients who had higher IL-6 than controls": a comparison of the group, a result
                }
                if (opensWithPhraseBefore(group) && subjectOfPredicate(last)) {
                    for (int r = 1; r < reached.size(); r++) {
                        int e = reached.get(r);
                        if (t.isWord(e - 1, ",")) {
                            reached = reached.subList(0, r); // "Excluding patients with high IL-8, IL-6 and IL-10 were increased"
                            break;
                        }
                    }
                }
                rejected[i] = true;
                for (int e : reached) {
                    groupOfCriterionName[e] = group;
                    measured[t.entity(e)] = false;
                }
            }
        }

        /**
         * "Patients whose IL-8 was elevated", "those whose serum IL-6 levels rose": a direction word whose subject is a
         * name a group owns through "whose" describes whom the group holds, a criterion as "patients with elevated IL-8"
         * is ({@link #leaveOutGroupCriteria}): neither the word nor the clause's predicate gives its names a direction
         * ("Patients whose IL-8 was elevated had higher IL-6" is IL-6 increased alone). A comparator after the word
         * ("whose IL-6 was higher than that of controls") keeps it a result, as does a comma before "whose" (a clause
         * that tells more of a group already named), and a subject with a verb or clause mark in it is no such name.
         */
        private void leaveOutOwnedCriteria() {
            for (int i = 0; i < n; i++) {
                Cue c = cues.at(i);
                if (c == null || c.direction() == null || rejected[i] || stimulusParticiple[i] || comparatorAfter(i)) {
                    continue;
                }
                int p = i - 1;
                while (p >= 0 && t.kind(p) == Kind.WORD && !t.isEntity(p) && cues.at(p) == null
                        && (t.is(p, WordClass.ADV) || t.is(p, WordClass.NEG))) {
                    p--; // "was significantly elevated", "was not elevated"
                }
                if (p >= 0 && t.kind(p) == Kind.WORD && t.is(p, WordClass.BE)) {
                    p--;
                }
                List<Integer> names = new ArrayList<>();
                int q = p;
                while (q >= 0 && q > p - 8 && !t.isWord(q, "whose")) {
                    if (t.isEntity(q)) {
                        names.add(q);
                    } else if (t.isWord(q, ",") && !(q > 0 && t.isEntity(q - 1))) {
                        break; // "In children whose parents smoked, IL-13 was elevated": the main clause's own name (review 31, M3)
                    } else if (!(t.kind(q) == Kind.WORD || t.isWord(q, ",")) || cues.at(q) != null || t.is(q, WordClass.BE)
                            || t.is(q, WordClass.HAVE) || t.is(q, WordClass.REL) || t.is(q, WordClass.THAT)
                            || t.is(q, WordClass.COMPARATOR) || t.is(q, WordClass.MODAL) || t.is(q, WordClass.PREP) && !t.isWord(q, "of")) {
                        break; // "whose disease was severe and whose IL-6 ...": no name owned up to the word
                    }
                    q--;
                }
                if (q < 1 || !t.isWord(q, "whose") || names.isEmpty() || t.kind(q - 1) != Kind.WORD
                        || !(GROUP_NOUNS.contains(t.word(q - 1)) || CRITERION_GROUPS.contains(t.word(q - 1)))) {
                    continue;
                }
                rejected[i] = true;
                for (int e : names) {
                    measured[t.entity(e)] = false;
                }
            }
        }

        /**
         * The group token a criterion's direction word at {@code i} describes ("patients with elevated", "those who had
         * low", "patients (n = 12) with high"; past adverbs and determiners before the word), the group of the criterion
         * it is coordinated with ("with high IL-6 and low IL-10"), or -1.
         */
        private int criterionGroup(int i, int[] groupOfCriterionName) {
            int p = i - 1;
            while (p >= 0 && t.kind(p) == Kind.WORD && !t.isEntity(p) && (t.is(p, WordClass.ADV) || t.is(p, WordClass.DET))
                    && cues.at(p) == null) {
                p--;
            }
            if (p < 0 || t.kind(p) != Kind.WORD) {
                return -1;
            }
            if (t.isWord(p, "and") || t.isWord(p, "or") || t.isWord(p, ",")) {
                int q = p - 1;
                while (q >= 0 && t.kind(q) == Kind.WORD && t.is(q, WordClass.MEASURE)) {
                    q--;
                }
                return q >= 0 && t.isEntity(q) ? groupOfCriterionName[q] : -1;
            }
            if (t.isWord(p, "with") || t.isWord(p, "having")) {
                p--;
            } else if (t.is(p, WordClass.HAVE) && p > 0 && (t.is(p - 1, WordClass.REL) || t.is(p - 1, WordClass.THAT))) {
                p -= 2; // "those who had elevated IL-8"
            } else {
                return -1;
            }
            if (p >= 0 && t.kind(p) == Kind.CLOSE && t.match(p) > 0) {
                p = t.match(p) - 1; // "patients (n = 12) with high IL-6"
            }
            return p >= 0 && t.kind(p) == Kind.WORD && (GROUP_NOUNS.contains(t.word(p)) || CRITERION_GROUPS.contains(t.word(p)))
                    ? p : -1;
        }

        /** Whether the group at {@code group} is in a phrase that opens its clause: a preposition or other word stands before it there. */
        private boolean opensWithPhraseBefore(int group) {
            if (group <= 0) {
                return false;
            }
            int clauseStart = clauses.get(clauses.of(group))[0];
            int p = group - 1;
            while (p >= clauseStart && t.kind(p) == Kind.WORD && (t.is(p, WordClass.DET) || t.is(p, WordClass.ADV))) {
                p--;
            }
            return p >= clauseStart && t.kind(p) == Kind.WORD && (t.is(p, WordClass.PREP) || excepted.exceptionOpenerEndingAt(p));
        }

        /** Whether a comparison marker follows the name at {@code last}, past its own amount words and a bracket: "higher IL-6 levels than". */
        private boolean comparatorAfter(int last) {
            int q = last + 1;
            while (q < n && (t.kind(q) == Kind.WORD && (t.is(q, WordClass.MEASURE) || t.is(q, WordClass.ADV)) && !t.is(q, WordClass.COMPARATOR)
                    || t.kind(q) == Kind.OPEN && t.match(q) > q)) {
                q = t.kind(q) == Kind.OPEN ? t.match(q) + 1 : q + 1;
            }
            return q < n && t.kind(q) == Kind.WORD && t.is(q, WordClass.COMPARATOR);
        }

        /** 2 when "rather than" or "instead of" begins at {@code i}, else 0. */
        private int alternativeMarkerLength(int i) {
            return i + 1 < n && (t.isWord(i, "rather") && t.isWord(i + 1, "than") || t.isWord(i, "instead") && t.isWord(i + 1, "of"))
                    ? 2 : 0;
        }

        /**
         * Whether the rejected alternative that begins at {@code start} ends before the token {@code k}:
         * at punctuation that closes a phrase, a bracket closing around it, a verb or clause word, or a
         * cue used as a verb ("rather than exercise increased"; "rather than reduced levels" begins with its cue).
         */
        private boolean endsAlternative(int k, int start) {
            if (t.kind(k) == Kind.CLOSE) {
                return t.match(k) < start;
            }
            if (t.depth(k) > t.depth(start) || t.kind(k) == Kind.OPEN || t.isEntity(k)) {
                return false;
            }
            if (t.isWord(k, ",") || t.isWord(k, ";") || t.isWord(k, ":") || t.is(k, WordClass.BE) || t.is(k, WordClass.HAVE)
                    || t.is(k, WordClass.MODAL) || t.is(k, WordClass.DO) || t.is(k, WordClass.REL) || t.is(k, WordClass.THAT)
                    || t.is(k, WordClass.SUBORD) || clauses.of(k) != clauses.of(start)) {
                return true;
            }
            return cues.at(k) != null && k > start && !t.is(k - 1, WordClass.ADV) && !modifierPosition(k);
        }

        // ---- links -----------------------------------------------------------------------------

        /** The cue as a modifier, noun or verb before what it is about. */
        private void forward(Cue c) {
            cause = null;
            int i = c.token();
            if (labels.isLabel(i)) {
                for (int m = i + 2; m < n && labels.labelOf(m) == i; m++) {
                    if (t.isEntity(m)) {
                        link(m, c, null, true, -1, false);
                    }
                }
                return;
            }
            int clauseEnd = clauses.leadingPhraseEnd(i) >= 0 ? clauses.leadingPhraseEnd(i) : clauses.get(clauses.of(i))[1];
            if (phrases.afterBe(i) && !(c.is(ChangeCues.NOUN) && phrases.nounPosition(i))) {
                return; // "NGF release was stimulated and substance P ...": a passive predicate has no object
            }
            boolean nounCue0 = directionalNounPosition(c, i);
            boolean modifier = (c.is(ChangeCues.ADJECTIVE) || c.is(ChangeCues.PARTICIPLE) || c.is(ChangeCues.DEGREE)
                    || c.polarity() == Polarity.SAME) && modifierPosition(i);
            boolean objectMode = (c.is(ChangeCues.VERB) || c.polarity() == Polarity.CAUSE) && !modifier
                    && !nounCue0 && !nounUse(i) && phrases.objectStarts(i);
            if (!objectMode && !nounCue0 && !modifier && (c.is(ChangeCues.PARTICIPLE) || c.is(ChangeCues.ADJECTIVE))
                    && i > 0 && (t.is(i - 1, WordClass.CLASS) || t.is(i - 1, WordClass.MEASURE) && t.word(i - 1).endsWith("s"))) {
                membersAfterLinkingVerb(c, i);
                return;
            }
            if (!objectMode && !modifier && nameCompoundStates(i)) {
                linkNameCompound(c);
                return;
            }
            if (!objectMode && !nounCue0 && !modifier) {
                // a verb without an object, a noun without its "of"/"in", a participle after its noun
                // ("genes commonly upregulated in CD, including NPY"): it reaches nothing after it
                return;
            }
            if (c.polarity() == Polarity.SAME && i + 1 < n && t.isWord(i + 1, "to")) {
                return; // "similar to that of NPY" compares, it does not measure
            }
            if (c.polarity() == Polarity.CAUSE && !objectMode && !c.is(ChangeCues.PARTICIPLE)) {
                return;
            }
            boolean nounCue = directionalNounPosition(c, i);
            if (nounCue && nominalCause(i, clauseEnd)) {
                return; // "genetic inhibition of Tnfa results in the mobilization of neutrophils": what was done, not measured
            }
            if (clauses.leadingPhraseEnd(i) < 0) {
                int phraseComma = leadingPrepositionalPhraseComma(i);
                if (phraseComma > i) {
                    clauseEnd = Math.min(clauseEnd, phraseComma);
                }
            }
            if (!objectMode) {
                // "LPS treatment resulted in elevated NPY", "patients showed increased NPY": the verb's subject
                int p = i - 1;
                while (p >= 0 && (t.is(p, WordClass.ADV) || t.is(p, WordClass.DET) || phrases.multiplierEndingAt(p, 0) > 0)) {
                    p -= Math.max(1, phrases.multiplierEndingAt(p, 0)); // "did induce three times higher NPY"
                }
                if (p >= 0 && phrases.endsConjunctionPhrase(p)) {
                    p = verbOfFirstConjunct(p, clauses.get(clauses.of(i))[0]); // "resulted in increased IL-10, as well as reduced TNF"
                }
                if (p >= 1 && t.isWord(p, "in") && t.isWord(p - 1, "resulted") || p >= 1 && t.isWord(p, "to") && t.isWord(p - 1, "led")) {
                    p--;
                }
                if (p >= 0 && (t.is(p, WordClass.RESULT) || t.is(p, WordClass.HAVE) || causativeVerb(p)) && !t.is(p, WordClass.PREP)) {
                    cause = subjectText(p); // "... provokes excessive NPY": the causative verb's subject too
                }
                if (cause == null && modifier && p == i - 1 && c.is(ChangeCues.VERB)) {
                    int verb = sharedVerb(p);
                    if (verb >= 0) {
                        // "X inhibited LPS-induced IL-1β and increased IL-10": a verb with no subject of its own after "and"
                        // or a comma has the first verb's
                        cause = subjectText(verb);
                    }
                }
                if (cause == null) {
                    int open = detailBracketOpening(i);
                    if (open >= 0) {
                        cause = causeBeforeBracket(open); // "X modulated the expression of genes (increase of NPY, decrease of CGRP)"
                    }
                }
            }
            int start = phrases.phraseEnd(i);
            while (nounCue && start < n && t.kind(start) == Kind.WORD && PhraseStructure.EXISTENCE.contains(t.word(start))) {
                start++;
            }
            int limit = objectMode ? OBJECT_LIMIT : NP_LIMIT;
            cause = objectMode ? subjectText(i) : cause;
            int stimulus = -1;
            if (nounCue && i > 0 && t.kind(i - 1) == Kind.WORD && t.word(i - 1).contains("-")
                    && STIMULUS_HEADS.contains(t.head(i - 1))) {
                stimulus = i - 1; // "the LPS-induced rise in CGRP"
            }
            Cue inner = null;
            boolean contrasted = false;
            boolean classNounSeen = false;
            boolean otherPhrase = false; // inside a prepositional phrase of another head ("upon ligand activation (NGF)")
            int steps = 0;
            int j = start;
            while (j < clauseEnd && steps < limit) {
                if (t.isEntity(j)) {
                    if (objectMode && j > start && t.isWord(j - 1, "and") && subjectOfVerbAfter(j)) {
                        // "TNF increased the expression of Homer1a and IL-1β enhanced the expression of Egr2": a second
                        // clause; after a noun's modifier the list is the subject ("the decreased secretion of IL-10 and
                        // TSLP regulated these outcomes")
                        break;
                    }
                    if (stimulus < 0 && (objectMode || nounCue)) {
                        stimulus = stimulusInResponse(j, clauseEnd); // "halved the IL-1β released by monocytes in response to LPS"
                    }
                    if (!otherPhrase && !headedByUndirectedChange(j, clauseEnd)) {
                        link(j, c, inner, true, stimulus, contrasted);
                    }
                    j++;
                    continue;
                }
                Kind k = t.kind(j);
                if (k == Kind.OPEN) {
                    int close = t.match(j);
                    if (close < 0) {
                        j++;
                        continue;
                    }
                    for (int m = j + 1; m < close && !otherPhrase; m++) {
                        if (t.isEntity(m)) {
                            link(m, c, inner, true, stimulus, contrasted);
                        }
                    }
                    j = close + 1;
                    continue;
                }
                if (k == Kind.CLOSE) {
                    break;
                }
                steps++;
                if (k == Kind.PUNCT) {
                    String p = t.word(j);
                    if (p.equals(";") && !phrases.semicolonInList(j)) {
                        break;
                    }
                    if ((p.equals(".") || p.equals("?") || p.equals("!")) && j == n - 1) {
                        break; // a dot inside the sentence is an abbreviation's: "E. coli"
                    }
                    if (p.equals(":") && !(j > 0 && (t.is(j - 1, WordClass.CLASS) || t.is(j - 1, WordClass.MEASURE)
                            || classNounSeen))) {
                        break; // "... ameliorating colitis: NPY, CGRP" lists something else than what changed
                    }
                    if (p.equals(",") && j + 1 < n && (t.is(j + 1, WordClass.REL) || t.is(j + 1, WordClass.SUBORD)
                            || t.is(j + 1, WordClass.THAT))) {
                        break;
                    }
                    j++;
                    continue;
                }
                if (k == Kind.NUMBER) {
                    j++;
                    continue;
                }
                // a word
                if ((objectMode || nounCue) && stimulusWithoutHyphen(j, start)) {
                    stimulus = j - 1; // "FP/SAL inhibited TS mediated IL-6 expression", "inhibited LPS induced IL-6"
                    stimulusParticiple[j] = true;
                    j++;
                    continue;
                }
                if (t.isWord(j, "but")) {
                    if (t.isWord(j + 1, "not")) {
                        contrasted = true;
                        j += 2;
                        continue;
                    }
                    if (t.is(j, WordClass.CONJ)) {
                        j += t.phraseLength(j); // "increased not only IL-6 but also IL-8"
                        continue;
                    }
                    break;
                }
                if (t.isWord(j, "not") && t.isWord(j + 1, "only")) {
                    j += 2; // "increased not only IL-6 but also IL-8": no negation of the cue before it
                    continue;
                }
                Cue other = cues.at(j);
                if (other != null) {
                    if (otherPhrase) {
                        break; // "suppressed inflammation via attenuation of TNF-α and IL-1β": the means states its own change
                    }
                    if (!objectMode && nounCue && phrases.coordinated(j)) {
                        break; // "a reduction of IL-6, and an increase of GM-CSF": a sibling, not what the reduction is of
                    }
                    if ((objectMode || nounCue) && innerChange(j, other)) {
                        inner = other; // "attenuated the LPS-induced rise in CGRP", "reduced the elevated NPY"
                        j++;
                        continue;
                    }
                    if (modifier && j == start && inner == null && modifiedChange(c, j, other)) {
                        inner = other; // "the reduced induction of IL-6", "an attenuated rise in IL-6": as "reduced the induction"
                        j++;
                        continue;
                    }
                    break;
                }
                if (t.is(j, WordClass.REL) || t.is(j, WordClass.THAT) || t.is(j, WordClass.SUBORD)
                        || t.is(j, WordClass.COMPARATOR) || t.is(j, WordClass.BE) || t.is(j, WordClass.HAVE)
                        || t.is(j, WordClass.DO) || t.is(j, WordClass.MODAL) || (t.is(j, WordClass.NEG) && !t.isWord(j, "no"))) {
                    if (!(classNounSeen && t.is(j, WordClass.BE) && j + 1 < clauseEnd && phrases.membersFollow(j + 1))) {
                        break;
                    }
                    j++;
                    continue;
                }
                if (t.is(j, WordClass.LINK)) {
                    j += t.phraseLength(j);
                    continue;
                }
                if (t.is(j, WordClass.CONJ)) {
                    otherPhrase = false; // "... by 20 to 50% and CGRP secretion": back to the object
                    j += t.phraseLength(j);
                    continue;
                }
                if (t.is(j, WordClass.PREP)) {
                    String w = t.word(j);
                    if (j + 1 < n && t.is(j + 1, WordClass.CONJ)) {
                        j += 1; // "the decreased response to and secretion of NGF"
                        continue;
                    }
                    if (nounCue && w.equals("to") && j + 1 < clauseEnd && t.is(j + 1, WordClass.PRODUCE) && capacityBetween(start, j)) {
                        j += 2; // "a decrease in the capacity of monocytes to express TNF-α": a capacity to produce is the amount's
                        continue;
                    }
                    boolean own = w.equals("of") || w.equals("in")
                            || (nounCue && (w.equals("on") || w.equals("for") || w.equals("between") || w.equals("among")));
                    if (!own && !objectMode && !classNounSeen) {
                        int members = membersAfterOccasion(j, start, clauseEnd);
                        if (members < 0) {
                            break;
                        }
                        j = members; // "repressed cytokine expression after MAP infection (IL-6, TNF-α)": the bracket's names
                        continue;
                    }
                    if (!own && !w.equals("of") && !w.equals("in")) {
                        if (w.equals("than") || w.equals("against")) {
                            break;
                        }
                        otherPhrase = !classNounSeen;
                    }
                    j += t.phraseLength(j);
                    continue;
                }
                if ((t.is(j, WordClass.RESULT) || t.is(j, WordClass.AGENT) || t.is(j, WordClass.PRODUCE)
                        || t.is(j, WordClass.CONFIRM)) && !t.is(j, WordClass.MEASURE)) {
                    if (classNounSeen && (t.isWord(j, "included") || t.isWord(j, "include") || t.isWord(j, "includes"))) {
                        j++;
                        continue;
                    }
                    break;
                }
                if (t.is(j, WordClass.CLASS) || t.is(j, WordClass.MEASURE) && t.isWord(j, "transcripts")) {
                    classNounSeen = true;
                }
                if (t.word(j).contains("-") && STIMULUS_HEADS.contains(t.head(j))) {
                    stimulus = j; // "LPS-induced", "HDE-stimulated"
                }
                j++;
            }
        }

        /**
         * The first name of a compound of names and a noun of change, "IL-6 elevation", "serum IL-6 and IL-8 level reduction":
         * a noun of increase or decrease (one that may also be a verb only after a determiner and before "be": "The IL-6
         * increase was prevented", while "IL-6 and TNF-α increase after surgery" keeps its reading as a verb), with no
         * "of" or "in" of its own, right after a name or after up to two amount words after one ("IL-6 mRNA reduction"),
         * the names before it coordinated by commas, "and" or "or"; -1 otherwise ("the IL-6 receptor increase": the noun
         * is the receptor's).
         */
        private int nameCompound(int i) {
            Cue c = cues.at(i);
            if (c == null || !c.is(ChangeCues.NOUN)
                    || c.polarity() != Polarity.UP && c.polarity() != Polarity.DOWN || ownPrepositionAfter(i)) {
                return -1;
            }
            int p = i - 1;
            int amounts = 0;
            while (p >= 0 && amounts < 2 && t.kind(p) == Kind.WORD && !t.isEntity(p) && t.is(p, WordClass.MEASURE)) {
                p--;
                amounts++;
            }
            if (p < 0 || !t.isEntity(p)) {
                return -1;
            }
            int first = p;
            for (int q = p - 1; q >= 0; q--) {
                if (t.isEntity(q)) {
                    first = q;
                } else if (!(t.isWord(q, ",") || t.isWord(q, "and") || t.isWord(q, "or")) || q == 0 || !t.isEntity(q - 1)) {
                    break;
                }
            }
            if (c.is(ChangeCues.VERB) && !(i + 1 < n && t.kind(i + 1) == Kind.WORD && t.is(i + 1, WordClass.BE) && determinedBefore(first))) {
                return -1; // "IL-6 and TNF-α increase after surgery": a verb; "The IL-6 increase was ..." a noun
            }
            return first;
        }

        /**
         * Whether a determiner stands before the name at {@code first}, past up to two words that are no cue or name ("the
         * LPS-induced", "the sleep restriction-induced"): "The IL-6 increase was prevented" makes the word that may be a verb
         * a noun.
         */
        private boolean determinedBefore(int first) {
            for (int p = first - 1; p >= 0 && p >= first - 3; p--) {
                if (t.kind(p) != Kind.WORD || t.isEntity(p)) {
                    return false;
                }
                if (t.is(p, WordClass.DET)) {
                    return true;
                }
                if (cues.at(p) != null || t.is(p, WordClass.PREP) || t.is(p, WordClass.BE) || t.is(p, WordClass.CONJ)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether the noun at {@code i} has a phrase of its own right after it (past a bracket without names): "of", "in", "on",
         * "for", "between", "among". Unlike {@link PhraseStructure#nounPosition}, a verb of existence between does not count:
         * "IL-6 elevation was observed in patients" is the elevation of IL-6, observed in patients.
         */
        private boolean ownPrepositionAfter(int i) {
            int q = phrases.phraseEnd(i);
            if (q < n && t.kind(q) == Kind.OPEN && t.match(q) > q) {
                boolean names = false;
                for (int m = q + 1; m < t.match(q); m++) {
                    names |= t.isEntity(m);
                }
                q = names ? q : t.match(q) + 1;
            }
            return q < n && (t.isWord(q, "in") || t.isWord(q, "of") || t.isWord(q, "on") || t.isWord(q, "for")
                    || t.isWord(q, "between") || t.isWord(q, "among"));
        }

        /**
         * Whether a compound of names and a noun of change ({@link #nameCompound}) states the change as a result: the noun is
         * the object of a result verb ("Patients showed marked IL-6 elevation"), of a causative or change verb or an
         * existential "there was", or the subject of a predicate that states a change or an observation ("IL-6 elevation
         * was observed in patients", "... IL-6 elevation was prevented by a nap", "No IL-6 elevation was found"). The
         * compound with any other predicate states no change: "IL-6 elevation is a marker of sepsis" is background, "IL-6
         * elevation predicts relapse" a prediction, "patients with IL-6 elevation" a group; these are left unread.
         */
        private boolean nameCompoundStates(int i) {
            int first = nameCompound(i);
            if (first < 0) {
                return false;
            }
            int clauseStart = clauses.get(clauses.of(i))[0];
            // before: up to four words of the phrase (determiners, adverbs, adjectives, a specimen, a stimulus) back to its verb
            for (int p = first - 1, words = 0; p >= clauseStart && words < 5; p--, words++) {
                if (t.kind(p) != Kind.WORD || t.isEntity(p)) {
                    break;
                }
                if (t.is(p, WordClass.RESULT) && !t.is(p, WordClass.PREP) || causativeVerb(p) || phrases.existentialBe(p)
                        || cues.at(p) != null && cues.at(p).is(ChangeCues.VERB) && cues.at(p).direction() != null
                        && !phrases.afterBe(p) && !modifierPosition(p)) {
                    return true;
                }
                if (t.is(p, WordClass.PREP) || t.is(p, WordClass.BE) || t.is(p, WordClass.CONJ) || t.is(p, WordClass.SUBORD)
                        || t.is(p, WordClass.REL) || t.is(p, WordClass.THAT) || t.is(p, WordClass.MODAL)) {
                    break;
                }
            }
            return compoundPredicate(i, compoundBe(i)) >= 0;
        }

        /**
         * The "be" after the noun of change at {@code i} and its own phrase (a bracket, a prepositional phrase: "IL-6
         * elevation after surgery was ..."), or -1 when a name, a cue, a verb or a clause word comes first.
         */
        private int compoundBe(int i) {
            int clauseEnd = clauses.get(clauses.of(i))[1];
            int q = i + 1;
            int steps = 0;
            while (q < clauseEnd && steps < NP_LIMIT) {
                if (t.kind(q) == Kind.OPEN && t.match(q) > q) {
                    q = t.match(q) + 1;
                    continue;
                }
                if (t.kind(q) == Kind.WORD && t.is(q, WordClass.BE)) {
                    return q;
                }
                if (t.kind(q) != Kind.WORD || t.isEntity(q) || cues.at(q) != null || t.is(q, WordClass.MODAL)
                        || t.is(q, WordClass.HAVE) || t.is(q, WordClass.DO) || t.is(q, WordClass.REL) || t.is(q, WordClass.THAT)
                        || t.is(q, WordClass.SUBORD) || t.is(q, WordClass.CONJ) || t.is(q, WordClass.COMPARATOR)) {
                    return -1;
                }
                q++;
                steps++;
            }
            return -1;
        }

        /**
         * The predicate of a compound of names and a noun of change at {@code i} whose own phrase ends at {@code be}: the
         * token after a past "be" (adverbs and "not" skipped) that states a change (a participle or verb of change: "was
         * prevented", "was not altered") or an observation ("was observed", "were detected"), or -1. "IL-6 elevation is a
         * known marker of sepsis" (a present-tense statement of what is known) and "IL-6 elevation was similar" have none.
         */
        private int compoundPredicate(int i, int be) {
            int clauseEnd = clauses.get(clauses.of(i))[1];
            if (be < 0 || be >= clauseEnd || t.kind(be) != Kind.WORD || !t.is(be, WordClass.BE) || t.isWord(be, "is") || t.isWord(be, "are")) {
                return -1;
            }
            int k = phrases.skipAdverbs(be + 1, clauseEnd);
            if (k < clauseEnd && t.isWord(k, "not")) {
                k = phrases.skipAdverbs(k + 1, clauseEnd);
            }
            if (k >= clauseEnd || t.kind(k) != Kind.WORD) {
                return -1;
            }
            Cue predicate = cues.at(k);
            boolean change = predicate != null && predicate.direction() != null
                    && (predicate.is(ChangeCues.PARTICIPLE) || predicate.is(ChangeCues.VERB));
            boolean observed = PhraseStructure.EXISTENCE.contains(t.word(k)) && !t.is(k, WordClass.BE) || PRESENCE.contains(t.word(k));
            return change || observed ? k : -1;
        }

        /** The predicate of change of the compound whose noun is at {@code i}, right after its "be" ({@link #compoundPredicate}), or -1. */
        private int compoundPredicateOfChange(int i) {
            if (nameCompound(i) < 0) {
                return -1;
            }
            int k = compoundPredicate(i, compoundBe(i));
            return k >= 0 && cues.at(k) != null ? k : -1;
        }

        /**
         * "Sleep restriction-induced IL-6 elevation", read as "the sleep restriction-induced elevation of IL-6": the noun of
         * change reaches the names of its compound, with the stimulus before the first name ("LPS-induced") as its cause.
         */
        private void linkNameCompound(Cue c) {
            int i = c.token();
            int first = nameCompound(i);
            int stimulus = -1;
            for (int p = first - 1; p >= 0 && p >= first - 2; p--) {
                if (t.kind(p) == Kind.WORD && t.word(p).contains("-") && STIMULUS_HEADS.contains(t.head(p))) {
                    stimulus = p;
                    break;
                }
            }
            for (int e = first; e < i; e++) {
                if (t.isEntity(e)) {
                    link(e, c, null, true, stimulus, false);
                }
            }
        }

        /**
         * The comma that closes the verbless prepositional phrase opening the clause of the token {@code at}, or -1.
         * "In patients with reduced renal function, serum IL-6 was elevated": "reduced" describes the phrase's own
         * noun, and the clause's subject after the comma is not what was reduced; nor does "elevated" reach back
         * into the phrase ("With a reduction in body weight, IL-6 fell" is no rise of IL-6). A comma between two
         * names that runs on as a list ("With reduced IL-6, IL-8 and TNF levels, ...") does not close the phrase,
         * and neither does a class noun ("Among the increased cytokines, IL-6 ...") whose members the names after it are.
         */
        private int leadingPrepositionalPhraseComma(int at) {
            int[] clause = clauses.get(clauses.of(at));
            int p = clause[0];
            while (p < clause[1] && (t.is(p, WordClass.ADV) || t.isWord(p, ","))) {
                p += t.phraseLength(p);
            }
            if (p >= clause[1] || !t.is(p, WordClass.PREP) || t.depth(p) != 0) {
                return -1;
            }
            for (int q = p + 1; q < clause[1]; q++) {
                if (t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE) || t.is(q, WordClass.RESULT) || t.is(q, WordClass.REL)
                        || t.is(q, WordClass.THAT)) {
                    return -1; // a verb before the comma: not a bare phrase
                }
                if (t.is(q, WordClass.CLASS) || NAME_CLASSES.contains(t.word(q))) {
                    return -1;
                }
                if (t.isWord(q, ",") && t.depth(q) == t.depth(p)) {
                    if (t.isEntity(q - 1) && q + 1 < clause[1] && t.isEntity(q + 1) && !subjectOfPredicate(q + 1)) {
                        return -1; // the comma is the list's
                    }
                    return q;
                }
            }
            return -1;
        }

        /**
         * Whether the name at {@code j} is followed by its predicate, past up to two words of its own amount: "..., TNF-alpha
         * activated AMPK", "In patients with low IL-8, IL-6 levels were increased".
         */
        private boolean subjectOfPredicate(int j) {
            int q = j + 1;
            for (int amountWords = 0; q < n && amountWords < 2 && t.kind(q) == Kind.WORD && t.is(q, WordClass.MEASURE)
                    && !t.is(q, WordClass.CONJ); amountWords++) {
                q++; // "In patients with low IL-8, IL-6 levels were increased": the name's own amount, then its predicate
            }
            while (q < n && (t.is(q, WordClass.ADV))) {
                q++;
            }
            return q < n && t.kind(q) == Kind.WORD && !t.is(q, WordClass.CONJ) && !t.is(q, WordClass.PREP)
                    && !t.is(q, WordClass.MEASURE) && !t.is(q, WordClass.CLASS)
                    && (t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE) || t.is(q, WordClass.MODAL) || t.is(q, WordClass.DO)
                    || cues.at(q) != null || t.word(q).endsWith("ed")); // a list's item goes on with "and", "," or its amount
        }

        /**
         * Whether the name at {@code j} modifies a noun of change without a direction that heads its phrase:
         * "Napping reverses the salivary interleukin-6 and urinary norepinephrine changes induced by sleep
         * restriction" reverses changes whose direction it does not give, so it states none of the name.
         */
        private boolean headedByUndirectedChange(int j, int clauseEnd) {
            for (int q = j + 1; q < clauseEnd && q <= j + 8; q++) {
                Cue head = cues.at(q);
                if (head != null) {
                    return head.polarity() == Polarity.NEUTRAL && head.is(ChangeCues.NOUN) && !phrases.nounPosition(q);
                }
                boolean inPhrase = t.isEntity(q) || t.isWord(q, ",") || t.is(q, WordClass.CONJ) || t.is(q, WordClass.MEASURE)
                        || t.kind(q) == Kind.WORD && !t.is(q, WordClass.PREP) && !t.is(q, WordClass.BE) && !t.is(q, WordClass.HAVE)
                        && !t.is(q, WordClass.REL) && !t.is(q, WordClass.THAT) && !t.is(q, WordClass.SUBORD)
                        && !t.is(q, WordClass.COMPARATOR) && !t.is(q, WordClass.DET);
                if (!inPhrase) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The stimulus of "in response to" after the name at {@code j} in an object, past the words of its own amount
         * and who made it ("halved the IL-1β released by monocytes in response to LPS"), or -1: the object is an
         * amount the stimulus raised, as "the LPS-induced release of IL-1β" is. A verb, clause word, comma or other
         * direction word before it ends the search.
         */
        private int stimulusInResponse(int j, int clauseEnd) {
            for (int q = j + 1; q < clauseEnd && q <= j + 8; q++) {
                if (t.isWord(q, "in") && q + 3 < clauseEnd && t.isWord(q + 1, "response") && t.isWord(q + 2, "to")) {
                    int s = q + 3;
                    while (s < clauseEnd - 1 && t.is(s, WordClass.DET)) {
                        s++;
                    }
                    return t.kind(s) == Kind.WORD || t.isEntity(s) ? s : -1;
                }
                if (t.kind(q) != Kind.WORD && !t.isEntity(q) || cues.at(q) != null || t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE)
                        || t.is(q, WordClass.REL) || t.is(q, WordClass.THAT) || t.is(q, WordClass.SUBORD)
                        || t.is(q, WordClass.COMPARATOR) || t.is(q, WordClass.MODAL) || t.is(q, WordClass.NEG)) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Whether the word at {@code j} is a causative participle written apart from its stimulus at the start
         * of an object ("inhibited LPS induced IL-6 production", "inhibition of TS mediated IL-6 expression"):
         * the stimulus and participle modify the amount after them as "LPS-induced" does; they are no verb.
         */
        private boolean stimulusWithoutHyphen(int j, int objectStart) {
            int p = j - 1;
            boolean causative = cues.at(j) != null && cues.at(j).polarity() == Polarity.CAUSE && cues.at(j).is(ChangeCues.PARTICIPLE)
                    || t.isWord(j, "mediated") || t.isWord(j, "driven");
            if (!causative || t.glued(j) || p < objectStart || t.kind(p) != Kind.WORD || t.isEntity(p) || cues.at(p) != null
                    || t.is(p, WordClass.ADV) || t.is(p, WordClass.DET) || t.is(p, WordClass.PREP) || t.is(p, WordClass.CONJ)) {
                return false;
            }
            int before = p - 1;
            boolean objectStartsThere = before < objectStart || t.is(before, WordClass.DET)
                    || before == objectStart && (t.isWord(before, "of") || t.isWord(before, "in"));
            return objectStartsThere && j + 1 < n && (t.isEntity(j + 1) || t.is(j + 1, WordClass.MEASURE));
        }

        /**
         * Whether the adjective or participle of increase or decrease {@code c}, a modifier, stands right before the noun
         * of increase {@code other} at {@code j}: "the reduced induction of fever and IL-6", "an attenuated rise in IL-6".
         * The change is the noun's, and its size the adjective's: "reduced the induction of IL-6" in other words, the
         * noun's own increase and its reduction against the comparator both stated. Not a noun of decrease: "a reduced
         * inhibition of IL-6" says less of a suppression's strength than of an amount (StatementReaderTest).
         */
        private boolean modifiedChange(Cue c, int j, Cue other) {
            return (c.is(ChangeCues.ADJECTIVE) || c.is(ChangeCues.PARTICIPLE)) && c.polarity() != Polarity.SAME
                    && (c.direction() == Direction.INCREASED || c.direction() == Direction.DECREASED)
                    && other.is(ChangeCues.NOUN) && phrases.nounPosition(j) && other.direction() == Direction.INCREASED;
        }

        /**
         * Whether the cue at {@code j}, inside the object of another, is a change that object is about:
         * a noun with its "in"/"of" ("the increase in"), or a modifier right after a determiner, a
         * preposition or a stimulus ("the elevated NPY", "LPS-induced rise").
         */
        private boolean innerChange(int j, Cue other) {
            if (other.is(ChangeCues.NOUN) && phrases.nounPosition(j)) {
                return true;
            }
            if (!other.is(ChangeCues.PARTICIPLE) && !other.is(ChangeCues.ADJECTIVE)) {
                return false;
            }
            int p = j - 1;
            while (p >= 0 && t.is(p, WordClass.ADV)) {
                p--;
            }
            return p >= 0 && (t.is(p, WordClass.DET) || t.isWord(p, "of") || t.word(p).contains("-")
                    && STIMULUS_HEADS.contains(t.head(p))) && modifierPosition(j);
        }

        /**
         * A "-s" form used as a plural noun ("main triggers of inflammation", "the increases"): after a
         * determiner or preposition, with at most one modifier between. After a preposition and one word
         * it is the verb when an object follows: "delivery of cadmium increases lung levels of NPY",
         * "deletion of Stat3 induces NPY" (the word is the preposition's noun), but "with marked increases in NPY".
         */
        private boolean nounUse(int i) {
            if (!t.word(i).endsWith("s") || t.word(i).endsWith("ss")) { // "to suppress", "to repress": a verb, no plural noun
                return false;
            }
            int p = i - 1;
            if (p >= 0 && t.kind(p) == Kind.WORD && cues.at(p) == null && !t.is(p, WordClass.DET) && !t.is(p, WordClass.PREP)
                    && (p - 1 >= 0 && (t.is(p - 1, WordClass.DET) || t.is(p - 1, WordClass.PREP)))) {
                if (t.is(p - 1, WordClass.PREP) && !t.is(p - 1, WordClass.DET) && phrases.objectStarts(i)) {
                    return false;
                }
                p--;
            }
            return p >= 0 && (t.is(p, WordClass.DET) || t.is(p, WordClass.PREP));
        }

        /**
         * "The transcripts raised after ozone comprised NPY and CGRP": a participle after a class
         * noun defines the class, and the members a linking verb of the clause then names take its direction.
         */
        private void membersAfterLinkingVerb(Cue c, int i) {
            int clauseEnd = clauses.get(clauses.of(i))[1];
            for (int j = i + 1; j < clauseEnd && j < i + 12; j++) {
                if (t.isEntity(j) || t.is(j, WordClass.SUBORD) || t.is(j, WordClass.REL) || cues.at(j) != null) {
                    return;
                }
                boolean linking = t.kind(j) == Kind.WORD && (t.is(j, WordClass.LINK) && !t.isWord(j - 1, ",")
                        && (t.word(j).endsWith("ed") || t.word(j).endsWith("es") || t.isWord(j, "include"))
                        || t.is(j, WordClass.BE) && !t.isWord(j - 1, ","));
                if (linking && phrases.membersFollow(j + 1)) {
                    for (int m = j + 1; m < clauseEnd; m++) {
                        if (t.isEntity(m)) {
                            link(m, c, null, true, -1, false);
                        } else if (!(t.isWord(m, ",") || t.is(m, WordClass.CONJ) || t.kind(m) == Kind.OPEN
                                || t.kind(m) == Kind.CLOSE || t.is(m, WordClass.ADV) || t.is(m, WordClass.LINK)
                                || t.isWord(m, ":"))) {
                            return;
                        }
                    }
                    return;
                }
            }
        }

        /** The cue as a predicate after its subject. */
        private void backward(Cue c) {
            int i = c.token();
            if (labels.isLabel(i)) {
                return; // a label reaches only the list after it
            }
            if (c.is(ChangeCues.VERB) && nameCompound(i) >= 0) {
                return; // "The IL-6 increase was prevented": a noun of its compound, no verb of IL-6
            }
            if (i > 0 && phrases.endsConjunctionPhrase(i - 1) && modifierPosition(i)) {
                return; // "increased IL-10, as well as reduced levels of IL-6": the cue modifies its noun, no predicate of IL-10
            }
            int clauseStart = clauses.get(clauses.of(i))[0];
            int j = i - 1;
            boolean be = false;
            boolean result = false;
            int skippedForNoun = 0;
            // "IL-8 and IL-17 were detected with an enhanced expression in colitis": an adjective of change before an amount
            // noun of nothing named ("expression", not "expression of"), after a passive verb of finding, is the subject's
            boolean ofNothing = (c.is(ChangeCues.ADJECTIVE) || c.is(ChangeCues.PARTICIPLE)) && i + 1 < n && t.is(i + 1, WordClass.MEASURE)
                    && !t.isEntity(i + 1) && !(i + 2 < n && (t.isWord(i + 2, "of") || t.isEntity(i + 2)));
            while (j >= clauseStart) {
                if (ofNothing && !result && (t.is(j, WordClass.DET) || t.isWord(j, "with") && j > clauseStart && t.is(j - 1, WordClass.RESULT))) {
                    j--;
                    continue;
                }
                if (ofNothing && !result && t.is(j, WordClass.RESULT) && !t.is(j, WordClass.HAVE) && j > clauseStart
                        && (t.is(j - 1, WordClass.BE) || SHOWING_VERBS.contains(t.word(j)))) {
                    // "were detected (with)", "was found (with)": the "be" before makes the predicate; "IL-10 showed
                    // a reduced expression": a verb of showing is one of its own
                    result = true;
                    j--;
                    continue;
                }
                if (t.kind(j) == Kind.CLOSE && t.match(j) >= clauseStart) {
                    j = t.match(j) - 1;
                    continue;
                }
                // "significant" before a noun cue is its adjective ("showed a significant increase")
                if ((c.is(ChangeCues.NOUN) ? t.is(j, WordClass.ADV) : phrases.adverbial(j, i)) || (t.is(j, WordClass.NEG) && t.kind(j) == Kind.WORD)
                        || t.is(j, WordClass.MODAL) || t.is(j, WordClass.DO)) {
                    j--;
                    continue;
                }
                if ((t.isWord(j, "and") || t.isWord(j, "or")) && j > clauseStart
                        && t.is(j - 1, WordClass.ADV) && t.is(j + 1, WordClass.ADV)) {
                    j--; // adverbs joined as one: "was markedly and significantly elevated"
                    continue;
                }
                int multiplier = phrases.multiplierEndingAt(j, clauseStart);
                if (multiplier > 0) {
                    j -= multiplier; // "were three times higher", "3-fold higher": an amount of the change, as "twofold"
                    continue;
                }
                if (t.is(j, WordClass.BE) || t.is(j, WordClass.HAVE) && be) {
                    be = true;
                    j--;
                    continue;
                }
                if (t.is(j, WordClass.HAVE) && t.isWord(j + 1, "been")) {
                    j--;
                    continue;
                }
                if (t.isWord(j, "to") && j > clauseStart && (PhraseStructure.RAISING.contains(t.word(j - 1)) || t.is(j - 1, WordClass.BE))) {
                    j--;
                    continue;
                }
                if (PhraseStructure.RAISING.contains(t.word(j)) && (be || t.isWord(j + 1, "to") || j > clauseStart && t.is(j - 1, WordClass.BE))) {
                    be = true; // "were found (to be) higher", "tended to be lower"
                    j--;
                    continue;
                }
                if (c.is(ChangeCues.NOUN) && !result && skippedForNoun < 3
                        && (t.is(j, WordClass.DET) || t.isWord(j, "no") || (t.kind(j) == Kind.WORD && cues.at(j) == null
                        && !t.is(j, WordClass.PREP) && !t.is(j, WordClass.RESULT) && !t.isEntity(j)))) {
                    skippedForNoun++;
                    j--;
                    continue;
                }
                if (c.is(ChangeCues.NOUN) && t.is(j, WordClass.RESULT) && !result) {
                    result = true;
                    j -= 1;
                    continue;
                }
                if (t.isWord(j, ",") && j - 1 >= clauseStart && (t.is(j - 1, WordClass.ADV) || t.is(j - 1, WordClass.SUBORD))) {
                    j--;
                    continue;
                }
                if ((t.isWord(j, "in") || t.isWord(j, "at")) && j - 1 >= clauseStart && PRESENCE.contains(t.word(j - 1))
                        && !c.is(ChangeCues.NOUN)) {
                    be = true; // "NPY was present in high levels", "CGRP was detected at lower concentrations"
                    j -= 2;
                    continue;
                }
                break;
            }
            boolean passive = be && (c.is(ChangeCues.PARTICIPLE) || c.polarity() == Polarity.CAUSE);
            boolean predicative = be && (c.is(ChangeCues.ADJECTIVE) || c.is(ChangeCues.PARTICIPLE) || c.is(ChangeCues.DEGREE)
                    || c.polarity() == Polarity.SAME || c.polarity() == Polarity.NEUTRAL);
            boolean shownAmount = result && ofNothing; // "IL-10 showed a reduced expression": no verb of its own
            boolean finite = !be && !shownAmount && c.is(ChangeCues.VERB) && c.polarity() != Polarity.CAUSE;
            boolean bare = !be && (c.is(ChangeCues.ADJECTIVE) || c.is(ChangeCues.PARTICIPLE) || c.polarity() == Polarity.SAME)
                    && phrases.followedByPredicateFollower(i);
            boolean nounAfterResult = result && c.is(ChangeCues.NOUN);
            if (!(passive || predicative || finite || bare || nounAfterResult || shownAmount)) {
                return;
            }
            if (shownAmount && !be && !namesAlone(j, clauseStart)) {
                return; // "Patients with high IL-6 showed reduced expression": the amount is the patients', not IL-6's
            }
            if (!be && phrases.modifiesAmountOf(i)) {
                return; // "higher IL-6 and lower levels of total sleep time": "lower" is the sleep time's, no predicate of IL-6
            }
            if (finite && phrases.objectFollows(i)) {
                return; // "NPY increased CRP production": NPY is the cause
            }
            if (finite && c.is(ChangeCues.NOUN) && !c.is(ChangeCues.VERB)) {
                return;
            }
            if (finite && c.is(ChangeCues.NOUN) && t.isWord(i + 1, "of")) {
                return; // "(increase of IL-6 mRNA, decrease of IL-10 mRNA)": a noun before its "of", no verb of IL-6
            }
            if (finite && !nounAfterResult && c.is(ChangeCues.NOUN) && phrases.determinerBetween(j + 1, i)) {
                return; // "IL-6, and no significant change in NGF": a noun after "no" or "a" is no verb of the names before
            }
            if (j < clauseStart) {
                return;
            }
            if (t.isWord(j, "which") && exceptedAntecedents(c, j)) {
                return;
            }
            if (be && t.isWord(j, "which") && relativeAfterPredicate(c, j, clauseStart)) {
                return;
            }
            for (int k = j; k > clauseStart && k >= j - 3; k--) {
                if (k + 1 < n && t.isWord(k, ",") && phrases.interjectedContrast(k + 1)) {
                    j = k - 1; // "TNF-α, by contrast, was decreased": the aside stands between the name and its predicate
                    break;
                }
            }
            // a relative clause between subject and predicate: "NPY, which is made by monocytes, rose"; the names it holds
            // are its own, not the predicate's subject ("NPY, which induces CGRP release, rose": NPY rose)
            if (t.isWord(j, ",")) {
                for (int r = j - 1; r > clauseStart; r--) {
                    if (t.is(r, WordClass.REL) && t.isWord(r - 1, ",")) {
                        j = r - 2;
                        break;
                    }
                    if (t.is(r, WordClass.SUBORD)) {
                        break;
                    }
                }
            }
            subject(c, j, clauseStart);
        }

        /**
         * Whether a name and its cue both stand in a relative clause set off by a comma (", which have been associated with
         * high IL-10 release,") that states a correlation by itself ({@link Hedging#correlational}, over the relative clause
         * only): what a variant or a group is known to go with, not a change. The clause's comparator, outside the relative
         * clause, belongs to its own predicate and does not make the association a comparison.
         */
        private boolean correlationalRelative(int entity, int cue, int from, int to) {
            int rel = -1;
            for (int r = Math.min(entity, cue); r > from; r--) {
                if (t.is(r, WordClass.REL) && t.isWord(r - 1, ",")) {
                    rel = r;
                    break;
                }
                if (t.isWord(r, ",") || t.isWord(r, ";")) {
                    return false;
                }
            }
            if (rel < 0) {
                return false;
            }
            int end = Math.max(entity, cue) + 1;
            while (end < to && !t.isWord(end, ",") && !t.isWord(end, ";")) {
                end++;
            }
            return Hedging.correlational(lower, t.start(rel), t.end(end - 1));
        }

        /**
         * A predicate whose subject is the "which" of excepted names' own clause ("except for IL-6, which was higher in
         * patients"): the names are its subject.
         *
         * @return whether the pronoun stood for such names (then the cue has been linked)
         */
        private boolean exceptedAntecedents(Cue c, int which) {
            boolean linked = false;
            cause = phrases.agentAfter(c.token());
            for (int e = 0; e < which; e++) {
                if (t.isEntity(e) && excepted.ownClause(e) != null && excepted.ownClause(e)[0] == which) {
                    link(e, c, null, false, -1, false);
                    linked = true;
                }
            }
            cause = null;
            return linked;
        }

        /**
         * A predicate whose subject is "which" after a comma and the clause's earlier predicate, "IL-6 levels were
         * similar in both patient groups (P > 0.05), which were higher than in controls": the relative pronoun stands
         * for that predicate's subject, so the cue reaches the entities the earlier cue reached backward.
         *
         * @return whether the pronoun stood for such a subject (then the cue has been linked)
         */
        private boolean relativeAfterPredicate(Cue c, int which, int clauseStart) {
            int comma = which - 1;
            if (comma <= clauseStart || !t.isWord(comma, ",")) {
                return false;
            }
            Cue earlier = cues.lastBefore(comma);
            if (earlier == null || earlier.token() < clauseStart) {
                return false;
            }
            List<Integer> subject = new ArrayList<>();
            for (Link l : links) {
                if (l.cue() == earlier && !l.forward() && !subject.contains(l.entityToken())) {
                    subject.add(l.entityToken());
                }
            }
            for (int e : subject) {
                link(e, c, null, false, -1, false);
            }
            return !subject.isEmpty();
        }

        /**
         * Whether a group chosen by how much of a trait it has follows the predicate at {@code cue}: "(smaller) in people
         * who reported more fatigue", "in those with higher stress". The size of a change set against such a group goes
         * with the trait, as a correlation does, and gives no direction of its own.
         */
        private boolean gradedGroupAfter(int cue) {
            int k = cue + 1;
            if (k < n && t.isWord(k, "in")) {
                k++;
            }
            if (k >= n || !GRADED_GROUPS.contains(t.word(k))) {
                return false;
            }
            k++;
            if (k >= n || !GRADED_GROUP_LINKS.contains(t.word(k))) {
                return false;
            }
            for (int end = Math.min(n, k + 3), m = k + 1; m < end; m++) {
                if (GRADED_AMOUNTS.contains(t.word(m))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the subject ending at {@code j} is names alone: names, their amount nouns, determiners, commas and
         * conjunctions back to the clause's start, and at most one word of another kind first ("Colonic IL-10 and IL-6").
         */
        private boolean namesAlone(int j, int clauseStart) {
            if (j < clauseStart || !t.isEntity(j)) {
                return false;
            }
            for (int k = j - 1; k >= clauseStart; k--) {
                boolean part = t.isEntity(k) || t.isWord(k, ",") || t.is(k, WordClass.CONJ) || t.is(k, WordClass.DET)
                        || t.is(k, WordClass.MEASURE);
                if (!part && !(k == clauseStart && t.kind(k) == Kind.WORD && !t.is(k, WordClass.PREP) && cues.at(k) == null)) {
                    return false;
                }
            }
            return true;
        }

        /** Collects the entities of the subject that ends at {@code j}. */
        private void subject(Cue c, int j, int clauseStart) {
            List<Integer> found = new ArrayList<>();
            int stimulus = -1;
            Cue inner = null;
            int steps = 0;
            int k = j;
            boolean cueInLeadingPhrase = clauses.leadingPhraseEnd(c.token()) >= 0;
            int prepositionalPhraseComma = clauses.leadingPhraseEnd(c.token()) < 0 ? leadingPrepositionalPhraseComma(c.token()) : -1;
            int adjunctAt = -1; // the stimulation adjunct crossed, its count of names and stimulus then
            int foundAtAdjunct = 0;
            int stimulusAtAdjunct = -1;
            List<Integer> pickedFrom = List.of();
            while (k >= clauseStart && steps < SUBJECT_LIMIT) {
                if (!cueInLeadingPhrase && clauses.inLeadingPhrase(k) || k == prepositionalPhraseComma) {
                    // "Following loss of the epithelial layer, expression of IL1B was induced", "With a reduction in
                    // body weight, IL-6 fell": the subject does not reach into the phrase before its clause
                    break;
                }
                if (t.isEntity(k)) {
                    found.add(k);
                    k--;
                    continue;
                }
                Kind kind = t.kind(k);
                if (kind == Kind.CLOSE) {
                    int open = t.match(k);
                    if (open < clauseStart) {
                        break;
                    }
                    for (int m = k - 1; m > open; m--) {
                        if (t.isEntity(m)) {
                            found.add(m);
                        }
                    }
                    k = open - 1;
                    continue;
                }
                if (kind == Kind.OPEN) {
                    break;
                }
                steps++;
                if (kind == Kind.PUNCT) {
                    if (t.isWord(k, ";") && !phrases.semicolonInList(k)) {
                        break;
                    }
                    k--;
                    continue;
                }
                if (kind == Kind.NUMBER) {
                    k--;
                    continue;
                }
                if (t.is(k, WordClass.CONJ) && !coordinatesEntities(k)) {
                    break; // "..., and bacteroides were increased": the conjunction joins clauses, not names
                }
                if (k >= clauseStart + 1 && alternativeMarkerLength(k - 1) > 0) {
                    k -= 2; // "NPY rather than CGRP was increased": the subject goes on before the rejected alternative
                    continue;
                }
                if (t.isWord(k, "only") && !found.isEmpty() && !(k > clauseStart && t.isWord(k - 1, "not"))) {
                    // "Of IL-6, IL-8 and TNF-α, only IL-6 was elevated": the subject is what "only" picks out; the other
                    // names of the set it was picked from did not change ({@link #partitiveSet})
                    pickedFrom = partitiveSet(k, clauseStart);
                    break;
                }
                if (t.isWord(k, "not") && k > clauseStart && t.isWord(k - 1, "but")) {
                    // "NPY, but not NGF, rose": the list right after "not" is the contrasted conjunct, past up to two
                    // words of the name's own amount ("Serum IL-6, but not CSF IL-6, was increased": IL-6 in CSF)
                    int e = k + 1;
                    while (e < n && e <= k + 2 && t.kind(e) == Kind.WORD && !t.isEntity(e) && OWN_AMOUNT_QUALIFIERS.contains(t.word(e))) {
                        e++;
                    }
                    while (e < n && t.isEntity(e)) {
                        contrastedEntities.add(e);
                        int next = MentionRoles.listContinuation(t, e + 1);
                        e = next < 0 ? n : next;
                    }
                    k -= 2;
                    continue;
                }
                Cue other = cues.at(k);
                if (other != null && adjunctAt >= 0) {
                    // "suppression of TNFα production upon LPS stimulation was attenuated": a subject with a change
                    // of its own before the adjunct ends at the adjunct, as if it were not crossed
                    found.subList(foundAtAdjunct, found.size()).clear();
                    stimulus = stimulusAtAdjunct;
                    break;
                }
                if (other != null) {
                    boolean compound = compoundPredicateOfChange(k) == c.token(); // "IL-6 elevation was prevented"
                    if (modifierPosition(k) || other.is(ChangeCues.NOUN) && phrases.nounPosition(k) || compound) {
                        if (other.is(ChangeCues.NOUN) && phrases.nounPosition(k) || compound) {
                            inner = other; // "the increase in NPY was attenuated", "the NPY elevation was prevented"
                        }
                        k--;
                        continue;
                    }
                    if (other.is(ChangeCues.PARTICIPLE) && t.isWord(k + 1, "by") && k + 1 < j) {
                        inner = other; // "the expression of IL-6 ... augmented by MGO were all suppressed": a change of the subject
                        k--;
                        continue;
                    }
                    if (adjunctAt < 0 && stimulationAdjunct(k)) {
                        adjunctAt = k;
                        foundAtAdjunct = found.size();
                        stimulusAtAdjunct = stimulus;
                        k--; // "TNF 24 h after stimulation was increased": when TNF was measured, not a change of it
                        continue;
                    }
                    break;
                }
                if (!t.is(k, WordClass.MEASURE) && (t.is(k, WordClass.SUBORD) || t.is(k, WordClass.REL) || t.is(k, WordClass.THAT)
                        || t.is(k, WordClass.COMPARATOR) && !(k > 0 && REFERENCE_PARTICIPLES.contains(t.word(k - 1))) // "normalized against GAPDH"
                        || t.is(k, WordClass.BE) || t.is(k, WordClass.HAVE)
                        || t.is(k, WordClass.DO) || t.is(k, WordClass.MODAL) || t.is(k, WordClass.RESULT)
                        || t.is(k, WordClass.AGENT) || t.is(k, WordClass.PRODUCE) || t.is(k, WordClass.NEG)
                        || t.isWord(k, "we") || t.isWord(k, "but") && !t.is(k, WordClass.CONJ))) {
                    break; // "but also" joins names: "Not only IL-6 but also IL-8 was elevated"
                }
                if (t.word(k).contains("-") && STIMULUS_HEADS.contains(t.head(k))) {
                    stimulus = k;
                }
                k--;
            }
            int capacity = capacities.inSubject(clauseStart, j);
            if (capacity >= 0) {
                capacities.mark(capacity, c.token());
                contrastedEntities.clear();
                return;
            }
            cause = phrases.agentAfter(c.token());
            if (inner != null && c.is(ChangeCues.ADJECTIVE) && gradedGroupAfter(c.token())) {
                contrastedEntities.clear(); // "the fall in IL-6 was smaller in people who reported more fatigue": a correlation
                return;
            }
            for (int e : found) {
                link(e, c, inner, false, stimulus >= 0 && outsideTheStimulatedConjunct(stimulus, e) ? -1 : stimulus,
                        contrastedEntities.contains(e));
            }
            if (inner == null && (c.direction() == Direction.INCREASED || c.direction() == Direction.DECREASED)) {
                for (int e : pickedFrom) {
                    if (found.stream().noneMatch(f -> phrases.sameEntity(f, e)) && !namedAgainAfter(e, c.token())) {
                        link(e, c, null, false, -1, true); // "only IL-6 was elevated": IL-8 and TNF-α, of the same set, were not
                    }
                }
            }
            contrastedEntities.clear();
            cause = null;
        }

        /**
         * Whether the amplification at {@code i} is a laboratory step: its clause names the method ("amplified by PCR",
         * "amplified and sequenced"), or what was amplified is a nucleic acid, before a passive "were amplified" or after
         * "amplification of" ("the IL-6 genes were amplified", "amplification of the promoter region"). "CpG DNA amplified
         * IL-6 production" (active, no method) and "IL-1β amplified the rise of IL-6 in carriers of the C allele" are changes.
         */
        private boolean amplifiedInTheLaboratory(int i) {
            int[] clause = clauses.get(clauses.of(i));
            if (AMPLIFYING_METHOD.matcher(lower.substring(t.start(clause[0]), t.end(clause[1] - 1))).find()) {
                return true;
            }
            if (i >= 2 && t.is(i - 1, WordClass.BE) && AMPLIFIED_NUCLEIC.contains(t.word(i - 2))) {
                return true;
            }
            if (t.isWord(i, "amplification") && i + 1 < n && t.isWord(i + 1, "of")) {
                for (int k = i + 2; k < n && k <= i + 6 && t.kind(k) != Kind.PUNCT; k++) {
                    if (AMPLIFIED_NUCLEIC.contains(t.word(k))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether the "comparable" or "similar" at {@code i} follows, within six words of its clause, a noun of an increase or
         * decrease with its "of": "a drop of IL-6 levels comparable to that of the subgroups", "the rise of IL-6 was similar
         * to that of TNF" liken the change to another (a sampler's s18, 3b: read as IL-6 unchanged); "IL-6 levels were
         * comparable to those of controls" likens the levels.
         */
        private boolean sizesAChange(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
                if (t.kind(k) == Kind.PUNCT || t.kind(k) == Kind.OPEN || t.kind(k) == Kind.CLOSE) {
                    return false;
                }
                Cue change = cues.at(k);
                if (change != null && change.is(ChangeCues.NOUN) && (change.polarity() == Polarity.UP || change.polarity() == Polarity.DOWN)
                        && k + 1 < i && t.isWord(k + 1, "of")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the name at {@code e} stands in a body fluid of its own (with the names listed with it) in a conjunct of the
         * subject after a comma that follows the stimulus at {@code stimulus}, or in a conjunct before the one the stimulus
         * opens after a comma and "and": in "LPS-stimulated release of TNF, and plasma IL-6, were higher in
         * patients" the plasma was not stimulated, the TNF released was (a sampler's s18, 1c: IL-6 read as an exposure's change).
         */
        private boolean outsideTheStimulatedConjunct(int stimulus, int e) {
            if (e < stimulus) {
                // "Plasma IL-6, and LPS-stimulated TNF-α, were higher": the stimulus opens a later conjunct
                for (int q = e + 1; q + 1 < stimulus; q++) {
                    if (t.isWord(q, ",") && (t.isWord(q + 1, "and") || t.isWord(q + 1, "or"))) {
                        return true;
                    }
                }
                return false;
            }
            int p = e - 1; // past the names listed with it and their amount: "serum IL-6 and IL-8", "serum levels of IL-6"
            while (p > stimulus && (t.isEntity(p) || t.isWord(p, "and") || t.isWord(p, "or") || t.isWord(p, ",") || t.isWord(p, "of")
                    || t.is(p, WordClass.MEASURE))) {
                p--;
            }
            if (p <= stimulus || t.kind(p) != Kind.WORD || !FLUIDS.contains(t.word(p))) {
                return false;
            }
            for (int q = stimulus + 1; q < p; q++) {
                if (t.isWord(q, ",")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the name at {@code e} is named again after {@code from}: "..., only IL-6 was elevated, but IL-8 was reduced" says more of IL-8. */
        private boolean namedAgainAfter(int e, int from) {
            for (int q = from + 1; q < n; q++) {
                if (t.isEntity(q) && phrases.sameEntity(q, e)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The names of the set a subject's "only" at {@code only} picks from, when a partitive phrase of names opens the
         * clause and ends at the comma before "only": "Of IL-6, IL-8 and TNF-α, only IL-6 was elevated", "Among the
         * cytokines measured (IL-6, IL-8 and IL-10), only IL-6 ...". The sentence then says that the others of the set did
         * not change as the subject did, as "IL-6, but not IL-8, was elevated" does (guidelines v1.2 count "does not
         * differ" as a finding; the dev gold reads "the only difference in the cytokine profile was ..." so). Empty when
         * the phrase holds anything but names, their class, amount and specimen words: a direction word, a verb, a group
         * ("Of patients with high IL-8, only those ..."), "with".
         */
        private List<Integer> partitiveSet(int only, int clauseStart) {
            int p = clauseStart;
            while (p < only && t.kind(p) == Kind.WORD && (t.is(p, WordClass.ADV) || t.isWord(p, ",")) && !t.isEntity(p)) {
                p += Math.max(1, t.phraseLength(p)); // "However, of IL-6, ..."
            }
            if (only < 2 || !t.isWord(only - 1, ",") || p >= only - 1 || t.kind(p) != Kind.WORD || !PARTITIVE.contains(t.word(p))
                    || t.depth(p) != t.depth(only)) {
                return List.of();
            }
            List<Integer> names = new ArrayList<>();
            for (int q = p + 1; q < only - 1; q++) {
                if (t.isEntity(q)) {
                    if (measured[t.entity(q)]) {
                        names.add(q);
                    }
                    continue;
                }
                if (t.kind(q) != Kind.WORD) {
                    continue; // brackets, numbers, commas
                }
                String w = t.word(q);
                if (cues.at(q) != null || GROUP_NOUNS.contains(w) || CRITERION_GROUPS.contains(w) || w.equals("with")
                        || t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE) || t.is(q, WordClass.RESULT) || t.is(q, WordClass.MODAL)
                        || t.is(q, WordClass.REL) || t.is(q, WordClass.THAT) || t.is(q, WordClass.SUBORD) || t.is(q, WordClass.NEG)
                        || t.is(q, WordClass.COMPARATOR) || t.isWord(q, ";")) {
                    return List.of();
                }
            }
            return names;
        }

        /**
         * Whether the noun cue at {@code k} names a stimulation that a preposition makes an adjunct of the
         * subject ("after stimulation", "upon LPS stimulation", "after in vitro stimulation"), not a change
         * of a name after it ("stimulation of IL-6 release" heads a phrase and stays a change).
         */
        private boolean stimulationAdjunct(int k) {
            if (!cues.at(k).is(ChangeCues.NOUN) || !STIMULATION.contains(t.word(k)) || phrases.nounPosition(k)) {
                return false;
            }
            int p = k - 1;
            for (int modifiers = 0; p >= 0 && modifiers < 2; modifiers++, p--) {
                int adverbPhrase = phrases.adverbPhraseEndingAt(p);
                if (adverbPhrase >= 0) {
                    p = adverbPhrase; // "after in vitro stimulation": the phrase is one modifier, its "in" no preposition
                    continue;
                }
                boolean modifier = t.isEntity(p) || t.kind(p) == Kind.NUMBER
                        || t.kind(p) == Kind.WORD && cues.at(p) == null && !t.is(p, WordClass.PREP) && !t.is(p, WordClass.BE)
                        && !t.is(p, WordClass.CONJ) && !t.is(p, WordClass.SUBORD) && !t.is(p, WordClass.REL);
                if (!modifier) {
                    break;
                }
            }
            return p >= 0 && t.kind(p) == Kind.WORD && STIMULATION_ADJUNCT.contains(t.word(p));
        }

        /**
         * Whether the noun of change at {@code i} heads the subject of a verb of consequence, which says what the change did,
         * not that it was measured: "Genetic inhibition of Tnfa and Tnfr2 in zebrafish results in the mobilization of
         * neutrophils", "Inhibition of IL-6 resulted in reduced tumor growth" (a sample s22 read, 21). The noun is one of a
         * change a study makes ({@code nominal-cause-noun}: inhibition, blockade, knockdown), or has an adjective of how it was
         * made before it ("genetic", "pharmacological"): "An increase of IL-6 in patients resulted in higher mortality" was
         * measured (the review of session 22, R3). It opens its clause (or what follows a comma or "that"); its phrase
         * (names, "of", "and", amounts, a short prepositional phrase) runs up to the verb, which has its object or its "in" or
         * "to" after it. Not a passive participle ("inhibition of IL-6 induced by LPS"), nor a verb of report ("Inhibition of
         * IL-6 production by curcumin was observed").
         */
        private boolean nominalCause(int i, int clauseEnd) {
            int clauseStart = clauses.get(clauses.of(i))[0];
            boolean manner = false;
            // "we show that genetic inhibition of", "In zebrafish, genetic inhibition of": what opens the subject is after these
            for (int p = i - 1; p >= clauseStart && !t.is(p, WordClass.THAT) && !t.isWord(p, ","); p--) {
                manner |= NOMINAL_CAUSE_MANNER.contains(t.word(p));
                if (!(t.kind(p) == Kind.WORD && (t.is(p, WordClass.DET) || t.is(p, WordClass.ADV)
                        || NOMINAL_CAUSE_MANNER.contains(t.word(p))))) {
                    return false;
                }
            }
            if (!manner && !NOMINAL_CAUSE_NOUNS.contains(t.word(i))) {
                return false; // "An increase of IL-6 in patients resulted in higher mortality" was measured, then had a consequence
            }
            int q = phrases.phraseEnd(i);
            if (q >= clauseEnd || !t.isWord(q, "of")) {
                return false;
            }
            int otherWords = 0; // of the phrase, beside its names and amounts: "Tnfr2", "in zebrafish"
            for (q++; q < clauseEnd; q++) {
                if (t.isEntity(q) || t.isWord(q, "and") || t.isWord(q, ",") || t.isWord(q, "of")
                        || t.kind(q) == Kind.WORD && (t.is(q, WordClass.MEASURE) || t.is(q, WordClass.CLASS))) {
                    continue;
                }
                if (t.kind(q) != Kind.WORD) {
                    return false;
                }
                String w = t.word(q);
                if (NOMINAL_CAUSE_VERBS.contains(w)) {
                    int r = q + 1;
                    return r < clauseEnd && !t.isWord(r, "by") && (!(w.startsWith("result") || w.startsWith("lead") || w.equals("led"))
                            || t.isWord(r, "in") || t.isWord(r, "to"));
                }
                if (++otherWords > 4 || cues.at(q) != null || t.is(q, WordClass.BE) || t.is(q, WordClass.HAVE) || t.is(q, WordClass.MODAL)
                        || t.is(q, WordClass.RESULT) || t.is(q, WordClass.REL) || t.is(q, WordClass.THAT) || t.is(q, WordClass.COMPARATOR)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether the name at {@code name}, after "and" in the object of a verb, opens a clause of its own as the subject of
         * the verb after it: a verb of change,
         * an agent verb or a causative one, after at most two adverbs, with a determiner after it ("and IL-1β profoundly
         * enhanced the expression of Egr2"). Not a participle that modifies a noun ("IL-1β stimulated cells"), nor one
         * with "by" after it ("IL-8 induced by LPS").
         */
        private boolean subjectOfVerbAfter(int name) {
            int q = name + 1;
            while (q < n && q <= name + 2 && t.kind(q) == Kind.WORD && t.is(q, WordClass.ADV)) {
                q++;
            }
            if (q + 1 >= n || t.kind(q) != Kind.WORD || t.is(q, WordClass.BE) || !t.is(q + 1, WordClass.DET)) {
                return false;
            }
            return cues.at(q) != null && cues.at(q).is(ChangeCues.VERB) || t.is(q, WordClass.AGENT) || causativeVerb(q);
        }

        /** The cause named for the links being made, {@code [start, end)} in the sentence (set by {@link #forward} and {@link #subject}). */
        private int[] cause;

        /**
         * The opening bracket of a list of names right after an adjunct of time or occasion that follows a phrase naming
         * none, else -1: "repressed cytokine expression after MAP infection (IL-6, TNF-α, IL-1)" lists what the phrase
         * before the adjunct holds, as "repressed cytokine expression (IL-6, ...) after MAP infection" does. Not when the
         * adjunct names something itself ("after IL-1 stimulation (...)"), holds a change, a verb, punctuation or a
         * conjunction, or runs past five words.
         */
        private int membersAfterOccasion(int prep, int phraseStart, int clauseEnd) {
            if (!OCCASIONS.contains(t.word(prep))) {
                return -1;
            }
            for (int k = phraseStart; k < prep; k++) {
                if (t.isEntity(k)) {
                    return -1;
                }
            }
            for (int k = prep + 1; k < clauseEnd && k <= prep + 6; k++) {
                if (t.kind(k) == Kind.OPEN) {
                    return k > prep + 1 && k + 1 < clauseEnd && t.isEntity(k + 1) ? k : -1;
                }
                if (t.kind(k) != Kind.WORD || t.isEntity(k) || cues.at(k) != null || t.is(k, WordClass.CONJ)
                        || t.is(k, WordClass.BE) || t.is(k, WordClass.REL) || t.is(k, WordClass.SUBORD)
                        || t.is(k, WordClass.THAT) || t.is(k, WordClass.RESULT) || t.is(k, WordClass.PRODUCE)) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * The bracket a noun cue at {@code i} opens the items of, its opening bracket's token, else -1: "(>200-fold increase
         * of NPY, CGRP)", "(increase of NPY mRNA, decrease of CGRP mRNA)". The bracket's first word, past symbols and
         * numbers, is a direction word: it details the changes of the phrase before it.
         */
        private int detailBracketOpening(int i) {
            if (t.depth(i) == 0) {
                return -1;
            }
            for (int q = i - 1; q >= 0; q--) {
                if (t.kind(q) == Kind.OPEN && t.depth(q) == t.depth(i) - 1) {
                    if (t.match(q) < i) {
                        return -1;
                    }
                    int first = q + 1;
                    while (first < i && (t.kind(first) == Kind.NUMBER || t.kind(first) == Kind.PUNCT && !t.isWord(first, ",")
                            && !t.isWord(first, ";"))) {
                        first++; // "(>200-fold increase"
                    }
                    return cues.at(first) != null && cues.at(first).is(ChangeCues.NOUN) && cues.at(first).direction() != null ? q : -1;
                }
            }
            return -1;
        }

        /**
         * The subject of the verb whose object the phrase before the bracket at {@code open} is, "IL-17A" in "IL-17A
         * modulated the TNF-α-induced expression of several genes in IEC (increase of ...)", or null: the verb is a
         * verb of change, an agent verb or a causative one, found in the clause before the bracket with no verb of
         * "be", relative pronoun or clause word between.
         */
        private int[] causeBeforeBracket(int open) {
            int clauseStart = clauses.get(clauses.of(open))[0];
            for (int q = open - 1, steps = 0; q >= clauseStart && steps < 30; q--, steps++) {
                if (t.kind(q) == Kind.CLOSE && t.match(q) >= clauseStart) {
                    q = t.match(q);
                    continue;
                }
                if (t.kind(q) != Kind.WORD) {
                    continue;
                }
                if (t.is(q, WordClass.BE) || t.is(q, WordClass.REL) || t.is(q, WordClass.THAT) || t.is(q, WordClass.SUBORD)
                        || t.is(q, WordClass.MODAL) || t.isWord(q, ";")) {
                    return null;
                }
                boolean verb = t.is(q, WordClass.AGENT) && !t.is(q, WordClass.MEASURE) || causativeVerb(q)
                        || cues.at(q) != null && cues.at(q).is(ChangeCues.VERB) && !modifierPosition(q) && !nounUse(q) && phrases.objectStarts(q);
                if (verb) {
                    return subjectText(q);
                }
            }
            return null;
        }

        /**
         * The subject of an active verb: "8-Br-cAMP" in "In contrast, 8-Br-cAMP decreased ...". A verb that shares the
         * subject of an earlier verb hands the search on to that one; a loop rather than a call, so that a long run of
         * verbs (a crafted text of a million chars with no full stop) cannot overflow the stack.
         */
        private int[] subjectText(int firstVerb) {
            int verb = firstVerb;
            subject:
            while (true) {
                int clauseStart = clauses.get(clauses.of(verb))[0];
                int end = verb;
                while (end - 1 >= clauseStart && (t.is(end - 1, WordClass.ADV) || t.is(end - 1, WordClass.NEG)
                        || t.is(end - 1, WordClass.MODAL) || t.is(end - 1, WordClass.DO) || t.is(end - 1, WordClass.HAVE)
                        || t.is(end - 1, WordClass.BE))) {
                    end--;
                }
                if (end - 1 == clauseStart && clauses.of(verb) > 0 && (t.isWord(clauseStart, "but") || t.isWord(clauseStart, "yet")
                        // "X inhibited IL-1β, while boosting IL-10": a gerund after "while" has the subject before it too
                        || (t.isWord(clauseStart, "while") || t.isWord(clauseStart, "whereas")) && t.word(verb).endsWith("ing"))) {
                    // "IL-17A alone is a weak inducer ..., but significantly affected ...": a verb with no subject of its own
                    // after "but" shares the subject of the clause before
                    int previousStart = clauses.get(clauses.of(verb) - 1)[0];
                    for (int v = clauseStart - 1; v >= previousStart; v--) {
                        if (t.kind(v) == Kind.CLOSE && t.match(v) >= previousStart) {
                            v = t.match(v);
                            continue;
                        }
                        if (t.kind(v) == Kind.WORD && t.is(v, WordClass.BE) && passiveAfter(v)) {
                            return null; // "The mice were infected with H. pylori, but showed ...": the subject underwent, it caused nothing
                        }
                        if (t.kind(v) == Kind.WORD && (t.is(v, WordClass.BE) && !t.is(v, WordClass.MEASURE) || t.is(v, WordClass.RESULT)
                                || t.is(v, WordClass.AGENT) || cues.at(v) != null && cues.at(v).is(ChangeCues.VERB) && !modifierPosition(v))) {
                            verb = v;
                            continue subject;
                        }
                    }
                    return null;
                }
                if (end - 1 >= clauseStart && t.is(end - 1, WordClass.CONJ)) {
                    // "AZD8055 decreases X and increases Y": the second verb shares the first one's subject
                    for (int v = end - 2; v >= clauseStart; v--) {
                        if (cues.at(v) != null && cues.at(v).is(ChangeCues.VERB) || t.is(v, WordClass.AGENT) || t.is(v, WordClass.RESULT)) {
                            verb = v;
                            continue subject;
                        }
                    }
                }
                int aside = contrastAsideBefore(clauseStart, end);
                if (aside >= 0) {
                    end = aside; // "VSL3, but not VSL4, reduced IL-6": the subject before the aside
                }
                int start = end;
                int relative = relativeInSubject(clauseStart, end, verb, clauses.get(clauses.of(verb))[1]);
                if (relative >= 0) {
                    start = relative; // "Patients whose IL-8 was elevated had higher IL-6": the relative clause describes the subject
                }
                int raised = 0;
                while (start - 1 >= clauseStart && end - start - raised < 12) {
                    int p = start - 1;
                    if (cues.at(p) != null && cues.at(p).is(ChangeCues.VERB) && !modifierPosition(p) && p < verb) {
                        verb = p; // "Q reduced NPY without altering NGF": the first verb's subject
                        continue subject;
                    }
                    if (t.isWord(p + 1, "to") && PhraseStructure.RAISING.contains(t.word(p)) && p - 1 > clauseStart
                            && t.is(p - 1, WordClass.BE)) {
                        // "ALA supplementation was shown to be effective ... by down-regulating IL-8": the subject is the
                        // raising verb's ("was shown to", "were found to"), not "to be effective"; those words cost no length
                        start = p - 1;
                        raised += 3;
                        continue;
                    }
                    if (t.kind(p) == Kind.CLOSE && t.match(p) >= clauseStart) {
                        start = t.match(p);
                        continue;
                    }
                    if (t.is(p, WordClass.THAT) || t.is(p, WordClass.SUBORD) || t.isWord(p, ",") || t.isWord(p, ";")
                            || t.is(p, WordClass.RESULT) || t.is(p, WordClass.REL) || t.isWord(p, ":") || t.isWord(p, "but")
                            || t.isWord(p, "and") && p > clauseStart && cues.at(p - 1) != null) {
                        break;
                    }
                    start--;
                }
                if (start < end && end - start <= 4 && appositionOpener(start, end)) {
                    return null; // "..., i.e. increased IL-10": an apposition lists changes; "i.e." acts on nothing
                }
                return start < end ? new int[] {t.start(start), t.end(end - 1)} : null;
            }
        }

        /** Words that open an apposition, after which direction words list changes rather than act: "i.e. increased IL-10". */
        private static final Set<String> APPOSITION_OPENERS = Set.of("ie", "eg", "viz", "namely");

        /** Whether tokens {@code [start, end)} spell an apposition's opener, its dots left out ("i.e.", "e.g", "viz."). */
        private boolean appositionOpener(int start, int end) {
            StringBuilder spelled = new StringBuilder();
            for (int k = start; k < end; k++) {
                spelled.append(t.word(k).replace(".", "").toLowerCase(Locale.ROOT));
            }
            return APPOSITION_OPENERS.contains(spelled.toString());
        }

        /**
         * The verb whose subject a verb cue right after "and" or a comma ({@code p}) shares, else -1: a verb of
         * change or a causative verb before it in the clause ("X inhibited A and increased B"; after a comma, with no other
         * comma outside brackets and at most 16 tokens back: "X restored weight, lowered IL-6"), with no "be" or clause word between, and
         * not a modifier itself.
         */
        private int sharedVerb(int p) {
            boolean comma = t.isWord(p, ",");
            if (!t.isWord(p, "and") && !comma) {
                return -1;
            }
            int clauseStart = clauses.get(clauses.of(p))[0];
            int words = 0;
            for (int q = p - 1; q >= clauseStart; q--) {
                if (comma && t.kind(q) == Kind.CLOSE && t.match(q) >= clauseStart) {
                    q = t.match(q); // "shifted macrophages from a classically activated (CD11b+, CCR7+) to ..."
                    continue;
                }
                if (t.isWord(q, ";") || t.isWord(q, ":") || comma && (t.isWord(q, ",") || ++words > 16)) {
                    return -1; // after a comma, the verb whose object the words between are: "X restored weight, lowered IL-6"
                }
                if (t.kind(q) != Kind.WORD) {
                    continue;
                }
                if (t.is(q, WordClass.BE) || t.is(q, WordClass.REL) || t.is(q, WordClass.THAT) || t.is(q, WordClass.SUBORD)) {
                    return -1;
                }
                if (causativeVerb(q) || cues.at(q) != null && cues.at(q).is(ChangeCues.VERB) && !modifierPosition(q) && !nounUse(q)
                        && phrases.objectStarts(q)) {
                    for (int k = Math.max(0, q - 4); k < q; k++) {
                        if (appositionOpener(k, q)) {
                            return -1; // "(e.g. up-regulated FAS and down-regulated CCL5)": a list of changes, no verb's
                        }
                    }
                    return q;
                }
            }
            return -1;
        }

        /**
         * The comma that opens an aside of what did not act, ", but not Y," ending with the comma at {@code end - 1}, else -1:
         * "VSL3, but not VSL4, reduced IL-6" has its subject, the cause, before the aside, where the search for a subject
         * stopped at the aside's comma and found none. The aside is "not" (after "but" or "and") and up to six words with
         * no verb, change word or clause word.
         */
        private int contrastAsideBefore(int clauseStart, int end) {
            if (end - 1 <= clauseStart || !t.isWord(end - 1, ",")) {
                return -1;
            }
            for (int c = end - 2; c > clauseStart && end - c <= 9; c--) {
                if (t.isWord(c, ",")) {
                    int not = asideNot(c);
                    return t.isWord(not, "not") && not + 1 < end - 1 ? c : -1;
                }
                if (t.kind(c) == Kind.WORD && (cues.at(c) != null || t.is(c, WordClass.BE) || t.is(c, WordClass.REL)
                        || t.is(c, WordClass.THAT) || t.is(c, WordClass.SUBORD) || t.is(c, WordClass.AGENT) || t.isWord(c, ";"))) {
                    return -1;
                }
            }
            return -1;
        }

        /** Where the "not" of an aside opened by the comma {@code comma} stands: after "but" or "and", else right after the comma. */
        private int asideNot(int comma) {
            return t.isWord(comma + 1, "but") || t.isWord(comma + 1, "and") ? comma + 2 : comma + 1;
        }

        /**
         * Whether an aside of what did not act ({@link #contrastAsideBefore}) ends at {@code end} after a subject that opens
         * the clause, no change word or verb before the aside: "VSL3, but not VSL4, reduced IL-6", not "had increased
         * IL-6, but not IL-10, reduced TNF", a list of changes.
         */
        private boolean subjectBeforeAside(int clauseStart, int end) {
            int aside = contrastAsideBefore(clauseStart, end);
            if (aside < 0) {
                return false;
            }
            for (int k = clauseStart; k < aside; k++) {
                if (cues.at(k) != null || t.kind(k) == Kind.WORD && (t.is(k, WordClass.BE) || t.is(k, WordClass.HAVE)
                        || t.is(k, WordClass.AGENT) || t.is(k, WordClass.RESULT) || causativeVerb(k))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The relative pronoun ("whose", "who", "whom", "which") of a relative clause that chooses the subject's group by a
         * level, ending at {@code end}, or -1: "Patients whose IL-8 was elevated had higher IL-6", "Patients who had
         * elevated IL-8 showed higher IL-6". The pronoun follows a word of the subject ("in whom" a word before "in") with
         * no punctuation between, and the relative clause is a criterion the reader set aside ({@link #leaveOutOwnedCriteria},
         * {@link #leaveOutGroupCriteria}: a name no measured amount and its direction word rejected). The group so
         * chosen is the subject: the relative clause's "was elevated" read as the clause's first verb gave IL-8 as the
         * cause of the higher IL-6, an intervention, where patients are compared (a condition). A relative clause of
         * what the group did or was given ("Patients who lost weight", "Mice which received LPS") keeps its words as the
         * cause, with no head noun to outweigh them; so does one of what was done to the level: its direction word must
         * be a level word ({@link #LEVEL_CRITERIA}) and no preposition may stand in it ("whose IL-6 was blocked with
         * tocilizumab", "reduced by tocilizumab", "neutralized": a treatment, which as the head noun's words read as a
         * condition; probe 32). Nor where the predicate from {@code verb} to {@code clauseEnd} makes a comparison of its
         * own against a time or another cause ({@link #predicateComparesTimeOrCause}): the group is then only who was
         * followed, and the comparison's words say what was compared (probe 33).
         */
        private int relativeInSubject(int clauseStart, int end, int verb, int clauseEnd) {
            if (predicateComparesTimeOrCause(verb, clauseEnd)) {
                return -1;
            }
            for (int r = end - 1; r > clauseStart && end - r <= 8; r--) {
                if (t.kind(r) == Kind.ENTITY || t.kind(r) == Kind.NUMBER) {
                    continue;
                }
                if (t.kind(r) != Kind.WORD || t.is(r, WordClass.SUBORD) || t.is(r, WordClass.THAT)) {
                    return -1;
                }
                if (!t.is(r, WordClass.REL) || t.isWord(r, "where")) {
                    continue;
                }
                int head = r - 1;
                if (t.isWord(head, "in") || t.isWord(head, "of") || t.isWord(head, "among")) {
                    head--; // "Patients in whom IL-8 was elevated"
                }
                if (head < clauseStart || t.kind(head) != Kind.WORD || t.is(head, WordClass.PREP) || t.is(head, WordClass.BE)
                        || t.is(head, WordClass.HAVE) || t.is(head, WordClass.RESULT) || t.is(head, WordClass.CONJ)
                        || cues.at(head) != null) {
                    return -1;
                }
                boolean criterionName = false;
                boolean criterionCue = false;
                for (int q = r + 1; q < end; q++) {
                    if (t.kind(q) == Kind.WORD && t.is(q, WordClass.PREP)) {
                        return -1; // "whose IL-6 was reduced by tocilizumab", "elevated after LPS challenge": what was done to the level
                    }
                    criterionName |= t.isEntity(q) && !measured[t.entity(q)];
                    criterionCue |= cues.at(q) != null && rejected[q] && LEVEL_CRITERIA.contains(t.word(q));
                }
                return criterionName && criterionCue ? r : -1;
            }
            return -1;
        }

        /**
         * Whether the predicate in {@code [from, to)} sets its change against a time or another cause, not a group: a
         * direction word followed by "after", "before" or "at" and a time word ("higher IL-6 at baseline"), or a
         * comparison whose other side opens with a time ({@link ComparisonSides#opensWithTime}: "than before surgery", "than at
         * baseline") or with "after" ("than after placebo": another treatment). "Patients whose IL-8 was elevated had
         * higher IL-6 after surgery than before surgery" compares surgery's course, not patients with others; "than
         * controls" and "than patients whose ..." compare groups.
         */
        private boolean predicateComparesTimeOrCause(int from, int to) {
            boolean directionWord = false;
            for (int q = from; q < to; q++) {
                if (t.is(q, WordClass.COMPARATOR)) {
                    int side = q + t.phraseLength(q);
                    while (side < to && (t.isWord(side, "with") || t.isWord(side, "to"))) {
                        side++;
                    }
                    return sides.opensWithTime(side, to) || side < to && t.isWord(side, "after");
                }
                directionWord |= cues.at(q) != null;
                if (directionWord && (t.isWord(q, "after") || t.isWord(q, "before") || t.isWord(q, "at")) && q + 1 < to
                        && t.kind(q + 1) == Kind.WORD && TIME_AFTER_AT.contains(t.word(q + 1))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the "be" at {@code be} makes a passive: a participle follows it, past adverbs ("were infected", "was then stimulated"). */
        private boolean passiveAfter(int be) {
            int q = be + 1;
            while (q < n && t.kind(q) == Kind.WORD && t.is(q, WordClass.ADV)) {
                q++;
            }
            return q < n && t.kind(q) == Kind.WORD && !t.isEntity(q) && (t.word(q).endsWith("ed") || t.is(q, WordClass.STIMULUS)
                    || cues.at(q) != null && cues.at(q).is(ChangeCues.PARTICIPLE));
        }

        private final java.util.Set<Integer> contrastedEntities = new java.util.HashSet<>();

        /** Whether the conjunction at {@code k} joins names (or phrases headed by names): an entity right after it or right before it. */
        private boolean coordinatesEntities(int k) {
            int after = k + t.phraseLength(k);
            int before = k - 1;
            if (before >= 0 && t.isWord(before, ",")) {
                before--;
            }
            if (before >= 0 && t.kind(before) == Kind.CLOSE && t.match(before) >= 0) {
                before = t.match(before) - 1;
            }
            boolean entityAfter = after < n && (t.isEntity(after) || after + 1 < n && t.isEntity(after + 1)
                    && (t.is(after, WordClass.DET) || t.kind(after) == Kind.WORD && !t.is(after, WordClass.BE)));
            if (entityAfter) {
                return true;
            }
            // "NPY, CGRP, LTB4, and PAF were": a list; "... enriched in NGF-/- mice, and bacteroides were": two clauses
            for (int p = k - 1; p >= 0; p--) {
                if (t.isEntity(p) && measured[t.entity(p)]) {
                    return true;
                }
                if (t.is(p, WordClass.BE) || t.is(p, WordClass.HAVE) || t.is(p, WordClass.RESULT) || t.is(p, WordClass.AGENT)
                        || cues.at(p) != null || t.is(p, WordClass.SUBORD) || t.isWord(p, ";")) {
                    return false;
                }
            }
            return false;
        }

        /**
         * "Plasma IL-1β and IL-10 were raised and lowered, respectively": a list of two or more direction words just
         * before "respectively" gives one direction to each name of the list they were linked to, in order, instead of
         * every word to every name. Left as linked when the names linked before the list are not as many as its words
         * ("IL-6 was higher in patients and controls, respectively" has one word and stays as it is).
         */
        private void pairRespectively() {
            for (int r = 1; r < n; r++) {
                if (!t.isWord(r, "respectively")) {
                    continue;
                }
                List<Integer> listed = respectiveCues(r);
                if (listed.size() < 2) {
                    continue;
                }
                int first = listed.get(0);
                Map<Integer, Link> byEntity = new TreeMap<>();
                for (Link link : links) {
                    if (link.entityToken() < first && listed.contains(link.cue().token())) {
                        byEntity.putIfAbsent(link.entityToken(), link);
                    }
                }
                if (byEntity.size() != listed.size()) {
                    continue;
                }
                links.removeIf(link -> byEntity.containsKey(link.entityToken()) && listed.contains(link.cue().token()));
                int k = 0;
                for (Link link : byEntity.values()) {
                    Cue own = cues.at(listed.get(k++));
                    links.add(new Link(link.entityToken(), own, own.direction(), false, link.stimulusToken(), false, link.cause()));
                }
            }
        }

        /**
         * The direction words of the list that ends just before "respectively" at {@code r}, in order ("decreased,
         * increased and unchanged, respectively"; an adverb in "-ly" may stand before each), or an empty list.
         */
        private List<Integer> respectiveCues(int r) {
            List<Integer> listed = new ArrayList<>();
            int p = r - 1;
            if (t.isWord(p, ",")) {
                p--;
            }
            boolean wantCue = true;
            for (; p >= 0; p--) {
                Cue c = cues.at(p);
                if (c != null && c.direction() != null && !t.isEntity(p)) {
                    if (!wantCue) {
                        break;
                    }
                    listed.add(0, p);
                    wantCue = false;
                } else if (!wantCue && (t.isWord(p, ",") || t.isWord(p, "and") || t.isWord(p, "or"))) {
                    wantCue = true;
                } else if (!wantCue && t.kind(p) == Kind.WORD && t.word(p).endsWith("ly")) {
                    continue; // "significantly raised"
                } else {
                    break;
                }
            }
            return wantCue ? List.of() : listed;
        }

        private void link(int entityToken, Cue outer, Cue inner, boolean forward, int stimulus, boolean contrasted) {
            int[] own = excepted.ownClause(entityToken);
            if (own != null && (outer.token() < own[0] || outer.token() >= own[1])) {
                return; // "All cytokines except IL-8 were reduced": the predicate IL-8 is excepted from
            }
            if (labels.labelOf(entityToken) >= 0 && labels.labelOf(entityToken) != outer.token()) {
                return; // "up- or downregulated (upregulation: NPY; ...)": the label, not the word before, gives NPY's direction
            }
            Direction d = outer.direction();
            if (forward && inner != null && inner.direction() == null && outer.polarity() == Polarity.CAUSE && !outer.negated()) {
                // "induced changes in IL-6", "caused alterations of IL-6": what brought a change of no direction states none (the
                // review of session 32, H1: read as an increase)
                return;
            }
            if (inner != null && inner.direction() == null && !forward && outer.polarity() == Polarity.CAUSE && passivePredicate(outer.token())) {
                return; // "variations in IL-6 levels are caused by changes in local production": as "caused variations in IL-6"
            }
            if (inner != null && inner.direction() == null && outer.polarity() != Polarity.CAUSE) {
                // a causative participle after the name is its own ("a modulation of IL-8 secretion induced by TLR2")
                if (!forward && (outer.polarity() == Polarity.UP || outer.polarity() == Polarity.DOWN)) {
                    // "Exercise-induced changes in IL-6 were smaller in older adults", "the changes in IL-6 were (not) abolished":
                    // a change of no direction made larger or smaller, or undone or not, leaves which way IL-6 went unsaid. (A verb
                    // before it, "X prevented the alterations in IL-6", keeps its reading: dropping it too cost a true
                    // triple of the held-out gold.)
                    return;
                }
                // "Exercise-induced changes in IL-6 were similar in both groups": the stimulus brought changes of no
                // direction, so no induction is presupposed (read as IL-6 increased beside the stated finding)
                stimulus = -1;
            }
            if (inner != null && inner.direction() != null) {
                d = compose(outer, inner.direction());
                if (d == null) {
                    return;
                }
            }
            links.add(new Link(entityToken, outer, d, forward, stimulus, contrasted, cause));
        }

        /** Whether a form of "be" stands before the participle at {@code i}, past up to two adverbs: "are caused", "was not induced". */
        private boolean passivePredicate(int i) {
            for (int p = i - 1; p >= 0 && p >= i - 3; p--) {
                if (t.is(p, WordClass.BE)) {
                    return true;
                }
                if (t.kind(p) != Kind.WORD || !(t.is(p, WordClass.ADV) || t.is(p, WordClass.NEG))) {
                    return false;
                }
            }
            return false;
        }

        /** Whether a word of capacity ("capacity", "ability") stands in {@code [from, to)}: what a noun of change is of. */
        private boolean capacityBetween(int from, int to) {
            for (int k = from; k < to; k++) {
                if (t.isWord(k, "capacity") || t.isWord(k, "capacities") || t.isWord(k, "ability") || t.isWord(k, "abilities")) {
                    return true;
                }
            }
            return false;
        }

        /** The direction of a change word applied to another change: "attenuated the increase" is a decrease. */
        private Direction compose(Cue outer, Direction inner) {
            if (outer.direction() == Direction.UNCHANGED) {
                return Direction.UNCHANGED;
            }
            if (inner == Direction.UNCHANGED) {
                return null;
            }
            return outer.direction() == Direction.INCREASED ? inner : opposite(inner);
        }

        /** Whether the word at {@code i} modifies a following noun: preceded by a determiner, preposition or nothing, followed by a noun. */
        private boolean modifierPosition(int i) {
            int p = i - 1;
            while (p >= 0 && (phrases.adverbial(p, i) || phrases.multiplierEndingAt(p, 0) > 0)) {
                p -= Math.max(1, phrases.multiplierEndingAt(p, 0)); // "three times higher NPY"
            }
            boolean before = p < 0 || t.is(p, WordClass.DET) || t.is(p, WordClass.PREP) || t.isWord(p, ",") || phrases.existentialBe(p)
                    || t.kind(p) == Kind.WORD && t.word(p).endsWith("ing") && t.word(p).length() > 5 && cues.at(p) == null
                            && !activitySubject(p)
                    || t.is(p, WordClass.PRODUCE) && (!t.is(p, WordClass.MEASURE) || p > 0 && t.isWord(p - 1, "to"))
                    || t.is(p, WordClass.CONJ) || phrases.endsConjunctionPhrase(p) || t.is(p, WordClass.RESULT) || t.is(p, WordClass.HAVE)
                    || t.kind(p) == Kind.OPEN || t.isWord(p, ":") || t.isWord(p, ";") || t.is(p, WordClass.LINK)
                    || (t.kind(p) == Kind.WORD && cues.at(p) == null && t.word(p).contains("-") && !codeName(t.word(p)))
                    || t.is(p, WordClass.SUBORD) || causativeVerb(p)
                    // "more IL-6 than non-smokers, but less IL-10", "lower cortisol but higher IL-6 than controls"; a verb after "but"
                    // has the subject before it ("but significantly reduced IL-6"), so only a comparative is a modifier there
                    || t.isWord(p, "but") && comparative(i);
            if (before && t.isWord(p, ",") && subjectBeforeAside(clauses.get(clauses.of(i))[0], p + 1)) {
                return false; // "VSL3, but not VSL4, reduced IL-6": a verb whose subject stands before the aside
            }
            int q = i + 1;
            boolean after = q < n && (t.isEntity(q) || t.kind(q) == Kind.WORD && !t.is(q, WordClass.PREP)
                    && !t.is(q, WordClass.CONJ) && !t.is(q, WordClass.BE) && !t.is(q, WordClass.COMPARATOR)
                    && !t.is(q, WordClass.SUBORD) && !t.is(q, WordClass.REL) && !t.is(q, WordClass.THAT)
                    && (t.is(q, WordClass.MEASURE) || !PhraseStructure.PREDICATE_FOLLOWERS.contains(t.word(q)))
                    || t.kind(q) == Kind.OPEN && q + 1 < n);
            return before && after;
        }

        /**
         * Whether a hyphenated word is a code name, its last part a number ("TEPP-46", "SB-203580", "miR-155"): a subject
         * of the verb after it, where another hyphenated word is a modifier of it ("dose-dependently", "LPS-stimulated").
         */
        private static boolean codeName(String word) {
            String last = word.substring(word.lastIndexOf('-') + 1);
            return !last.isEmpty() && last.chars().allMatch(Character::isDigit) && Character.isLetter(word.charAt(0));
        }

        /** Whether the cue at {@code i} is a comparative adjective: "more", "less", "fewer", "higher", "lower", "greater". */
        private boolean comparative(int i) {
            Cue c = cues.at(i);
            String w = t.word(i);
            return c != null && (c.is(ChangeCues.ADJECTIVE) || c.is(ChangeCues.DEGREE))
                    && (w.equals("more") || w.equals("less") || w.equals("fewer") || w.endsWith("er"));
        }

        /**
         * The verb (or "resulted in", "led to") whose object the first conjunct before the conjunction that
         * ends at {@code conjunctionEnd} is: "OB subjects exhibited elevated leptin, as well as higher serum IL-6"
         * gives "exhibited". {@code conjunctionEnd} itself when there is none before a clause word or a "be".
         */
        private int verbOfFirstConjunct(int conjunctionEnd, int clauseStart) {
            for (int q = conjunctionEnd - 1; q >= clauseStart; q--) {
                if (t.is(q, WordClass.RESULT) || t.is(q, WordClass.HAVE) || causativeVerb(q)
                        || q >= 1 && (t.isWord(q, "in") && t.isWord(q - 1, "resulted") || t.isWord(q, "to") && t.isWord(q - 1, "led"))) {
                    return q;
                }
                if (t.is(q, WordClass.BE) || t.is(q, WordClass.SUBORD) || t.is(q, WordClass.REL) || t.isWord(q, ";")) {
                    break;
                }
            }
            return conjunctionEnd;
        }

        /**
         * A causative verb ("induces", "provoked"), whose object may begin with a direction word: "the
         * deletion provokes excessive NPY production" states the increase the adjective gives.
         */
        private boolean causativeVerb(int p) {
            return cues.at(p) != null && cues.at(p).polarity() == Polarity.CAUSE && cues.at(p).is(ChangeCues.VERB) && !phrases.afterBe(p);
        }

        /**
         * Whether the noun cue at {@code i} takes the amount after it. "On" follows only a noun of
         * effect ("no effect on IL-6"); after a noun of direction it begins what the direction acts on
         * ("the effect of sleep loss on changes in TNF-α": the loss is of sleep, not of TNF-α).
         */
        private boolean directionalNounPosition(Cue c, int i) {
            if (!c.is(ChangeCues.NOUN) || !phrases.nounPosition(i)) {
                return false;
            }
            int q = phrases.phraseEnd(i);
            return c.polarity() == Polarity.NEUTRAL || q >= n || !t.isWord(q, "on");
        }


        // ---- sentence-level readings -------------------------------------------------------------

        /** Each change the clause stated gets its unchanged counterpart when it contrasts a group ({@link ClauseCounterparts#contrastsAGroup}). */
        private void contrastWithinGroups(int from, int to, int charFrom, int charTo) {
            if (!counterparts.contrastsAGroup(from, to)) {
                return;
            }
            List<Statement> stated = new ArrayList<>();
            for (Statement s : out.values()) {
                if (s.clauseStart() == charFrom && s.basis() == Basis.STATED && s.direction() != Direction.UNCHANGED) {
                    stated.add(s);
                }
            }
            int[] aside = notActing(from, to);
            for (Statement s : stated) {
                // "VSL3, but not VSL4, reduced IL-6": what did not act is the unchanged counterpart's cause
                int[] cause = aside != null && s.causeStart() >= 0 && s.causeEnd() == t.end(aside[0] - 1)
                        ? new int[] {t.start(aside[1]), t.end(aside[2] - 1)} : null;
                add(phrases.tokenOfEntity(s.entity()), Direction.UNCHANGED, charFrom, charTo, s.cueStart(), Basis.CONTRASTED, cause);
            }
        }

        /**
         * The first aside of what did not act in tokens {@code [from, to)} ({@link #contrastAsideBefore}) as its opening
         * comma, its first word after "not" and the closing comma, else null.
         */
        private int[] notActing(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (t.isWord(k, ",")) {
                    int c = contrastAsideBefore(from, k + 1);
                    if (c >= 0) {
                        return new int[] {c, asideNot(c) + 1, k};
                    }
                }
            }
            return null;
        }

        /** Each change the clause stated before a return to the control level gets the opposite one ({@link ClauseCounterparts#returnToControl}). */
        private void returnsToControl(int from, int to, int charFrom, int charTo) {
            ClauseCounterparts.Return r = counterparts.returnToControl(from, to, charFrom);
            if (r == null) {
                return;
            }
            List<Statement> reversed = new ArrayList<>();
            for (Statement st : out.values()) {
                if (st.clauseStart() == charFrom && st.basis() == Basis.STATED && st.cueStart() < r.verbStart()
                        && st.direction() != Direction.UNCHANGED) {
                    reversed.add(st);
                }
            }
            for (Statement st : reversed) {
                add(phrases.tokenOfEntity(st.entity()), opposite(st.direction()), charFrom, charTo, r.verbStart(), Basis.STATED, r.cause());
            }
        }
    }

    private static Direction opposite(Direction d) {
        return switch (d) {
            case INCREASED -> Direction.DECREASED;
            case DECREASED -> Direction.INCREASED;
            case UNCHANGED -> Direction.UNCHANGED;
        };
    }
}
