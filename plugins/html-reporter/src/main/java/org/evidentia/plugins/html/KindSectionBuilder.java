package org.evidentia.plugins.html;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.evidentia.api.Direction;
import org.evidentia.api.FindingKind;
import org.evidentia.api.NaturalOrder;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.SubjectLabels;
import org.evidentia.api.Synthesis;
import org.evidentia.api.Synthesis.Breakdown;
import org.evidentia.api.Synthesis.KindSynthesis;
import org.evidentia.api.Synthesis.Stratum;
import org.evidentia.api.Synthesis.StudyVote;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.evidentia.api.Synthesis.ValueCount;
import org.evidentia.api.Synthesis.Vote;
import org.evidentia.plugins.html.ReportView.BreakdownCell;
import org.evidentia.plugins.html.ReportView.BreakdownValue;
import org.evidentia.plugins.html.ReportView.CardFindings;
import org.evidentia.plugins.html.ReportView.Chip;
import org.evidentia.plugins.html.ReportView.Choice;
import org.evidentia.plugins.html.ReportView.Column;
import org.evidentia.plugins.html.ReportView.Data;
import org.evidentia.plugins.html.ReportView.Filter;
import org.evidentia.plugins.html.ReportView.FindingRow;
import org.evidentia.plugins.html.ReportView.FindingsLink;
import org.evidentia.plugins.html.ReportView.FindingsTable;
import org.evidentia.plugins.html.ReportView.KeyCell;
import org.evidentia.plugins.html.ReportView.KeyResults;
import org.evidentia.plugins.html.ReportView.KeyRow;
import org.evidentia.plugins.html.ReportView.Minority;
import org.evidentia.plugins.html.ReportView.MinorityVote;
import org.evidentia.plugins.html.ReportView.KindSection;
import org.evidentia.plugins.html.ReportView.BreakdownLabel;
import org.evidentia.plugins.html.ReportView.Labelled;
import org.evidentia.plugins.html.ReportView.Matrix;
import org.evidentia.plugins.html.ReportView.MatrixCell;
import org.evidentia.plugins.html.ReportView.MatrixRow;
import org.evidentia.plugins.html.ReportView.Plot;
import org.evidentia.plugins.html.ReportView.PlotCell;
import org.evidentia.plugins.html.ReportView.PlotStudy;
import org.evidentia.plugins.html.ReportView.PlotSubject;
import org.evidentia.plugins.html.ReportView.StratumSection;
import org.evidentia.plugins.html.ReportView.SynthesisRow;
import org.evidentia.plugins.html.ReportView.VoteGroup;
import org.evidentia.plugins.html.StudyEntry.FindingEntry;

/**
 * Lays out one finding kind's section from its synthesis and its findings alone, so another kind
 * never changes it: its strata (the lead one first), each with its synthesis table, effect
 * direction plot and evidence matrices; and its findings table, whose columns and filters come from
 * the kind's vocabulary; and its key results for the top of the page. It also gives the votes and findings the study cards show for this kind.
 */
final class KindSectionBuilder {

    /**
     * What one kind adds to the page.
     *
     * @param section      its section
     * @param votes        each voting study's votes on this kind, by record id, stratum by stratum
     * @param cardFindings each non-voting study's findings of this kind, by record id
     */
    record Result(KindSection section, KeyResults keyResults, Map<String, List<VoteGroup>> votes,
                  Map<String, CardFindings> cardFindings) {
    }

    /** How many subjects of the lead stratum the key results show. */
    private static final int KEY_SUBJECTS = 8;
    /** How many value columns of an evidence matrix a printed page holds; a wider matrix prints in parts. */
    private static final int PRINT_COLUMNS = 10;
    /** How many values a synthesis table's breakdown cell shows before folding the rest away. */
    private static final int CELL_VALUES = 5;
    /** How many values of the breakdown each key result names. */
    private static final int KEY_VALUES = 3;
    /** How many votes of a key result's rarer direction it shows by their sentences. */
    static final int MINORITY_SHOWN = 5;
    /**
     * The fewest ▲ and ▼ votes with which a two-sided sign test can reach p &lt; 0.05 (all 6 one way give
     * 2 / 64 = 0.031; 5 give 0.0625): below it the page prints no p, which would only invite reading.
     */
    static final int MIN_VOTES_FOR_TEST = 6;

    /** One finding of this kind, with its study and its subject's canonical key. */
    private record Item(StudyInfo study, FindingEntry finding, String key) {
    }

    /** A value of a BREAKDOWN attribute among a subject's findings in a stratum. */
    private record ValueKey(List<String> stratum, String subject, String attribute, String value) {
    }

    /**
     * The findings behind a synthesis row ({@code study} null) or behind one study's vote in it:
     * the voting findings of one subject in one stratum, of one study or of all.
     */
    private record Behind(List<String> stratum, String subject, String study) {
    }

    /** Where the findings behind a row or a vote start in the findings table, and how many they are. */
    private record FirstRow(int index, int count) {
    }

    private static final PlotCell NO_VOTE = new PlotCell("", "", "", null);
    /** How a value's declared meaning says that it is work outside a living body. */
    private static final Pattern IN_VITRO = Pattern.compile("\\bin vitro\\b", Pattern.CASE_INSENSITIVE);
    /**
     * How a stratum value's meaning ends where the value is work in vitro ({@code measured in cultured cell lines (in
     * vitro)}): narrower than a breakdown's phrase, since a stratum's meaning may well say "not in vitro" (the review of the
     * change, R10).
     */
    private static final String STRATUM_IN_VITRO = "(in vitro)";
    /**
     * How a value's declared meaning says that its material is often worked on outside the body, though not in vitro as such
     * ({@code whole-blood cultures, often stimulated outside the body}): group 1 is the phrase a note quotes.
     */
    private static final Pattern OUTSIDE_THE_BODY = Pattern.compile("\\b((?:often |mostly |sometimes )?[\\p{L}-]+ outside the body)",
            Pattern.CASE_INSENSITIVE);
    /** What a ◆ vote that rests on one sentence read both ways adds to its description. */
    static final String ONE_SENTENCE = ", from one sentence read both as increased and as decreased: possibly a misreading";
    /** The stratum attribute that says what a direction compares. */
    private static final String COMPARISON = "comparison";
    /**
     * The {@value #COMPARISON} of cases against controls, whose strata also hold contrasts between
     * subgroups of one condition ({@link Phrases#subgroupContrasts}); no other value's do.
     */
    private static final String CASES_AGAINST_CONTROLS = "condition";
    /** The data attribute and filter saying whether a finding's study votes, and its two values. */
    private static final String VOTES = "votes";
    private static final String VOTING = "yes";
    private static final String NOT_VOTING = "no";

