package org.evidentia.textmining.change;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences and clauses that state no result: aims, hypotheses, methods and questions; speculation
 * ("may be increased", "could contribute") and expectations in the future tense ("we expect that IL-6 will be
 * higher"); correlations and predictions without a group comparison.
 * Patterns are applied to the lower-cased sentence (same length as the original). Thread-safe.
 */
final class Hedging {

    /** How aims and hypotheses begin; tried at the sentence start only. */
    private static final Pattern AIM_START = Pattern.compile(
            "(?:[a-z ]{2,30}: )?(?:to |in order to |we (?:hypothesi[sz]ed|aimed|sought|propose|wanted)|the (?:aims?|objectives?|purposes?|goals?|hypothesis) "
                    + "|this (?:study|work|paper|trial|review|analysis) (?:aim|examin|investigat|evaluat|assess|explor|test|sought|determin)"
                    + "|our (?:aim|objective|hypothesis|goal))");
    /** Aims stated later in a sentence. */
    private static final Pattern AIM = Pattern.compile(
            "hypothesi[sz]ed\\b|\\bwe (?:aimed|sought)\\b|\\bwas to (?:examine|investigate|determine|assess|evaluate|test|compare|explore)");
    private static final Pattern METHOD = Pattern.compile(
            "\\b(?:was|were|been) (?:measured|assessed|determined|analy[sz]ed|quantified|evaluated|examined|assayed|obtained"
                    + "|collected|recorded|studied|monitored|investigated|sampled|tested)\\b");
    private static final Pattern RESULT = Pattern.compile(
            "\\b(?:found|find|showed|shown|revealed|demonstrated|observed|indicated|than|resulted)\\b");
    private static final Pattern MODAL = Pattern.compile("\\b(?:may|might|could|would|will)\\b");
    /**
     * "Increased NPY (levels) could contribute", "reduced cortisol levels have been thought to promote":
     * the statement is a speculation or a hypothesis about the change.
     */
    private static final Pattern MODAL_AFTER = Pattern.compile(
            "^\\s*(?:[\\p{L}-]+\\s+){0,2}(?:may|might|could|would|will|can\\b"
                    + "|(?:is|are|was|were|has been|have been|had been)\\s+(?:\\p{L}+ly\\s+)?"
                    + "(?:thought|believed|postulated|presumed|assumed|hypothesi[sz]ed|proposed|suggested|speculated)\\s+to)\\b");
    private static final Pattern CORRELATION = Pattern.compile(
            "correlat\\w*|predict\\w*|relationship|\\bassociat\\w* with (?:significantly )?(?:higher|lower|elevated|increased|decreased|reduced|greater|high|low)\\b"
                    + "|\\b(?:are|were|is|was|been) (?:\\w+ )?(?:associated|linked|related) (?:with|to) (?!an? (?:increase|decrease|rise|fall|reduction|elevation))"
                    + "|\\brisk\\b|odds ratio|regression");
    /**
     * A group said to be associated with a higher or lower amount: "the variant carriers were associated with higher
     * levels of IL-6", "patients with OSA were associated with elevated TNF-α". The group against the rest is a group
     * difference, which the guidelines count, not a correlation of two measures ("IL-6 was associated with higher pain").
     */
    private static final Pattern GROUP_ASSOCIATION = Pattern.compile(
            "\\b(?:carriers|patients|subjects|individuals|participants|women|men|children|groups?|mice|rats|those|homozygotes"
                    + "|heterozygotes|cases|smokers)(?:\\s+(?:with|without|of|carrying|having)\\s+[^,;.]{1,40}?)?\\s+(?:were|was|are|is)\\s+(?:\\p{L}+ly\\s+)?associated with (?:significantly )?"
                    + "(?:higher|lower|elevated|increased|decreased|reduced|greater)\\b");
    /**
     * A predicate of correlation conjoined to the clause's own: "IFN-β led to a prompter increase of plasma IL-6 ... and
     * correlated to more intense side effects". The change before it is stated; the correlation is another predicate's.
     */
    private static final Pattern CONJOINED_CORRELATION = Pattern.compile(
            ",?\\s+and\\s+(?:\\p{L}+ly\\s+)?(?:was\\s+|were\\s+)?(?:\\p{L}+ly\\s+)?(?:correlated|associated|related)\\s+(?:with|to)\\b");
    /** Correlations and predictions, even beside a comparison ("the correlation ... was stronger than in controls"). */
    private static final Pattern STRONG_CORRELATION = Pattern.compile("correlat|predict|relationship");
    /** A prediction as the standard of a comparative: "than predicted", "than was predicted", "than the predicted". */
    private static final Pattern THAN_PREDICTED = Pattern.compile(
            "\\bthan\\s+(?:the\\s+)?(?:(?:was|were|is|are|had\\s+been)\\s+)?(?:\\p{L}+ly\\s+)?predicted\\b");
    private static final Pattern COMPARATOR = Pattern.compile(
            "compared|\\bthan\\b|versus|\\bvs\\b|relative to|in comparison|as opposed to");
    /** "We showed that X could reduce ...": a modal after a result verb states the result. */
    private static final Pattern RESULT_THAT = Pattern.compile(
            "\\b(?:showed|shown|demonstrated|revealed|found|observed|confirmed)\\s+that\\b");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("\\b(?:who|whom|whose|which)\\b");

    /** Hedges (speculation, aims, predictions), looked up word by word; stems cover "suggests", "hypothesized". */
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "would", "can", "cannot", "possibly",
            "perhaps", "presumably", "potentially", "putative", "whether", "expected", "predicted", "predict",
            "predicts", "likely", "if", "thought", "believed", "postulated",
            // a change in the future tense is an expectation, not a result: "We expect that serum IL-6 will be higher"
            "will", "expect", "expects", "anticipate", "anticipates", "anticipated");
    private static final String[] HEDGE_STEMS = {"suggest", "hypothes", "propos", "speculat"};
    /**
     * A word that may qualify an expectation: "our initial hypothesis", "the a priori prediction", "our working
     * hypothesis", "the prior expectation".
     */
    private static final String EXPECTATION_MODIFIER = "(?:(?:initial|original|main|primary|working|prior|preliminary|a\\s+priori)\\s+)?";
    /** The nouns of an expectation: "hypothesis", "expectations", "prediction". */
    private static final String EXPECTATION_NOUN = "(?:hypothes[ie]s|expectations?|predictions?)";
    /** What an expectation is called in {@link #AGREEMENT}: "expected", "our hypothesis", "the predictions". */
    private static final String EXPECTATION = EXPECTATION_MODIFIER + "(?:" + EXPECTATION_NOUN
            + "|expected|anticipated|predicted|hypothesi[sz]ed|postulated)";
    /** The words of agreement before an expectation: "consistent with", "in line with", "in keeping with". */
    private static final String AGREEING_WITH = "(?:in\\s+line|consistent|in\\s+agreement|in\\s+keeping|in\\s+accordance|concordant)\\s+with";
    /**
     * A result's agreement or disagreement with an expectation: "As expected, IL-6 was higher ...", "..., as we had
     * predicted", "Contrary to our hypothesis, ...", "Against our expectation, ...", "Consistent with the predictions, ...", "..., confirming our
     * hypothesis". The expectation's words there hedge nothing: the sentence reports the result. Not one that goes on
     * with "that" ("consistent with the hypothesis that IL-6 is raised"), which states the expectation itself; and "as"
     * only where a clause may begin, not in "not as high as expected".
     */
    private static final Pattern AGREEMENT = Pattern.compile("(?:(?:^|[,;:(]\\s*|\\b(?:and|but)\\s+)as\\s+(?:we\\s+(?:had\\s+)?|had\\s+been\\s+"
            + "|was\\s+|has\\s+been\\s+|is\\s+)?(?:expected|anticipated|predicted|hypothesi[sz]ed|postulated)"
            + "|\\b(?:contrary\\s+to|against(?:\\s+all)?)\\s+(?:(?:our|the)\\s+|what\\s+(?:we\\s+(?:had\\s+)?|was\\s+|had\\s+been\\s+))?"
            + EXPECTATION
            + "|\\b" + AGREEING_WITH + "\\s+(?:(?:our|the)\\s+|what\\s+we\\s+(?:had\\s+)?)" + EXPECTATION
            + "|\\bconfirm(?:ing|ed|s)?\\s+(?:our|the)\\s+" + EXPECTATION + ")\\b(?!\\s+that\\b)");
    /** The verbs of an expectation that {@link #resultAfterExpectation} knows. */
    private static final String EXPECTING = "(?:initially\\s+|originally\\s+)?(?:hypothesi[sz]ed|predicted|expected|anticipated|postulated)\\b";
    /** An optional section label or leading adverb before an expectation: "Results: ", "Furthermore, ". */
    private static final String LEAD = "(?:[a-z ]{2,30}: |[a-z]+,\\s+)?";
    /**
     * "We (had) hypothesized that ...", "It was predicted that ...": an expectation that a result may follow after
     * {@link #TURN}.
     */
    private static final Pattern EXPECTATION_FIRST = Pattern.compile(LEAD + "(?:we\\s+(?:had\\s+)?|it\\s+(?:was|had\\s+been)\\s+)"
            + EXPECTING);
    /**
     * Where a result turns away from the expectation before it: "; however,", ", but", ", whereas", ", and indeed"; not
     * ", but not" or ", but that", which go on with the expectation ("would rise in patients, but not in controls").
     */
    private static final Pattern TURN = Pattern.compile(
            ";\\s*(?:however|but|yet|instead|in\\s+contrast|contrary\\s+to\\s+this|indeed)\\b,?\\s*"
                    + "|,\\s*(?:but|whereas|however,|yet|and\\s+indeed,?)\\s+(?!not\\b|that\\b)");
    /**
     * An expectation in a leading phrase or subordinate clause, whose main clause after a comma may state the result:
     * "Although we had expected an increase, ...", "Although an increase was predicted, ...", "Consistent with our
     * hypothesis that IL-17A drives inflammation, ...", "Contrary to the prediction that ..., ".
     */
    private static final Pattern EXPECTATION_BEFORE_COMMA = Pattern.compile(LEAD
            + "(?:(?:although|though)\\s+(?:we\\s+(?:had\\s+)?|it\\s+(?:was|had\\s+been)\\s+|[^,;:()]{1,80}?\\s+(?:was|were|had\\s+been)\\s+)"
            + EXPECTING
            + "|(?:contrary\\s+to|" + AGREEING_WITH + ")\\s+(?:our|the)\\s+" + EXPECTATION_MODIFIER + EXPECTATION_NOUN + "\\s+that\\b)");
    /** "The hypothesis that serum IL-18 would be elevated was confirmed: ...": the result follows the colon or semicolon. */
    private static final Pattern EXPECTATION_CONFIRMED = Pattern.compile(LEAD
            + "(?:the|our)\\s+" + EXPECTATION_MODIFIER + EXPECTATION_NOUN + "\\s+that\\b"
            + "[^;:]{1,200}?\\b(?:was|were|is|are|has\\s+been|have\\s+been)\\s+(?:not\\s+)?(?:\\p{L}+ly\\s+)?(?:confirmed|supported|borne\\s+out|verified)"
            + "\\s*[:;]\\s*");
    /**
     * A verb in the past tense: "was", "had", "remained", "rose", or a word in "-ed" that no "is", "be", "to" or modal
     * makes a present, future or infinitive ("is reduced", "would be elevated", "to be increased").
     */
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|remained|rose|fell|did|became)\\b"
            + "|(?<!\\b(?:is|are|be|been|being|to|not|will|would|may|might|could|can|should)\\s)\\b(?!indeed\\b|need\\b|exceed|proceed|succeed)"
            + "\\p{L}{2,}ed\\b");

    /**
     * The end of an expectation that a pronoun and an auxiliary alone confirm or deny, to the sentence's end: ", and
     * indeed it did", ", and indeed they were", "; indeed, it was", ", but it did not", ", but they were not". Group 1 holds
     * a turn ("but", "however"), group 2 the negation: either denies the expectation.
     */
    private static final Pattern PRO_FORM_RESULT = Pattern.compile(
            "(?:,\\s*(?:and\\s+(?:indeed,?\\s+)?|(but)\\s+)|;\\s*(?:indeed|(but|however)),?\\s+)(?:it|they|this)\\s+"
                    + "(?:did|was|were|does|is|has|have|had)(\\s+not|n't)?\\s*[.!]?\\s*$");
    /** "that" after the verb of an expectation: "We predicted that ...". */
    private static final Pattern THAT = Pattern.compile("\\s*that\\b\\s*");

    /** Stems one of which every expectation {@link #AGREEMENT} and {@link #resultAfterExpectation} know holds. */
    private static final String[] EXPECTATION_STEMS = {"expect", "anticipat", "predict", "hypothes", "postulat"};
    /** A relative word right before "will": "patients who will develop sepsis", "a treatment that will be given". */
    private static final Pattern FUTURE_GROUP = Pattern.compile("\\b(?:who|which|that|whom)\\s+$");
    private static final Set<String> MODALS = Set.of("may", "might", "could", "would", "can", "will");
    /** A clause that asks: a question word or an auxiliary first, after a conjunction ("but is this increase causal"). */
    private static final Pattern QUESTION_CLAUSE = Pattern.compile("\\s*(?:(?:but|and|yet|so|or)\\s+)?(?:is|are|was|were|do|does|did"
            + "|can|could|should|would|will|has|have|had|what|which|why|how|whether|who)\\b", Pattern.CASE_INSENSITIVE);
    /** Marks that may close a sentence after its last mark: quotes and brackets. */
    private static final String CLOSERS = "\"')]}\u201d\u2019";

    private Hedging() {
    }

    /**
     * {@code sentence} with each phrase of a result's agreement with an expectation ("as expected", "contrary to our
     * hypothesis", "consistent with the predictions") blanked, so that the hedges and aims sought in it are the
     * sentence's own; the same length, so offsets hold. The sentence itself when it has none.
     */
    static String withoutAgreements(String sentence) {
        Matcher m = AGREEMENT.matcher(sentence);
        if (!namesAnExpectation(sentence) || !m.find()) {
            return sentence;
        }
        char[] chars = sentence.toCharArray();
        do {
            for (int k = m.start(); k < m.end(); k++) {
                if (Character.isLetter(chars[k])) {
                    chars[k] = ' ';
                }
            }
        } while (m.find());
        return new String(chars);
    }

    /**
     * Where the result begins in a sentence that states an expectation first and a result in a later clause, or -1.
     * The expectation opens the sentence and its result follows:
     * <ul>
     * <li>"We (had) hypothesized / predicted / expected / anticipated / postulated that ..." (or "It was ...") up to the
     * first turn: "; however," ("; but", "; yet", "; instead", "; in contrast", "; indeed"), ", but", ", whereas",
     * ", however,", ", yet", ", and indeed";</li>
     * <li>"Although we (had) expected ...", "Although an increase was predicted ...", "Consistent with (In line with,
     * In agreement with, In keeping with, In accordance with, Concordant with, Contrary to) our hypothesis
     * (expectation, prediction) that ..." up to the first comma outside brackets that does not go on with a list's
     * next name ("... an increase in IL-6, IL-8 and TNF, IL-5 decreased" begins at "IL-5");</li>
     * <li>"The (Our) hypothesis (expectation, prediction) that ... was (is, has been) (not) confirmed (supported,
     * borne out, verified)" up to the colon or semicolon after it.</li>
     * </ul>
     * The part from there on must name an entity and hold a verb in the past tense ({@link #PAST}): "..., whereas
     * IL-10 would fall" and "..., whereas IL-10 is reduced" are still part of the expectation, and "..., we measured
     * it weekly" names nothing. The caller reads only that part: the expectation before it states no result.
     *
     * @param sentence the lower-cased sentence (after {@link #withoutAgreements})
     * @param entities the entities' {@code [start, end)} offsets, in order
     */
    static int resultAfterExpectation(String sentence, List<int[]> entities) {
        if (entities.isEmpty() || !namesAnExpectation(sentence)) {
            return -1;
        }
        int start = -1;
        Matcher m = EXPECTATION_FIRST.matcher(sentence);
        if (m.lookingAt()) {
            Matcher turn = TURN.matcher(sentence);
            start = turn.find(m.end()) ? turn.end() : -1;
        } else if ((m = EXPECTATION_BEFORE_COMMA.matcher(sentence)).lookingAt()) {
            start = mainClauseAfter(sentence, m.end(), entities);
        } else if ((m = EXPECTATION_CONFIRMED.matcher(sentence)).lookingAt()) {
            start = m.end();
        }
        if (start < 0 || start >= sentence.length() || entities.get(entities.size() - 1)[0] < start) {
            return -1;
        }
        return PAST.matcher(sentence).region(start, sentence.length()).find() ? start : -1;
    }

    /**
     * The expectation that a pronoun alone confirms or denies after it ("We predicted that exercise would raise IL-6,
     * and indeed it did"; "We expected IL-10 to be lower in patients, but it was not"): the result clause names no
     * entity, and the sentence asserts, or denies, what the expectation says of the entity it names. The expectation
     * opens the sentence as in {@link #resultAfterExpectation} ("We (had) hypothesized / predicted / expected ...",
     * "It was predicted ...") and the pronoun clause ends it. Null for any other sentence.
     *
     * @param sentence the lower-cased sentence (after {@link #withoutAgreements})
     * @param entities the entities' {@code [start, end)} offsets, in order
     * @return {@code {start, end, denied}}: where the expectation's content begins (after "that") and ends (at the
     *         pronoun clause), and 1 when the pronoun clause denies it ("but it did not", "but it did"), else 0
     */
    static int[] expectationConfirmedByPronoun(String sentence, List<int[]> entities) {
        if (entities.isEmpty() || !namesAnExpectation(sentence)) {
            return null;
        }
        Matcher m = EXPECTATION_FIRST.matcher(sentence);
        if (!m.lookingAt()) {
            return null;
        }
        Matcher result = PRO_FORM_RESULT.matcher(sentence);
        if (!result.find(m.end())) {
            return null;
        }
        int start = m.end();
        Matcher that = THAT.matcher(sentence).region(start, result.start());
        if (that.lookingAt()) {
            start = that.end();
        }
        boolean named = false;
        for (int[] e : entities) {
            named |= e[0] >= start && e[1] <= result.start();
        }
        if (!named || TURN.matcher(sentence).region(start, result.start()).find()) {
            return null; // no entity in the expectation, or a turn before the pronoun: a result of its own comes first
        }
        // "..., but it did not" and "..., but it did" ("would not change, but it did") deny the expectation alike
        boolean denied = result.group(1) != null || result.group(2) != null || result.group(3) != null;
        return new int[] {start, result.start(), denied ? 1 : 0};
    }

    /**
     * An expectation's content as a statement of what happened, the same length: "would be" and "to be" become "was",
     * another modal before a verb a blank ("exercise would raise IL-6" reads "exercise raise IL-6"), so that its
     * direction words read as they would in a result.
     */
    static String asStated(String content) {
        Matcher m = EXPECTED_FORM.matcher(content);
        StringBuilder out = new StringBuilder(content.length());
        int last = 0;
        while (m.find()) {
            out.append(content, last, m.start());
            String form = m.group();
            out.append(form.endsWith("be") ? " ".repeat(form.length() - 3) + "was" : " ".repeat(form.length()));
            last = m.end();
        }
        return out.append(content, last, content.length()).toString();
    }

    /** The modal or infinitive forms {@link #asStated} rewrites. */
    private static final Pattern EXPECTED_FORM = Pattern.compile(
            "\\b(?:(?:would|will|should|might|may|could)(?:\\s+(?:still\\s+|also\\s+)?be\\b)?|to\\s+be\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * Where the main clause begins after a leading phrase or subordinate clause that ends at or after {@code from}: after
     * the first comma outside brackets that is not between two names of a list, or -1.
     */
    private static int mainClauseAfter(String sentence, int from, List<int[]> entities) {
        int depth = 0;
        for (int i = from; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ';' || c == ':') {
                return -1; // no comma before the clause ends
            } else if (c == ',' && depth == 0) {
                int next = i + 1;
                while (next < sentence.length() && Character.isWhitespace(sentence.charAt(next))) {
                    next++;
                }
                if (!(endsWithName(i, entities) && listGoesOn(sentence, next, entities))) {
                    return next;
                }
            }
        }
        return -1;
    }

    /** Whether a name ends right before {@code at}. */
    private static boolean endsWithName(int at, List<int[]> entities) {
        for (int[] e : entities) {
            if (e[1] == at) {
                return true;
            }
        }
        return false;
    }

    /** Whether a list of names goes on at {@code at}: "(and|or) NAME" followed by a comma, "and", "or" or a bracket. */
    private static boolean listGoesOn(String sentence, int at, List<int[]> entities) {
        Matcher conj = LIST_CONJUNCTION.matcher(sentence).region(at, sentence.length());
        int nameAt = conj.lookingAt() ? conj.end() : at;
        for (int[] e : entities) {
            if (e[0] == nameAt) {
                return LIST_AFTER_NAME.matcher(sentence).region(e[1], sentence.length()).lookingAt();
            }
        }
        return false;
    }

    private static final Pattern LIST_CONJUNCTION = Pattern.compile("(?:and|or)\\s+");
    private static final Pattern LIST_AFTER_NAME = Pattern.compile("\\s*(?:[,)]|(?:and|or)\\s)");

    /** Whether the lower-cased {@code sentence} holds a stem of an expectation: a cheap test before the patterns that need one. */
    private static boolean namesAnExpectation(String sentence) {
        for (String stem : EXPECTATION_STEMS) {
            if (sentence.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence states an aim, hypothesis or method and no result. */
    static boolean isAimOrMethod(String sentence) {
        boolean aimOrMethod = AIM_START.matcher(sentence).lookingAt()
                || ((sentence.contains("hypothesi") || sentence.contains("we aimed") || sentence.contains("we sought")
                        || sentence.contains("was to ")) && AIM.matcher(sentence).find())
                || ((sentence.contains("was ") || sentence.contains("were ") || sentence.contains("been "))
                        && mayReportAMethod(sentence) && METHOD.matcher(sentence).find());
        return aimOrMethod && !RESULT.matcher(sentence).find();
    }

    /**
     * Where the question a sentence ends with begins, or -1 when it ends with no question mark (past
     * closing quotes and brackets). A question asks what a finding would assert ("Is IL-6 raised in
     * fibromyalgia?"); in a title or list it may follow a statement, after the last colon or
     * semicolon ("Circadian elevation of IL-6 levels in ...: a disorder of the neuro-immune axis?"
     * states the elevation and asks what it means; "two questions remain: (1) what mechanism underlies
     * the loss of control of TNF levels in patients?" states nothing), or after a comma where a
     * question word opens a clause ("IL-6 was increased in patients, but is this increase causal?").
     */
    static int questionStart(String sentence) {
        int i = sentence.length() - 1;
        while (i >= 0 && (Character.isWhitespace(sentence.charAt(i)) || CLOSERS.indexOf(sentence.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0 || sentence.charAt(i) != '?') {
            return -1;
        }
        int start = Math.max(sentence.lastIndexOf(':', i), sentence.lastIndexOf(';', i)) + 1;
        for (int comma = sentence.indexOf(',', start); comma >= 0 && comma < i; comma = sentence.indexOf(',', comma + 1)) {
            if (QUESTION_CLAUSE.matcher(sentence).region(comma + 1, i).lookingAt()) {
                return comma + 1;
            }
        }
        return start;
    }

    /**
     * Whether the clause {@code [from, to)} is a correlation or prediction rather than a comparison. "than predicted"
     * names a standard an amount is set against ("IL-10 was lower than predicted, and lower than in controls"), not a
     * prediction of one thing by another.
     */
    static boolean correlational(String sentence, int from, int to) {
        String clause = THAN_PREDICTED.matcher(sentence.substring(from, to)).replaceAll(" ");
        Matcher conjoined = CONJOINED_CORRELATION.matcher(clause);
        if (conjoined.find() && conjoined.start() > 0) {
            clause = clause.substring(0, conjoined.start()); // "led to a prompter increase of IL-6 ... and correlated to ..."
        }
        return mayCorrelate(clause) && (STRONG_CORRELATION.matcher(clause).find()
                || CORRELATION.matcher(clause).find() && !COMPARATOR.matcher(clause).find()
                        && !GROUP_ASSOCIATION.matcher(clause).find());
    }

    /**
     * Whether a statement is speculation: a hedge in its clause before the statement's end ("autism may
     * be accompanied by increased NGF"), or a modal of which the mention's noun phrase is the
     * subject ("high levels of NPY ... might have a clinical significance"). A modal after "showed
     * that" states a result ("showed that BZBS could significantly reduce CGRP").
     *
     * @param clauseEnd    the end of the statement's clause
     * @param hedgeEnd     the end of the clause's first hedge word ({@link #firstHedgeEnd})
     * @param statementEnd the end of the later of the mention and the cue
     * @param cueBeforeMention whether the cue precedes the mention
     */
    static boolean speculative(String sentence, int clauseEnd, int hedgeEnd, int mentionEnd, int statementEnd,
                               boolean cueBeforeMention) {
        if (hedgeEnd <= statementEnd && !resultModal(sentence, hedgeEnd)) {
            return true;
        }
        if (MODAL_AFTER.matcher(sentence.substring(statementEnd, Math.min(sentence.length(), statementEnd + 40))).find()) {
            return true;
        }
        return cueBeforeMention && MODAL.matcher(sentence.substring(mentionEnd, clauseEnd)).find()
                && !RELATIVE_CLAUSE.matcher(sentence.substring(mentionEnd, clauseEnd)).find();
    }

    /** A modal that follows "showed that", "demonstrated that" in the sentence: a finding, not a guess. */
    private static boolean resultModal(String sentence, int hedgeEnd) {
        int start = hedgeEnd;
        while (start > 0 && Character.isLetter(sentence.charAt(start - 1))) {
            start--;
        }
        if (!MODALS.contains(sentence.substring(start, hedgeEnd))) {
            return false;
        }
        return RESULT_THAT.matcher(sentence.substring(0, start)).find();
    }

    /** The end of the first hedge word in {@code [from, to)}, or {@link Integer#MAX_VALUE}. */
    static int firstHedgeEnd(String s, int from, int to) {
        int i = from;
        while (i < to) {
            if (!Character.isLetter(s.charAt(i)) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && Character.isLetter(s.charAt(end))) {
                end++;
            }
            String word = s.substring(i, end);
            if (word.equals("will") && FUTURE_GROUP.matcher(s.substring(Math.max(from, i - 8), i)).find()) {
                i = end; // "Patients who will develop sepsis had higher IL-6": the future names the group, not the result
                continue;
            }
            if (HEDGES.contains(word)) {
                return end;
            }
            for (String stem : HEDGE_STEMS) {
                if (word.startsWith(stem)) {
                    return end;
                }
            }
            i = end;
        }
        return Integer.MAX_VALUE;
    }

    /** A cheap test before {@link #METHOD}: each of its verbs begins with one of these. */
    private static boolean mayReportAMethod(String sentence) {
        for (String stem : METHOD_STEMS) {
            if (sentence.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] METHOD_STEMS = {"measured", "assessed", "determined", "analy", "quantified", "evaluated",
        "examined", "assayed", "obtained", "collected", "recorded", "studied", "monitored", "investigated", "sampled", "tested"};

    /** A cheap test before {@link #CORRELATION}: each of its alternatives holds one of these. */
    static boolean mayCorrelate(String clause) {
        return clause.contains("correlat") || clause.contains("predict") || clause.contains("associat")
                || clause.contains("relationship")
                || clause.contains("linked") || clause.contains("related") || clause.contains("risk")
                || clause.contains("odds") || clause.contains("regression");
    }
}
