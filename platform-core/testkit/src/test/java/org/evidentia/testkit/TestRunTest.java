package org.evidentia.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.ReportContext;
import org.evidentia.api.ReportWriter;
import org.evidentia.api.Reporter;
import org.evidentia.api.RunSummary;
import org.evidentia.api.RunSummary.Counts;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.Synthesis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRunTest {

    private static final FindingKind KIND = new FindingKind("level-change", "Marker", "Markers",
            List.of(new Attribute("specimen", "Specimen", List.of("serum"), Attribute.Role.BREAKDOWN)), Map.of());

    private final BibliographicRecord record = BibliographicRecord.builder().pmid("101").title("Cytokines in fibromyalgia")
            .section("BACKGROUND", "Pain is common.")
            .section("RESULTS", "Serum IL-6 was higher in patients. TNF-alpha did not differ.")
            .build();

    @Test
    void findingPointsAtTheSentenceAndMentionAsAnExtractorWould() {
        Finding f = TestRun.finding(record, KIND, "TNF", "TNF-α", "TNF-alpha", Direction.UNCHANGED, Map.of("specimen", "serum"));

        String text = record.text(f.evidence().field());
        assertThat(f.kind()).isEqualTo("level-change");
        assertThat(f.evidence().field()).isEqualTo(BibliographicRecord.FIELD_ABSTRACT);
        assertThat(f.evidence().section()).isEqualTo("RESULTS");
        assertThat(f.evidence().sentence()).isEqualTo("TNF-alpha did not differ.");
        assertThat(text.substring(f.evidence().sentenceStart(), f.evidence().sentenceEnd())).isEqualTo(f.evidence().sentence());
        assertThat(text.substring(f.evidence().mentionStart(), f.evidence().mentionEnd())).isEqualTo("TNF-alpha");
        assertThat(f.attributes()).containsOnlyKeys("specimen");

        Finding first = TestRun.finding(record, KIND, "IL6", "IL-6", "IL-6", Direction.INCREASED, Map.of());
        assertThat(first.evidence().sentence()).isEqualTo("Serum IL-6 was higher in patients.");
    }

    @Test
    void builtSummaryReconcilesWithTheRecordsAndFindingsAndTheSynthesisIsTheCores() {
        BibliographicRecord other = BibliographicRecord.builder().pmid("102").title("IL-10 after exercise").build();
        BibliographicRecord review = BibliographicRecord.builder().pmid("103").title("IL-6: a review").publicationType("Review")
                .section(null, "IL-6 is raised.").build();
        TestRun run = TestRun.builder(KIND).records(List.of(record, other, review))
                .finding(TestRun.finding(record, KIND, "IL6", "IL-6", "IL-6", Direction.INCREASED, Map.of("specimen", "serum")))
                .finding(TestRun.finding(record, KIND, "TNF", "TNF-α", "TNF-alpha", Direction.UNCHANGED, Map.of()))
                .finding(TestRun.finding(review, KIND, "IL6", "IL-6", "IL-6", Direction.INCREASED, Map.of()))
                .duplicatesMerged(3).recordsSkipped(1)
                .build();

        Counts counts = run.summary().counts();
        assertThat(counts).isEqualTo(new Counts(7, 3, 1, 0, 3, 2, 3));
        assertThat(run.summary().runDate()).isEqualTo(TestRun.DEFAULT_RUN_DATE);
        assertThat(run.summary().inputs().get(0).sha256()).hasSize(64);
        assertThat(run.records()).extracting(r -> r.record().id() + ":" + r.design().type().label() + ":" + r.findings().size())
                .containsExactly("101:primary:2", "102:primary:0", "103:review:1");
        Synthesis.KindSynthesis kind = run.synthesis().kind("level-change");
        assertThat(kind.strata().get(0).subjects()).extracting(s -> s.key() + ":" + s.studies()).containsExactly("IL6:1", "TNF:1");
        assertThat(kind.studiesNotVoting()).containsExactly(new Synthesis.DesignCount(StudyDesign.Type.REVIEW, 1));
    }

    @Test
    void aGivenDesignReplacesTheCoresReadingAndVotesAsItWouldAndAFailedRunSaysWhy() {
        StudyDesign erratum = new StudyDesign(StudyDesign.Type.NOTICE, false, "publication type: Published Erratum");
        TestRun run = TestRun.builder(KIND).record(record)
                .finding(TestRun.finding(record, KIND, "IL6", "IL-6", "IL-6", Direction.INCREASED, Map.of("specimen", "serum")))
                .design("101", erratum)
                .failure("1 problem met and --strict was given")
                .build();

        assertThat(run.records()).singleElement().extracting(RecordFindings::design).isEqualTo(erratum);
        Synthesis.KindSynthesis kind = run.synthesis().kind("level-change");
        assertThat(kind.strata()).isEmpty();
        assertThat(kind.studiesNotVoting()).containsExactly(new Synthesis.DesignCount(StudyDesign.Type.NOTICE, 1));
        assertThat(run.summary().failure()).isEqualTo("1 problem met and --strict was given");
        assertThat(TestRun.builder(KIND).record(record).build().summary().failure()).isNull();
    }

    @Test
    void aReporterKnowsFromItsStartWhichStudiesVoteAsTheSynthesisCountsThem(@TempDir Path out) throws IOException {
        BibliographicRecord review = BibliographicRecord.builder().pmid("103").title("IL-6: a review").publicationType("Review")
                .section(null, "IL-6 is raised.").build();
        BibliographicRecord retracted = BibliographicRecord.builder().pmid("104").title("IL-6 in gout").publicationType("Journal Article")
                .publicationType("Retracted Publication").section(null, "Serum IL-6 was higher.").build();
        List<String> asked = new ArrayList<>();
        Reporter reporter = new Reporter() {
            @Override
            public String name() {
                return "votes-as-they-come";
            }

            @Override
            public String description() {
                return "asks which studies vote as records arrive";
            }

            @Override
            public ReportWriter start(ReportContext context) {
                return new ReportWriter() {
                    @Override
                    public void record(RecordFindings delivered) {
                        asked.add(delivered.record().id() + ":" + context.votes(delivered.design()));
                    }

                    @Override
                    public void finish(RunSummary summary, Synthesis synthesis) {
                        asked.add("finish");
                    }
                };
            }
        };

        TestRun.builder(KIND).records(List.of(record, review, retracted)).build().report(reporter, Map.of(), out.resolve("default"));
        assertThat(asked).containsExactly("101:true", "103:false", "104:false", "finish");

        asked.clear();
        TestRun.builder(KIND).records(List.of(record, review, retracted)).retractedVotes(true)
                .votingDesigns(java.util.Set.of(StudyDesign.Type.REVIEW)).build().report(reporter, Map.of(), out.resolve("reviews"));
        assertThat(asked).containsExactly("101:false", "103:true", "104:false", "finish");

        asked.clear();
        TestRun.builder(KIND).records(List.of(record, review, retracted)).retractedVotes(true).build()
                .report(reporter, Map.of(), out.resolve("retracted"));
        assertThat(asked).as("a retracted primary study votes when retracted publications may")
                .containsExactly("101:true", "103:false", "104:true", "finish");
    }

    /**
     * The review of session 25, A5: {@code report} passed a reporter that left a stream of {@code OutputFolder.create} open,
     * which a run fails (the file may lack what it buffered), so a plugin's test passed on a file no run keeps.
     */
    @Test
    void aReporterThatLeavesAStreamOpenFailsAsInARun(@TempDir Path out) {
        Reporter leaky = new Reporter() {
            @Override
            public String name() {
                return "leaky";
            }

            @Override
            public String description() {
                return "creates a file and never closes it";
            }

            @Override
            public ReportWriter start(ReportContext context) throws IOException {
                java.io.OutputStream stream = context.output().create("counts.txt");
                return new ReportWriter() {
                    @Override
                    public void record(RecordFindings delivered) throws IOException {
                        stream.write('.');
                    }

                    @Override
                    public void finish(RunSummary summary, Synthesis synthesis) {
                    }
                };
            }
        };

        assertThatThrownBy(() -> TestRun.builder(KIND).records(List.of(record)).build().report(leaky, Map.of(), out.resolve("leaky")))
                .isInstanceOf(IOException.class).hasMessageStartingWith("leaky did not close counts.txt, which it created with"
                        + " OutputFolder.create");
    }

    @Test
    void checkOptionsIsAskedAsInARunWhereWhichStudiesVoteIsNotKnownYet(@TempDir Path out) {
        Reporter asksTooEarly = new Reporter() {
            @Override
            public String name() {
                return "asks-too-early";
            }

            @Override
            public String description() {
                return "asks which studies vote in checkOptions";
            }

            @Override
            public void checkOptions(ExtensionContext context, List<FindingKind> findingKinds) {
                ((ReportContext) context).votes(new StudyDesign(StudyDesign.Type.PRIMARY, false, "test"));
            }

            @Override
            public ReportWriter start(ReportContext context) {
                throw new AssertionError("not reached");
            }
        };
        assertThatThrownBy(() -> TestRun.builder(KIND).record(record).build().report(asksTooEarly, Map.of(), out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in checkOptions");
    }

    @Test
    void aDesignGivenForARecordTheRunDoesNotHoldIsRefused() {
        StudyDesign notice = new StudyDesign(StudyDesign.Type.NOTICE, false, "test");
        assertThatThrownBy(() -> TestRun.builder(KIND).record(record).design("999", notice).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
    }

    @Test
    void aReporterThatReadsNoMetadataGetsRecordsWithoutIt(@TempDir Path out) throws IOException {
        BibliographicRecord withMetadata = BibliographicRecord.builder().pmid("104").title("IL-6 in saliva").metadata("LA", "eng").build();
        TestRun run = TestRun.builder(KIND).record(withMetadata).build();

        assertThat(metadataSeen(run, true, out.resolve("reads"))).containsExactly(Map.of("LA", List.of("eng")));
        assertThat(metadataSeen(run, false, out.resolve("does-not"))).containsExactly(Map.of());
    }

    /** The metadata a reporter that says {@code reads} is given, record by record. */
    private static List<Map<String, List<String>>> metadataSeen(TestRun run, boolean reads, Path out) throws IOException {
        List<Map<String, List<String>>> seen = new ArrayList<>();
        Reporter reporter = new Reporter() {
            @Override
            public String name() {
                return "metadata-watcher";
            }

            @Override
            public String description() {
                return "notes the metadata it is given";
            }

            @Override
            public boolean readsMetadata(ExtensionContext context) {
                return reads;
            }

            @Override
            public ReportWriter start(ReportContext context) {
                return new ReportWriter() {
                    @Override
                    public void record(RecordFindings record) {
                        seen.add(record.record().metadata());
                    }

                    @Override
                    public void finish(RunSummary summary, Synthesis synthesis) {
                    }
                };
            }
        };
        run.report(reporter, Map.of(), out);
        return seen;
    }

    @Test
    void reportDrivesAReporterAsTheRuntimeDoesAndCommitsItsFiles(@TempDir Path out) throws IOException {
        TestRun run = TestRun.builder(KIND).record(record)
                .finding(TestRun.finding(record, KIND, "IL6", "IL-6", "IL-6", Direction.INCREASED, Map.of())).build();
        Reporter counting = new Reporter() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public String description() {
                return "counts";
            }

            @Override
            public ReportWriter start(ReportContext context) {
                assertThat(context.findingKinds()).containsExactly(KIND);
                return new ReportWriter() {
                    private final StringBuilder seen = new StringBuilder();

                    @Override
                    public void record(RecordFindings delivered) {
                        seen.append(delivered.record().id()).append('=').append(delivered.findings().size()).append('\n');
                    }

                    @Override
                    public void finish(RunSummary summary, Synthesis synthesis) throws IOException {
                        context.output().writeText("seen.txt", w -> w.write(seen + "kinds " + synthesis.kinds().size() + "\n"));
                    }
                };
            }
        };

        assertThat(run.report(counting, Map.of(), out.resolve("r"))).containsExactly(Path.of("seen.txt"));
        assertThat(Files.readString(out.resolve("r/seen.txt"))).isEqualTo("101=1\nkinds 1\n");
    }

    /** A reporter's check of its options against the run's kinds is asked first, as the runtime asks it, so a plugin's test sees its refusal. */
    @Test
    void reportAsksTheReportersCheckOfItsOptionsWithTheRunsKindsBeforeItStarts(@TempDir Path out) {
        List<String> calls = new ArrayList<>();
        Reporter refusing = new Reporter() {
            @Override
            public String name() {
                return "refusing";
            }

            @Override
            public String description() {
                return "refuses every run";
            }

            @Override
            public void checkOptions(ExtensionContext context, List<FindingKind> findingKinds) {
                calls.add("check " + findingKinds.stream().map(FindingKind::name).toList());
                throw new IllegalArgumentException("the run makes no findings of kind 'levels'");
            }

            @Override
            public ReportWriter start(ReportContext context) {
                calls.add("start");
                return (summary, synthesis) -> {
                };
            }
        };

        assertThatThrownBy(() -> TestRun.builder(KIND).record(record).build().report(refusing, Map.of(), out.resolve("r")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the run makes no findings of kind 'levels'");
        assertThat(calls).containsExactly("check [level-change]");
    }

    /**
     * A test that drives a reporter itself gets the context the runtime would make: options bound,
     * the run's kinds, its voting rule, a scratch folder and a view of an output folder that
     * stages files until the commit and gives a name to one reporter only.
     */
    @Test
    void openOutputsGivesAReportersContextAsARunMakesItAndStagesItsFilesUntilTheCommit(@TempDir Path out) throws IOException {
        TestRun run = TestRun.builder(KIND).record(record).build();
        Reporter writesOneFile = new OneFileReporter();
        Path target = out.resolve("run");

        try (TestRun.Outputs outputs = run.openOutputs(target)) {
            ReportContext context = outputs.contextFor(writesOneFile, Map.of("file", "one.txt"));
            assertThat(context.options(FileOptions.class)).isEqualTo(new FileOptions("one.txt"));
            assertThat(context.findingKinds()).containsExactly(KIND);
            assertThat(context.votes(new StudyDesign(StudyDesign.Type.PRIMARY, false, "test"))).isTrue();
            assertThat(context.votes(new StudyDesign(StudyDesign.Type.REVIEW, false, "test"))).isFalse();
            assertThat(context.scratchFolder()).isEmptyDirectory();
            Files.writeString(context.scratchFolder().resolve("spool.txt"), "spooled");

            writesOneFile.start(context).close();
            assertThat(outputs.files()).containsExactly(Path.of("one.txt"));
            assertThat(target.resolve("one.txt")).as("staged until the commit").doesNotExist();
            // a name one reporter created is refused to another, as in a run
            assertThatThrownBy(() -> outputs.folderFor("other").create("one.txt"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one-file");

            outputs.commit();
            assertThat(target.resolve("one.txt")).exists();
        }
        try (var left = Files.walk(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("the scratch folder goes with the run").doesNotContain("spool.txt");
        }
    }

    @Test
    void outputsClosedWithoutACommitLeaveTheFolderAsItWasAndABadOptionOrFolderIsRefused(@TempDir Path out) throws IOException {
        TestRun run = TestRun.builder(KIND).record(record).build();
        Path target = out.resolve("run");
        try (TestRun.Outputs outputs = run.openOutputs(target)) {
            outputs.folderFor("other").writeText("other.txt", w -> w.write("x"));
            assertThat(outputs.files()).containsExactly(Path.of("other.txt"));
        }
        assertThat(target.resolve("other.txt")).doesNotExist();

        Reporter refusing = new Reporter() {
            @Override
            public String name() {
                return "refusing";
            }

            @Override
            public String description() {
                return "refuses every run";
            }

            @Override
            public void checkOptions(ExtensionContext context, List<FindingKind> findingKinds) {
                throw new IllegalArgumentException("the run makes no findings of kind 'levels'");
            }

            @Override
            public ReportWriter start(ReportContext context) {
                throw new AssertionError("not reached");
            }
        };
        try (TestRun.Outputs outputs = run.openOutputs(target)) {
            assertThatThrownBy(() -> outputs.contextFor(refusing, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("the run makes no findings of kind 'levels'");
        }

        Path file = Files.writeString(out.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> run.openOutputs(file)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a file");
    }

    /** The test a reporter's guide shows (plugin-guide.md §8): a file name another reporter of the run took first is refused at its start. */
    @Test
    void aFileNameAnotherReporterTookFirstIsRefusedWhenTheReporterStarts(@TempDir Path out) throws IOException {
        TestRun run = TestRun.builder(KIND).record(record).build();
        Reporter reporter = new OneFileReporter();
        // tag::outputs[]
        try (TestRun.Outputs outputs = run.openOutputs(out.resolve("run"))) {
            outputs.folderFor("other-reporter").create("one.txt").close(); // another reporter of the run takes the name first
            ReportContext context = outputs.contextFor(reporter, Map.of("file", "one.txt"));

            assertThatThrownBy(() -> reporter.start(context)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'one.txt' is written by other-reporter already: each file of the outputs has one writer");
        }
        // end::outputs[]
    }

    /** A reporter that creates the one file its option names when it starts, as the bundled reporters create theirs. */
    private static final class OneFileReporter implements Reporter {
        @Override
        public String name() {
            return "one-file";
        }

        @Override
        public String description() {
            return "writes one file when it starts";
        }

        @Override
        public Class<? extends Record> optionsType() {
            return FileOptions.class;
        }

        @Override
        public ReportWriter start(ReportContext context) throws IOException {
            context.output().create(context.options(FileOptions.class).file()).close();
            return (summary, synthesis) -> {
            };
        }
    }

    /** The options of {@link OneFileReporter}: the one file it writes. */
    public record FileOptions(String file) {
    }

    @Test
    void aMentionTheRecordLacksIsAClearError() {
        assertThatThrownBy(() -> TestRun.finding(record, KIND, "IL2", "IL-2", "IL-2", Direction.INCREASED, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101").hasMessageContaining("'IL-2'");
    }
}
