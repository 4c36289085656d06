package org.evidentia.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.evidentia.api.Source;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs an {@link EvidentiaPluginTest} class through the JUnit Platform, as Surefire runs a plugin's
 * tests, and reads what JUnit logs about the plugin the extension stored for the class.
 */
class PluginTestExtensionTest {

    /** The plugin build output of {@link AnEmptyPluginTest}: a descriptor and no classes. */
    private static final Path PROJECT = Path.of("target/plugin-test-extension-fixture");

    @Test
    void theStoredPluginIsClosedByJUnitWithoutTheCloseableResourceWarning() throws IOException {
        Files.createDirectories(PROJECT.resolve("target/classes"));
        Files.createDirectories(PROJECT.resolve("target/plugin"));
        Files.writeString(PROJECT.resolve("target/plugin/plugin.properties"), """
                plugin.id=empty-plugin
                plugin.class=
                plugin.version=0.1.0
                plugin.requires=>=0.1.0
                plugin.provider=Evidentia tests
                plugin.dependencies=
                """);
        // JUnit logs through java.util.logging, under the class that closes a store's values.
        Logger junit = Logger.getLogger("org.junit.jupiter.engine.descriptor.AbstractExtensionContext");
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        junit.addHandler(handler);
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(AnEmptyPluginTest.class))
                    .build(), listener);
        } finally {
            junit.removeHandler(handler);
        }

        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getFailures()).as("failures of the plugin test").isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(logged).as("what JUnit logged while closing the class's store").noneMatch(m -> m.contains("CloseableResource"));
    }

    /** Run only by the test above (Surefire leaves out nested classes). */
    @EvidentiaPluginTest(project = "target/plugin-test-extension-fixture")
    static class AnEmptyPluginTest {

        @Test
        void loadsThePlugin(PluginsUnderTest plugins) {
            assertThat(plugins.extensions(Source.class)).isEmpty();
        }
    }
}
