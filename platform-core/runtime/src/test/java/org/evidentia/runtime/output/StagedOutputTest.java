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
        assertThat(names(dir)).containsExactly(".out.lock", "out"); // no work folder left
    }

    @Test
    void aRunThatDoesNotCommitLeavesThePreviousOutputsAsTheyWere() throws Exception {
        Path out = dir.resolve("out");
        try (StagedOutput first = StagedOutput.open(out)) {
            first.folderFor("a").writeText("table.csv", w -> w.write("complete"));
            first.commit();
        }
        try (StagedOutput failed = StagedOutput.open(out)) {
            try (OutputStream half = failed.folderFor("a").create("table.csv")) {
                half.write("half a tab".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(out.resolve("table.csv")).hasContent("complete");
        assertThat(names(dir)).containsExactly(".out.lock", "out");
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

        Path empty = Files.createDirectories(dir.resolve("empty"));
        try (StagedOutput output = StagedOutput.open(empty)) {
            output.commit();
        }
        assertThat(names(empty)).containsExactly(StagedOutput.MARKER);
    }

    @Test
    void aFileGivenAsTheFolderIsRefusedPlainly() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        assertThatThrownBy(() -> StagedOutput.open(file)).isInstanceOf(OutputFolderException.class)
                .hasMessage("output folder " + file + " is a file, not a folder; give a folder with -o");
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
            output.discard("bad");
            assertThat(output.files()).containsExactly(Path.of("good.txt"));
            output.commit();
        }
        assertThat(out.resolve("good.txt")).hasContent("ok");
        assertThat(out.resolve("sub/bad.txt")).doesNotExist();
        assertThat(Files.getPosixFilePermissions(out.resolve("good.txt"))).as("umask 022 gives others read, as any file")
                .contains(PosixFilePermission.OTHERS_READ);
    }
}
