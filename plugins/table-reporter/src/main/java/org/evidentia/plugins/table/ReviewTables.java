package org.evidentia.plugins.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Evidence;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.Synthesis.SubjectSynthesis;

/**
 * Builds the review table (one row per finding) and the studies table (one row per kept record)
 * from a run's evidence, in a stable order.
 *
 * <p>Findings are sorted by cytokine in the synthesis' order (label, naturally: IL-2 before IL-10),
 * then by study (first author, year, record id), then by where the evidence is (title before
 * abstract, then offset). Ties keep the run's order. Studies are listed in the run's order (input
 * order), streamed from the evidence, so that memory stays flat however many records a run kept;
 * only the studies with findings are held, to sort the review table.
 */
final class ReviewTables {

    static final List<String> FINDING_COLUMNS = List.of("First author", "Year", "Journal", "PMID", "DOI", "Record id",
            "Cytokine", "Cytokine key", "Direction", "Specimen", "Context", "Evidence");
    static final List<String> STUDY_COLUMNS = List.of("Record id", "PMID", "DOI", "First author", "Year", "Journal",
            "Title", "Findings");

    private ReviewTables() {
    }

    /** The review table and the studies table, in that order. */
    static List<Table> of(Evidence evidence) {
        Map<String, Integer> findingsPerStudy = new HashMap<>();
        evidence.findings().forEach(f -> findingsPerStudy.merge(f.recordId(), 1, Integer::sum));
        Map<String, Study> studies = new HashMap<>();
        try (Stream<BibliographicRecord> records = evidence.records()) {
            records.filter(r -> findingsPerStudy.containsKey(r.id())).forEach(r -> studies.put(r.id(), Study.of(r)));
        }
        Map<String, Integer> subjectRank = new HashMap<>();
        List<SubjectSynthesis> subjects = evidence.synthesis().subjects();
        for (int i = 0; i < subjects.size(); i++) {
            subjectRank.put(subjects.get(i).key(), i);
        }
        Comparator<Finding> order = Comparator
                .comparing((Finding f) -> subjectRank.getOrDefault(f.subject().key(), Integer.MAX_VALUE))
                .thenComparing(f -> f.subject().key())
                .thenComparing(f -> studyOf(studies, f), Study.ORDER)
                .thenComparing(f -> BibliographicRecord.FIELD_TITLE.equals(f.evidence().field()) ? 0 : 1)
                .thenComparingInt(f -> f.evidence().sentenceStart())
                .thenComparingInt(f -> f.evidence().mentionStart());
        List<Finding> sorted = new ArrayList<>(evidence.findings());
        sorted.sort(order);

        List<List<String>> findingRows = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            Study s = studyOf(studies, f);
            EvidenceSpan span = f.evidence();
            findingRows.add(cells(s.firstAuthor(), s.year(), s.journal(), s.pmid(), s.doi(), s.id(),
                    f.subject().label(), f.subject().key(), f.direction().label(),
                    f.attribute(Finding.SPECIMEN), f.attribute(Finding.CONTEXT), span.sentence()));
        }

        Supplier<Stream<List<String>>> studyRows = () -> evidence.records().map(Study::of).map(s -> cells(
                s.id(), s.pmid(), s.doi(), s.firstAuthor(), s.year(), s.journal(), s.title(),
                findingsPerStudy.getOrDefault(s.id(), 0)));
        return List.of(Table.of("review-table", FINDING_COLUMNS, findingRows), new Table("studies", STUDY_COLUMNS, studyRows));
    }

    private static Study studyOf(Map<String, Study> studies, Finding finding) {
        Study study = studies.get(finding.recordId());
        return study != null ? study : Study.unknown(finding.recordId());
    }

    private static List<String> cells(Object... values) {
        List<String> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(value == null ? "" : value.toString());
        }
        return row;
    }
}
