package org.evidentia.plugins.html;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.RunSummary;
import org.evidentia.plugins.html.ReportView.Flow;
import org.evidentia.plugins.html.ReportView.FlowArrow;
import org.evidentia.plugins.html.ReportView.FlowBox;
import org.evidentia.plugins.html.ReportView.FlowLayout;
import org.evidentia.plugins.html.ReportView.FlowText;

/**
 * Lays out the PRISMA-style flow of a run's records: a column of what goes on (input files, records
 * read, kept, with findings, casting votes) and beside it what leaves at each step (files no source
 * could read, duplicates merged, records skipped, records unaccounted when there are any, records the
 * review's exclusion list excluded when it has one, in a
 * findings store's report the records its updates deleted (not among those read) when there are any, records
 * without findings, studies that cast no votes). In a focused run, records with findings are those
 * with findings in focus, and the box beside them says that records whose findings the focus all
 * left out are among those without. Every count is the run summary's, except the
 * studies casting no votes, which the reporter counted from the records' designs.
 *
 * <p>It is laid out twice: wide, what leaves beside what goes on (a screen or a printed page), and
 * narrow, what leaves indented below each step, for a phone: the wide layout shrunk to a 390 px
 * screen set its text at about 7 px, the narrow one keeps it at about 14 px.
 */
final class FlowDiagram {

    /**
     * Where a layout puts its boxes, in SVG user units: the main column, the line down it that
     * arrows branch off ({@code spine}), and the column of boxes beside or below.
     */
    private record Geometry(int mainX, int mainWidth, int spine, int sideX, int sideWidth) {
    }

    /** What goes on beside what leaves: 740 units wide. */
    private static final Geometry WIDE = new Geometry(40, 340, 40 + 340 / 2, 440, 290);
    /** What leaves indented under the line down the main column's left: 360 units wide, a phone's width. */
    private static final Geometry NARROW = new Geometry(10, 340, 32, 56, 294);
    private static final int BOX_HEIGHT = 58;
    private static final int LINE = 22;
    private static final int GAP = 16;

    /** A step of the flow: a box of the main column (a title and its number) or a box of what leaves. */
    private record Step(String id, String style, boolean main, List<String> lines) {
    }

    private final List<Step> steps = new ArrayList<>();

    private FlowDiagram() {
    }

    /**
     * @param nonVoting records with findings whose design casts no votes
     * @param retracted  those of them that are retracted publications
     */
    static Flow of(RunSummary summary, long nonVoting, long retracted) {
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
        if (summary.exclusions().list() != null) {
            // PRISMA's "records excluded, with reasons": the reasons are in the text alternative and the methods appendix
            leaving.add("Excluded, with reasons: " + Phrases.number(c.recordsExcluded()));
        }
        if (c.recordsDeleted() != 0) {
            // a findings store's report: records its updates deleted, which are not among the records read
            leaving.add("Deleted by updates: " + Phrases.number(c.recordsDeleted()) + ", not read");
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
                // not PRISMA's "excluded": nobody screened these records out, the extractors found nothing in them (report reader s9, M8)
                : List.of((focused ? "Without findings in focus: " : "Without findings: ") + Phrases.number(withoutFindings),
                        "none extracted; not screened out"));
        d.main("with", "main", focused ? "Records with findings in focus" : "Records with findings",
                Phrases.number(c.recordsWithFindings()) + " · " + Phrases.count(c.findings(), "finding", "findings"));
        // a retracted primary study is no review: the box called every such record a review or the like (the review of
        // session 29, Y4)
        d.side("not-voting", List.of("Cast no votes: " + Phrases.number(nonVoting), retracted == 0 ? "reviews and other such designs"
                : "retracted: " + Phrases.number(retracted) + (nonVoting == retracted ? "" : "; other designs: "
                        + Phrases.number(nonVoting - retracted))));
        d.main("voting", "final", "Studies casting votes", Phrases.number(voting));

        String description = "Input files: " + Phrases.number(inputs) + " (not read: " + Phrases.number(unread) + "). "
                + "Records read: " + Phrases.number(c.recordsRead()) + "; duplicates merged: " + Phrases.number(c.duplicatesMerged())
                + "; records skipped: " + Phrases.number(c.recordsSkipped())
                + (c.recordsUnaccounted() != 0 ? "; records unaccounted: " + Phrases.number(c.recordsUnaccounted()) : "")
                + (summary.exclusions().list() != null ? "; excluded by the exclusion list " + summary.exclusions().list() + ": "
                        + Phrases.number(c.recordsExcluded()) + excludedByReason(summary.exclusions()) : "")
                + (c.recordsDeleted() != 0 ? "; deleted by updates, not among the records read: " + Phrases.number(c.recordsDeleted()) : "")
                + ". Records kept: " + Phrases.number(c.recordsKept())
                + (leftOutAny ? "; without findings in focus: " + Phrases.number(withoutFindings) + ", among them records whose findings "
                        + "were all outside the focus (" + leftOut + " left out in all). Records with findings in focus: "
                        : focused ? "; without findings in focus: " + Phrases.number(withoutFindings) + ". Records with findings in focus: "
                        : "; without findings (none extracted; not screened out): " + Phrases.number(withoutFindings)
                                + ". Records with findings: ")
                + Phrases.number(c.recordsWithFindings()) + ", with "
                + Phrases.count(c.findings(), "finding", "findings") + "; casting no votes: " + Phrases.number(nonVoting)
                + (retracted == 0 ? "" : " (retracted: " + Phrases.number(retracted) + ")")
                + ". Studies casting votes: " + Phrases.number(voting) + ".";
        // the caption's sum names every box that takes records out of those read, and no other
        String balance = "read = kept + duplicates merged + skipped + unaccounted"
                + (summary.exclusions().list() != null ? " + excluded" : "");
        return new Flow(d.layout(WIDE), d.layout(NARROW), description, balance);
    }

