package org.evidentia.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyDesign;
import org.evidentia.runtime.engine.RunRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input applied again with {@code --force} (the baseline, to re-extract after a plugin upgrade)
 * is as old as its first application: its text of a record does not replace the text of the same
 * version that a later input wrote (a retraction, a correction), while a new input's still does.
 */
class ForcedOlderInputTest {

    private static final StudyDesign PRIMARY = new StudyDesign(StudyDesign.Type.PRIMARY, false, "no publication type or cue: primary study");
    private static final StudyDesign RETRACTED = new StudyDesign(StudyDesign.Type.PRIMARY, true, "publication type: Retracted Publication");

    @TempDir
    Path dir;

    private static RecordFindings record(String pmid, String text, String file, StudyDesign design) {
        BibliographicRecord r = BibliographicRecord.builder().pmid(pmid).version(1).title("Study " + pmid).section("RESULTS", text)
                .journal("J Test").year(2021).origin(new Origin("pubmed-xml", file, 1, 0)).build();
        return new RecordFindings(r, design, List.of());
    }

    private record Input(String name, List<RecordFindings> records) {
        Input(String name, RecordFindings... records) {
            this(name, List.of(records));
        }
    }

    /** Applies the inputs in one run whose caller knew their checksums beforehand ({@code sha-NAME}), as run --store does. */
    private static StoreRecorder apply(FindingsStore store, Input... inputs) throws Exception {
        Map<String, String> digests = new java.util.HashMap<>();
        for (Input input : inputs) {
            digests.put(input.name(), "sha-" + input.name());
        }
        try (StoreRecorder recorder = store.recorder(StoreRunSettings.of("run").withInputs(List.of(), digests))) {
            recorder.started(new RunRecorder.RunStart("0.1.0", Instant.EPOCH, List.of(), Map.of(), List.of()));
            for (int i = 0; i < inputs.length; i++) {
                for (RecordFindings r : inputs[i].records()) {
                    recorder.record(r);
                }
                long n = inputs[i].records().size();
                recorder.inputEnded(new RunRecorder.InputEnd(i, new RunSummary.InputSummary(inputs[i].name(), "sha-" + inputs[i].name(),
                        "pubmed-xml", n, 0), true, 0, 0, List.of(), List.of(), List.of()));
            }
            recorder.finish(new RunSummary("0.1.0", Instant.EPOCH, List.of(), List.of(), Map.of(), new RunSummary.Counts(0, 0, 0, 0, 0, 0, 0),
                    List.of(), List.of(), List.of(), RunSummary.Focus.NONE), null);
            return recorder;
        }
    }

    private static List<String> replayed(FindingsStore store) throws Exception {
        List<String> lines = new ArrayList<>();
        store.stored().replay(r -> lines.add(r.record().id() + " " + r.record().sections().get(0).text()
                + (r.design().retracted() ? " (retracted)" : "")));
        return lines;
    }

    @Test
    void aForcedOlderInputLeavesTheLaterTextOfTheSameVersionAndSaysSoWhileANewInputStillRevises() throws Exception {
        Input baseline = new Input("base.xml", record("1", "IL-6 was higher in cases.", "base.xml", PRIMARY),
                record("2", "Nothing measured.", "base.xml", PRIMARY), record("3", "IL-8 was lower.", "base.xml", PRIMARY));
        Input update = new Input("upd.xml", record("1", "IL-6 was higher in cases. Retracted.", "upd.xml", RETRACTED),
                record("3", "IL-8 was lower [corrected].", "upd.xml", PRIMARY));
        try (FindingsStore store = FindingsStore.open(dir.resolve("review.db"))) {
            apply(store, baseline);
            apply(store, update);
            List<String> updated = replayed(store);
            assertThat(updated).containsExactly("1 IL-6 was higher in cases. Retracted. (retracted)", "2 Nothing measured.",
                    "3 IL-8 was lower [corrected].");

            // the baseline again, forced: its older texts of records 1 and 3 replace nothing, record 2 is unchanged
            StoreRecorder forced = apply(store, baseline);
            assertThat(replayed(store)).as("still retracted, still corrected").isEqualTo(updated);
            assertThat(forced.changes().superseded()).isEqualTo(2);
            assertThat(forced.changes().unchanged()).isEqualTo(1);
            assertThat(forced.changes().revised()).isZero();
            assertThat(forced.laterTextsKept()).as("retractions first").containsExactly(
                    new LaterTextKept("1", 1, true, "upd.xml"), new LaterTextKept("3", 1, false, "upd.xml"));
            assertThat(store.check()).isEmpty();

            // the update forced after it: its texts are the store's (unchanged), nothing kept
            StoreRecorder updateAgain = apply(store, update);
            assertThat(updateAgain.changes().unchanged()).isEqualTo(2);
            assertThat(updateAgain.laterTextsKept()).isEmpty();

            // both in one forced run, in their order, as after an upgrade: the update this run applies again re-extracts what
            // the baseline left standing, so nothing is told to apply again (the review of session 27, V9)
            StoreRecorder whole = apply(store, baseline, update);
            assertThat(whole.changes().superseded()).isEqualTo(2);
            assertThat(whole.laterTextsKept()).isEmpty();
            assertThat(replayed(store)).isEqualTo(updated);

            // a new input (never applied) of the same version is the latest text, as before: it revises; but not a retraction, which
            // PubMed does not take back: a copy of the retracted version without it is an older text (the review of session 25, L5)
            StoreRecorder corrected = apply(store, new Input("upd2.xml", record("1", "IL-6 was higher in cases.", "upd2.xml", PRIMARY),
                    record("3", "IL-8 was lower [corrected again].", "upd2.xml", PRIMARY)));
            assertThat(corrected.changes().revised()).isEqualTo(1);
            assertThat(corrected.changes().superseded()).isEqualTo(1);
            assertThat(replayed(store)).containsExactly("1 IL-6 was higher in cases. Retracted. (retracted)", "2 Nothing measured.",
                    "3 IL-8 was lower [corrected again].");
        }
    }

