package org.evidentia.plugins.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.NaturalOrder;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyLabels;
import org.evidentia.api.SubjectLabels;
import org.evidentia.api.Synthesis;
import org.evidentia.api.Synthesis.KindSynthesis;
import org.evidentia.api.Synthesis.Stratum;

/**
 * One run's review table, studies table, synthesis table ({@link SynthesisTable}) and votes table
 * ({@link VotesTable}), the last two written at the end from the run's synthesis. The studies table's rows (one per kept record, in run
 * order) are spooled to the scratch folder as records arrive and written at the end, when the
 * studies' labels are known, so memory stays flat however many records a run keeps; the
 * review table (one row per finding) is written at the end, sorted: by kind (the kind found in the
 * most studies first, as the HTML report's sections), subject (one block
 * per subject, by its label as the synthesis orders its subjects: naturally, then by key), stratum
 * in the synthesis' order (so a subject's human condition findings never mix with its animal
 * intervention ones), study (first author, year, record id), then where the evidence is (title
 * before abstract, then offset). Only the findings and their studies' short facts are held.
 *
 * <p>A subject's label for the order is the one the synthesis gives it whatever stratum it is in
 * (the label of a finding whose own key is the subject's canonical key, else the least of its
 * labels: {@code IL-23} for {@code IL23A} and {@code IL23} findings); each row still shows its
 * finding's own label. Subjects are not taken stratum by stratum, in which a subject absent from
 * the lead stratum would come after all those in it.
 */
final class ReviewTableWriter implements ReportWriter {

    private final ReportContext context;
    private final ReviewTableOptions options;
    private final List<FindingKind> kinds;
    private final ReviewTableColumns columns;
    /** The studies tables of the delimited and Markdown formats, opened when the writer starts, filled at the end. */
    private final List<StudyLines> studyTables = new ArrayList<>();
    /** The studies table's rows so far: the workbook's sheet makes them an Excel table of that size. */
    private int studyCount;
    /** The workbook's studies rows until the end of the run, their labels left to fill; null without xlsx. */
    private final RowSpool studyRows;
    /** The review tables of the delimited and Markdown formats, by format: opened when the writer starts, filled at the end. */
    private final Map<TableFormat, RowWriter> findingTables = new EnumMap<>(TableFormat.class);
    private final SynthesisTable synthesisColumns;
    /** The synthesis tables of the delimited and Markdown formats, by format: opened when the writer starts, filled at the end. */
    private final Map<TableFormat, RowWriter> synthesisTables = new EnumMap<>(TableFormat.class);
    private final VotesTable votesColumns;
    /** The votes tables of the delimited and Markdown formats, by format: opened when the writer starts, filled at the end. */
    private final Map<TableFormat, RowWriter> votesTables = new EnumMap<>(TableFormat.class);
    private final List<TableFinding> findings = new ArrayList<>();
    private final XlsxWorkbook workbook;
    /** The workbook's file in the output folder, created when the writer starts; null without xlsx. */
    private final OutputStream workbookFile;
    /** The About text beside the table files, created when the writer starts; null when the workbook is the only format. */
    private final OutputStream aboutFile;

    /** A finding with the study it belongs to. */
    private record TableFinding(Study study, Finding finding, String id) {
    }

