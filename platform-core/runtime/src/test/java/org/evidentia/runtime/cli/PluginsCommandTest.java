package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.evidentia.runtime.host.PluginFolders;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evidentia plugins enable}: the enabled state changes only when enabling is allowed, and only then. */
class PluginsCommandTest {

    @TempDir
    Path plugins;

    @Test
    void enablingAPluginThatIsEnabledAlreadyLeavesItEnabledAndSaysSoEvenWhenItsNameIsShared() throws Exception {
        PluginFolders.zip(plugins, "first-plain", "*", null, PlainReporter.class);
        PluginFolders.folder(plugins, "second-plain", "*", null, PlainReporter.class);

        CommandRun run = CommandRun.of("plugins", "enable", "--plugins-dir", plugins.toString(), "second-plain");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("second-plain is already enabled." + System.lineSeparator());
        assertThat(run.err()).isEqualTo("warning: plugin second-plain: its reporter 'plain' has the name of plugin first-plain's"
                + " reporter; extension names must be unique, so neither is used (rename one, or disable or remove one of the"
                + " plugins)" + System.lineSeparator());
        assertThat(plugins.resolve("disabled.txt")).doesNotExist();
        assertThat(plugins.resolve("enabled.txt")).doesNotExist();
        assertThat(CommandRun.of("plugins", "--plugins-dir", plugins.toString()).out())
                .containsPattern("second-plain +1\\.2\\.3 +started");
    }

    @Test
    void aRefusedEnableLeavesTheStateFilesUntouched() throws Exception {
        PluginFolders.zip(plugins, "first-plain", "*", null, PlainReporter.class);
        PluginFolders.folder(plugins, "second-plain", "*", null, PlainReporter.class);
        Path disabled = Files.writeString(plugins.resolve("disabled.txt"), "second-plain\n");
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(disabled, written);

        CommandRun run = CommandRun.of("plugins", "enable", "--plugins-dir", plugins.toString(), "second-plain");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("evidentia: cannot enable second-plain: the name of its extension is taken: 'plain'"
                + " (plugin first-plain); it stays disabled: rename it in the plugin, or disable the other plugin first"
                + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(disabled)).isEqualTo("second-plain\n");
        assertThat(Files.getLastModifiedTime(disabled)).as("disabled.txt is not written, not even back").isEqualTo(written);
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
}
