package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evidentia.runtime.host.PluginFolders;
import org.evidentia.runtime.host.fixtures.GreetingPlugin;
import org.evidentia.runtime.host.fixtures.GreetingSource;
import org.evidentia.runtime.host.fixtures.KindListReporter;
import org.evidentia.runtime.host.fixtures.MentionExtractor;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    /**
     * {@code validate} of {@code review.yaml}, made of these lines, in {@code dir} beside an export
     * ({@code exports/a.nbib}) and a plugins folder of one source and one reporter.
     */
    private static CommandRun validateBesideAnExport(Path dir, String... lines) throws IOException {
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("exports/a.nbib"), "PMID- 1\n");
        PluginFolders.folder(Files.createDirectories(dir.resolve("plugins")), "plain-plugin", "*", GreetingPlugin.class, GreetingSource.class,
                PlainReporter.class);
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), String.join("\n", lines) + "\n");
        return CommandRun.of("validate", "--plugins-dir", dir.resolve("plugins").toString(), pipeline.toString());
    }

    /** The line of review.yaml each issue on stderr is at, in the order told. */
    private static List<String> issueLines(CommandRun run) {
        return run.err().lines().map(line -> line.replaceFirst("^.*review\\.yaml:(\\d+): .*$", "$1")).toList();
    }

    // Explorer s15, F19: a pipeline file was valid under a plugins folder with no source, which `run` then failed to read
    @Test
    void aPlanThatNoInstalledSourceCouldReadIsRefusedAndMissingKindsAreSaidToBeNone(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("exports/a.nbib"), "PMID- 1\n");
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), "inputs: [exports/]\n");
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CommandRun none = CommandRun.of("validate", "--plugins-dir", empty.toString(), pipeline.toString());

        assertThat(none.exit()).as(none.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).as(none.toString()).contains("no source is installed and enabled in the plugins folder " + empty
                + ", so the run could read none of its inputs", "no reporter is installed and enabled in the plugins folder " + empty);

        PluginFolders.folder(Files.createDirectories(dir.resolve("sources")), "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);
        CommandRun sourceOnly = CommandRun.of("validate", "--plugins-dir", dir.resolve("sources").toString(), pipeline.toString());

        // a source alone: `run` refuses it for want of a reporter, which validate called valid (the review of session 25's
        // change, Q8); with a reporter, its missing extractors are said to be none
        assertThat(sourceOnly.exit()).as(sourceOnly.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(sourceOnly.err()).contains("no reporter is installed and enabled in the plugins folder " + dir.resolve("sources"));
        PluginFolders.folder(dir.resolve("sources"), "plain-plugin", "*", null, org.evidentia.runtime.host.fixtures.PlainReporter.class);
        CommandRun noExtractor = CommandRun.of("validate", "--plugins-dir", dir.resolve("sources").toString(), pipeline.toString());
        assertThat(noExtractor.exit()).as(noExtractor.toString()).isEqualTo(ExitCode.OK);
        assertThat(noExtractor.out()).contains("extractors (none installed and enabled); reporters (all: plain)");
    }

    @Test
    void aRunDateThatIsNoDateNamesItsLineInThePipelineFile(@TempDir Path dir) throws Exception {
        CommandRun run = validateBesideAnExport(dir, "inputs: [exports/]", "run-date: 31/01/2026");
        Path pipeline = dir.resolve("review.yaml");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("evidentia: " + pipeline + ":2: run date '31/01/2026' is not an ISO date");
    }

    /** An output folder that `run` refuses is refused by `validate` at the line of output: (an explorer's F5: valid, then refused). */
    @Test
    void anOutputFolderARunWouldRefuseIsToldAtItsLine(@TempDir Path dir) throws Exception {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.writeString(one.resolve("afile"), "x");
        CommandRun file = validateBesideAnExport(one, "inputs: [exports/]", "output: afile");
        assertThat(file.exit()).as(file.err()).isEqualTo(ExitCode.USAGE);
        assertThat(file.err()).startsWith("evidentia: " + one.resolve("review.yaml") + ":2: output folder " + one.resolve("afile")
                + " is a file, not a folder");

        Path two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(Files.createDirectories(two.resolve("notes")).resolve("mine.txt"), "x");
        CommandRun foreign = validateBesideAnExport(two, "inputs: [exports/]", "output: notes");
        assertThat(foreign.exit()).as(foreign.err()).isEqualTo(ExitCode.USAGE);
        assertThat(foreign.err()).contains(":2: output folder " + two.resolve("notes") + " holds files that Evidentia did not write");
    }

    @Test
    void aFileThatIsNoPipelineFileIsRefusedAsSuchNotCheckedAsAnInputOfItsOwnFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("plugins"));
        Path export = Files.writeString(Files.createDirectories(dir.resolve("sub")).resolve("a.nbib"), "PMID- 1\n");
        for (Path given : List.of(export, dir.relativize(export))) {
            CommandRun run = CommandRun.of("validate", "--plugins-dir", dir.resolve("plugins").toString(), given.toString());

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).isEqualTo("evidentia: validate checks a pipeline file (.yaml or .yml), and " + given + " is not one;"
                    + " an input is checked by reading it: `evidentia run " + given + "`\n");
        }
    }

    @Test
    void theFilesOwnMistakesAndThePlansAreReportedTogetherInTheOrderOfTheLines(@TempDir Path dir) throws Exception {
        CommandRun run = validateBesideAnExport(dir,
                "inputs: [exports/]",
                "reporters: [bogus-reporter]",
                "extractor: [cytokines]",
                "strict: maybe",
                "run-date: 31/01/2026");
        Path pipeline = dir.resolve("review.yaml");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(issueLines(run)).containsExactly("2", "3", "4", "5");
        assertThat(run.err()).contains(pipeline + ":2: no reporter named 'bogus-reporter'")
                .contains(pipeline + ":3: unknown key 'extractor'")
                .contains(pipeline + ":4: 'strict' takes true or false, not 'maybe'")
                .contains(pipeline + ":5: run date '31/01/2026' is not an ISO date");
    }

    /** Docs check s9: a search with no query was told alone, and the missing folder on the line above it only once it was mended. */
    @Test
    void aSearchsMistakeIsToldWithThoseOfTheOtherInputsInTheOrderOfTheLines(@TempDir Path dir) throws Exception {
        CommandRun run = validateBesideAnExport(dir, "inputs:", "  - exports/", "  - nothere/", "  - 'pubmed:'", "  - 'pubmed: '");
        Path pipeline = dir.resolve("review.yaml");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(issueLines(run)).containsExactly("3", "4", "5");
        assertThat(run.err()).contains(pipeline + ":3: input 'nothere/' matches no file")
                .contains(pipeline + ":4: input 'pubmed:' has no query after 'pubmed:'");
    }

    @Test
    void aSourceChosenForAnInputIsCheckedAtItsLineWithTheFilesOtherMistakes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("exports/a.nbib"), "PMID- 1\n");
        Files.writeString(dir.resolve("bare.tsv"), "pmid\ttitle\n");
        Files.createDirectories(dir.resolve("plugins"));
        Path pipeline = Files.writeString(dir.resolve("review.yaml"), String.join("\n",
                "inputs:",
                "  - exports/",
                "  - path: bare.tsv",
                "    source: csv-tabel",
                "  - {path: exports/a.nbib, sorce: medline}",
                ""));
        CommandRun run = CommandRun.of("validate", "--plugins-dir", dir.resolve("plugins").toString(), pipeline.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(pipeline + ":4: no source named 'csv-tabel'; available sources: ")
                .contains(pipeline + ":5: input 3 has an unknown key 'sorce' (did you mean 'source'?)");
    }

    /**
     * Reviews 6 and 8: a reporter's option that only the run can check (a finding kind, a file name)
     * was refused by {@code run} after {@code validate} called the file valid, at the line of the
     * reporter's options block. Validate now asks the reporter as the run does, and names the option's line.
     */
    @Test
    void aReportersOptionThatDoesNotFitTheRunIsRefusedAtItsLineAsTheRunRefusesIt(@TempDir Path dir) throws Exception {
        Path plugins = dir.resolve("plugins");
        Path pipeline = kindListPipeline(dir, "    file: mentions.txt", "    kind: mentions");

        CommandRun validate = CommandRun.of("validate", "--plugins-dir", plugins.toString(), pipeline.toString());
        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), pipeline.toString(), "-o", dir.resolve("out").toString(),
                "--no-progress");

        String refused = pipeline + ":7: reporter kind-list (plugin kinds) refuses option kind-list.kind: the run makes no findings"
                + " of kind 'mentions'; its kinds: mention";
        assertThat(validate.exit()).as(validate.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(validate.err()).startsWith("evidentia: " + refused);
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("evidentia: " + refused);

        Files.writeString(pipeline, Files.readString(pipeline).replace("kind: mentions", "kind: mention").replace("mentions.txt", "../x.txt"));
        CommandRun outside = CommandRun.of("validate", "--plugins-dir", plugins.toString(), pipeline.toString());
        assertThat(outside.exit()).as(outside.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(outside.err()).startsWith("evidentia: " + pipeline + ":6: reporter kind-list (plugin kinds) refuses option"
                + " kind-list.file: '../x.txt' is not a file of this reporter's in the output folder");

        Files.writeString(pipeline, Files.readString(pipeline).replace("../x.txt", "mentions.txt"));
        CommandRun valid = CommandRun.of("validate", "--plugins-dir", plugins.toString(), pipeline.toString());
        assertThat(valid.exit()).as(valid.toString()).isEqualTo(ExitCode.OK);
        assertThat(valid.out()).contains("reporters kind-list");
    }

    /**
     * Review 18, finding 18: a block with a value that does not bind and an option its reporter's
     * check refuses was refused for the first alone; mended, the second was told on the next try.
     */
    @Test
    void everyOptionOfABlockToMendIsToldAtOnce(@TempDir Path dir) throws Exception {
        Path plugins = dir.resolve("plugins");
        Path pipeline = kindListPipeline(dir, "    file: ../x.txt", "    colour: red");

        CommandRun validate = CommandRun.of("validate", "--plugins-dir", plugins.toString(), pipeline.toString());

        assertThat(validate.exit()).as(validate.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(validate.err()).contains(pipeline + ":7: ").contains("colour")
                .contains(pipeline + ":6: reporter kind-list (plugin kinds) refuses option kind-list.file: '../x.txt' is not a file"
                        + " of this reporter's in the output folder");
    }

    /**
     * Review 32 L4: validate said "is valid: 4 input files" for a shared pipeline file that read files
     * outside its folder, one of them through a link and one with a source forced on it, and wrote
     * elsewhere; it named none of them. It now lists each by its absolute path, marked.
     */
    @Test
    void listsWhatTheRunWouldReadAndWhereItWouldWriteMarkingWhatLiesOutsideThePipelineFilesFolder(@TempDir Path dir) throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class, PlainReporter.class);
        PluginFolders.zip(plugins, "kinds", "*", null, MentionExtractor.class);
        Path team = Files.createDirectories(dir.resolve("team"));
        Path secret = Files.createDirectories(dir.resolve("secret"));
        Files.createDirectories(team.resolve("exports"));
        Files.writeString(team.resolve("exports/a.nbib"), "PMID- 1\n");
        Files.writeString(secret.resolve("linked.txt"), "machine intranet login jdoe\n");
        Files.createSymbolicLink(team.resolve("exports/linked.nbib"), secret.resolve("linked.txt"));
        Files.writeString(secret.resolve("notes.nbib"), "PMID- 2\n");
        Files.writeString(secret.resolve("table.tsv"), "pmid\ttitle\n");
        Path pipeline = Files.writeString(team.resolve("review.yaml"), String.join("\n",
                "inputs:",
                "  - exports/",
                "  - ../secret/notes.nbib",
                "  - {path: ../secret/table.tsv, source: greeting}",
                "output: ../elsewhere/out",
                ""));

        CommandRun valid = CommandRun.of("validate", "--plugins-dir", plugins.toString(), pipeline.toString());

        assertThat(valid.exit()).as(valid.toString()).isEqualTo(ExitCode.OK);
        assertThat(valid.out().lines().skip(1)).containsExactly(
                "It reads 4 input files; the pipeline file's folder is " + team + ":",
                "  " + team.resolve("exports/a.nbib"),
                "  " + team.resolve("exports/linked.nbib") + " (a link to " + secret.toRealPath().resolve("linked.txt")
                        + ", outside the pipeline file's folder)",
                "  " + secret.resolve("notes.nbib") + " (outside the pipeline file's folder)",
                "  " + secret.resolve("table.tsv") + " (outside the pipeline file's folder; read as greeting, chosen for it in the"
                        + " pipeline file)",
                "It writes the output folder " + dir.resolve("elsewhere/out") + " (outside the pipeline file's folder).");

        Files.writeString(pipeline, "inputs: [exports/a.nbib]\nsources: [greeting]\n");
        CommandRun forced = CommandRun.of("validate", "--plugins-dir", plugins.toString(), pipeline.toString());
        assertThat(forced.out().lines().skip(1)).as(forced.toString()).containsExactly(
                "It reads 1 input file, each as greeting (forced by sources: in the pipeline file); the pipeline file's folder is "
                        + team + ":",
                "  " + team.resolve("exports/a.nbib"),
                "It writes the output folder " + Path.of("evidentia-out").toAbsolutePath() + " (outside the pipeline file's folder).");
    }

    /**
     * An explorer's typo in {@code --option} was blamed on the pipeline file, at the line of the extension's options
     * block there. A value the command line gave is the command line's; the file's own typo keeps its line.
     */
    @Test
    void anOptionTheCommandLineGaveWrongIsNotBlamedOnThePipelineFile(@TempDir Path dir) throws Exception {
        Path plugins = dir.resolve("plugins");
        Path pipeline = kindListPipeline(dir, "    file: mentions.txt");

        CommandRun typo = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--option", "kind-list.fiel=x.txt", pipeline.toString(),
                "-o", dir.resolve("out").toString(), "--no-progress");
        CommandRun extension = CommandRun.of("run", "--plugins-dir", plugins.toString(), "--option", "kind-lst.file=x.txt",
                pipeline.toString(), "-o", dir.resolve("out").toString(), "--no-progress");
        CommandRun inFile = CommandRun.of("run", "--plugins-dir", plugins.toString(),
                Files.writeString(pipeline, Files.readString(pipeline).replace("    file:", "    fiel:")).toString(),
                "-o", dir.resolve("out").toString(), "--no-progress");

        assertThat(typo.exit()).as(typo.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).startsWith("evidentia: unknown option kind-list.fiel (did you mean 'kind-list.file'?); known options: ")
                .doesNotContain("review.yaml");
        assertThat(extension.err()).startsWith("evidentia: options are given for 'kind-lst', but no extension has that name"
                + " (did you mean 'kind-list'?); extensions: ").doesNotContain("review.yaml");
        assertThat(inFile.exit()).as(inFile.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(inFile.err()).startsWith("evidentia: " + pipeline + ":6: unknown option kind-list.fiel (did you mean 'kind-list.file'?)");
    }

    /**
     * A folder with one export, a plugins folder holding a source, the mentions extractor and the kind-list
     * reporter, and {@code review.yaml} running them with these lines of kind-list's options (its
     * options block opens at line 5, so the first line given is line 6).
     */
    private static Path kindListPipeline(Path dir, String... optionLines) throws IOException {
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("exports/a.nbib"), "PMID- 1\n");
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        PluginFolders.zip(plugins, "kinds", "*", GreetingPlugin.class, GreetingSource.class, MentionExtractor.class,
                KindListReporter.class);
        List<String> lines = new ArrayList<>(List.of("inputs: [exports/]", "extractors: [mentions]", "reporters: [kind-list]",
                "options:", "  kind-list:"));
        lines.addAll(List.of(optionLines));
        lines.add("");
        return Files.writeString(dir.resolve("review.yaml"), String.join("\n", lines));
    }
}
