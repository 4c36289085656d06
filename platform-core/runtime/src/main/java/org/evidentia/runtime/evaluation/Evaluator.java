package org.evidentia.runtime.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;

/**
 * Scores predicted findings of one {@link FindingKind} against a gold file as gold/GUIDELINES.md
 * defines it: precision, recall and F1 over the set of (record, subject, direction) triples of the
 * gold records (predictions for records the gold does not name are not counted), with the kind's key
 * equivalences ({@link FindingKind#canonicalKey}), and the accuracy of every closed attribute of the
 * kind ({@link FindingKind.Attribute#closed()}) over the matched triples whose gold lines give it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Evaluator {

    private final FindingKind kind;

    /** An evaluator of findings of {@code kind}; findings of other kinds are left out. */
    public Evaluator(FindingKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The kind this evaluator scores. */
    public FindingKind kind() {
        return kind;
    }

    /**
     * @param gold     the gold lines (see {@link GoldReader})
     * @param records  the records the pipeline read (to match findings to gold records by PMID, else DOI, else title)
     * @param findings the predicted findings; their {@link Finding#recordId()} names a record of {@code records}
     */
    public EvaluationReport evaluate(List<GoldFinding> gold, List<BibliographicRecord> records, List<Finding> findings) {
        Map<String, GoldRecord> named = new LinkedHashMap<>();
        gold.forEach(g -> named.putIfAbsent(g.record().identity(), g.record()));

        // Which gold record each read record is: by PMID, else DOI, else title. Lines that name one read record in two
        // ways (by PMID on one, by DOI on another) are one gold record (an explorer's F5: the other was "not found in the
        // inputs", its findings false positives and misses). The identities one read record shares are joined, and each
        // group goes by its first identity in a fixed order (PMID, DOI, title, then as text), not by the record read first:
        // two records of one title gave other figures in the other order (the review of session 19, E2).
        Map<String, List<String>> identitiesOf = new LinkedHashMap<>();
        for (BibliographicRecord record : records) {
            List<String> identities = goldIdentities(named, record);
            if (!identities.isEmpty()) {
                identitiesOf.put(record.id(), identities);
            }
        }
        // A DOI or title the gold names that read records share which the gold names by different PMIDs is none of them:
        // joined to each, it made them one gold record, each credited with the other's findings (the review of session 23,
        // E5). It matches neither: its lines are misses, and the report names the PMIDs.
        Map<String, Set<String>> pmidsSharing = new HashMap<>();
        identitiesOf.values().forEach(identities -> {
            if (identities.get(0).startsWith("pmid:")) {
                identities.subList(1, identities.size())
                        .forEach(other -> pmidsSharing.computeIfAbsent(other, k -> new TreeSet<>()).add(identities.get(0)));
            }
        });
        Map<String, List<String>> ambiguous = new TreeMap<>();
        pmidsSharing.forEach((identity, pmids) -> {
            if (pmids.size() > 1) {
                ambiguous.put(identity, pmids.stream().map(p -> p.substring("pmid:".length())).toList());
            }
        });
        Map<String, String> sameAs = new HashMap<>();
        identitiesOf.values().removeIf(identities -> {
            identities.removeIf(ambiguous::containsKey);
            return identities.isEmpty();
        });
        identitiesOf.values().forEach(identities -> identities.forEach(other -> join(sameAs, identities.get(0), other)));
        Map<String, String> recordToGold = new HashMap<>();
        Set<String> goldRecordsRead = new LinkedHashSet<>();
        identitiesOf.forEach((recordId, identities) -> {
            String identity = root(sameAs, identities.get(0));
            recordToGold.put(recordId, identity);
            goldRecordsRead.add(identity);
        });
        Map<String, GoldRecord> goldRecords = new LinkedHashMap<>();
        Map<Triple, List<GoldFinding>> goldTriples = new LinkedHashMap<>();
        Map<String, GoldFinding> noneLines = new LinkedHashMap<>();
        Map<String, GoldFinding> findingLines = new HashMap<>();
        for (GoldFinding g : gold) {
            String identity = root(sameAs, g.record().identity());
            goldRecords.putIfAbsent(identity, named.get(identity));
            if (g.none()) {
                noneLines.putIfAbsent(identity, g);
            } else {
                findingLines.putIfAbsent(identity, g);
                Triple t = new Triple(identity, kind.canonicalKey(g.subject()), g.direction());
                goldTriples.computeIfAbsent(t, k -> new ArrayList<>()).add(g);
            }
        }
        // The gold file's check refuses "none" and a finding for one record named one way; named two ways, they are one
        // record only once read (the review of session 19, E5: the finding won without a word).
        List<EvaluationReport.NoneContradicted> noneContradicted = new ArrayList<>();
        noneLines.forEach((identity, none) -> {
            if (findingLines.containsKey(identity)) {
                noneContradicted.add(new EvaluationReport.NoneContradicted(none, findingLines.get(identity)));
            }
        });

        Map<Triple, List<Finding>> predicted = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.kind().equals(kind.name())) {
                continue;
            }
            String identity = recordToGold.get(f.recordId());
            if (identity == null) {
                continue; // a record this gold file does not name: not scored
            }
            Triple t = new Triple(identity, kind.canonicalKey(f.subject().key()), f.direction());
            predicted.computeIfAbsent(t, k -> new ArrayList<>()).add(f);
        }

        List<FindingKind.Attribute> closed = kind.attributes().stream().filter(FindingKind.Attribute::closed).toList();
        int[] correct = new int[closed.size()];
        int[] counted = new int[closed.size()];
        int[] onlyGold = new int[closed.size()];
        List<List<EvaluationReport.AttributeMismatch>> mismatches = new ArrayList<>();
        closed.forEach(a -> mismatches.add(new ArrayList<>()));
        List<EvaluationReport.Miss> misses = new ArrayList<>();
        int truePositives = 0;
        for (Map.Entry<Triple, List<GoldFinding>> e : goldTriples.entrySet()) {
            List<GoldFinding> lines = e.getValue();
            List<Finding> hits = predicted.get(e.getKey());
            if (hits == null) {
                // an ambiguous record was read, as two records (the review of the change, R14: "[record not in inputs]")
                misses.add(new EvaluationReport.Miss(lines.get(0), goldRecordsRead.contains(e.getKey().record())
                        || ambiguous.containsKey(e.getKey().record())));
                continue;
            }
            truePositives++;
            for (int i = 0; i < closed.size(); i++) {
                String name = closed.get(i).name();
                Set<String> goldValues = new LinkedHashSet<>();
                for (GoldFinding g : lines) {
                    if (g.annotates(name)) {
                        goldValues.add(g.attribute(name));
                    }
                }
                if (goldValues.isEmpty()) {
                    continue; // no line of this triple gives the attribute (a gold file older than it)
                }
                Set<String> predictedValues = new LinkedHashSet<>();
                hits.forEach(f -> predictedValues.add(f.attribute(name)));
                counted[i]++;
                if (predictedValues.stream().anyMatch(goldValues::contains)) {
                    correct[i]++;
                    if (goldValues.containsAll(predictedValues)) {
                        onlyGold[i]++;
                    }
                } else {
                    mismatches.get(i).add(new EvaluationReport.AttributeMismatch(lines.get(0), name,
                            new ArrayList<>(goldValues), new ArrayList<>(predictedValues), hits.get(0)));
                }
            }
        }
        List<EvaluationReport.AttributeScore> scores = new ArrayList<>();
        for (int i = 0; i < closed.size(); i++) {
            scores.add(new EvaluationReport.AttributeScore(closed.get(i).name(), correct[i], counted[i], mismatches.get(i), onlyGold[i]));
        }
        List<EvaluationReport.FalsePositive> falsePositives = new ArrayList<>();
        for (Map.Entry<Triple, List<Finding>> e : predicted.entrySet()) {
            if (!goldTriples.containsKey(e.getKey())) {
                Finding f = e.getValue().get(0);
                falsePositives.add(new EvaluationReport.FalsePositive(goldRecords.get(e.getKey().record()), f));
            }
        }
        List<GoldRecord> unread = new ArrayList<>();
        List<EvaluationReport.AmbiguousRecord> ambiguousRecords = new ArrayList<>();
        goldRecords.forEach((identity, record) -> {
            if (ambiguous.containsKey(identity)) {
                ambiguousRecords.add(new EvaluationReport.AmbiguousRecord(record, ambiguous.get(identity)));
            } else if (!goldRecordsRead.contains(identity)) {
                unread.add(record);
            }
        });
        return new EvaluationReport(goldRecords.size(), goldTriples.size(), truePositives, falsePositives, misses,
                scores, unread, ambiguousRecords, noneContradicted);
    }

    /** The identity {@code identity}'s group goes by (itself when it is in none). */
    private static String root(Map<String, String> sameAs, String identity) {
        String root = identity;
        while (sameAs.containsKey(root) && !sameAs.get(root).equals(root)) {
            root = sameAs.get(root);
        }
        return root;
    }

    /** Joins the groups of two identities under the one that comes first in {@link #IDENTITY_ORDER}. */
    private static void join(Map<String, String> sameAs, String a, String b) {
        String ra = root(sameAs, a);
        String rb = root(sameAs, b);
        if (!ra.equals(rb)) {
            boolean aFirst = IDENTITY_ORDER.compare(ra, rb) < 0;
            sameAs.put(aFirst ? rb : ra, aFirst ? ra : rb);
        }
    }

    /** PMID identities first, then DOI ones, then title ones; within a kind, as text. */
    private static final java.util.Comparator<String> IDENTITY_ORDER = java.util.Comparator
            .comparingInt((String id) -> id.startsWith("pmid:") ? 0 : id.startsWith("doi:") ? 1 : 2)
            .thenComparing(java.util.Comparator.naturalOrder());

    /** The gold records {@code record} is, in the order of trust: by PMID, by DOI, by title. */
    private static List<String> goldIdentities(Map<String, GoldRecord> goldRecords, BibliographicRecord record) {
        List<String> identities = new ArrayList<>();
        if (record.pmid() != null && goldRecords.containsKey("pmid:" + record.pmid())) {
            identities.add("pmid:" + record.pmid());
        }
        for (Map.Entry<String, GoldRecord> e : goldRecords.entrySet()) {
            GoldRecord g = e.getValue();
            if (g.pmid() == null && g.doi() != null && g.matches(record)) {
                identities.add(e.getKey());
            }
        }
        for (Map.Entry<String, GoldRecord> e : goldRecords.entrySet()) {
            GoldRecord g = e.getValue();
            if (g.pmid() == null && g.doi() == null && g.matches(record)) {
                identities.add(e.getKey());
            }
        }
        return identities;
    }

    private record Triple(String record, String subject, Direction direction) {
        Triple {
            Objects.requireNonNull(record);
            Objects.requireNonNull(subject);
            Objects.requireNonNull(direction);
        }
    }
}
