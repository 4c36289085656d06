package org.evidentia.textmining.attribute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.Api;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute.ValueMeaning;
import org.evidentia.textmining.attribute.SpecimenDetector.Specimen;
import org.evidentia.textmining.attribute.SpecimenDetector.SpecimenWords;
import org.evidentia.textmining.change.Statement;
import org.evidentia.textmining.change.StatementReader;
import org.evidentia.textmining.lexicon.DataLines;

/**
 * The attributes of a change statement: where it was measured ({@value #SPECIMEN}), whose
 * specimen it was ({@value #POPULATION}), what the direction compares ({@value #COMPARISON}), the
 * disease or state compared ({@value #CONDITION}) and a short free-text {@value #CONTEXT} from the
 * statement's own clause. Each is read from the statement's clause, then its sentence, then the
 * same entity earlier in the record, then the record ({@link RecordView}). The values are those of
 * the annotation guidelines, and {@link #SPECIMENS}, {@link #POPULATIONS} and {@link #COMPARISONS}
 * list them for an extractor's {@code FindingKind}, with what each means to a reader
 * ({@link #SPECIMEN_MEANINGS}, {@link #POPULATION_MEANINGS}, {@link #COMPARISON_MEANINGS}); condition
 * and context are free text. The
 * detectors behind it (specimen, population, comparison, condition, context) are package-private:
 * this class is their one entry point.
 *
 * <p>Immutable and thread-safe; a {@link RecordView} is used by one thread.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class StatementAttributes {

    /** The name of the specimen attribute. */
    public static final String SPECIMEN = "specimen";
    /**
     * "but not" before a conjunct that opens with a specimen, which the contrast sets apart: "IL-6 was higher in
     * serum but not in CSF", "IL-6 in CSF but not serum levels"; the group end marks where that specimen begins.
     */
    private static final Pattern BUT_NOT_IN = Pattern.compile("\\bbut\\s+not\\s+(?:in\\s+(?:the\\s+)?)?", Pattern.CASE_INSENSITIVE);
    /** The name of the population attribute. */
    public static final String POPULATION = "population";
    /** The name of the comparison attribute. */
    public static final String COMPARISON = "comparison";
    /** The name of the condition attribute (the disease or state compared, a MeSH-like name). */
    public static final String CONDITION = "condition";
    /** The name of the free-text context attribute. */
    public static final String CONTEXT = "context";

    /**
     * Every value the kit gives the {@value #SPECIMEN} attribute, in the annotation guidelines' order:
     * the values of a closed specimen attribute of a kind whose findings carry the kit's attributes,
     * so that a value a later kit gives is declared with it and never dropped as outside the kind's
     * values. Unmodifiable. Experimental, as the class; since 0.1.
     */
    public static final List<String> SPECIMENS = List.of("serum", "plasma", "blood", "csf", "saliva", "urine", "sputum", "bal",
            "stool", "pbmc", "tissue", "cells");
    /** Every value the kit gives the {@value #POPULATION} attribute, as {@link #SPECIMENS} for the specimen. */
    public static final List<String> POPULATIONS = List.of(PopulationDetector.HUMAN, PopulationDetector.ANIMAL,
            PopulationDetector.CELL_LINE);
    /**
     * The values of the {@value #COMPARISON} attribute, as {@link #SPECIMENS} for the specimen: those the
     * kit gives, and {@code other}, which the guidelines give a comparison of none of these kinds and
     * the kit never does (a gold file may hold it).
     */
    public static final List<String> COMPARISONS = List.of("condition", "intervention", "exposure", "genotype", "time", "other");

    /** The kit's {@code value-meanings.tsv}: attribute name, then value, to what the value means to a reader. */
    private static final Map<String, Map<String, ValueMeaning>> MEANINGS = readMeanings(Map.of(SPECIMEN, SPECIMENS,
            POPULATION, POPULATIONS, COMPARISON, COMPARISONS));

    /**
     * What each of {@link #SPECIMENS} means to a reader, by value in that order, for the
     * {@link FindingKind.Attribute#meanings() meanings} of a kind's {@value #SPECIMEN} attribute: what the
     * kit's rules put under it ({@code pbmc}: white cells from blood, and whole-blood cultures;
     * {@code blood}: blood without serum or plasma named). No specimen reads other than as its
     * name. From the kit's {@code value-meanings.tsv}; unmodifiable. Experimental, as the class; since 0.1.
     */
    public static final Map<String, ValueMeaning> SPECIMEN_MEANINGS = MEANINGS.get(SPECIMEN);
    /** What each of {@link #POPULATIONS} means, as {@link #SPECIMEN_MEANINGS}; {@code cell-line} reads "cell lines". */
    public static final Map<String, ValueMeaning> POPULATION_MEANINGS = MEANINGS.get(POPULATION);
    /**
     * What each of {@link #COMPARISONS} means, as {@link #SPECIMEN_MEANINGS}; {@code condition} reads
     * "cases vs controls", {@code time} "over time".
     */
    public static final Map<String, ValueMeaning> COMPARISON_MEANINGS = MEANINGS.get(COMPARISON);

    /**
     * A text in lower case with the British spellings that {@value #CONDITION} values are written
     * American in ({@code spelling} in the kit's {@code conditions.tsv}): "Sleep Apnoea" is
     * "sleep apnea", "paediatric coeliac disease" "pediatric celiac disease". For comparing a value
     * given by hand, such as a run's focus, with the values the kit writes. Experimental, as the
     * class; since 0.1.
     *
     * @param text any text; not null
     * @return the text in lower case and American spelling
     */
    public static String americanSpelling(String text) {
        return ConditionDetector.american(text.toLowerCase(Locale.ROOT));
    }

    /**
     * The {@value #CONDITION} value a text would be grouped under ({@code qualifier}, {@code synonym}
     * in the kit's {@code conditions.tsv}): "severe obstructive sleep apnea syndrome" and "OSAHS" are
     * "obstructive sleep apnea", as the kit writes the condition of findings. For a value given by
     * hand, such as a run's focus, so that it matches the values the kit writes; written first in the kit's case and
     * American spelling. Experimental, as the
     * class; since 0.1.
     *
     * @param text a condition as written; not null
     * @return its group's value
     */
    public static String conditionGroup(String text) {
        StringJoiner written = new StringJoiner(" ");
        for (String word : text.strip().split("\\s+")) {
            written.add(ConditionDetector.casing(word)); // as the kit writes a value: "Obstructive Sleep Apnoea" in its case and spelling
        }
        return ConditionGroups.of(written.toString());
    }

    /**
     * The {@value #CONDITION} values a focus on {@code text} keeps: its {@link #conditionGroup}, then the diseases a clinician
     * counts as its parts ({@code includes} in the kit's {@code conditions.tsv}), each as the kit writes it: "IBD" is
     * "inflammatory bowel disease", "ulcerative colitis" and "Crohn disease". Experimental, as the class; since 0.1.
     *
     * @param text a condition as written; not null
     * @return its group's value first, then its parts'
     */
    public static List<String> conditionGroups(String text) {
        String group = conditionGroup(text);
        List<String> groups = new ArrayList<>(List.of(group));
        for (String part : ConditionGroups.partsOf(group)) {
            String written = conditionGroup(part);
            if (!groups.contains(written)) {
                groups.add(written);
            }
        }
        return List.copyOf(groups);
    }

    /** The attributes with the kit's vocabularies; loading them is the costly part, so share one instance. */
    public StatementAttributes() {
    }

    private final PopulationDetector populations = new PopulationDetector();
    private final ConditionDetector conditions = new ConditionDetector();
    private final ComparisonDetector comparisons = new ComparisonDetector(conditions);
    private final ContextDetector contexts = new ContextDetector();

    /**
     * One sentence of a record as the attributes see it.
     *
     * @param text       the sentence
     * @param names      the {@code [start, end)} spans of the entity names in it
     * @param keys       the entity key of each name
     * @param background whether it is in a background or introduction section (what others found)
     * @param continues  whether the sentence before it in the view is of the same section of the abstract, outside
     *                   methods: what it says of the study may lead up to this one ("Patients received IFN-alpha. Serum
     *                   IL-6 was then elevated.")
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record SentenceView(String text, List<int[]> names, List<String> keys, boolean background, boolean continues) {

        /** A sentence that continues no sentence before it. */
        public SentenceView(String text, List<int[]> names, List<String> keys, boolean background) {
            this(text, names, keys, background, false);
        }
    }

    /**
     * The attributes of the statements of one record; its sentences are indexed as given.
     *
     * @param record    the record; not null
     * @param sentences its sentences, title first; not null, not modified
     * @return a new view, for one thread
     */
    public RecordView view(BibliographicRecord record, List<SentenceView> sentences) {
        return new RecordView(record, sentences);
    }

    /** The record-level state: specimen words per sentence, the record's usual specimen and population. Not thread-safe. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public final class RecordView {
        private final BibliographicRecord record;
        private final List<SentenceView> sentences;
        private final SpecimenWords[] specimenWords;
        /** The specimen words of each sentence's result part ({@link #resultStart}), where that is not the whole sentence. */
        private final SpecimenWords[] resultSpecimenWords;
        /** Where each sentence's result part begins ({@link StatementReader#resultStart}), or -1 before it is asked. */
        private final int[] resultStarts;
        private final String[] masked;
        private final List<PopulationDetector.Hit>[] populationHits;
        private final ComparisonDetector.SentenceKinds[] kinds;
        private final Map<String, String> specimenOfEntity = new HashMap<>();
        private final Map<String, String> populationOfEntity = new HashMap<>();
        private final Map<String, Specimen> specimenNamedWith = new HashMap<>();
        private Specimen usualSpecimen;
        private boolean usualSpecimenKnown;
        private RecordFacts facts;
        /** The comparison detector's scans of sentence {@link #scansIndex}, the one whose statements are being read. */
        private ComparisonDetector.SentenceScans scans;
        /** The condition detector's readings of the clauses of sentence {@link #scansIndex}, by start and end. */
        private final Map<Long, ConditionDetector.ClauseReading> conditionClauses = new HashMap<>();
        /** The context detector's readings of the clauses of sentence {@link #scansIndex}, by start and end. */
        private final Map<Long, ContextDetector.ClauseParts> contextClauses = new HashMap<>();
        private int scansIndex = -1;
        /** {@link ConditionDetector#mayOpenList} of sentence {@link #scansIndex}, or null before it is asked. */
        private Boolean mayOpenList;

        private RecordView(BibliographicRecord record, List<SentenceView> sentences) {
            this.record = record;
            this.sentences = sentences;
            this.specimenWords = new SpecimenWords[sentences.size()];
            this.resultSpecimenWords = new SpecimenWords[sentences.size()];
            this.resultStarts = new int[sentences.size()];
            java.util.Arrays.fill(resultStarts, -1);
            this.masked = new String[sentences.size()];
            @SuppressWarnings("unchecked")
            List<PopulationDetector.Hit>[] hits = new List[sentences.size()];
            this.populationHits = hits;
            this.kinds = new ComparisonDetector.SentenceKinds[sentences.size()];
        }

        /**
         * The attributes of statement {@code s} of sentence {@code index}, about the entity with key
         * {@code key}; absent values are left out.
         *
         * @param index the sentence's index in the view; {@code s} one of its statements; {@code key} not null
         * @return a new map, attribute name to value
         */
        public Map<String, String> attributes(int index, Statement s, String key) {
            SentenceView sentence = sentences.get(index);
            int[] mention = sentence.names().get(s.entity());
            Map<String, String> values = new LinkedHashMap<>();
            String specimen = specimen(index, s, key, mention);
            put(values, SPECIMEN, specimen);
            RecordFacts f = facts();
            String clause = sentence.text().substring(s.clauseStart(), s.clauseEnd());
            String population = populations.population(resultPopulationHits(index), s.clauseStart(), s.clauseEnd(), mention[0], specimen,
                    () -> f.population(specimen));
            if (population == null) {
                population = populationOfEntity.get(key);
            }
            if (population == null) {
                population = f.population(specimen);
            }
            put(values, POPULATION, population);
            boolean confirms = s.basis() == Statement.Basis.CONFIRMED && index > 0;
            put(values, COMPARISON, comparisons.comparison(s, scans(index), () -> kinds(index),
                    () -> confirms ? kinds(index - 1) : ComparisonDetector.SentenceKinds.NONE,
                    () -> sentence.continues() && index > 0 && !sentences.get(index - 1).background() ? masked(index - 1) : "",
                    specimen, f));
            String condition = conditions.condition(conditionClause(index, s, clause), s.cueStart() - s.clauseStart(),
                    sentence.text().substring(0, mention[0]), mayOpenList(index), f);
            put(values, CONDITION, ConditionGroups.of(condition));
            String cause = s.cause(sentence.text());
            // "The microarray analysis revealed ...": the method that found the change is no context of it, as it is no cause
            put(values, CONTEXT, contexts.context(contextClause(index, s, clause), s.cueStart() - s.clauseStart(),
                    cause == null || ComparisonDetector.onlyReporters(cause) ? null : cause, condition)); // the precise wording
            return values;
        }

        /**
         * Keeps what a statement said about its entity (its specimen and population) for later statements of the record.
         *
         * @param values what {@link #attributes} gave it, perhaps amended; not null
         */
        public void remember(String key, Map<String, String> values) {
            if (values.get(SPECIMEN) != null) {
                specimenOfEntity.putIfAbsent(key, values.get(SPECIMEN));
            }
            if (values.get(POPULATION) != null) {
                populationOfEntity.putIfAbsent(key, values.get(POPULATION));
            }
        }

        private RecordFacts facts() {
            if (facts == null) {
                List<String> texts = new ArrayList<>();
                for (SentenceView s : sentences) {
                    texts.add(s.text());
                }
                facts = new RecordFacts(record, texts, () -> {
                    int[] counts = populations.counts(record.title() == null ? "" : record.title()); // the title counts twice
                    for (int i = 0; i < sentences.size(); i++) {
                        countPopulations(i, counts);
                    }
                    return counts;
                }, () -> {
                    // the same counts over the sentences that may say whose cells were measured (the title, when it may, twice)
                    String title = record.title() == null ? "" : record.title();
                    int[] counts = maySayWhoseCells(SpecimenWords.of(title, List.of())) ? populations.counts(title) : PopulationDetector.noCounts();
                    // a record all of whose sentences read as background is one whose section labels were not read
                    // ("Background: ... Aims: ... Methods: ..." run together, 28804459): its background is no background
                    boolean sections = sentences.stream().anyMatch(s -> !s.background() && !title.contains(s.text())); // the title is none
                    for (int i = 0; i < sentences.size(); i++) {
                        if ((!sections || !sentences.get(i).background()) && maySayWhoseCells(words(i))) {
                            countPopulations(i, counts);
                        }
                    }
                    return counts;
                }, conditions);
            }
            return facts;
        }

        /** Adds the human, animal, cell-line and sex words of sentence {@code index} to {@code counts} ({@link PopulationDetector#countIndex}). */
        private void countPopulations(int index, int[] counts) {
            for (PopulationDetector.Hit h : populationHits(index)) {
                int population = PopulationDetector.countIndex(h);
                if (population >= 0) {
                    counts[population]++;
                }
            }
        }

        /**
         * Whether a sentence with these specimen words may say whose cells a statement about cells measured: it names
         * cells ("primary human bronchial epithelial cells"), or no tissue ("We compared never-smokers, current smokers
         * and smokers with COPD", "blood leukocyte counts ... in eight healthy males"); a sentence about a tissue and no
         * cells says whose tissue that is ("inflamed lesions of patients", "individuals with a disturbed gut epithelial
         * barrier"), not whose cells were cultured.
         */
        private static boolean maySayWhoseCells(SpecimenWords words) {
            return !words.names(Specimen.TISSUE) || words.names(Specimen.CELLS);
        }

        private ComparisonDetector.SentenceKinds kinds(int index) {
            if (kinds[index] == null) {
                kinds[index] = comparisons.sentenceKinds(masked(index), facts());
            }
            return kinds[index];
        }

        private List<PopulationDetector.Hit> populationHits(int index) {
            if (populationHits[index] == null) {
                populationHits[index] = populations.hits(sentences.get(index).text());
            }
            return populationHits[index];
        }

        /**
         * The comparison detector's scans of sentence {@code index}, kept while its statements are read (they come
         * together), so that each clause is scanned once rather than once per statement.
         */
        private ComparisonDetector.SentenceScans scans(int index) {
            sentenceRead(index);
            if (scans == null) {
                scans = new ComparisonDetector.SentenceScans(masked(index));
            }
            return scans;
        }

        /** The condition detector's reading of statement {@code s}'s {@code clause} of sentence {@code index}, kept as {@link #scans} are. */
        private ConditionDetector.ClauseReading conditionClause(int index, Statement s, String clause) {
            sentenceRead(index);
            return conditionClauses.computeIfAbsent(((long) s.clauseStart() << 32) | s.clauseEnd(),
                    key -> new ConditionDetector.ClauseReading(clause));
        }

        /** The context detector's reading of statement {@code s}'s {@code clause} of sentence {@code index}, kept as {@link #scans} are. */
        private ContextDetector.ClauseParts contextClause(int index, Statement s, String clause) {
            sentenceRead(index);
            return contextClauses.computeIfAbsent(((long) s.clauseStart() << 32) | s.clauseEnd(), key -> new ContextDetector.ClauseParts(clause));
        }

        /** {@link ConditionDetector#mayOpenList} of sentence {@code index}, kept as {@link #scans} are. */
        private boolean mayOpenList(int index) {
            sentenceRead(index);
            if (mayOpenList == null) {
                mayOpenList = ConditionDetector.mayOpenList(sentences.get(index).text());
            }
            return mayOpenList;
        }

        /** Forgets what was read of the sentence before when the statements of sentence {@code index} are read. */
        private void sentenceRead(int index) {
            if (scansIndex != index) {
                scans = null;
                conditionClauses.clear();
                contextClauses.clear();
                mayOpenList = null;
                scansIndex = index;
            }
        }

        /**
         * Where sentence {@code index}'s result part begins: after an expectation that opens it ("We hypothesized that
         * serum IL-6 would rise after LPS in mice, but IL-6 was higher in patients than in controls"), 0 for most
         * sentences. Its statements' attributes are read from that part only: the expectation's words (its specimen,
         * population, stimulus) are not the result's.
         */
        private int resultStart(int index) {
            if (resultStarts[index] < 0) {
                SentenceView s = sentences.get(index);
                resultStarts[index] = StatementReader.resultStart(s.text(), s.names());
            }
            return resultStarts[index];
        }

        /** The population words of sentence {@code index}'s result part ({@link #resultStart}). */
        private List<PopulationDetector.Hit> resultPopulationHits(int index) {
            int start = resultStart(index);
            List<PopulationDetector.Hit> hits = populationHits(index);
            return start == 0 ? hits : hits.stream().filter(h -> h.start() >= start).toList();
        }

        /** The specimen words of sentence {@code index}'s result part ({@link #resultStart}). */
        private SpecimenWords resultWords(int index) {
            int start = resultStart(index);
            if (start == 0) {
                return words(index);
            }
            if (resultSpecimenWords[index] == null) {
                SentenceView s = sentences.get(index);
                resultSpecimenWords[index] = SpecimenWords.of(" ".repeat(start) + s.text().substring(start), s.names());
            }
            return resultSpecimenWords[index];
        }

        /**
         * Sentence {@code index} with its entity names blanked out, offsets unchanged; so is what comes before its result
         * part ({@link #resultStart}), which the comparison is read without.
         */
        private String masked(int index) {
            if (masked[index] == null) {
                SentenceView s = sentences.get(index);
                char[] chars = s.text().toCharArray();
                java.util.Arrays.fill(chars, 0, resultStart(index), ' ');
                for (int[] name : s.names()) {
                    for (int i = name[0]; i < name[1]; i++) {
                        chars[i] = ' ';
                    }
                }
                masked[index] = ComparisonDetector.withoutTimesOfNames(new String(chars), s.names());
            }
            return masked[index];
        }

        private SpecimenWords words(int index) {
            if (specimenWords[index] == null) {
                SentenceView s = sentences.get(index);
                specimenWords[index] = SpecimenWords.of(s.text(), s.names());
            }
            return specimenWords[index];
        }

        /**
         * Named in the statement's clause; else in its sentence, unless the sentence is a
         * {@code ;}-separated list whose items each name their own; else the specimen the same entity
         * had earlier in the record; else, when the sentence names none at all, the record's usual
         * specimen. Cells of an established cell line are {@code cells} even where the line is called
         * "monocytes".
         */
        private String specimen(int index, Statement s, String key, int[] mention) {
            SentenceView sentence = sentences.get(index);
            SpecimenWords words = resultWords(index);
            int clauseEnd = s.clauseEnd();
            int relative = sentence.text().indexOf(", which ", mention[1]);
            if (relative >= 0 && relative < clauseEnd) {
                clauseEnd = relative; // "increased NT-3, which is a neutrophil protein": the relative clause describes the molecule
            }
            Specimen specimen = s.basis() == Statement.Basis.CONTRASTED ? inContrastedConjunct(sentence.text(), words, s, mention) : null;
            if (specimen == null) {
                specimen = words.nearest(s.clauseStart(), clauseEnd, mention[0], mention[1]);
            }
            if (specimen == null) {
                Specimen inSentence = words.nearest(0, sentence.text().length(), mention[0], mention[1]);
                if (inSentence != null) {
                    specimen = sentence.text().indexOf(';') >= 0 ? Specimen.OTHER : inSentence;
                }
            }
            if (specimen == null) {
                String earlier = specimenOfEntity.get(key);
                if (earlier != null) {
                    return earlier;
                }
                specimen = namedWith(key);
            }
            if (specimen == null) {
                specimen = usualSpecimen();
            }
            if (specimen == Specimen.PBMC && populationHits(index).stream().anyMatch(h -> h.population().equals(PopulationDetector.CELL_LINE))) {
                specimen = Specimen.CELLS; // "THP-1 monocytes"
            }
            return specimen == null ? null : specimen.label();
        }

        /**
         * The specimen that opens the conjunct a "but not" of the statement's clause sets apart: the unchanged
         * counterpart of "IL-6 was higher in serum but not in CSF" is CSF's, not the serum's that lies nearer the
         * name. Null when no conjunct opens with one: "in women but not men", "but not in those treated with plasma
         * exchange" (a group, whatever words it holds), "IL-6, but not IL-10, rose" (the name's own conjunct).
         */
        private static Specimen inContrastedConjunct(String text, SpecimenWords words, Statement s, int[] mention) {
            Matcher butNot = BUT_NOT_IN.matcher(text).region(s.clauseStart(), s.clauseEnd());
            while (butNot.find()) {
                Specimen named = words.startingAt(butNot.end());
                if (named != null && mention[0] != butNot.end()) {
                    return named;
                }
            }
            return null;
        }

        /**
         * The specimen another sentence of the record names beside the same entity ("serum
         * concentrations of cortisol, NGF and NPY were determined"), background sentences last; in a sentence
         * that opens with an expectation, in its result part only ({@link #resultStart}). One attached to a mention
         * of the entity ("we examined sIL-6R plasma concentrations", {@link SpecimenWords#attachedTo}) comes before
         * the nearest one of any sentence: a specimen nearest a mention may be another's ("it stimulates (mostly
         * immune) cells ... with soluble IL-6R").
         */
        private Specimen namedWith(String key) {
            if (!specimenNamedWith.containsKey(key)) {
                Specimen found = null;
                for (boolean background : new boolean[] {false, true}) {
                    for (boolean attached : new boolean[] {true, false}) {
                        for (int i = 0; i < sentences.size() && found == null; i++) {
                            SentenceView s = sentences.get(i);
                            if (s.background() != background) {
                                continue;
                            }
                            for (int e = 0; e < s.keys().size() && found == null; e++) {
                                if (s.keys().get(e).equals(key)) {
                                    int[] name = s.names().get(e);
                                    // not from an expectation before a sentence's result ("We hypothesized that serum IL-6 ...")
                                    // OTHER too: "IL-6 was measured in breath condensate" states a specimen outside the list
                                    found = attached ? resultWords(i).attachedTo(name[0], name[1])
                                            : resultWords(i).nearest(0, s.text().length(), name[0], name[1]);
                                }
                            }
                        }
                    }
                }
                specimenNamedWith.put(key, found);
            }
            return specimenNamedWith.get(key);
        }

        /**
         * The record's usual specimen: the one its entity sentences name most often; else the sample
         * (fluid or blood cells) its other sentences name most often ("Blood samples were taken
         * twice"), else any specimen they name ("human endothelial cells were treated"); background
         * sentences only when the others name none. Blood gives way to serum, plasma or blood cells
         * named anywhere outside the background. An expectation that opens a sentence ({@link #resultStart}) counts for
         * nothing: what was expected names no specimen measured.
         */
        private Specimen usualSpecimen() {
            if (!usualSpecimenKnown) {
                for (boolean withBackground : new boolean[] {false, true}) {
                    List<SpecimenWords> named = new ArrayList<>();
                    List<SpecimenWords> others = new ArrayList<>();
                    for (int i = 0; i < sentences.size(); i++) {
                        if (sentences.get(i).background() && !withBackground) {
                            continue;
                        }
                        (sentences.get(i).names().isEmpty() ? others : named).add(resultWords(i));
                    }
                    usualSpecimen = SpecimenDetector.mostFrequent(named, false);
                    if (usualSpecimen == null || usualSpecimen == Specimen.BLOOD) {
                        List<SpecimenWords> all = new ArrayList<>(named);
                        all.addAll(others);
                        Specimen sample = SpecimenDetector.mostFrequent(all, true);
                        usualSpecimen = usualSpecimen == null || sample != Specimen.BLOOD && sample != null ? sample : usualSpecimen;
                    }
                    if (usualSpecimen == null) {
                        usualSpecimen = SpecimenDetector.mostFrequent(others, false);
                    }
                    if (usualSpecimen != null) {
                        break;
                    }
                }
                usualSpecimenKnown = true;
            }
            return usualSpecimen;
        }
    }

    /**
     * Reads {@code value-meanings.tsv}: {@code attribute<TAB>value<TAB>reader label or -<TAB>meaning}, each
     * value of {@code values} described once, in its list's order.
     *
     * @throws IllegalStateException when a line is malformed or the file leaves a value out (a packaging error)
     */
    private static Map<String, Map<String, ValueMeaning>> readMeanings(Map<String, List<String>> values) {
        String file = "value-meanings.tsv";
        Map<String, Map<String, ValueMeaning>> read = new HashMap<>();
        DataLines.readResource(StatementAttributes.class, file, (number, line) -> {
            String[] fields = line.split("\t", -1);
            List<String> declared = fields.length == 4 ? values.get(fields[0]) : null;
            if (declared == null || !declared.contains(fields[1])) {
                throw new IllegalStateException(file + ", line " + number + ": expected attribute<TAB>value<TAB>reader label or -<TAB>meaning,"
                        + " the attribute one of " + values.keySet().stream().sorted().toList() + " and the value one of its values");
            }
            ValueMeaning meaning = new ValueMeaning(fields[2].equals("-") ? null : fields[2], fields[3]);
            if (read.computeIfAbsent(fields[0], a -> new HashMap<>()).put(fields[1], meaning) != null) {
                throw new IllegalStateException(file + ", line " + number + ": " + fields[0] + " " + fields[1] + " is described twice");
            }
        });
        Map<String, Map<String, ValueMeaning>> ordered = new HashMap<>();
        values.forEach((attribute, list) -> {
            Map<String, ValueMeaning> meanings = new LinkedHashMap<>();
            for (String value : list) {
                ValueMeaning meaning = read.getOrDefault(attribute, Map.of()).get(value);
                if (meaning == null) {
                    throw new IllegalStateException(file + " does not describe the " + attribute + " " + value);
                }
                meanings.put(value, meaning);
            }
            ordered.put(attribute, Collections.unmodifiableMap(meanings));
        });
        return ordered;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }

    /** Lower case of the same length (offsets stay valid), or the text itself where case folding changes the length. */
    static String lower(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.length() == text.length() ? lower : text;
    }
}
