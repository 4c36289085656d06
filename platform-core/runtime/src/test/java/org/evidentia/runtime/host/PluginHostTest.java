package org.evidentia.runtime.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.Reporter;
import org.evidentia.api.Source;
import org.evidentia.runtime.host.fixtures.FailingPlugin;
import org.evidentia.runtime.host.fixtures.GreetingPlugin;
import org.evidentia.runtime.host.fixtures.GreetingSource;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginHostTest {

    @TempDir
    Path plugins;

    @Test
    void extensionsComeFromPluginClassLoadersWithInjectionFromThePluginsModule() throws Exception {
        PluginFolders.folder(plugins, "greeting-plugin", ">=0.1.0", GreetingPlugin.class, GreetingSource.class);
        PluginFolders.zip(plugins, "plain-plugin", "*", null, PlainReporter.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            List<LoadedExtension<Source>> sources = host.extensions(Source.class);
            assertThat(sources).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("greeting");
                assertThat(s.pluginId()).isEqualTo("greeting-plugin");
                assertThat(s.pluginVersion()).isEqualTo("1.2.3");
                assertThat(s.extension().description()).isEqualTo("hello from the plugin's module");
                assertThat(s.extension().getClass()).isNotSameAs(GreetingSource.class);
                assertThat(s.classLoader()).isNotSameAs(getClass().getClassLoader());
            });
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(host.problems()).isEmpty();
            assertThat(host.statuses()).extracting(PluginStatus::id, PluginStatus::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("greeting-plugin", "started"),
                            org.assertj.core.groups.Tuple.tuple("plain-plugin", "started"));
        }
    }

    @Test
    void aPluginThatCannotStartIsReportedAndTheOthersWork() throws Exception {
        PluginFolders.folder(plugins, "broken-start", "*", FailingPlugin.class, PlainReporter.class);
        PluginFolders.folder(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).singleElement().asString()
                    .startsWith("broken-start: failed to start")
                    .contains("database of cytokines is missing");
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
            assertThat(host.extensions(Reporter.class)).isEmpty();
        }
    }

    @Test
    void aPluginRequiringAnotherVersionIsReportedWithBothVersions() throws Exception {
        PluginFolders.folder(plugins, "from-the-future", ">=9.0.0", null, PlainReporter.class);
        PluginFolders.folder(plugins, "greeting-plugin", ">=0.1.0", GreetingPlugin.class, GreetingSource.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).containsExactly("from-the-future: requires Evidentia >=9.0.0, but this is Evidentia 0.1.0");
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.extensions(Source.class)).hasSize(1);
        }
    }

    @Test
    void aBrokenZipIsReportedByFileNameAndTheOthersWork() throws Exception {
        Files.write(plugins.resolve("half-downloaded.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Files.writeString(plugins.resolve("not-a-plugin.zip"), "");
        PluginFolders.zip(plugins, "plain-plugin", "*", null, PlainReporter.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).hasSize(2);
            assertThat(host.problems().get(0)).startsWith("half-downloaded.zip: not a readable zip file");
            assertThat(host.problems().get(1)).startsWith("not-a-plugin.zip: not a readable zip file");
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
    }

    @Test
    void aReplacedZipIsUnpackedAfreshEvenWhenItIsDatedInThePast() throws Exception {
        Path zip = PluginFolders.zip(plugins, "swap", "*", null, PlainReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
        Files.delete(zip);
        PluginFolders.zip(plugins, "swap", "*", GreetingPlugin.class, GreetingSource.class);
        Files.setLastModifiedTime(zip, java.nio.file.attribute.FileTime.fromMillis(0));

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
        }
    }

    @Test
    void disabledPluginsAreListedButOfferNoExtensionsAndCanBeEnabledAgain() throws Exception {
        PluginFolders.folder(plugins, "plain-plugin", "*", null, PlainReporter.class);
        Files.writeString(plugins.resolve("disabled.txt"), "plain-plugin\n");

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.statuses()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo("disabled"));
            assertThat(host.problems()).isEmpty();
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.enable("plain-plugin")).isTrue();
        }
        assertThat(Files.readString(plugins.resolve("disabled.txt"))).doesNotContain("plain-plugin");
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
    }
}
