package org.evidentia.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.Extension;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;

/**
 * Plugin zips loaded by the real host, as the distribution loads them: PF4J from a plugins folder,
 * each plugin in its own class loader, extensions made by Guice. Use it to check that a built zip
 * holds its extensions, resources and libraries.
 *
 * <pre>{@code
 * try (PluginsUnderTest plugins = PluginsUnderTest.load(Path.of("target/my-plugin-1.0.0.zip"))) {
 *     Reporter reporter = plugins.extension(Reporter.class, "my-report");
 *     ...
 * }
 * }</pre>
 */
public final class PluginsUnderTest implements AutoCloseable {

    private final PluginHost host;

    private PluginsUnderTest(PluginHost host) {
        this.host = host;
    }

    /**
     * Copies the zips into a fresh plugins folder and starts them.
     *
     * @throws AssertionError when a zip is missing (build it first: {@code mvn verify} runs ITs after packaging)
     *     or a plugin cannot be loaded or started
     */
    public static PluginsUnderTest load(Path... zips) {
        try {
            Path folder = Files.createTempDirectory("evidentia-plugins");
            for (Path zip : zips) {
                if (!Files.isRegularFile(zip)) {
                    throw new AssertionError("no plugin zip at " + zip.toAbsolutePath() + "; package the plugin first");
                }
                Files.copy(zip, folder.resolve(zip.getFileName()));
            }
            PluginHost host = new PluginHost(folder, EvidentiaVersion.get()).start();
            if (!host.problems().isEmpty()) {
                host.close();
                throw new AssertionError("plugins not usable: " + host.problems());
            }
            return new PluginsUnderTest(host);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every started extension of one kind, sorted by name. */
    public <T extends Extension> List<T> extensions(Class<T> type) {
        return host.extensions(type).stream().map(LoadedExtension::extension).toList();
    }

    /**
     * The extension of this kind and name.
     *
     * @throws AssertionError when there is none
     */
    public <T extends Extension> T extension(Class<T> type, String name) {
        return extensions(type).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name + " among "
                        + extensions(type).stream().map(Extension::name).toList()));
    }

    /** Stops and unloads the plugins. */
    @Override
    public void close() {
        host.close();
    }
}
