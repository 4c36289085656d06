package org.evidentia.runtime.host;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.Reporter;
import org.evidentia.api.Retriever;
import org.evidentia.api.Source;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugins of one folder with PF4J and makes their extensions with Guice.
 *
 * <p>A plugin that cannot be loaded, resolved or started, or whose {@code requires} does not
 * match this Evidentia, is reported by {@link #problems()} with its id (or file) and reason; the
 * other plugins keep working. {@code enabled.txt} and {@code disabled.txt} in the folder are honoured.
 */
public final class PluginHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    /** Beside a plugin's unpacked files: the digest of the zip they came from. */
    private static final String STAMP = ".evidentia-zip.sha256";

    private final Path pluginsDir;
    private final String systemVersion;
    private final HostPluginManager manager;
    private final Map<String, String> fileProblems = new LinkedHashMap<>();

    /**
     * @param pluginsDir    the plugins folder (zips and/or unpacked plugin folders)
     * @param systemVersion this Evidentia's version, checked against each plugin's {@code requires}
     */
    public PluginHost(Path pluginsDir, String systemVersion) {
        this.pluginsDir = pluginsDir.toAbsolutePath().normalize();
        this.systemVersion = systemVersion;
        this.manager = new HostPluginManager(this.pluginsDir);
        manager.setSystemVersion(systemVersion);
        Injector hostInjector = Guice.createInjector(Stage.PRODUCTION, new HostModule());
        manager.factory().setInjector(hostInjector, manager);
    }

    /** Loads and starts every plugin of the folder; problems are collected, not thrown. */
    public PluginHost start() {
        if (!Files.isDirectory(pluginsDir)) {
            fileProblems.put(pluginsDir.toString(), "the plugins folder does not exist");
            return this;
        }
        List<Path> zips = checkZips();
        zips.forEach(PluginHost::removeStaleUnpacking);
        try {
            manager.loadPlugins();
        } catch (PluginRuntimeException e) {
            // A dependency cycle or a missing required plugin aborts resolution for all plugins.
            fileProblems.put(pluginsDir.toString(), "plugins could not be resolved: " + e.getMessage());
        }
        manager.loadFailures.forEach(fileProblems::putIfAbsent);
        zips.forEach(PluginHost::stampUnpacking);
        manager.startPlugins();
        return this;
    }

    /**
     * Zips that PF4J cannot unpack are only logged by it; name them to the user.
     *
     * @return the readable plugin zips
     */
    private List<Path> checkZips() {
        List<Path> good = new ArrayList<>();
        try (Stream<Path> files = Files.list(pluginsDir)) {
            for (Path zip : files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")).sorted().toList()) {
                String problem = zipProblem(zip);
                if (problem != null) {
                    fileProblems.put(zip.getFileName().toString(), problem);
                } else {
                    good.add(zip);
                }
            }
        } catch (IOException e) {
            fileProblems.put(pluginsDir.toString(), "the plugins folder cannot be read: " + e.getMessage());
        }
        return good;
    }

    /**
     * PF4J unpacks a zip only when the zip is newer than its folder, but reproducible builds date
     * every zip in the past: a replaced zip would keep running its old unpacked copy. A folder
     * whose stamp does not match its zip's digest is removed, so PF4J unpacks the zip afresh.
     */
    private static void removeStaleUnpacking(Path zip) {
        Path folder = unpackedFolder(zip);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Path stamp = folder.resolve(STAMP);
            if (Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(sha256(zip))) {
                return;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot refresh the unpacked plugin {}: {}", folder, e.getMessage());
        }
    }

    private static void stampUnpacking(Path zip) {
        Path folder = unpackedFolder(zip);
        if (Files.isDirectory(folder)) {
            try {
                Files.writeString(folder.resolve(STAMP), sha256(zip) + "\n");
            } catch (IOException e) {
                LOG.warn("Cannot stamp the unpacked plugin {}: {}", folder, e.getMessage());
            }
        }
    }

    private static Path unpackedFolder(Path zip) {
        String name = zip.getFileName().toString();
        return zip.resolveSibling(name.substring(0, name.length() - ".zip".length()));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String zipProblem(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry descriptor = file.getEntry("plugin.properties");
            return descriptor == null ? "not a plugin zip: it has no plugin.properties at its root" : null;
        } catch (IOException e) {
            return "not a readable zip file (" + e.getMessage() + ")";
        }
    }

    /** The plugins folder. */
    public Path pluginsDir() {
        return pluginsDir;
    }

    /** Started extensions of one kind, sorted by name. */
    public <T extends Extension> List<LoadedExtension<T>> extensions(Class<T> type) {
        List<LoadedExtension<T>> found = new ArrayList<>();
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            List<T> instances;
            try {
                instances = manager.getExtensions(type, plugin.getPluginId());
            } catch (RuntimeException e) {
                manager.failures.put(plugin.getPluginId(), "its extensions cannot be created: " + e.getMessage());
                continue;
            }
            for (T instance : instances) {
                found.add(new LoadedExtension<>(instance, plugin.getPluginId(), plugin.getDescriptor().getVersion()));
            }
        }
        found.sort(Comparator.comparing((LoadedExtension<T> e) -> e.name()).thenComparing(LoadedExtension::pluginId));
        return found;
    }

    /** Every plugin found, with its state, extensions and problem, sorted by id. */
    public List<PluginStatus> statuses() {
        List<PluginStatus> statuses = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            List<String> extensions = new ArrayList<>();
            if (plugin.getPluginState() == PluginState.STARTED) {
                for (Class<? extends Extension> kind : List.of(Source.class, Extractor.class, Reporter.class, Retriever.class)) {
                    try {
                        for (Extension e : manager.getExtensions(kind, plugin.getPluginId())) {
                            extensions.add(kind.getSimpleName().toLowerCase(Locale.ROOT) + ":" + e.name());
                        }
                    } catch (RuntimeException e) {
                        manager.failures.put(plugin.getPluginId(), "its extensions cannot be created: " + e.getMessage());
                    }
                }
            }
            extensions.sort(null);
            statuses.add(new PluginStatus(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                    plugin.getPluginState().toString().toLowerCase(Locale.ROOT),
                    pluginsDir.relativize(plugin.getPluginPath().toAbsolutePath()).toString(), extensions, problemOf(plugin)));
        }
        fileProblems.forEach((file, problem) ->
                statuses.add(new PluginStatus(file, "-", "not loaded", file, List.of(), problem)));
        statuses.sort(Comparator.comparing(PluginStatus::id));
        return statuses;
    }

    /** One line per plugin that is not usable: {@code plugin-id: reason}. */
    public List<String> problems() {
        return statuses().stream().filter(s -> s.problem() != null).map(s -> s.id() + ": " + s.problem()).toList();
    }

    private String problemOf(PluginWrapper plugin) {
        String failure = manager.failures.get(plugin.getPluginId());
        if (failure != null) {
            return failure;
        }
        PluginState state = plugin.getPluginState();
        String requires = plugin.getDescriptor().getRequires();
        if (!manager.getVersionManager().checkVersionConstraint(systemVersion, requires)) {
            return "requires Evidentia " + requires + ", but this is Evidentia " + systemVersion;
        }
        if (state == PluginState.FAILED) {
            Throwable cause = plugin.getFailedException();
            return "failed to start: " + (cause == null ? "unknown reason" : rootMessage(cause));
        }
        if (state == PluginState.DISABLED) {
            return null; // disabled on purpose (disabled.txt or enabled.txt): listed, not a problem
        }
        return state == PluginState.STARTED ? null : "not started (" + state + ")";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + root.getMessage();
        return root == e ? message : e.getMessage() + " (" + message + ")";
    }

    /** Enables a plugin for later runs (writes the folder's enabled/disabled lists). */
    public boolean enable(String pluginId) {
        requirePlugin(pluginId);
        return manager.enablePlugin(pluginId);
    }

    /** Disables a plugin for later runs. */
    public boolean disable(String pluginId) {
        requirePlugin(pluginId);
        return manager.disablePlugin(pluginId);
    }

    private void requirePlugin(String pluginId) {
        if (manager.getPlugin(pluginId) == null) {
            throw new IllegalArgumentException("no plugin '" + pluginId + "' in " + pluginsDir + "; `evidentia plugins` lists them");
        }
    }

    /** Stops the plugins one by one (PF4J's stopPlugins() is unreliable with several) and unloads them. */
    @Override
    public void close() {
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        java.util.Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            try {
                manager.stopPlugin(plugin.getPluginId());
            } catch (RuntimeException e) {
                LOG.warn("Plugin {} did not stop cleanly: {}", plugin.getPluginId(), e.getMessage());
            }
            manager.factory().pluginStopped(plugin.getPluginId());
        }
        for (PluginWrapper plugin : new ArrayList<>(manager.getPlugins())) {
            try {
                manager.unloadPlugin(plugin.getPluginId());
            } catch (RuntimeException e) {
                LOG.debug("Plugin {} did not unload cleanly: {}", plugin.getPluginId(), e.getMessage());
            }
        }
    }

    /** PF4J's manager with the Guice factory and a record of load failures. */
    private static final class HostPluginManager extends DefaultPluginManager {

        // No initializers: PF4J's constructor calls our overrides before field initializers would run.
        private final Map<String, String> failures;
        private final Map<String, String> loadFailures;

        HostPluginManager(Path pluginsDir) {
            super(pluginsDir);
            this.failures = new LinkedHashMap<>();
            this.loadFailures = new LinkedHashMap<>();
        }

        @Override
        protected ExtensionFactory createExtensionFactory() {
            return new GuiceExtensionFactory();
        }

        GuiceExtensionFactory factory() {
            return (GuiceExtensionFactory) getExtensionFactory();
        }

        @Override
        protected PluginWrapper loadPluginFromPath(Path pluginPath) {
            try {
                return super.loadPluginFromPath(pluginPath);
            } catch (RuntimeException e) {
                String name = pluginPath.getFileName().toString();
                loadFailures.put(name, "cannot be loaded: " + e.getMessage());
                throw e;
            }
        }
    }
}
