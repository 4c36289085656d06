package org.evidentia.textmining.attribute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.textmining.lexicon.WordLists;

/**
 * The disease or state a statement compares, as free text: named in its clause ("patients with
 * sepsis", "OSAS patients", "DSS colitis mice", "apnoeic males", "the severe OSA group", "children
 * were found to have OSA", else "upregulated in inflammatory bowel disease", "raised in asthmatics"),
 * its abbreviation written out where the record defines it (or, where it does not, as a table of
 * common ones has it when the title or MeSH names that long form), normalised to the record's MeSH
 * descriptor where one matches; else the condition the record's title states for its population;
 * else none (never the title itself). A group named by one
 * condition and qualified by another ("OSAHS patients with ED") has both, the group's first
 * ("obstructive sleep apnea-hypopnea syndrome with erectile dysfunction"), so that neither the
 * disease of the study nor the comorbidity is lost to a focus on the other. Thread-safe.
 */
final class ConditionDetector {

    private static final WordLists WORDS = WordLists.load(ConditionDetector.class, "conditions.tsv");
    /** Names of people in disease names, which keep their capital: "Crohn disease". */
    private static final Set<String> EPONYMS = WORDS.get("eponym");
    /** Words after which a condition phrase has ended. */
    private static final Set<String> PHRASE_ENDS = WORDS.get("end");
    /** Words before a condition that are not part of it: "between", "unlike", a vehicle. */
    private static final Set<String> LEADS = WORDS.get("lead");
    /** Peoples before a condition, which are not part of it ("Japanese narcolepsy"), unless a disease is named after a place. */
    private static final Set<String> PEOPLES = WORDS.get("people");
    /** Words after a people's name that make it part of a disease's ("Japanese encephalitis"). */
    private static final Set<String> PLACE_NAMED = WORDS.get("place-named");
    /** Degrees of a disease, between which "to" goes on: "mild to moderate Alzheimer's disease". */
    private static final Set<String> SEVERITY = WORDS.get("severity");
    /** Nouns after which "of" goes on: "disorders of excessive daytime sleepiness". */
    private static final Set<String> HEADS_OF = WORDS.get("head-of");
    /** British word parts and their American spellings, in the file's order: "pnoe" to "pne" ("apnoea", "apnoeic"). */
    private static final Map<String, String> SPELLINGS = pairs("spelling");
    /**
     * Adjectives that stand for their disease at the end of a condition: "obese" to "obesity"; with
     * an "s", the nouns of their patients do too ("asthmatics", "sleep apneics"); see {@link #adjectiveDisease}.
     */
    private static final Map<String, String> ADJECTIVES = pairs("adjective");
    /** Last words of a measure or a place, not a condition: "apnoea-hypopnoea index", "the general population". */
    private static final Set<String> NOT_CONDITION_ENDS = WORDS.get("not-condition");
    /**
     * Common abbreviations of conditions and their long forms, several for one abbreviation where it
     * has several ("crc > colorectal cancer | crc > colorectal carcinoma"), for abbreviations a record
     * uses without defining them; see {@link #writtenOut}.
     */
    private static final Map<String, List<String>> COMMON_ABBREVIATIONS = abbreviations("abbreviation");
    /**
     * Abbreviations of responses to a treatment ("sd > stable disease"), which are no condition;
     * see {@link #namesResponse}.
     */
    private static final Map<String, List<Pattern>> RESPONSE_ABBREVIATIONS = responses();
    /** Nouns of change, whose "in" names what changed: "increase in", "reduction in", "differences in". */
    private static final Pattern CHANGE_NOUN = Pattern.compile(
            ".*(?:ion|ions|ment|ments|ence|ences)|increases?|decreases?|rises?|falls?|changes?|drops?|loss|gains?");
    /** A number or roman numeral: the end of a gene or group name ("domain 9", "Group II"), not of a condition. */
    private static final Pattern NUMBER = Pattern.compile("\\d+|[ivx]+");

