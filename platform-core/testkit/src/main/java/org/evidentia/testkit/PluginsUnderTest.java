package org.evidentia.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evidentia.api.Api;
import org.evidentia.api.Extension;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.host.PluginProblem;
import org.evidentia.runtime.output.FileTrees;

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
 *
 * <p>{@link EvidentiaPluginTest} injects one loaded from the plugin's build output.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class PluginsUnderTest implements AutoCloseable {

    private final PluginHost host;
    /** The plugins folder made for these plugins in the temporary folder, deleted on {@link #close()}. */
    private final Path folder;

    private PluginsUnderTest(PluginHost host, Path folder) {
        this.host = host;
        this.folder = folder;
    }

    /**
     * Copies the zips into a fresh plugins folder and starts them.
     *
     * @throws AssertionError when a zip is missing (build it first: {@code mvn verify} runs ITs after packaging)
     *     or a plugin cannot be loaded or started
     * @since 0.1
     */
    public static PluginsUnderTest load(Path... zips) {
        for (Path zip : zips) {
            if (!Files.isRegularFile(zip)) {
                throw new AssertionError("no plugin zip at " + zip.toAbsolutePath() + "; package the plugin first");
            }
        }
        return inNewFolder(folder -> {
            for (Path zip : zips) {
                Files.copy(zip, folder.resolve(zip.getFileName()));
            }
        });
    }

    /**
     * Loads a plugin from its Maven build output, without a zip: {@code target/plugin/plugin.properties}
     * (written by evidentia-plugin-parent in {@code process-resources}), {@code target/classes} and the
     * libraries the zip will bundle, {@code target/plugin-lib} (gathered in {@code process-resources}), laid
     * out in a fresh plugins folder as the zip would unpack. The plugin sees of the test class path only
     * what the host provides to every plugin, as in the distribution: a library it uses that is neither
     * bundled nor provided (a {@code provided} one the host does not have) fails its test as it would fail
     * every run.
     *
     * @param project the plugin's Maven project folder
     * @throws AssertionError when the project has not been compiled or the plugin cannot be loaded or started
     * @since 0.1
     */
    public static PluginsUnderTest fromBuildOutput(Path project) {
        Path target = project.resolve("target");
        Path descriptor = target.resolve("plugin/plugin.properties");
        Path classes = target.resolve("classes");
        if (!Files.isRegularFile(descriptor) || !Files.isDirectory(classes)) {
            throw new AssertionError("no plugin build output in " + target.toAbsolutePath() + " (expected plugin/plugin.properties"
                    + " and classes/): build the plugin with evidentia-plugin-parent first (mvn test does)");
        }
        return inNewFolder(folder -> {
            Path plugin = Files.createDirectories(folder.resolve("plugin-under-test"));
            Files.copy(descriptor, plugin.resolve("plugin.properties"));
            copyTree(classes, plugin.resolve("classes"));
            Path libraries = target.resolve("plugin-lib");
            if (Files.isDirectory(libraries)) {
                copyTree(libraries, plugin.resolve("lib"));
            }
        });
    }

    /** What is laid out in a new plugins folder before the host starts. */
    @FunctionalInterface
    private interface Layout {
        void into(Path folder) throws IOException;
    }

    /**
     * Lays the plugins out in a new folder in the temporary folder and starts them; the folder is
     * deleted when they cannot be started, or on {@link #close()} (review 28 L4: every test class left one behind).
     */
    private static PluginsUnderTest inNewFolder(Layout layout) {
        Path folder;
        try {
            folder = Files.createTempDirectory("evidentia-plugins");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean started = false;
        try {
            layout.into(folder);
            PluginsUnderTest plugins = start(folder);
            started = true;
            return plugins;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!started) {
                delete(folder);
            }
        }
    }

    private static void delete(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            // a leftover in the temporary folder, as before; the test's outcome does not depend on it
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted().toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }

    private static PluginsUnderTest start(Path folder) {
        PluginHost host = new PluginHost(folder, EvidentiaVersion.get()).start();
        List<PluginProblem> problems = host.problems();
        if (!problems.isEmpty()) {
            host.close(); // which empties the host's problems: they are asked for first
            throw new AssertionError("plugins not usable: " + problems);
        }
        return new PluginsUnderTest(host, folder);
    }

    /**
     * Every started extension of one kind, sorted by name.
     *
     * @since 0.1
     */
    public <T extends Extension> List<T> extensions(Class<T> type) {
        return host.extensions(type).stream().map(LoadedExtension::extension).toList();
    }

    /**
     * The extension of this kind and name.
     *
     * @throws AssertionError when there is none
     * @since 0.1
     */
    public <T extends Extension> T extension(Class<T> type, String name) {
        return extensions(type).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name + " among "
                        + extensions(type).stream().map(Extension::name).toList()));
    }

    /**
     * Stops and unloads the plugins, and deletes the plugins folder made for them in the temporary folder.
     *
     * @since 0.1
     */
    @Override
    public void close() {
        host.close();
        delete(folder);
    }
}
