package org.evidentia.textmining.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.Api;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.textmining.attribute.StatementAttributes;
import org.evidentia.textmining.change.Statement;
import org.evidentia.textmining.change.StatementReader;
import org.evidentia.textmining.lexicon.LexiconEntry;
import org.evidentia.textmining.lexicon.Mention;
import org.evidentia.textmining.lexicon.TermLexicon;
import org.evidentia.textmining.lexicon.WordLists;
import org.evidentia.textmining.text.Sentence;
import org.evidentia.textmining.text.SentenceSplitter;

/**
 * Reads the change statements of one record: the title, then each abstract section, sentence by
 * sentence, and then the record-level pass that no sentence can make alone:
 * <ul>
 *   <li>a phrase that stands for entities named before ("both hormones", "these neuropeptides",
 *       "all three markers") stands for the entities of the latest sentence naming two or more;</li>
 *   <li>a sentence that confirms the previous statement ("this was confirmed by RT-PCR for the BDNF
 *       gene") takes its direction;</li>
 *   <li>attributes that a sentence does not state (specimen, population, comparison) come from
 *       the same entity earlier in the record, then from the record ({@link StatementAttributes});</li>
 *   <li>one statement per (entity, direction, specimen), the first as evidence.</li>
 * </ul>
 * Sentences of methods-like sections (METHODS, DESIGN, OBJECTIVE, ..., or a label joining such, "DESIGN,
 * SETTING, AND PARTICIPANTS": {@link SectionLabels}) give no statement but still
 * tell the record's specimen and population; so do the sentences of a record that is no review
 * which restate earlier work ("Nuclear accumulation of IL33 has been reported", "we previously
 * showed") or stand in a background section without saying they are the study's own ({@link PriorWork}):
 * the guidelines count only a review's report of earlier studies as a finding. A record whose text
 * holds no name of the lexicon is not split into sentences at all.
 *
 * <p>Immutable and thread-safe: one instance may be shared by all threads.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class RecordReader {

    /** A word that sets a name of its sentence apart from the others: "..., whereas IL-10 was not", "but not IL-10". */
    private static final Pattern SETS_APART = Pattern.compile("\\b(?:" + String.join("|",
            WordLists.load(RecordReader.class, "record-words.tsv").get("set-apart").stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** What opens the names a class phrase leaves out: "the cytokines mentioned above, except IL-8". */
    private static final Pattern EXCEPTION = Pattern.compile("\\b(?:" + String.join("|",
            WordLists.load(RecordReader.class, "record-words.tsv").get("exception").stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).map(w -> w.replace(" ", "\\s+")).toList())
            + ")\\s+$", Pattern.CASE_INSENSITIVE);
    /** What may stand between two names of one list: "IL-8 and IL-10", "IL-8, IL-10, or IL-12". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,\\s*)?(?:(?:and|or)\\s+)?|\\s*,\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A relative clause of its own after a list of excepted names: ", which was higher in patients". */
    private static final Pattern OWN_RELATIVE_CLAUSE = Pattern.compile("\\s*(?:\\([^()]*\\)\\s*)?,\\s*which\\b",
            Pattern.CASE_INSENSITIVE);
    /** What follows the class noun of a phrase that points above: "the cytokines mentioned above". */
    private static final Pattern TRAILING_ABOVE = Pattern.compile("\\s+(?:(?:mentioned|listed|named)\\s+)?above$",
            Pattern.CASE_INSENSITIVE);

    private final TermLexicon lexicon;
    private final Pattern anaphor;
    /**
     * A phrase that points to what was named above ("the above cytokines", "all three aforementioned cytokines",
     * "the cytokines mentioned above"): its counts, if any, in its groups.
     */
    private final Pattern aboveAnaphor;
    /** Any class noun as a word of its own ("Th1-cytokines" holds one, "anticytokine" and "cytokine-producing" do not). */
    private final Pattern classNounWord;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final StatementReader reader = new StatementReader();
    private final StatementAttributes attributes;

    /**
     * A reader of the entities of {@code lexicon}.
     *
     * @param lexicon     the names of the entities; not null
     * @param classNouns  the nouns that name a class of these entities (for a lexicon of hormones:
     *                    {@code hormones}, {@code markers}): "both hormones", "these markers" stand for
     *                    entities named before; not null, may be empty (then no phrase stands for them); copied
     * @param attributes  what gives each statement its attributes; not null, may be shared by several readers
     */
    public RecordReader(TermLexicon lexicon, Set<String> classNouns, StatementAttributes attributes) {
        this.lexicon = lexicon;
        this.attributes = attributes;
        this.classNounWord = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + (classNouns.isEmpty() ? "(?!)" : String.join("|",
                classNouns.stream().map(c -> c.toLowerCase(Locale.ROOT)).sorted().map(Pattern::quote).toList()))
                + ")(?![\\p{L}\\p{N}-])", Pattern.CASE_INSENSITIVE);
        // longest first, whatever the set's order: "these marker levels" is the phrase, not "these marker"
        String nouns = classNouns.isEmpty() ? "(?!)" : String.join("|", classNouns.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).toList());
        this.anaphor = Pattern.compile("\\b(both|all (?:two|three|four|five|six|[2-6])|the (?:two|three|four|five|six|[2-6])"
                + "|these|those|all these|all of these|each of these)(?: (?:pro-?inflammatory|inflammatory|anti-inflammatory|serum|plasma))?"
                + " (?:" + nouns + ")\\b", Pattern.CASE_INSENSITIVE);
        String count = "(two|three|four|five|six|[2-6])";
        String above = "(?:above|above-mentioned|abovementioned|aforementioned|afore-mentioned)";
        String all = "(?:all (?:" + count + " )?(?:of )?)?";
        String kind = "(?:(?:pro-?inflammatory|inflammatory|anti-inflammatory|serum|plasma) )?";
        // "the cytokines above" only before its verb or a comma: "the cytokines above the detection limit" points nowhere
        this.aboveAnaphor = Pattern.compile("\\b(?:" + all + "the (?:" + count + " )?" + above + " (?:" + count + " )?" + kind
                + "(?:" + nouns + ")\\b|" + all + "the (?:" + count + " )?" + kind + "(?:" + nouns + ") (?:(?:mentioned|listed|named) above\\b"
                + "|above(?= (?:were|was|are|all)\\b|,)))", Pattern.CASE_INSENSITIVE);
    }

    /**
     * The statements of {@code record}, in evidence order (title, then abstract by offset).
     *
     * @param record not null
     * @return a new list, empty when the record names no entity of the lexicon
     */
    public List<RecordStatement> read(BibliographicRecord record) {
        String title = record.text(BibliographicRecord.FIELD_TITLE);
        String abstractText = record.text(BibliographicRecord.FIELD_ABSTRACT);
        List<Mention> titleMentions = lexicon.find(title);
        List<Mention> abstractMentions = lexicon.find(abstractText);
        if (titleMentions.isEmpty() && abstractMentions.isEmpty()) {
            return List.of();
        }
        List<RecordSentence> sentences = new ArrayList<>();
        if (!title.isEmpty()) {
            sentences.add(new RecordSentence(BibliographicRecord.FIELD_TITLE, null, new Sentence(0, title.length(), title),
                    within(titleMentions, 0, title.length()), false, null));
        }
        List<LexiconEntry> lastNamed = List.of();
        List<LexiconEntry> namedJustBefore = List.of(); // by the abstract's sentence right before, whatever its section
        int sectionStart = 0;
        for (AbstractSection section : record.sections()) {
            int textStart = sectionStart + (section.label() == null ? 0 : section.label().length() + 2);
            boolean methods = SectionLabels.methods(section.label());
            for (Sentence sentence : splitter.split(section.text())) {
                Sentence inField = new Sentence(textStart + sentence.start(), textStart + sentence.end(), sentence.text());
                List<Mention> mentions = within(abstractMentions, inField.start(), inField.end());
                List<LexiconEntry> excepted = mentions.isEmpty() ? List.of() : exceptedFromAClass(sentence.text(), mentions);
                if (!excepted.isEmpty()) {
                    // "The cytokines mentioned above, except IL-8, were reduced": the phrase less IL-8, never IL-8 itself
                    RecordSentence phrase = anaphor(section.label(), inField, lastNamed, methods);
                    if (phrase == null) {
                        phrase = aboveAnaphor(section.label(), inField, namedJustBefore, methods);
                    }
                    sentences.add(less(phrase, excepted,
                            new RecordSentence(BibliographicRecord.FIELD_ABSTRACT, section.label(), inField, List.of(), methods, null)));
                    namedJustBefore = List.of();
                } else if (!mentions.isEmpty()) {
                    sentences.add(new RecordSentence(BibliographicRecord.FIELD_ABSTRACT, section.label(), inField, mentions, methods, null));
                    List<LexiconEntry> named = distinctEntries(mentions);
                    if (named.size() >= 2) {
                        lastNamed = named;
                    }
                    // "IL-6 and IL-8 were raised, whereas IL-10 was not": "the above cytokines" may leave IL-10 out
                    namedJustBefore = setsANameApart(sentence.text(), mentions) ? List.of() : named;
                } else {
                    RecordSentence phrase = anaphor(section.label(), inField, lastNamed, methods);
                    if (phrase == null) {
                        phrase = aboveAnaphor(section.label(), inField, namedJustBefore, methods);
                    }
                    sentences.add(phrase != null ? phrase
                            : new RecordSentence(BibliographicRecord.FIELD_ABSTRACT, section.label(), inField, List.of(), methods, null));
                    namedJustBefore = List.of();
                }
            }
            sectionStart = textStart + section.text().length() + 1; // the '\n' between sections in BibliographicRecord.abstractText()
        }
        Map<String, Boolean> backgroundLabels = new HashMap<>(); // a section's label, read once for all its sentences
        boolean[] background = new boolean[sentences.size()];
        List<StatementAttributes.SentenceView> views = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            RecordSentence s = sentences.get(i);
            background[i] = s.section() != null && backgroundLabels.computeIfAbsent(s.section(), SectionLabels::background);
            RecordSentence before = i > 0 ? sentences.get(i - 1) : null;
            boolean continues = before != null && before.field().equals(BibliographicRecord.FIELD_ABSTRACT)
                    && s.field().equals(BibliographicRecord.FIELD_ABSTRACT) && Objects.equals(before.section(), s.section())
                    && !before.methods() && !s.methods();
            views.add(new StatementAttributes.SentenceView(s.sentence().text(), spans(s.mentions()),
                    s.resolved() == null ? s.mentions().stream().map(Mention::key).toList() : List.of(""), background[i], continues));
        }
        StatementAttributes.RecordView view = attributes.view(record, views);
        Map<String, RecordStatement> found = new LinkedHashMap<>();
        Direction previous = null;
        Boolean review = null; // read once, at the first sentence that restates earlier work
        int opening = firstOfAbstract(sentences);
        int openingBackground = opening < 0 ? 0 : PriorWork.openingBackground(
                sentences.subList(opening, sentences.size()).stream().map(s -> s.sentence().text()).toList(),
                record.sections().stream().allMatch(s -> s.label() == null));
        boolean divided = record.sections().size() > 1;
        for (int index = 0; index < sentences.size(); index++) {
            RecordSentence located = sentences.get(index);
            if (located.methods() || located.mentions().isEmpty()) {
                continue;
            }
            if (located.field().equals(BibliographicRecord.FIELD_ABSTRACT)
                    && PriorWork.restates(located.sentence().text(), located.section(),
                            opening >= 0 && index >= opening && index < opening + openingBackground, divided && background[index])) {
                if (review == null) {
                    review = PriorWork.isReview(record);
                }
                if (!review) {
                    continue;
                }
            }
            Direction stated = previous;
            RecordSentence before = index > 0 ? sentences.get(index - 1) : null;
            Supplier<Direction> confirmed = before != null && before.mentions().isEmpty() && !before.methods()
                    ? () -> reader.directionOf(before.sentence().text()) : () -> stated;
            StatementReader.Reading reading = reader.read(located.sentence().text(), spans(located.mentions()),
                    located.mentions().stream().map(Mention::key).toList(), confirmed);
            if (reading.lastDirection() != null) {
                previous = reading.lastDirection();
            }
            for (Statement s : reading.statements()) {
                for (Mention m : mentionsOf(located, s.entity())) {
                    Map<String, String> values = view.attributes(index, s, m.key());
                    String key = m.key() + "\t" + s.direction() + "\t" + values.get(StatementAttributes.SPECIMEN);
                    if (!found.containsKey(key)) {
                        found.put(key, new RecordStatement(located.field(), located.section(), located.sentence(), m,
                                s.direction(), s.basis(), values));
                        view.remember(m.key(), values);
                    }
                }
            }
        }
        // Title before abstract, then by offset (stable: ties keep reading order).
        List<RecordStatement> ordered = new ArrayList<>(found.values());
        ordered.sort(Comparator.comparing((RecordStatement r) -> r.field().equals(BibliographicRecord.FIELD_TITLE) ? 0 : 1)
                .thenComparingInt(r -> r.sentence().start() + r.mention().start()));
        return List.copyOf(ordered);
    }

    /** The index of the abstract's first sentence, or -1 when it has none. */
    private static int firstOfAbstract(List<RecordSentence> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).field().equals(BibliographicRecord.FIELD_ABSTRACT)) {
                return i;
            }
        }
        return -1;
    }

    /** A sentence of the record, where it is, and its mentions in sentence offsets. */
    record RecordSentence(String field, String section, Sentence sentence, List<Mention> mentions, boolean methods,
                          List<LexiconEntry> resolved) {
    }

    /** The mentions a statement's entity stands for: itself, or the entities a phrase refers to. */
    private static List<Mention> mentionsOf(RecordSentence located, int entity) {
        Mention m = located.mentions().get(entity);
        if (located.resolved() == null) {
            return List.of(m);
        }
        List<Mention> expanded = new ArrayList<>();
        for (LexiconEntry entry : located.resolved()) {
            expanded.add(new Mention(m.start(), m.end(), entry, m.text()));
        }
        return expanded;
    }

    /**
     * A sentence that refers back to a set of entities ("both markers", "all three markers",
     * "these markers"): resolved to the entities of the latest sentence naming two or more, when
     * there are no more of them than the phrase counts (and exactly two for "both").
     */
    private RecordSentence anaphor(String section, Sentence sentence, List<LexiconEntry> lastNamed, boolean methods) {
        if (lastNamed.size() < 2 || !namesAClass(sentence.text())) {
            return null;
        }
        Matcher m = anaphor.matcher(sentence.text());
        if (!m.find()) {
            return null;
        }
        String count = m.group(1).toLowerCase(Locale.ROOT);
        int n = countOf(count.replaceFirst("^(?:all|the) ", ""));
        if (lastNamed.size() > n || (count.equals("both") && lastNamed.size() != 2)) {
            return null;
        }
        Mention phrase = new Mention(m.start(), m.end(), lastNamed.get(0), sentence.text().substring(m.start(), m.end()));
        return new RecordSentence(BibliographicRecord.FIELD_ABSTRACT, section, sentence, List.of(phrase), methods, lastNamed);
    }

    /**
     * A sentence that points to the entities named above ("the above cytokines were all elevated", "the three
     * aforementioned cytokines"): resolved only to those of the sentence right before it, when it names two or
     * more and as many as the phrase counts. "Above" may reach further back than "these" does, to a list of the
     * methods or to several sentences; only the sentence right before is sure to hold what it points to.
     */
    private RecordSentence aboveAnaphor(String section, Sentence sentence, List<LexiconEntry> namedJustBefore, boolean methods) {
        if (namedJustBefore.size() < 2 || !namesAClass(sentence.text())) {
            return null;
        }
        Matcher m = aboveAnaphor.matcher(sentence.text());
        if (!m.find() || singular(m.group())) {
            return null; // "the above cytokine" after a list names one of them, and which one is not said
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null && countOf(m.group(g).toLowerCase(Locale.ROOT)) != namedJustBefore.size()) {
                return null; // "the above three cytokines" after two names points elsewhere
            }
        }
        Mention phrase = new Mention(m.start(), m.end(), namedJustBefore.get(0), sentence.text().substring(m.start(), m.end()));
        return new RecordSentence(BibliographicRecord.FIELD_ABSTRACT, section, sentence, List.of(phrase), methods, namedJustBefore);
    }

    /**
     * The names a class phrase leaves out, when they are all the sentence names: each in a list that
     * "except (for)", "with the exception of" or "excluding" opens, after a class noun ("the cytokines mentioned
     * above, except IL-8", "all cytokines except IL-8 and IL-10"). Empty otherwise ("Except for IL-8, which rose,
     * ..." names no class before it; "IL-6, except in controls, rose" excepts no name).
     *
     * @param mentions the sentence's names, in sentence offsets, in order
     */
    private List<LexiconEntry> exceptedFromAClass(String sentence, List<Mention> mentions) {
        List<LexiconEntry> excepted = new ArrayList<>();
        int listEnd = -1; // where the list of excepted names reached, or -1 before the first
        for (Mention m : mentions) {
            boolean continues = listEnd >= 0 && LIST_SEPARATOR.matcher(sentence.substring(listEnd, m.start())).matches();
            if (!continues) {
                Matcher opener = EXCEPTION.matcher(sentence.substring(0, m.start()));
                if (!opener.find() || !namesAClass(sentence.substring(0, opener.start()))) {
                    return List.of();
                }
            }
            if (excepted.stream().noneMatch(e -> e.key().equals(m.key()))) {
                excepted.add(m.entry());
            }
            listEnd = m.end();
        }
        if (listEnd >= 0 && OWN_RELATIVE_CLAUSE.matcher(sentence.substring(listEnd)).lookingAt()) {
            return List.of(); // "did not differ, except for IL-6, which was higher": the sentence states IL-6's own change
        }
        return excepted;
    }

    /**
     * A phrase that points back, less the names excepted from it; {@code none} when it points nowhere, or to a list
     * that lacks an excepted name (then it points elsewhere), or when nothing is left.
     */
    private static RecordSentence less(RecordSentence phrase, List<LexiconEntry> excepted, RecordSentence none) {
        Set<String> exceptedKeys = new HashSet<>(excepted.stream().map(LexiconEntry::key).toList());
        if (phrase == null || !phrase.resolved().stream().map(LexiconEntry::key).toList().containsAll(exceptedKeys)) {
            return none;
        }
        List<LexiconEntry> left = phrase.resolved().stream().filter(e -> !exceptedKeys.contains(e.key())).toList();
        if (left.isEmpty()) {
            return none;
        }
        Mention at = phrase.mentions().get(0);
        return new RecordSentence(phrase.field(), phrase.section(), phrase.sentence(),
                List.of(new Mention(at.start(), at.end(), left.get(0), at.text())), phrase.methods(), left);
    }

    /** Whether a phrase that points above ends its class noun in the singular: "the above cytokine", "the chemokine mentioned above". */
    private static boolean singular(String phrase) {
        String noun = TRAILING_ABOVE.matcher(phrase).replaceFirst("");
        return !noun.toLowerCase(Locale.ROOT).endsWith("s");
    }

    /**
     * Whether a word before one of the sentence's names sets it apart from the others: "..., whereas IL-10 was not",
     * "IL-6 and IL-8, but not IL-10, ...", "Except for IL-10, ...".
     *
     * @param mentions the sentence's names, in sentence offsets
     */
    private static boolean setsANameApart(String sentence, List<Mention> mentions) {
        Matcher m = SETS_APART.matcher(sentence);
        if (!m.find()) {
            return false;
        }
        int apart = m.start();
        return mentions.stream().anyMatch(mention -> mention.start() > apart);
    }

    private static int countOf(String count) {
        return switch (count) {
            case "both", "two", "2" -> 2;
            case "three", "3" -> 3;
            case "four", "4" -> 4;
            case "five", "5" -> 5;
            case "six", "6" -> 6;
            default -> Integer.MAX_VALUE;
        };
    }

    /**
     * Whether the sentence holds one of the class nouns as a word of its own: "anticytokine" or "cytokine-producing"
     * hold one only inside a longer word, which names no class of the names.
     */
    private boolean namesAClass(String sentence) {
        return classNounWord.matcher(sentence).find();
    }

    private static List<LexiconEntry> distinctEntries(List<Mention> mentions) {
        Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        for (Mention m : mentions) {
            entries.putIfAbsent(m.key(), m.entry());
        }
        return List.copyOf(entries.values());
    }

    private static List<int[]> spans(List<Mention> mentions) {
        List<int[]> spans = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /**
     * The mentions inside {@code [start, end)}, moved to offsets relative to {@code start}. {@code mentions} are in text
     * order ({@link TermLexicon#find}), so the first is found by halving: a scan of every mention for every sentence took
     * time quadratic in the record's length (an explorer's F34: one record of 1 Mi characters, a sentence repeated, 11 s;
     * 2 Mi, 45 s).
     */
    private static List<Mention> within(List<Mention> mentions, int start, int end) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).start() < start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<Mention> inside = new ArrayList<>();
        for (int i = low; i < mentions.size() && mentions.get(i).start() < end; i++) {
            Mention m = mentions.get(i);
            if (m.end() <= end) {
                inside.add(m.shift(-start));
            }
        }
        return inside;
    }
}