    ReviewTableWriter(ReportContext context) throws IOException {
        this.context = context;
        this.options = context.options(ReviewTableOptions.class);
        this.kinds = context.findingKinds();
        this.columns = new ReviewTableColumns(kinds);
        this.synthesisColumns = new SynthesisTable(kinds);
        this.votesColumns = new VotesTable(kinds);
        this.workbook = options.formats().contains(TableFormat.XLSX)
                ? new XlsxWorkbook(context.scratchFolder().resolve(XlsxWorkbook.FILE_NAME), null, options.neutraliseFormulas()) : null;
        this.studyRows = workbook == null ? null
                : new RowSpool(context.scratchFolder().resolve("studies.rows"), ReviewTableColumns.STUDY_COLUMNS.size());
        // every output file is created now, before the run reads, so that the output folder refuses
        // here, not at the end of the run, another reporter's file of one of these names (the
        // runtime closes the files of a reporter that fails to start; the spools are ours)
        try {
            for (TableFormat format : options.formats()) {
                if (format != TableFormat.XLSX) {
                    String name = "studies." + format.fileExtension();
                    studyTables.add(new StudyLines(textTable(format), ReviewTableColumns.STUDY_COLUMNS, context.output().create(name),
                            context.scratchFolder().resolve(name + ".lines")));
                }
            }
            openEach("review-table", columns.findingColumns(), findingTables);
            openEach("synthesis", synthesisColumns.columns(), synthesisTables);
            openEach("votes", votesColumns.columns(), votesTables);
            this.workbookFile = workbook == null ? null : context.output().create(XlsxWorkbook.FILE_NAME);
            this.aboutFile = findingTables.isEmpty() ? null : context.output().create(About.FILE_NAME);
        } catch (IOException | RuntimeException e) {
            if (workbook != null) {
                workbook.close();
                studyRows.close();
            }
            closeStudyTables();
            throw e;
        }
    }

    @Override
    public void record(RecordFindings delivered) throws IOException {
        Study study = Study.of(delivered, context::votes);
        List<String> row = ReviewTableColumns.studyRow(study, delivered);
        // the end letters the studies with findings alone: the row of a record without is final now
        boolean labelKnown = delivered.findings().isEmpty();
        for (StudyLines table : studyTables) {
            table.add(row, labelKnown);
        }
        if (studyRows != null) {
            studyRows.add(row);
        }
        studyCount++;
        List<String> ids = FindingIds.of(delivered);
        for (int i = 0; i < ids.size(); i++) {
            findings.add(new TableFinding(study, delivered.findings().get(i), ids.get(i)));
        }
    }

    @Override
    public void finish(RunSummary summary, Synthesis synthesis) throws IOException {
        Map<String, String> labels = studyLabels();
        // the record id is the first cell; a record the focus emptied keeps the unlettered label it was spooled with
        UnaryOperator<List<String>> lettering = row -> {
            row.set(ReviewTableColumns.STUDY_LABEL_COLUMN, labels.getOrDefault(row.get(0), row.get(ReviewTableColumns.STUDY_LABEL_COLUMN)));
            return row;
        };
        for (StudyLines table : studyTables) {
            table.writeAll(lettering);
        }
        closeStudyTables();
        if (workbook != null) {
            try (RowWriter sheet = workbook.studies(ReviewTableColumns.STUDY_COLUMNS, studyCount, ReviewTableColumns.STUDY_NUMBER_COLUMNS)) {
                studyRows.replay(row -> sheet.row(lettering.apply(row)));
            }
        }
        List<TableFinding> sorted = inTableOrder(synthesis);
        // made row by row as each format is written: the review table is the one table as long as the findings
        Iterable<List<String>> findingRows = () -> sorted.stream()
                .map(f -> columns.findingRow(f.study(), labels.get(f.study().id()), f.finding(), f.id())).iterator();
        writeEach(findingTables, () -> workbook.findings(columns.findingColumns(), sorted.size(), columns.findingNumberColumns()),
                findingRows);
        List<List<String>> synthesisRows = synthesisColumns.rows(synthesis, votingFindings());
        writeEach(synthesisTables, () -> workbook.synthesis(synthesisColumns.columns(), synthesisRows.size(),
                synthesisColumns.numberColumns()), synthesisRows);
        List<List<String>> voteRows = votesColumns.rows(synthesis, labels);
        writeEach(votesTables, () -> workbook.votes(votesColumns.columns(), voteRows.size()), voteRows);
        if (workbook != null) {
            try (OutputStream out = workbookFile) {
                workbook.writeTo(out, summary.runDate(), About.of(summary, synthesis, kinds, About.Places.SHEETS));
            }
        }
        if (aboutFile != null) {
            About.Places files = About.Places.files(options.formats());
            try (Writer out = new OutputStreamWriter(aboutFile, StandardCharsets.UTF_8)) {
                About.of(summary, synthesis, kinds, files).writeMarkdown(out, files);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeStudyTables();
            for (Map<TableFormat, RowWriter> tables : List.of(findingTables, synthesisTables, votesTables)) {
                for (RowWriter table : tables.values()) { // those finish did not fill: the run stopped early
                    table.close();
                }
            }
            if (workbookFile != null) {
                workbookFile.close(); // closed already when finish wrote it
            }
            if (aboutFile != null) {
                aboutFile.close(); // likewise
            }
        } finally {
            if (workbook != null) {
                try {
                    studyRows.close();
                } finally {
                    workbook.close();
                }
            }
        }
    }

    private void closeStudyTables() throws IOException {
        for (StudyLines table : studyTables) {
            table.close();
        }
        studyTables.clear();
    }

    /**
     * The label of each study with findings, by record id: the HTML report's label, since the
     * report labels the same studies (those with findings) by the same rule, lettered in the same order.
     */
    private Map<String, String> studyLabels() {
        Map<String, StudyLabels.Citation> studies = new HashMap<>();
        for (TableFinding f : findings) {
            studies.computeIfAbsent(f.study().id(), id -> f.study().citation());
        }
        List<StudyLabels.Citation> ordered = new ArrayList<>(studies.values());
        ordered.sort(StudyLabels.ORDER);
        List<String> labels = StudyLabels.of(ordered);
        Map<String, String> byId = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byId.put(ordered.get(i).id(), labels.get(i));
        }
        return byId;
    }

