package org.evidentia.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.Api;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.OutputFolder;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.Counts;
import org.evidentia.api.RunSummary.InputSummary;
import org.evidentia.api.RunSummary.PluginSummary;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.Subject;
import org.evidentia.api.Synthesis;
import org.evidentia.runtime.design.StudyDesignClassifier;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionRunContext;
import org.evidentia.runtime.engine.FindingFocus;
import org.evidentia.runtime.engine.ProblemLog;
import org.evidentia.runtime.output.OutputFolderException;
import org.evidentia.runtime.output.StagedOutput;
import org.evidentia.runtime.synthesis.SynthesisBuilder;

/**
 * A run made of in-memory records and findings, for reporter tests: {@link #report} drives a
 * reporter exactly as the runtime does (a writer started with a real output folder, every record
 * with its study design and findings in order, then the summary and the synthesis computed by the
 * core, and the outputs committed). The run summary is given, or filled plausibly by the
 * {@link Builder} (counts that reconcile, one input with a checksum, a fixed run date).
 *
 * <pre>{@code
 * BibliographicRecord r = BibliographicRecord.builder().pmid("1").title("IL-6 in fibromyalgia").section(null, "Serum IL-6 was higher.").build();
 * TestRun run = TestRun.builder(kind)
 *         .record(r)
 *         .finding(TestRun.finding(r, kind, "IL6", "IL-6", "IL-6", Direction.INCREASED, Map.of("specimen", "serum")))
 *         .build();
 * run.report(new MyReporter(), Map.of(), outputDir);
 * }</pre>
 *
 * <p>EXPERIMENTAL: it is built on EXPERIMENTAL api types ({@link FindingKind}, {@link Synthesis},
 * {@link StudyDesign}), and its builder may gain or change setters as the run summary grows.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class TestRun {

    /** The run date a built summary has unless another is set: fixed, so output is reproducible. */
    public static final Instant DEFAULT_RUN_DATE = Instant.parse("2026-01-01T00:00:00Z");

    private final RunSummary summary;
    private final List<FindingKind> kinds;
    private final List<RecordFindings> records;
    private final Synthesis synthesis;

    private TestRun(RunSummary summary, List<FindingKind> kinds, List<RecordFindings> delivered,
                    Set<StudyDesign.Type> votingDesigns, boolean retractedVotes) {
        this.summary = Objects.requireNonNull(summary);
        this.kinds = List.copyOf(kinds);
        SynthesisBuilder builder = new SynthesisBuilder(this.kinds, votingDesigns, retractedVotes);
        delivered.forEach(builder::add);
        this.records = List.copyOf(delivered);
        this.synthesis = builder.synthesis();
    }

    /** Each record with its design and its findings, those outside {@code focus} left out as the runtime leaves them out. */
    private static List<RecordFindings> delivered(List<BibliographicRecord> records, List<Finding> findings,
                                                  Map<String, StudyDesign> designsGiven, FindingFocus focus) {
        StudyDesignClassifier designs = new StudyDesignClassifier();
        Map<String, List<Finding>> byRecord = new HashMap<>();
        findings.forEach(f -> byRecord.computeIfAbsent(f.recordId(), id -> new ArrayList<>()).add(f));
        List<RecordFindings> delivered = new ArrayList<>();
        for (BibliographicRecord record : records) {
            StudyDesign design = designsGiven.containsKey(record.id()) ? designsGiven.get(record.id()) : designs.classify(record);
            delivered.add(focus.apply(new RecordFindings(record, design, byRecord.getOrDefault(record.id(), List.of()))));
        }
        return delivered;
    }

    /** A builder for a run of findings of these kinds, with a plausible, adjustable run summary. */
    public static Builder builder(FindingKind... kinds) {
        return new Builder(List.of(kinds));
    }

    /** The run's summary. */
    public RunSummary summary() {
        return summary;
    }

    /** The records as reporters receive them, in order. */
    public List<RecordFindings> records() {
        return records;
    }

    /** The synthesis the core computes of these records. */
    public Synthesis synthesis() {
        return synthesis;
    }

    /**
     * Runs {@code reporter} over this run as the runtime does and commits its files into {@code outputDir}
     * (which, as for a real run, must be new, empty or an earlier run's). A reporter that says it
     * reads no metadata ({@link Reporter#readsMetadata}) gets the records without it, as it may in a
     * real run, so that a test shows what it would write then. A test that must look at the
     * reporter between its calls drives it itself in {@link #openOutputs}.
     *
     * @param options the reporter's options, bound as the runtime binds them (empty for defaults)
     * @return the files written, relative to {@code outputDir}
     * @throws IOException when the reporter fails
     * @throws IllegalArgumentException when the reporter refuses its options for this run, in
     *     {@link Reporter#checkOptions} (asked first, with this run's kinds, as the runtime asks it)
     *     or in {@code start}: the runtime would refuse the run (exit 2); or when {@code outputDir}
     *     cannot be an output folder
     */
    public List<Path> report(Reporter reporter, Map<String, ?> options, Path outputDir) throws IOException {
        try (Outputs outputs = openOutputs(outputDir)) {
            ReportContext context = outputs.contextFor(reporter, options);
            boolean readsMetadata = reporter.readsMetadata(context);
            try (ReportWriter writer = reporter.start(context)) {
                for (RecordFindings record : records) {
                    writer.record(readsMetadata ? record : withoutMetadata(record));
                }
                writer.finish(summary, synthesis);
            }
            // a stream of OutputFolder.create left open fails the reporter in a run: here too, so that a test cannot pass on
            // a file a run would not keep (the review of session 25, A5)
            outputs.output.finished(reporter.name());
            List<Path> files = outputs.files();
            outputs.commit();
            return files;
        }
    }

    /**
     * Opens {@code outputDir} as this run's output folder, for a test that drives a reporter call
     * by call instead of through {@link #report}: to look into its scratch folder while it writes,
     * or to have another reporter take a file name before it starts. The test then hands the
     * writer {@link #records()} and finishes it with {@link #summary()} and {@link #synthesis()},
     * as {@code report} does.
     *
     * @param outputDir the folder the outputs go to; as for a real run it must be new, empty or an
     *                  earlier run's, and no other run may have it open
     * @return the open outputs, which the caller owns and closes
     * @throws IllegalArgumentException when {@code outputDir} cannot be an output folder (a file, a
     *     folder of other files, or one another run has open), with the words a run would use
     * @throws IOException when the folders cannot be written
     * @since 0.1
     */
    public Outputs openOutputs(Path outputDir) throws IOException {
        try {
            return new Outputs(StagedOutput.open(outputDir));
        } catch (OutputFolderException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * A {@link TestRun}'s output folder while reporters write into it, with the runtime's own
     * rules: each reporter's files appear in the folder only at {@link #commit()}, all at once,
     * replacing the previous outputs; a file name is given to one reporter only; each reporter has
     * a scratch folder, deleted at the commit or the close. Made by {@link TestRun#openOutputs}.
     *
     * <p>Ownership: the test owns it and closes it (try-with-resources); the contexts and folders it
     * hands out are valid until then. Closing it without a commit deletes what was written and
     * leaves the folder as it was, as a run that stops before its end does.
     *
     * <p>Threading: {@link #contextFor}, {@link #folderFor} and {@link #files} may be called from
     * several threads, as the run's reporters write at the same time; {@code commit} and
     * {@code close} are called once each, after every writer is closed.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public final class Outputs implements AutoCloseable {

        private final StagedOutput output;

        private Outputs(StagedOutput output) {
            this.output = output;
        }

        /**
         * {@code reporter}'s context in this run, as the runtime makes it before {@link Reporter#start}:
         * its options bound as the runtime binds them, this folder's view for it
         * ({@link ReportContext#output()}), an empty scratch folder of its own, the run's finding
         * kinds, and which studies vote in the run's synthesis. The reporter's
         * {@link Reporter#checkOptions} is asked first, with the run's kinds, as the runtime asks it.
         * Ask once per reporter, as a run does.
         *
         * @param reporter the reporter under test; not null
         * @param options  its options as a pipeline file gives them; empty for defaults, not null
         * @return the context to pass to {@code reporter.start}; never null
         * @throws IllegalArgumentException when an option is invalid (with the message a user would
         *     see) or {@code checkOptions} refuses the options for this run
         * @throws IOException when the scratch folder cannot be made
         * @since 0.1
         */
        public ReportContext contextFor(Reporter reporter, Map<String, ?> options) throws IOException {
            Record bound = PluginTestKit.bind(reporter, options);
            // checkOptions gets what the runtime gives it: options, no output folder, no voting rule yet
            reporter.checkOptions(new ExtensionRunContext(reporter.name(), bound, new ProblemLog()), kinds);
            return new ExtensionRunContext(reporter.name(), bound, new ProblemLog(), output.folderFor(reporter.name()),
                    output.scratchFolder(reporter.name()), kinds, synthesis::votes);
        }

        /**
         * This folder as the reporter named {@code reporter} sees it, for a test to write what another
         * reporter of the run writes: a name it creates here is refused to every other reporter, as
         * in a run ({@link OutputFolder#create}).
         *
         * @param reporter a reporter's name; not null
         * @return its view of the folder; never null
         * @since 0.1
         */
        public OutputFolder folderFor(String reporter) {
            return output.folderFor(Objects.requireNonNull(reporter, "reporter"));
        }

        /**
         * The files written so far, relative to the output folder: reporter by reporter in the order
         * their contexts or folders were asked for, each reporter's in the order created.
         *
         * @return an immutable list; empty when nothing was written
         * @since 0.1
         */
        public List<Path> files() {
            return output.files();
        }

        /**
         * Makes the files written the output folder's contents, in place of the previous ones, and
         * deletes the scratch folders. Call it once, after every writer is closed.
         *
         * @throws IOException when the files cannot be moved into place
         * @since 0.1
         */
        public void commit() throws IOException {
            output.commit();
        }

        /**
         * Releases the folder; without a {@link #commit()}, deletes what was written and leaves the
         * previous outputs as they were. The scratch folders are deleted either way.
         *
         * @since 0.1
         */
        @Override
        public void close() throws IOException {
            output.close();
        }
    }

    private static RecordFindings withoutMetadata(RecordFindings delivered) {
        return new RecordFindings(PluginTestKit.withoutMetadata(delivered.record()), delivered.design(), delivered.findings(),
                delivered.leftOutByFocus());
    }

    /**
     * A finding of {@code kind} whose evidence is the sentence of {@code record} holding the first
     * occurrence of {@code mention} (title first, then abstract), with offsets as an extractor gives them.
     *
     * @param attributes the finding's attributes (null values are left out)
     * @throws IllegalArgumentException when neither the title nor the abstract holds {@code mention}
     */
    public static Finding finding(BibliographicRecord record, FindingKind kind, String key, String label, String mention,
                                  Direction direction, Map<String, String> attributes) {
        for (String field : List.of(BibliographicRecord.FIELD_TITLE, BibliographicRecord.FIELD_ABSTRACT)) {
            String text = record.text(field);
            int at = text.indexOf(mention);
            if (at >= 0) {
                String section = BibliographicRecord.FIELD_ABSTRACT.equals(field) ? sectionAt(record.sections(), at) : null;
                int start = sentenceStart(text, at);
                if (section != null && text.startsWith(section + ": ", start)) {
                    start += section.length() + 2; // the section label is not part of the sentence
                }
                int end = sentenceEnd(text, at + mention.length());
                EvidenceSpan span = new EvidenceSpan(field, section, text.substring(start, end), start, end, at, at + mention.length());
                return new Finding(record.id(), kind.name(), new Subject(key, label, mention), direction,
                        attributes, span, "test-extractor", "0.1.0");
            }
        }
        throw new IllegalArgumentException("record " + record.id() + " does not mention '" + mention + "' in its title or abstract");
    }

    private static int sentenceStart(String text, int from) {
        int start = from;
        while (start > 0 && !(text.charAt(start - 1) == '\n'
                || (start >= 2 && text.charAt(start - 1) == ' ' && ".!?".indexOf(text.charAt(start - 2)) >= 0))) {
            start--;
        }
        return start;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (".!?".indexOf(c) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The label of the abstract section that holds offset {@code at} of {@link BibliographicRecord#abstractText()}. */
    private static String sectionAt(List<AbstractSection> sections, int at) {
        int offset = 0;
        for (AbstractSection section : sections) {
            int length = (section.label() == null ? 0 : section.label().length() + 2) + section.text().length();
            if (at < offset + length) {
                return section.label();
            }
            offset += length + 1;
        }
        return null;
    }

    /**
     * Builds a {@link TestRun}; not thread-safe.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private final List<FindingKind> kinds;
        private final List<BibliographicRecord> records = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> notices = new ArrayList<>();
        private final List<InputSummary> inputs = new ArrayList<>();
        private final List<PluginSummary> plugins = new ArrayList<>();
        private final Map<String, Map<String, String>> options = new TreeMap<>();
        private Instant runDate = DEFAULT_RUN_DATE;
        private String evidentiaVersion = "0.1.0";
        private long duplicatesMerged;
        private long recordsSkipped;
        private RunSummary summary;
        private Set<StudyDesign.Type> votingDesigns = Set.of(StudyDesign.Type.PRIMARY, StudyDesign.Type.CASE_REPORT);
        private boolean retractedVotes;
        private String failure;
        private final List<String> focus = new ArrayList<>();
        private final Map<String, StudyDesign> designs = new HashMap<>();

        private Builder(List<FindingKind> kinds) {
            this.kinds = kinds;
        }

        public Builder record(BibliographicRecord value) { records.add(value); return this; }
        public Builder records(List<BibliographicRecord> values) { records.addAll(values); return this; }
        public Builder finding(Finding value) { findings.add(value); return this; }
        public Builder findings(List<Finding> values) { findings.addAll(values); return this; }
        public Builder problem(Problem value) { problems.add(value); return this; }
        public Builder notice(String value) { notices.add(value); return this; }
        /** Adds an input; without any, the summary names one input holding every record. */
        public Builder input(InputSummary value) { inputs.add(value); return this; }
        /** Adds a plugin; without any, the summary names a {@code testkit} plugin with the findings' extractors. */
        public Builder plugin(PluginSummary value) { plugins.add(value); return this; }
        /** Sets one bound option of an extension, its value written as JSON ({@code false}, {@code "x"}). */
        public Builder option(String extension, String key, String value) {
            options.computeIfAbsent(extension, k -> new TreeMap<>()).put(key, value);
            return this;
        }
        public Builder runDate(Instant value) { runDate = Objects.requireNonNull(value); return this; }
        public Builder evidentiaVersion(String value) { evidentiaVersion = Objects.requireNonNull(value); return this; }
        /** Records merged as duplicates (counted as read, not kept). */
        public Builder duplicatesMerged(long value) { duplicatesMerged = value; return this; }
        /** Records skipped as unreadable (counted as read, not kept). */
        public Builder recordsSkipped(long value) { recordsSkipped = value; return this; }
        /** The study designs whose findings vote (default: primary studies and case reports). */
        public Builder votingDesigns(Set<StudyDesign.Type> value) { votingDesigns = Set.copyOf(value); return this; }
        /** Whether retracted publications of the voting designs vote too (default: false, as in a run). */
        public Builder retractedVotes(boolean value) { retractedVotes = value; return this; }
        /** Makes the run a failed one: the summary's {@link RunSummary#failure()} (default: null, a run that did not fail). */
        public Builder failure(String value) { failure = Objects.requireNonNull(value); return this; }
        /**
         * Gives the record of this id this design instead of the one the core reads from its
         * publication types (as a run does: {@code StudyDesign}'s Javadoc says how).
         */
        public Builder design(String recordId, StudyDesign value) {
            designs.put(Objects.requireNonNull(recordId), Objects.requireNonNull(value));
            return this;
        }
        /**
         * Focuses the run as {@code --focus} does ({@code "condition=crohn"}, {@code "population=human"}): the
         * findings outside it are left out of the records, each record says what was left out of it
         * ({@link RecordFindings#leftOutByFocus()}), and the built summary states the focus and counts
         * only the findings in it, with the runtime's own rule. A free-text value is matched as given:
         * a run would first ask the kind's extractor how it writes the value ({@code Extractor.focusValue}).
         *
         * @throws IllegalArgumentException when a criterion is not {@code attribute=value} of the run's kinds
         */
        public Builder focus(String... criteria) { focus.addAll(List.of(criteria)); return this; }
        /** Uses exactly this summary instead of building one (the other summary settings are then ignored). */
        public Builder summary(RunSummary value) { summary = Objects.requireNonNull(value); return this; }

        /** The run; the summary's counts reconcile with the records and findings given. */
        public TestRun build() {
            for (String id : designs.keySet()) {
                if (records.stream().noneMatch(r -> r.id().equals(id))) {
                    throw new IllegalArgumentException("a design was given for record " + id + ", which is none of the run's records");
                }
            }
            FindingFocus applied;
            try {
                applied = FindingFocus.of(focus, kinds, FindingFocus.ValueForms.AS_GIVEN);
            } catch (ConfigurationException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            List<RecordFindings> delivered = delivered(records, findings, designs, applied);
            return new TestRun(summary != null ? summary : buildSummary(delivered), kinds, delivered, votingDesigns, retractedVotes);
        }

        private RunSummary buildSummary(List<RecordFindings> delivered) {
            long kept = records.size();
            long read = kept + duplicatesMerged + recordsSkipped;
            long withFindings = delivered.stream().filter(r -> !r.findings().isEmpty()).count();
            long inFocus = delivered.stream().mapToLong(r -> r.findings().size()).sum();
            Counts counts = new Counts(read, duplicatesMerged, recordsSkipped, 0, kept, withFindings, inFocus);
            List<InputSummary> allInputs = inputs.isEmpty()
                    ? List.of(new InputSummary("records.nbib", sha256(records), "medline", read, recordsSkipped))
                    : inputs;
            List<PluginSummary> allPlugins = plugins;
            if (allPlugins.isEmpty()) {
                TreeSet<String> extractors = new TreeSet<>();
                findings.forEach(f -> extractors.add(f.extractor() == null ? "test-extractor" : f.extractor()));
                allPlugins = List.of(new PluginSummary("testkit", "0.1.0", List.copyOf(extractors)));
            }
            RunSummary.Focus focused = RunSummary.Focus.NONE;
            if (!focus.isEmpty()) {
                List<RecordFindings.FocusLoss> losses = delivered.stream().map(RecordFindings::leftOutByFocus).toList();
                focused = new RunSummary.Focus(focus, losses.stream().mapToLong(RecordFindings.FocusLoss::findings).sum(),
                        losses.stream().mapToLong(RecordFindings.FocusLoss::unstated).sum(),
                        delivered.stream().filter(r -> r.lostEveryFindingToFocus() && r.leftOutByFocus().forWantOfAValue()).count());
            }
            return new RunSummary(evidentiaVersion, runDate, allInputs, allPlugins, options, counts, problems,
                    List.copyOf(new LinkedHashSet<>(notices)), List.of(), focused, Map.of(), failure);
        }

        /** A stable stand-in for the checksum of an input that holds these records. */
        private static String sha256(List<BibliographicRecord> records) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                records.forEach(r -> digest.update((r.id() + "\n").getBytes(StandardCharsets.UTF_8)));
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every Java platform", e);
            }
        }
    }
}
