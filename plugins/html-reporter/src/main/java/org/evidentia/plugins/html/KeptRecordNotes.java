package org.evidentia.plugins.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyLabels;
import org.evidentia.api.Synthesis;
import org.evidentia.plugins.html.ReportView.Caveat;
import org.evidentia.plugins.html.ReportView.LeftOutStudy;
import org.evidentia.plugins.html.ReportView.RecordsToCheck;

/**
 * What "Read this first" says of particular kept records, gathered as they flow: the studies a focus
 * lost every finding of for want of a value alone (listed under the focus notice, to be checked by
 * hand), and how many kept records' kept copies were read from each input file, and of those how many
 * have no abstract (so that a source's notice about a file, such as a CSV export's lack of abstracts,
 * is shown only when the report holds records as the notice describes). It holds a few facts for at
 * most {@value #LISTED} such studies and two counts per file. One thread uses it.
 */
final class KeptRecordNotes {

    /** At most this many studies are listed under the focus notice; studies.csv marks every one. */
    static final int LISTED = 1000;

    /** A study the focus lost for want of a value alone. */
    private record LeftOut(StudyLabels.Citation citation, String title, int findings, boolean namesFocus) {
    }

    /** The order of the list: those naming a free-text value focused on first, then the studies' order (surname, year). */
    private static final Comparator<LeftOut> LISTED_ORDER =
            Comparator.comparing((LeftOut l) -> !l.namesFocus()).thenComparing(LeftOut::citation, StudyLabels.ORDER);

    /** The first {@link #LISTED} such studies in {@link #LISTED_ORDER}, the last first: a focus may lose a million. */
    private final PriorityQueue<LeftOut> leftOut = new PriorityQueue<>(LISTED_ORDER.reversed());
    private long leftOutCount;
    private long leftOutNaming;
    /** By input file: kept records whose kept copy was read from it, and of them those without an abstract. */
    private final Map<String, long[]> keptFrom = new HashMap<>();

    void record(RecordFindings delivered) {
        BibliographicRecord r = delivered.record();
        if (!r.origins().isEmpty()) {
            long[] counts = keptFrom.computeIfAbsent(r.origins().get(0).file(), f -> new long[2]); // the kept copy's origin is first
            counts[0]++;
            if (!r.hasAbstract()) {
                counts[1]++;
            }
        }
        if (delivered.lostEveryFindingToFocus() && delivered.leftOutByFocus().forWantOfAValue()) {
            leftOutCount++;
            if (delivered.leftOutByFocus().namesFocus()) {
                leftOutNaming++;
            }
            leftOut.add(new LeftOut(StudyLabels.Citation.of(r), r.title() == null ? "(no title)" : r.title(),
                    delivered.leftOutByFocus().findings(), delivered.leftOutByFocus().namesFocus()));
            if (leftOut.size() > LISTED) {
                leftOut.poll();
            }
        }
    }

    /**
     * The focus notice's folded list of the studies to check by hand, those whose title or abstract
     * names a free-text value focused on first, then in the studies' order (surname, year); null when
     * the focus lost none so.
     */
    RecordsToCheck toCheck(RunSummary.Focus focus, Synthesis synthesis) {
        if (leftOut.isEmpty()) {
            return null;
        }
        List<LeftOut> sorted = new ArrayList<>(leftOut);
        sorted.sort(LISTED_ORDER);
        List<LeftOutStudy> studies = new ArrayList<>();
        for (LeftOut l : sorted) {
            String pmid = l.citation().pmid();
            studies.add(new LeftOutStudy(StudyLabels.base(l.citation()), pmid, pmid == null ? null : StudyInfo.pubmedLink(pmid),
                    l.title(), l.findings(), l.namesFocus()));
        }
        String values = freeTextValues(focus, synthesis);
        // headed as the notice asks of them: none to check where none names the focus (the review of the session's change, S2)
        String summary = values.isEmpty() ? "The " + Phrases.count(leftOutCount, "study", "studies") + " to check by hand"
                : leftOutNaming == 0 ? "The " + Phrases.count(leftOutCount, "study", "studies") + " the focus lost for want of a value: "
                        + (leftOutCount == 1 ? "it does not name " + values + " in its" : "none of them names " + values + " in their")
                        + " title or abstract"
                : leftOutCount == 1 ? "The 1 study to check by hand: it names " + values + " in its title or abstract"
                : "The " + Phrases.count(leftOutCount, "study", "studies") + " to check by hand: " + Phrases.number(leftOutNaming)
                        + " of them name" + (leftOutNaming == 1 ? "s " : " ") + values + " in " + (leftOutNaming == 1 ? "its" : "their")
                        + " title or abstract, listed first";
        String notListed = leftOutCount <= LISTED ? ""
                : "And " + Phrases.number(leftOutCount - LISTED) + " more, not listed here: studies.csv's Left out by focus column"
                        + " marks every one.";
        // on paper, those that name what the focus is on: the rest made a report of 3 findings 37 pages long (report reader s27, D3)
        long notNaming = leftOutCount - leftOutNaming;
        String printed = values.isEmpty() || notNaming == 0 ? ""
                : leftOutNaming == 0 ? (leftOutCount == 1 ? "It does not name " : "None of them names ") + values + ": the list is on screen only."
                : "On paper, this list holds only the studies that name " + values + ": " + (notNaming == 1 ? "the one that does not is"
                        : "the " + Phrases.number(notNaming) + " that do not are") + " on screen only.";
        return new RecordsToCheck(summary, studies, notListed, !values.isEmpty(), !values.isEmpty() && leftOutNaming == 0, printed);
    }

