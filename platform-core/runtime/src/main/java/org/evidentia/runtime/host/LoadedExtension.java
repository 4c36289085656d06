package org.evidentia.runtime.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.evidentia.api.Extension;

/**
 * An extension with the plugin it belongs to, made only when first used: a command that only
 * lists or selects extensions by name never builds them (an extractor's lexicon, a reporter's
 * templates), which keeps start-up short. Thread-safe.
 *
 * @param <T> the extension point
 */
public final class LoadedExtension<T extends Extension> {

    private final String name;
    private final Supplier<T> factory;
    private final String pluginId;
    private final String pluginVersion;
    private final ClassLoader classLoader;
    private final Supplier<Artifact> artifact;
    private volatile T instance;

    private LoadedExtension(String name, Supplier<T> factory, T instance, String pluginId, String pluginVersion,
                            ClassLoader classLoader, Supplier<Artifact> artifact) {
        this.name = name;
        this.factory = factory;
        this.instance = instance;
        this.pluginId = Objects.requireNonNull(pluginId);
        this.pluginVersion = Objects.requireNonNull(pluginVersion);
        this.classLoader = classLoader;
        this.artifact = artifact;
    }

    /**
     * An extension that exists already.
     *
     * @param pluginId      its plugin's id ("host" for extensions on the host's class path)
     * @param pluginVersion its plugin's version
     */
    public LoadedExtension(T extension, String pluginId, String pluginVersion) {
        this(extension.name(), null, extension, pluginId, pluginVersion, extension.getClass().getClassLoader(), () -> null);
    }

    /** An extension of a plugin of the plugins folder, made already; {@code artifact} gives the file its plugin was loaded from. */
    static <T extends Extension> LoadedExtension<T> made(T extension, String pluginId, String pluginVersion, Supplier<Artifact> artifact) {
        return new LoadedExtension<>(extension.name(), null, extension, pluginId, pluginVersion, extension.getClass().getClassLoader(),
                artifact);
    }

    /** An extension known by its name, made by {@code factory} when first used. */
    static <T extends Extension> LoadedExtension<T> lazy(String name, Supplier<T> factory, String pluginId, String pluginVersion,
                                                         ClassLoader classLoader, Supplier<Artifact> artifact) {
        return new LoadedExtension<>(name, factory, null, pluginId, pluginVersion, classLoader, artifact);
    }

    /** The names of {@code extensions}, in their order, known without making them. */
    public static List<String> names(List<? extends LoadedExtension<?>> extensions) {
        return extensions.stream().map(LoadedExtension::name).toList();
    }

    /** The extensions of {@code lists}, one list after the other: a run's sources, extractors and reporters as one. */
    @SafeVarargs
    public static List<LoadedExtension<? extends Extension>> all(List<? extends LoadedExtension<? extends Extension>>... lists) {
        List<LoadedExtension<? extends Extension>> all = new ArrayList<>();
        for (List<? extends LoadedExtension<? extends Extension>> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    /** The extension's name, known without making it. */
    public String name() {
        return name;
    }

    /**
     * The extension, made on first use.
     *
     * @throws org.pf4j.PluginRuntimeException when it cannot be made
     */
    public T extension() {
        T made = instance;
        if (made == null) {
            synchronized (this) {
                made = instance;
                if (made == null) {
                    made = factory.get();
                    instance = made;
                }
            }
        }
        return made;
    }

    public String pluginId() {
        return pluginId;
    }

    public String pluginVersion() {
        return pluginVersion;
    }

    /**
     * The file its plugin was loaded from, with its SHA-256 (found when first asked, once per plugin); null when not
     * known: an extension made outside a plugins folder (a test's, the host's own).
     */
    public Artifact artifact() {
        return artifact.get();
    }

    /** The class loader to make current while calling into the extension (for ServiceLoader users). */
    public ClassLoader classLoader() {
        return classLoader;
    }

    @Override
    public String toString() {
        return name + " (" + pluginId + " " + pluginVersion + ")";
    }
}
