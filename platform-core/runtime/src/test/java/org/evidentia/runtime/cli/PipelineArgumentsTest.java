package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ExitCode;

/** How `run` tells a pipeline file from inputs among its arguments. */
class PipelineArgumentsTest {

    /**
     * A pipeline file given after an input was read as an input that no source reads, its settings unused, where given
     * first it was refused (an explorer's F32): refused whatever its place, before anything is read.
     */
    @Test
    void aPipelineFileBesideInputsIsRefusedWhateverItsPlace(@TempDir Path dir) throws Exception {
        Path export = Files.writeString(dir.resolve("a.nbib"), "PMID- 1\nTI  - A title.\n");
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs: [a.nbib]\n");
        Path out = dir.resolve("out");

        CommandRun first = CommandRun.of("run", pipeline.toString(), export.toString(), "-o", out.toString());
        CommandRun last = CommandRun.of("run", export.toString(), pipeline.toString(), "-o", out.toString());

        for (CommandRun run : new CommandRun[] {first, last}) {
            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("give either a pipeline file or inputs, not both");
        }
        // the review of session 30, K9: a Java list, and no word of how to read the input with the file
        assertThat(first.err()).contains(pipeline + " is a pipeline file, and " + export + " an input; to read it with the file's"
                + " settings, list it under its inputs:");
        assertThat(last.err()).contains("(got " + export + " " + pipeline + "): " + pipeline + " is a pipeline file; give it first and"
                + " alone, with the inputs under its inputs:");
        assertThat(out).doesNotExist();
    }

    /**
     * An explorer's s21, D4: -o '' (an unset $OUT) was taken as the working folder, which the run then replaced, as -o . did,
     * leaving the shell that started it in a deleted folder.
     */
    @Test
    void anEmptyOutputNameOrTheWorkingFolderIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path export = Files.writeString(dir.resolve("a.nbib"), "PMID- 1\nTI  - A title.\n");

        CommandRun empty = CommandRun.of("run", export.toString(), "-o", "");
        CommandRun here = CommandRun.of("run", export.toString(), "-o", ".");

