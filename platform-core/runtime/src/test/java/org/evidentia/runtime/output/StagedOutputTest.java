package org.evidentia.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.evidentia.api.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCommittedRunReplacesTheWholeFolderAndLeavesNothingOfTheLastRun() throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput first = StagedOutput.open(out)) {
            first.folderFor("a").writeText("report.html", w -> w.write("first"));
            first.folderFor("b").writeText("table.csv", w -> w.write("first"));
            first.commit();
        }
        try (StagedOutput second = StagedOutput.open(out)) {
            second.folderFor("a").writeText("report.html", w -> w.write("second"));
            assertThat(out.resolve("report.html")).as("nothing shows before the commit").hasContent("first");
            second.commit();
        }
        assertThat(names(out)).containsExactly(StagedOutput.MARKER, "report.html");
        assertThat(out.resolve("report.html")).hasContent("second");
        assertThat(names(dir)).as("no work folder and no lock file left").containsExactly("out");
    }

    /** An explorer's s22, L5: a disabled reporter's report.html went with the previous outputs without a word. */
    @Test
    void theFilesOfThePreviousRunThatThisRunDidNotWriteAreNamed() throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput fresh = StagedOutput.open(out)) {
            fresh.folderFor("a").writeText("report.html", w -> w.write("first"));
            fresh.folderFor("b").writeText("tables/table.csv", w -> w.write("first"));
            assertThat(fresh.previousFilesNotWritten()).as("a new folder had no run before").isEmpty();
            fresh.commit();
        }
        try (StagedOutput second = StagedOutput.open(out)) {
            second.folderFor("b").writeText("tables/table.csv", w -> w.write("second"));
            second.folderFor(StagedOutput.ENGINE).writeText(StagedOutput.RUN_RECORD, w -> w.write("{}"));
            assertThat(second.previousFilesNotWritten()).containsExactly("report.html");
            second.folderFor("a").writeText("report.html", w -> w.write("second"));
            assertThat(second.previousFilesNotWritten()).isEmpty();
        }
    }

    /** The folder {@code out} as a run left it that wrote one file. */
    private Path committedRun(String owner, String name, String text) throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput run = StagedOutput.open(out)) {
            run.folderFor(owner).writeText(name, w -> w.write(text));
            run.commit();
        }
        return out;
    }

    @Test
    void aRunThatDoesNotCommitLeavesThePreviousOutputsAsTheyWere() throws Exception {
        Path out = committedRun("a", "table.csv", "complete");
        try (StagedOutput failed = StagedOutput.open(out)) {
            try (OutputStream half = failed.folderFor("a").create("table.csv")) {
                half.write("half a tab".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(out.resolve("table.csv")).hasContent("complete");
        assertThat(names(dir)).as("no work folder and no lock file left").containsExactly("out");
    }

    @Test
    void aKillBetweenTheTwoRenamesIsRepairedByTheNextRun() throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput first = StagedOutput.open(out)) {
            first.folderFor("a").writeText("table.csv", w -> w.write("previous"));
            first.commit();
        }
        // what a run killed after its first rename leaves: no target, the previous outputs in the work folder
        Files.createDirectories(dir.resolve(".out.work"));
        Files.move(out, dir.resolve(".out.work/previous"));

        try (StagedOutput next = StagedOutput.open(out)) {
            assertThat(out.resolve("table.csv")).hasContent("previous");
        }
        assertThat(out.resolve("table.csv")).hasContent("previous");
    }

    @Test
    void aFolderEvidentiaDidNotWriteIsNeverEmptied() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(mine.resolve("chapter1.tex"), "precious");

        assertThatThrownBy(() -> StagedOutput.open(mine)).isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("holds files that Evidentia did not write (e.g. chapter1.tex)");
        assertThat(mine.resolve("chapter1.tex")).hasContent("precious");
        assertThat(names(dir)).as("the lock taken to judge the folder is gone with the refusal").containsExactly("thesis");

        // -o . in a folder where an earlier run wrote ./review: it named ".review.lock", which Evidentia did
        // write (a run that was killed leaves it); review/ (sorted before thesis.tex) is Evidentia's too
        Path working = Files.createDirectories(dir.resolve("working"));
        try (StagedOutput output = StagedOutput.open(working.resolve("review"))) {
            output.commit();
        }
        Files.writeString(working.resolve(".review.lock"), "");
        Files.writeString(working.resolve("thesis.tex"), "the user's own");
        assertThatThrownBy(() -> StagedOutput.open(working)).isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("holds files that Evidentia did not write (e.g. thesis.tex)");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        try (StagedOutput output = StagedOutput.open(empty)) {
            output.commit();
        }
        assertThat(names(empty)).containsExactly(StagedOutput.MARKER);
    }

    @Test
    void aFileAddedToAnOutputFolderSinceItsRunIsNeverDeletedByTheNext() throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput first = StagedOutput.open(out)) {
            first.folderFor("a").writeText("report.html", w -> w.write("first"));
            first.folderFor("b").writeText("tables/studies.csv", w -> w.write("first"));
            first.commit();
        }
        Files.writeString(out.resolve("screening-notes.txt"), "the user's own");
        Files.writeString(out.resolve("tables/my-extra.csv"), "the user's own");

        assertThatThrownBy(() -> StagedOutput.open(out)).isInstanceOf(OutputFolderException.class)
                .hasMessage("output folder " + out + " holds 2 files that its last run did not write (screening-notes.txt, tables/my-extra.csv),"
                        + " which a run would delete with the rest: move them elsewhere to keep them; a run replaces its output folder's whole"
                        + " content, so give a new or empty folder with -o");
        assertThat(out.resolve("screening-notes.txt")).hasContent("the user's own");

        Files.delete(out.resolve("screening-notes.txt"));
        Files.delete(out.resolve("tables/my-extra.csv"));
        Files.delete(out.resolve("report.html")); // a file of the run deleted by hand is no reason to refuse
        for (String leftBySystemOrEditor : List.of(".DS_Store", "Thumbs.db", ".~lock.studies.csv#", "~$review.xlsx")) {
            Files.writeString(out.resolve(leftBySystemOrEditor), "");
        }
        try (StagedOutput second = StagedOutput.open(out)) {
            second.folderFor("a").writeText("report.html", w -> w.write("second"));
            second.commit();
        }
        assertThat(names(out)).containsExactly(StagedOutput.MARKER, "report.html");
    }

    @Test
    void aMarkerOfAnEarlierVersionListsNoFilesAndItsFolderIsReplacedWhole() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(StagedOutput.MARKER), "This folder is written by Evidentia: each run replaces its whole content.\n");
        Files.writeString(out.resolve("report.html"), "earlier");
        Files.writeString(out.resolve("anything.txt"), "earlier");
        try (StagedOutput run = StagedOutput.open(out)) {
            run.folderFor("a").writeText("report.html", w -> w.write("now"));
            run.commit();
        }
        assertThat(names(out)).containsExactly(StagedOutput.MARKER, "report.html");
        assertThat(out.resolve(StagedOutput.MARKER)).content().endsWith(StagedOutput.FILES_LISTED + "\nreport.html\n");
    }

    @Test
    void aFileGivenAsTheFolderIsRefusedPlainly() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        assertThatThrownBy(() -> StagedOutput.open(file)).isInstanceOf(OutputFolderException.class)
                .hasMessage("output folder " + file + " is a file, not a folder; give a folder with -o");
    }

    @Test
    void anOutputFolderThisUserCannotWriteIsRefusedPlainlyBeforeTheRunAndLeftAsItWas() throws Exception {
        Path out = committedRun("r", "a.txt", "A");
        Files.setPosixFilePermissions(out, java.util.Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(out), "running as a user who may write anywhere (root)");
            assertThatThrownBy(() -> StagedOutput.open(out)).isInstanceOf(OutputFolderException.class)
                    .hasMessage("output folder " + out + " is not writable by this user (permission denied): a run replaces its content;"
                            + " make it writable, or give another folder with -o");
            assertThat(out.resolve("a.txt")).hasContent("A");
            assertThat(names(dir)).as("no work folder and no lock file left").containsExactly("out");
        } finally {
            Files.setPosixFilePermissions(out, java.util.Set.of(PosixFilePermission.values()));
        }
    }

    @Test
    void aFolderWhoseParentThisUserCannotWriteIsRefusedByTheNameGivenAndTheParent() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(parent, java.util.Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(parent), "running as a user who may write anywhere (root)");
            Path out = parent.resolve("review");
            assertThatThrownBy(() -> StagedOutput.open(out)).isInstanceOf(OutputFolderException.class)
                    .hasMessage("output folder " + out + " cannot be written: its parent folder " + parent + " is not writable by this"
                            + " user (permission denied), and Evidentia writes its lock and working folder there; make it writable, or"
                            + " give another folder with -o");
            assertThat(names(parent)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(parent, java.util.Set.of(PosixFilePermission.values()));
        }
    }

    @Test
    void aLockFileThisUserCannotWriteIsBlamedNotTheParentFolder() throws Exception {
        // a review's reviewer's (2026-12-04): another user's run leaves a lock file that this user may not open for writing
        Path out = dir.resolve("review");
        Path lock = Files.writeString(dir.resolve(".review.lock"), "");
        Files.setPosixFilePermissions(lock, java.util.Set.of(PosixFilePermission.OWNER_READ));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(lock), "running as a user who may write anywhere (root)");
        assertThatThrownBy(() -> StagedOutput.open(out)).isInstanceOf(OutputFolderException.class)
                .hasMessage("output folder " + out + " cannot be locked: its lock file " + lock + " (owner "
                        + Files.getOwner(lock).getName() + ") is not writable by this user (permission denied; another user's run, running"
                        + " or ended, may have left it); if no run is writing the folder, remove it (in a folder such as /tmp only its owner"
                        + " or root may), or give another folder with -o");
    }

    /** An explorer's L7 (2026-12-04): it said "(FileAlreadyExistsException)". */
    @Test
    void aFolderBelowAFileIsRefusedInWordsNotByAnExceptionsName() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "");
        assertThatThrownBy(() -> StagedOutput.open(file.resolve("sub"))).isInstanceOf(OutputFolderException.class)
                .hasMessage("cannot create the folder " + file + " for the outputs (" + file + " is a file, not a folder)");
        assertThatThrownBy(() -> StagedOutput.open(file.resolve("sub/out"))).as("deeper, the system gives its reason")
                .hasMessage("cannot create the folder " + file.resolve("sub") + " for the outputs (Not a directory)");
    }

    @Test
    void aSecondRunOnTheSameFolderIsRefusedWhileTheFirstHoldsIt() throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput first = StagedOutput.open(out)) {
            assertThatThrownBy(() -> StagedOutput.open(out)).isInstanceOf(OutputFolderException.class)
                    .hasMessageContaining("is in use by another Evidentia run");
        }
        try (StagedOutput after = StagedOutput.open(out)) {
            after.commit();
        }
    }

    @Test
    void aFailedWritersFilesCanBeDiscardedAndNamesAreChecked() throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput output = StagedOutput.open(out)) {
            OutputFolder good = output.folderFor("good");
            OutputFolder bad = output.folderFor("bad");
            good.writeText("good.txt", w -> w.write("ok"));
            bad.writeText("sub/bad.txt", w -> w.write("half"));
            assertThatThrownBy(() -> bad.writeText("../escape.txt", w -> w.write("x"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> bad.writeText("good.txt", w -> w.write("x")))
                    .hasMessage("'good.txt' is written by good already: each file of the outputs has one writer");
            assertThatThrownBy(() -> good.writeText("good.txt", w -> w.write("x"))).hasMessage("'good.txt' is written twice by good");
            assertThatThrownBy(() -> bad.writeText("run.json", w -> w.write("{}")))
                    .hasMessageContaining("'run.json' is the run's own record").hasMessageContaining("no reporter may write it");
            assertThatThrownBy(() -> bad.writeText(StagedOutput.MARKER, w -> w.write("x")))
                    .hasMessage("'" + StagedOutput.MARKER + "' is not a file name inside the output folder");
            // the rule a reporter's checkOptions applies is the folder's own, for the names the folder keeps
            assertThatThrownBy(() -> OutputFolder.checkName(StagedOutput.MARKER)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OutputFolder.checkName(StagedOutput.RUN_RECORD)).isInstanceOf(IllegalArgumentException.class);
            output.discard("bad");
            assertThat(output.files()).containsExactly(Path.of("good.txt"));
            output.commit();
        }
        assertThat(out.resolve("good.txt")).hasContent("ok");
        assertThat(out.resolve("sub")).as("the failed writer's folder goes with its files").doesNotExist();
        assertThat(Files.getPosixFilePermissions(out.resolve("good.txt"))).as("umask 022 gives others read, as any file")
                .contains(PosixFilePermission.OTHERS_READ);
    }

    /**
     * Writers end at the same time: a name two of them ask for then fails both, told alike, whichever asked
     * first, so that which reporter fails does not depend on their timing; a name given before stays its owner's.
     */
    @Test
    void aNameAskedForByTwoOwnersAsTheyEndIsRefusedToBothWhicheverAskedFirst() throws Exception {
        for (List<String> asking : List.of(List.of("first", "second"), List.of("second", "first"))) {
            Path out = dir.resolve("out-" + asking.get(0));
            try (StagedOutput output = StagedOutput.open(out)) {
                OutputFolder started = output.folderFor("started");
                OutputFolder first = output.folderFor("first");
                OutputFolder second = output.folderFor("second");
                OutputFolder third = output.folderFor("third");
                started.writeText("early.txt", w -> w.write("given before the ends"));
                output.endsBegin();
                assertThatThrownBy(() -> first.writeText("early.txt", w -> w.write("x")))
                        .hasMessage("'early.txt' is written by started already: each file of the outputs has one writer");
                for (String owner : asking) {
                    (owner.equals("first") ? first : second).writeText("tables/shared.csv", w -> w.write("by " + owner));
                }
                third.writeText("third.txt", w -> w.write("alone"));
                // three ask for one name, the last in reporter order first; a clash is told by the first name (by place) of its owner's
                for (OutputFolder asker : List.of(third, second, first)) {
                    asker.writeText("z-all.txt", w -> w.write("mine"));
                }
                assertThatThrownBy(() -> second.writeText("tables/shared.csv", w -> w.write("again")))
                        .hasMessage("'tables/shared.csv' is written twice by second");

                String told = "'tables/shared.csv' is written by first and second, which asked for it as they finished: each file of the"
                        + " outputs has one writer, and a name asked for by more than one at the end is given to none";
                assertThat(output.clashAtTheEnd("first")).get().extracting(Throwable::getMessage).isEqualTo(told);
                assertThat(output.clashAtTheEnd("second")).get().extracting(Throwable::getMessage).isEqualTo(told);
                assertThat(output.clashAtTheEnd("first").orElseThrow().owner()).isEqualTo("second");
                String toAll = "'z-all.txt' is written by first, second and third, which asked for it as they finished: each file of the"
                        + " outputs has one writer, and a name asked for by more than one at the end is given to none";
                assertThat(output.clashAtTheEnd("third")).get().extracting(Throwable::getMessage).isEqualTo(toAll);
                assertThat(output.clashAtTheEnd("started")).isEmpty();
                // the one given a name holds its file till the run fails it; the others' copies were never in the outputs
                assertThat(output.files()).containsExactly(Path.of("early.txt"), Path.of("tables/shared.csv"), Path.of("third.txt"),
                        Path.of("z-all.txt"));
                // the run fails them in reporter order, discarding each one's files: what the later ones are told stays the same
                output.discard("first");
                assertThat(output.clashAtTheEnd("second")).get().extracting(Throwable::getMessage).isEqualTo(told);
                output.discard("second");
                assertThat(output.clashAtTheEnd("third")).get().extracting(Throwable::getMessage).isEqualTo(toAll);
                output.discard("third");
                assertThat(output.written()).extracting(StagedOutput.WrittenFile::path).containsExactly("early.txt");
                output.commit();
            }
            assertThat(names(out)).containsExactly(StagedOutput.MARKER, "early.txt");
        }
    }

    /** A run.json as every version writes it (shortened: the fields the recognition reads, in the writer's order). */
    private static final String EARLIER_RUN_JSON = """
            {
              "evidentia_version" : "0.1.0",
              "run_date" : "2026-01-31T00:00:00Z",
              "status" : "ok",
              "failure" : null,
              "inputs" : [ { "path" : "one.nbib", "sha256" : "ab", "source" : "medline", "records" : 1, "skipped" : 0 } ],
              "plugins" : [ ],
              "counts" : { "records_read" : 1, "findings" : 1 },
              "problems" : [ ],
              "timings_ms" : { "total" : 3 }
            }
            """;

    @Test
    void aFolderWithAnotherToolsRunJsonIsNeverEmptied() throws Exception {
        Path project = Files.createDirectories(dir.resolve("proj"));
        Files.writeString(project.resolve("run.json"), "{\"name\":\"another tool\"}");
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/thesis.docx"), "thesis draft");
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("src/main.py"), "code");

        assertThatThrownBy(() -> StagedOutput.open(project)).isInstanceOf(OutputFolderException.class)
                .hasMessage("output folder " + project + " holds files that Evidentia did not write (e.g. data/); a run replaces its"
                        + " output folder's whole content, so give a new or empty folder with -o");
        assertThat(project.resolve("data/thesis.docx")).hasContent("thesis draft");
        assertThat(project.resolve("src/main.py")).hasContent("code");
        assertThat(names(dir)).as("no work folder was made, and the lock taken to judge the folder is gone").containsExactly("proj");

        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.writeString(alone.resolve("run.json"), "{\"name\":\"another tool\"}");
        assertThatThrownBy(() -> StagedOutput.open(alone)).isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("output folder " + alone + " holds a run.json that is not Evidentia's run record"
                        + " (it does not begin with evidentia_version)");
        assertThat(alone.resolve("run.json")).hasContent("{\"name\":\"another tool\"}");
    }

    @Test
    void aRunJsonThatLooksLikeEvidentiasIsNotEnoughWhenItHasNoRunRecordsFieldsOrUnknownFilesBesideIt() throws Exception {
        Path extra = Files.createDirectories(dir.resolve("extra"));
        Files.writeString(extra.resolve("run.json"), EARLIER_RUN_JSON);
        Files.writeString(extra.resolve("report.html"), "old report");
        Files.writeString(extra.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> StagedOutput.open(extra)).isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("holds files that Evidentia did not write (e.g. notes.txt)");

        Path linked = Files.createDirectories(dir.resolve("linked"));
        Files.writeString(linked.resolve("run.json"), EARLIER_RUN_JSON);
        Files.createSymbolicLink(linked.resolve("report.html"), extra.resolve("notes.txt"));
        assertThatThrownBy(() -> StagedOutput.open(linked)).isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("holds files that Evidentia did not write (e.g. report.html (a link))");

        Path noCounts = Files.createDirectories(dir.resolve("nocounts"));
        Files.writeString(noCounts.resolve("run.json"), EARLIER_RUN_JSON.replace("\"counts\"", "\"totals\""));
        assertThatThrownBy(() -> StagedOutput.open(noCounts)).isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("holds a run.json that is not Evidentia's run record (it has no counts object)");

        Path truncated = Files.createDirectories(dir.resolve("truncated"));
        Files.writeString(truncated.resolve("run.json"), EARLIER_RUN_JSON.substring(0, 120));
        assertThatThrownBy(() -> StagedOutput.open(truncated)).isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("holds a run.json that is not Evidentia's run record (it is not valid JSON: ");

        for (Path folder : List.of(extra, noCounts, truncated)) {
            assertThat(folder.resolve("run.json")).exists();
        }
        assertThat(extra.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void anEarlierVersionsOutputFolderWithoutTheMarkerIsReplaced() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("run.json"), EARLIER_RUN_JSON);
        for (String name : List.of("report.html", "findings.jsonl", "review-table.csv", "studies.md", "review-tables.xlsx",
                "findings.bioc.xml", ".review-table.csv.4242-1.part")) {
            Files.writeString(out.resolve(name), "old");
        }
        try (StagedOutput output = StagedOutput.open(out)) {
            output.folderFor("a").writeText("report.html", w -> w.write("new"));
            output.commit();
        }
        assertThat(names(out)).containsExactly(StagedOutput.MARKER, "report.html");
        assertThat(out.resolve("report.html")).hasContent("new");
    }

    @Test
    void aLockFileThatIsASymbolicLinkIsRefusedAndNotFollowed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path planted = Files.createSymbolicLink(dir.resolve(".out.lock"), elsewhere.resolve("created-by-lock"));

        assertThatThrownBy(() -> StagedOutput.open(dir.resolve("out"))).isInstanceOf(OutputFolderException.class)
                .hasMessage("the lock file " + planted + " of output folder " + dir.resolve("out") + " is a symbolic link;"
                        + " Evidentia does not open its lock files through links: remove the link, or give another folder with -o");
        assertThat(elsewhere.resolve("created-by-lock")).doesNotExist();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aCreatedStreamItsOwnerLeftOpenIsNamedWhenItsPartEndsAndClosedWithWhatWasBuffered() throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput output = StagedOutput.open(out)) {
            OutputStream closed = output.folderFor("term-counts").create("counts.tsv");
            closed.write("closed\n".getBytes(StandardCharsets.UTF_8));
            closed.close();
            OutputStream leftOpen = output.folderFor("term-counts").create("records/left-open.tsv");
            leftOpen.write("buffered\n".getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> output.finished("term-counts")).isInstanceOf(java.io.IOException.class)
                    .hasMessage("term-counts did not close records/left-open.tsv, which it created with OutputFolder.create: the creator"
                            + " closes such a stream, and a file left open may lack what it had buffered");
            output.finished("term-counts"); // said once: the stream is closed now
            output.finished("no-files");
            output.commit();
        }
        assertThat(out.resolve("records/left-open.tsv")).hasContent("buffered");
    }

    @Test
    void aCreatedStreamLeftOpenAtTheCommitIsClosedSoItsFileHoldsWhatTheRuntimeBuffered() throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput output = StagedOutput.open(out)) {
            OutputStream leftOpen = output.folderFor("term-counts").create("left-open.tsv");
            leftOpen.write("a line the reporter wrote\n".getBytes(StandardCharsets.UTF_8));
            output.commit();
        }
        assertThat(out.resolve("left-open.tsv")).as("not an empty file").hasContent("a line the reporter wrote");
    }

    @Test
    void eachFileWrittenWholeIsListedByItsSizeAndTheSha256OfItsBytesOnDiskButNotADiscardedOwnersNorOneStillOpen() throws Exception {
        Path out = dir.resolve("out");
        byte[] large = new byte[200_000]; // more than the runtime's buffer: the digest sees it in pieces
        new java.util.Random(7).nextBytes(large);
        List<StagedOutput.WrittenFile> written;
        try (StagedOutput output = StagedOutput.open(out)) {
            output.folderFor("html").writeText("report.html", w -> w.write("<p>caf\u00e9</p>"));
            output.folderFor("bin").write("sub/large.bin", s -> {
                s.write(large, 0, 1000);
                s.write(large[1000]);
                s.write(large, 1001, large.length - 1001);
            });
            try (OutputStream created = output.folderFor("tsv").create("counts.tsv")) {
                created.write("a\t1\n".getBytes(StandardCharsets.UTF_8));
            }
            output.folderFor("failed").writeText("partial.csv", w -> w.write("x"));
            output.discard("failed");
            OutputStream leftOpen = output.folderFor("late").create("late.txt");
            leftOpen.write('z');

            assertThat(output.written()).extracting(StagedOutput.WrittenFile::path).as("neither the discarded file nor the open one")
                    .containsExactly("counts.tsv", "report.html", "sub/large.bin");
            assertThatThrownBy(() -> output.finished("late")).as("said, and closed: a file of the outputs now unless the caller discards it")
                    .hasMessageStartingWith("late did not close late.txt");
            written = output.written();
            output.commit();
        }
        assertThat(written).extracting(StagedOutput.WrittenFile::path).containsExactly("counts.tsv", "late.txt", "report.html", "sub/large.bin");
        for (StagedOutput.WrittenFile file : written) {
            byte[] bytes = Files.readAllBytes(out.resolve(file.path()));
            assertThat(file.bytes()).as(file.path()).isEqualTo(bytes.length);
            assertThat(file.sha256()).as(file.path()).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
        assertThat(written.get(3).bytes()).isEqualTo(large.length);
    }

    @Test
    void aBodyThatClosesTheRuntimesWriterOnlyFlushesIt() throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput output = StagedOutput.open(out)) {
            output.folderFor("term-counts").writeText("term-counts.tsv", w -> {
                try (w) { // as a CSV printer closing its target does
                    w.write("all of it");
                }
            });
            output.folderFor("term-counts").write("bytes.bin", s -> s.close());
            output.finished("term-counts");
            output.commit();
        }
        assertThat(out.resolve("term-counts.tsv")).hasContent("all of it");
    }

    @Test
    void aLockThatCannotBeTakenNamesTheFolderItsLockFileAndTheCause() throws Exception {
        // Review 24 M7: a store run retried on a still-full disk said only "evidentia: No space left on device". A folder
        // where the lock file goes fails the same open, with the system's own reason.
        Path out = dir.resolve("review-run");
        Path lockFile = Files.createDirectories(dir.resolve(".review-run.lock"));
        assertThatThrownBy(() -> StagedOutput.open(out)).isInstanceOf(OutputFolderException.class)
                .hasMessageStartingWith("output folder " + out + " cannot be locked: " + lockFile + ": ")
                .hasMessageContaining("directory");
        assertThat(out).doesNotExist();
    }
}
