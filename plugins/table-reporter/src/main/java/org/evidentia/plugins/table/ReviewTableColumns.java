package org.evidentia.plugins.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.StudyLabels;
import org.evidentia.api.Synthesis;

/**
 * The columns of the two tables, from the run's finding kinds: the review table names the subject
 * as the kind does ("Cytokine") and has a column per attribute the kinds declare (in declaration
 * order, the first kind's first; {@link AttributeColumn}); with several kinds it adds a Kind column
 * and calls the subject "Subject". The first column, Study, names the
 * finding's study by the label the HTML report gives it ({@link StudyLabels}); Synthesis key, Stratum
 * and Votes tie a row to the synthesis (the subject key and the stratum it counts under, as
 * synthesis.csv and the report name them, and whether its study votes). The studies table names each study with findings by the same label.
 */
final class ReviewTableColumns {

    /**
     * The version of the tables' columns, which the About text gives: raised when a column of any table is added, moved or
     * renamed, or changes meaning, as docs/reports.md's list of versions says (the review of session 26, T10: the columns moved
     * three times in a week under one Evidentia version, and a script reading them by place read the wrong ones).
     */
    static final int TABLE_VERSION = 3;
    /** The review table's last column: the finding's id, as findings.jsonl's {@code finding_id}. */
    static final String FINDING_ID = "Finding id";
    static final List<String> STUDY_COLUMNS = List.of("Record id", "Study", "PMID", "DOI", "First author", "Year", "Journal",
            "Title", "Design", "Design basis", "Retracted", "Findings", "Left out by focus", "Abstract", "Input");
    /** The studies table's columns of numbers (Year, Findings), numeric cells in the workbook; ids stay text. */
    static final Set<Integer> STUDY_NUMBER_COLUMNS = Set.of(STUDY_COLUMNS.indexOf("Year"), STUDY_COLUMNS.indexOf("Findings"));
    /** Where the studies table's Study column is: filled at the end, when the labels are known. */
    static final int STUDY_LABEL_COLUMN = 1;
    /** The Left out by focus value of a record whose every finding the focus left out for want of a value alone. */
    static final String LEFT_OUT_UNSTATED = "no value stated";
    /** The Left out by focus value of a record whose every finding the focus left out, some for another value. */
    static final String LEFT_OUT_OTHER_VALUE = "other value";

    private final Map<String, FindingKind> kindsByName = new LinkedHashMap<>();

    private final boolean severalKinds;
    private final List<AttributeColumn> attributes;
    private final List<String> findingColumns = new ArrayList<>();

    /**
     * A column of the review table holding an attribute: kinds that declare an attribute of one name
     * alike (the same label, values and meanings, as the bundled kinds do) share its column; kinds
     * that declare one name differently (a plugin's {@code specimen} of skin and gut beside the
     * cytokines' serum and plasma) each get their own, headed with the kinds' names, so that a column
     * holds one vocabulary and the About text describes it truly.
     *
     * @param attribute the attribute as the first of its kinds declares it
     * @param kinds     the names of the kinds whose findings fill the column
     * @param split     whether another column holds an attribute of the same name
     * @param heading   the column's name: the attribute's label, and when split its kinds' subject plurals
     */
    record AttributeColumn(FindingKind.Attribute attribute, List<String> kinds, boolean split, String heading) {

        /** The finding's value in this column: empty when the column is split off for other kinds. */
        String value(Finding f) {
            return split && !kinds.contains(f.kind()) ? null : f.attribute(attribute.name());
        }
    }

    ReviewTableColumns(List<FindingKind> kinds) {
        this.severalKinds = kinds.size() > 1;
        kinds.forEach(k -> kindsByName.putIfAbsent(k.name(), k));
        this.attributes = attributeColumns(kinds);
        String subject = kinds.size() == 1 ? kinds.get(0).subjectLabel() : "Subject";
        // Design holds the design alone and Retracted the flag, as in the studies table: "primary (retracted)" in Design made a
        // filter on Design == "primary" drop retracted rows without a word (review 30, L3)
        findingColumns.addAll(List.of("Study", "First author", "Year", "Journal", "PMID", "DOI", "Record id", "Design", "Retracted"));
        if (severalKinds) {
            findingColumns.add("Kind");
        }
        findingColumns.addAll(List.of(subject, subject + " key", SynthesisTable.SYNTHESIS_KEY, "Direction", "Stratum", "Votes"));
        attributes.forEach(c -> findingColumns.add(c.heading()));
        findingColumns.add("Evidence");
        // last, so that no column a script reads by place moves (the review of session 26, T1 and T10)
        findingColumns.add(FINDING_ID);
    }