        assertThat(empty.exit()).as(empty.err()).isEqualTo(ExitCode.USAGE);
        assertThat(empty.err()).isEqualTo("evidentia: -o was given an empty folder name (an unset variable?): give the output folder,"
                + " such as -o evidentia-out\n");
        assertThat(here.exit()).as(here.err()).isEqualTo(ExitCode.USAGE);
        assertThat(here.err()).isEqualTo("evidentia: the output folder . is the working folder, which a run replaces whole: give a folder"
                + " inside it, such as -o evidentia-out\n");
        // a reviewer of session 21's change: report --store had an -o of its own, and an output folder holding the working one
        CommandRun report = CommandRun.of("report", "--store", dir.resolve("none.db").toString(), "-o", ".");
        assertThat(report.exit()).as(report.err()).isEqualTo(ExitCode.USAGE);
        assertThat(report.err()).isEqualTo("evidentia: the output folder . is the working folder, which a run replaces whole: give a folder"
                + " inside it, such as -o evidentia-out\n");
        CommandRun parent = CommandRun.of("run", export.toString(), "-o", "..");
        assertThat(parent.exit()).as(parent.err()).isEqualTo(ExitCode.USAGE);
        assertThat(parent.err()).isEqualTo("evidentia: the output folder .. holds the working folder, which replacing it would delete: give"
                + " a folder inside the working folder, such as -o evidentia-out\n");
    }

    /**
     * The review of session 25, U11: an empty name (an unset shell variable) was the working folder: {@code plugins install
     * --plugins-dir ''} installed the plugin into it and said "Installed", {@code run ''} read the whole folder, and
     * {@code --store ''} or {@code --gold ''} blamed a folder the user never named. Each is refused before anything runs.
     */
    @Test
    void anEmptyFileOrFolderNameIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path export = Files.writeString(dir.resolve("a.nbib"), "PMID- 1\nTI  - A title.\n");
        Path zip = Files.writeString(dir.resolve("x.zip"), "not looked at");
        java.util.Map<List<String>, String> refused = new java.util.LinkedHashMap<>();
        refused.put(List.of("plugins", "install", "--plugins-dir", "", zip.toString()),
                "--plugins-dir was given an empty folder name (an unset variable?), which would be the working folder: name the folder");
        refused.put(List.of("run", ""), "an argument (PIPELINE.yaml|INPUT) is an empty name (an unset variable?), which would be the"
                + " working folder: name a file or folder, or leave it out");
        refused.put(List.of("run", export.toString(), "--store", ""), "--store was given an empty file name (an unset variable?): name the file");
        refused.put(List.of("evaluate", "--gold", "", export.toString()),
                "--gold was given an empty file name (an unset variable?): name the file");
        refused.put(List.of("bench", ""), "an argument (INPUT) is an empty name (an unset variable?), which would be the working folder:"
                + " name a file or folder");
        refused.put(List.of("plugins", "install", ""), "an argument (PATH.zip) is an empty name (an unset variable?): name a file");
        for (java.util.Map.Entry<List<String>, String> e : refused.entrySet()) {
            CommandRun run = CommandRun.of(e.getKey().toArray(String[]::new));
            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(String.join(" ", e.getKey())).startsWith("evidentia: " + e.getValue() + "\n");
        }
        // help is given as asked (the review of the session's change, R2)
        CommandRun help = CommandRun.of("run", "--help", "--store", "");
        assertThat(help.exit()).as(help.toString()).isZero();
        assertThat(help.out()).contains("Usage: evidentia run");
    }

    /**
     * The review of session 25, U16: an output folder given as a symbolic link (a lab's share linked into the working folder)
     * was replaced by a plain folder: the link was gone and the share never had the outputs. It is refused before anything runs.
     */
    @Test
    void anOutputFolderThatIsASymbolicLinkIsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
        Path export = Files.writeString(dir.resolve("a.nbib"), "PMID- 1\nTI  - A title.\n");
        Path share = Files.createDirectories(dir.resolve("share"));
        Path link = Files.createSymbolicLink(dir.resolve("review"), share);

        CommandRun run = CommandRun.of("run", export.toString(), "-o", link.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: the output folder " + link + " is a symbolic link (to " + share + "), which a run"
                + " would replace with a folder of its own: give the folder it links to with -o\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(share).isEmptyDirectory();
        // nor through the link written as LINK/. (the review of the session's change, R1)
        CommandRun dotted = CommandRun.of("run", export.toString(), "-o", link + "/.");
        assertThat(dotted.exit()).as(dotted.err()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(share).isEmptyDirectory();
    }

    /** The review of session 25, U4: picocli's converters told an immunologist "'many' is not an int" and "'90%' is not a double". */
    @Test
    void aNumberOptionGivenAWordIsToldInPlainWords(@TempDir Path dir) throws Exception {
        Path export = Files.writeString(dir.resolve("a.nbib"), "PMID- 1\nTI  - A title.\n");
        CommandRun threads = CommandRun.of("run", export.toString(), "--threads", "many");
        assertThat(threads.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(threads.err()).startsWith("evidentia: Invalid value for option '--threads': 'many' is not a whole number (such as 4)");
        CommandRun f1 = CommandRun.of("evaluate", "--gold", export.toString(), "--min-f1", "90%", export.toString());
        assertThat(f1.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(f1.err()).startsWith("evidentia: Invalid value for option '--min-f1': '90%' is not a number (such as 0.85)");
    }

    /** An empty --exclude was read as the working folder ("exclusion list /tmp/x cannot be read: Is a directory"; F8). */
    @Test
    void anEmptyExclusionListNameIsToldAsSuch(@TempDir Path dir) throws Exception {
        Path export = Files.writeString(dir.resolve("a.nbib"), "PMID- 1\nTI  - A title.\n");
        CommandRun run = CommandRun.of("run", export.toString(), "--exclude", "", "-o", dir.resolve("out").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--exclude names no file; give the exclusion list's CSV file (id,reason)");
    }

    /** A folder named like a pipeline file was "no pipeline file dir.yaml", though it exists (F16). */
    @Test
    void aFolderNamedAsAPipelineFileIsToldAsAFolder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("review.yaml"));
        CommandRun run = CommandRun.of("validate", folder.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("pipeline file " + folder + " is a folder");
    }
}
