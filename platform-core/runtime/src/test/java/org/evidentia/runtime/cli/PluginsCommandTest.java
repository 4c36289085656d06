package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.host.PluginFolders;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.host.PluginInstaller;
import org.evidentia.runtime.host.fixtures.BadlyNamedReporter;
import org.evidentia.runtime.host.fixtures.FailingPlugin;
import org.evidentia.runtime.host.fixtures.KindListReporter;
import org.evidentia.runtime.host.fixtures.MentionExtractor;
import org.evidentia.runtime.host.fixtures.OtherMentionExtractor;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.evidentia.runtime.host.fixtures.SpecimenMentionExtractor;
import org.evidentia.runtime.input.FileDigests;
import org.evidentia.runtime.output.LockFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evidentia plugins enable}, {@code disable} and {@code install}: the enabled state and the
 * plugins folder change only when enabling, disabling or installing is allowed and changes something;
 * one such command at a time, the second waiting for the first and seeing what it did.
 */
class PluginsCommandTest {

    @TempDir
    Path plugins;

    @TempDir
    Path downloads;

    /** A state file of the plugins folder, written long ago, so that writing it again (even the same bytes) shows in its time. */
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    private Path stateFileWrittenLongAgo(String name, String content) throws Exception {
        Path file = Files.writeString(plugins.resolve(name), content);
        Files.setLastModifiedTime(file, LONG_AGO);
        return file;
    }

