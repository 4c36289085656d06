package org.evidentia.plugins.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.StudyLabels;
import org.evidentia.api.Synthesis;

/**
 * The columns of the two tables, from the run's finding kinds: the review table names the subject
 * as the kind does ("Cytokine") and has a column per attribute the kinds declare (in declaration
 * order, the first kind's first; attributes of the same name share a column); with several kinds
 * it adds a Kind column and calls the subject "Subject". The first column, Study, names the
 * finding's study by the label the HTML report gives it ({@link StudyLabels}); Stratum and Votes
 * tie a row to the synthesis (the stratum it counts in, as the report names strata, and whether its
 * study votes). The studies table names each study with findings by the same label.
 */
final class ReviewTableColumns {

    static final List<String> STUDY_COLUMNS = List.of("Record id", "Study", "PMID", "DOI", "First author", "Year", "Journal",
            "Title", "Design", "Design basis", "Retracted", "Findings", "Left out by focus");
    /** Where the studies table's Study column is: filled at the end, when the labels are known. */
    static final int STUDY_LABEL_COLUMN = 1;
    /** The Left out by focus value of a record whose every finding the focus left out for want of a value alone. */
    static final String LEFT_OUT_UNSTATED = "no value stated";
    /** The Left out by focus value of a record whose every finding the focus left out, some for another value. */
    static final String LEFT_OUT_OTHER_VALUE = "other value";

    private final Map<String, FindingKind> kindsByName = new LinkedHashMap<>();

    private final boolean severalKinds;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<String> findingColumns = new ArrayList<>();

    ReviewTableColumns(List<FindingKind> kinds) {
        this.severalKinds = kinds.size() > 1;
        kinds.forEach(k -> kindsByName.putIfAbsent(k.name(), k));
        kinds.forEach(k -> k.attributes().forEach(a -> attributes.putIfAbsent(a.name(), a.label())));
        String subject = kinds.size() == 1 ? kinds.get(0).subjectLabel() : "Subject";
        findingColumns.addAll(List.of("Study", "First author", "Year", "Journal", "PMID", "DOI", "Record id", "Design"));
        if (severalKinds) {
            findingColumns.add("Kind");
        }
        findingColumns.addAll(List.of(subject, subject + " key", "Direction", "Stratum", "Votes"));
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
        add(row, f.subject().label(), f.subject().key(), f.direction().label(), stratum(f), s.votes());
        for (String attribute : attributes.keySet()) {
            add(row, f.attribute(attribute));
        }
        add(row, f.evidence().sentence());
        return row;
    }

    /**
     * The finding's stratum as the report names it: its values of its kind's synthesis strata joined
     * by {@code " · "}, {@code not stated} for a missing one ({@code condition · human}); empty for a
     * kind without strata or of no extractor of the run.
     */
    String stratum(Finding f) {
        FindingKind kind = kindsByName.get(f.kind());
        if (kind == null) {
            return "";
        }
        List<String> values = new ArrayList<>();
        kind.synthesisStrata().forEach(a -> values.add(f.attribute(a.name()) == null ? Synthesis.NOT_STATED : f.attribute(a.name())));
        return String.join(" · ", values);
    }

    /**
     * A record's row, its Study cell empty until the labels are known ({@link #STUDY_LABEL_COLUMN}); a record
     * whose every finding the focus left out has no lettered label, and gets the one the report lists it by
     * ({@code Smith et al. 2020}), so that a reader finds it here.
     */
    static List<String> studyRow(Study s, RecordFindings delivered) {
        List<String> row = new ArrayList<>(STUDY_COLUMNS.size());
        add(row, s.id(), delivered.lostEveryFindingToFocus() ? StudyLabels.base(s.citation()) : "", s.pmid(), s.doi(), s.firstAuthor(), s.year(), s.journal(), s.title(), s.design(), s.designBasis(),
                s.retracted() ? "yes" : "", delivered.findings().size(), leftOutByFocus(delivered));
        return row;
    }

    /**
     * Whether and why the focus left out every finding of the record: {@link #LEFT_OUT_UNSTATED} (each
     * for want of a value alone: a study run.json's {@code focus.records_left_out_unstated_ids} lists),
     * {@link #LEFT_OUT_OTHER_VALUE}, or empty (findings in focus, none at all, or no focus).
     */
    static String leftOutByFocus(RecordFindings delivered) {
        if (!delivered.lostEveryFindingToFocus()) {
            return "";
        }
        return delivered.leftOutByFocus().forWantOfAValue() ? LEFT_OUT_UNSTATED : LEFT_OUT_OTHER_VALUE;
    }

    private static void add(List<String> row, Object... values) {
        for (Object value : values) {
            row.add(value == null ? "" : value.toString());
        }
    }
}
