package org.evidentia.plugins.html;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.StudyLabels;
import org.evidentia.api.Synthesis;
import org.evidentia.api.Synthesis.KindSynthesis;
import org.evidentia.plugins.html.ReportView.CardFindings;
import org.evidentia.plugins.html.ReportView.Caveat;
import org.evidentia.plugins.html.ReportView.KeyResults;
import org.evidentia.plugins.html.ReportView.KindSection;
import org.evidentia.plugins.html.ReportView.Methods;
import org.evidentia.plugins.html.ReportView.Row;
import org.evidentia.plugins.html.ReportView.StudyCard;
import org.evidentia.plugins.html.ReportView.StudyRef;
import org.evidentia.plugins.html.ReportView.VoteGroup;

/**
 * Turns what the report kept of a run into the {@link ReportView} the page template lays out, once
 * the run has ended. Every order is fixed (studies by first author, year and record id; kinds,
 * strata and subjects as the synthesis orders them, kinds without findings last), so the same run
 * always gives the same page.
 */
final class ReportViewBuilder {

    /**
     * The records with merged copies the methods appendix lists, at most: a run over a baseline
     * merges hundreds of thousands, which would swell the report; run.json lists every one.
     */
    static final int LISTED_DUPLICATES = 1_000;

    /**
     * That no person read the findings: every report says it first, whatever its extractors, since a
     * reader given "▲ 21 ▼ 0, p < 0.001" would otherwise take it for a reviewer's count. It names
     * text mining only as the bundled extractors' way: a plugin's extractor or an imported store
     * may work otherwise.
     */
    static final String EXTRACTED = "The findings in this report were extracted automatically by the run's extractors (the"
            + " bundled ones read titles and abstracts by text mining), and no person checked them: a finding may be wrong"
            + " (a sentence misread, a direction or a comparison mistaken) and some are missed. Check each finding's evidence"
            + " sentence, and the abstract, before citing a result.";

    /**
     * A run without any finding (the review of session 24, H4): the box asked the reader to check each finding's sentence
     * on a page of none, and left out the accuracy statements whose recall says what "none" is worth.
     */
    static final String NONE_EXTRACTED = "No finding was extracted from the records read. The run's extractors (the bundled ones"
            + " read titles and abstracts by text mining) miss some statements, and read none where a record has no abstract: no"
            + " finding is not evidence that the records report no change. How often each kind is found is stated below.";

    private static final DateTimeFormatter RUN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RUN_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReportViewBuilder() {
    }

    /**
     * @param arrival             the studies with findings, in the run's order
     * @param findingsOfNoKind    findings whose kind no extractor of the run declared (not synthesised)
     * @param keptWithoutAbstract kept records without abstract text, and how many of them gave findings
     * @param keptWithoutTypes    kept records without publication types
     * @param notes               what Read this first says of particular kept records
     */
    static ReportView build(HtmlSummaryOptions options, RunSummary summary, Synthesis synthesis, List<StudyEntry> arrival,
                            long findingsOfNoKind, WithoutAbstract keptWithoutAbstract, long keptWithoutTypes, KeptRecordNotes notes)
            throws IOException {
        Set<StudyDesign.Type> voting = synthesis.votingDesigns();
        List<StudyEntry> sorted = new ArrayList<>(arrival);
        sorted.sort(StudyEntry.ORDER);
        List<String> labels = StudyLabels.of(sorted.stream().map(StudyEntry::citation).toList());
        List<StudyInfo> order = new ArrayList<>(sorted.size());
        Map<String, StudyInfo> byId = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            StudyEntry entry = sorted.get(i);
            StudyInfo study = new StudyInfo(entry, i, StudyInfo.anchor(entry.id()), labels.get(i));
            order.add(study);
            byId.put(entry.id(), study);
        }
        List<StudyInfo> inArrival = arrival.stream().map(e -> byId.get(e.id())).toList();

