package org.evidentia.plugins.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Synthesis;
import org.evidentia.api.Synthesis.KindSynthesis;
import org.evidentia.api.Synthesis.Stratum;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.evidentia.api.Synthesis.Vote;

/**
 * The synthesis as a table, {@code synthesis.csv} (review 30, M2): one row per subject and stratum
 * with votes, the rows of the HTML report's synthesis tables in the report's order (kind by kind as
 * its sections, stratum by stratum as the synthesis orders them, the main one first, and within a
 * stratum the subjects with the most studies first, then by label naturally, then by key:
 * {@link Stratum#subjectsByStudies}), with the numbers the report shows and the exact sign-test p
 * it rounds. A row's subject is the key the synthesis counts under ({@link FindingKind#canonicalKey}:
 * {@code IL23A} findings count under {@code IL23}), the review table's Synthesis key, so that the
 * table's voting rows grouped by kind, stratum and synthesis key give these rows.
 *
 * <p>Columns: Kind (its name), Stratum (as the review table's Stratum column names it), one column
 * per stratum attribute of the run's kinds (by name, in declaration order, the first kind's first;
 * the value, empty when not stated or when the row's kind has no such attribute), Subject (the
 * synthesis' label), Synthesis key, Studies, Findings (the voting findings counted, which the
 * report's row links to), Increased, Decreased, Unchanged (studies reporting each), Votes up, Votes
 * down, Votes no clear direction, Sign test p (full precision, a plain decimal; empty without an up or
 * down vote), Main stratum ({@code yes} for each kind's first stratum, else {@code no}).
 */
final class SynthesisTable {

    /** The review table's and this table's column of the subject key a finding counts under. */
    static final String SYNTHESIS_KEY = "Synthesis key";

    private static final List<String> COUNT_COLUMNS = List.of("Studies", "Findings", "Increased", "Decreased", "Unchanged",
            "Votes up", "Votes down", "Votes no clear direction", "Sign test p");

    private final StratumColumns strataColumns;
    private final List<String> columns = new ArrayList<>();

    /**
     * Where a synthesis row's findings are counted from: the voting findings of one subject (its
     * synthesis key) in one stratum of one kind.
     */
    record Cell(String kind, List<String> stratum, String key) {
    }

    SynthesisTable(List<FindingKind> kinds) {
        this.strataColumns = new StratumColumns(kinds);
        columns.addAll(List.of("Kind", "Stratum"));
        columns.addAll(strataColumns.headings());
        columns.addAll(List.of("Subject", SYNTHESIS_KEY));
        columns.addAll(COUNT_COLUMNS);
        columns.add("Main stratum");
    }

    List<String> columns() {
        return columns;
    }

    /** The columns that hold numbers (the counts and p), for the workbook's numeric cells. */
    Set<Integer> numberColumns() {
        int first = columns.indexOf(COUNT_COLUMNS.get(0));
        return IntStream.range(first, first + COUNT_COLUMNS.size()).boxed().collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The rows, in the report's order.
     *
     * @param findings how many voting findings each row counts, by {@link Cell}
     */
    List<List<String>> rows(Synthesis synthesis, Map<Cell, Integer> findings) {
        List<List<String>> rows = new ArrayList<>();
        for (KindSynthesis kind : synthesis.kinds()) {
            for (int s = 0; s < kind.strata().size(); s++) {
                Stratum stratum = kind.strata().get(s);
                for (SubjectSynthesis subject : stratum.subjectsByStudies()) {
                    List<String> row = new ArrayList<>(columns.size());
                    row.add(kind.kind().name());
                    row.add(stratum.label());
                    row.addAll(strataColumns.values(kind, stratum));
                    long up = subject.count(Vote.UP);
                    long down = subject.count(Vote.DOWN);
                    row.addAll(List.of(subject.label(), subject.key(), Integer.toString(subject.studies()),
                            Integer.toString(findings.getOrDefault(new Cell(kind.kind().name(), stratum.values(), subject.key()), 0)),
                            Integer.toString(subject.studiesIncreased()), Integer.toString(subject.studiesDecreased()),
                            Integer.toString(subject.studiesUnchanged()), Long.toString(up), Long.toString(down),
                            Long.toString(subject.count(Vote.NO_CLEAR_DIRECTION)),
                            up + down == 0 ? "" : plain(subject.signTestP()), s == 0 ? "yes" : "no"));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /**
     * A p as a plain decimal, never in E notation, with the digits that read back as the same double
     * (the shortest, as {@link Double#toString} gives them): {@code 0.0078125}, {@code 1}.
     */
    static String plain(double p) {
        return BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
    }
}
