package org.evidentia.runtime.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.runtime.text.Plural;

/**
 * The outcome of {@link Evaluator#evaluate} for one gold file (or several pooled, see
 * {@link #pool}): counts, precision, recall, F1, the accuracy of every closed attribute, and every
 * false positive, miss and attribute mismatch with its sentence. Immutable.
 *
 * @param goldRecords       records the gold names (with or without findings)
 * @param goldTriples       distinct (record, subject, direction) triples in the gold
 * @param truePositives     gold triples that were predicted
 * @param falsePositives    predicted triples of gold records that the gold lacks
 * @param misses            gold triples that were not predicted
 * @param attributes        one score per closed attribute of the finding kind, in the kind's order
 * @param unreadGoldRecords gold records that no input record matched (their triples are misses)
 * @param ambiguousGoldRecords gold records named by DOI or title that match read records the gold names by different
 *                          PMIDs: they match neither (their triples are misses)
 * @param noneContradicted  gold records said to have no finding on one line and given findings on another that names
 *                          them another way (one record read by both names): their findings are scored
 */
public record EvaluationReport(int goldRecords, int goldTriples, int truePositives,
                               List<FalsePositive> falsePositives, List<Miss> misses, List<AttributeScore> attributes,
                               List<GoldRecord> unreadGoldRecords, List<AmbiguousRecord> ambiguousGoldRecords,
                               List<NoneContradicted> noneContradicted) {

    public EvaluationReport {
        ambiguousGoldRecords = List.copyOf(ambiguousGoldRecords);
        falsePositives = List.copyOf(falsePositives);
        misses = List.copyOf(misses);
        attributes = List.copyOf(attributes);
        unreadGoldRecords = List.copyOf(unreadGoldRecords);
        noneContradicted = List.copyOf(noneContradicted);
    }

    /**
     * A gold line saying its record has no finding ({@code "none": true}) and a line giving the same record one, which
     * name it two ways (by PMID and by DOI, say): the gold file's check, made before reading, cannot know them one record.
     */
    public record NoneContradicted(GoldFinding none, GoldFinding finding) {
    }

    /**
     * A gold record named by DOI or title whose DOI or title read records share that the gold names by different PMIDs.
     *
     * @param record the gold record
     * @param pmids  the PMIDs of the read records it matches, in order
     */
    public record AmbiguousRecord(GoldRecord record, List<String> pmids) {
        public AmbiguousRecord {
            pmids = List.copyOf(pmids);
        }
    }

    /** A predicted triple the gold lacks, with the finding that first stated it. */
    public record FalsePositive(GoldRecord record, Finding finding) {
    }

    /**
     * A gold triple that was not predicted.
     *
     * @param gold       its first gold line
     * @param recordRead whether the record was among the inputs at all
     */
    public record Miss(GoldFinding gold, boolean recordRead) {
    }

    /**
     * How often one closed attribute was right on the matched triples whose gold annotates it.
     *
     * @param name       the attribute ({@code specimen})
     * @param correct    matched triples where one predicted value is one of the gold values
     * @param counted    matched triples whose gold lines give the attribute (lines made before the
     *                   attribute existed lack it and are not counted)
     * @param mismatches the counted triples that were wrong
     * @param onlyGold   of the correct triples, those whose every predicted value is one of the gold values: a triple
     *                   predicted in serum and in plasma where the gold says serum is correct, but not only gold (the
     *                   review of session 23, E1: the extra value was counted nowhere)
     */
    public record AttributeScore(String name, int correct, int counted, List<AttributeMismatch> mismatches, int onlyGold) {
        public AttributeScore {
            mismatches = List.copyOf(mismatches);
        }

        /** Correct over counted; NaN when nothing was counted, which no threshold is met by. */
        public double accuracy() {
            return counted == 0 ? Double.NaN : (double) correct / counted;
        }
    }

    /**
     * A matched triple whose predicted value of an attribute is none of the gold values.
     *
     * @param gold      the triple's first gold line
     * @param attribute the attribute's name
     * @param goldValues every value the gold gives the triple (null is "unstated")
     * @param predicted every value the extractor gave the triple (null is "unstated")
     * @param finding   the first predicted finding of the triple (its sentence is the evidence)
     */
    public record AttributeMismatch(GoldFinding gold, String attribute, List<String> goldValues, List<String> predicted,
                                    Finding finding) {
        public AttributeMismatch {
            // Unmodifiable views that allow null: null is the "unstated" value.
            goldValues = Collections.unmodifiableList(new ArrayList<>(goldValues));
            predicted = Collections.unmodifiableList(new ArrayList<>(predicted));
        }
    }

    /** The reports of several gold files as one: counts summed, lists joined, micro-averaged figures. */
    public static EvaluationReport pool(List<EvaluationReport> reports) {
        int records = 0;
        int triples = 0;
        int tp = 0;
        List<FalsePositive> fps = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        List<GoldRecord> unread = new ArrayList<>();
        List<AmbiguousRecord> ambiguous = new ArrayList<>();
        List<NoneContradicted> contradicted = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>(); // correct, counted, only gold
        Map<String, List<AttributeMismatch>> mismatches = new LinkedHashMap<>();
        for (EvaluationReport r : reports) {
            records += r.goldRecords;
            triples += r.goldTriples;
            tp += r.truePositives;
            fps.addAll(r.falsePositives);
            misses.addAll(r.misses);
            unread.addAll(r.unreadGoldRecords);
            ambiguous.addAll(r.ambiguousGoldRecords);
            contradicted.addAll(r.noneContradicted);
            for (AttributeScore a : r.attributes) {
                int[] c = counts.computeIfAbsent(a.name(), k -> new int[3]);
                c[0] += a.correct();
                c[1] += a.counted();
                c[2] += a.onlyGold();
                mismatches.computeIfAbsent(a.name(), k -> new ArrayList<>()).addAll(a.mismatches());
            }
        }
        List<AttributeScore> attributes = new ArrayList<>();
        counts.forEach((name, c) -> attributes.add(new AttributeScore(name, c[0], c[1], mismatches.get(name), c[2])));
        return new EvaluationReport(records, triples, tp, fps, misses, attributes, unread, ambiguous, contradicted);
    }

    /** Predicted triples of gold records. */
    public int predictedTriples() {
        return truePositives + falsePositives.size();
    }

    /** TP / (TP + FP); 1 when nothing was predicted. */
    public double precision() {
        return predictedTriples() == 0 ? 1.0 : (double) truePositives / predictedTriples();
    }

    /** TP / gold triples; 1 when the gold has none. */
    public double recall() {
        return goldTriples == 0 ? 1.0 : (double) truePositives / goldTriples;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Whether gold records were read and given gold subjects, yet no finding of them named any of those
     * subjects: the sign of a gold file annotated for another extractor's kind (cytokines scored with a
     * biomarker extractor), whose figures of 0 say nothing of either.
     *
     * @param kind the finding kind evaluated, whose key equivalences tell which subjects are the same; not null
     */
    public boolean noGoldSubjectPredicted(FindingKind kind) {
        if (truePositives > 0 || misses.stream().noneMatch(Miss::recordRead)) {
            return false;
        }
        Set<String> goldSubjects = new HashSet<>();
        goldSubjectsOfRecordsRead().forEach(subject -> goldSubjects.add(kind.canonicalKey(subject)));
        return falsePositives.stream().noneMatch(f -> goldSubjects.contains(kind.canonicalKey(f.finding().subject().key())));
    }

    /**
     * The gold subjects of the gold records read that no finding named, each once, in the gold file's order: what
     * {@link #noGoldSubjectPredicted} found none of. A gold record no input held was not looked at, so its subjects are not among them.
     */
    public List<String> goldSubjectsOfRecordsRead() {
        return misses.stream().filter(Miss::recordRead).map(m -> m.gold().subject()).distinct().toList();
    }

    /**
     * The gold subjects missed in a record read that a false positive of the same record names in another spelling: the
     * same letters and digits ({@code IL-10} for the extractor's {@code IL10}, {@code tnf-alpha} for {@code TNFALPHA}), or,
     * of the same direction, letters and digits that begin the other's, letters only after them ({@code TNF-alpha} for
     * {@code TNF}, {@code IL-1beta} for {@code IL1B}, {@code IL-17} for {@code IL17A}; the review of session 23, E3), each once
     * with the key it was likely
     * meant as: such a key scores a miss and a false positive where the annotator meant a hit (the review of session 19,
     * E6). In the gold file's order.
     */
    public Map<String, String> subjectsWrittenOtherwise(FindingKind kind) {
        // each record's predicted keys, once (not once per miss: the review of session 19, R10)
        Map<GoldRecord, Map<String, Direction>> predictedOf = new HashMap<>();
        for (FalsePositive f : falsePositives) {
            predictedOf.computeIfAbsent(f.record(), r -> new LinkedHashMap<>())
                    .putIfAbsent(kind.canonicalKey(f.finding().subject().key()), f.finding().direction());
        }
        Map<String, String> written = new LinkedHashMap<>();
        for (Miss miss : misses) {
            Map<String, Direction> predicted = predictedOf.get(miss.gold().record());
            if (predicted == null || !miss.recordRead() || miss.gold().subject() == null) {
                continue;
            }
            String gold = kind.canonicalKey(miss.gold().subject());
            String goldLetters = lettersAndDigits(gold);
            predicted.keySet().stream().filter(meant -> !meant.equals(gold) && lettersAndDigits(meant).equals(goldLetters))
                    .findFirst()
                    .or(() -> predicted.entrySet().stream()
                            .filter(e -> e.getValue() == miss.gold().direction() && !e.getKey().equals(gold)
                                    && beginsTheOther(lettersAndDigits(e.getKey()), goldLetters))
                            .map(Map.Entry::getKey).findFirst())
                    .ifPresent(meant -> written.putIfAbsent(miss.gold().subject(), meant));
        }
        return written;
    }

    /**
     * Whether one of two keys' letters and digits begins the other's, at least two of them, and only letters follow: TNF
     * and TNFALPHA, IL1B and IL1BETA, IL17 and IL17A; not CXCL1 and CXCL10, CCL2 and CCL20, IL1 and IL10, where a digit
     * makes another cytokine (the review of session 23's change, R4).
     */
    private static boolean beginsTheOther(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 2 && longer.startsWith(shorter) && longer.length() > shorter.length()
                && longer.substring(shorter.length()).chars().allMatch(Character::isLetter);
    }

    private static final java.util.regex.Pattern NEITHER_LETTER_NOR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String lettersAndDigits(String key) {
        return NEITHER_LETTER_NOR_DIGIT.matcher(key).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The score of a closed attribute, or null when the finding kind has no such closed attribute. */
    public AttributeScore attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * What the figures call a subject of {@code kind}: its subject label in lower case ({@code cytokine}),
     * as in "gold triples (record, cytokine, direction)".
     */
    public static String subjectName(FindingKind kind) {
        return kind.subjectLabel().toLowerCase(Locale.ROOT);
    }

    /**
     * The evaluation against one gold file as {@code evidentia evaluate} prints it: the figures, then,
     * when there are any, the errors under an {@code Errors:} heading.
     *
     * @param kind the finding kind evaluated; not null
     */
    public String render(FindingKind kind) {
        String errors = renderErrors();
        return renderFigures(subjectName(kind)) + (errors.isEmpty() ? "" : errorsHeading(null) + errors);
    }

    /**
     * The heading of an error listing, on a line of its own after a blank one: {@code Errors:}, or
     * {@code Errors of FILE:} when {@code file} (nullable) names the gold file among several.
     */
    public static String errorsHeading(String file) {
        return String.format(Locale.ROOT, "%nErrors%s:%n", file == null ? "" : " of " + file);
    }

    /**
     * The figures as plain text for the console, without the error listing ({@link #renderErrors}).
     *
     * @param subject what a subject is called, in lower case ({@code cytokine})
     */
    public String renderFigures(String subject) {
        StringBuilder out = new StringBuilder();
        if (goldRecords > 0 && unreadGoldRecords.size() == goldRecords) {
            // an F1 of 0.000 and a list of every gold record read as a result, where the gold was annotated on other inputs (the
            // review of session 25, m12)
            out.append(String.format(Locale.ROOT, "No gold record is in the inputs (the gold names %d), so the figures below measure"
                    + " nothing: are these the inputs it was annotated on?%n", goldRecords));
        }
        out.append(String.format(Locale.ROOT, "Gold records: %d, gold triples (record, %s, direction): %d%n",
                goldRecords, subject, goldTriples));
        out.append(String.format(Locale.ROOT, "Predicted triples for gold records: %d (true %d, false %d)%n",
                predictedTriples(), truePositives, falsePositives.size()));
        // nothing predicted is no perfect precision: "Precision 1.000" read as one (the review of session 30, S6)
        out.append(predictedTriples() == 0
                ? String.format(Locale.ROOT, "Precision not measured (no triple predicted)  Recall %.3f  F1 %.3f%n", recall(), f1())
                : String.format(Locale.ROOT, "Precision %.3f  Recall %.3f  F1 %.3f%n", precision(), recall(), f1()));
        for (AttributeScore a : attributes) {
            if (a.counted() == 0) {
                // a gold file that gives the attribute on no matched triple measures nothing of it
                out.append(String.format(Locale.ROOT, "%s accuracy not measured (no matched triple with a gold %s)%n",
                        capitalised(a.name()), a.name()));
            } else {
                out.append(String.format(Locale.ROOT, "%s accuracy %.3f (%d of %s with a gold %s%s)%n",
                        capitalised(a.name()), a.accuracy(), a.correct(), Plural.count(a.counted(), "matched triple"), a.name(),
                        a.onlyGold() == a.correct() ? "" : String.format(Locale.ROOT, "; %d of them with another %s predicted too,"
                                + " which is not gold", a.correct() - a.onlyGold(), a.name())));
            }
        }
        if (!unreadGoldRecords.isEmpty()) {
            out.append(String.format(Locale.ROOT, "Gold records not found in the inputs (%d): %s%n", unreadGoldRecords.size(),
                    String.join(", ", unreadGoldRecords.stream().map(GoldRecord::toString).toList())));
        }
        for (AmbiguousRecord a : ambiguousGoldRecords) {
            out.append(String.format(Locale.ROOT, "Gold record %s matches records the gold names as PMIDs %s; it is scored as"
                    + " matching neither (its triples are misses): name it by its PMID%n", a.record(), String.join(", ", a.pmids())));
        }
        return out.toString();
    }

    /** Every false positive, miss and attribute mismatch with its sentence, as plain text. */
    public String renderErrors() {
        StringBuilder out = new StringBuilder();
        if (!falsePositives.isEmpty()) {
            out.append(String.format(Locale.ROOT, "False positives (%d):%n", falsePositives.size()));
            for (FalsePositive fp : falsePositives) {
                Finding f = fp.finding();
                out.append(String.format(Locale.ROOT, "  %s  %s %s %s%n    \"%s\"%n", fp.record(), f.subject().key(),
                        f.direction().label(), closedValues(f), f.evidence().sentence()));
            }
        }
        if (!misses.isEmpty()) {
            out.append(String.format(Locale.ROOT, "Misses (%d):%n", misses.size()));
            for (Miss m : misses) {
                GoldFinding g = m.gold();
                out.append(String.format(Locale.ROOT, "  %s  %s %s %s%s%n    \"%s\"%n", g.record(), g.subject(),
                        g.direction().label(), goldValues(g), m.recordRead() ? "" : " [record not in inputs]",
                        g.evidence() == null ? "" : g.evidence()));
            }
        }
        for (AttributeScore a : attributes) {
            if (a.mismatches().isEmpty()) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%s mismatches (%d):%n", capitalised(a.name()), a.mismatches().size()));
            for (AttributeMismatch s : a.mismatches()) {
                out.append(String.format(Locale.ROOT, "  %s  %s %s: gold %s, predicted %s%n    \"%s\"%n", s.gold().record(),
                        s.gold().subject(), s.gold().direction().label(), s.goldValues(), s.predicted(),
                        s.finding().evidence().sentence()));
            }
        }
        return out.toString();
    }

    /** The predicted values of the scored attributes, {@code (specimen=serum, population=human)}. */
    private String closedValues(Finding f) {
        List<String> values = new ArrayList<>();
        for (AttributeScore a : attributes) {
            values.add(a.name() + "=" + f.attribute(a.name()));
        }
        return "(" + String.join(", ", values) + ")";
    }

    private String goldValues(GoldFinding g) {
        List<String> values = new ArrayList<>();
        for (AttributeScore a : attributes) {
            if (g.annotates(a.name())) {
                values.add(a.name() + "=" + g.attribute(a.name()));
            }
        }
        return "(" + String.join(", ", values) + ")";
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