    /** The kinds' attributes as columns, in declaration order, the first kind's first. */
    static List<AttributeColumn> attributeColumns(List<FindingKind> kinds) {
        List<FindingKind.Attribute> firsts = new ArrayList<>();
        List<List<FindingKind>> declaring = new ArrayList<>();
        for (FindingKind kind : kinds) {
            for (FindingKind.Attribute attribute : kind.attributes()) {
                int alike = -1;
                for (int i = 0; i < firsts.size() && alike < 0; i++) {
                    if (alike(firsts.get(i), attribute)) {
                        alike = i;
                    }
                }
                if (alike < 0) {
                    firsts.add(attribute);
                    declaring.add(new ArrayList<>(List.of(kind)));
                } else if (!declaring.get(alike).contains(kind)) {
                    declaring.get(alike).add(kind);
                }
            }
        }
        Map<String, Integer> byName = new LinkedHashMap<>();
        firsts.forEach(a -> byName.merge(a.name(), 1, Integer::sum));
        List<AttributeColumn> columns = new ArrayList<>();
        for (int i = 0; i < firsts.size(); i++) {
            FindingKind.Attribute attribute = firsts.get(i);
            boolean split = byName.get(attribute.name()) > 1;
            columns.add(new AttributeColumn(attribute, declaring.get(i).stream().map(FindingKind::name).toList(), split,
                    split ? attribute.label() + " (" + String.join(", ", declaring.get(i).stream().map(FindingKind::subjectPlural).toList()) + ")"
                            : attribute.label()));
        }
        return List.copyOf(columns);
    }

    private static boolean alike(FindingKind.Attribute a, FindingKind.Attribute b) {
        return a.name().equals(b.name()) && a.label().equals(b.label()) && a.values().equals(b.values()) && a.meanings().equals(b.meanings());
    }

    List<String> findingColumns() {
        return findingColumns;
    }

    /** The review table's columns of numbers, numeric cells in the workbook: Year (the study's, before any attribute's column). */
    Set<Integer> findingNumberColumns() {
        return Set.of(findingColumns.indexOf("Year"));
    }

    /** A finding's row; {@code label} is its study's label, {@code id} its id ({@link FindingIds}). */
    List<String> findingRow(Study s, String label, Finding f, String id) {
        List<String> row = new ArrayList<>(findingColumns.size());
        add(row, label, s.firstAuthor(), s.year(), s.journal(), s.pmid(), s.doi(), s.id(), s.design(), yesOrNo(s.retracted()));
        if (severalKinds) {
            row.add(f.kind());
        }
        add(row, f.subject().label(), f.subject().key(), synthesisKey(f), f.direction().label(), stratum(f), s.votes());
        for (AttributeColumn column : attributes) {
            add(row, column.value(f));
        }
        add(row, f.evidence().sentence(), id);
        return row;
    }

    /**
     * The subject key the synthesis counts the finding under, its kind's canonical key for the finding's
     * own ({@code IL23} for an {@code IL23A} finding): synthesis.csv's key; the finding's own key for a
     * kind of no extractor of the run.
     */
    String synthesisKey(Finding f) {
        FindingKind kind = kindsByName.get(f.kind());
        return kind == null ? f.subject().key() : kind.canonicalKey(f.subject().key());
    }

    /**
     * The finding's stratum as the data name it: its values of its kind's synthesis strata joined
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
                yesOrNo(s.retracted()), delivered.findings().size(), leftOutByFocus(delivered),
                // a record of no abstract has findings of its title alone: 0 findings is no "read, nothing found" (the review
                // of session 26, T11); and which input gave the kept copy, for counts by database (T9)
                yesOrNo(delivered.record().sections().stream().anyMatch(section -> !section.text().isBlank())),
                delivered.record().origins().isEmpty() ? "" : delivered.record().origins().get(0).file());
        return row;
    }

    /** A flag's cell: {@code yes} or {@code no}, never empty, which R and pandas read as missing (the review of session 26, T4). */
    static String yesOrNo(boolean flag) {
        return flag ? "yes" : "no";
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
