package org.evidentia.plugins.html;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.RunSummary;
import org.evidentia.plugins.html.ReportView.Flow;
import org.evidentia.plugins.html.ReportView.FlowArrow;
import org.evidentia.plugins.html.ReportView.FlowBox;
import org.evidentia.plugins.html.ReportView.FlowText;

/**
 * Lays out the PRISMA-style flow of a run's records: a column of what goes on (input files, records
 * read, kept, with findings, casting votes) and beside it what leaves at each step (files no source
 * could read, duplicates merged, records skipped, records unaccounted when there are any, records
 * without findings, studies that cast no votes). In a focused run, records with findings are those
 * with findings in focus, and the box beside them says that records whose findings the focus all
 * left out are among those without. Every count is the run summary's, except the
 * studies casting no votes, which the reporter counted from the records' designs.
 */
final class FlowDiagram {

    private static final int MAIN_X = 40;
    private static final int MAIN_WIDTH = 340;
    private static final int SIDE_X = 440;
    private static final int SIDE_WIDTH = 290;
    private static final int BOX_HEIGHT = 58;
    private static final int LINE = 22;
    private static final int GAP = 16;

    private final List<FlowBox> boxes = new ArrayList<>();
    private final List<FlowArrow> arrows = new ArrayList<>();
    private int y = 10;
    private int lastMainBottom;

    private FlowDiagram() {
    }

    /**
     * @param nonVoting records with findings whose design casts no votes
     */
    static Flow of(RunSummary summary, long nonVoting) {
        RunSummary.Counts c = summary.counts();
        long inputs = summary.inputs().size();
        long unread = summary.inputs().stream().filter(RunSummary.InputSummary::unread).count();
        long withoutFindings = c.recordsKept() - c.recordsWithFindings();
        long voting = c.recordsWithFindings() - nonVoting;

        FlowDiagram d = new FlowDiagram();
        d.main("inputs", "main", "Input files", Phrases.number(inputs));
        d.side("unread", List.of("Files not read: " + Phrases.number(unread), "empty, or no source reads them"));
        d.main("read", "main", "Records read", Phrases.number(c.recordsRead()));
        List<String> leaving = new ArrayList<>(List.of("Duplicates merged: " + Phrases.number(c.duplicatesMerged()),
                "Records skipped: " + Phrases.number(c.recordsSkipped())));
        if (c.recordsUnaccounted() != 0) {
            leaving.add("Records unaccounted: " + Phrases.number(c.recordsUnaccounted()));
        }
        d.side("left", leaving);
        d.main("kept", "main", "Records kept", Phrases.number(c.recordsKept()));
        // with a focus, a record whose findings were all left out has none in focus: it is counted
        // here, and the box says so (the run summary counts the findings left out, not their records)
        boolean focused = !summary.focus().criteria().isEmpty();
        // the note only where the focus left findings out: with none left out, no record lost its findings to it
        boolean leftOutAny = focused && summary.focus().findingsLeftOut() > 0;
        String leftOut = Phrases.count(summary.focus().findingsLeftOut(), "finding", "findings");
        d.side("without", leftOutAny
                ? List.of("Without findings in focus: " + Phrases.number(withoutFindings), "among them records whose findings",
                        "were all outside the focus", "(" + leftOut + " left out in all)")
                : List.of((focused ? "Without findings in focus: " : "Without findings: ") + Phrases.number(withoutFindings)));
        d.main("with", "main", focused ? "Records with findings in focus" : "Records with findings",
                Phrases.number(c.recordsWithFindings()) + " · " + Phrases.count(c.findings(), "finding", "findings"));
        d.side("not-voting", List.of("Cast no votes: " + Phrases.number(nonVoting), "reviews and other such designs"));
        d.main("voting", "final", "Studies casting votes", Phrases.number(voting));

        String description = "Input files: " + Phrases.number(inputs) + " (not read: " + Phrases.number(unread) + "). "
                + "Records read: " + Phrases.number(c.recordsRead()) + "; duplicates merged: " + Phrases.number(c.duplicatesMerged())
                + "; records skipped: " + Phrases.number(c.recordsSkipped())
                + (c.recordsUnaccounted() != 0 ? "; records unaccounted: " + Phrases.number(c.recordsUnaccounted()) : "")
                + ". Records kept: " + Phrases.number(c.recordsKept())
                + (leftOutAny ? "; without findings in focus: " + Phrases.number(withoutFindings) + ", among them records whose findings "
                        + "were all outside the focus (" + leftOut + " left out in all). Records with findings in focus: "
                        : focused ? "; without findings in focus: " + Phrases.number(withoutFindings) + ". Records with findings in focus: "
                        : "; without findings: " + Phrases.number(withoutFindings) + ". Records with findings: ")
                + Phrases.number(c.recordsWithFindings()) + ", with "
                + Phrases.count(c.findings(), "finding", "findings") + "; casting no votes: " + Phrases.number(nonVoting)
                + ". Studies casting votes: " + Phrases.number(voting) + ".";
        return new Flow(SIDE_X + SIDE_WIDTH + 10, d.y + 10, d.boxes, d.arrows, description);
    }

    /** A box of the main column, with an arrow from the one above. */
    private void main(String id, String style, String title, String number) {
        if (!boxes.isEmpty()) {
            arrows.add(new FlowArrow(center(), lastMainBottom, center(), y - 2));
        }
        int cx = center();
        boxes.add(new FlowBox(id, MAIN_X, y, MAIN_WIDTH, BOX_HEIGHT, style,
                List.of(new FlowText(cx, y + 24, title, false), new FlowText(cx, y + 47, number, true))));
        y += BOX_HEIGHT;
        lastMainBottom = y;
    }

    /** A box beside the main column between two of its boxes, with an arrow to it. */
    private void side(String id, List<String> lines) {
        int top = y + GAP;
        int height = 14 + lines.size() * LINE;
        List<FlowText> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            texts.add(new FlowText(SIDE_X + SIDE_WIDTH / 2, top + 24 + i * LINE, lines.get(i), false));
        }
        boxes.add(new FlowBox(id, SIDE_X, top, SIDE_WIDTH, height, "side", texts));
        arrows.add(new FlowArrow(center(), top + height / 2, SIDE_X - 2, top + height / 2));
        y = top + height + GAP;
    }

    private static int center() {
        return MAIN_X + MAIN_WIDTH / 2;
    }
}