    private static void assertNotWritten(Path stateFile, String content) throws Exception {
        assertThat(Files.readString(stateFile)).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(stateFile)).as("%s is not written, not even back", stateFile.getFileName()).isEqualTo(LONG_AGO);
    }

    @Test
    void enablingAPluginThatIsEnabledAlreadyLeavesItEnabledAndSaysSoEvenWhenItsNameIsShared() throws Exception {
        PluginFolders.zip(plugins, "first-plain", "*", null, PlainReporter.class);
        PluginFolders.folder(plugins, "second-plain", "*", null, PlainReporter.class);

        CommandRun run = CommandRun.of("plugins", "enable", "--plugins-dir", plugins.toString(), "second-plain");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("second-plain is already enabled." + System.lineSeparator());
        assertThat(run.err()).isEqualTo("plugin-error: plugin second-plain: its reporter 'plain' has the name of plugin first-plain's"
                + " reporter; extension names must be unique, so neither is used (rename one, or disable or remove one of the"
                + " plugins)" + System.lineSeparator());
        assertThat(plugins.resolve("disabled.txt")).doesNotExist();
        assertThat(plugins.resolve("enabled.txt")).doesNotExist();
        assertThat(CommandRun.of("plugins", "--plugins-dir", plugins.toString()).out())
                .as("still enabled, not disabled; its only extension is withheld")
                .containsPattern("second-plain +1\\.2\\.3 +unusable +-- its reporter 'plain' has the name");
    }

    @Test
    void enablingAPluginWhoseExtractorDeclaresTheKindOfAnEnabledPluginsExtractorIsRefusedAndWritesNothing() throws Exception {
        PluginFolders.zip(plugins, "first-mentions", "*", null, MentionExtractor.class);
        PluginFolders.folder(plugins, "second-mentions", "*", null, OtherMentionExtractor.class);
        Path disabled = stateFileWrittenLongAgo("disabled.txt", "second-mentions\n");

        CommandRun run = CommandRun.of("plugins", "enable", "--plugins-dir", plugins.toString(), "second-mentions");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: cannot enable second-mentions: its extractor 'other-mentions' makes findings of"
                + " kind 'mention', as plugin first-mentions's extractor 'mentions' does; finding kinds are one namespace (a run with"
                + " both extractors is refused), so it stays disabled: rename the kind in the plugin, or disable the other plugin"
                + " first" + System.lineSeparator());
        assertNotWritten(disabled, "second-mentions\n");
        assertThat(plugins.resolve("enabled.txt")).doesNotExist();
    }

    /**
     * Two plugins whose extractors declare one kind, both in the folder (a zip copied in by hand):
     * each is listed started, with the clash as its problem, since a default run is refused (review 6,
     * finding 4: both were listed started with no remark).
     */
    @Test
    void pluginsWhoseExtractorsDeclareOneKindAreListedWithTheClash() throws Exception {
        // a run needs a source and a reporter, which the check also asks for
        PluginFolders.zip(plugins, "greetings", "*", null, org.evidentia.runtime.host.fixtures.TitleLinesSource.class, KindListReporter.class);
        PluginFolders.zip(plugins, "first-mentions", "*", null, MentionExtractor.class);
        PluginFolders.zip(plugins, "second-mentions", "*", null, OtherMentionExtractor.class, PlainReporter.class);
        String refused = "; finding kinds are one namespace, so a run with both extractors (a run that names none, too) is refused:"
                + " name the extractors to use (-x), rename the kind in one plugin, or disable or remove one of the plugins";

        // a plain listing makes no extension, so it cannot know the kinds
        CommandRun plain = CommandRun.of("plugins", "--plugins-dir", plugins.toString());
        assertThat(plain.exit()).as(plain.err()).isEqualTo(ExitCode.OK);
        assertThat(plain.out()).contains("first-mentions").doesNotContain("makes findings of kind");

        CommandRun list = CommandRun.of("plugins", "--check", "--plugins-dir", plugins.toString());

        // a check that finds a clash fails, so that a script or CI gate hears it (the review of session 30, P2)
        assertThat(list.exit()).as(list.err()).isEqualTo(ExitCode.FAILED);
        assertThat(list.out())
                .containsPattern("first-mentions +1\\.2\\.3 +started +extractor:mentions -- " + java.util.regex.Pattern.quote(
                        "its extractor 'mentions' makes findings of kind 'mention', as plugin second-mentions's extractor"
                                + " 'other-mentions' does" + refused) + "\\R")
                .containsPattern("second-mentions +1\\.2\\.3 +started +extractor:other-mentions, reporter:plain -- "
                        + java.util.regex.Pattern.quote("its extractor 'other-mentions' makes findings of kind 'mention', as plugin"
                                + " first-mentions's extractor 'mentions' does" + refused) + "\\R")
                .endsWith("Checked the extractors of 2 started plugins: 2 plugins above have a finding kind that a run refuses.\n");

        Files.writeString(plugins.resolve("disabled.txt"), "second-mentions\n");
        // a check that finds nothing says it was made (the review of session 28, M12)
        assertThat(CommandRun.of("plugins", "--check", "--plugins-dir", plugins.toString()).out()).doesNotContain("makes findings of kind")
                .endsWith("Checked the extractors of 1 started plugin: each declares its finding kinds well, and no kind is declared by"
                        + " two plugins.\n");
        assertThat(CommandRun.of("plugins", "--check", "--plugins-dir", plugins.toString()).exit()).isEqualTo(ExitCode.OK);
        assertThat(plain.out()).doesNotContain("Checked");
    }

    /**
     * The review of session 30, P2: a check that listed a plugin that failed to start said its extractors were well and exited
     * 0, and a plain listing exits 0 whatever it lists.
     */
    @Test
    void aCheckThatListsAPluginWithAProblemSaysSoAndFails() throws Exception {
        PluginFolders.zip(plugins, "greetings", "*", null, org.evidentia.runtime.host.fixtures.TitleLinesSource.class);
        PluginFolders.zip(plugins, "first-mentions", "*", null, MentionExtractor.class, KindListReporter.class);
        PluginFolders.zip(plugins, "broken", "*", org.evidentia.runtime.host.fixtures.FailingPlugin.class, PlainReporter.class);

        CommandRun check = CommandRun.of("plugins", "--check", "--plugins-dir", plugins.toString());
        CommandRun plain = CommandRun.of("plugins", "--plugins-dir", plugins.toString());

        assertThat(check.exit()).as(check.err()).isEqualTo(ExitCode.FAILED);
        assertThat(check.out()).containsPattern("broken +1\\.2\\.3 +failed ").endsWith("Checked the extractors of 1 started plugin:"
                + " each declares its finding kinds well, and no kind is declared by two plugins.\n1 plugin above has a problem (after"
                + " --): each run tells it, and a run with --strict fails on it.\n");
        assertThat(plain.exit()).as(plain.err()).isEqualTo(ExitCode.OK);
        assertThat(plain.out()).containsPattern("broken +1\\.2\\.3 +failed ").doesNotContain("has a problem");

        // an empty folder, with which every run is refused (the review of the change, S2)
        Path empty = Files.createDirectories(plugins.resolveSibling("empty-plugins"));
        CommandRun none = CommandRun.of("plugins", "--check", "--plugins-dir", empty.toString());
        assertThat(none.exit()).as(none.err()).isEqualTo(ExitCode.FAILED);
        assertThat(none.out()).endsWith("Checked: no started plugin has an extractor, so no finding kind to compare.\nNo started plugin"
                + " offers a source or an extractor or a reporter: a run needs a source, an extractor and a reporter, so every run with"
                + " this folder is refused.\n");
    }

    @Test
    void aPluginCopiedInByHandWhoseExtractorDeclaresAKindARunRefusesIsListedWithWhy() throws Exception {
        // an explorer's F8 (2026-12-05): --check called it started and said nothing, and every default run was refused
        PluginFolders.zip(plugins, "colours", "*", null, org.evidentia.runtime.host.fixtures.MisdeclaredKindExtractor.class);

        CommandRun list = CommandRun.of("plugins", "--check", "--plugins-dir", plugins.toString());

        assertThat(list.exit()).as(list.err()).isEqualTo(ExitCode.FAILED);
        assertThat(list.out()).containsPattern("colours +1\\.2\\.3 +started +extractor:colours -- " + java.util.regex.Pattern.quote(
                "its extractor 'colours' declares kind 'colour-change' with attribute 'Colour Name', whose name is not lower-case and"
                        + " hyphenated (it is a key of --focus, of gold files and of the JSON outputs); a run with that extractor (a run"
                        + " that names none, too) is refused: the plugin needs that changed (docs/plugin-guide.md, section 4); name the"
                        + " extractors to use (-x), or disable or remove the plugin") + "\\R");
    }

    @Test
    void aRefusedEnableLeavesTheStateFilesUntouched() throws Exception {
        PluginFolders.zip(plugins, "first-plain", "*", null, PlainReporter.class);
        PluginFolders.folder(plugins, "second-plain", "*", null, PlainReporter.class);
        Path disabled = stateFileWrittenLongAgo("disabled.txt", "second-plain\n");

        CommandRun run = CommandRun.of("plugins", "enable", "--plugins-dir", plugins.toString(), "second-plain");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: cannot enable second-plain: the name of its extension is taken: 'plain'"
                + " (plugin first-plain); it stays disabled: rename it in the plugin, or disable the other plugin first"
                + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertNotWritten(disabled, "second-plain\n");
        assertThat(plugins.resolve("enabled.txt")).doesNotExist();
    }

    @Test
    void aPluginWhoseNamesAreFreeIsEnabled() throws Exception {
        PluginFolders.folder(plugins, "plain-plugin", "*", null, PlainReporter.class);
        Files.writeString(plugins.resolve("disabled.txt"), "plain-plugin\n");

        CommandRun run = CommandRun.of("plugins", "enable", "--plugins-dir", plugins.toString(), "plain-plugin");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Enabled plain-plugin." + System.lineSeparator());
        assertThat(Files.readString(plugins.resolve("disabled.txt"))).doesNotContain("plain-plugin");
        assertThat(CommandRun.of("plugins", "--plugins-dir", plugins.toString()).out())
                .containsPattern("plain-plugin +1\\.2\\.3 +started +reporter:plain");
    }

    @Test
    void installWithReplaceReplacesThePluginOfTheSameIdAfterTheSameChecksAndKeepsItsLines() throws Exception {
        Path first = PluginFolders.zip(Files.createDirectories(downloads.resolve("v1")), "plain-plugin", "*", null, PlainReporter.class);
        assertThat(CommandRun.of("plugins", "install", "--plugins-dir", plugins.toString(), first.toString()).exit()).isZero();
        assertThat(CommandRun.of("plugins", "--plugins-dir", plugins.toString()).out()).contains("plain-plugin"); // unpacks it
        Path enabled = Files.writeString(plugins.resolve("enabled.txt"), "plain-plugin\n");
        Path rebuilt = PluginFolders.zip(Files.createDirectories(downloads.resolve("v2")), "plain-plugin",
                java.util.Map.of("plugin.version", "1.2.4"), null, PlainReporter.class);

        CommandRun again = CommandRun.of("plugins", "install", "--plugins-dir", plugins.toString(), rebuilt.toString());
        assertThat(again.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("a plugin 'plain-plugin' is already installed (plain-plugin-1.2.3.zip): give --replace to"
                + " replace it, or `evidentia plugins --plugins-dir " + plugins + " remove plain-plugin` first");

        CommandRun replace = CommandRun.of("plugins", "install", "--replace", "--plugins-dir", plugins.toString(), rebuilt.toString());

        assertThat(replace.exit()).as(replace.err()).isEqualTo(ExitCode.OK);
        assertThat(replace.out()).isEqualTo("Replaced plain-plugin 1.2.3 with 1.2.4 as " + plugins.toAbsolutePath().resolve(
                "plain-plugin-1.2.4.zip") + " (SHA-256 " + FileDigests.sha256(rebuilt) + ")." + System.lineSeparator());
        try (var files = Files.list(plugins)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted())
                    .containsExactly("enabled.txt", "plain-plugin-1.2.4.zip");
        }
        assertThat(enabled).hasContent("plain-plugin\n");
        assertThat(CommandRun.of("plugins", "--plugins-dir", plugins.toString()).out())
                .containsPattern("plain-plugin +1\\.2\\.4 +started +reporter:plain").doesNotContain("1.2.3");
    }

    /**
     * An explorer's s21: an id clash's advice (--replace) followed with another plugin's zip swapped a bundled plugin's sources
     * out without a word, and an earlier version replaced a later one silently.
     */
    @Test
    void installWithReplaceSaysWhichExtensionsAreGoneAndWhenAnEarlierVersionReplacesALaterOne() throws Exception {
        Path first = PluginFolders.zip(Files.createDirectories(downloads.resolve("v1")), "plain-plugin", "*", null, PlainReporter.class,
                SpecimenMentionExtractor.class);
        assertThat(CommandRun.of("plugins", "install", "--plugins-dir", plugins.toString(), first.toString()).exit()).isZero();
        Path other = PluginFolders.zip(Files.createDirectories(downloads.resolve("v0")), "plain-plugin",
                java.util.Map.of("plugin.version", "1.2.2", "plugin.requires", "*"), null, PlainReporter.class);

        CommandRun replace = CommandRun.of("plugins", "install", "--replace", "--plugins-dir", plugins.toString(), other.toString());

        assertThat(replace.exit()).as(replace.err()).isEqualTo(ExitCode.OK);
        assertThat(replace.err().lines()).containsExactly(
                "warning: plugin plain-plugin: the 1.2.3 it replaced offered extractor:specimen-mentions, which 1.2.2 does not: runs that"
                        + " name it no longer find it; to bring it back, install the earlier zip again with --replace (a bundled plugin's"
                        + " zip is in the distribution's plugins/ folder)",
                "warning: plugin plain-plugin: it replaced a later version, 1.2.3, with an earlier one, 1.2.2");
    }

    @Test
    void installWithReplaceRefusesAZipOfAnIdThatIsNotInstalled() throws Exception {
        PluginFolders.folder(plugins, "plain-plugin", "*", null, PlainReporter.class);
        Path other = PluginFolders.zip(downloads, "other-plugin", "*", null, MentionExtractor.class);

        CommandRun run = CommandRun.of("plugins", "install", "--replace", "--plugins-dir", plugins.toString(), other.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: cannot install " + other + ":" + System.lineSeparator() + "evidentia:   --replace replaces the"
                + " installed plugin of the zip's id, and no plugin 'other-plugin' is installed: install it without --replace"
                + System.lineSeparator());
        try (var files = Files.list(plugins)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))).containsExactly("plain-plugin");
        }
    }

    @Test
    void aRefusedInstallNeverPutsThePluginInThePluginsFolderNorTouchesTheStateFiles() throws Exception {
        PluginFolders.folder(plugins, "first-plain", "*", null, PlainReporter.class);
        Path enabled = stateFileWrittenLongAgo("enabled.txt", "first-plain\nsecond-plain\n");
        Path zip = PluginFolders.zip(downloads, "second-plain", "*", null, PlainReporter.class);

        CommandRun run;
        List<String> created = new ArrayList<>();
        try (WatchService watch = plugins.getFileSystem().newWatchService()) {
            plugins.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            run = CommandRun.of("plugins", "install", "--plugins-dir", plugins.toString(), zip.toString());
            // A run started meanwhile lists the folder: what was ever created in it, up to this sentinel, it could have loaded.
            Files.createFile(plugins.resolve(".sentinel"));
            while (!created.contains(".sentinel")) {
                WatchKey key = watch.poll(10, TimeUnit.SECONDS);
                assertThat(key).as("the sentinel's creation is seen").isNotNull();
                key.pollEvents().forEach(event -> created.add(event.context().toString()));
                key.reset();
            }
        }

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: cannot install " + zip + ": the name of its extension is taken: 'plain'"
                + " (plugin first-plain); nothing was installed: rename it in the plugin" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(created).as("created in the plugins folder").noneMatch(name -> name.contains("second-plain"));
        assertNotWritten(enabled, "first-plain\nsecond-plain\n");
        assertThat(CommandRun.of("plugins", "--plugins-dir", plugins.toString()).out())
                .containsPattern("first-plain +1\\.2\\.3 +started +reporter:plain").doesNotContain("second-plain");
    }

    @Test
    void aPluginThatCannotStartIsInstalledWithAWarningAsTheNextCommandWouldLoadIt() throws Exception {
        Path failing = PluginFolders.zip(downloads, "failing-plugin", "*", FailingPlugin.class, PlainReporter.class);

        CommandRun run = CommandRun.of("plugins", "install", "--plugins-dir", plugins.toString(), failing.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).isEqualTo("Installed failing-plugin 1.2.3 as " + plugins.toAbsolutePath().resolve("failing-plugin-1.2.3.zip")
                + " (SHA-256 " + FileDigests.sha256(failing) + ")." + System.lineSeparator());
        assertThat(run.err()).startsWith("plugin-error: plugin failing-plugin cannot be used as it is: failed to start")
                .contains("database of cytokines is missing");
        assertThat(plugins.resolve("failing-plugin-1.2.3.zip")).hasSameBinaryContentAs(failing);
        assertThat(plugins.resolve("failing-plugin-1.2.3")).as("unpacked by the next command, not by install").doesNotExist();
    }

    /**
     * Explore-plugin-author M3: such a plugin was installed, exit 1, and every later --strict run failed. Its name can never
     * be used, so it is refused as a name clash is; a zip copied into the folder by hand is listed with the extensions that work,
     * and as unusable when it has none.
     */
    @Test
    void aPluginWithABadlyNamedExtensionIsRefusedAndOneCopiedInByHandIsListedWithTheExtensionsThatWork() throws Exception {
        Path named = PluginFolders.zip(downloads, "named-plugin", "*", null, BadlyNamedReporter.class, PlainReporter.class);
        String problem = "its reporter " + BadlyNamedReporter.class.getName() + " is named 'Bad Name', which is not lower-case and"
                + " hyphenated (such as review-table): users select extensions and address their options by name, so it is not"
                + " used (rename it)";

        CommandRun install = CommandRun.of("plugins", "install", "--plugins-dir", plugins.toString(), named.toString());

        assertThat(install.exit()).as(install.err()).isEqualTo(ExitCode.USAGE);
        assertThat(install.out()).isEmpty();
        assertThat(install.err()).contains("cannot install " + named + ": " + problem + "; an extension's name is what its class"
                + " returns, so it could never be used: nothing was installed");
        try (var files = Files.list(plugins)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))).isEmpty();
        }

        Files.copy(named, plugins.resolve("named-plugin-1.2.3.zip"));
        PluginFolders.zip(plugins, "only-misnamed", "*", null, BadlyNamedReporter.class);
        String listing = CommandRun.of("plugins", "--plugins-dir", plugins.toString()).out();
        assertThat(listing).containsPattern("named-plugin +1\\.2\\.3 +started +reporter:plain -- " + java.util.regex.Pattern.quote(problem));
        assertThat(listing).as("started by PF4J, but a run has nothing of it to use")
                .containsPattern("only-misnamed +1\\.2\\.3 +unusable +-- " + java.util.regex.Pattern.quote(problem));
    }

    /**
     * Explore-plugin-author L14: a run with a plugins folder of one's own that holds nothing said of each input "no source
     * reads this file; sources tried: none", and nothing of the folder.
     */
    @Test
    void aRunWithAPluginsFolderThatHoldsNoPluginNamesTheFolderOnceAndHowItWasChosen() throws Exception {
        Path input = Files.writeString(downloads.resolve("a.txt"), "PMID- 1\nTI  - A title.\n");

        CommandRun run = CommandRun.of("run", "--plugins-dir", plugins.toString(), "-o", downloads.resolve("out").toString(), input.toString());

        assertThat(run.err()).containsOnlyOnce("warning: the plugins folder " + plugins + " holds no plugin (given by --plugins-dir);"
                + " a run needs a source, an extractor and a reporter from it");
        // and the run is refused before it reads, its output folder untouched (the review of session 28, M13)
        assertThat(run.exit()).isEqualTo(picocli.CommandLine.ExitCode.USAGE);
        assertThat(run.err()).contains("evidentia: no source is installed and enabled in the plugins folder " + plugins);
        assertThat(downloads.resolve("out")).doesNotExist();
        CommandRun listing = CommandRun.of("plugins", "--plugins-dir", plugins.toString());
        assertThat(listing.out()).contains("(none)");
        assertThat(listing.err()).as("the listing says it in its own words").isEmpty();
        PluginFolders.zip(plugins, "plain-plugin", "*", null, PlainReporter.class);
        assertThat(CommandRun.of("run", "--plugins-dir", plugins.toString(), "-o", downloads.resolve("out2").toString(), input.toString())
                .err()).as("a folder with a plugin in it").doesNotContain("holds no plugin");
    }

    /** The plugin author's review of session 32, A3: remove said nothing of the plugins that need the one removed, as disable does. */
    @Test
    void removeWarnsOfThePluginsThatNeedTheOneRemoved() throws Exception {
        PluginFolders.zip(plugins, "base", "*", null, PlainReporter.class);
        PluginFolders.zip(plugins, "needs-base", java.util.Map.of("plugin.dependencies", "base"), null, KindListReporter.class);

        CommandRun run = CommandRun.of("plugins", "remove", "--plugins-dir", plugins.toString(), "base");

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Removed base:");
        assertThat(run.err()).isEqualTo("warning: plugin needs-base needs base, and is not loaded while it is not installed: each later"
                + " run tells it as a problem (remove it too, or install base again)\n");
        CommandRun other = CommandRun.of("plugins", "remove", "--plugins-dir", plugins.toString(), "needs-base");
        assertThat(other.err()).as("nothing needs needs-base").isEmpty();
    }

    /** Explore-plugin-author M6: a plugin id may differ from its extension's name, and may hold upper-case letters. */
    @Test
    void removeEnableAndDisableOfAnExtensionsNameOrOfAnIdInAnotherCaseNameThePluginsId() throws Exception {
        PluginFolders.zip(plugins, "Acme.Terms", "*", null, PlainReporter.class);

        for (String command : List.of("remove", "enable", "disable")) {
            CommandRun byExtension = CommandRun.of("plugins", command, "--plugins-dir", plugins.toString(), "plain");
            assertThat(byExtension.exit()).as(byExtension.err()).isEqualTo(ExitCode.USAGE);
            assertThat(byExtension.err()).contains("no plugin 'plain' in " + plugins.toAbsolutePath().normalize() + ": plain is an"
                    + " extension of plugin Acme.Terms, and a plugin goes by its id: `evidentia plugins --plugins-dir " + plugins + " " + command + " Acme.Terms`");

            CommandRun byCase = CommandRun.of("plugins", command, "--plugins-dir", plugins.toString(), "acme.terms");
            assertThat(byCase.exit()).as(byCase.err()).isEqualTo(ExitCode.USAGE);
            assertThat(byCase.err()).contains("no plugin 'acme.terms' in " + plugins.toAbsolutePath().normalize() + " (plugin ids are"
                    + " matched exactly, case included): Acme.Terms is its id: `evidentia plugins --plugins-dir " + plugins + " " + command + " Acme.Terms`");
        }
        assertThat(plugins.resolve("Acme.Terms.zip")).exists();
        CommandRun unknown = CommandRun.of("plugins", "remove", "--plugins-dir", plugins.toString(), "nothing-like-it");
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("no plugin 'nothing-like-it' in " + plugins.toAbsolutePath().normalize()
                + "; `evidentia plugins --plugins-dir " + plugins + "` lists them");
    }

    /** A disabled plugin's extensions are not made, but their names are known from when they were. */
    @Test
    void enableOfADisabledPluginsExtensionsNameNamesThePluginsId() throws Exception {
        PluginFolders.zip(plugins, "Acme.Terms", "*", null, PlainReporter.class);
        assertThat(CommandRun.of("plugins", "--plugins-dir", plugins.toString()).exit()).isEqualTo(ExitCode.OK); // made once: names kept
        assertThat(CommandRun.of("plugins", "disable", "--plugins-dir", plugins.toString(), "Acme.Terms").exit()).isEqualTo(ExitCode.OK);

        CommandRun run = CommandRun.of("plugins", "enable", "--plugins-dir", plugins.toString(), "plain");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(": plain is an extension of plugin Acme.Terms, and a plugin goes by its id:"
                + " `evidentia plugins --plugins-dir " + plugins + " enable Acme.Terms`");
    }

    /** Explore-plugin-author M6: "Could not enable ID; `evidentia plugins` says why.", exit 1; the reason is known, and refusals exit 2. */
    @Test
    void enablingAPluginForAnotherEvidentiaIsRefusedWithTheReason() throws Exception {
        PluginFolders.folder(plugins, "future-plugin", ">=9.0.0", null, PlainReporter.class);
        Path disabled = stateFileWrittenLongAgo("disabled.txt", "future-plugin\n");

        CommandRun run = CommandRun.of("plugins", "enable", "--plugins-dir", plugins.toString(), "future-plugin");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("cannot enable future-plugin: requires Evidentia >=9.0.0, but this is Evidentia "
                + EvidentiaVersion.get() + "; nothing was written");
        assertNotWritten(disabled, "future-plugin\n");
    }

    /** Explore-plugin-author L9: a bundled plugin was removed with no word of how to get it back. */
    @Test
    void removingABundledPluginSaysHowToGetItBack() throws Exception {
        Files.move(PluginFolders.zip(plugins, "ris-source", "*", null, PlainReporter.class),
                plugins.resolve("evidentia-ris-source-0.1.0.zip"));
        PluginFolders.zip(plugins, "own-plugin", "*", null, OtherMentionExtractor.class);

        CommandRun bundled = CommandRun.of("plugins", "remove", "--plugins-dir", plugins.toString(), "ris-source");
        CommandRun own = CommandRun.of("plugins", "remove", "--plugins-dir", plugins.toString(), "own-plugin");

        assertThat(bundled.exit()).as(bundled.err()).isEqualTo(ExitCode.OK);
        assertThat(bundled.out()).endsWith("ris-source was a plugin bundled with Evidentia (evidentia-ris-source-0.1.0.zip), and the"
                + " distribution keeps no other copy: it comes back with `evidentia plugins --plugins-dir " + plugins + " install` of a copy of"
                + " evidentia-ris-source-0.1.0.zip (the distribution's zip holds it, in plugins/), or by installing the distribution"
                + " again." + System.lineSeparator());
        assertThat(own.exit()).as(own.err()).isEqualTo(ExitCode.OK);
        assertThat(own.out()).doesNotContain("bundled");
    }

    @Test
    void disablingAPluginThatIsDisabledAlreadySaysSoAndWritesNothing() throws Exception {
        PluginFolders.folder(plugins, "plain-plugin", "*", null, PlainReporter.class);
        Path disabled = stateFileWrittenLongAgo("disabled.txt", "plain-plugin\n");

        CommandRun run = CommandRun.of("plugins", "disable", "--plugins-dir", plugins.toString(), "plain-plugin");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("plain-plugin is already disabled." + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        assertNotWritten(disabled, "plain-plugin\n");
        assertThat(plugins.resolve("enabled.txt")).doesNotExist();
        // the review of session 30, P8: its row had an empty EXTENSIONS column, as a plugin with none
        assertThat(CommandRun.of("plugins", "--plugins-dir", plugins.toString()).out())
                .containsPattern("plain-plugin +[^ ]+ +disabled +\\(not loaded while disabled\\)");
    }

    @Test
    void aPluginForAnotherEvidentiaIsDisabledInTheListsSoThatItStaysDisabledOnceItFits() throws Exception {
        PluginFolders.folder(plugins, "future-plugin", ">=9.0.0", null, PlainReporter.class);

        CommandRun run = CommandRun.of("plugins", "disable", "--plugins-dir", plugins.toString(), "future-plugin");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Disabled future-plugin." + System.lineSeparator());
        assertThat(Files.readString(plugins.resolve("disabled.txt"))).contains("future-plugin");
        assertThat(CommandRun.of("plugins", "disable", "--plugins-dir", plugins.toString(), "future-plugin").out())
                .isEqualTo("future-plugin is already disabled." + System.lineSeparator());
    }

    /** A command started on another thread: what it prints on stderr is seen as it prints it. */
    private record Started(CompletableFuture<CommandRun> run, StringWriter err) {

        static Started of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            return new Started(CompletableFuture.supplyAsync(() -> {
                int exit = EvidentiaCommand.commandLine(out, err, args).execute(args);
                return new CommandRun(exit, out.toString(), err.toString());
            }), err);
        }

        /** Waits until it says that it waits for the plugins folder; fails when it ends or says nothing of the kind. */
        void awaitWaiting() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!err.toString().contains("waiting for another") && System.nanoTime() < deadline) {
                assertThat(run.isDone()).as("ended without waiting: %s", run.isDone() ? run.join() : null).isFalse();
                Thread.sleep(10);
            }
            assertThat(err.toString()).as("waits while another command changes the plugins folder")
                    .contains("waiting for another `evidentia plugins` command to finish changing the plugins folder");
        }
    }

    @Test
    void anInstallAtTheSameMomentAsAnotherWaitsForItAndThenSeesItsPlugin() throws Exception {
        Path first = PluginFolders.zip(downloads, "first-plain", "*", null, PlainReporter.class);
        Path second = PluginFolders.zip(downloads, "second-plain", "*", null, PlainReporter.class);
        Path lockFile = plugins.resolve(PluginsCommand.LOCK);

        Started secondInstall;
        try (LockFile firstCommand = LockFile.tryLock(lockFile).orElseThrow()) {
            secondInstall = Started.of("plugins", "install", "--plugins-dir", plugins.toString(), second.toString());
            secondInstall.awaitWaiting();
            // what the first command, holding the folder, decides and writes meanwhile
            assertThat(new PluginInstaller(plugins, EvidentiaVersion.get()).install(first).outcome())
                    .isEqualTo(PluginInstaller.Installing.Outcome.INSTALLED);
        }
        CommandRun run = secondInstall.run().get(60, TimeUnit.SECONDS);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).endsWith("evidentia: cannot install " + second + ": the name of its extension is taken: 'plain'"
                + " (plugin first-plain); nothing was installed: rename it in the plugin" + System.lineSeparator());
        assertThat(CommandRun.of("plugins", "--plugins-dir", plugins.toString()).out())
                .containsPattern("first-plain +1\\.2\\.3 +started +reporter:plain").doesNotContain("second-plain");
        assertThat(lockFile).as("the folder's lock is gone with its last holder").doesNotExist();
    }

    @Test
    void anEnableAtTheSameMomentAsAnotherWaitsForItAndThenSeesThePluginItEnabled() throws Exception {
        PluginFolders.folder(plugins, "first-plain", "*", null, PlainReporter.class);
        PluginFolders.folder(plugins, "second-plain", "*", null, PlainReporter.class);
        Files.writeString(plugins.resolve("disabled.txt"), "first-plain\nsecond-plain\n");

        Started secondEnable;
        try (LockFile firstCommand = LockFile.tryLock(plugins.resolve(PluginsCommand.LOCK)).orElseThrow()) {
            secondEnable = Started.of("plugins", "enable", "--plugins-dir", plugins.toString(), "second-plain");
            secondEnable.awaitWaiting();
            try (PluginHost host = new PluginHost(plugins, EvidentiaVersion.get()).start()) {
                assertThat(host.enable("first-plain").outcome()).isEqualTo(PluginHost.Enabling.Outcome.ENABLED);
            }
        }
        CommandRun run = secondEnable.run().get(60, TimeUnit.SECONDS);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).endsWith("evidentia: cannot enable second-plain: the name of its extension is taken: 'plain'"
                + " (plugin first-plain); it stays disabled: rename it in the plugin, or disable the other plugin first"
                + System.lineSeparator());
        assertThat(Files.readString(plugins.resolve("disabled.txt"))).contains("second-plain").doesNotContain("first-plain");
    }
}
