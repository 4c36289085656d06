package org.evidentia.plugins.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.StudyLabels;

/**
 * The columns of the two tables, from the run's finding kinds: the review table names the subject
 * as the kind does ("Cytokine") and has a column per attribute the kinds declare (in declaration
 * order, the first kind's first; attributes of the same name share a column); with several kinds
 * it adds a Kind column and calls the subject "Subject". The first column, Study, names the
 * finding's study by the label the HTML report gives it ({@link StudyLabels}).
 */
final class ReviewTableColumns {

    static final List<String> STUDY_COLUMNS = List.of("Record id", "PMID", "DOI", "First author", "Year", "Journal",
            "Title", "Design", "Retracted", "Findings");

    private final boolean severalKinds;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<String> findingColumns = new ArrayList<>();

    ReviewTableColumns(List<FindingKind> kinds) {
        this.severalKinds = kinds.size() > 1;
        kinds.forEach(k -> k.attributes().forEach(a -> attributes.putIfAbsent(a.name(), a.label())));
        String subject = kinds.size() == 1 ? kinds.get(0).subjectLabel() : "Subject";
        findingColumns.addAll(List.of("Study", "First author", "Year", "Journal", "PMID", "DOI", "Record id", "Design"));
        if (severalKinds) {
            findingColumns.add("Kind");
        }
        findingColumns.addAll(List.of(subject, subject + " key", "Direction"));
        findingColumns.addAll(attributes.values());
        findingColumns.add("Evidence");
    }

    List<String> findingColumns() {
        return findingColumns;
    }

    /** A finding's row; {@code label} is its study's label. */
    List<String> findingRow(Study s, String label, Finding f) {
        List<String> row = new ArrayList<>(findingColumns.size());
        add(row, label, s.firstAuthor(), s.year(), s.journal(), s.pmid(), s.doi(), s.id(), s.design() + (s.retracted() ? " (retracted)" : ""));
        if (severalKinds) {
            row.add(f.kind());
        }
        add(row, f.subject().label(), f.subject().key(), f.direction().label());
        for (String attribute : attributes.keySet()) {
            add(row, f.attribute(attribute));
        }
        add(row, f.evidence().sentence());
        return row;
    }

    static List<String> studyRow(Study s, int findings) {
        List<String> row = new ArrayList<>(STUDY_COLUMNS.size());
        add(row, s.id(), s.pmid(), s.doi(), s.firstAuthor(), s.year(), s.journal(), s.title(), s.design(),
                s.retracted() ? "yes" : "", findings);
        return row;
    }

    private static void add(List<String> row, Object... values) {
        for (Object value : values) {
            row.add(value == null ? "" : value.toString());
        }
    }
}
