package org.evidentia.plugins.cytokine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.Direction;
import org.evidentia.plugins.cytokine.lexicon.Mention;

/**
 * Reads one sentence: which of its cytokine mentions are stated, as a result, to have increased,
 * decreased or stayed unchanged.
 *
 * <p>The sentence is cut into clauses (at {@code ;}, "whereas", "while", "but", ...). In a clause a
 * mention takes the direction of the cue that modifies its noun phrase ("increased serum levels of
 * IL-2, IL-8 and IL-1Ra", shared by the whole list) or else of the first predicate after it ("IL-6
 * and TNF-α levels were higher"). A clause that continues a {@code ;}-separated list without a cue of
 * its own keeps the previous clause's direction. Aims, methods, speculation, correlations without a
 * group comparison and cytokines named as causes give nothing.
 */
public final class SentenceReader {

    /**
     * One mention read as a finding.
     *
     * @param mention     the mention (sentence offsets)
     * @param direction   its direction
     * @param clauseStart start of its clause in the sentence
     * @param clauseEnd   end of its clause
     */
    public record Reading(Mention mention, Direction direction, int clauseStart, int clauseEnd) {
    }

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
    private static final Pattern MODAL = Pattern.compile("\\b(?:may|might|could|would)\\b");
    /** "Increased IL-6 (levels) could contribute": the statement is a speculation about the change. */
    private static final Pattern MODAL_AFTER = Pattern.compile(
            "^\\s*(?:[\\p{L}-]+\\s+){0,2}(?:may|might|could|would|can)\\b");
    private static final Pattern CORRELATION = Pattern.compile(
            "correlat\\w*|predict\\w*|relationship|\\bassociat\\w* with (?:significantly )?(?:higher|lower|elevated|increased|decreased|reduced|greater|high|low)\\b"
                    + "|\\b(?:are|were|is|was|been) (?:\\w+ )?(?:associated|linked|related) (?:with|to) (?!an? (?:increase|decrease|rise|fall|reduction|elevation))"
                    + "|\\brisk\\b|odds ratio|regression");
    /** Correlations and predictions, even beside a comparison ("the correlation ... was stronger than in controls"). */
    private static final Pattern STRONG_CORRELATION = Pattern.compile("correlat|predict|relationship");
    private static final Pattern COMPARATOR = Pattern.compile(
            "compared|\\bthan\\b|versus|\\bvs\\b|relative to|in comparison|as opposed to");
    /** Words that end a noun phrase: a cue before them cannot modify a mention after them. */
    private static final Pattern NOT_A_NOUN_PHRASE = Pattern.compile(
            "\\b(?:was|were|is|are|be|been|being|had|has|have|did|does|do|showed|show|shows|found|revealed|displayed"
                    + "|exhibited|that|which|who|whereas|while|but|than|although"
                    + "|(?:improv|caus|lead|result|suggest|indicat|report|contribut|establish|mak)(?:es|ed|ing|s)|led)\\b|[.;]");
    private static final Pattern BE_BEFORE = Pattern.compile(
            "\\b(?:was|were|is|are|be|been|being|became|become|remained)\\s+(?:\\w+ly\\s+|not\\s+|also\\s+|found\\s+to\\s+be\\s+)*$");
    private static final Pattern BE_BETWEEN = Pattern.compile(
            "\\b(?:was|were|is|are|been|remained|became|showed|displayed|tended)\\b");
    /** A clause whose subject is the previous clause's cytokines: "but levels ...", "while no differences ...". */
    private static final Pattern SAME_SUBJECT = Pattern.compile(
            "\\s*(?:(?:whereas|while|but|although|though|however|in contrast|conversely),?\\s+)?"
                    + "(?:(?:the|their|its|mean|these)\\s+)?(?:levels?|concentrations?|values|no (?:significant )?differences?)\\b");
    /** Prepositions that attach a phrase to another noun than the cytokine's ("of", "in", "with" do not). */
    private static final Pattern OTHER_HEAD = Pattern.compile(
            "\\b(?:upon|after|during|on|for|to|from|at|through|via|under|into|between|among|by|despite)\\b");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("\\b(?:who|whom|whose|which)\\b");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?:the|a|an|this|that|its|their)\\s+$");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*([\\p{L}]+)");
    /** Words that may follow a predicate ("were higher in", "increased after"), not an object noun. */
    static final Set<String> PREDICATE_FOLLOWERS = Set.of(
            "in", "at", "on", "after", "during", "by", "than", "compared", "relative", "versus", "vs", "with", "among",
            "from", "to", "over", "when", "following", "across", "and", "or", "but", "whereas", "while", "only", "before",
            "for", "as", "within", "throughout", "between", "both", "up", "again", "further", "also", "still", "until",
            "levels", "level", "concentrations", "amounts", "all", "each", "overnight", "postoperatively",
            "afterwards", "thereafter", "later", "early", "immediately", "most", "more", "less", "even", "there",
            "about", "around", "under", "upon", "despite", "regardless", "irrespective",
            "twofold", "threefold", "fourfold", "tenfold", "two", "three", "four", "five", "ten", "nearly", "almost",
            "approximately", "down", "per");
    private static final Pattern SIMILAR = Pattern.compile("similar|comparable");

    private SentenceReader() {
    }

    /** The findings stated in the sentence {@code original}, whose cytokine {@code mentions} are given in sentence offsets. */
    public static List<Reading> read(String original, List<Mention> mentions) {
        // The rules' patterns are written in lower case and applied to a lower-cased copy: matching
        // without CASE_INSENSITIVE is several times faster. Offsets stay valid (same length).
        String sentence = original.toLowerCase(Locale.ROOT);
        if (sentence.length() != original.length()) {
            sentence = original;
        }
        if (mentions.isEmpty() || isAimOrMethod(sentence)) {
            return List.of();
        }
        List<Mention> measured = MentionFilter.measured(original, mentions);
        List<Reading> readings = new ArrayList<>();
        Direction carried = null;
        int clauseStart = 0;
        List<int[]> clauses = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && c == ';') {
                clauses.add(new int[] {clauseStart, i, 1});
                clauseStart = i + 1;
            } else if (depth == 0 && c == ' ' && i > 0 && sentence.charAt(i - 1) != ' ') {
                int next = i;
                while (next < sentence.length() && sentence.charAt(next) == ' ') {
                    next++;
                }
                boolean comma = sentence.charAt(i - 1) == ',';
                if (startsClause(sentence, next) || (comma && sentence.startsWith("the ", next))) {
                    int breakStart = comma ? i - 1 : i;
                    if (breakStart > clauseStart) {
                        clauses.add(new int[] {clauseStart, breakStart, 0});
                        clauseStart = next;
                    }
                }
            }
        }
        clauses.add(new int[] {clauseStart, sentence.length(), 0});
        boolean afterSemicolon = false;
        List<Mention> previousClause = List.of();
        for (int[] clause : clauses) {
            int start = clause[0];
            int end = clause[1];
            List<Cue> cues = DirectionCues.find(sentence, start, end);
            String clauseText = sentence.substring(start, end);
            boolean correlational = mayCorrelate(clauseText) && (STRONG_CORRELATION.matcher(clauseText).find()
                    || CORRELATION.matcher(clauseText).find() && !COMPARATOR.matcher(clauseText).find());
            int hedgeEnd = firstHedgeEnd(sentence, start, end);
            Direction last = null;
            List<Mention> read = new ArrayList<>();
            boolean namesCytokine = false;
            for (Mention m : measured) {
                if (m.start() < start || m.end() > end) {
                    continue;
                }
                namesCytokine = true;
                Cue cue = choose(sentence, m, cues, measured);
                Direction direction;
                if (cue != null) {
                    if (speculative(sentence, m, cue, hedgeEnd, end)) {
                        continue;
                    }
                    direction = cue.direction();
                } else if (afterSemicolon && carried != null && cues.isEmpty()
                        && !NOT_A_NOUN_PHRASE.matcher(clauseText.replaceFirst("[.!?]\\s*$", "")).find()) {
                    direction = carried; // "...; increased gp130; and IL-1β, IL-6 and TNF-α in skin biopsies"
                } else {
                    continue;
                }
                if (correlational) {
                    continue;
                }
                readings.add(new Reading(m, direction, start, end));
                read.add(m);
                last = direction;
                Cue unchangedHead = cue == null ? null : negatedHead(sentence, cue, cues);
                if (unchangedHead != null) {
                    // "did not affect the endotoxin-induced increase in TNF-α": increased, and unchanged by time of day
                    readings.add(new Reading(m, Direction.UNCHANGED, start, end));
                }
            }
            if (!namesCytokine && !previousClause.isEmpty() && !cues.isEmpty() && !correlational
                    && SAME_SUBJECT.matcher(clauseText).lookingAt() && firstHedgeEnd(sentence, start, end) == Integer.MAX_VALUE) {
                // "IL-6 rose during stage 2 sleep, but levels during slow wave sleep were not different"
                for (Mention m : previousClause) {
                    readings.add(new Reading(m, cues.get(0).direction(), start, end));
                }
            }
            previousClause = read;
            if (last != null) {
                carried = last;
            } else if (!cues.isEmpty()) {
                carried = null;
            }
            afterSemicolon = clause[2] == 1;
        }
        return readings;
    }

    /** The words that open a new clause: "..., whereas IL-10 fell". */
    private static final String[] CLAUSE_OPENERS = {"whereas", "while", "but", "although", "though", "however",
            "in contrast", "conversely"};

    private static boolean startsClause(String s, int at) {
        for (String opener : CLAUSE_OPENERS) {
            if (s.startsWith(opener, at) && (at + opener.length() == s.length()
                    || !Character.isLetterOrDigit(s.charAt(at + opener.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Hedges (speculation, aims, predictions), looked up word by word; stems cover "suggests", "hypothesized". */
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "would", "can", "cannot", "possibly",
            "perhaps", "presumably", "potentially", "putative", "whether", "expected", "predicted", "predict",
            "predicts", "likely", "if");
    private static final String[] HEDGE_STEMS = {"suggest", "hypothes", "propos", "speculat"};

    /** The end of the first hedge word in {@code [from, to)}, or {@link Integer#MAX_VALUE}. */
    private static int firstHedgeEnd(String s, int from, int to) {
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

    /** A cheap test before {@link #CORRELATION}: each of its alternatives holds one of these. */
    private static boolean mayCorrelate(String clause) {
        return clause.contains("correlat") || clause.contains("predict") || clause.contains("associat")
                || clause.contains("relationship")
                || clause.contains("linked") || clause.contains("related") || clause.contains("risk")
                || clause.contains("odds") || clause.contains("regression");
    }

    private static boolean isAimOrMethod(String sentence) {
        boolean aimOrMethod = AIM_START.matcher(sentence).lookingAt()
                || ((sentence.contains("hypothesi") || sentence.contains("we aimed") || sentence.contains("we sought")
                        || sentence.contains("was to ")) && AIM.matcher(sentence).find())
                || ((sentence.contains("was ") || sentence.contains("were ") || sentence.contains("been "))
                        && METHOD.matcher(sentence).find());
        return aimOrMethod && !RESULT.matcher(sentence).find();
    }

    /** The cue that gives {@code m} its direction, or null. */
    private static Cue choose(String s, Mention m, List<Cue> cues, List<Mention> mentions) {
        Cue pre = null;
        Cue post = null;
        for (Cue cue : cues) {
            if (cue.end() <= m.start()) {
                pre = cue;
            } else if (cue.start() >= m.end() && post == null && validPredicate(s, cue)) {
                post = cue;
            }
        }
        if (post != null && newSubjectBetween(s, m.end(), post.start(), mentions)) {
            post = null; // "After including sTNF-R1, the variance explained increased": the cue has its own subject
        }
        if (post != null && RELATIVE_CLAUSE.matcher(s.substring(m.end(), post.start())).find()) {
            post = null; // "soluble IL-6 receptor in patients who are depressed": the cue is about the patients
        }
        boolean preValid = pre != null && modifies(s, pre, m, mentions);
        boolean postIsPredicate = post != null && BE_BETWEEN.matcher(s.substring(m.end(), post.start())).find();
        if (preValid && !postIsPredicate) {
            return pre;
        }
        return post;
    }

    /**
     * Whether a comma between a mention and a later cue is followed by a word that starts a new noun
     * phrase, rather than by another cytokine of a list, a conjunction or an adverb.
     */
    private static boolean newSubjectBetween(String s, int from, int to, List<Mention> mentions) {
        int last = -1;
        for (int comma = s.indexOf(',', from); comma >= 0 && comma < to; comma = s.indexOf(',', comma + 1)) {
            if (!insideBrackets(s, from, comma)) {
                last = comma;
            }
        }
        if (last < 0) {
            return false;
        }
        int next = last + 1;
        while (next < to && s.charAt(next) == ' ') {
            next++;
        }
        for (Mention other : mentions) {
            if (other.start() == next) {
                return false; // another cytokine of the list
            }
        }
        Matcher word = NEXT_WORD.matcher(s.substring(next, to));
        if (!word.find() || LIST_CONTINUATION.contains(word.group(1))) {
            return false;
        }
        // A short item ("LTB4, and PAF were") continues the list; a longer phrase is a new subject.
        return s.substring(next, to).trim().split("\\s+").length >= 4;
    }

    private static boolean insideBrackets(String s, int from, int at) {
        int depth = 0;
        for (int i = from; i < at; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static final Set<String> LIST_CONTINUATION = Set.of("and", "or", "as", "but", "however", "also", "both",
            "respectively", "in", "at", "with", "whereas", "while", "which", "measured", "all", "together", "nor",
            "either", "neither", "plus", "each", "whose", "who", "when", "then", "thus", "therefore", "too", "even");

    /** The null-result cue ("did not affect") whose object is the noun phrase headed by {@code cue}, or null. */
    private static Cue negatedHead(String s, Cue cue, List<Cue> cues) {
        if (cue.direction() == Direction.UNCHANGED) {
            return null;
        }
        Cue previous = null;
        for (Cue c : cues) {
            if (c.end() <= cue.start()) {
                previous = c;
            }
        }
        if (previous == null || previous.direction() != Direction.UNCHANGED) {
            return null;
        }
        String gap = s.substring(previous.end(), cue.start());
        return gap.length() <= 40 && !NOT_A_NOUN_PHRASE.matcher(gap).find() && gap.strip().matches("(?i)(?:the|an?|this|that)\\b.*")
                ? previous : null;
    }

    /** Whether {@code cue} before {@code m} modifies its noun phrase: "increased serum levels of [IL-2, IL-8]". */
    private static boolean modifies(String s, Cue cue, Mention m, List<Mention> mentions) {
        String gap = s.substring(cue.end(), m.start());
        int named = 0; // long names in a list ("soluble tumour necrosis factor receptor p55, ...") do not count
        for (Mention other : mentions) {
            if (other.start() >= cue.end() && other.end() <= m.start()) {
                named += other.end() - other.start();
            }
        }
        if (gap.length() - named > 120 || NOT_A_NOUN_PHRASE.matcher(gap).find()) {
            return false;
        }
        int firstMention = m.start();
        for (Mention other : mentions) {
            if (other.start() >= cue.end() && other.start() < firstMention) {
                firstMention = other.start();
            }
        }
        if (cue.direction() != Direction.UNCHANGED && OTHER_HEAD.matcher(s.substring(cue.end(), firstMention)).find()) {
            return false; // "increased proliferation upon ligand activation (IL10 ...)": the cue's noun is another
        }
        String lead = gap.stripLeading();
        if (lead.startsWith(",") || lead.startsWith("and ") || lead.startsWith("or ") || lead.startsWith("by ")) {
            return false; // "IL-6 increased, and IL-10 ..." : the cue closed the previous phrase
        }
        if (cue.direction() == Direction.UNCHANGED && SIMILAR.matcher(s.substring(cue.start(), cue.end())).matches()
                && lead.startsWith("to ")) {
            return false; // "similar to that of IL-6" compares, it does not measure
        }
        return true;
    }

    /** Whether {@code cue} after a mention can be its predicate ("were higher in", not "higher risk"). */
    private static boolean validPredicate(String s, Cue cue) {
        String before = s.substring(Math.max(0, cue.start() - 60), cue.start());
        if (cue.causative()) {
            return BE_BEFORE.matcher(before).find();
        }
        if (cue.direction() == Direction.UNCHANGED && !SIMILAR.matcher(s.substring(cue.start(), cue.end())).matches()) {
            return true; // "did not differ", "unchanged": predicates whatever follows
        }
        if (DETERMINER_BEFORE.matcher(before).find()) {
            return false; // "with respect to the increase": a noun phrase, not a predicate of the mention
        }
        Matcher next = NEXT_WORD.matcher(s.substring(cue.end(), Math.min(s.length(), cue.end() + 40)));
        if (!next.find()) {
            return true;
        }
        String word = next.group(1);
        return PREDICATE_FOLLOWERS.contains(word) || word.endsWith("ly");
    }

    /**
     * Whether the reading is speculation: a hedge in the clause before the statement ("autism may be
     * accompanied by increased IL-1RA"), or a modal of which the mention's noun phrase is the
     * subject ("high levels of IL-6 ... might have a clinical significance").
     */
    private static boolean speculative(String s, Mention m, Cue cue, int hedgeEnd, int clauseEnd) {
        int to = Math.max(m.end(), cue.end());
        if (hedgeEnd <= to
                || MODAL_AFTER.matcher(s.substring(to, Math.min(s.length(), to + 40))).find()) {
            return true;
        }
        return cue.end() <= m.start() && MODAL.matcher(s.substring(m.end(), clauseEnd)).find()
                && !RELATIVE_CLAUSE.matcher(s.substring(m.end(), clauseEnd)).find();
    }
}
