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

    /** The plugin build output of {@link AnExtractorPluginTest} and {@link AskingForASourceCase}: one extractor, no source. */
    private static final Path PROJECT = Path.of("target/plugin-test-extension-fixture");

    /** The plugin build output of {@link NoExtensionCase}: a descriptor and an extensions index that names nothing. */
    private static final Path NO_EXTENSION = Path.of("target/plugin-test-extension-noext");

    @Test
    void theStoredPluginIsClosedByJUnitWithoutTheCloseableResourceWarning() throws IOException {
        layOut(PROJECT, "extractor-plugin", "org.example.sleep.SleepTermExtractor", "SleepTermExtractor.class",
                "SleepTermExtractor$Options.class");
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
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(AnExtractorPluginTest.class))
                    .build(), listener);
        } finally {
            junit.removeHandler(handler);
        }

        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getFailures()).as("failures of the plugin test").isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(logged).as("what JUnit logged while closing the class's store").noneMatch(m -> m.contains("CloseableResource"));
    }

    @Test
    void askingForAKindThePluginDoesNotOfferSaysItOffersNoneAndWhy() throws IOException {
        layOut(PROJECT, "extractor-plugin", "org.example.sleep.SleepTermExtractor", "SleepTermExtractor.class",
                "SleepTermExtractor$Options.class");

        TestExecutionSummary summary = run(AskingForASourceCase.class);

        assertThat(summary.getFailures()).singleElement().satisfies(failure -> assertThat(failure.getException())
                .hasMessageContaining("the plugin under test offers no Source: its META-INF/extensions.idx names none (is"
                        + " @org.pf4j.Extension missing on the class, or the annotation processor"
                        + " org.pf4j.processor.ExtensionAnnotationProcessor off, as with <proc>none</proc>?); it offers"
                        + " extractor:sleep-terms")
                .hasMessageNotContaining("@ExtensionNamed"));
    }

    @Test
    void aPluginThatOffersNoExtensionIsNotUsableAndTheHostSaysWhatToDo() throws IOException {
        layOut(NO_EXTENSION, "no-extension-plugin", "");

        TestExecutionSummary summary = run(NoExtensionCase.class);

        assertThat(summary.getFailures()).singleElement().satisfies(failure -> assertThat(failure.getException())
                .hasMessageContaining("plugins not usable: [no-extension-plugin: it offers no extension: its"
                        + " classes/META-INF/extensions.idx names no extension, so PF4J would find none in this plugin. Annotate each"
                        + " extension class with @org.pf4j.Extension and compile with the annotation processor"
                        + " org.pf4j.processor.ExtensionAnnotationProcessor"));
    }

    /** Lays out a plugin's build output in {@code project}: its descriptor, the named test classes of org.example.sleep and an index naming {@code index}. */
    private static void layOut(Path project, String id, String index, String... classes) throws IOException {
        Path target = project.resolve("target");
        Path classFolder = Files.createDirectories(target.resolve("classes/org/example/sleep"));
        for (String name : classes) {
            Files.copy(Path.of("target/test-classes/org/example/sleep", name), classFolder.resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(target.resolve("classes/META-INF"));
        Files.writeString(target.resolve("classes/META-INF/extensions.idx"), index.isEmpty() ? "" : index + "\n");
        Files.createDirectories(target.resolve("plugin"));
        Files.writeString(target.resolve("plugin/plugin.properties"), """
                plugin.id=%s
                plugin.class=
                plugin.version=0.1.0
                plugin.requires=>=0.1.0
                plugin.provider=Evidentia tests
                plugin.dependencies=
                """.formatted(id));
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
        return listener.getSummary();
    }

    /** Run only by the tests above (Surefire leaves out nested classes; the two below fail by design, and are not named *Test). */
    @EvidentiaPluginTest(project = "target/plugin-test-extension-fixture")
    static class AnExtractorPluginTest {

        @Test
        void loadsThePlugin(PluginsUnderTest plugins) {
            assertThat(plugins.extensions(Source.class)).isEmpty();
        }
    }

    /** Asks for a source of a plugin that offers only an extractor. */
    @EvidentiaPluginTest(project = "target/plugin-test-extension-fixture")
    static class AskingForASourceCase {

        @Test
        void injectsASource(Source source) {
            assertThat(source).isNotNull();
        }
    }

    /** Asks for an extractor of a plugin that offers nothing. */
    @EvidentiaPluginTest(project = "target/plugin-test-extension-noext")
    static class NoExtensionCase {

        @Test
        void injectsAnExtractor(org.evidentia.api.Extractor extractor) {
            assertThat(extractor).isNotNull();
        }
    }
}
