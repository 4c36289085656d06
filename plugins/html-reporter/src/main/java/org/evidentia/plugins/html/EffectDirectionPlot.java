package org.evidentia.plugins.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Synthesis.StudyVote;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.evidentia.api.Synthesis.Vote;
import org.evidentia.plugins.html.ReportView.Plot;
import org.evidentia.plugins.html.ReportView.PlotColumn;
import org.evidentia.plugins.html.ReportView.PlotMarker;
import org.evidentia.plugins.html.ReportView.PlotRow;

/**
 * Lays out the effect direction plot (Thomson and Thomson 2013): subjects as rows, studies as
 * columns, one marker per study vote: an upward triangle for an increase, a downward triangle for
 * a decrease, a diamond for no clear direction. Each marker carries a text alternative.
 */
final class EffectDirectionPlot {

    static final int CELL = 22;
    static final int LABEL_WIDTH = 120;
    static final int HEADER_HEIGHT = 140;

    private EffectDirectionPlot() {
    }

    /**
     * @param subjects the synthesis, in its order
     * @param studies  the studies with findings by record id
     * @param columns  the studies in column order
     */
    static Plot of(List<SubjectSynthesis> subjects, Map<String, StudyInfo> studies, List<StudyInfo> columns) {
        List<PlotColumn> plotColumns = new ArrayList<>(columns.size());
        for (StudyInfo study : columns) {
            plotColumns.add(new PlotColumn(columnX(study.rank()), study.label(), study.anchor()));
        }
        List<PlotRow> rows = new ArrayList<>(subjects.size());
        for (int r = 0; r < subjects.size(); r++) {
            SubjectSynthesis subject = subjects.get(r);
            int top = HEADER_HEIGHT + r * CELL;
            List<PlotMarker> markers = new ArrayList<>(subject.votes().size());
            for (StudyVote vote : subject.votes()) {
                StudyInfo study = studies.get(vote.recordId());
                if (study != null) {
                    int cx = columnX(study.rank());
                    int cy = top + CELL / 2;
                    markers.add(new PlotMarker(cssClass(vote.vote()), points(vote.vote(), cx, cy),
                            subject.label() + ", " + study.label() + ": " + describe(vote.vote())));
                }
            }
            rows.add(new PlotRow(top, top + CELL / 2 + 4, subject.label(), markers));
        }
        int width = LABEL_WIDTH + Math.max(1, columns.size()) * CELL + 100; // room for the last slanted label
        int height = HEADER_HEIGHT + Math.max(1, subjects.size()) * CELL + 4;
        return new Plot(width, height, LABEL_WIDTH, HEADER_HEIGHT, plotColumns, rows);
    }

    /** The centre of a study's column. */
    private static int columnX(int rank) {
        return LABEL_WIDTH + rank * CELL + CELL / 2;
    }

    static String cssClass(Vote vote) {
        return switch (vote) {
            case UP -> "up";
            case DOWN -> "down";
            case NO_CLEAR_DIRECTION -> "unclear";
        };
    }

    static String symbol(Vote vote) {
        return switch (vote) {
            case UP -> "▲";
            case DOWN -> "▼";
            case NO_CLEAR_DIRECTION -> "◆";
        };
    }

    static String describe(Vote vote) {
        return switch (vote) {
            case UP -> "increased";
            case DOWN -> "decreased";
            case NO_CLEAR_DIRECTION -> "no clear direction";
        };
    }

    private static String points(Vote vote, int cx, int cy) {
        int r = 7;
        return switch (vote) {
            case UP -> (cx - r) + "," + (cy + r - 1) + " " + (cx + r) + "," + (cy + r - 1) + " " + cx + "," + (cy - r);
            case DOWN -> (cx - r) + "," + (cy - r + 1) + " " + (cx + r) + "," + (cy - r + 1) + " " + cx + "," + (cy + r);
            case NO_CLEAR_DIRECTION -> cx + "," + (cy - r) + " " + (cx + r) + "," + cy + " " + cx + "," + (cy + r) + " " + (cx - r) + "," + cy;
        };
    }
}
