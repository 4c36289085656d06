package org.evidentia.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.evidentia.api.Api;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a JUnit 5 test class a plugin test: its test methods (and constructor) may declare
 * parameters that the testkit fills in ({@link PluginTestExtension}):
 *
 * <ul>
 *   <li>{@link PluginsUnderTest}: this plugin loaded from its build output ({@code target/plugin/plugin.properties}
 *       and {@code target/classes}) by the real host, as the distribution loads it: PF4J, its own class
 *       loader, extensions made by Guice. Loaded once per test class.</li>
 *   <li>a {@link org.evidentia.api.Source}, {@link org.evidentia.api.Extractor},
 *       {@link org.evidentia.api.Reporter} or {@link org.evidentia.api.Retriever}: that extension of the loaded
 *       plugin (name it with {@link ExtensionNamed} when the plugin has several of the kind);</li>
 *   <li>{@link Fixture @Fixture("fixtures/x.nbib")} on a {@link java.nio.file.Path} or a {@link TestInput}:
 *       a test resource;</li>
 *   <li>{@link Golden @Golden("golden/x.jsonl")} on a {@link GoldenFindings}: findings to compare with, kept in
 *       the running module's {@code src/test/resources};</li>
 *   <li>{@link Gold @Gold("gold/x.jsonl")} on a {@link GoldFile}: a hand-annotated gold file to score against.</li>
 * </ul>
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PluginTestExtension.class)
public @interface EvidentiaPluginTest {

    /**
     * The plugin's Maven project folder, relative to the working directory (Surefire's is the
     * project's own, so the default {@code ""} fits a plugin's own tests).
     *
     * @since 0.1
     */
    String project() default "";
}