        Numbering numbering = new Numbering();
        numbering.figure(); // the flow diagram is figure 1
        List<KindSection> kinds = new ArrayList<>();
        List<KindSection> kindsWithout = new ArrayList<>();
        List<KeyResults> keyResults = new ArrayList<>();
        Map<String, List<VoteGroup>> votes = new HashMap<>();
        Map<String, List<CardFindings>> cardFindings = new HashMap<>();
        // a focus criterion is attribute=value
        Set<String> focused = summary.focus().criteria().stream().map(c -> c.substring(0, Math.max(0, c.indexOf('='))))
                .collect(Collectors.toSet());
        for (KindSynthesis kind : synthesis.kinds()) { // in reading order: the kind found in the most studies first
            KindSectionBuilder builder = new KindSectionBuilder(kind, order, inArrival, synthesis::votes, numbering, focused);
            long dropped = summary.findingsDropped().getOrDefault(kind.kind().name(), 0L);
            if (!builder.hasFindings()) {
                // one line after the kinds with findings, so it never stands between the title and
                // the results; no tables or figures numbered for it
                kindsWithout.add(KindSection.none("kind-" + kind.kind().name(), kind.kind().name(), kind.kind().subjectPlural(), dropped,
                        !summary.focus().criteria().isEmpty(), Phrases.accuracy(Phrases.noun(kind.kind().subjectLabel()), kind.kind().accuracy())));
                continue;
            }
            KindSectionBuilder.Result result = builder.build();
            kinds.add(result.section().withDropped(dropped));
            keyResults.add(result.keyResults());
            result.votes().forEach((id, groups) -> votes.computeIfAbsent(id, x -> new ArrayList<>()).addAll(groups));
            result.cardFindings().forEach((id, f) -> cardFindings.computeIfAbsent(id, x -> new ArrayList<>()).add(f));
        }
        kinds.addAll(kindsWithout);

        List<StudyCard> voters = new ArrayList<>();
        List<StudyCard> others = new ArrayList<>();
        int othersRetracted = 0;
        for (StudyInfo study : order) {
            StudyEntry e = study.entry();
            boolean voter = synthesis.votes(e.design());
            StudyCard card = new StudyCard(ref(study, synthesis::votes), e.design().basis(), e.head(),
                    voter ? votes.getOrDefault(e.id(), List.of()) : List.of(), e.abstractText(),
                    voter ? List.of() : cardFindings.getOrDefault(e.id(), List.of()), e.findings().size());
            (voter ? voters : others).add(card);
            othersRetracted += !voter && e.design().retracted() ? 1 : 0;
        }

