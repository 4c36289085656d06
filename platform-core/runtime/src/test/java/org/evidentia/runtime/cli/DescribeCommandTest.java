package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evidentia.runtime.host.PluginFolders;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.evidentia.runtime.host.fixtures.SpecimenMentionExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescribeCommandTest {

    @Test
    void theCoreSynthesisIsDescribedWithItsOptionsLikeAnExtension() {
        CommandRun run = CommandRun.of("describe", "synthesis");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .startsWith("synthesis (core synthesis, built in)")
                .contains("Options (set with --option synthesis.KEY=VALUE or under options: synthesis: in a pipeline file):")
                .contains("  voting-designs (list of ")
                .contains(", default: [\"primary\",\"case-report\"]")
                .contains("Study designs whose findings cast votes in the synthesis");
    }

    /**
     * An extractor is described with the kind of its findings, whose name users type in {@code --focus},
     * a gold file or a reporter's option (review 6, finding 7: describe showed no kind), and what the
     * kind says its values mean, which a reader of its report sees.
     */
    @Test
    void anExtractorIsDescribedWithItsFindingKindAndTheKindsAttributes(@TempDir Path plugins) throws Exception {
        PluginFolders.zip(plugins, "specimen-plugin", "*", null, SpecimenMentionExtractor.class, PlainReporter.class);

        CommandRun run = CommandRun.of("describe", "--plugins-dir", plugins.toString(), "specimen-mentions");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
                "specimen-mentions (extractor, plugin specimen-plugin 1.2.3)",
                "  finds nothing, of kind specimen-mention",
                "  Plugin specimen-plugin: test plugin specimen-plugin, by tests", // its plugin.description and plugin.provider
                "Finding kind: specimen-mention (subject: Term)",
                "  specimen (breakdown): serum, plasma",
                "      serum, shown as \"blood serum\": the fluid left when blood has clotted",
                "  context (detail): free text",
                "Accuracy: not stated by the extractor",
                "No options.", ""));
        assertThat(CommandRun.of("describe", "--plugins-dir", plugins.toString(), "plain").out()).doesNotContain("Finding kind");
    }

    /** As a run does for -x, -r and -s: a plugin that cannot be used, or is disabled, may be why a name is not found. */
    /** An extension as `plugins` prints it ("extractor:NAME") is described, and a near name is suggested (F11). */
    @Test
    void anExtensionAsPluginsPrintsItIsDescribedAndANearNameSuggested(@TempDir Path plugins) throws Exception {
        PluginFolders.zip(plugins, "specimen-plugin", "*", null, SpecimenMentionExtractor.class);

        CommandRun pasted = CommandRun.of("describe", "--plugins-dir", plugins.toString(), "extractor:specimen-mentions");
        assertThat(pasted.exit()).as(pasted.err()).isEqualTo(ExitCode.OK);
        assertThat(pasted.out()).startsWith("specimen-mentions (extractor, plugin specimen-plugin 1.2.3)");

        CommandRun near = CommandRun.of("describe", "--plugins-dir", plugins.toString(), "specimen-mention");
        assertThat(near.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(near.err()).contains("no extension named 'specimen-mention' (did you mean 'specimen-mentions'?)");
    }

    @Test
    void aNameNotFoundIsToldThePluginProblemAndTheDisabledPluginsThatMayBeWhy(@TempDir Path plugins) throws Exception {
        PluginFolders.zip(plugins, "specimen-plugin", "*", null, SpecimenMentionExtractor.class);
        PluginFolders.zip(plugins, "plain", ">=99.0.0", null, PlainReporter.class);
        java.nio.file.Files.writeString(plugins.resolve("disabled.txt"), "specimen-plugin\n");

        CommandRun run = CommandRun.of("describe", "--plugins-dir", plugins.toString(), "plain");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines().filter(line -> line.startsWith("evidentia: "))).singleElement().asString()
                .startsWith("evidentia: no extension named 'plain'; plugin plain, which may offer it, has a problem: requires Evidentia >=99.0.0")
                .endsWith("; extensions: none (and synthesis, the core synthesis); disabled plugin specimen-plugin may have it"
                        + " (`evidentia plugins --plugins-dir " + plugins + " enable specimen-plugin`)");
    }

    /**
     * The review of session 28, R7: the hint to paste named no plugins folder, so under --plugins-dir it enabled the plugin in
     * the distribution's folder and the run still failed; a folder a shell would split is quoted.
     */
    @Test
    void theEnableHintUnderPluginsDirNamesThatFolderQuotedForTheShell(@TempDir Path parent) throws Exception {
        Path plugins = java.nio.file.Files.createDirectories(parent.resolve("my plugins"));
        PluginFolders.zip(plugins, "specimen-plugin", "*", null, SpecimenMentionExtractor.class);
        java.nio.file.Files.writeString(plugins.resolve("disabled.txt"), "specimen-plugin\n");

        CommandRun run = CommandRun.of("describe", "--plugins-dir", plugins.toString(), "specimen-mentions");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("(`evidentia plugins --plugins-dir '" + plugins + "' enable specimen-plugin`)");
    }
}