    /**
     * How many findings each synthesis row counts: those of voting studies, by kind, stratum and
     * synthesis key, as the report's row counts the findings it links to.
     */
    private Map<SynthesisTable.Cell, Integer> votingFindings() {
        Map<String, FindingKind> byName = new HashMap<>();
        kinds.forEach(k -> byName.putIfAbsent(k.name(), k));
        Map<SynthesisTable.Cell, Integer> counts = new HashMap<>();
        for (TableFinding f : findings) {
            if (Study.VOTES.equals(f.study().votes())) {
                counts.merge(new SynthesisTable.Cell(f.finding().kind(), stratumValues(byName, f.finding()), columns.synthesisKey(f.finding())),
                        1, Integer::sum);
            }
        }
        return counts;
    }

    /** A finding with what the table is sorted by, computed once for it rather than in every comparison. */
    private record Keyed(TableFinding finding, int kindRank, String label, String canonical, int stratumRank, String stratum) {
    }

    /** The findings in the table's order. */
    private List<TableFinding> inTableOrder(Synthesis synthesis) {
        Map<String, Integer> kindRank = new HashMap<>();
        Map<String, Integer> stratumRank = new HashMap<>();
        Map<String, FindingKind> byName = new HashMap<>();
        kinds.forEach(k -> byName.putIfAbsent(k.name(), k));
        Map<String, SubjectLabels> subjectLabels = subjectLabels(byName);
        List<KindSynthesis> kindOrder = synthesis.kinds(); // in reading order, as the HTML report's sections
        for (int k = 0; k < kindOrder.size(); k++) {
            kindRank.putIfAbsent(kindOrder.get(k).kind().name(), k);
        }
        for (int k = 0; k < kinds.size(); k++) {
            KindSynthesis kind = synthesis.kind(kinds.get(k).name());
            List<Stratum> strata = kind == null ? List.of() : kind.strata();
            for (int i = 0; i < strata.size(); i++) {
                stratumRank.putIfAbsent(kinds.get(k).name() + "\u0000" + strata.get(i).values(), i);
            }
        }
        List<Keyed> keyed = new ArrayList<>(findings.size());
        for (TableFinding f : findings) {
            String stratum = f.finding().kind() + "\u0000" + stratumValues(byName, f.finding());
            String canonical = columns.synthesisKey(f.finding());
            SubjectLabels labels = subjectLabels.get(f.finding().kind());
            keyed.add(new Keyed(f, kindRank.getOrDefault(f.finding().kind(), Integer.MAX_VALUE),
                    labels == null ? f.finding().subject().label() : labels.get(canonical), canonical,
                    stratumRank.getOrDefault(stratum, Integer.MAX_VALUE), stratum));
        }
        // a subject's rows stand stratum by stratum, in the synthesis' order; strata without votes
        // (findings of reviews only) after them, by their values; in a stratum the voting studies' rows first, as the report has them
        keyed.sort(Comparator.comparingInt(Keyed::kindRank)
                .thenComparing(Keyed::label, LABEL_ORDER)
                .thenComparing(Keyed::canonical)
                .thenComparingInt(Keyed::stratumRank)
                .thenComparing(Keyed::stratum)
                .thenComparingInt(k -> Study.VOTES.equals(k.finding().study().votes()) ? 0 : 1)
                .thenComparing(k -> k.finding().study(), Study.ORDER)
                .thenComparingInt(k -> BibliographicRecord.FIELD_TITLE.equals(k.finding().finding().evidence().field()) ? 0 : 1)
                .thenComparingInt(k -> k.finding().finding().evidence().sentenceStart())
                .thenComparingInt(k -> k.finding().finding().evidence().mentionStart()));
        return keyed.stream().map(Keyed::finding).toList();
    }

