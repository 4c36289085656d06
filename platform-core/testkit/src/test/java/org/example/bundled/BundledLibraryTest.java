package org.example.bundled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidentia.api.Reporter;
import org.evidentia.testkit.PluginsUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin loaded from its build output sees its own libraries, those its zip will bundle ({@code target/plugin-lib}), and of
 * the test class path only what the host provides to every plugin, as in the distribution: the review of session 32, A2, where
 * a library declared {@code provided} that the host does not provide passed the plugin's test, which saw the test class path,
 * and failed every run.
 */
class BundledLibraryTest {

    @Test
    void aPluginFindsTheLibrariesItsZipBundlesAndNotOthersOfTheTestClassPath(@TempDir Path project) throws Exception {
        Path target = project.resolve("target");
        Path classes = Files.createDirectories(target.resolve("classes/org/example/bundled"));
        Files.copy(Path.of("target/test-classes/org/example/bundled/PaddedNameReporter.class"), classes.resolve("PaddedNameReporter.class"));
        Files.createDirectories(target.resolve("classes/META-INF"));
        Files.writeString(target.resolve("classes/META-INF/extensions.idx"), PaddedNameReporter.class.getName() + "\n");
        Files.createDirectories(target.resolve("plugin"));
        Files.writeString(target.resolve("plugin/plugin.properties"),
                "plugin.id=padded\nplugin.version=1.0.0\nplugin.requires=>=0.1.0\nplugin.class=\nplugin.dependencies=\n");

        assertThatThrownBy(() -> PluginsUnderTest.fromBuildOutput(project)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("padded: its extension " + PaddedNameReporter.class.getName() + " cannot be made: its constructor"
                        + " threw NoClassDefFoundError: com/google/common/base/Strings (a class of a library that the plugin's lib/"
                        + " does not hold and the host does not provide");

        Path guava = Path.of(Strings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(guava, Files.createDirectories(target.resolve("plugin-lib")).resolve(guava.getFileName()));
        try (PluginsUnderTest plugins = PluginsUnderTest.fromBuildOutput(project)) {
            assertThat(plugins.extension(Reporter.class, "padded").getClass().getClassLoader())
                    .isNotSameAs(BundledLibraryTest.class.getClassLoader());
        }
    }
}