    /**
     * Cells and samples taken from people, whose condition may stand before them as a group's does
     * ("CD macrophages", "UC mucosa", "asthmatic neutrophils"): like a study arm's, it must name a
     * disease ({@code samples} in conditions.tsv).
     */
    private static final Set<String> SAMPLES = WORDS.get("samples");
    /**
     * A phrase that opens a clause with whom an analysis left out, up to its comma ("Excluding patients with
     * undetectable IL-6, ...", "After excluding ..."): the group it names is not the one compared ({@code exclusion} in
     * conditions.tsv).
     */
    private static final Pattern LEADING_EXCLUSION = Pattern.compile("^\\W*(?:after\\s+)?(?:" + String.join("|", WORDS.get("exclusion").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(w -> w.replace(" ", "\\s+")).toList())
            + ")\\b[^,;]*,", Pattern.CASE_INSENSITIVE);
    /** Words that open a list of what the words before them state: "alterations of cytokines in fibromyalgia, including ...". */
    private static final Pattern LIST_OPENER = Pattern.compile("\\b(?:including|such as|namely)\\b");
    /** {@link #LIST_OPENER}'s words in any case, to tell cheaply that no part of a sentence opens a list. */
    private static final Pattern LIST_OPENER_WORDS = Pattern.compile("including|such as|namely", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether a part of {@code sentence} from its start may hold a list opener ({@link #ofListHead}): false when its words
     * are nowhere in it, in any case. Looked for once per sentence, not in the part before each statement's name.
     */
    static boolean mayOpenList(String sentence) {
        return LIST_OPENER_WORDS.matcher(sentence).find();
    }
    /** Words that name the group a condition belongs to. */
    private static final Set<String> GROUPS = Set.of("patients", "patient", "subjects", "children", "women", "men", "adults",
            "individuals", "infants", "mice", "rats", "animals", "cases", "volunteers", "participants", "donors", "males",
            "females", "boys", "girls", "group", "groups");
    /**
     * Group words that name no people, only a study arm: their condition must name a disease ("the
     * severe OSA group" has one, "the LPS group" and "the high-dose group" none).
     */
    private static final Set<String> ARMS = Set.of("group", "groups");
    /** Verbs of "found to have", "shown to have": what a group was found to have is its condition. */
    private static final Set<String> FOUND = Set.of("found", "shown", "known", "confirmed");
    /** Forms of "be" between a group and {@link #FOUND}: "children were found to have". */
    private static final Set<String> BE = Set.of("were", "was", "are", "is");
    /** Words of the control side of a comparison, which a condition's "and" may go on to: "in COPD and in controls". */
    private static final Set<String> CONTROLS = Set.of("controls", "control", "healthy", "normal"); // "group(s)": GROUPS
    /** Words that open a list of conditions, whose first part is not the list's condition: "in both depressed and ...". */
    private static final Set<String> LIST_OPENERS = Set.of("both", "either", "neither");
    /** Words that join a group to its condition: "patients with", "suffering from", "diagnosed with". */
    private static final Set<String> JOINS = Set.of("with", "from", "having");
    /** Words that end a condition phrase. */
    private static final Set<String> ENDS = Set.of("and", "or", "compared", "than", "versus", "vs", "who", "which", "were",
            "was", "had", "have", "showed", "in", "at", "after", "before", "during", "from", "to", "for", "by", "whereas",
            "while", "but", "that", "is", "are", "relative", "as", "on", "of", "between", "among");
    /** Word endings and words that make a phrase a disease or state. */
    private static final Pattern DISEASE = Pattern.compile(
            "(?:itis|osis|emia|aemia|oma|omas|pathy|algia|ism|plasia|trophy|philia|penia|uria|rrhea|rrhoea)$|^(?:disease|disorder|syndrome|cancer|carcinoma|injury"
                    + "|failure|infection|apnea|apnoea|insomnia|depression|obesity|obese|diabetes|diabetic|sepsis|septic|asthma"
                    + "|deprivation|fatigue|pain|schizophrenia|autism|narcolepsy|dementia|stroke|infarction|hypertension|alcoholic"
                    + "|alcoholism|crohn's|crohn’s|crohn|dysfunction|sleepiness|amenorrhea|eclampsia|pre-eclampsia|preeclampsia)$");
    /** Words of a phrase that are not the condition: "healthy", "the", numbers. */
    private static final Set<String> NOT_CONDITION = Set.of("the", "a", "an", "all", "healthy", "control", "normal", "these",
            "those", "both", "in", "of", "and", "or", "male", "female", "adult", "young", "old", "older", "elderly",
            "untreated", "treated", "wild-type", "wt", "c57bl/6", "balb/c", "our", "most", "many", "some", "such", "with",
            "two", "three", "four");

    /**
     * The condition of a statement's clause: of a group it names ("patients with X", "CD
     * macrophages"); else the disease named right after its direction word and "in" ("upregulated in
     * inflammatory bowel disease (IBD)", or after the first "in" of a headline: {@link #afterDirection}),
     * which the sentence states over the record's; else that of the head of a list the statement is in
     * ("alterations of cytokines in fibromyalgia, including increased serum IL-2"); else the record's
     * stated one; else that of patients the clause names by their noun and compares with controls
     * ({@link #patientsNamed}); else null.
     *
     * @param clause     the statement's clause, read once for all its statements ({@link ClauseReading}) by this
     *                   detector for these {@code facts}
     * @param cue        the offset in {@code clause} of the word that states the direction, or a
     *                   negative number or one outside the clause when none does
     * @param beforeName the statement's sentence up to the name of its entity
     * @param mayOpenList {@link #mayOpenList} of the statement's sentence: false when no list opener can be before the name
     */
    String condition(ClauseReading clause, int cue, String beforeName, boolean mayOpenList, RecordFacts facts) {
        String found = clause.inText(this, facts);
        if (found == null) {
            found = afterDirection(clause.text, clause.words(), cue, facts);
        }
        if (found == null && mayOpenList) {
            found = ofListHead(beforeName, facts);
        }
        if (found == null) {
            found = facts.statedCondition();
        }
        return found != null ? found : patientsNamed(clause.text, clause.words(), cue, facts);
    }

    /**
     * A statement's clause as {@link #condition} reads it, its leading exclusion blanked, with what it names whatever the
     * statement: read once for all the statements of the clause rather than once for each (a 2,000-char piece of a
     * stretch with no sentence end may be one clause of a hundred statements; docs/reliability.md). For one detector
     * and one record's facts; not thread-safe.
     */
    static final class ClauseReading {
        /** The clause, with an exclusion that opens it ("After excluding patients with X, ...") blanked; same offsets. */
        private final String text;
        private List<Word> words;
        private boolean inTextKnown;
        private String inText;

        /** @param clause a statement's clause; not null */
        ClauseReading(String clause) {
            Matcher exclusion = LEADING_EXCLUSION.matcher(clause);
            this.text = exclusion.find()
                    ? " ".repeat(exclusion.end()) + clause.substring(exclusion.end()) // blanked, so that offsets keep
                    : clause;
        }

        private List<Word> words() {
            if (words == null) {
                words = Words.of(StatementAttributes.lower(text));
            }
            return words;
        }

        private String inText(ConditionDetector detector, RecordFacts facts) {
            if (!inTextKnown) {
                inText = detector.inText(text, facts);
                inTextKnown = true;
            }
            return inText;
        }
    }

    /**
     * The condition of a disease's patients that the clause names by their noun, the adjective with an
     * "s" ({@code adjective} in conditions.tsv), compared with controls: "not different between insomniacs
     * and controls", or as the clause's subject, before its direction word, where the clause names
     * controls ("alcoholics showed nocturnal elevations of IL-6 as compared to controls"). Elsewhere such
     * a noun is as often a covariate, an exclusion or the comparator ("even after excluding diabetics",
     * "higher than in asthmatics"), so it is read only when nothing else names the condition. The noun
     * alone is read, and takes the longer name the record gives its disease; else null.
     */
    private static String patientsNamed(String clause, List<Word> words, int cue, RecordFacts facts) {
        boolean namesControls = words.stream().anyMatch(w -> CONTROLS.contains(w.text()));
        if (!namesControls) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = american(words.get(i).text());
            if (!word.endsWith("s") || ADJECTIVES.containsKey(word) || !ADJECTIVES.containsKey(word.substring(0, word.length() - 1))) {
                continue;
            }
            boolean between = i > 0 && words.get(i - 1).text().equals("between") && i + 2 < words.size() && conjunction(words.get(i + 1))
                    && CONTROLS.contains(words.get(i + 2).text());
            boolean subject = cue >= 0 && words.get(i).start() < cue && (i == 0 || !ENDS.contains(words.get(i - 1).text())
                    || words.get(i - 1).text().equals("that"));
            if (!between && !subject) {
                continue;
            }
            String value = normalise(clause.substring(words.get(i).start(), words.get(i).start() + words.get(i).text().length()), facts);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * The condition after the direction word at {@code cue} and "in", an adverb allowed between
     * ("elevated in Crohn's disease", "increased significantly in CD"), or, where the clause opens with
     * the direction word, after the first "in" ("Increased plasma IL-6 and IL-8 in Japanese narcolepsy"), when it names a disease
     * (a word of the disease endings or words, abbreviations written out), else null: "elevated in
     * the cerebrospinal fluid" and "increased in response to LPS" name none.
     */
    private static String afterDirection(String clause, List<Word> words, int cue, RecordFacts facts) {
        if (cue < 0 || cue >= clause.length()) {
            return null;
        }
        int k = 0;
        while (k < words.size() && words.get(k).start() < cue) {
            k++;
        }
        if (k >= words.size() || words.get(k).start() != cue || CHANGE_NOUN.matcher(words.get(k).text()).matches()) {
            return null; // "a reduction in the TNF-a values", "differences in IL-6": what changed, not where
        }
        int in = k + 1;
        if (in < words.size() && words.get(in).text().endsWith("ly") && !punctuationBetween(clause, words, in)) {
            in++;
        }
        if (k == 0 && (in >= words.size() || !words.get(in).text().equals("in"))) {
            // a headline that opens with its direction word: "Increased plasma IL-6, IL-8, TNF-alpha, and G-CSF in Japanese
            // narcolepsy"; the first "in" after what changed
            while (in < words.size() && !words.get(in).text().equals("in")) {
                in++;
            }
        } else if (in >= words.size() || !words.get(in).text().equals("in") || punctuationBetween(clause, words, in)) {
            return null;
        }
        if (in >= words.size()) {
            return null;
        }
        int to = inPhraseEnd(clause, words, in + 1, facts);
        if (k == 0 && in > k + 2 && to != words.size()) {
            return null; // not a headline's last phrase: "Increased plasma IL-6, as previously described in sepsis, was found ..."
        }
        return to < 0 ? null : diseaseInPhrase(clause, words, in + 1, to, facts);
    }

    /**
     * The condition of a statement in a list that the words before it open ("This review discusses
     * alterations of cytokines in fibromyalgia, including increased serum levels of IL-2, ...", "changes
     * in patients with RA, such as raised IL-6"): the condition its head states for a group, else the
     * disease its head ends with after "in", written out where the record defines it; else null.
     *
     * @param beforeName the statement's sentence up to the name of its entity
     */
    private String ofListHead(String beforeName, RecordFacts facts) {
        Matcher opener = LIST_OPENER.matcher(StatementAttributes.lower(beforeName));
        int head = -1;
        while (opener.find()) {
            head = opener.start();
        }
        if (head < 0) {
            return null;
        }
        String text = beforeName.substring(0, head);
        String ofGroup = inText(text, facts);
        if (ofGroup != null) {
            return ofGroup;
        }
        List<Word> words = Words.of(StatementAttributes.lower(text));
        int in = words.size() - 1;
        while (in >= 0 && !words.get(in).text().equals("in")) {
            in--;
        }
        if (in < 0) {
            return null;
        }
        int to = inPhraseEnd(text, words, in + 1, facts);
        return to == words.size() ? diseaseInPhrase(text, words, in + 1, to, facts) : null; // the list opens right after it
    }

    /**
     * Where the words after an "in" (a direction word's, a list head's), from {@code from}, end as a
     * condition: at a word that ends a phrase, punctuation or five words, or after a second disease
     * that "and" or "or" joins; -1 where the phrase opens a list of several ("in both depressed and
     * sleep disordered patients").
     */
    private static int inPhraseEnd(String text, List<Word> words, int from, RecordFacts facts) {
        int to = from;
        int limit = from + 5;
        while (to < words.size() && to < limit && (!ENDS.contains(words.get(to).text()) || joinsCondition(words, from, to))
                && !punctuationBetween(text, words, to)) {
            if (ENDS.contains(words.get(to).text())) {
                limit++;
            }
            to++;
        }
        if (to < words.size() && conjunction(words.get(to)) && !punctuationBetween(text, words, to)) {
            int end = withConjunct(text, words, from, to, facts);
            if (end == to && !firstPartStands(text, words, from, to, facts)) {
                return -1; // "in both depressed and sleep disordered patients": more than the first
            }
            to = end;
        }
        return to;
    }

    /**
     * The condition words {@code [from, to)} after "in" name, the group's where they name one with
     * its condition ("in military personnel with PTSD"), when it is a disease; else null.
     */
    private static String diseaseInPhrase(String text, List<Word> words, int from, int to, RecordFacts facts) {
        int first = from;
        for (int j = to - 1; j > from; j--) {
            if (JOINS.contains(words.get(j).text())) {
                first = j + 1; // "in military personnel with PTSD", "in horses affected with CASP": the group's condition
                break;
            }
        }
        String phrase = phrase(text, words, first, to);
        String condition = phrase == null ? null : normalise(phrase, facts);
        return condition != null && namesDisease(condition) ? condition : null;
    }

    /**
     * The condition a text states for its population ("... in patients with fibromyalgia", "OSAS
     * patients") or for cells or samples taken from people ("CD macrophages", "UC mucosa"), or null.
     */
    String inText(String text, RecordFacts facts) {
        String lower = StatementAttributes.lower(text);
        if (GROUPS.stream().noneMatch(lower::contains) && SAMPLES.stream().noneMatch(lower::contains)) {
            return null;
        }
        List<Word> words = Words.of(lower);
        for (int i = 0; i < words.size(); i++) {
            boolean sample = SAMPLES.contains(words.get(i).text());
            if (!GROUPS.contains(words.get(i).text()) && !sample) {
                continue;
            }
            String withPhrase = sample ? null : withPhrase(text, words, i, facts); // not "macrophages with E. coli"
            String group = conditionBefore(text, words, i, sample, facts);
            if (withPhrase != null) {
                String with = normalise(withPhrase, facts);
                if (group == null || !namesDisease(group) || with != null && (group.contains(with) || with.contains(group))) {
                    return with;
                }
                if (with == null || !namesDisease(with)) {
                    return group; // "CRC patients with positive staining of VEGF": the disease, not the staining
                }
                return group + " with " + with; // "OSA patients with hypertension": the study's disease and its comorbidity
            }
            if (group != null) {
                return group;
            }
        }
        return null;
    }

    /**
     * Whether a text names cells or samples by the disease of the people they were taken from ("CD
     * macrophages", "asthmatic neutrophils"; {@code samples} in conditions.tsv).
     */
    boolean namesSamplesOfPatients(String text, RecordFacts facts) {
        String lower = StatementAttributes.lower(text);
        if (SAMPLES.stream().noneMatch(lower::contains)) {
            return false;
        }
        List<Word> words = Words.of(lower);
        for (int i = 0; i < words.size(); i++) {
            if (SAMPLES.contains(words.get(i).text()) && conditionBefore(text, words, i, true, facts) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The condition the words before the group, cells or samples at word {@code i} name ("OSAS
     * patients", "DSS colitis mice", "septic patients", "CD macrophages"), up to three words back to
     * punctuation or a word that ends a phrase; a study arm's or samples' only when it names a disease
     * ("the LPS group", "CD4 lymphocytes", "M1 macrophages" name none), and samples' not when it is
     * the second of two ("CD ileal and UC mucosa"); else null.
     */
    private static String conditionBefore(String text, List<Word> words, int i, boolean sample, RecordFacts facts) {
        int from = i;
        while (from > 0 && from > i - 3 && !ENDS.contains(words.get(from - 1).text()) && !punctuationBetween(text, words, from)) {
            from--;
        }
        String phrase = phrase(text, words, from, i);
        String group = phrase != null && diseaseLike(text, words, from, i) ? normalise(phrase, facts) : null;
        if (group == null && from == i - 1 && from > 1 && CONTROLS.contains(words.get(from).text()) && conjunction(words.get(from - 1))
                && !punctuationBetween(text, words, from) && !punctuationBetween(text, words, from - 1)) {
            // "between autistic and normal children": a group and its controls under one noun, the condition first; only after
            // "between", as "than in diabetic and healthy men" is the comparator's and "in both diabetic and healthy subjects" two groups'
            int end = from - 1;
            int start = end;
            while (start > 0 && start > end - 3 && !ENDS.contains(words.get(start - 1).text()) && !punctuationBetween(text, words, start)) {
                start--;
            }
            String first = start > 0 && words.get(start - 1).text().equals("between") ? phrase(text, words, start, end) : null;
            group = first != null && diseaseLike(text, words, start, end) ? normalise(first, facts) : null;
        }
        if (group != null && (sample || ARMS.contains(words.get(i).text())) && !namesDisease(group)) {
            return null; // "the LPS group": an exposure's arm, not a condition; "CD4 lymphocytes", "M1 macrophages"
        }
        if (group != null && sample && from > 0 && conjunction(words.get(from - 1)) && !punctuationBetween(text, words, from)) {
            return null; // "CD ileal and UC mucosa": one of several conditions does not stand for all
        }
        return group;
    }

    /**
     * The words that say what the group at word {@code i} has, as written ("patients with X", "children
     * suffering from X", "patients diagnosed with X", "children were found to have X"), or null.
     */
    private static String withPhrase(String text, List<Word> words, int i, RecordFacts facts) {
        int j = i + 1;
        if (j < words.size() && (words.get(j).text().equals("suffering") || words.get(j).text().equals("diagnosed"))) {
            j++;
        }
        int had = afterFoundToHave(words, j);
        if (had == j && (j >= words.size() || !JOINS.contains(words.get(j).text()))) {
            return null;
        }
        int from = had > j ? had : j + 1;
        int to = from;
        int limit = from + 5;
        while (to < words.size() && to < limit && (!ENDS.contains(words.get(to).text()) || joinsCondition(words, from, to))
                && !punctuationBetween(text, words, to)) {
            if (ENDS.contains(words.get(to).text())) {
                limit++; // the joining word does not count against the phrase's length
            }
            to++;
        }
        to = withConjunct(text, words, from, to, facts);
        return phrase(text, words, from, to);
    }

    /**
     * The index after "have" where words {@code j} on say that a group was found to have something
     * ("children were found to have OSA", "patients shown to have asthma"), which is its condition as
     * "with" is; else {@code j}.
     */
    private static int afterFoundToHave(List<Word> words, int j) {
        int k = j < words.size() && BE.contains(words.get(j).text()) ? j + 1 : j;
        if (k + 3 < words.size() && FOUND.contains(words.get(k).text()) && words.get(k + 1).text().equals("to")
                && words.get(k + 2).text().equals("have")) {
            return k + 3;
        }
        return j;
    }

    /** Whether a word is "and" or "or", which may join two conditions. */
    private static boolean conjunction(Word word) {
        return conjunction(word.text());
    }

    private static boolean conjunction(String word) {
        return word.equals("and") || word.equals("or");
    }

    /**
     * Whether the condition after a direction word and "in", from {@code from} to the "and" or "or"
     * at {@code to} that does not go on to a second disease, is the statement's condition: when it
     * ends in a disease ("decreased in COPD", "overexpressed in IBD"; abbreviations written out) and
     * what follows the conjunction, up to punctuation or five words, begins another clause or phrase
     * ("and the release of MCP-1 was ...", "and promote development of ...") rather than naming a
     * group it shares ("in COPD and in controls", "and healthy smokers"); not when the phrase opens a
     * list ("in both depressed and sleep disordered patients").
     */
    private static boolean firstPartStands(String text, List<Word> words, int from, int to, RecordFacts facts) {
        if (to == from || LIST_OPENERS.contains(words.get(from).text())) {
            return false;
        }
        String[] parts = writtenOutParts(text, words.get(to - 1), facts);
        if (!diseaseWord(parts[parts.length - 1])) {
            return false;
        }
        for (int k = to + 1; k < words.size() && k <= to + 5 && !punctuationBetween(text, words, k); k++) {
            String w = words.get(k).text();
            if (GROUPS.contains(w) || CONTROLS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a condition phrase from {@code first} to {@code to} ends when "and" or "or" there joins a
     * second condition ("women with IGT and OSAHS as compared with ...", "personnel with PTSD or
     * depression"): after that one, read written out where the record defines it; else {@code to}.
     * "patients with asthma and healthy controls" stays at "and".
     */
    private static int withConjunct(String text, List<Word> words, int first, int to, RecordFacts facts) {
        if (to == first || to + 1 >= words.size() || !conjunction(words.get(to)) || punctuationBetween(text, words, to)
                || NOT_CONDITION.contains(words.get(to + 1).text()) || words.get(to + 1).text().equals("without")) {
            return to; // "patients with and without CHD", "with EDS and those without EDS"
        }
        int from = to + 1;
        int end = from;
        while (end < words.size() && end < from + 5 && !ENDS.contains(words.get(end).text()) && !punctuationBetween(text, words, end)) {
            end++;
        }
        for (int k = from; k < end; k++) {
            for (String part : writtenOutParts(text, words.get(k), facts)) {
                if (diseaseWord(part)) {
                    return end;
                }
            }
        }
        return to;
    }

    /** The lower-case parts of a word, or of its long form where it is an abbreviation {@link #writtenOut} writes out. */
    private static String[] writtenOutParts(String text, Word word, RecordFacts facts) {
        String longForm = writtenOut(text.substring(word.start(), word.start() + word.text().length()), facts);
        return (longForm != null ? longForm : word.text()).toLowerCase(Locale.ROOT).split("[\\s-]+");
    }

    /**
     * Whether the word at {@code k}, of those that end a phrase, joins two parts of one condition
     * begun at {@code from}: "to" between two degrees ("mild to moderate"), "of" after the noun of a
     * class of diseases ("disorders of excessive daytime sleepiness").
     */
    private static boolean joinsCondition(List<Word> words, int from, int k) {
        if (k == from || k + 1 >= words.size()) {
            return false;
        }
        String w = words.get(k).text();
        String before = words.get(k - 1).text();
        return w.equals("to") && SEVERITY.contains(before) && SEVERITY.contains(words.get(k + 1).text())
                || w.equals("of") && HEADS_OF.contains(before);
    }

    /** Whether punctuation stands between word {@code k - 1} and word {@code k}. */
    private static boolean punctuationBetween(String text, List<Word> words, int k) {
        if (k == 0) {
            return false;
        }
        Word before = words.get(k - 1);
        String gap = text.substring(before.start() + before.text().length(), words.get(k).start());
        return !gap.isBlank();
    }

    private static boolean diseaseLike(String text, List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            if (diseaseWord(w.text())) {
                return true; // "OSA patients", "apnoeic males"
            }
            String written = text.substring(w.start(), w.start() + w.text().length());
            if (written.length() >= 2 && written.length() <= 6 && written.chars().allMatch(c -> Character.isUpperCase(c)
                    || Character.isDigit(c)) && Character.isLetter(written.charAt(0))) {
                return true; // an acronym: "OSAS patients", "CD patients"
            }
        }
        return false;
    }

    /** Words {@code [from, to)} as written, without leading words that are not the condition, or null. */
    private static String phrase(String text, List<Word> words, int from, int to) {
        int f = from;
        while (f < to && (NOT_CONDITION.contains(words.get(f).text()) || Character.isDigit(words.get(f).text().charAt(0)))) {
            f++;
        }
        if (f >= to) {
            return null;
        }
        Word last = words.get(to - 1);
        String kept = text.substring(words.get(f).start(), last.start() + last.text().length());
        return kept.length() < 2 ? null : kept;
    }

    /** Abbreviations written out ("OSAS" -> "obstructive sleep apnea syndrome"), then the MeSH descriptor that matches, if any. */
    private static String normalise(String phrase, RecordFacts facts) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.split("\\s+")) {
            String longForm = writtenOut(word, facts);
            if (longForm == null && namesResponse(word, facts)) {
                return null; // "patients with SD" in a record that writes "stable disease": a response, not a condition
            }
            out.append(out.length() == 0 ? "" : " ").append(longForm != null ? longForm : word);
        }
        String expanded = out.toString();
        String mesh = matchingDescriptor(expanded, facts.mesh());
        String value = tidy(mesh != null ? mesh : expanded);
        if (mesh == null && value != null && value.indexOf(' ') < 0
                && adjectiveDisease(expanded.substring(expanded.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)) != null) {
            return facts.longerName(value, disease -> namedLonger(disease, facts)); // "apnoeic males": "apnea", which the record may name longer
        }
        return value;
    }

    /**
     * A disease of one word read from an adjective ("apnea" from "apnoeic"), as the record names it
     * longer: the MeSH descriptor that has the word ("Sleep Apnea, Obstructive"); else the title's
     * words before it, up to three and back to punctuation or a word that is no part of a name
     * ("sleep apnea" in "Sleep apnoea, sleepiness and inflammation"); else the word itself.
     */
    private static String namedLonger(String disease, RecordFacts facts) {
        String mesh = matchingDescriptor(disease, facts.mesh());
        if (mesh != null) {
            String named = tidy(mesh);
            return named != null ? named : disease;
        }
        String title = american(facts.title());
        List<Word> words = Words.of(title);
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).text().equals(disease)) {
                continue;
            }
            int from = k;
            while (from > 0 && from > k - 3 && !punctuationBetween(title, words, from) && partOfAName(words.get(from - 1).text())) {
                from--;
            }
            String named = from < k ? tidy(phrase(title, words, from, k + 1)) : null;
            return named != null ? named : disease;
        }
        return disease;
    }

    /** Whether a title's word may be part of a disease's name: not one that ends a phrase, names a group, leads or opens a list. */
    private static boolean partOfAName(String word) {
        return !ENDS.contains(word) && !NOT_CONDITION.contains(word) && !GROUPS.contains(word) && !LEADS.contains(word)
                && !LIST_OPENERS.contains(word) && !PHRASE_ENDS.contains(word) && Character.isLetter(word.charAt(0));
    }

    /**
     * One spelling per condition, or null for a fragment that names none. The text before an
     * unmatched bracket ("(double knockout" is none); leading words that are not the condition
     * ("between", "unlike", a vehicle such as "corn oil") dropped; a phrase with a disease word ended
     * at its last one ("narcolepsy displayed higher plasma" is "narcolepsy"), else at a word of
     * {@code end}; none when it ends in a number (a gene or group: "caspase recruitment domain 9",
     * "Group II") or holds a change or measure word without a disease word ("higher levels"). Then
     * written in lower case without the possessive, except abbreviations and the names of people:
     * "Crohn's Disease", "Crohn disease" and "Crohn Disease" are all "Crohn disease". British
     * spellings are written American ("apnoea" is "apnea", {@code spelling}); a last word that is
     * the plural of a disease word is singular ("inflammatory bowel diseases"), one that is an
     * adjective of {@code adjective} is its disease ("severely obese" is "severe obesity"); a value of
     * degrees only ("mild") or ending in a word of {@code not-condition} ("apnoea-hypopnoea
     * index", "general population") is none.
     */
    static String tidy(String value) {
        String text = value.strip();
        int open = unmatchedOpen(text);
        if (open >= 0) {
            text = text.substring(0, open).strip();
        }
        text = text.replace(")", "").replace("(", "").strip();
        String[] parts = text.split("\\s+");
        int from = 0;
        for (int k = 0; k < parts.length; k++) {
            String w = parts[k].toLowerCase(Locale.ROOT);
            if (w.equals("between") || w.equals("unlike")) {
                from = k + 1; // "TGF-beta between obstructive sleep apnea syndrome ..."
            }
        }
        while (from < parts.length && LEADS.contains(parts[from].toLowerCase(Locale.ROOT))) {
            from++;
        }
        while (from + 1 < parts.length && PEOPLES.contains(parts[from].toLowerCase(Locale.ROOT))
                && !PLACE_NAMED.contains(parts[from + 1].toLowerCase(Locale.ROOT))) {
            from++; // "Japanese narcolepsy" is narcolepsy; "Japanese encephalitis" keeps its place
        }
        int to = from;
        int lastDisease = -1;
        while (to < parts.length && !PHRASE_ENDS.contains(parts[to].toLowerCase(Locale.ROOT))) {
            if (diseaseWord(bare(parts[to]))) {
                lastDisease = to;
            }
            to++;
        }
        if (lastDisease < 0) {
            if (to < parts.length) {
                return null; // "higher levels", "interleukin-6 concentrations being higher": no condition named
            }
        } else {
            to = lastDisease + 1;
        }
        if (from >= to || NUMBER.matcher(parts[to - 1].toLowerCase(Locale.ROOT)).matches()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (int k = from; k < to; k++) {
            kept.add(casing(parts[k]));
        }
        if (!lastWordNamesACondition(kept)) {
            return null;
        }
        String out = String.join(" ", kept);
        return out.length() < 2 ? null : out;
    }

    /**
     * Puts the last word of a condition's words in its one form (a disease word singular, an
     * adjective its disease); false when the words name a degree only or a measure.
     */
    private static boolean lastWordNamesACondition(List<String> kept) {
        int last = kept.size() - 1;
        String word = kept.get(last);
        if (NOT_CONDITION_ENDS.contains(word)) {
            return false;
        }
        boolean degreesOnly = true;
        for (String w : kept) {
            for (String part : w.split("[/-]")) {
                degreesOnly &= SEVERITY.contains(part) || part.equals("to") || part.isEmpty();
            }
        }
        if (degreesOnly) {
            return false;
        }
        for (int k = 0; k + 1 < last; k++) {
            String ofAdjective = conjunction(kept.get(k + 1)) ? adjectiveDisease(kept.get(k)) : null;
            if (ofAdjective != null) {
                kept.set(k, ofAdjective); // "sleep apneics and narcoleptics": "sleep apnea and narcolepsy"
            }
        }
        String disease = adjectiveDisease(word);
        if (disease != null) {
            kept.set(last, disease);
            String before = last > 0 ? kept.get(last - 1) : "";
            if (before.endsWith("ly") && SEVERITY.contains(before)) {
                kept.set(last - 1, before.substring(0, before.length() - 2)); // "severely obese": "severe obesity"
            }
        } else if (word.endsWith("ies") && DISEASE.matcher(word.substring(0, word.length() - 3) + "y").find()) {
            kept.set(last, word.substring(0, word.length() - 3) + "y"); // "injuries"
        } else if (word.endsWith("s") && !word.endsWith("ss") && DISEASE.matcher(word.substring(0, word.length() - 1)).find()) {
            kept.set(last, word.substring(0, word.length() - 1)); // "diseases", "disorders", "carcinomas"
        }
        return true;
    }

    /**
     * Whether a lower-case text names a group of people or animals ("patients", "mice", {@link #GROUPS}) or a disease
     * or its patients ("sepsis", "insomniacs").
     */
    static boolean namesGroupOrDisease(String lower) {
        for (Word w : Words.of(lower)) {
            if (GROUPS.contains(w.text()) || diseaseWord(w.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word is a disease word or an adjective or patients' noun of {@code adjective} ("apneics"). */
    private static boolean diseaseWord(String lowerWord) {
        String word = american(lowerWord);
        return DISEASE.matcher(word).find() || adjectiveOf(word) != null;
    }

    /**
     * The disease of an adjective of {@code adjective} ("apnoeic" is apnea), or of the noun for its
     * patients, the adjective with an "s" ("asthmatics" is asthma, "apneics" apnea); else null.
     */
    private static String adjectiveDisease(String lowerWord) {
        return adjectiveOf(american(lowerWord));
    }

    /** {@link #adjectiveDisease} of a word already in lower case and American spelling. */
    private static String adjectiveOf(String word) {
        String disease = ADJECTIVES.get(word);
        return disease != null || !word.endsWith("s") ? disease : ADJECTIVES.get(word.substring(0, word.length() - 1));
    }

    /** Whether a condition value has a disease word: "obstructive sleep apnea" has, "positive staining" has not. */
    static boolean namesDisease(String value) {
        for (String part : value.toLowerCase(Locale.ROOT).split("[\\s/-]+")) {
            if (DISEASE.matcher(american(part)).find()) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case word in American spelling: "apnoea" is "apnea", "haemorrhagic" is "hemorrhagic". */
    static String american(String word) {
        String w = word;
        for (Map.Entry<String, String> e : SPELLINGS.entrySet()) {
            w = w.replace(e.getKey(), e.getValue());
        }
        return w;
    }

    /**
     * The long form of an abbreviation as the record defines it; else, for one it uses without
     * defining ("patients with FM" in a record titled "Fibromyalgia, hepatitis C infection, ..."),
     * the long form of the {@code abbreviation} list that the record's title or one of its MeSH
     * descriptors names, so that the abbreviation is read as the disease the record is about and not
     * as another that shares it ("SD" is sleep deprivation only in a record that names it); else null.
     */
    private static String writtenOut(String word, RecordFacts facts) {
        String defined = facts.longForm(word);
        if (defined != null || word.length() < 2 || !word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return defined;
        }
        List<String> longForms = COMMON_ABBREVIATIONS.get(word.toLowerCase(Locale.ROOT));
        if (longForms == null) {
            return null;
        }
        String title = " " + String.join(" ", words(facts.title())) + " ";
        for (String longForm : longForms) {
            if (title.contains(" " + String.join(" ", words(longForm)) + " ")) {
                return longForm;
            }
            Set<String> wanted = contentWords(longForm);
            for (String d : facts.mesh()) {
                Set<String> dw = contentWords(d);
                if (dw.containsAll(wanted) || dw.size() >= 2 && wanted.containsAll(dw)) {
                    return longForm; // "Sleep Apnea, Obstructive" names "obstructive sleep apnea"; "Sudden Infant Death" the syndrome
                }
            }
        }
        return null;
    }

    /** The words of a lower-case text in American spelling without possessives: "crohn's disease" is [crohn, disease]. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\d-]+")) {
            if (!w.isEmpty()) {
                out.add(american(w));
            }
        }
        return out;
    }

    /**
     * Whether {@code word}, an abbreviation the record does not define, is that of a response to a
     * treatment ({@code response} list) that the record writes out elsewhere: "In patients with SD
     * > or = 3 months" after "7 (32%) had stable disease for more than 6 months" names the patients'
     * response, not their disease. Looked at only for a word in capitals of that short list, so the
     * record's text is searched rarely.
     */
    private static boolean namesResponse(String word, RecordFacts facts) {
        List<Pattern> responses = word.chars().allMatch(Character::isUpperCase)
                ? RESPONSE_ABBREVIATIONS.get(word.toLowerCase(Locale.ROOT)) : null;
        if (responses == null) {
            return false;
        }
        for (Pattern response : responses) {
            if (facts.writes(response)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code response} list, each abbreviation with its responses as patterns of whole words, any case. */
    private static Map<String, List<Pattern>> responses() {
        Map<String, List<Pattern>> patterns = new LinkedHashMap<>();
        abbreviations("response").forEach((abbreviation, responses) -> patterns.put(abbreviation, responses.stream()
                .map(r -> Pattern.compile("\\b" + Pattern.quote(r) + "\\b", Pattern.CASE_INSENSITIVE)).toList()));
        return patterns;
    }

    /** List {@code name} of conditions.tsv ("abbreviation > long form"), abbreviation to its long forms in file order. */
    private static Map<String, List<String>> abbreviations(String name) {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (String entry : WORDS.get(name)) {
            String[] parts = entry.split("\\s*>\\s*");
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new IllegalStateException("conditions.tsv, list '" + name + "': expected 'short form > long form', found '" + entry + "'");
            }
            table.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
        }
        table.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(table);
    }

    /** List {@code name} of conditions.tsv, whose entries are "from > to", as a map in file order. */
    private static Map<String, String> pairs(String name) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : WORDS.get(name)) {
            String[] parts = entry.split("\\s*>\\s*");
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new IllegalStateException("conditions.tsv, list '" + name + "': expected 'from > to', found '" + entry + "'");
            }
            pairs.put(parts[0], parts[1]);
        }
        return Collections.unmodifiableMap(pairs);
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
    }

    /**
     * A word in lower case and American spelling without its possessive, except abbreviations
     * ("IBD", "HLA-B27") and names of people; each part of a hyphenated word on its own
     * ("Apnoea-Hypopnoea" is "apnea-hypopnea", "Prader-Willi" stays).
     */
    static String casing(String word) {
        String w = word.replaceAll("['’]s$", "");
        if (w.indexOf('-') > 0 && w.indexOf('-') < w.length() - 1) {
            StringJoiner out = new StringJoiner("-");
            for (String part : w.split("-", -1)) {
                out.add(part.isEmpty() ? "" : casingOfPart(part));
            }
            return out.toString();
        }
        return casingOfPart(w);
    }

    private static String casingOfPart(String w) {
        boolean abbreviation = w.length() == 1 && Character.isUpperCase(w.charAt(0)); // "post-Q-fever"
        for (int k = 1; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k)) || Character.isDigit(w.charAt(k))) {
                abbreviation = true;
                break;
            }
        }
        if (abbreviation) {
            return w;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (EPONYMS.contains(lower)) {
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return american(lower);
    }

    /** The index of the first "(" without its ")", or -1. */
    private static int unmatchedOpen(String text) {
        java.util.Deque<Integer> opens = new java.util.ArrayDeque<>();
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '(') {
                opens.push(k);
            } else if (text.charAt(k) == ')' && !opens.isEmpty()) {
                opens.pop();
            }
        }
        return opens.isEmpty() ? -1 : opens.peekLast();
    }

    /** The MeSH descriptor whose content words are all in the phrase (or the phrase's in it), or null. */
    private static String matchingDescriptor(String phrase, List<String> descriptors) {
        if (descriptors.isEmpty()) {
            return null;
        }
        Set<String> words = contentWords(phrase);
        if (words.isEmpty()) {
            return null;
        }
        for (String d : descriptors) {
            Set<String> dw = contentWords(d);
            if (!dw.isEmpty() && (words.containsAll(dw) || dw.containsAll(words))) {
                return d;
            }
        }
        return null;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d']+")) {
            String w = american(word);
            if (w.length() > 2 && !NOT_CONDITION.contains(w)) {
                words.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }
}
