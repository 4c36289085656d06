package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.RunSummary;
import org.evidentia.api.StudyDesign;
import org.junit.jupiter.api.Test;

/** What reporters, whose files are shared, are told of paths under the user's home folder (review L5). */
class SharedPathsTest {

    private static final StudyDesign DESIGN = new StudyDesign(StudyDesign.Type.PRIMARY, false, "a test");

    private final SharedPaths shared = SharedPaths.under("/home/ana");

    @Test
    void aPathUnderTheHomeFolderIsWrittenFromTilde() {
        assertThat(shared.text("/home/ana/exports/a.nbib")).isEqualTo("~/exports/a.nbib");
        assertThat(shared.text("the same file as /home/ana/x.txt, read once")).isEqualTo("the same file as ~/x.txt, read once");
        assertThat(shared.text("/home/ana")).isEqualTo("~");
        assertThat(SharedPaths.under("/home/ana/").text("/home/ana/a.nbib")).isEqualTo("~/a.nbib");
    }

    @Test
    void anotherUsersFolderOrAPathHoldingTheHomeFolderFurtherOnStays() {
        for (String kept : List.of("/home/anabel/a.nbib", "/mnt/home/ana/a.nbib", "exports/home/ana/a.nbib", "../ana/a.nbib", "/data/a.nbib")) {
            assertThat(shared.text(kept)).isEqualTo(kept);
        }
        assertThat(shared.text(null)).isNull();
    }

    @Test
    void noHomeOrTheRootChangesNothing() {
        for (String home : new String[] {null, "", "/", "relative"}) {
            assertThat(SharedPaths.under(home).text("/home/ana/a.nbib")).isEqualTo("/home/ana/a.nbib");
        }
    }

    @Test
    void everyPathOfTheSummaryIsWrittenFromTildeAndNothingElseChanges() {
        String file = "/home/ana/exports/a.nbib";
        RunSummary summary = new RunSummary("0.1.0", Instant.EPOCH, List.of(new RunSummary.InputSummary(file, "ab", "medline", 2, 1)),
                List.of(), Map.of("cytokines", Map.of("lexicon", "\"/home/ana/lex.tsv\"", "mode", "\"strict\"")),
                new RunSummary.Counts(2, 0, 1, 0, 0, 1, 0),
                List.of(new RunSummary.Problem(RunSummary.Problem.Kind.SKIPPED_RECORD, "medline", file, 2, 7, null, "bad line in " + file)),
                List.of(file + ": kept the text of 1 record"), List.of(new RunSummary.Duplicate("1", List.of(new Origin("medline", file, 1, 1),
                        new Origin("medline", "b.nbib", 1, 1)))),
                RunSummary.Focus.NONE, Map.of(), null, new RunSummary.Exclusions("/home/ana/ex.csv", "cd", Map.of()),
                List.of(new RunSummary.OptionFile("cytokines", "lexicon", "/home/ana/lex.tsv", "ef")));

        RunSummary s = shared.summary(summary);

        assertThat(s.inputs().get(0)).isEqualTo(new RunSummary.InputSummary("~/exports/a.nbib", "ab", "medline", 2, 1));
        assertThat(s.options().get("cytokines")).containsExactly(Map.entry("lexicon", "\"~/lex.tsv\""), Map.entry("mode", "\"strict\""));
        assertThat(s.problems().get(0)).isEqualTo(new RunSummary.Problem(RunSummary.Problem.Kind.SKIPPED_RECORD, "medline",
                "~/exports/a.nbib", 2, 7, null, "bad line in ~/exports/a.nbib"));
        assertThat(s.notices()).containsExactly("~/exports/a.nbib: kept the text of 1 record");
        assertThat(s.duplicates().get(0).origins()).extracting(Origin::file).containsExactly("~/exports/a.nbib", "b.nbib");
        assertThat(s.exclusions().list()).isEqualTo("~/ex.csv");
        assertThat(s.optionFiles().get(0).path()).isEqualTo("~/lex.tsv");
        assertThat(s.counts()).isEqualTo(summary.counts());
        assertThat(s.runDate()).isEqualTo(summary.runDate());
    }

    @Test
    void aRecordFromUnderTheHomeFolderHasItsOriginsWrittenFromTildeAndAnotherIsHandedOnAsItIs() {
        BibliographicRecord fromHome = BibliographicRecord.builder().id("1").title("T")
                .origin(new Origin("medline", "/home/ana/a.nbib", 1, 1)).build();
        RecordFindings record = new RecordFindings(fromHome, DESIGN, List.of());

        RecordFindings s = shared.record(record);

        assertThat(s.record().origins()).containsExactly(new Origin("medline", "~/a.nbib", 1, 1));
        assertThat(s.record().title()).isEqualTo("T");
        RecordFindings elsewhere = new RecordFindings(BibliographicRecord.builder().id("2").title("T")
                .origin(new Origin("medline", "exports/a.nbib", 1, 1)).build(), DESIGN, List.of());
        assertThat(shared.record(elsewhere)).isSameAs(elsewhere);
    }
}
