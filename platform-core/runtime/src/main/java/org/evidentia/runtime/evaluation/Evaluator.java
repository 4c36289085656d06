package org.evidentia.runtime.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;

/**
 * Scores predicted findings against a gold file as gold/GUIDELINES.md defines it: precision, recall
 * and F1 over the set of (record, cytokine, direction) triples of the gold records (predictions for
 * records the gold does not name are not counted), with the guidelines' key equivalences, and
 * specimen accuracy over the matched triples.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * @param gold     the gold lines (see {@link GoldReader})
     * @param records  the records the pipeline read (to match findings to gold records by PMID, else DOI, else title)
     * @param findings the predicted findings; their {@link Finding#recordId()} names a record of {@code records}
     */
    public static EvaluationReport evaluate(List<GoldFinding> gold, List<BibliographicRecord> records, List<Finding> findings) {
        Map<String, GoldRecord> goldRecords = new LinkedHashMap<>();
        Map<Triple, GoldTriple> goldTriples = new LinkedHashMap<>();
        for (GoldFinding g : gold) {
            goldRecords.putIfAbsent(g.record().identity(), g.record());
            if (!g.none()) {
                Triple t = new Triple(g.record().identity(), CytokineKeys.canonical(g.cytokine()), g.direction());
                goldTriples.computeIfAbsent(t, k -> new GoldTriple(g, new LinkedHashSet<>())).specimens().add(g.specimen());
            }
        }

        // Which gold record each read record is: by PMID, else DOI, else title.
        Map<String, String> recordToGold = new HashMap<>();
        Set<String> goldRecordsRead = new LinkedHashSet<>();
        for (BibliographicRecord record : records) {
            String identity = goldIdentity(goldRecords, record);
            if (identity != null) {
                recordToGold.put(record.id(), identity);
                goldRecordsRead.add(identity);
            }
        }

        Map<Triple, List<Finding>> predicted = new LinkedHashMap<>();
        int ignored = 0;
        for (Finding f : findings) {
            String identity = recordToGold.get(f.recordId());
            if (identity == null) {
                ignored++;
                continue;
            }
            Triple t = new Triple(identity, CytokineKeys.canonical(f.subject().key()), f.direction());
            predicted.computeIfAbsent(t, k -> new ArrayList<>()).add(f);
        }

        List<EvaluationReport.Miss> misses = new ArrayList<>();
        List<EvaluationReport.SpecimenMismatch> specimenMismatches = new ArrayList<>();
        int truePositives = 0;
        int specimenCorrect = 0;
        for (Map.Entry<Triple, GoldTriple> e : goldTriples.entrySet()) {
            Triple t = e.getKey();
            GoldTriple g = e.getValue();
            List<Finding> hits = predicted.get(t);
            if (hits == null) {
                misses.add(new EvaluationReport.Miss(g.first().record(), g.first().cytokine(), t.direction(),
                        g.first().specimen(), g.first().evidence(), goldRecordsRead.contains(t.record())));
                continue;
            }
            truePositives++;
            Set<String> predictedSpecimens = new LinkedHashSet<>();
            hits.forEach(f -> predictedSpecimens.add(f.attribute("specimen")));
            if (predictedSpecimens.stream().anyMatch(g.specimens()::contains)) {
                specimenCorrect++;
            } else {
                specimenMismatches.add(new EvaluationReport.SpecimenMismatch(g.first().record(), g.first().cytokine(),
                        t.direction(), new ArrayList<>(g.specimens()), new ArrayList<>(predictedSpecimens),
                        hits.get(0).evidence().sentence()));
            }
        }
        List<EvaluationReport.FalsePositive> falsePositives = new ArrayList<>();
        for (Map.Entry<Triple, List<Finding>> e : predicted.entrySet()) {
            if (!goldTriples.containsKey(e.getKey())) {
                Finding f = e.getValue().get(0);
                falsePositives.add(new EvaluationReport.FalsePositive(goldRecords.get(e.getKey().record()), f));
            }
        }
        List<GoldRecord> unread = new ArrayList<>();
        goldRecords.forEach((identity, record) -> {
            if (!goldRecordsRead.contains(identity)) {
                unread.add(record);
            }
        });
        return new EvaluationReport(goldRecords.size(), goldTriples.size(), truePositives, falsePositives, misses,
                specimenCorrect, specimenMismatches, unread, ignored);
    }

    private static String goldIdentity(Map<String, GoldRecord> goldRecords, BibliographicRecord record) {
        if (record.pmid() != null && goldRecords.containsKey("pmid:" + record.pmid())) {
            return "pmid:" + record.pmid();
        }
        for (Map.Entry<String, GoldRecord> e : goldRecords.entrySet()) {
            GoldRecord g = e.getValue();
            if (g.pmid() == null && g.doi() != null && g.matches(record)) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, GoldRecord> e : goldRecords.entrySet()) {
            GoldRecord g = e.getValue();
            if (g.pmid() == null && g.doi() == null && g.matches(record)) {
                return e.getKey();
            }
        }
        return null;
    }

    private record Triple(String record, String cytokine, Direction direction) {
        Triple {
            Objects.requireNonNull(record);
            Objects.requireNonNull(cytokine);
            Objects.requireNonNull(direction);
        }
    }

    /** The first gold line of a triple and every specimen the gold gives it. */
    private record GoldTriple(GoldFinding first, Set<String> specimens) {
    }
}