    private final KindSynthesis synthesis;
    private final FindingKind kind;
    private final String anchor;
    private final Map<String, StudyInfo> byId;
    /** Whether a study votes: {@link Synthesis#votes}. */
    private final Predicate<StudyDesign> votes;
    private final Numbering numbering;
    private final List<Attribute> strata;
    private final List<Attribute> breakdowns;
    /**
     * The breakdowns as the synthesis table and matrices show them: the BREAKDOWN attributes first
     * (a closed vocabulary, short), then the free-text stratum ones, whose many values would push
     * the others out of view.
     */
    private final List<Attribute> tableBreakdowns;
    private final List<Attribute> details;
    private final List<Item> items = new ArrayList<>();
    /** Each subject's one label, by canonical key; a finding's own label stays in its row. */
    private final SubjectLabels subjectLabels;
    private final Map<String, Integer> subjectRank = new HashMap<>();
    private final Map<List<String>, Integer> stratumRank = new HashMap<>();
    private final Map<String, Map<String, Integer>> valueRanks = new HashMap<>();
    /** Each study's place among this kind's studies, so another kind's studies never shift it. */
    private final Map<String, Integer> studyRank = new HashMap<>();
    /**
     * For each value of a BREAKDOWN attribute of a subject in a stratum, the directions of each
     * voting study's findings stating it, by record id: what its votes per value are counted from.
     */
    private final Map<ValueKey, Map<String, Set<Direction>>> valueDirections = new HashMap<>();
    /** The findings behind each synthesis row and each study's vote, by where they start in the findings table. */
    private final Map<Behind, FirstRow> behind = new HashMap<>();
    /** The rows of the findings table that a link points to, by index: the first of the findings behind a row or vote. */
    private final Set<Integer> linkedRows = new HashSet<>();
    /** The attributes the run was focused on, by name: a caveat does not advise focusing on them. */
    private final Set<String> focused;
    /** The findings behind each study's vote (a {@link Behind} with its study), in the findings table's order. */
    private final Map<Behind, List<FindingEntry>> voteFindings = new HashMap<>();
    /** {@link #sentenceReadBothWays} of each vote asked about. */
    private final Map<Behind, Optional<FindingEntry>> readBothWays = new HashMap<>();
    /**
     * The values of the BREAKDOWN attributes that mean work in vitro, by attribute name: those whose declared meaning
     * ({@link Attribute#meanings()}) says "in vitro". The reporter names no domain; the kind says which values these are.
     */
    private final Map<String, Set<String>> inVitroValues = new LinkedHashMap<>();
    /**
     * The values of the BREAKDOWN attributes whose declared meaning says their material is often worked on outside the body
     * ({@link #OUTSIDE_THE_BODY}), by attribute name, each with that phrase: white cells from blood, often stimulated in a
     * dish, which the in-vitro note counted with the living (the review of session 30, H1).
     */
    private final Map<String, Map<String, String>> outsideTheBodyValues = new LinkedHashMap<>();

