package org.evidentia.plugins.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Synthesis;
import org.evidentia.api.Synthesis.KindSynthesis;
import org.evidentia.api.Synthesis.Stratum;
import org.evidentia.api.Synthesis.StudyVote;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.evidentia.api.Synthesis.Vote;

/**
 * The synthesis' votes as a table, {@code votes.csv} (review 30, M2): one row per study's vote on a
 * subject in a stratum, the marks of the HTML report's effect direction plots, so that an analyst can
 * re-run the sign test, weight or plot the votes without reimplementing the vote rule and the voting
 * designs. Rows in {@code synthesis.csv}'s order (kind, stratum, subject), and a subject's votes in input order (the
 * order of first appearance of a record id in the findings); the report's plots sort their rows by first author and year.
 *
 * <p>Columns: Kind, Stratum and one column per stratum attribute (as {@code synthesis.csv}), Subject,
 * Synthesis key, Record id, Study (the study's label, as the report and the other tables give it),
 * Vote ({@code up}, {@code down} or {@code no clear direction}).
 */
final class VotesTable {

    private final StratumColumns strataColumns;
    private final List<String> columns = new ArrayList<>();

    VotesTable(List<FindingKind> kinds) {
        this.strataColumns = new StratumColumns(kinds);
        columns.addAll(List.of("Kind", "Stratum"));
        columns.addAll(strataColumns.headings());
        columns.addAll(List.of("Subject", SynthesisTable.SYNTHESIS_KEY, "Record id", "Study", "Vote"));
    }

    List<String> columns() {
        return columns;
    }

    /**
     * The rows, in the report's order.
     *
     * @param studyLabels each voting study's label, by record id
     */
    List<List<String>> rows(Synthesis synthesis, Map<String, String> studyLabels) {
        List<List<String>> rows = new ArrayList<>();
        for (KindSynthesis kind : synthesis.kinds()) {
            for (Stratum stratum : kind.strata()) {
                List<String> strataValues = strataColumns.values(kind, stratum);
                for (SubjectSynthesis subject : stratum.subjectsByStudies()) {
                    for (StudyVote vote : subject.votes()) {
                        List<String> row = new ArrayList<>(columns.size());
                        row.add(kind.kind().name());
                        row.add(stratum.label());
                        row.addAll(strataValues);
                        row.addAll(List.of(subject.label(), subject.key(), vote.recordId(),
                                studyLabels.getOrDefault(vote.recordId(), ""), words(vote.vote())));
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** A vote as the table writes it, in the words of synthesis.csv's vote columns (Votes up, Votes no clear direction). */
    static String words(Vote vote) {
        return switch (vote) {
            case UP -> "up";
            case DOWN -> "down";
            case NO_CLEAR_DIRECTION -> "no clear direction";
        };
    }
}
