package org.evidentia.plugins.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Evidence;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis.StudyVote;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.evidentia.api.Synthesis.Vote;
import org.evidentia.plugins.html.Highlighter.Span;
import org.evidentia.plugins.html.ReportView.Chip;
import org.evidentia.plugins.html.ReportView.Choice;
import org.evidentia.plugins.html.ReportView.Filters;
import org.evidentia.plugins.html.ReportView.FindingRow;
import org.evidentia.plugins.html.ReportView.Flow;
import org.evidentia.plugins.html.ReportView.Matrix;
import org.evidentia.plugins.html.ReportView.MatrixCell;
import org.evidentia.plugins.html.ReportView.MatrixRow;
import org.evidentia.plugins.html.ReportView.Methods;
import org.evidentia.plugins.html.ReportView.Piece;
import org.evidentia.plugins.html.ReportView.Row;
import org.evidentia.plugins.html.ReportView.Section;
import org.evidentia.plugins.html.ReportView.StudyCard;
import org.evidentia.plugins.html.ReportView.SynthesisRow;

/**
 * Turns a run's evidence into the {@link ReportView} the template lays out. Every order is fixed
 * (the synthesis' subject order; studies by first author, year, record id), so the same evidence
 * always gives the same page.
 *
 * <p>Study cards are made for the studies that have findings: those are the studies the review
 * synthesises, and a run over thousands of records would otherwise drown them.
 */
final class ReportViewBuilder {

    private static final DateTimeFormatter RUN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private ReportViewBuilder() {
    }

    static ReportView build(Evidence evidence, HtmlSummaryOptions options) {
        RunSummary summary = evidence.summary();
        List<Finding> findings = evidence.findings();
        List<SubjectSynthesis> subjects = evidence.synthesis().subjects();
        Map<String, StudyInfo> studies = studies(evidence);
        List<StudyInfo> studyOrder = studies.values().stream().sorted(Comparator.comparingInt(StudyInfo::rank)).toList();
        Map<String, Integer> subjectRank = new HashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            subjectRank.put(subjects.get(i).key(), i);
        }