    /**
     * @param studyOrder the report's studies with findings, in study order
     * @param arrival    the same studies in the run's order
     * @param focused    the names of the attributes the run was focused on
     */
    KindSectionBuilder(KindSynthesis synthesis, List<StudyInfo> studyOrder, List<StudyInfo> arrival,
                       Predicate<StudyDesign> votes, Numbering numbering, Set<String> focused) {
        this.synthesis = synthesis;
        this.focused = focused;
        this.kind = synthesis.kind();
        this.anchor = "kind-" + kind.name();
        this.votes = votes;
        this.numbering = numbering;
        this.strata = kind.synthesisStrata();
        this.breakdowns = kind.synthesisBreakdowns();
        this.tableBreakdowns = breakdowns.stream().sorted(Comparator.comparing(a -> a.role() != Role.BREAKDOWN)).toList();
        this.details = kind.attributes(Role.DETAIL);
        this.byId = new HashMap<>();
        studyOrder.forEach(s -> byId.put(s.entry().id(), s));
        // a subject's label is chosen from every label its findings carry, as in the synthesis
        this.subjectLabels = new SubjectLabels(kind);
        for (StudyInfo study : arrival) {
            for (FindingEntry finding : study.entry().findings()) {
                if (finding.kind().equals(kind.name())) {
                    subjectLabels.add(finding.subjectKey(), finding.subjectLabel());
                }
            }
        }
        for (StudyInfo study : studyOrder) {
            for (FindingEntry finding : study.entry().findings()) {
                if (finding.kind().equals(kind.name())) {
                    items.add(new Item(study, finding, kind.canonicalKey(finding.subjectKey())));
                    studyRank.putIfAbsent(study.entry().id(), studyRank.size());
                }
            }
        }
        rank();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (votes.test(item.study().entry().design())) {
                List<String> tuple = stratumOf(item.finding());
                countBehind(new Behind(tuple, item.key(), null), i);
                countBehind(new Behind(tuple, item.key(), item.study().entry().id()), i);
                voteFindings.computeIfAbsent(new Behind(tuple, item.key(), item.study().entry().id()), k -> new ArrayList<>())
                        .add(item.finding());
            }
        }
        for (Attribute attribute : breakdowns) {
            if (attribute.role() == Role.BREAKDOWN) {
                attribute.meanings().forEach((value, meaning) -> {
                    Matcher outside = OUTSIDE_THE_BODY.matcher(meaning.meaning());
                    if (IN_VITRO.matcher(meaning.meaning()).find()) {
                        inVitroValues.computeIfAbsent(attribute.name(), n -> new LinkedHashSet<>()).add(value);
                    } else if (outside.find()) {
                        outsideTheBodyValues.computeIfAbsent(attribute.name(), n -> new LinkedHashMap<>()).put(value, outside.group(1));
                    }
                });
            }
        }
        behind.values().forEach(first -> linkedRows.add(first.index()));
        // every breakdown's values get votes: the synthesis table shows a BREAKDOWN attribute's, the
        // key results a free-text stratum attribute's too (a subject's main conditions)
        for (Item item : items) {
            if (votes.test(item.study().entry().design())) {
                for (Attribute attribute : breakdowns) {
                    valueDirections.computeIfAbsent(new ValueKey(stratumOf(item.finding()), item.key(), attribute.name(),
                                    item.finding().attribute(attribute.name())), k -> new HashMap<>())
                            .computeIfAbsent(item.study().entry().id(), r -> EnumSet.noneOf(Direction.class))
                            .add(item.finding().direction());
                }
            }
        }
    }

    private void rank() {
        List<String> keys = new ArrayList<>(subjectLabels.keys());
        keys.sort(Comparator.comparing((String k) -> subjectLabels.get(k), NaturalOrder.INSTANCE).thenComparing(k -> k));
        for (int i = 0; i < keys.size(); i++) {
            subjectRank.put(keys.get(i), i);
        }
        // strata as the synthesis orders them; strata without votes (findings of non-voting studies
        // only) after them, by their values, as the review table orders them
        Map<List<String>, Integer> synthesised = new HashMap<>();
        for (int i = 0; i < synthesis.strata().size(); i++) {
            synthesised.put(synthesis.strata().get(i).values(), i);
        }
        List<List<String>> tuples = items.stream().map(i -> stratumOf(i.finding())).distinct()
                .sorted(Comparator.comparingInt((List<String> t) -> synthesised.getOrDefault(t, Integer.MAX_VALUE))
                        .thenComparing(this::compareStrata))
                .toList();
        for (int i = 0; i < tuples.size(); i++) {
            stratumRank.put(tuples.get(i), i);
        }
        for (Attribute attribute : concat(breakdowns, details)) {
            List<String> values = items.stream().map(i -> i.finding().attribute(attribute.name())).distinct()
                    .sorted(attribute.valueOrder()).toList();
            Map<String, Integer> ranks = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                ranks.put(values.get(i), i);
            }
            valueRanks.put(attribute.name(), ranks);
        }
        // the review table's order: subject, stratum, study, place; within a stratum the voting
        // studies' findings first, so that the findings a synthesis row counts are one block, which
        // its link leads to the first row of (without JavaScript, and in print)
        items.sort(Comparator.comparingInt((Item i) -> subjectRank.get(i.key()))
                .thenComparingInt(i -> stratumRank.get(stratumOf(i.finding())))
                .thenComparing(i -> !votes.test(i.study().entry().design()))
                .thenComparingInt(i -> i.study().rank())
                .thenComparing(Item::finding, FindingEntry.PLACE));
    }

    private void countBehind(Behind key, int index) {
        behind.merge(key, new FirstRow(index, 1), (first, next) -> new FirstRow(first.index(), first.count() + 1));
    }

    /**
     * The link to the findings behind a synthesis row ({@code study} null) or a study's vote: to the
     * first of them in the findings table, and the filters that show them all (subject, each
     * stratum attribute, and the study or, for a row, its studies' voting: a review's findings on
     * the subject in the stratum are not the row's), which the page's script sets; null when the
     * report was handed none of them.
     */
    private FindingsLink findingsLink(List<String> stratum, String subject, StudyInfo study) {
        FirstRow first = behind.get(new Behind(stratum, subject, study == null ? null : study.entry().id()));
        if (first == null) {
            return null;
        }
        List<String> filters = new ArrayList<>();
        filters.add(filter("subject", subject));
        for (int i = 0; i < strata.size(); i++) {
            filters.add(filter(key(strata.get(i)), shown(stratum.get(i))));
        }
        if (study != null) {
            filters.add(filter("study", study.anchor()));
        } else {
            filters.add(filter(VOTES, VOTING));
        }
        return new FindingsLink(rowAnchor(first.index()), anchor + "-findings-table", String.join("&", filters), first.count());
    }

    /** {@code key=value}, the value percent-encoded as the page's script decodes it ({@code decodeURIComponent}). */
    private static String filter(String key, String value) {
        return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The id of a row of the findings table that a link points to. */
    private String rowAnchor(int index) {
        return anchor + "-findings-row-" + (index + 1);
    }

    /** Whether the run has any finding of this kind, of any design. */
    boolean hasFindings() {
        return !items.isEmpty();
    }

    Result build() throws IOException {
        Map<String, List<VoteGroup>> votes = new HashMap<>();
        List<StratumSection> sections = new ArrayList<>();
        for (int i = 0; i < synthesis.strata().size(); i++) {
            sections.add(stratum(synthesis.strata().get(i), i, votes));
        }
        KeyResults keyResults = keyResults(sections.isEmpty() ? null : synthesis.strata().get(0),
                sections.isEmpty() ? null : sections.get(0));
        FindingsTable table = findingsTable();
        Map<String, CardFindings> cards = cardFindings();
        List<String> notVoting = synthesis.studiesNotVoting().stream()
                .map(d -> StudyInfo.designWords(d.design()) + (d.retracted() ? ", retracted" : "") + ": " + Phrases.number(d.studies())).toList();
        int notVotingStudies = synthesis.studiesNotVoting().stream().mapToInt(Synthesis.DesignCount::studies).sum();
        long studies = items.stream().map(i -> i.study().entry().id()).distinct().count();
        int signTests = 0;
        int signTestsBelow = 0;
        for (Stratum stratum : synthesis.strata()) {
            for (SubjectSynthesis s : stratum.subjects()) {
                if (s.count(Vote.UP) + s.count(Vote.DOWN) >= MIN_VOTES_FOR_TEST) {
                    signTests++;
                    signTestsBelow += s.signTestP() < 0.05 ? 1 : 0;
                }
            }
        }
        String summary = Phrases.count(items.size(), "finding", "findings") + " on "
                + Phrases.count(subjectLabels.keys().size(), Phrases.noun(kind.subjectLabel()), Phrases.noun(kind.subjectPlural())) + " in "
                + Phrases.count(studies, "study", "studies") + "; "
                + Phrases.count(synthesis.strata().size(), "stratum", "strata") + " with votes"
                + (notVotingStudies == 0 ? "" : "; " + Phrases.count(notVotingStudies, "study casts", "studies cast") + " no votes")
                + ".";
        KindSection section = new KindSection(anchor, kind.name(), kind.subjectLabel(), kind.subjectPlural(),
                Phrases.noun(kind.subjectLabel()), Phrases.noun(kind.subjectPlural()), summary, sections,
                notVoting, notVotingStudies, table, "", Phrases.accuracy(Phrases.noun(kind.subjectLabel()), kind.accuracy()),
                Phrases.accuracySummary(Phrases.noun(kind.subjectLabel()), firstStratum(), kind.accuracy()), strataNote(),
                signTests, signTestsBelow);
        return new Result(section, keyResults, votes, cards);
    }

    /** The kind's first stratum attribute, whose share right its accuracy statement may give; null when it has none. */
    private Attribute firstStratum() {
        return kind.synthesisStrata().isEmpty() ? null : kind.synthesisStrata().get(0);
    }

    /**
     * That a study with findings in several strata counts in each, with the numbers (the studies that
     * vote, and how often the strata table counts them), so that a reader adding up its Studies column
     * is not left with more studies than vote; empty when no study is in two strata.
     */
    private String strataNote() {
        Set<String> voters = new HashSet<>();
        int counted = 0;
        for (Stratum stratum : synthesis.strata()) {
            counted += stratum.studies();
            stratum.subjects().forEach(s -> s.votes().forEach(v -> voters.add(v.recordId())));
        }
        if (counted <= voters.size()) {
            return "";
        }
        return "A study with findings in several strata counts once in each: the "
                + Phrases.count(voters.size(), "study that votes appears ", "studies that vote appear ") + Phrases.number(counted)
                + " times below.";
    }

    /** The lead stratum's subjects with the most studies, for the box at the top of the page. */
    private KeyResults keyResults(Stratum lead, StratumSection section) {
        String accuracy = Phrases.accuracyPlain(Phrases.noun(kind.subjectLabel()), firstStratum(), kind.accuracy());
        if (lead == null) {
            return new KeyResults(anchor, kind.subjectLabel(), kind.subjectPlural(), null, null, 0, "", List.of(), List.of(), "", "", "",
                    false, accuracy, "", "");
        }
        Map<String, SubjectSynthesis> byKey = new HashMap<>();
        lead.subjects().forEach(s -> byKey.put(s.key(), s));
        List<KeyRow> rows = new ArrayList<>();
        for (SynthesisRow row : section.synthesis().subList(0, Math.min(KEY_SUBJECTS, section.synthesis().size()))) {
            SubjectSynthesis s = byKey.get(row.key());
            List<KeyCell> cells = new ArrayList<>();
            for (Attribute attribute : tableBreakdowns) {
                List<ValueCount> stated = statedValues(s.breakdown(attribute.name()));
                cells.add(new KeyCell(mainValues(stated).stream().map(c -> value(lead, s, attribute, c, true)).toList(),
                        stated.size() > KEY_VALUES, notStated(lead, s, attribute)));
            }
            rows.add(new KeyRow(row.label(), row.key(), row.anchor(), row.studies(), row.up(), row.down(), row.unclear(),
                    noChangeOnly(lead, s), row.signTestP(), row.tooFewVotes(), row.p(), cells, minority(lead, s), oneSentenceVotes(lead, s)));
        }
        int more = section.synthesis().size() - rows.size();
        return new KeyResults(anchor, kind.subjectLabel(), kind.subjectPlural(), section.anchor(), section.label(),
                section.studies(), pool(lead), tableBreakdowns.stream().map(Attribute::label).toList(), rows,
                more == 0 ? "" : Phrases.count(more, "more " + Phrases.noun(kind.subjectLabel()), "more " + Phrases.noun(kind.subjectPlural())),
                section.caveat(), section.caveatMark(), section.pooledContrasts(), accuracy, section.inVitro(), noVotesInFirst(lead));
    }

    /**
     * That the kind's first stratum in its declared order (each stratum attribute's first value, or the value the run was focused
     * on) has no votes, when the lead stratum is another: a question of that stratum (cases against controls, say) was answered
     * with another contrast's votes, with no word that it had none of its own (the review of session 27, D1); empty otherwise.
     */
    private String noVotesInFirst(Stratum lead) {
        List<Attribute> strata = kind.synthesisStrata();
        List<String> first = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            Attribute attribute = strata.get(i);
            if (focused.contains(attribute.name())) {
                first.add(lead.values().get(i));
            } else if (attribute.values().isEmpty()) {
                return ""; // an open attribute has no first value
            } else {
                first.add(attribute.values().get(0));
            }
        }
        if (first.isEmpty() || first.equals(lead.values())) {
            return "";
        }
        String firstWords = ValueWords.stratum(strata, first);
        String leadWords = ValueWords.stratum(strata, lead.values());
        return "No study of this run votes on " + Phrases.noun(kind.subjectPlural()) + " in " + firstWords + ", the first stratum in"
                + " this kind's order: the main stratum below is " + leadWords + ", the first with votes; read its results as of "
                + leadWords + ", not of " + firstWords + ".";
    }

    /**
     * How many of a subject's ◆ votes in a stratum come from studies that found no change only (every finding unchanged), not
     * from findings that conflict: the sign test leaves both out, and a reader weighing the ▲ majority needs the null results
     * apart (an explorer's B, s18: 16 of one subject's 18 ◆ were null results, shown only as "no clear direction").
     */
    private long noChangeOnly(Stratum stratum, SubjectSynthesis subject) {
        return subject.votes().stream().filter(v -> v.vote() == Vote.NO_CLEAR_DIRECTION).filter(v -> {
            List<FindingEntry> findings = voteFindings.getOrDefault(new Behind(stratum.values(), subject.key(), v.recordId()), List.of());
            return !findings.isEmpty() && findings.stream().allMatch(f -> f.direction() == Direction.UNCHANGED);
        }).count();
    }

    /**
     * The studies of a subject in a stratum that state no value of {@code attribute} in any of their findings, with their
     * votes (all their findings state none, so these are their votes on the subject): the "not stated" a key result names
     * after its main values, so that its values cover every study it counts (READREV, M9). Null when every study states one.
     */
    private BreakdownValue notStated(Stratum stratum, SubjectSynthesis subject, Attribute attribute) {
        long[] counts = new long[Vote.values().length];
        int none = 0;
        for (StudyVote vote : subject.votes()) {
            List<FindingEntry> findings = voteFindings.getOrDefault(new Behind(stratum.values(), subject.key(), vote.recordId()), List.of());
            if (!findings.isEmpty() && findings.stream().allMatch(f -> f.attribute(attribute.name()) == null)) {
                none++;
                counts[vote.vote().ordinal()]++;
            }
        }
        return none == 0 ? null : new BreakdownValue(Synthesis.NOT_STATED, none, true, counts[Vote.UP.ordinal()],
                counts[Vote.DOWN.ordinal()], counts[Vote.NO_CLEAR_DIRECTION.ordinal()]);
    }

    /**
     * The first finding (in text order) of a study's vote on a subject in a stratum whose sentence was read both ways: an
     * increase and a decrease drawn from the same sentence; null when none was. A study may report both directions (a rise
     * at one time and a fall at another), but one sentence read as both is more often a misreading: "an increase in A, B
     * and C; D decreased" gave each of the four both (READREV, M5).
     */
    private FindingEntry sentenceReadBothWays(List<String> stratum, String subject, String study) {
        // asked for a vote's plot cell, its chip and the key results: worked out once per vote
        return readBothWays.computeIfAbsent(new Behind(stratum, subject, study), b -> Optional.ofNullable(firstReadBothWays(b)))
                .orElse(null);
    }

    private FindingEntry firstReadBothWays(Behind vote) {
        List<FindingEntry> findings = new ArrayList<>(voteFindings.getOrDefault(vote, List.of()));
        Map<List<Object>, Set<Direction>> bySentence = new HashMap<>();
        for (FindingEntry f : findings) {
            bySentence.computeIfAbsent(sentenceOf(f), k -> EnumSet.noneOf(Direction.class)).add(f.direction());
        }
        findings.sort(FindingEntry.PLACE);
        for (FindingEntry f : findings) {
            Set<Direction> read = bySentence.get(sentenceOf(f));
            if (read.contains(Direction.INCREASED) && read.contains(Direction.DECREASED)) {
                return f;
            }
        }
        return null;
    }

    /** Which sentence of its record a finding comes from. */
    private static List<Object> sentenceOf(FindingEntry f) {
        return List.of(f.inTitle(), f.sentenceStart());
    }

    /** A vote's description for a plot cell or a chip: {@link Marks#describe}, and {@link #ONE_SENTENCE} where it applies. */
    private String describe(List<String> stratum, String subject, StudyVote vote) {
        return Marks.describe(vote.vote())
                + (vote.vote() == Vote.NO_CLEAR_DIRECTION && sentenceReadBothWays(stratum, subject, vote.recordId()) != null ? ONE_SENTENCE : "");
    }

    /**
     * A key result's ◆ votes that rest on one sentence read both ways ({@link #sentenceReadBothWays}), each with that sentence (its
     * first such one), which a reader checks first as possible misreadings; null when it has none.
     */
    private Minority oneSentenceVotes(Stratum stratum, SubjectSynthesis subject) {
        List<StudyInfo> studies = subject.votes().stream()
                .filter(v -> v.vote() == Vote.NO_CLEAR_DIRECTION && sentenceReadBothWays(stratum.values(), subject.key(), v.recordId()) != null)
                .map(v -> byId.get(v.recordId())).filter(study -> study != null)
                .sorted(Comparator.comparingInt(StudyInfo::rank)).toList();
        if (studies.isEmpty()) {
            return null;
        }
        List<MinorityVote> shown = new ArrayList<>();
        for (StudyInfo study : studies.subList(0, Math.min(MINORITY_SHOWN, studies.size()))) {
            FindingEntry f = sentenceReadBothWays(stratum.values(), subject.key(), study.entry().id());
            shown.add(new MinorityVote(ReportViewBuilder.ref(study, votes), f.readBothWays(), findingsLink(stratum.values(), subject.key(), study)));
        }
        return new Minority(Marks.cssClass(Vote.NO_CLEAR_DIRECTION), Marks.symbol(Vote.NO_CLEAR_DIRECTION),
                Marks.describe(Vote.NO_CLEAR_DIRECTION), studies.size(), shown, null);
    }

    /**
     * How many of a stratum's votes come from findings in vitro ({@link #inVitroValues}): a vote whose every finding states
     * such a value, and a vote some of whose findings do, as {@link Phrases#inVitro} says them; empty when none does or the
     * kind declares no such value.
     */
    private String inVitro(Stratum stratum, int votes) {
        List<Attribute> strata = kind.synthesisStrata();
        for (int i = 0; i < strata.size() && i < stratum.values().size(); i++) {
            Attribute attribute = strata.get(i);
            String value = stratum.values().get(i);
            Attribute.ValueMeaning meaning = value == null ? null : attribute.meanings().get(value);
            if (meaning != null && meaning.meaning().endsWith(STRATUM_IN_VITRO)) {
                // a stratum whose own value is work in vitro holds nothing else: every vote is in vitro, whatever its findings'
                // breakdown values say (the review of session 24, H3: 4 of such a stratum's 6 votes were counted)
                return Phrases.inVitro(votes, 0, votes, List.of(ValueWords.label(attribute, value)), List.of(Phrases.noun(attribute.label())));
            }
        }
        if (inVitroValues.isEmpty() && outsideTheBodyValues.isEmpty()) {
            return "";
        }
        int alone = 0;
        int partly = 0;
        int outside = 0;
        int outsidePartly = 0;
        for (SubjectSynthesis s : stratum.subjects()) {
            for (StudyVote vote : s.votes()) {
                List<FindingEntry> findings = voteFindings.getOrDefault(new Behind(stratum.values(), s.key(), vote.recordId()), List.of());
                long inVitro = findings.stream().filter(f -> valueOf(f, inVitroValues.keySet(), (a, v) -> inVitroValues.get(a).contains(v))).count();
                if (inVitro > 0 && inVitro == findings.size()) {
                    alone++;
                } else if (inVitro > 0) {
                    partly++;
                } else {
                    long fromOutside = findings.stream().filter(f -> valueOf(f, outsideTheBodyValues.keySet(),
                            (a, v) -> outsideTheBodyValues.get(a).containsKey(v))).count();
                    if (fromOutside > 0 && fromOutside == findings.size()) {
                        outside++;
                    } else if (fromOutside > 0) {
                        outsidePartly++; // as the in-vitro count says its votes in part (the review of the change, S5)
                    }
                }
            }
        }
        List<String> labels = new ArrayList<>();
        List<String> nouns = new ArrayList<>();
        List<String> outsideLabels = new ArrayList<>();
        String outsidePhrase = null;
        for (Attribute attribute : breakdowns) {
            Set<String> values = inVitroValues.get(attribute.name());
            if (values != null) {
                values.forEach(v -> labels.add(ValueWords.label(attribute, v)));
                nouns.add(Phrases.noun(attribute.label()));
            }
            Map<String, String> others = outsideTheBodyValues.get(attribute.name());
            if (others != null) {
                others.keySet().forEach(v -> outsideLabels.add(ValueWords.label(attribute, v)));
                outsidePhrase = outsidePhrase == null ? others.values().iterator().next() : outsidePhrase;
            }
        }
        String inVitro = Phrases.inVitro(alone, partly, votes, labels, nouns);
        String outsideTheBody = Phrases.outsideTheBody(outside, outsidePartly, votes, !inVitro.isEmpty(), outsideLabels, outsidePhrase);
        return inVitro.isEmpty() ? outsideTheBody : outsideTheBody.isEmpty() ? inVitro : inVitro + " " + outsideTheBody;
    }

    /** Whether a finding states, for one of {@code attributes}, a value {@code listed} holds. */
    private static boolean valueOf(FindingEntry finding, Set<String> attributes, java.util.function.BiPredicate<String, String> listed) {
        for (String attribute : attributes) {
            String value = finding.attribute(attribute);
            if (value != null && listed.test(attribute, value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the lead stratum pools, for the key results' heading: for each free-text stratum attribute
     * (a condition, counted inside the strata), how many values its studies state, and in how many of its
     * studies no value is recognised in any finding ({@code 62 values of condition pooled; no condition was
     * recognised in 52 of its 141 studies}), so that a reader does not take the votes for one condition's; empty without such an attribute.
     */
    private String pool(Stratum lead) {
        List<String> parts = new ArrayList<>();
        for (Attribute attribute : breakdowns) {
            if (attribute.role() != Role.STRATUM) {
                continue;
            }
            Set<String> values = new HashSet<>();
            Set<String> stating = new HashSet<>();
            Set<String> studies = new HashSet<>();
            for (Item item : items) {
                if (votes.test(item.study().entry().design()) && stratumOf(item.finding()).equals(lead.values())) {
                    String id = item.study().entry().id();
                    studies.add(id);
                    String value = item.finding().attribute(attribute.name());
                    if (value != null) {
                        values.add(value);
                        stating.add(id);
                    }
                }
            }
            String noun = Phrases.noun(attribute.label());
            int none = studies.size() - stating.size();
            // "recognised", not "stated": a study may state its condition in words the extractor does not read (report reader s9, H2)
            if (values.isEmpty()) { // "0 values of condition pooled; 1 of its 1 study states none" (READREV)
                parts.add("no " + noun + " was recognised in " + (studies.size() == 1 ? "its study"
                        : "any of its " + Phrases.number(studies.size()) + " studies"));
                continue;
            }
            parts.add(Phrases.count(values.size(), "value of " + noun, "values of " + noun) + " pooled"
                    // "none was recognised" read as nothing at all recognised (report reader s27, D6)
                    + (none == 0 ? "" : "; no " + noun + " was recognised in " + Phrases.number(none) + " of its "
                            + Phrases.count(studies.size(), "study", "studies")));
        }
        return String.join("; ", parts);
    }

    /**
     * The votes of a subject's rarer direction in a stratum (▼ where ▲ outnumber them, ▲ where ▼ do),
     * each with the first sentence of its study read in that direction: the votes a reader checks
     * first, since a misread sentence most often lands there. Null without such votes or on a tie.
     */
    private Minority minority(Stratum stratum, SubjectSynthesis subject) {
        long up = subject.count(Vote.UP);
        long down = subject.count(Vote.DOWN);
        if (up == down || up == 0 || down == 0) {
            return null; // a tie has no rarer direction, and "the 0 decreased votes" nothing to check
        }
        Vote vote = up > down ? Vote.DOWN : Vote.UP;
        Direction direction = vote == Vote.UP ? Direction.INCREASED : Direction.DECREASED;
        List<StudyInfo> studies = subject.votes().stream().filter(v -> v.vote() == vote)
                .map(v -> byId.get(v.recordId())).filter(study -> study != null)
                .sorted(Comparator.comparingInt(StudyInfo::rank)).toList();
        List<MinorityVote> shown = new ArrayList<>();
        int first = -1;
        int count = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.key().equals(subject.key()) && item.finding().direction() == direction
                    && votes.test(item.study().entry().design()) && stratumOf(item.finding()).equals(stratum.values())) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        for (StudyInfo study : studies.subList(0, Math.min(MINORITY_SHOWN, studies.size()))) {
            items.stream()
                    .filter(i -> i.study() == study && i.key().equals(subject.key()) && i.finding().direction() == direction
                            && stratumOf(i.finding()).equals(stratum.values()))
                    .min(Comparator.comparing(Item::finding, FindingEntry.PLACE))
                    .ifPresent(i -> shown.add(new MinorityVote(ReportViewBuilder.ref(study, votes), i.finding().sentence(),
                            findingsLink(stratum.values(), subject.key(), study))));
        }
        FindingsLink all = null;
        FindingsLink row = findingsLink(stratum.values(), subject.key(), null);
        if (row != null && first >= 0) {
            linkedRows.add(first);
            all = new FindingsLink(rowAnchor(first), row.table(), row.filter() + "&" + filter("direction", direction.label()), count);
        }
        return new Minority(Marks.cssClass(vote), Marks.symbol(vote), direction.label(), studies.size(), shown, all);
    }

    /** A breakdown's stated values (the studies stating none are {@link #notStated}). */
    private static List<ValueCount> statedValues(Breakdown breakdown) {
        if (breakdown == null) {
            return List.of();
        }
        return breakdown.counts().stream().filter(c -> c.value() != null).toList();
    }

    /** The {@value #KEY_VALUES} values stated by the most studies. */
    private static List<ValueCount> mainValues(List<ValueCount> counts) {
        return counts.stream()
                .sorted(Comparator.comparingInt((ValueCount c) -> -c.studies())) // stable: ties keep the breakdown's order
                .limit(KEY_VALUES)
                .toList();
    }

    /**
     * A breakdown value with its studies and, for a BREAKDOWN attribute, the votes of those studies
     * on the subject in the stratum counted from their findings stating the value, by the
     * synthesis' rule for a study's vote: up when every such finding with a direction of change is
     * an increase, down when every one is a decrease, no clear direction when they conflict or
     * report no change only. A study stating two values votes under each, so that a study with
     * no clear direction overall may be up in serum and down in tissue; a value's votes add up to
     * its studies. Without {@code withVotes} (a free-text attribute in the synthesis table, whose many
     * values would make the row long) the studies alone.
     */
    private BreakdownValue value(Stratum stratum, SubjectSynthesis subject, Attribute attribute, ValueCount count, boolean withVotes) {
        if (!withVotes) {
            return new BreakdownValue(ValueWords.label(attribute, count.value()), count.studies(), false, 0, 0, 0);
        }
        if (count.value() == null) {
            // the studies stating no value, as the synthesis counts them: the votes of the findings that state none were those of
            // studies stating a value in another finding too, more votes than studies (a reviewer of session 21's change)
            BreakdownValue none = notStated(stratum, subject, attribute);
            if (none != null) {
                return none;
            }
        }
        Map<String, Set<Direction>> studies = valueDirections.getOrDefault(
                new ValueKey(stratum.values(), subject.key(), attribute.name(), count.value()), Map.of());
        long[] votes = new long[Vote.values().length];
        studies.values().forEach(directions -> votes[Vote.of(directions).ordinal()]++);
        return new BreakdownValue(ValueWords.label(attribute, count.value()), count.studies(), true,
                votes[Vote.UP.ordinal()], votes[Vote.DOWN.ordinal()], votes[Vote.NO_CLEAR_DIRECTION.ordinal()]);
    }

    private static String shown(String value) {
        return value == null ? Synthesis.NOT_STATED : value;
    }

    private StratumSection stratum(Stratum stratum, int index, Map<String, List<VoteGroup>> votes) {
        String id = anchor + "-stratum-" + (index + 1);
        List<Labelled> values = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            String value = stratum.values().get(i);
            String shown = ValueWords.label(strata.get(i), value);
            values.add(new Labelled(strata.get(i).label(), value == null || shown.equals(value) ? shown : shown + " (" + value + ")"));
        }
        String label = strata.isEmpty() ? "all findings" : ValueWords.stratum(strata, stratum.values());
        List<SynthesisRow> rows = new ArrayList<>();
        int voteCount = 0;
        String heading = kind.subjectPlural() + " · " + label;
        Map<String, VoteGroup> groups = new LinkedHashMap<>();
        for (SubjectSynthesis s : stratum.subjectsByStudies()) {
            long up = s.count(Vote.UP);
            long down = s.count(Vote.DOWN);
            List<BreakdownCell> cells = new ArrayList<>();
            for (Attribute b : tableBreakdowns) {
                cells.add(cell(stratum, s, b));
            }
            boolean tooFew = up + down > 0 && up + down < MIN_VOTES_FOR_TEST; // none at all: nothing to test, a plain dash
            String p = up + down == 0 ? "–" : Phrases.pValue(s.signTestP());
            rows.add(new SynthesisRow(id + "-row-" + (rows.size() + 1), s.label(), s.key(), s.studies(), s.studiesIncreased(),
                    s.studiesDecreased(), s.studiesUnchanged(), up, down, s.count(Vote.NO_CLEAR_DIRECTION),
                    tooFew ? "–" : p, tooFew, p, cells, findingsLink(stratum.values(), s.key(), null)));
        }
        boolean bothDirections = rows.stream().anyMatch(r -> r.increased() > r.up() || r.decreased() > r.down());
        // a card's chips name its subjects as the synthesis orders them (by label), easier to scan than by studies
        for (SubjectSynthesis s : stratum.subjects()) {
            voteCount += s.votes().size();
            for (StudyVote vote : s.votes()) {
                groups.computeIfAbsent(vote.recordId(), r -> {
                    VoteGroup group = new VoteGroup(heading, new ArrayList<>());
                    votes.computeIfAbsent(r, x -> new ArrayList<>()).add(group);
                    return group;
                }).chips().add(new Chip(s.label(), Marks.cssClass(vote.vote()), Marks.symbol(vote.vote()), describe(stratum.values(), s.key(), vote),
                        byId.containsKey(vote.recordId()) ? findingsLink(stratum.values(), s.key(), byId.get(vote.recordId())) : null));
            }
        }
        String caption = numbering.table() + " " + kind.subjectPlural() + ", " + label
                + ": studies reporting each direction, votes and sign test";
        Plot plot = plot(stratum, id, label);
        List<Matrix> matrices = new ArrayList<>();
        for (Attribute b : tableBreakdowns) {
            matrices.add(matrix(stratum, b, label));
        }
        List<BreakdownLabel> breakdownLabels = tableBreakdowns.stream()
                .map(b -> new BreakdownLabel(b.label(), b.role() == Role.BREAKDOWN)).toList();
        boolean pooledContrasts = poolsContrasts(stratum);
        String comparisonWords = comparison(stratum) == null ? null : ValueWords.label(strata.get(comparisonIndex()), comparison(stratum));
        String caveat = pooledContrasts
                ? Phrases.pooledContrasts(comparisonWords, Phrases.restrict(unfocused(List.of(strata.get(comparisonIndex())))))
                : Phrases.comparability(pooledValues(stratum), CASES_AGAINST_CONTROLS.equals(comparison(stratum)) ? comparisonWords : null);
        return new StratumSection(id, label, strata.isEmpty() ? label : stratum.label(), values, index == 0, stratum.studies(), stratum.subjects().size(), voteCount,
                caption, breakdownLabels, rows, plot, matrices, caveat, pooledContrasts ? "⚠ caution" : "⚠ note",
                pooledContrasts, bothDirections, inVitro(stratum, voteCount));
    }

    /**
     * A breakdown's cell: the {@value #CELL_VALUES} values stated by the most studies (ties in the
     * breakdown's order) and "not stated", then the rest folded away, so a subject studied under 70
     * conditions keeps a short row; a BREAKDOWN attribute's values with their votes.
     */
    private BreakdownCell cell(Stratum stratum, SubjectSynthesis subject, Attribute attribute) {
        Breakdown breakdown = subject.breakdown(attribute.name());
        boolean voted = attribute.role() == Role.BREAKDOWN;
        if (breakdown == null) {
            return new BreakdownCell(List.of(), List.of(), 0, voted);
        }
        // "not stated" (a null value) is no value stated: it follows the values shown whatever its count, as in the key
        // results, where it led the cell when the most studies stated none (report reader s9, L11)
        List<ValueCount> stated = breakdown.counts().stream().filter(c -> c.value() != null).toList();
        List<ValueCount> byStudies = new ArrayList<>(stated);
        byStudies.sort(Comparator.comparingInt((ValueCount c) -> -c.studies())); // stable
        List<ValueCount> shown = new ArrayList<>(byStudies.subList(0, Math.min(CELL_VALUES, byStudies.size())));
        List<ValueCount> rest = stated.stream().filter(c -> !shown.contains(c)).toList();
        breakdown.counts().stream().filter(c -> c.value() == null).forEach(shown::add);
        return new BreakdownCell(shown.stream().map(c -> value(stratum, subject, attribute, c, voted)).toList(),
                rest.stream().map(c -> value(stratum, subject, attribute, c, voted)).toList(), rest.size(), voted);
    }

    /**
     * Whether a stratum's {@value #COMPARISON} (a stratum attribute of that name, as the kinds of
     * findings of change declare it) is other than its first declared value: an intervention,
     * exposure or time stratum pools contrasts whose expected directions differ. False for the
     * first value ({@code condition}: cases against controls) and for kinds without such an attribute.
     */
    private boolean poolsContrasts(Stratum stratum) {
        int i = comparisonIndex();
        return i >= 0 && !strata.get(i).values().get(0).equals(stratum.values().get(i));
    }

    /** The stratum's {@value #COMPARISON}, null when not stated or when the kind has no such attribute. */
    private String comparison(Stratum stratum) {
        int i = comparisonIndex();
        return i < 0 ? null : stratum.values().get(i);
    }

    private int comparisonIndex() {
        for (int i = 0; i < strata.size(); i++) {
            if (strata.get(i).name().equals(COMPARISON) && !strata.get(i).values().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The comparability note of a stratum whose votes answer one kind of question (cases against
     * controls) but whose sign tests each pool the studies of many values of a breakdown: the
     * breakdowns with more than one value stated in the stratum, each with how many; empty when
     * every breakdown states one value at most.
     */
    private String pooledValues(Stratum stratum) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Attribute> pooled = new ArrayList<>();
        for (Attribute attribute : tableBreakdowns) {
            long stated = stratum.subjects().stream()
                    .map(s -> s.breakdown(attribute.name()))
                    .filter(b -> b != null)
                    .flatMap(b -> b.counts().stream().map(ValueCount::value))
                    .filter(v -> v != null).distinct().count();
            if (stated > 1) {
                counts.put(Phrases.noun(attribute.label()), (int) stated);
                pooled.add(attribute);
            }
        }
        return Phrases.pooledValues(counts, Phrases.restrict(unfocused(pooled)));
    }

    /** Of these attributes, those the run was not focused on, as nouns. */
    private List<String> unfocused(List<Attribute> attributes) {
        return attributes.stream().filter(a -> !focused.contains(a.name())).map(a -> Phrases.noun(a.label())).toList();
    }

    private Plot plot(Stratum stratum, String id, String label) {
        List<SubjectSynthesis> subjects = stratum.subjectsByStudies();
        Map<String, PlotCell[]> cells = new HashMap<>();
        for (int j = 0; j < subjects.size(); j++) {
            SubjectSynthesis subject = subjects.get(j);
            for (StudyVote vote : subject.votes()) {
                StudyInfo study = byId.get(vote.recordId());
                if (study == null) {
                    continue; // the synthesis had a record this reporter was not handed: nothing to point to
                }
                PlotCell[] row = cells.computeIfAbsent(vote.recordId(), r -> {
                    PlotCell[] empty = new PlotCell[subjects.size()];
                    Arrays.fill(empty, NO_VOTE);
                    return empty;
                });
                row[j] = new PlotCell(Marks.cssClass(vote.vote()), Marks.symbol(vote.vote()),
                        subject.label() + ", " + study.label() + ": " + describe(stratum.values(), subject.key(), vote),
                        findingsLink(stratum.values(), subject.key(), study));
            }
        }
        List<PlotStudy> rows = cells.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> byId.get(e.getKey()).rank()))
                .map(e -> new PlotStudy(ReportViewBuilder.ref(byId.get(e.getKey()), votes), List.of(e.getValue())))
                .toList();
        String caption = numbering.figure() + " Effect direction plot, " + label + ": studies as rows (by first author and year), "
                + Phrases.noun(kind.subjectPlural()) + " as columns.";
        return new Plot(id + "-plot", caption, subjects.stream().map(s -> new PlotSubject(s.label(), s.key())).toList(), rows);
    }

    private Matrix matrix(Stratum stratum, Attribute attribute, String label) {
        List<String> values = stratum.subjects().stream()
                .map(s -> s.breakdown(attribute.name()))
                .filter(b -> b != null)
                .flatMap(b -> b.counts().stream().map(ValueCount::value))
                .distinct().sorted(attribute.valueOrder()).toList();
        int max = 1;
        for (SubjectSynthesis s : stratum.subjects()) {
            Breakdown b = s.breakdown(attribute.name());
            if (b != null) {
                for (ValueCount c : b.counts()) {
                    max = Math.max(max, c.studies());
                }
            }
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (SubjectSynthesis s : stratum.subjectsByStudies()) {
            Breakdown b = s.breakdown(attribute.name());
            Map<String, Integer> counts = new HashMap<>();
            if (b != null) {
                b.counts().forEach(c -> counts.put(c.value(), c.studies()));
            }
            List<MatrixCell> cells = new ArrayList<>(values.size());
            for (String value : values) {
                int n = counts.getOrDefault(value, 0);
                cells.add(new MatrixCell(n, n == 0 ? 0 : (int) Math.ceil(4.0 * n / max)));
            }
            rows.add(new MatrixRow(s.label(), cells));
        }
        String caption = numbering.table() + " Studies by " + kind.subjectLabel() + " and " + attribute.label() + ", " + label;
        List<String> shown = values.stream().map(v -> ValueWords.label(attribute, v)).toList();
        List<Matrix> parts = new ArrayList<>();
        if (shown.size() > PRINT_COLUMNS) {
            for (int from = 0; from < shown.size(); from += PRINT_COLUMNS) {
                int to = Math.min(from + PRINT_COLUMNS, shown.size());
                int start = from;
                // columns, not values: "not stated" is a column and no value, and "of 53" beside a heading's "52 values" read as
                // two counts of one thing (the review of session 30, H3)
                parts.add(new Matrix(caption + " (" + attribute.label() + " columns " + (from + 1) + "–" + to + " of " + shown.size() + ")",
                        attribute.label(), shown.subList(from, to),
                        rows.stream().map(r -> new MatrixRow(r.label(), r.cells().subList(start, to))).toList(), List.of()));
            }
        }
        return new Matrix(caption, attribute.label(), shown, rows, parts);
    }

    private FindingsTable findingsTable() {
        String prefix = anchor + "-findings";
        List<Column> columns = new ArrayList<>();
        if (!strata.isEmpty()) {
            columns.add(new Column("stratum", strata.stream().map(Attribute::label).collect(Collectors.joining(" · ")), "stratum"));
        }
        for (Attribute attribute : concat(breakdowns, details)) {
            columns.add(new Column(key(attribute), attribute.label(), attribute.role().name().toLowerCase(Locale.ROOT)));
        }
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter("subject", kind.subjectLabel(), "All " + Phrases.noun(kind.subjectPlural()),
                subjectRank.entrySet().stream().sorted(Map.Entry.comparingByValue())
                        .map(e -> new Choice(e.getKey(), subjectLabels.get(e.getKey()) + " (" + e.getKey() + ")")).toList()));
        filters.add(new Filter("direction", "Direction", "All directions",
                Arrays.stream(Direction.values()).map(d -> new Choice(d.label(), d.label())).toList()));
        for (Attribute attribute : concat(strata, breakdowns)) {
            // the value is the key, as the rows' data attributes hold it; the label a reader's word for it
            List<Choice> choices = items.stream().map(i -> i.finding().attribute(attribute.name())).distinct()
                    .sorted(attribute.valueOrder())
                    .map(v -> new Choice(v == null ? Synthesis.NOT_STATED : v, ValueWords.label(attribute, v))).toList();
            filters.add(new Filter(key(attribute), attribute.label(), "All", choices));
        }
        filters.add(new Filter("design", "Design", "All designs", items.stream().map(i -> i.study().entry().design().type())
                .distinct().sorted().map(t -> new Choice(t.label(), StudyInfo.designWords(t))).toList()));
        filters.add(new Filter(VOTES, "Studies", "Voting or not", items.stream().map(this::votes).distinct()
                .sorted(Comparator.comparing(v -> !v.equals(VOTING)))
                .map(v -> new Choice(v, v.equals(VOTING) ? "voting" : "not voting")).toList()));
        filters.add(new Filter("study", "Study", "All studies", items.stream().map(Item::study).distinct()
                .sorted(Comparator.comparingInt(StudyInfo::rank)).map(s -> new Choice(s.anchor(), s.label())).toList()));
        Iterable<FindingRow> rows = () -> IntStream.range(0, items.size())
                .mapToObj(i -> row(i, items.get(i), linkedRows.contains(i) ? rowAnchor(i) : null)).iterator();
        String caption = numbering.table() + " " + kind.subjectPlural()
                + ": every finding with its evidence sentence (the mention highlighted)";
        return new FindingsTable(prefix, caption, kind.subjectLabel(), columns, filters, items.size(),
                Phrases.count(items.size(), "finding", "findings"), rows);
    }

    private Map<String, CardFindings> cardFindings() {
        Map<String, List<Item>> byStudy = new LinkedHashMap<>();
        for (Item item : items) {
            if (!votes.test(item.study().entry().design())) {
                byStudy.computeIfAbsent(item.study().entry().id(), id -> new ArrayList<>()).add(item);
            }
        }
        List<String> headers = new ArrayList<>();
        headers.add(kind.subjectLabel());
        headers.add("Direction");
        if (!strata.isEmpty()) {
            headers.add(strata.stream().map(Attribute::label).collect(Collectors.joining(" · ")));
        }
        concat(breakdowns, details).forEach(a -> headers.add(a.label()));
        headers.add("Evidence");
        Map<String, CardFindings> cards = new HashMap<>();
        byStudy.forEach((id, own) -> {
            List<Item> inReadingOrder = new ArrayList<>(own);
            inReadingOrder.sort(Comparator.comparing(Item::finding, FindingEntry.PLACE));
            List<FindingRow> rows = new ArrayList<>();
            for (int i = 0; i < inReadingOrder.size(); i++) {
                rows.add(row(i, inReadingOrder.get(i), null));
            }
            cards.put(id, new CardFindings(kind.subjectPlural(), kind.subjectLabel(), headers, rows));
        });
        return cards;
    }

    /** A row of the findings table or of a card's; {@code id} is its id, null for none. */
    private FindingRow row(int order, Item item, String id) {
        FindingEntry f = item.finding();
        List<String> cells = new ArrayList<>();
        List<Data> data = new ArrayList<>();
        data.add(new Data("subject", item.key()));
        data.add(new Data("direction", f.direction().label()));
        List<String> tuple = stratumOf(f);
        if (!strata.isEmpty()) {
            cells.add(ValueWords.stratum(strata, tuple));
            for (int i = 0; i < strata.size(); i++) {
                data.add(new Data(key(strata.get(i)), tuple.get(i) == null ? Synthesis.NOT_STATED : tuple.get(i)));
            }
        }
        for (Attribute attribute : concat(breakdowns, details)) {
            String value = f.attribute(attribute.name());
            cells.add(value == null ? "" : attribute.readerLabel(value));
            if (breakdowns.contains(attribute)) {
                data.add(new Data(key(attribute), value == null ? Synthesis.NOT_STATED : value));
            }
        }
        data.add(new Data("design", item.study().entry().design().type().label()));
        data.add(new Data(VOTES, votes(item)));
        data.add(new Data("study", item.study().anchor()));
        data.add(new Data("rank-subject", Integer.toString(subjectRank.get(item.key()))));
        data.add(new Data("rank-direction", Integer.toString(f.direction().ordinal())));
        if (!strata.isEmpty()) {
            data.add(new Data("rank-stratum", Integer.toString(stratumRank.get(tuple))));
        }
        for (Attribute attribute : concat(breakdowns, details)) {
            data.add(new Data("rank-" + key(attribute),
                    Integer.toString(valueRanks.get(attribute.name()).get(f.attribute(attribute.name())))));
        }
        data.add(new Data("rank-study", Integer.toString(studyRank.get(item.study().entry().id()))));
        return new FindingRow(id, order, f.subjectLabel(), f.direction().label(), Marks.symbol(f.direction()), cells,
                ReportViewBuilder.ref(item.study(), votes), data, f.sentence());
    }

    /** {@value #VOTING} when the item's study is of a voting design, {@value #NOT_VOTING} when not. */
    private String votes(Item item) {
        return votes.test(item.study().entry().design()) ? VOTING : NOT_VOTING;
    }

    private List<String> stratumOf(FindingEntry finding) {
        List<String> values = new ArrayList<>(strata.size());
        for (Attribute attribute : strata) {
            values.add(finding.attribute(attribute.name()));
        }
        return values;
    }

    private int compareStrata(List<String> a, List<String> b) {
        for (int i = 0; i < strata.size(); i++) {
            int c = strata.get(i).valueOrder().compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The name of an attribute in the page's data attributes and filters: its position, so any name is safe. */
    private String key(Attribute attribute) {
        return "a" + kind.attributes().indexOf(attribute);
    }

    private static List<Attribute> concat(List<Attribute> a, List<Attribute> b) {
        List<Attribute> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
