package org.evidentia.plugins.table;

import java.io.IOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.evidentia.api.Direction;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.Synthesis;

/**
 * What a reader of the tables alone needs to read them: the workbook's About sheet, and beside the
 * CSV, TSV and Markdown tables the file {@value #FILE_NAME}. The run (date,
 * inputs and the files its options name, each with its SHA-256, the exclusion list, focus), that the findings were extracted automatically and no person checked them (with
 * each kind's accuracy as its extractor states it), the vote rule, and what each column's values
 * mean (an attribute's, as its kind describes them: {@link FindingKind.Attribute#meanings()}). Rows of
 * two cells, a topic and its text, in the order written. The CSV, TSV and Markdown tables stay plain
 * tables, so that a program reads them as such.
 *
 * @param rows each a topic and its text
 */
record About(List<List<String>> rows) {

    /**
     * What a free-text attribute's column holds, in words true of every kind's: the extractor writes the
     * value, and may normalise it (the cytokine extractor groups conditions, a drug extractor may give
     * generic names), so "as the sentence states it" would be false for some (review 28 L2).
     */
    static final String FREE_TEXT = "free text, as the extractor writes it (read from the sentence or the record, and possibly"
            + " normalised: see the extractor's documentation); empty when not stated";

    static final List<String> HEADER = List.of("Topic", "About these tables");

    /** The About text beside the CSV, TSV and Markdown tables. */
    static final String FILE_NAME = "review-tables-about.md";

    /**
     * Where the text sends its reader for the findings, the studies and the synthesis: the workbook's
     * sheets, or the table files ({@code review-table.csv}).
     */
    record Places(String findings, String studies, String synthesis, String votes) {

        static final Places SHEETS = new Places("Findings sheet", "Studies sheet", "Synthesis sheet", "Votes sheet");

        /** The table files of the formats written, other than the workbook: {@code studies.csv}, or {@code studies.csv, .md}. */
        static Places files(List<TableFormat> formats) {
            List<String> extensions = formats.stream().filter(f -> f != TableFormat.XLSX).map(TableFormat::fileExtension).toList();
            String tail = String.join(", .", extensions);
            return new Places("review-table." + tail, "studies." + tail, "synthesis." + tail, "votes." + tail);
        }
    }

    About {
        rows = List.copyOf(rows);
    }