        return new ReportView(options.title(), RUN_DATE.format(summary.runDate()), summary.evidentiaVersion(),
                flow(summary), synthesisRows(subjects), EffectDirectionPlot.of(subjects, studies, studyOrder),
                matrix(subjects), filters(subjects, findings, studyOrder), findingRows(findings, studies, subjectRank),
                studyCards(findings, subjects, studyOrder), methods(summary));
    }

    /** The studies with findings, ranked in the report's study order. */
    private static Map<String, StudyInfo> studies(Evidence evidence) {
        Set<String> withFindings = evidence.findings().stream().map(Finding::recordId).collect(Collectors.toSet());
        Map<String, BibliographicRecord> records = new LinkedHashMap<>();
        try (Stream<BibliographicRecord> all = evidence.records()) {
            all.filter(r -> withFindings.contains(r.id())).forEach(r -> records.put(r.id(), r));
        }
        // A finding of a record the evidence lacks still gets its row, under its bare id.
        for (Finding finding : evidence.findings()) {
            records.computeIfAbsent(finding.recordId(), id -> BibliographicRecord.builder().id(id).build());
        }
        List<BibliographicRecord> sorted = new ArrayList<>(records.values());
        sorted.sort(StudyInfo.ORDER);
        Map<String, StudyInfo> studies = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            studies.put(sorted.get(i).id(), new StudyInfo(sorted.get(i), i, "study-" + (i + 1)));
        }
        return studies;
    }

    private static Flow flow(RunSummary summary) {
        RunSummary.Counts c = summary.counts();
        return new Flow(number(summary.inputs().size()), number(c.recordsRead()), number(c.duplicatesMerged()),
                number(c.recordsSkipped()), number(c.recordsKept()), number(c.recordsKept() - c.recordsWithFindings()),
                number(c.recordsWithFindings()), number(c.findings()));
    }

    private static List<SynthesisRow> synthesisRows(List<SubjectSynthesis> subjects) {
        List<SynthesisRow> rows = new ArrayList<>(subjects.size());
        for (SubjectSynthesis s : subjects) {
            String specimens = s.specimens().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
            long up = s.count(Vote.UP);
            long down = s.count(Vote.DOWN);
            rows.add(new SynthesisRow(s.label(), s.key(), s.studies(), s.studiesIncreased(), s.studiesDecreased(),
                    s.studiesUnchanged(), up, down, s.count(Vote.NO_CLEAR_DIRECTION),
                    up + down == 0 ? "–" : pValue(s.signTestP()), specimens));
        }
        return rows;
    }

    private static Matrix matrix(List<SubjectSynthesis> subjects) {
        TreeSet<String> specimens = new TreeSet<>(SubjectSynthesis::compareSpecimens);
        int max = 1;
        for (SubjectSynthesis s : subjects) {
            specimens.addAll(s.specimens().keySet());
            for (int n : s.specimens().values()) {
                max = Math.max(max, n);
            }
        }
        List<MatrixRow> rows = new ArrayList<>(subjects.size());
        for (SubjectSynthesis s : subjects) {
            List<MatrixCell> cells = new ArrayList<>(specimens.size());
            for (String specimen : specimens) {
                int n = s.specimens().getOrDefault(specimen, 0);
                cells.add(new MatrixCell(n, n == 0 ? 0 : (int) Math.ceil(4.0 * n / max)));
            }
            rows.add(new MatrixRow(s.label(), cells));
        }
        return new Matrix(List.copyOf(specimens), rows);
    }

    private static Filters filters(List<SubjectSynthesis> subjects, List<Finding> findings, List<StudyInfo> studies) {
        List<Choice> cytokines = subjects.stream().map(s -> new Choice(s.key(), s.label() + " (" + s.key() + ")")).toList();
        List<Choice> directions = Stream.of(Direction.values()).map(d -> new Choice(d.label(), d.label())).toList();
        TreeSet<String> specimenValues = new TreeSet<>(SubjectSynthesis::compareSpecimens);
        findings.forEach(f -> specimenValues.add(specimenValue(f)));
        List<Choice> specimens = specimenValues.stream().map(s -> new Choice(s, s)).toList();
        List<Choice> studyChoices = studies.stream().map(s -> new Choice(s.anchor(), s.label())).toList();
        return new Filters(cytokines, directions, specimens, studyChoices);
    }

    private static List<FindingRow> findingRows(List<Finding> findings, Map<String, StudyInfo> studies, Map<String, Integer> subjectRank) {
        Map<String, Integer> specimenRank = ranks(findings.stream().map(ReportViewBuilder::specimenValue)
                .distinct().sorted(SubjectSynthesis::compareSpecimens).toList());
        Map<String, Integer> contextRank = ranks(findings.stream().map(f -> f.attribute(Finding.CONTEXT))
                .distinct().sorted(NULLS_LAST).toList());
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> subjectRank.getOrDefault(f.subject().key(), Integer.MAX_VALUE))
                .thenComparing(f -> f.subject().key())
                .thenComparingInt(f -> studies.get(f.recordId()).rank())
                .thenComparingInt(f -> BibliographicRecord.FIELD_TITLE.equals(f.evidence().field()) ? 0 : 1)
                .thenComparingInt(f -> f.evidence().sentenceStart())
                .thenComparingInt(f -> f.evidence().mentionStart()));
        List<FindingRow> rows = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            StudyInfo study = studies.get(f.recordId());
            EvidenceSpan e = f.evidence();
            String specimen = specimenValue(f);
            String context = f.attribute(Finding.CONTEXT);
            List<Piece> sentence = Highlighter.pieces(e.sentence(), 0, e.sentence().length(),
                    List.of(new Span(e.mentionStart() - e.sentenceStart(), e.mentionEnd() - e.sentenceStart())));
            rows.add(new FindingRow(i, f.subject().label(), f.subject().key(),
                    subjectRank.getOrDefault(f.subject().key(), subjectRank.size()),
                    f.direction().label(), symbol(f.direction()), f.direction().ordinal(),
                    f.attribute(Finding.SPECIMEN) == null ? "" : specimen, specimen, specimenRank.get(specimen),
                    context == null ? "" : context, contextRank.get(context),
                    study.label(), study.record().id(), study.rank(), study.anchor(), study.link(), study.linkLabel(), sentence));
        }
        return rows;
    }

    /** Each value's position in {@code sorted} (a null value included). */
    private static Map<String, Integer> ranks(List<String> sorted) {
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i), i);
        }
        return ranks;
    }

    private static List<StudyCard> studyCards(List<Finding> findings, List<SubjectSynthesis> subjects, List<StudyInfo> studies) {
        Map<String, List<Finding>> byStudy = new HashMap<>();
        findings.forEach(f -> byStudy.computeIfAbsent(f.recordId(), id -> new ArrayList<>()).add(f));
        Map<String, List<Chip>> chips = new HashMap<>();
        for (SubjectSynthesis subject : subjects) {
            for (StudyVote vote : subject.votes()) {
                chips.computeIfAbsent(vote.recordId(), id -> new ArrayList<>()).add(new Chip(subject.label(),
                        EffectDirectionPlot.cssClass(vote.vote()), EffectDirectionPlot.symbol(vote.vote()),
                        EffectDirectionPlot.describe(vote.vote())));
            }
        }
        List<StudyCard> cards = new ArrayList<>(studies.size());
        for (StudyInfo study : studies) {
            BibliographicRecord r = study.record();
            List<Finding> own = byStudy.getOrDefault(r.id(), List.of());
            String title = r.title() == null ? "(no title)" : r.title();
            List<Piece> titlePieces = r.title() == null ? List.of(new Piece(title, false))
                    : Highlighter.pieces(title, 0, title.length(), mentions(own, BibliographicRecord.FIELD_TITLE));
            cards.add(new StudyCard(study.anchor(), study.label(), titlePieces, String.join(", ", r.authors()),
                    orEmpty(r.journal()), r.year() == null ? "" : r.year().toString(),
                    orEmpty(r.pmid()), r.pmid() == null ? null : StudyInfo.pubmedLink(r.pmid()),
                    orEmpty(r.doi()), r.doi() == null ? null : StudyInfo.doiLink(r.doi()), sections(r, mentions(own, BibliographicRecord.FIELD_ABSTRACT)), chips.getOrDefault(r.id(), List.of()),
                    own.size()));
        }
        return cards;
    }

    /** The abstract section by section, with the mentions (offsets into {@link BibliographicRecord#abstractText()}) marked. */
    private static List<Section> sections(BibliographicRecord record, List<Span> mentions) {
        String text = record.abstractText();
        List<Section> sections = new ArrayList<>(record.sections().size());
        int offset = 0;
        for (AbstractSection section : record.sections()) {
            int start = offset + (section.label() == null ? 0 : section.label().length() + 2);
            int end = start + section.text().length();
            sections.add(new Section(section.label(), Highlighter.pieces(text, start, end, mentions)));
            offset = end + 1;
        }
        return sections;
    }

    private static List<Span> mentions(List<Finding> findings, String field) {
        return findings.stream().filter(f -> field.equals(f.evidence().field()))
                .map(f -> new Span(f.evidence().mentionStart(), f.evidence().mentionEnd())).toList();
    }

    private static Methods methods(RunSummary summary) {
        List<Row> plugins = summary.plugins().stream()
                .map(p -> new Row(List.of(p.id(), p.version(), String.join(", ", p.extensions())))).toList();
        List<Row> options = new ArrayList<>();
        new TreeMap<>(summary.options()).forEach((extension, values) ->
                new TreeMap<>(values).forEach((key, value) -> options.add(new Row(List.of(extension, key, value)))));
        List<Row> inputs = summary.inputs().stream().map(i -> new Row(List.of(i.path(), orEmpty(i.source()),
                number(i.records()), number(i.skipped()), i.sha256()))).toList();
        RunSummary.Counts c = summary.counts();
        List<Row> counts = List.of(
                new Row(List.of("Records read", number(c.recordsRead()))),
                new Row(List.of("Duplicates merged", number(c.duplicatesMerged()))),
                new Row(List.of("Records skipped", number(c.recordsSkipped()))),
                new Row(List.of("Records kept", number(c.recordsKept()))),
                new Row(List.of("Records with findings", number(c.recordsWithFindings()))),
                new Row(List.of("Findings", number(c.findings()))));
        List<Row> problems = summary.problems().stream()
                .map(p -> new Row(List.of(p.kind().label(), p.describe()))).toList();
        return new Methods(plugins, options, inputs, counts, problems, summary.notices());
    }

    private static String specimenValue(Finding finding) {
        String specimen = finding.attribute(Finding.SPECIMEN);
        return specimen == null ? SubjectSynthesis.UNSTATED : specimen;
    }

    private static String symbol(Direction direction) {
        return switch (direction) {
            case INCREASED -> "▲";
            case DECREASED -> "▼";
            case UNCHANGED -> "◆";
        };
    }

    /** Two significant digits, {@code < 0.001} below that: the precision a sign test on votes merits. */
    static String pValue(double p) {
        if (p < 0.001) {
            return "< 0.001";
        }
        return new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