        RunSummary.Counts c = summary.counts();
        // what was reviewed, where a reader looks first: the tab's title named it, the header did not (the review of session
        // 24, H5), and a printout without headers loses the title
        String read = inputsRead(summary);
        String lede = Phrases.count(c.findings(), "finding", "findings") + byKind(kinds)
                + (c.recordsWithFindings() == 0 ? "" : " in " + publications(c.recordsWithFindings(), voters.size()))
                + (summary.focus().criteria().isEmpty() ? "" : ", in focus (" + String.join(", ", summary.focus().criteria()) + ")")
                + ", from " + Phrases.count(c.recordsRead(), "record read", "records read") + (read.isEmpty() ? "" : " in " + read) + ".";
        String votingDesigns = voting.stream().sorted().map(StudyInfo::designWords).collect(Collectors.joining(", "));
        return new ReportView(options.title(), documentTitle(options.title(), options.question(), summary), options.question(), RUN_DATE.format(summary.runDate()), summary.evidentiaVersion(), lede,
                readFirst(summary, keptWithoutAbstract, keptWithoutTypes, kinds, retracted(order, synthesis), notes, synthesis),
                summary.failure() != null || keyResults.isEmpty() ? null : readFirstPointer(summary.focus()),
                FlowDiagram.of(summary, others.size(), othersRetracted), keyResults, kinds, voters, others, votingDesigns, synthesis.retractedVotes(),
                methods(summary, votingDesigns, findingsOfNoKind, notes.checkByHand(summary.focus(), synthesis, "under Read this first")), ValueWords.glossary(synthesis.kinds().stream().map(KindSynthesis::kind).toList()),
                Phrases.multiplicity(kinds.stream().mapToInt(KindSection::signTests).sum(), kinds.stream().mapToInt(KindSection::signTestsBelow).sum()));
    }

    /**
     * The page's {@code <title>}: the report's title, then what the run was about, its question, else its focus
     * ({@code condition=sleep apnea}), else the names of the input files a source read (the first and how many more), and the day of the
     * run: {@code Evidence summary: il6_pubmed_result_160103.txt, run of 2026-01-01}. Every report had the same
     * title, so that several open in tabs, or in the history, could not be told apart (review 25, L6).
     */
    /**
     * The records with findings as the header's line counts them: {@code 281 publications (275 of them studies casting
     * votes)}, or {@code 9 studies casting votes} when each does. "in 281 studies" counted the reviews, which the flow
     * and the Studies section do not (report reader s9, L12).
     */
    private static String publications(long withFindings, int voting) {
        if (voting == withFindings) {
            return Phrases.count(withFindings, "study", "studies") + " casting votes";
        }
        return Phrases.count(withFindings, "publication", "publications")
                + (voting == 0 ? " (casting no votes)" : " (" + Phrases.number(voting) + " of them studies casting votes)");
    }

    static String documentTitle(String title, String question, RunSummary summary) {
        String about;
        if (question != null) {
            about = question;
        } else if (!summary.focus().criteria().isEmpty()) {
            about = String.join(", ", summary.focus().criteria());
        } else {
            about = inputsRead(summary);
        }
        return title + (about.isEmpty() ? "" : ": " + about) + ", run of " + RUN_DAY.format(summary.runDate());
    }

    /**
     * The files a source read ({@code il6.txt}, {@code a.xml and 2 more files}), else those given; empty without any: a
     * README beside the exports, read by none, named a report "README.md and 4 more files".
     */
    private static String inputsRead(RunSummary summary) {
        List<RunSummary.InputSummary> read = summary.inputs().stream().filter(i -> i.source() != null).toList();
        List<String> files = (read.isEmpty() ? summary.inputs() : read).stream().map(i -> fileName(i.path())).toList();
        return files.isEmpty() ? "" : files.get(0) + (files.size() == 1 ? "" : " and " + Phrases.count(files.size() - 1, "more file", "more files"));
    }

    /** A path's last part, whichever separator it was written with. */
    private static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** Kept records without abstract text, and how many of them gave findings from their titles. */
    record WithoutAbstract(long kept, long withFindings) {
    }

    /**
     * What a reader must know before reading the numbers, which the methods appendix states at the
     * end of the page: that the run failed (first, when it did: its report is kept for inspection
     * and must not pass for a sound run's), that the findings were extracted automatically and no person checked them
     * (in every report), how accurately each kind with findings is extracted, the focus, problems
     * (skipped records, files not read, records unaccounted), the sources' notices, kept records
     * without publication types, and kept records without an abstract. Each kind's accuracy is
     * folded behind one line of its figures, so that the box stays short.
     */
    static List<Caveat> readFirst(RunSummary summary, WithoutAbstract keptWithoutAbstract, long keptWithoutTypes, List<KindSection> kinds,
                                  Caveat retracted, KeptRecordNotes notes, Synthesis synthesis) {
        List<Caveat> caveats = new ArrayList<>();
        if (summary.failure() != null) {
            boolean problems = !summary.problems().isEmpty();
            caveats.add(new Caveat("This run failed: " + summary.failure() + ". This report was written for inspection, not as"
                    + " the report of a sound run.", problems ? "#methods-problems" : null, problems ? "The problems" : null));
        }
        boolean noFinding = kinds.stream().allMatch(KindSection::none);
        long leftOut = summary.focus().criteria().isEmpty() ? 0 : summary.focus().findingsLeftOut();
        // a focus that kept none of the findings made (a value typed wrong) read as a run that found nothing (the review of
        // session 32, H3)
        String extraction = !noFinding ? EXTRACTED : leftOut > 0 ? "No finding is in focus: the run's extractors extracted "
                + Phrases.count(leftOut, "finding", "findings") + ", and the focus " + String.join(", ", summary.focus().criteria())
                + " kept none of them (below). " + EXTRACTED : NONE_EXTRACTED;
        caveats.add(new Caveat(extraction, "#methods-extraction", "Methods"));
        for (KindSection kind : kinds) {
            if (noFinding) {
                caveats.add(new Caveat(kind.accuracy(), null, null)); // every kind is one line then, its statement not folded
            } else if (!kind.none()) {
                caveats.add(new Caveat(kind.accuracy(), "#" + kind.anchor() + "-accuracy", kind.subjectPlural(),
                        kind.accuracySummary().isEmpty() ? null : kind.accuracySummary(), null));
            }
        }
        RunSummary.Counts c = summary.counts();
        if (retracted != null) {
            caveats.add(retracted);
        }
        if (!summary.focus().criteria().isEmpty()) {
            caveats.add(new Caveat("Focused run: only findings matching " + String.join(", ", summary.focus().criteria())
                    + " were kept and synthesised; " + Phrases.count(summary.focus().findingsLeftOut(), "finding was", "findings were")
                    + " left out" + unstated(summary.focus(), notes.checkByHand(summary.focus(), synthesis, "below"))
                    + ". Every count in this report is of the findings in focus.", "#methods-focus", "Methods",
                    null, notes.toCheck(summary.focus(), synthesis)));
        }
        if (!summary.problems().isEmpty()) {
            Map<RunSummary.Problem.Kind, Long> byKind = new TreeMap<>(summary.problems().stream()
                    .collect(Collectors.groupingBy(RunSummary.Problem::kind, Collectors.counting())));
            caveats.add(new Caveat(Phrases.count(summary.problems().size(), "problem was", "problems were") + " met ("
                    + byKind.entrySet().stream().map(e -> e.getKey().label() + ": " + Phrases.number(e.getValue()))
                            .collect(Collectors.joining(", ")) + ").", "#methods-problems", "The problems"));
        }
        if (c.recordsSkipped() > 0) {
            caveats.add(new Caveat(Phrases.count(c.recordsSkipped(), "record", "records")
                    + " could not be read and " + (c.recordsSkipped() == 1 ? "was" : "were") + " left out.", "#methods-problems", "Why"));
        }
        long unread = summary.inputs().stream().filter(RunSummary.InputSummary::unread).count();
        if (unread > 0) {
            caveats.add(new Caveat(Phrases.count(unread, "input file was", "input files were")
                    + " not read: empty, or no source reads " + (unread == 1 ? "its" : "their") + " format.", "#inputs-caption", "Input files"));
        }
        if (c.recordsUnaccounted() > 0) {
            caveats.add(new Caveat(Phrases.count(c.recordsUnaccounted(), "record was", "records were")
                    + " counted by a source but neither read nor skipped.", "#methods-problems", "The problems"));
        }
        if (summary.exclusions().list() != null && c.recordsExcluded() > 0) {
            caveats.add(new Caveat(Phrases.count(c.recordsExcluded(), "record was", "records were") + " excluded by the review's"
                    + " exclusion list " + summary.exclusions().list() + FlowDiagram.excludedByReason(summary.exclusions())
                    + ": counted among the records read, with no findings and in no table.", "#counts-caption", "Counts"));
        }
        for (String notice : summary.notices()) {
            Caveat shown = notes.notice(notice, summary.inputs()); // null: about a file none of the report's records came from
            if (shown != null) {
                caveats.add(shown);
            }
        }
        if (keptWithoutTypes > 0) {
            caveats.add(new Caveat(Phrases.number(keptWithoutTypes) + " of the " + Phrases.count(c.recordsKept(), "record", "records")
                    + " kept " + (keptWithoutTypes == 1 ? "carries" : "carry") + " no PubMed publication types (an abstract-text,"
                    + " page or CSV export): " + (keptWithoutTypes == 1 ? "its design was" : "their designs were") + " inferred from"
                    + " wording alone, so a review may be taken for a primary study and vote, and a retraction is seen only where the"
                    + " export names its retraction notice (a CSV export never does). A MEDLINE or XML export of the same search"
                    + " carries the types.", "#studies", "Each study's design basis",
                    // one line, so that the box stays short
                    Phrases.number(keptWithoutTypes) + " of the " + Phrases.count(c.recordsKept(), "record", "records") + " kept "
                            + (keptWithoutTypes == 1 ? "carries" : "carry") + " no publication types: designs inferred from wording",
                    null));
        }
        long withoutAbstract = keptWithoutAbstract.kept();
        if (withoutAbstract > 0) {
            long withFindings = keptWithoutAbstract.withFindings();
            long without = withoutAbstract - withFindings;
            // an explorer's A (s18): a letter's title gave a finding, and the box said that all of them had none
            String counted = withFindings == 0
                    ? ", and " + (withoutAbstract == 1 ? "it counts" : "they count") + " among the records without findings."
                    : without == 0 ? (withoutAbstract == 1 ? ", and it did." : ", and each did.")
                    : "; " + Phrases.number(withFindings) + " did, and the other"
                            + (without == 1 ? " counts" : "s, " + Phrases.number(without) + ", count") + " among the records without findings.";
            caveats.add(new Caveat(Phrases.number(withoutAbstract) + " of the " + Phrases.count(c.recordsKept(), "record", "records")
                    + " kept " + (withoutAbstract == 1 ? "has" : "have") + " no abstract: only "
                    + (withoutAbstract == 1 ? "its title" : "their titles") + " could give findings" + counted, null, null));
        }
        return caveats;
    }

    /**
     * What the line opening the key results says a reader must know before citing a count (the
     * page puts "Before citing a count, read this first (below the key results):" before it): that
     * the findings were extracted automatically and checked by no one, and a focus, which changes
     * what every count is of.
     */
    static String readFirstPointer(RunSummary.Focus focus) {
        return "the findings were extracted automatically and no person checked them"
                + (focus.criteria().isEmpty() ? "" : "; this run was focused: only findings matching " + String.join(", ", focus.criteria())
                        + " were kept");
    }

    /**
     * What the votes do with retracted publications of a voting design, when the run has any with
     * findings: left out (by default), or counted ({@code synthesis.retracted-votes}); else null.
     */
    static Caveat retracted(List<StudyInfo> studies, Synthesis synthesis) {
        List<StudyDesign> designs = studies.stream().map(s -> s.entry().design())
                .filter(d -> d.retracted() && synthesis.votingDesigns().contains(d.type())).toList();
        if (designs.isEmpty()) {
            return null;
        }
        String publications = Phrases.count(designs.size(), "retracted publication", "retracted publications");
        return synthesis.retractedVotes()
                ? new Caveat(publications + (designs.size() == 1 ? " casts" : " cast") + " votes, as the run was told"
                        + " (synthesis.retracted-votes); " + (designs.size() == 1 ? "it is" : "they are") + " marked retracted wherever named.",
                        "#methods-voting", "Methods")
                : new Caveat(publications + (designs.size() == 1 ? " has" : " have") + " findings that cast no votes (a synthesis leaves"
                        + " retracted studies out); " + (designs.size() == 1 ? "its" : "their")
                        + " findings are listed, marked retracted.",
                        "#reviews", "Publications that cast no votes");
    }

    /** How the page points to a study. */
    static StudyRef ref(StudyInfo study, Predicate<StudyDesign> votes) {
        StudyEntry e = study.entry();
        return new StudyRef(study.anchor(), study.label(), study.hover(), study.link(), study.linkLabel(), e.pmid(),
                study.design(), e.design().type() != StudyDesign.Type.PRIMARY, votes.test(e.design()), study.retracted());
    }

    /** {@code checkByHand}: what the focus's sentence asks of the studies it lost for want of a value, as Read this first asks it. */
    private static Methods methods(RunSummary summary, String votingDesigns, long findingsOfNoKind, String checkByHand) {
        List<Row> plugins = summary.plugins().stream()
                .map(p -> new Row(List.of(p.id(), p.version(), String.join(", ", p.extensions())))).toList();
        List<Row> options = new ArrayList<>();
        new TreeMap<>(summary.options()).forEach((extension, values) ->
                new TreeMap<>(values).forEach((key, value) -> options.add(new Row(List.of(extension, key, value)))));
        List<Row> inputs = summary.inputs().stream().map(i -> new Row(List.of(i.path(),
                i.unread() ? "none: empty, or no source reads it" : i.source(),
                Phrases.number(i.records()), Phrases.number(i.skipped()), i.sha256() == null ? "" : i.sha256()))).toList();
        // review 30, M1: these decide findings and counts as the inputs do, and can be edited in place under the same name
        List<Row> otherFiles = new ArrayList<>();
        if (summary.exclusions().list() != null) {
            otherFiles.add(new Row(List.of(summary.exclusions().list(), "exclusion list",
                    summary.exclusions().sha256() == null ? "" : summary.exclusions().sha256())));
        }
        summary.optionFiles().forEach(f -> otherFiles.add(new Row(List.of(f.path(), "option " + f.extension() + "." + f.option(),
                f.sha256() == null ? "" : f.sha256()))));
        RunSummary.Counts c = summary.counts();
        List<Row> counts = new ArrayList<>(List.of(
                new Row(List.of("Input files", Phrases.number(summary.inputs().size()))),
                new Row(List.of("Files not read", Phrases.number(summary.inputs().stream().filter(RunSummary.InputSummary::unread).count()))),
                new Row(List.of("Records read", Phrases.number(c.recordsRead()))),
                new Row(List.of("Duplicates merged", Phrases.number(c.duplicatesMerged()))),
                new Row(List.of("Records skipped", Phrases.number(c.recordsSkipped()))),
                new Row(List.of("Records unaccounted", Phrases.number(c.recordsUnaccounted())))));
        if (summary.exclusions().list() != null) {
            counts.add(new Row(List.of("Records excluded by the exclusion list " + summary.exclusions().list(),
                    Phrases.number(c.recordsExcluded()))));
            summary.exclusions().byReason().forEach((reason, n) -> counts.add(new Row(List.of("Excluded as: " + reason, Phrases.number(n)))));
        }
        counts.addAll(List.of(
                new Row(List.of("Records kept", Phrases.number(c.recordsKept()))),
                new Row(List.of("Records with findings", Phrases.number(c.recordsWithFindings()))),
                new Row(List.of("Findings", Phrases.number(c.findings())))));
        if (findingsOfNoKind > 0) {
            counts.add(new Row(List.of("Findings of a kind no extractor declared (not synthesised)", Phrases.number(findingsOfNoKind))));
        }
        List<Row> problems = summary.problems().stream()
                .map(p -> new Row(List.of(p.kind().label(), p.describe()))).toList();
        List<Row> duplicates = summary.duplicates().stream().limit(LISTED_DUPLICATES)
                .map(d -> new Row(List.of(d.recordId(), d.origins().get(0).toString(),
                        d.origins().stream().skip(1).map(Object::toString).collect(Collectors.joining("; "))))).toList();
        long notListed = summary.duplicates().size() - duplicates.size();
        return new Methods(plugins, options, inputs, otherFiles, counts, problems, summary.notices(), duplicates,
                Phrases.count(c.duplicatesMerged(), "copy", "copies") + " into " + Phrases.count(summary.duplicates().size(), "record", "records"),
                notListed == 0 ? "" : "And " + Phrases.number(notListed) + " more " + (notListed == 1 ? "record" : "records")
                        + " with merged copies, not listed here:"
                        + " run.json's duplicates lists every one.",
                votingDesigns, focus(summary.focus(), checkByHand));
    }

    /**
     * The findings of each kind, where the run has findings of several: {@code " (8 on sprockets, 3 on
     * gears)"}, so that the lede's total is not read as one kind's; empty for one kind.
     */
    private static String byKind(List<KindSection> kinds) {
        List<String> counts = kinds.stream().filter(k -> !k.none())
                .map(k -> Phrases.number(k.findings().count()) + " on " + k.subjectNounPlural()).toList();
        return counts.size() < 2 ? "" : " (" + String.join(", ", counts) + ")";
    }

    /** States a focused run's criteria as given and the findings they left out; empty when the run was not focused. */
    private static String focus(RunSummary.Focus focus, String checkByHand) {
        if (focus.criteria().isEmpty()) {
            return "";
        }
        return "The run was focused on " + String.join(", ", focus.criteria())
                + ": only findings matching every attribute named (any value given for it) were kept and synthesised; "
                + Phrases.count(focus.findingsLeftOut(), "finding was", "findings were") + " left out"
                + unstated(focus, checkByHand) + ".";
    }

    /** What follows "N studies lost every finding for that alone" where nothing tells which of them name the focus. */
    static String checkAllByHand(long records) {
        return " and may be on the question all the same: check " + (records == 1 ? "it" : "them") + " by hand";
    }

    /**
     * Of the findings a focus left out, those that stated no value for a focused attribute (a clause
     * that did not restate its condition): the reader should know that they were not of another value.
     * {@code checkByHand}: what follows "N studies lost every finding for that alone" ({@link KeptRecordNotes#checkByHand}).
     */
    private static String unstated(RunSummary.Focus focus, String checkByHand) {
        if (focus.leftOutUnstated() == 0) {
            return "";
        }
        long records = focus.recordsLeftOutUnstated();
        return ", " + Phrases.number(focus.leftOutUnstated()) + " of them because " + (focus.leftOutUnstated() == 1 ? "it states" : "they state") + " no value for "
                + (focus.criteria().size() == 1 ? "the attribute focused on" : "an attribute focused on")
                + " (most often a sentence that does not restate it), not another value"
                + (records == 0 ? "" : "; " + Phrases.count(records, "study", "studies") + " lost every finding for that alone"
                        + checkByHand);
    }
}