    /**
     * Each kind's subject labels, from every finding of the table, by the synthesis' rule
     * ({@link SubjectLabels}), so a subject only non-voting studies mention gets its label the same way.
     */
    private Map<String, SubjectLabels> subjectLabels(Map<String, FindingKind> byName) {
        Map<String, SubjectLabels> labels = new HashMap<>();
        for (TableFinding f : findings) {
            FindingKind kind = byName.get(f.finding().kind());
            if (kind != null) {
                labels.computeIfAbsent(kind.name(), k -> new SubjectLabels(kind)).add(f.finding().subject().key(), f.finding().subject().label());
            }
        }
        return labels;
    }

    private static final Comparator<String> LABEL_ORDER = Comparator.comparing((String l) -> l, NaturalOrder.INSTANCE)
            .thenComparing(Comparator.naturalOrder());

    /** The finding's values of its kind's synthesis strata, as {@link Stratum#values()} lists them. */
    private static List<String> stratumValues(Map<String, FindingKind> kinds, Finding finding) {
        FindingKind kind = kinds.get(finding.kind());
        List<String> values = new ArrayList<>();
        if (kind != null) {
            kind.synthesisStrata().forEach(a -> values.add(finding.attribute(a.name())));
        }
        return values;
    }

    /** The workbook's sheet of a table, made when the table is written. */
    private interface SheetOpener {
        RowWriter open() throws IOException;
    }

    /** Creates {@code table}'s file in every format but the workbook's, into {@code tables}. */
    private void openEach(String table, List<String> header, Map<TableFormat, RowWriter> tables) throws IOException {
        for (TableFormat format : options.formats()) {
            if (format != TableFormat.XLSX) {
                tables.put(format, open(table, format, header));
            }
        }
    }

    /** Writes {@code rows} in every format, in the formats' order: the files {@link #openEach} opened, and the workbook's sheet. */
    private void writeEach(Map<TableFormat, RowWriter> tables, SheetOpener sheet, Iterable<List<String>> rows) throws IOException {
        for (TableFormat format : options.formats()) {
            try (RowWriter table = format == TableFormat.XLSX ? sheet.open() : tables.remove(format)) {
                for (List<String> row : rows) {
                    table.row(row);
                }
            }
        }
    }

    private RowWriter open(String table, TableFormat format, List<String> header) throws IOException {
        Writer out = new OutputStreamWriter(context.output().create(table + "." + format.fileExtension()), StandardCharsets.UTF_8);
        return textTable(format).open(header, out);
    }

    private TextTable textTable(TableFormat format) {
        return switch (format) {
            case CSV -> new DelimitedTableWriter(',', options.bom(), options.neutraliseFormulas());
            case TSV -> new DelimitedTableWriter('\t', options.bom(), options.neutraliseFormulas());
            case MARKDOWN -> new MarkdownTableWriter();
            case XLSX -> throw new IllegalArgumentException("the workbook holds every table");
        };
    }
}
