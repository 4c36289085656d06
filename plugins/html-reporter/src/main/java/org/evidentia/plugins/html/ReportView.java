package org.evidentia.plugins.html;

import java.util.List;

/**
 * Everything the report template shows, already ordered and formatted, so the template only lays
 * it out and the output depends on nothing but the evidence. Text is raw here: the template
 * engine escapes every value it prints.
 *
 * <p>The types are public only because the template engine reads them by reflection.
 */
public record ReportView(String title, String runDate, String evidentiaVersion, Flow flow, List<SynthesisRow> synthesis,
                         Plot plot, Matrix matrix, Filters filters, List<FindingRow> findings, List<StudyCard> studies,
                         Methods methods) {

    /** Counts for the PRISMA-style flow diagram, formatted. */
    public record Flow(String inputs, String recordsRead, String duplicatesMerged, String recordsSkipped,
                       String recordsKept, String recordsWithoutFindings, String recordsWithFindings, String findings) {
    }

    /** One subject of the synthesis table. */
    public record SynthesisRow(String label, String key, int studies, int increased, int decreased, int unchanged,
                               long up, long down, long unclear, String signTestP, String specimens) {
    }

    /** The effect direction plot: geometry in SVG user units. */
    public record Plot(int width, int height, int labelWidth, int headerHeight, List<PlotColumn> columns, List<PlotRow> rows) {
    }

    /** A study column of the plot; {@code anchor} is the id of its study card. */
    public record PlotColumn(int x, String label, String anchor) {
    }

    /** A subject row of the plot. */
    public record PlotRow(int y, int textY, String label, List<PlotMarker> markers) {
    }

    /** One study's vote on one subject: a shape with its text alternative. */
    public record PlotMarker(String vote, String points, String description) {
    }

    /** The evidence matrix: number of studies by subject and specimen. */
    public record Matrix(List<String> specimens, List<MatrixRow> rows) {
    }

    /** One subject's row of the matrix. */
    public record MatrixRow(String label, List<MatrixCell> cells) {
    }

    /** Studies in one cell, and a shade level 0 to 4 relative to the largest cell. */
    public record MatrixCell(int studies, int level) {
    }

    /** A filter choice. */
    public record Choice(String value, String label) {
    }

    /** The choices of the findings table's filters. */
    public record Filters(List<Choice> cytokines, List<Choice> directions, List<Choice> specimens, List<Choice> studies) {
    }

    /**
     * One row of the findings table. Ranks are sort keys (the position of the value among the
     * column's sorted values), so the page sorts numerically and ties keep {@code order}.
     */
    public record FindingRow(int order, String cytokineLabel, String cytokineKey, int cytokineRank, String direction,
                             String directionSymbol, int directionRank, String specimen, String specimenValue,
                             int specimenRank, String context, int contextRank, String study, String studyId,
                             int studyRank, String studyAnchor, String link, String linkLabel, List<Piece> sentence) {
    }

    /** A piece of text, highlighted when {@code mark}. */
    public record Piece(String text, boolean mark) {
    }

    /** A study card. */
    public record StudyCard(String anchor, String label, List<Piece> title, String authors, String journal, String year,
                            String pmid, String pmidLink, String doi, String doiLink, List<Section> sections,
                            List<Chip> votes, int findings) {
    }

    /** An abstract section with its mentions highlighted. */
    public record Section(String label, List<Piece> pieces) {
    }

    /** A study's vote on one subject, for its card. */
    public record Chip(String label, String vote, String symbol, String description) {
    }

    /** The methods appendix. */
    public record Methods(List<Row> plugins, List<Row> options, List<Row> inputs, List<Row> counts, List<Row> problems,
                          List<String> notices) {
    }

    /** A row of text cells. */
    public record Row(List<String> cells) {
    }
}
