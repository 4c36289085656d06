package org.evidentia.plugins.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.StudyLabels;
import org.evidentia.api.Synthesis;
import org.evidentia.plugins.html.FragmentHtml.Section;
import org.evidentia.plugins.html.Highlighter.Piece;
import org.evidentia.plugins.html.Highlighter.Span;
import org.evidentia.plugins.html.StudyEntry.FindingEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's {@code report.html}, written in one pass. As records flow, a record without findings
 * is only counted by the core; a record with findings has its card and evidence sentences rendered
 * at once into the {@link FragmentSpool} in the scratch folder, and the writer keeps a small
 * {@link StudyEntry} of it. At the end the page is laid out from those entries and the synthesis,
 * and written with each fragment copied in from the spool. So memory grows with the findings'
 * index, not with the records read or their abstracts.
 */
final class HtmlReportWriter implements ReportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlReportWriter.class);

    /** report.html, created when the writer starts and written when the run ends. */
    private final OutputStream page;
    private final HtmlSummaryOptions options;
    private final ReportRenderer renderer;
    private final FragmentSpool spool;
    private final List<StudyEntry> studies = new ArrayList<>();
    /** Repeated strings (kinds, subject keys and labels, attribute names) kept once. */
    private final Map<String, String> strings = new HashMap<>();
    /** Kept records without abstract text: only their titles could give findings. */
    private long keptWithoutAbstract;
    /** Those of them whose titles gave findings. */
    private long titleOnlyWithFindings;
    /** What Read this first says of particular kept records (those a focus lost, which file each came from). */
    private final KeptRecordNotes notes = new KeptRecordNotes();
    /**
     * Kept records without publication types (an abstract-text, page or CSV export): their designs
     * were read from their wording alone, and a retraction cannot be seen in them.
     */
    private long keptWithoutTypes;
    /** Equal study designs (most records share a handful) kept once. */
    private final Map<StudyDesign, StudyDesign> designs = new HashMap<>();

    HtmlReportWriter(ReportContext context, ReportRenderer renderer) throws IOException {
        this.options = context.options(HtmlSummaryOptions.class);
        this.renderer = renderer;
        // created now, before the run reads, so that the output folder refuses here, not at the end
        // of the run, another reporter's file of this name (a plugin's option naming report.html)
        this.page = context.output().create(HtmlSummaryReporter.FILE_NAME);
        try {
            this.spool = new FragmentSpool(context.scratchFolder());
        } catch (IOException | RuntimeException e) {
            page.close();
            throw e;
        }
    }

    @Override
    public void record(RecordFindings delivered) throws IOException {
        if (!delivered.record().hasAbstract()) {
            keptWithoutAbstract++;
            if (!delivered.findings().isEmpty()) {
                titleOnlyWithFindings++;
            }
        }
        notes.record(delivered);
        if (delivered.record().publicationTypes().isEmpty()) {
            keptWithoutTypes++;
        }
        if (delivered.findings().isEmpty()) {
            return;
        }
        BibliographicRecord r = delivered.record();
        List<Finding> findings = delivered.findings();
        List<FindingEntry> entries = new ArrayList<>(findings.size());
        Map<List<Object>, Fragment> readBothWays = sentencesReadBothWays(findings);
        for (Finding f : findings) {
            EvidenceSpan e = f.evidence();
            List<Piece> sentence = Highlighter.pieces(e.sentence(), 0, e.sentence().length(),
                    List.of(new Span(e.mentionStart() - e.sentenceStart(), e.mentionEnd() - e.sentenceStart())));
            Fragment fragment = spool.append(FragmentHtml.sentence(where(e), sentence));
            String[] attributes = new String[2 * f.attributes().size()];
            int at = 0;
            for (Map.Entry<String, String> attribute : f.attributes().entrySet()) { // sorted by name
                attributes[at++] = intern(attribute.getKey());
                attributes[at++] = attribute.getValue(); // free-text values are mostly unique: not worth a table
            }
            entries.add(new FindingEntry(intern(f.kind()), intern(f.subject().key()), intern(f.subject().label()), f.direction(),
                    attributes, BibliographicRecord.FIELD_TITLE.equals(e.field()),
                    e.sentenceStart(), e.mentionStart(), fragment, readBothWays.get(sentenceOfSubject(f))));
        }
        studies.add(new StudyEntry(r.id(), r.pmid(), r.doi(), r.firstAuthor(),
                r.firstAuthor() == null ? null : StudyLabels.surname(r.firstAuthor()), r.authors().size(), r.year(), designs.computeIfAbsent(delivered.design(), d -> d),
                spool.append(FragmentHtml.cardHead(head(r, findings))),
                spool.append(FragmentHtml.cardAbstract(sections(r, findings))),
                entries));
    }

    @Override
    public void finish(RunSummary summary, Synthesis synthesis) throws IOException {
        Set<String> kinds = new HashSet<>();
        synthesis.kinds().forEach(k -> kinds.add(k.kind().name()));
        long findingsOfNoKind = studies.stream().flatMap(s -> s.findings().stream()).filter(f -> !kinds.contains(f.kind())).count();
        ReportView view = ReportViewBuilder.build(options, summary, synthesis, studies, findingsOfNoKind,
                new ReportViewBuilder.WithoutAbstract(keptWithoutAbstract, titleOnlyWithFindings), keptWithoutTypes, notes);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(page, StandardCharsets.UTF_8))) {
            renderer.page(view, out);
        }
        LOG.debug("wrote {} with {} studies with findings", HtmlSummaryReporter.FILE_NAME, studies.size());
    }

    @Override
    public void close() throws IOException {
        try {
            spool.close();
        } finally {
            page.close(); // already closed when finish wrote it
        }
    }

    /**
     * Each sentence from which findings on one subject were read both as increased and as decreased, rendered with every
     * such mention marked and followed by the direction it was read as: what the key results' "Check first" list shows,
     * so that the reader sees both readings (the review of session 24, H10: it showed one finding's sentence, the
     * mention read the other way plain). Empty for nearly every record, which has no such sentence.
     */
    private Map<List<Object>, Fragment> sentencesReadBothWays(List<Finding> findings) throws IOException {
        boolean up = false;
        boolean down = false;
        for (Finding f : findings) {
            up |= f.direction() == Direction.INCREASED;
            down |= f.direction() == Direction.DECREASED;
        }
        if (!up || !down) {
            return Map.of(); // most records: nothing to key by sentence
        }
        Map<List<Object>, Set<Direction>> read = new HashMap<>();
        for (Finding f : findings) {
            if (f.direction() == Direction.INCREASED || f.direction() == Direction.DECREASED) {
                read.computeIfAbsent(sentenceOfSubject(f), k -> EnumSet.noneOf(Direction.class)).add(f.direction());
            }
        }
        Map<List<Object>, Fragment> both = new HashMap<>();
        for (Map.Entry<List<Object>, Set<Direction>> sentence : read.entrySet()) {
            if (sentence.getValue().size() < 2) {
                continue;
            }
            List<Finding> readings = findings.stream().filter(f -> sentenceOfSubject(f).equals(sentence.getKey())).toList();
            EvidenceSpan e = readings.get(0).evidence();
            List<Span> mentions = readings.stream().map(f -> new Span(f.evidence().mentionStart() - e.sentenceStart(),
                    f.evidence().mentionEnd() - e.sentenceStart(), f.direction())).toList();
            both.put(sentence.getKey(), spool.append(FragmentHtml.sentence(where(e),
                    Highlighter.pieces(e.sentence(), 0, e.sentence().length(), mentions))));
        }
        return both;
    }

    /** A finding's kind and subject and the sentence its evidence is in. */
    private static List<Object> sentenceOfSubject(Finding f) {
        return List.of(f.kind(), f.subject().key(), f.evidence().field(), f.evidence().sentenceStart());
    }

    private String intern(String value) {
        return value == null ? null : strings.computeIfAbsent(value, v -> v);
    }

    /** The card's title (mentions in it highlighted) and citation. */
    private static FragmentHtml.Head head(BibliographicRecord r, List<Finding> findings) {
        List<Piece> title = r.title() == null ? List.of(Piece.plain("(no title)"))
                : Highlighter.pieces(r.title(), 0, r.title().length(), mentions(findings, BibliographicRecord.FIELD_TITLE));
        return new FragmentHtml.Head(title, String.join(", ", r.authors()), r.journal() == null ? "" : r.journal(),
                r.year() == null ? "" : r.year().toString(), r.pmid() == null ? "" : r.pmid(),
                r.pmid() == null ? null : StudyInfo.pubmedLink(r.pmid()), r.doi() == null ? "" : r.doi(),
                r.doi() == null ? null : StudyInfo.doiLink(r.doi()));
    }

    /** The abstract section by section, with the mentions (offsets into {@link BibliographicRecord#abstractText()}) marked. */
    private static List<Section> sections(BibliographicRecord record, List<Finding> findings) {
        List<Span> mentions = mentions(findings, BibliographicRecord.FIELD_ABSTRACT);
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

    /** The mentions findings were drawn from in one field, each with the direction its finding was read as. */
    private static List<Span> mentions(List<Finding> findings, String field) {
        return findings.stream().filter(f -> field.equals(f.evidence().field()))
                .map(f -> new Span(f.evidence().mentionStart(), f.evidence().mentionEnd(), f.direction())).toList();
    }

    /**
     * Where an evidence sentence is, shown beside it: its abstract section's label as the record
     * gives it ({@code BACKGROUND}), {@code Title}, or {@code Abstract} for an abstract without labels;
     * a sentence of a background section is often another study's result.
     */
    static String where(EvidenceSpan evidence) {
        if (BibliographicRecord.FIELD_TITLE.equals(evidence.field())) {
            return "Title";
        }
        return evidence.section() == null || evidence.section().isBlank() ? "Abstract" : evidence.section();
    }
}
