package org.evidentia.runtime.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.evidentia.runtime.host.fixtures.GreetingPlugin;
import org.evidentia.runtime.host.fixtures.GreetingSource;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enabled.txt} and {@code disabled.txt} as {@code plugins enable} and {@code disable} change
 * them through the host: each replaced whole in one step, every other line kept, never through a
 * link, and the plugin in the state asked for at the next start.
 */
class PluginListsTest {

    @TempDir
    Path plugins;

    @TempDir
    Path elsewhere;

    private void twoPlugins() throws Exception {
        PluginFolders.folder(plugins, "plain-plugin", "*", null, PlainReporter.class);
        PluginFolders.folder(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);
    }

    private String stateAtNextStart(String id) {
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            return host.statuses().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().state();
        }
    }

    @Test
    void aReaderThatOpenedTheListBeforeADisableReadsTheOldListWholeAndTheNewListKeepsEveryOtherLine() throws Exception {
        twoPlugins();
        String before = "# switched off for the 2026 review\r\nsome-other-plugin\n\n# end";
        Path disabled = Files.writeString(plugins.resolve("disabled.txt"), before);
        Files.setPosixFilePermissions(disabled, PosixFilePermissions.fromString("rw-r--r--"));

        try (InputStream readerMeanwhile = Files.newInputStream(disabled);
             PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.disable("plain-plugin")).isEqualTo(PluginHost.Disabling.DISABLED);
            // rewritten in place (PF4J's way), this reader would see the new list, or a list cut short had it read mid-write
            assertThat(new String(readerMeanwhile.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(before);
        }

        assertThat(Files.readString(disabled)).isEqualTo(before + "\nplain-plugin\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(disabled))).isEqualTo("rw-r--r--");
        try (Stream<Path> files = Files.list(plugins)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no hidden copy left")
                    .containsExactlyInAnyOrder("disabled.txt", "greeting-plugin", "plain-plugin");
        }
        assertThat(stateAtNextStart("plain-plugin")).isEqualTo("disabled");
        assertThat(stateAtNextStart("greeting-plugin")).isEqualTo("started");
    }

    @Test
    void enablingRemovesOnlyThePluginsLinesAndKeepsTheCommentsAndTheOrderOfTheOthers() throws Exception {
        twoPlugins();
        Files.writeString(plugins.resolve("disabled.txt"), "# why: see ticket 12\ngreeting-plugin\nplain-plugin\n# end\n");

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.enable("plain-plugin").outcome()).isEqualTo(PluginHost.Enabling.Outcome.ENABLED);
        }

        assertThat(Files.readString(plugins.resolve("disabled.txt"))).isEqualTo("# why: see ticket 12\ngreeting-plugin\n# end\n");
        assertThat(stateAtNextStart("plain-plugin")).isEqualTo("started");
    }

    @Test
    void enablingAPluginThatDisabledTxtNamesWhileEnabledTxtNamesAnotherEnablesIt() throws Exception {
        twoPlugins();
        Files.writeString(plugins.resolve("enabled.txt"), "greeting-plugin\n");
        Files.writeString(plugins.resolve("disabled.txt"), "plain-plugin\n");

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.enable("plain-plugin").outcome()).isEqualTo(PluginHost.Enabling.Outcome.ENABLED);
        }

        // PF4J added it to enabled.txt and left its line in disabled.txt: still disabled
        assertThat(Files.readString(plugins.resolve("enabled.txt"))).isEqualTo("greeting-plugin\nplain-plugin\n");
        assertThat(Files.readString(plugins.resolve("disabled.txt"))).isEmpty();
        assertThat(stateAtNextStart("plain-plugin")).isEqualTo("started");
        assertThat(stateAtNextStart("greeting-plugin")).isEqualTo("started");
    }

    @Test
    void disablingTheOnePluginThatEnabledTxtNamesLeavesTheOthersDisabled() throws Exception {
        twoPlugins();
        Files.writeString(plugins.resolve("enabled.txt"), "plain-plugin\n");

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.disable("plain-plugin")).isEqualTo(PluginHost.Disabling.DISABLED);
        }

        // PF4J emptied enabled.txt, and an empty enabled.txt enables every plugin
        assertThat(Files.readString(plugins.resolve("enabled.txt"))).isEqualTo("plain-plugin\n");
        assertThat(Files.readString(plugins.resolve("disabled.txt"))).isEqualTo("plain-plugin\n");
        assertThat(stateAtNextStart("plain-plugin")).isEqualTo("disabled");
        assertThat(stateAtNextStart("greeting-plugin")).isEqualTo("disabled");
    }

    // The review of session 19, H14: a blank line was an id of its own, and a line's blanks part of the id
    @Test
    void blankLinesAreNoIdsAndAnIdsBlanksAreNotPartOfIt() throws Exception {
        twoPlugins();
        Files.writeString(plugins.resolve("enabled.txt"), "# plugins to enable, one a line\n\n");
        assertThat(stateAtNextStart("plain-plugin")).as("an enabled.txt naming no plugin").isEqualTo("started");
        Files.delete(plugins.resolve("enabled.txt"));
        Files.writeString(plugins.resolve("disabled.txt"), "plain-plugin \n");
        assertThat(stateAtNextStart("plain-plugin")).isEqualTo("disabled");
        assertThat(stateAtNextStart("greeting-plugin")).isEqualTo("started");
    }

    @Test
    void aListThatIsASymbolicLinkIsReadButNeverWrittenThroughNorReplaced() throws Exception {
        twoPlugins();
        Path target = Files.writeString(elsewhere.resolve("not-a-list.txt"), "greeting-plugin\n");
        Path link = Files.createSymbolicLink(plugins.resolve("disabled.txt"), target);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.statuses()).filteredOn(s -> s.id().equals("greeting-plugin")).singleElement()
                    .satisfies(s -> assertThat(s.state()).isEqualTo("disabled"));
            assertThatThrownBy(() -> host.disable("plain-plugin")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the plugins folder's list " + link.toAbsolutePath().normalize() + " is a symbolic link;"
                            + " Evidentia does not change its lists through links: replace the link with the file it points to");
        }

        assertThat(Files.readString(target)).isEqualTo("greeting-plugin\n");
        assertThat(link).isSymbolicLink();
    }
}