    /** {@code " (off-topic: 2; not a primary study: 1)"}: the reasons of the records excluded, most first; empty for none. */
    static String excludedByReason(RunSummary.Exclusions exclusions) {
        if (exclusions.byReason().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        exclusions.byReason().forEach((reason, n) -> parts.add(Phrases.reason(reason) + ": " + Phrases.number(n)));
        return " (" + String.join("; ", parts) + ")";
    }

    /** A box of the main column: its title, then its number in bold. */
    private void main(String id, String style, String title, String number) {
        steps.add(new Step(id, style, true, List.of(title, number)));
    }

    /** A box of what leaves, between two boxes of the main column. */
    private void side(String id, List<String> lines) {
        steps.add(new Step(id, "side", false, lines));
    }

    /**
     * The steps laid out from the top: each box below the one before (a box of what leaves beside
     * the main column, in the wide layout, is still below the main box before it), the main boxes
     * joined by arrows down the spine and each box of what leaves reached by an arrow from it.
     */
    private FlowLayout layout(Geometry g) {
        List<FlowBox> boxes = new ArrayList<>();
        List<FlowArrow> arrows = new ArrayList<>();
        int y = 10;
        int lastMainBottom = 0;
        for (Step step : steps) {
            if (step.main()) {
                if (!boxes.isEmpty()) {
                    arrows.add(new FlowArrow(g.spine(), lastMainBottom, g.spine(), y - 2));
                }
                int cx = g.mainX() + g.mainWidth() / 2;
                boxes.add(new FlowBox(step.id(), g.mainX(), y, g.mainWidth(), BOX_HEIGHT, step.style(),
                        List.of(new FlowText(cx, y + 24, step.lines().get(0), false), new FlowText(cx, y + 47, step.lines().get(1), true))));
                y += BOX_HEIGHT;
                lastMainBottom = y;
            } else {
                int top = y + GAP;
                int height = 14 + step.lines().size() * LINE;
                List<FlowText> texts = new ArrayList<>();
                for (int i = 0; i < step.lines().size(); i++) {
                    texts.add(new FlowText(g.sideX() + g.sideWidth() / 2, top + 24 + i * LINE, step.lines().get(i), false));
                }
                boxes.add(new FlowBox(step.id(), g.sideX(), top, g.sideWidth(), height, step.style(), texts));
                arrows.add(new FlowArrow(g.spine(), top + height / 2, g.sideX() - 2, top + height / 2));
                y = top + height + GAP;
            }
        }
        return new FlowLayout(g.sideX() + g.sideWidth() + 10, y + 10, boxes, arrows);
    }
}