    /**
     * What "Read this first" asks of the studies a focus lost every finding of for want of a value: to check by hand those whose
     * title or abstract names a free-text value focused on, where there is one ({@code values}); all of them otherwise. A
     * focus on a condition listed 138 studies to check by hand, none of which named it (report reader s27, D3). {@code listed}:
     * where the list is, from where the sentence stands ({@code below}, {@code under Read this first}).
     */
    String checkByHand(RunSummary.Focus focus, Synthesis synthesis, String listed) {
        String values = freeTextValues(focus, synthesis);
        if (values.isEmpty() || leftOutCount == 0) {
            return ReportViewBuilder.checkAllByHand(leftOutCount);
        }
        if (leftOutNaming == 0) {
            return leftOutCount == 1 ? ", but it does not name " + values + " in its title or abstract (listed " + listed + ")"
                    : ", but none of them names " + values + " in their title or abstract (listed " + listed + ")";
        }
        if (leftOutCount == 1) {
            return "; it names " + values + " in its title or abstract and may be on the question all the same: check it by hand (listed "
                    + listed + ")";
        }
        return "; " + Phrases.number(leftOutNaming) + " of them name" + (leftOutNaming == 1 ? "s " : " ") + values
                + " in the title or abstract and may be on the question all the same: check " + (leftOutNaming == 1 ? "it" : "those")
                + " by hand (listed first " + listed + ")";
    }

    /** The values focused on for free-text attributes, quoted and joined ({@code "sleep apnea"}); empty when there are none. */
    private static String freeTextValues(RunSummary.Focus focus, Synthesis synthesis) {
        List<String> values = new ArrayList<>();
        for (String criterion : focus.criteria()) {
            int eq = criterion.indexOf('=');
            String attribute = criterion.substring(0, Math.max(0, eq)).strip();
            boolean freeText = synthesis.kinds().stream().flatMap(k -> k.kind().attribute(attribute).stream())
                    .anyMatch(a -> !a.closed());
            if (freeText) {
                values.add("\u201C" + criterion.substring(eq + 1).strip() + "\u201D");
            }
        }
        return String.join(" or ", values);
    }

    /**
     * A source's notice for "Read this first", or null to leave it to the methods appendix's Notices.
     * A notice about one input file (it begins with the file's name and a colon, as sources write
     * them: {@code file.csv: PubMed CSV exports carry no abstracts ...}) describes the records read
     * from it; when no kept record's kept copy was read from that file (each merged into a copy read
     * from another, say a MEDLINE copy with its abstract), none of this report's records is as it
     * says, and it is left out. Otherwise it says how many are: {@code (in this report: 3 records
     * read from this file, 3 of them without an abstract)}. Other notices are shown as they are.
     */
    Caveat notice(String notice, List<RunSummary.InputSummary> inputs) {
        for (RunSummary.InputSummary input : inputs) {
            if (notice.startsWith(input.path() + ": ")) {
                long[] counts = keptFrom.getOrDefault(input.path(), new long[2]);
                if (counts[0] == 0) {
                    return null;
                }
                // the count of records without an abstract only where there are some: not every notice about a file is about abstracts
                return new Caveat("Notice: " + notice + " (in this report: " + Phrases.count(counts[0], "record", "records")
                        + " read from this file" + (counts[1] == 0 ? "" : ", " + Phrases.number(counts[1]) + " of them without an abstract")
                        + ").", "#methods-notices", "Notices");
            }
        }
        return new Caveat("Notice: " + notice, "#methods-notices", "Notices");
    }
}
