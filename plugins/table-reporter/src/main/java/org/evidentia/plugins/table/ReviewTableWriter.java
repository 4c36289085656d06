package org.evidentia.plugins.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis;
import org.evidentia.api.Synthesis.KindSynthesis;
import org.evidentia.api.Synthesis.Stratum;

/**
 * One run's review table and studies table. The studies table is written as records arrive (one
 * row per kept record, in run order), so memory stays flat however many records a run keeps; the
 * review table (one row per finding) is written at the end, sorted: by kind, subject in the
 * synthesis' order, stratum in the synthesis' order (so a subject's human condition findings never
 * mix with its animal intervention ones), study (first author, year, record id), then where the
 * evidence is (title before abstract, then offset). Only the findings and their studies' short
 * facts are held.
 */
final class ReviewTableWriter implements ReportWriter {

    private final ReportContext context;
    private final ReviewTableOptions options;
    private final List<FindingKind> kinds;
    private final ReviewTableColumns columns;
    private final List<RowWriter> studyTables = new ArrayList<>();
    private final List<TableFinding> findings = new ArrayList<>();
    private final XlsxWorkbook workbook;

    /** A finding with the study it belongs to. */
    private record TableFinding(Study study, Finding finding) {
    }

    ReviewTableWriter(ReportContext context) throws IOException {
        this.context = context;
        this.options = context.options(ReviewTableOptions.class);
        this.kinds = context.findingKinds();
        this.columns = new ReviewTableColumns(kinds);
        this.workbook = options.formats().contains(TableFormat.XLSX)
                ? new XlsxWorkbook(context.scratchFolder().resolve(XlsxWorkbook.FILE_NAME), null, options.neutraliseFormulas()) : null;
        for (TableFormat format : options.formats()) {
            studyTables.add(format == TableFormat.XLSX ? workbook.studies(ReviewTableColumns.STUDY_COLUMNS)
                    : open("studies", format, ReviewTableColumns.STUDY_COLUMNS));
        }
    }

    @Override
    public void record(RecordFindings delivered) throws IOException {
        Study study = Study.of(delivered);
        List<String> row = ReviewTableColumns.studyRow(study, delivered.findings().size());
        for (RowWriter table : studyTables) {
            table.row(row);
        }
        for (Finding finding : delivered.findings()) {
            findings.add(new TableFinding(study, finding));
        }
    }

    @Override
    public void finish(RunSummary summary, Synthesis synthesis) throws IOException {
        closeStudyTables();
        List<TableFinding> sorted = new ArrayList<>(findings);
        sorted.sort(order(synthesis));
        for (TableFormat format : options.formats()) {
            try (RowWriter table = format == TableFormat.XLSX ? workbook.findings(columns.findingColumns())
                    : open("review-table", format, columns.findingColumns())) {
                for (TableFinding f : sorted) {
                    table.row(columns.findingRow(f.study(), f.finding()));
                }
            }
        }
        if (workbook != null) {
            try (OutputStream out = context.output().create(XlsxWorkbook.FILE_NAME)) {
                workbook.writeTo(out, summary.runDate());
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeStudyTables();
        } finally {
            if (workbook != null) {
                workbook.close();
            }
        }
    }

    private void closeStudyTables() throws IOException {
        for (RowWriter table : studyTables) {
            table.close();
        }
        studyTables.clear();
    }

    private Comparator<TableFinding> order(Synthesis synthesis) {
        Map<String, Integer> kindRank = new HashMap<>();
        Map<String, Integer> subjectRank = new HashMap<>();
        Map<String, Integer> stratumRank = new HashMap<>();
        for (int k = 0; k < kinds.size(); k++) {
            kindRank.putIfAbsent(kinds.get(k).name(), k);
            KindSynthesis kind = synthesis.kind(kinds.get(k).name());
            List<String> keys = kind == null ? List.of() : kind.subjectKeys();
            for (int i = 0; i < keys.size(); i++) {
                subjectRank.putIfAbsent(kinds.get(k).name() + "\u0000" + keys.get(i), i);
            }
            List<Stratum> strata = kind == null ? List.of() : kind.strata();
            for (int i = 0; i < strata.size(); i++) {
                stratumRank.putIfAbsent(kinds.get(k).name() + "\u0000" + strata.get(i).values(), i);
            }
        }
        Map<String, FindingKind> byName = new HashMap<>();
        kinds.forEach(k -> byName.putIfAbsent(k.name(), k));
        // a subject's rows stand stratum by stratum, in the synthesis' order; strata without votes
        // (findings of reviews only) after them, by their values
        Function<TableFinding, String> stratum = f -> f.finding().kind() + "\u0000" + stratumValues(byName, f.finding());
        return Comparator
                .comparing((TableFinding f) -> kindRank.getOrDefault(f.finding().kind(), Integer.MAX_VALUE))
                .thenComparing(f -> subjectRank.getOrDefault(f.finding().kind() + "\u0000" + canonical(byName, f.finding()), Integer.MAX_VALUE))
                .thenComparing(f -> canonical(byName, f.finding()))
                .thenComparing(f -> stratumRank.getOrDefault(stratum.apply(f), Integer.MAX_VALUE))
                .thenComparing(stratum)
                .thenComparing(TableFinding::study, Study.ORDER)
                .thenComparing(f -> BibliographicRecord.FIELD_TITLE.equals(f.finding().evidence().field()) ? 0 : 1)
                .thenComparingInt(f -> f.finding().evidence().sentenceStart())
                .thenComparingInt(f -> f.finding().evidence().mentionStart());
    }

    /** The finding's values of its kind's synthesis strata, as {@link Stratum#values()} lists them. */
    private static List<String> stratumValues(Map<String, FindingKind> kinds, Finding finding) {
        FindingKind kind = kinds.get(finding.kind());
        List<String> values = new ArrayList<>();
        if (kind != null) {
            kind.synthesisStrata().forEach(a -> values.add(finding.attribute(a.name())));
        }
        return values;
    }

    private static String canonical(Map<String, FindingKind> kinds, Finding finding) {
        FindingKind kind = kinds.get(finding.kind());
        return kind == null ? finding.subject().key() : kind.canonicalKey(finding.subject().key());
    }

    private RowWriter open(String table, TableFormat format, List<String> header) throws IOException {
        Writer out = new OutputStreamWriter(context.output().create(table + "." + format.fileExtension()), StandardCharsets.UTF_8);
        return switch (format) {
            case CSV -> new DelimitedTableWriter(',', options.bom(), options.neutraliseFormulas()).open(header, out);
            case TSV -> new DelimitedTableWriter('\t', options.bom(), options.neutraliseFormulas()).open(header, out);
            case MARKDOWN -> new MarkdownTableWriter().open(header, out);
            case XLSX -> throw new IllegalArgumentException("the workbook holds both tables");
        };
    }
}