    /**
     * The review of session 28, K1: PubMed's update 1235 downloaded a day late, after 1236, replaced 1236's later correction with
     * its older text without a word. A PubMed file numbered before the one that wrote a text is older, however new to the store:
     * the later text stays, and is told; its new records are added; files of other names are still the latest when first applied.
     */
    @Test
    void aPubmedUpdateFileThatArrivesLateLeavesTheLaterNumberedFilesTextsAndSaysSo() throws Exception {
        Input baseline = new Input("baseline/pubmed26n0001.xml.gz", record("1", "IL-6 was higher.", "baseline/pubmed26n0001.xml.gz", PRIMARY),
                record("2", "Nothing measured.", "baseline/pubmed26n0001.xml.gz", PRIMARY));
        Input later = new Input("updates/pubmed26n1236.xml.gz", record("1", "IL-6 was higher [corrected again].",
                "updates/pubmed26n1236.xml.gz", PRIMARY));
        Input late = new Input("updates/pubmed26n1235.xml.gz", record("1", "IL-6 was higher [corrected].", "updates/pubmed26n1235.xml.gz",
                PRIMARY), record("2", "Nothing measured [corrected].", "updates/pubmed26n1235.xml.gz", PRIMARY),
                record("9", "A new study.", "updates/pubmed26n1235.xml.gz", PRIMARY));
        try (FindingsStore store = FindingsStore.open(dir.resolve("review.db"))) {
            apply(store, baseline);
            apply(store, later);
            StoreRecorder arrived = apply(store, late);

            assertThat(replayed(store)).containsExactly("1 IL-6 was higher [corrected again].", "2 Nothing measured [corrected].",
                    "9 A new study.");
            assertThat(arrived.changes().superseded()).isEqualTo(1);
            assertThat(arrived.changes().revised()).as("record 2, which 1236 did not touch").isEqualTo(1);
            assertThat(arrived.changes().added()).isEqualTo(1);
            assertThat(arrived.laterTextsKept()).containsExactly(new LaterTextKept("1", 1, false, "updates/pubmed26n1236.xml.gz"));
        }
    }

    @Test
    void theSameRecordTwiceInOneInputKeepsTheLaterCopyAndAnInputAppliedFirstAfterTheOtherStillWins() throws Exception {
        Input update = new Input("upd.xml", record("1", "Second text.", "upd.xml", PRIMARY));
        // applied out of order: the update first, then the baseline (new to the store, so its text is the latest), then both forced
        Input baseline = new Input("base.xml", record("1", "First text.", "base.xml", PRIMARY), record("1", "First text, again.", "base.xml",
                PRIMARY));
        try (FindingsStore store = FindingsStore.open(dir.resolve("review.db"))) {
            apply(store, update);
            apply(store, baseline);
            assertThat(replayed(store)).containsExactly("1 First text, again.");
            StoreRecorder forced = apply(store, update, baseline);
            // the forced update is older than the baseline's first application: it replaces nothing; and the baseline, applied
            // after it in the same run, wrote record 1 again, so nothing is left to apply again (the review of session 27, V9)
            assertThat(forced.changes().superseded()).isEqualTo(1);
            assertThat(forced.laterTextsKept()).isEmpty();
            assertThat(replayed(store)).containsExactly("1 First text, again.");
        }
    }
}