    static About of(RunSummary summary, Synthesis synthesis, List<FindingKind> kinds, Places places) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Run date", summary.runDate().toString()));
        rows.add(List.of("Made by", "Evidentia " + summary.evidentiaVersion()));
        rows.add(List.of("Table version", ReviewTableColumns.TABLE_VERSION + ": raised when a column of a table is added, moved or"
                + " renamed, or changes meaning (docs/reports.md, 'Versions of the tables', lists each): check it before a script reads"
                + " these tables as it read an earlier run's"));
        for (RunSummary.InputSummary input : summary.inputs()) {
            rows.add(List.of("Input", input.path() + " (" + count(input.records(), "record", "records")
                    + (input.source() == null ? ", not read" : ", read by " + input.source()) + sha256(input.sha256()) + ")"));
        }
        // files that decide findings as an input does, and can be edited in place under the same name (review 30, M1)
        for (RunSummary.OptionFile file : summary.optionFiles()) {
            rows.add(List.of("Option file", file.extension() + "." + file.option() + ": " + file.path()
                    + (file.sha256() == null ? " (could not be read)" : " (SHA-256 " + file.sha256() + ")")));
        }
        RunSummary.Counts c = summary.counts();
        // every record read is accounted for, as in run.json and the report's flow diagram: a reader of the tables alone saw
        // "2 records read, 1 kept" and nothing of the record skipped (review-s21-reports, D1)
        rows.add(List.of("Counts", count(c.recordsRead(), "record", "records") + " read, "
                + (summary.exclusions().list() == null ? "" : number(c.recordsExcluded()) + " excluded (Exclusions), ")
                + (c.duplicatesMerged() == 0 ? "" : count(c.duplicatesMerged(), "duplicate", "duplicates") + " merged, ")
                + (c.recordsSkipped() == 0 ? "" : number(c.recordsSkipped()) + " skipped (could not be read: Problems), ")
                + (c.recordsUnaccounted() == 0 ? "" : number(c.recordsUnaccounted()) + " unaccounted for (Problems), ")
                + (c.recordsDeleted() == 0 ? "" : number(c.recordsDeleted()) + " deleted by updates, ")
                + number(c.recordsKept()) + " kept (" + places.studies() + "), "
                + number(c.recordsWithFindings()) + " with findings, " + count(c.findings(), "finding", "findings") + " (" + places.findings() + ")"));
        if (summary.failure() != null) {
            rows.add(List.of("Run failed", summary.failure() + ". These tables were written for inspection, not as the review's result"));
        }
        if (!summary.problems().isEmpty()) {
            Map<RunSummary.Problem.Kind, Long> byKind = new EnumMap<>(RunSummary.Problem.Kind.class);
            summary.problems().forEach(p -> byKind.merge(p.kind(), 1L, Long::sum));
            rows.add(List.of("Problems", byKind.entrySet().stream().map(e -> number(e.getValue()) + " " + e.getKey().label())
                    .collect(Collectors.joining(", ")) + ": run.json lists each, with its file, line and record"));
        }
        // what qualifies the tables as a whole (a store's last run interrupted, its records extracted two ways, an input of titles
        // alone): the report's "Read this first" tells it, and a reader of the tables alone saw none of it (an explorer's s22, L1)
        for (String notice : summary.notices()) {
            rows.add(List.of("Notice", notice));
        }
        if (summary.exclusions().list() != null) {
            List<String> reasons = new ArrayList<>();
            // quoted where a reason holds the list's own marks, as the console and the report quote it (an explorer's s22, L8)
            summary.exclusions().byReason().forEach((reason, n) -> reasons.add((reason.indexOf(':') >= 0 || reason.indexOf(';') >= 0
                    || reason.indexOf('"') >= 0 ? '"' + reason.replace("\"", "\"\"") + '"' : reason) + ": " + number(n)));
            String sha256 = summary.exclusions().sha256() == null ? "" : " (SHA-256 " + summary.exclusions().sha256() + ")";
            rows.add(List.of("Exclusions", "the exclusion list " + summary.exclusions().list() + sha256 + " excluded " + number(c.recordsExcluded())
                    + " of the records read, with reasons" + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")")
                    + "; they are in neither table"));
        }
        RunSummary.Focus focus = summary.focus();
        rows.add(List.of("Focus", focus.criteria().isEmpty() ? "none: every finding is in the tables"
                : String.join(", ", focus.criteria()) + ": only findings matching every attribute named were kept; "
                        + count(focus.findingsLeftOut(), "finding was", "findings were") + " left out, " + number(focus.leftOutUnstated())
                        + " of them because they state no value for an attribute focused on; " + count(focus.recordsLeftOutUnstated(), "record", "records")
                        + " lost every finding for that alone and may be on the question all the same (" + places.studies() + ","
                        + " Left out by focus: no value stated): check them by hand"));
        rows.add(List.of("Findings", "Extracted automatically (the bundled extractors read titles and abstracts by text mining);"
                + " no person checked them. Check each finding's Evidence sentence, and the abstract, before citing a result."));
        for (FindingKind kind : inReadingOrder(kinds, synthesis)) {
            rows.add(List.of("Accuracy: " + kind.subjectPlural(), kind.accuracy().isEmpty()
                    ? "not stated by its extractor" : kind.accuracy()));
        }
        String voting = synthesis.votingDesigns().stream().map(StudyDesign.Type::label).collect(Collectors.joining(", "));
        rows.add(List.of("Vote rule", "Only studies of these designs vote: " + voting + "; retracted publications "
                + (synthesis.retractedVotes() ? "vote too (synthesis.retracted-votes=true)" : "do not") + ". Each voting study casts one vote"
                + " per subject and stratum: up when its findings with a direction all report an increase, down when they all report"
                + " a decrease (unchanged findings beside a clear direction do not cancel it), no clear direction when increases and"
                + " decreases conflict or it reports no change only. Findings of different strata never share a vote; each study counts"
                + " equally whatever its size. The sign test (in the HTML report, and unrounded in " + places.synthesis() + ") compares up and down votes."));
        rows.add(List.of("Column: Synthesis key", "the subject key the synthesis counts the row under (" + places.synthesis() + "'s key): the"
                + " finding's own key, or the key its kind merges it into" + aliases(kinds)));
        rows.add(List.of("Column: Stratum", "the group of findings a row's vote counts in: its values of"
                + " the kind's stratum attributes joined by ' · ' (" + strataOf(kinds) + "), 'not stated' for a missing one."
                + (breakdownsOf(kinds).isEmpty() ? "" : " A row pools its studies whatever their other values (" + breakdownsOf(kinds)
                        + "), which the HTML report breaks down for each row: its studies are comparable in the stratum's values only.")
                + " These are the"
                + " values of the data, which --focus takes; the HTML report shows the reader labels a kind gives them, and names each"
                + " stratum as these tables do in its list of values"));
        rows.add(List.of("Column: Votes", "yes: the row's study votes in the synthesis; no: and why: its design (no: review) or its"
                + " retraction (no: retracted)"));
        rows.add(List.of("Column: Design", Arrays.stream(StudyDesign.Type.values()).map(StudyDesign.Type::label).collect(Collectors.joining(", "))
                + ". Read from PubMed publication types where the record has them, else"
                + " from cues in its title and abstract (" + places.studies() + ", Design basis, says which)"));
        rows.add(List.of("Column: Retracted", "yes for a retracted publication (PubMed's publication type Retracted Publication, or in an"
                + " export without publication types a link to the notice that retracted it), no otherwise"));
        rows.add(List.of("Column: Abstract", places.studies() + ": yes when the record has an abstract, no when it has its title alone"
                + " (a PubMed CSV export, say), whose 0 findings mean nothing was read rather than nothing found"));
        rows.add(List.of("Column: Input", places.studies() + ": the input the record was read from, as run.json names it (a file under"
                + " the home folder written ~/...); for a record in several inputs, the one whose copy was kept (the first read)"));
        rows.add(List.of("Column: Direction", Arrays.stream(Direction.values()).map(Direction::label).collect(Collectors.joining(", "))));
        for (ReviewTableColumns.AttributeColumn column : ReviewTableColumns.attributeColumns(kinds)) {
            FindingKind.Attribute attribute = column.attribute();
            rows.add(List.of("Column: " + column.heading(), !attribute.closed() ? FREE_TEXT : attribute.meanings().isEmpty()
                    ? "one of " + String.join(", ", attribute.values()) + "; empty when not stated"
                    : "one of these values, empty when not stated: " + meanings(attribute)));
        }
        rows.add(List.of("Column: Study", "the study's label, as the HTML report shows it too (first author, et al., year; a, b... where two share one);"
                + " in " + places.studies() + " only for records with findings"));
        rows.add(List.of("Column: Finding id", "the finding's id, the last column of " + places.findings() + " and finding_id in findings.jsonl:"
                + " the record id, ':' and 12 hex digits of what the finding says (its extractor, kind, subject, direction, every attribute,"
                + " where its sentence and mention are), so the same in every run that makes the finding, whatever else the run reads; a"
                + " finding that changes gets another"));
        rows.add(List.of("Column: Left out by focus", places.studies() + ", a focused run: no value stated (every finding was left out because"
                + " it states no value for an attribute focused on), other value (every finding left out, some for another value), empty"
                + " otherwise"));
        rows.add(List.of("Synthesis", places.synthesis() + ": one row per subject and stratum with votes, the HTML report's synthesis tables"
                + " in its order (kind by kind, the main stratum first, then the subjects with the most studies first). Columns: Kind;"
                + " Stratum; one column per stratum attribute (its value, empty when not stated); Subject; Synthesis key; Studies (voting"
                + " studies with a finding on the subject in the stratum); Findings (their findings); Increased, Decreased, Unchanged"
                + " (studies reporting each; a study may count in several); Votes up, Votes down, Votes no clear direction; Sign test p"
                + " (two-sided exact binomial p of up against down votes, unrounded, which the report rounds and leaves out under 6 votes;"
                + " empty without an up or down vote); Main stratum (yes for each kind's first stratum, the report's main one)."
                + " The rows of " + places.findings() + " with Votes yes, grouped by Kind (with several kinds), Stratum and Synthesis key,"
                + " give its Studies (their Record ids) and Findings (their number)"));
        rows.add(List.of("Votes", places.votes() + ": one row per vote, a voting study's on a subject in a stratum (the marks of the"
                + " HTML report's effect direction plots), in " + places.synthesis() + "'s order and a subject's votes in input order (the order its studies first give a"
                + " finding; the report's plots sort them by first author and year)."
                + " Columns: Kind; Stratum; one column per stratum attribute; Subject; Synthesis key; Record id; Study (its label);"
                + " Vote (up, down or no clear direction, by the vote rule). Counted by Kind, Stratum and Synthesis key, they give "
                + places.synthesis() + "'s Studies and its three Votes columns"));
        return new About(rows);
    }

    /** {@code "; SHA-256 ab12..."}: a file's checksum as the Input topic gives it; empty when not known. */
    private static String sha256(String sha256) {
        return sha256 == null ? "" : "; SHA-256 " + sha256;
    }

    /**
     * The text as Markdown: a heading naming the tables, then a bullet per row, its topic in bold.
     * Every cell's text is made literal as in the Markdown tables ({@link MarkdownTableWriter#escape}).
     */
    void writeMarkdown(Writer out, Places places) throws IOException {
        // every table it tells of (report reader s9, L16: it named two of four)
        out.write("# About " + MarkdownTableWriter.escape(places.findings()) + "; " + MarkdownTableWriter.escape(places.studies()) + "; "
                + MarkdownTableWriter.escape(places.synthesis()) + "; " + MarkdownTableWriter.escape(places.votes())
                + "\n\nWhat a reader of these tables alone needs to read them.\n\n");
        for (List<String> row : rows) {
            out.write("- **" + MarkdownTableWriter.escape(row.get(0)) + ":** " + MarkdownTableWriter.escape(row.get(1)) + "\n");
        }
    }

    /**
     * Each value with what its kind says it means, as the HTML report's glossary gives it, and the words
     * the HTML report shows it in where they differ ({@code condition ('cases vs controls' in the HTML report):
     * people or animals ...; intervention: ...}); a value not described is named alone.
     */
    private static String meanings(FindingKind.Attribute attribute) {
        List<String> values = new ArrayList<>();
        for (String value : attribute.values()) {
            FindingKind.Attribute.ValueMeaning meaning = attribute.meanings().get(value);
            String label = attribute.readerLabel(value);
            values.add(value + (label.equals(value) ? "" : " ('" + label + "' in the HTML report)") + (meaning == null ? "" : ": " + meaning.meaning()));
        }
        return String.join("; ", values);
    }

    /** The kinds as the tables and the report give them: the one found in the most studies first, then those without findings. */
    private static List<FindingKind> inReadingOrder(List<FindingKind> kinds, Synthesis synthesis) {
        List<String> found = synthesis.kinds().stream().map(k -> k.kind().name()).toList();
        return kinds.stream().sorted(Comparator.comparingInt(k -> found.contains(k.name()) ? found.indexOf(k.name()) : found.size())).toList();
    }

    /** Each kind's merged keys ({@code : IL12A as IL12, IL23A as IL23 (Cytokines)}), empty when no kind merges any. */
    private static String aliases(List<FindingKind> kinds) {
        List<String> parts = new ArrayList<>();
        for (FindingKind kind : kinds) {
            if (!kind.keyAliases().isEmpty()) {
                parts.add(kind.keyAliases().entrySet().stream().map(e -> e.getKey() + " as " + e.getValue())
                        .collect(Collectors.joining(", ")) + " (" + kind.subjectPlural() + ")");
            }
        }
        return parts.isEmpty() ? "" : ": " + String.join("; ", parts);
    }

    /** The strata attributes of each kind, named: {@code comparison · population}. */
    private static String strataOf(List<FindingKind> kinds) {
        return kinds.stream().map(k -> k.synthesisStrata().stream().map(FindingKind.Attribute::name).collect(Collectors.joining(" · ")))
                .filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining("; "));
    }

    private static String breakdownsOf(List<FindingKind> kinds) {
        return kinds.stream().flatMap(k -> k.synthesisBreakdowns().stream()).map(FindingKind.Attribute::name).distinct()
                .collect(Collectors.joining(", "));
    }

    private static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
