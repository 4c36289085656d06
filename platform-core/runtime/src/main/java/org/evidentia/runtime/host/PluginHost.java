package org.evidentia.runtime.host;

import com.google.inject.Guice;
import com.google.inject.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Reporter;
import org.evidentia.api.Retriever;
import org.evidentia.api.Source;
import org.evidentia.pluginkit.rules.PluginDescriptorRules;
import org.evidentia.runtime.output.FileTrees;
import org.evidentia.runtime.output.LockFile;
import org.evidentia.runtime.synthesis.SynthesisOptions;
import org.evidentia.runtime.text.Plural;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.InvalidPluginDescriptorException;
import org.pf4j.JarPluginLoader;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginStatusProvider;
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


    /**
     * The plugins folder's lock file, in the folder: held by the {@code plugins} commands that change
     * the folder, from before they look at it until they have written, and by a host while it unpacks
     * zips into it (see {@link #start(Runnable)}).
     */
    public static final String FOLDER_LOCK = ".plugins.lock";

    /** The command that lists and changes the plugins, as a hint a user pastes gives it when no other is given. */
    public static final String PLUGINS_COMMAND = "evidentia plugins";

    private final Path pluginsDir;
    private final String systemVersion;
    /** The plugins command as this host's hints give it to paste: it acts on this host's folder. */
    private final String pluginsCommand;
    private final HostPluginManager manager;
    private final Map<String, String> fileProblems = new LinkedHashMap<>();
    /** An unpacked plugin from outside the plugins folder, loaded with its plugins; null for none. */
    private final Path candidate;
    /** Whether the caller of start holds the folder's lock, so that unpacking takes none (see {@link #startUnderCallersLock}). */
    private boolean callerHoldsFolder;
    /** Zips and plugin folders of the plugins folder not loaded, as the candidate replaces them; empty for none. */
    private Set<Path> replaced = Set.of();
    /** Run once before the host waits for the folder's lock to unpack. */
    private Runnable whenWaiting = () -> { };

    /**
     * @param pluginsDir    the plugins folder (zips and/or unpacked plugin folders)
     * @param systemVersion this Evidentia's version, checked against each plugin's {@code requires}
     */
    public PluginHost(Path pluginsDir, String systemVersion) {
        this(pluginsDir, systemVersion, PLUGINS_COMMAND);
    }

    /**
     * @param pluginsDir     the plugins folder (zips and/or unpacked plugin folders)
     * @param systemVersion  this Evidentia's version, checked against each plugin's {@code requires}
     * @param pluginsCommand the plugins command as this host's hints give it to paste ({@code evidentia plugins --plugins-dir DIR}
     *                       for a folder other than the one a plain command uses), so that a pasted hint acts on this folder
     */
    public PluginHost(Path pluginsDir, String systemVersion, String pluginsCommand) {
        this(pluginsDir, systemVersion, pluginsCommand, null, null);
    }

    /**
     * @param countedEnabled the id of a plugin loaded as enabled whatever the folder's enabled and
     *     disabled lists say (nothing is written), to see what enabling it would do; null for none
     * @param candidate      an unpacked plugin folder outside the plugins folder, loaded with the
     *     folder's plugins as if it were one of them (nothing of it is written into the folder), to
     *     see what installing it would do; null for none
     */
    private PluginHost(Path pluginsDir, String systemVersion, String pluginsCommand, String countedEnabled, Path candidate) {
        this.pluginsDir = pluginsDir.toAbsolutePath().normalize();
        this.systemVersion = systemVersion;
        this.pluginsCommand = pluginsCommand;
        this.candidate = candidate == null ? null : candidate.toAbsolutePath().normalize();
        this.manager = new HostPluginManager(this.pluginsDir, countedEnabled, pluginsCommand);
        manager.setSystemVersion(systemVersion);
        // the development stage makes each extension when first asked for (see GuiceExtensionFactory)
        manager.factory().setInjector(() -> Guice.createInjector(Stage.DEVELOPMENT, new HostModule()), manager, manager::failed);
    }

    /**
     * A host of the folder's plugins and of one more, unpacked at {@code candidate} outside the
     * plugins folder, loaded as if it were in the folder (the folder's enabled and disabled lists
     * apply to it), for {@code plugins install} to see what installing it would do before it
     * writes anything into the folder; with the plugins at {@code replaced} (zips or plugin folders
     * of the plugins folder) left out, as if the candidate had replaced them, for
     * {@code plugins install --replace} (empty for a plain install).
     */
    static PluginHost withCandidate(Path pluginsDir, String systemVersion, String pluginsCommand, Path candidate, Set<Path> replaced) {
        PluginHost host = new PluginHost(pluginsDir, systemVersion, pluginsCommand, null, candidate);
        host.replaced = Set.copyOf(replaced);
        return host;
    }

    /** The plugins command as this host's hints give it to paste (see {@link #PluginHost(Path, String, String)}). */
    public String pluginsCommand() {
        return pluginsCommand;
    }

    /**
     * Loads and starts every plugin of the folder; problems are collected, not thrown. Zips to
     * unpack are unpacked holding the folder's lock, waiting for it without a word (see {@link #start(Runnable)}).
     */
    public PluginHost start() {
        return start(() -> { });
    }

    /**
     * Loads and starts every plugin of the folder; problems are collected, not thrown.
     *
     * <p>A zip new or changed since it was unpacked (after {@code plugins install}, say) is unpacked
     * holding the folder's lock {@value #FOLDER_LOCK}, waiting while another command holds it: two
     * commands started together would otherwise unpack one zip into one folder at once, or one
     * delete or replace the folder the other loads. Once it holds the lock the host looks again, and
     * what the command it waited for unpacked is not unpacked again. Most starts find every zip
     * unpacked as stamped: they take no lock and wait for nothing.
     *
     * @param whenWaiting run once, before the host waits for the folder's lock, to say so
     */
    public PluginHost start(Runnable whenWaiting) {
        this.whenWaiting = whenWaiting;
        return load();
    }

    /**
     * As {@link #start()}, for a caller that holds the folder's lock already (the {@code plugins}
     * commands that change the folder): zips are unpacked without taking it, as a process that holds
     * a lock file cannot take it a second time (it would wait for itself).
     */
    public PluginHost startUnderCallersLock() {
        this.callerHoldsFolder = true;
        return load();
    }

    private PluginHost load() {
        if (!Files.isDirectory(pluginsDir)) {
            fileProblems.put(pluginsDir.toString(), "the plugins folder does not exist");
            return this;
        }
        if (candidate != null) {
            manager.repository().alsoList(candidate);
        }
        List<Path> zips = checkZips();
        // Most starts find every zip unpacked as stamped: nothing to unpack or stamp, so neither is the
        // folder's lock taken nor whether the folder can be written tried (a file made and deleted in it).
        if (!zips.stream().allMatch(PluginHost::unpackedAsStamped)) {
            if (isWritable(pluginsDir)) {
                unpackHoldingTheFolder(zips);
            } else {
                // Nothing can be unpacked or stamped here: use what is unpacked, and say so once.
                readOnlyProblem(zips);
            }
        }
        leaveOutWhatIsNoInstalledPlugin();
        Set<Path> leftOut = refusedZips();
        leftOut.addAll(replaced);
        manager.repository().leaveOut(leftOut);
        try {
            manager.loadPlugins();
        } catch (PluginRuntimeException e) {
            fileProblems.put(pluginsDir.toString(), "plugins could not be resolved: " + Messages.plain(e));
        }
        manager.loadFailures.forEach(fileProblems::putIfAbsent);
        manager.startPlugins();
        return this;
    }

    /**
     * Brings each zip's unpacked folder up to date, holding the folder's lock (unless the caller
     * holds it): a folder whose zip changed is removed, a zip newer than its folder or without one
     * is unpacked (in a hidden folder, moved into place whole: {@link PluginZip#unpack}), and the
     * folder stamped. A zip that cannot be unpacked is a problem of its own and is not loaded. When
     * the lock cannot be taken (a link put in its place), nothing is unpacked: the folder's
     * unpacked plugins are used as they are, and that is its problem.
     */
    private void unpackHoldingTheFolder(List<Path> zips) {
        Path lockFile = pluginsDir.resolve(FOLDER_LOCK);
        LockFile held = null;
        try {
            held = callerHoldsFolder ? null : LockFile.lock(lockFile, whenWaiting);
        } catch (IOException e) {
            fileProblems.put(pluginsDir.toString(), "its zips were not unpacked, as the plugins folder's lock cannot be taken: "
                    + (Files.isSymbolicLink(lockFile) ? "the lock file " + lockFile + " is a symbolic link; Evidentia does not"
                    + " open its lock files through links: remove the link" : Messages.plain(e))
                    + "; a zip not unpacked yet is not loaded");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the command is being stopped: load what is unpacked, and let it stop
            fileProblems.put(pluginsDir.toString(), "its zips were not unpacked: interrupted while waiting for the plugins"
                    + " folder's lock; a zip not unpacked yet is not loaded");
            return;
        }
        try {
            for (Path zip : zips) {
                // unpacked (or removed) by the command this one waited for, or up to date already
                if (!Files.isRegularFile(zip) || unpackedAsStamped(zip)) {
                    continue;
                }
                removeStaleUnpacking(zip);
                try {
                    unpackIfNewer(zip);
                } catch (IOException | RuntimeException e) {
                    fileProblems.put(zip.getFileName().toString(), "cannot be unpacked: " + Messages.plain(e) + "; it is not loaded");
                    continue;
                }
                stampUnpacking(zip);
            }
        } finally {
            if (held != null) {
                try {
                    held.close();
                } catch (IOException e) {
                    LOG.debug("Cannot release the plugins folder's lock {}: {}", lockFile, Messages.plain(e));
                }
            }
        }
    }

    /**
     * Leaves out, with a problem each, what the plugins folder holds that is no installed plugin, in one listing of it:
     * <ul>
     *   <li>a folder the host unpacked from a zip (it holds the zip's stamp) whose zip is no longer there: the zip was
     *       deleted by hand, to remove the plugin, and PF4J would otherwise go on loading the folder as a plugin of its
     *       own (a folder put in by hand has no stamp and is loaded as before; nothing is deleted here, as deleting
     *       would need the folder's lock);</li>
     *   <li>a jar: PF4J can load a plugin jar, but the {@code plugins} commands install, replace and remove zips, so a
     *       jar's plugin could be listed and never removed or replaced (a zip of its id installed beside it lost to it).</li>
     * </ul>
     */
    private void leaveOutWhatIsNoInstalledPlugin() {
        try (Stream<Path> files = Files.list(pluginsDir)) {
            List<Path> entries = files.sorted().toList();
            Set<String> names = new HashSet<>();
            entries.forEach(f -> names.add(f.getFileName().toString().toLowerCase(Locale.ROOT)));
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".jar") && Files.isRegularFile(entry)) {
                    fileProblems.putIfAbsent(name, "is a jar, and Evidentia loads plugin zips (and the folders they unpack to),"
                            + " not jars, so it is not loaded: install the plugin's zip (`" + pluginsCommand + " install PLUGIN.zip`)"
                            + " and delete the jar");
                } else if (!name.startsWith(".") && !names.contains(name.toLowerCase(Locale.ROOT) + ".zip")
                        && Files.isRegularFile(entry.resolve(ZipStamp.FILE))) {
                    fileProblems.putIfAbsent(name, "was unpacked from " + name + ".zip, which is no longer in the plugins folder,"
                            + " so it is not loaded: delete the folder " + name + " (or put the zip back)");
                }
            }
        } catch (IOException e) {
            fileProblems.put(pluginsDir.toString(), "the plugins folder cannot be read: " + Messages.plain(e));
        }
    }

    /** As PF4J does: unpacks a zip when it has no folder yet or is newer than its folder. */
    private static void unpackIfNewer(Path zip) throws IOException {
        Path folder = PluginZip.unpackedFolder(zip);
        if (!Files.exists(folder) || Files.getLastModifiedTime(zip).compareTo(Files.getLastModifiedTime(folder)) > 0) {
            PluginZip.unpack(zip, folder);
        }
    }

    private Set<Path> refusedZips() {
        Set<Path> refused = new HashSet<>();
        fileProblems.keySet().forEach(name -> refused.add(pluginsDir.resolve(name)));
        return refused;
    }

    /** One line for a read-only plugins folder: which zips could not be unpacked or checked. */
    private void readOnlyProblem(List<Path> zips) {
        List<String> notUnpacked = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (Path zip : zips) {
            Path folder = PluginZip.unpackedFolder(zip);
            if (!Files.isDirectory(folder)) {
                notUnpacked.add(zip.getFileName().toString());
            } else if (!stampMatches(zip, folder)) {
                unchecked.add(zip.getFileName().toString());
            }
        }
        if (notUnpacked.isEmpty() && unchecked.isEmpty()) {
            return;
        }
        fileProblems.put(pluginsDir.toString(), "the plugins folder is read-only, so "
                + (notUnpacked.isEmpty() ? "" : Plural.count(notUnpacked.size(), "zip") + (notUnpacked.size() == 1 ? " could not be unpacked and is not loaded (" : " could not be unpacked and are not loaded (")
                        + String.join(", ", notUnpacked) + ")" + (unchecked.isEmpty() ? "" : " and "))
                + (unchecked.isEmpty() ? "" : Plural.count(unchecked.size(), "unpacked plugin") + (unchecked.size() == 1 ? " was loaded without checking it against its zip ("
                        : " were loaded without checking them against their zips (") + String.join(", ", unchecked) + ")")
                + "; make the folder writable, or point --plugins-dir at a writable copy");
    }

    /** True when a file can be created in {@code folder} (root passes Files.isWritable even on a read-only mount). */
    private static boolean isWritable(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, ".evidentia-write-test", ".tmp"));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
            fileProblems.put(pluginsDir.toString(), "the plugins folder cannot be read: " + Messages.plain(e));
        }
        return good;
    }

    /**
     * PF4J unpacks a zip only when the zip is newer than its folder, but reproducible builds date
     * every zip in the past: a replaced zip would keep running its old unpacked copy. A folder
     * whose stamp does not match its zip's digest is removed, so PF4J unpacks the zip afresh.
     */
    private static void removeStaleUnpacking(Path zip) {
        Path folder = PluginZip.unpackedFolder(zip);
        if (!Files.isDirectory(folder)) {
            return;
        }
        if (stampMatches(zip, folder)) {
            return;
        }
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            LOG.warn("Cannot refresh the unpacked plugin {}: {}", folder, Messages.plain(e));
        }
    }

    /** Whether the folder was unpacked from this very zip (see {@link ZipStamp}). */
    private static boolean stampMatches(Path zip, Path folder) {
        ZipStamp stamp = ZipStamp.readFrom(folder);
        try {
            return stamp != null && stamp.sameZip(zip);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the zip's folder holds its stamp with the zip's size and times and is not older than
     * the zip: what starting would unpack, refresh or stamp, nothing (see {@link #stampMatches}).
     */
    private static boolean unpackedAsStamped(Path zip) {
        Path folder = PluginZip.unpackedFolder(zip);
        ZipStamp stamp = ZipStamp.readFrom(folder);
        try {
            return stamp != null && stamp.current(zip)
                    && Files.getLastModifiedTime(zip).compareTo(Files.getLastModifiedTime(folder)) <= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stampUnpacking(Path zip) {
        Path folder = PluginZip.unpackedFolder(zip);
        ZipStamp stamp = ZipStamp.readFrom(folder);
        try {
            if (Files.isDirectory(folder) && (stamp == null || !stamp.current(zip))) {
                ZipStamp.of(zip).writeTo(folder);
            }
        } catch (IOException e) {
            LOG.warn("Cannot stamp the unpacked plugin {}: {}", folder, Messages.plain(e));
        }
    }

    private static String zipProblem(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> problems = PluginZip.problems(file);
            if (!problems.isEmpty()) {
                return "refused: " + String.join("; ", problems) + "; nothing of it was unpacked";
            }
            ZipEntry descriptor = file.getEntry("plugin.properties");
            return descriptor == null ? "not a plugin zip: it has no plugin.properties at its root" : null;
        } catch (IOException e) {
            return "not a readable zip file (" + Messages.plain(e) + ")";
        }
    }

    /** The plugins folder. */
    public Path pluginsDir() {
        return pluginsDir;
    }

    /**
     * Started extensions of one kind, sorted by name. They are made when first used, unless their
     * names are not known yet (see {@link ExtensionNames}): then they are made now, once per plugin folder.
     * An extension that cannot be made, or whose name another extension has too, is left out, and
     * its plugin has a problem that says why.
     */
    public <T extends Extension> List<LoadedExtension<T>> extensions(Class<T> type) {
        List<LoadedExtension<T>> found = new ArrayList<>();
        for (Offered offer : offered()) {
            if (offer.kind() == type && !manager.hasFailed(offer.extension().pluginId(), offer.className())) {
                found.add(cast(offer.extension()));
            }
        }
        found.sort(Comparator.comparing((LoadedExtension<T> e) -> e.name()).thenComparing(LoadedExtension::pluginId));
        return found;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Extension> LoadedExtension<T> cast(LoadedExtension<? extends Extension> extension) {
        return (LoadedExtension<T>) extension; // offered under its kind, so of that kind
    }

    /** One extension a started plugin offers, of one of {@link #KINDS}. */
    private record Offered(Class<? extends Extension> kind, String className, LoadedExtension<? extends Extension> extension) {
    }

    /** The extension points whose extensions users select and address options to by name: one namespace. */
    private static final List<Class<? extends Extension>> KINDS = List.of(Source.class, Extractor.class, Reporter.class, Retriever.class);

    private List<Offered> offered;
    /** Each started plugin's extensions whose names break the name rule, one sentence each, by plugin id: found by {@link #offered}. */
    private final Map<String, List<String>> misnamed = new TreeMap<>();
    /** The file each plugin was loaded from, by its id, as {@link #artifactOf} found it. */
    private final Map<String, Artifact> artifacts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Every extension of the started plugins, found once. Names are one namespace across kinds and
     * plugins (users select extensions and address their options by name), so extensions that share
     * a name are all withheld, each plugin told which other has the name: choosing one of them
     * would depend on the order plugins happen to load in, and the options of one would be bound
     * to the other.
     */
    private synchronized List<Offered> offered() {
        if (offered == null) {
            List<Offered> all = new ArrayList<>();
            for (PluginWrapper plugin : manager.getStartedPlugins()) {
                for (Class<? extends Extension> kind : KINDS) {
                    all.addAll(offeredBy(plugin, kind));
                }
            }
            Map<String, List<Offered>> byName = new TreeMap<>();
            for (Offered offer : all) {
                if (ExtensionNames.isName(offer.extension().name())) {
                    byName.computeIfAbsent(offer.extension().name(), n -> new ArrayList<>()).add(offer);
                } else {
                    String problem = "its " + kindName(offer.kind()) + " "
                            + offer.className() + " is named '" + offer.extension().name() + "', which is not lower-case and"
                            + " hyphenated (such as review-table): users select extensions and address their options by"
                            + " name, so it is not used (rename it)";
                    misnamed.computeIfAbsent(offer.extension().pluginId(), id -> new ArrayList<>()).add(problem);
                    manager.failed(offer.extension().pluginId(), offer.className(), problem);
                }
            }
            byName.values().stream().filter(same -> same.size() > 1).forEach(this::withhold);
            // the core synthesis takes options under its name too
            byName.getOrDefault(SynthesisOptions.NAME, List.of()).forEach(offer -> manager.failed(offer.extension().pluginId(),
                    offer.className(), "its " + kindName(offer.kind()) + " is named '" + SynthesisOptions.NAME
                            + "', the name of the core synthesis, whose options go by it: it is not used (rename it)"));
            offered = List.copyOf(all);
        }
        return offered;
    }

    /**
     * The plugin's extensions whose names are not lower-case and hyphenated, one sentence each as
     * {@link #statuses()} says them; empty when every name is valid. Unlike an extension that cannot be
     * made (a missing file the user may add later), such an extension can never be used: its name is
     * what its class returns, so {@code plugins install} refuses the plugin.
     */
    public synchronized List<String> misnamed(String pluginId) {
        offered();
        return List.copyOf(misnamed.getOrDefault(pluginId, List.of()));
    }

    /**
     * What a plugin says of itself in its {@code plugin.properties}: {@code plugin.description}, and {@code plugin.provider}
     * after "by", each left out when not given ({@code "Adipokine levels, by Lab X"}); empty when it says neither, or is not
     * loaded. {@code describe} shows it: users judge a plugin by who provides it (docs/user-guide.md, "Plugins").
     */
    public String about(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            return "";
        }
        String description = blankToEmpty(plugin.getDescriptor().getPluginDescription());
        String provider = blankToEmpty(plugin.getDescriptor().getProvider());
        return description + (provider.isEmpty() ? "" : (description.isEmpty() ? "by " : ", by ") + provider);
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * The names of a plugin's extensions that an extension of another plugin (or another of its
     * own) has too, each with the ids of the plugins that have it, sorted; empty when its names are
     * its own. Such extensions are withheld.
     */
    public Map<String, List<String>> sharedNames(String pluginId) {
        Map<String, List<String>> holders = new TreeMap<>();
        offered().stream().filter(offer -> ExtensionNames.isName(offer.extension().name())) // the others are withheld anyway
                .forEach(offer -> holders.computeIfAbsent(offer.extension().name(), n -> new ArrayList<>()).add(offer.extension().pluginId()));
        Map<String, List<String>> shared = new TreeMap<>();
        for (Offered offer : offered()) {
            List<String> all = holders.getOrDefault(offer.extension().name(), List.of());
            if (offer.extension().pluginId().equals(pluginId) && all.size() > 1) {
                shared.put(offer.extension().name(), all.stream().filter(id -> !id.equals(pluginId)).distinct().sorted().toList());
            }
        }
        return shared;
    }

    /**
     * Where an extractor of the plugin declares a finding kind whose name an extractor of another
     * started plugin declares too, one clause each ("its extractor 'x' makes findings of kind 'k', as
     * plugin P's extractor 'y' does"), sorted; empty when its kinds are its own. Kind names are one
     * namespace: a run whose extractors share one is refused. This makes every started plugin's
     * extractors (a kind is known only from a made extractor), so only {@code plugins install},
     * {@code plugins enable} and {@code plugins --check} ask.
     */
    public List<String> sharedKinds(String pluginId) {
        Map<String, List<LoadedExtension<Extractor>>> byKind = new TreeMap<>();
        for (LoadedExtension<Extractor> extractor : extensions(Extractor.class)) {
            String kind;
            try {
                kind = extractor.extension().findingKind().name();
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                continue; // one that cannot be made is its plugin's problem already; a run cannot use it
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(extractor);
        }
        List<String> shared = new ArrayList<>();
        byKind.forEach((kind, extractors) -> {
            List<String> others = extractors.stream().filter(e -> !e.pluginId().equals(pluginId))
                    .map(e -> "plugin " + e.pluginId() + "'s extractor '" + e.name() + "'").toList();
            extractors.stream().filter(e -> e.pluginId().equals(pluginId) && !others.isEmpty()).forEach(own ->
                    shared.add("its extractor '" + own.name() + "' makes findings of kind '" + kind + "', as "
                            + String.join(" and ", others) + (others.size() == 1 ? " does" : " do")));
        });
        return shared;
    }

    /**
     * Where an extractor of the plugin declares a finding kind whose attributes the platform refuses ({@link
     * FindingKindRules}), one clause each ("its extractor 'x' declares kind 'k' with attribute 'Colour Name', whose name
     * ..."); empty when its kinds are sound. A run refuses such an extractor, a run that names no extractor too. This
     * makes the plugin's extractors, so only {@code plugins install} and {@code plugins --check} ask.
     */
    public List<String> misdeclaredKinds(String pluginId) {
        List<String> problems = new ArrayList<>();
        for (LoadedExtension<Extractor> extractor : extensions(Extractor.class)) {
            if (!extractor.pluginId().equals(pluginId)) {
                continue;
            }
            FindingKind kind;
            try {
                kind = extractor.extension().findingKind();
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                continue; // one that cannot be made is its plugin's problem already
            }
            FindingKindRules.attributeProblems(kind).forEach(problem -> problems.add("its extractor '" + extractor.name()
                    + "' declares kind '" + kind.name() + "' with " + problem));
        }
        return problems;
    }

    private void withhold(List<Offered> sameName) {
        for (Offered offer : sameName) {
            List<String> others = sameName.stream().filter(other -> other != offer)
                    .map(other -> "plugin " + other.extension().pluginId() + "'s " + kindName(other.kind())).toList();
            manager.failed(offer.extension().pluginId(), offer.className(), "its " + kindName(offer.kind()) + " '"
                    + offer.extension().name() + "' has the name of " + String.join(" and of ", others)
                    + "; extension names must be unique, so neither is used (rename one, or disable or remove one of the plugins)");
        }
    }

    private static String kindName(Class<? extends Extension> kind) {
        return kind.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /**
     * One plugin's extensions of one kind. One that cannot be made is left out and noted as a problem
     * of its plugin; none at all when the plugin's extension classes cannot be had.
     */
    private <T extends Extension> List<Offered> offeredBy(PluginWrapper plugin, Class<T> type) {
        String id = plugin.getPluginId();
        String version = plugin.getDescriptor().getVersion();
        List<Offered> found = new ArrayList<>();
        try {
            ExtensionNames names = ExtensionNames.in(plugin.getPluginPath());
            for (Class<? extends T> extensionClass : manager.getExtensionClasses(type, id)) {
                String className = extensionClass.getName();
                Supplier<T> make = () -> {
                    // the plugin's class loader is the thread's context class loader in its constructor too, as the plugin guide
                    // says: a ServiceLoader or a library there found the host's providers, or none (the review of session 27, P11)
                    Thread thread = Thread.currentThread();
                    ClassLoader previous = thread.getContextClassLoader();
                    thread.setContextClassLoader(plugin.getPluginClassLoader());
                    try {
                        T made = type.cast(manager.getExtensionFactory().create(extensionClass));
                        if (made instanceof Extractor extractor) {
                            checkAnswer(className, id, "findingKind()", extractor::findingKind, "the kind of the findings it makes is expected");
                        }
                        checkAnswer(className, id, "optionsType()", made::optionsType, "the record type of its options is expected"
                                + " (NoOptions.class when it takes none, as Extension's default gives)");
                        return made;
                    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                        manager.failed(id, className, cannotBeMade(className, e));
                        throw e;
                    } finally {
                        thread.setContextClassLoader(previous);
                    }
                };
                String name = names.nameOf(className);
                if (name != null) {
                    found.add(new Offered(type, className, LoadedExtension.lazy(name, make, id, version, plugin.getPluginClassLoader(),
                            () -> artifactOf(plugin))));
                    continue;
                }
                T made;
                try {
                    made = make.get();
                } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                    continue; // noted by make; the plugin's other extensions are offered still
                }
                String madeName;
                try {
                    madeName = made.name();
                } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) { // an Error too (S9)
                    // its own defect: the plugin's other extensions are offered still (the review of session 25, A7: every one was
                    // withheld, and the message named neither the class nor what it threw)
                    manager.failed(id, className, "its " + kindName(type) + " " + className + " cannot tell its name (name() threw "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): it is not used");
                    continue;
                }
                if (madeName == null) {
                    manager.failed(id, className, "its " + kindName(type) + " " + className + " has no name (name() returned"
                            + " null): it is not used");
                    continue;
                }
                names.put(className, madeName);
                found.add(new Offered(type, className, LoadedExtension.made(made, id, version, () -> artifactOf(plugin))));
            }
            names.save();
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            manager.failed(id, "", "its extensions cannot be created: " + Messages.plain(e));
            return List.of();
        }
        return found;
    }

    /**
     * The file a started plugin was loaded from, with its SHA-256, found once: a zip's, from the stamp its unpacked folder
     * carries (the digest of the zip it was unpacked from, checked against the zip as the host started);
     * a folder of classes put in the plugins folder by hand, named without a checksum.
     */
    private Artifact artifactOf(PluginWrapper plugin) {
        return artifacts.computeIfAbsent(plugin.getPluginId(), id -> {
            Path path = plugin.getPluginPath();
            ZipStamp stamp = Files.isDirectory(path) ? ZipStamp.readFrom(path) : null;
            return stamp != null ? new Artifact(path.getFileName() + ".zip", stamp.sha256()) : Artifact.of(path);
        });
    }

    /**
     * What an extension answers as it is made, which it must give: one whose answer throws (an Error too) or is null cannot be
     * made, its plugin's problem saying which call and why, and a run goes on without it. An extractor's {@code findingKind()}
     * (every command that asks it failed with its message, which named no plugin, or with a NullPointerException: an
     * explorer's s20, 1) and any extension's {@code optionsType()} (an author's null for "no options" stopped every default run
     * and the bundled example: the review of session 27, P4; an Error stopped every command: R9).
     *
     * @param call     the call as the problem names it ({@code findingKind()})
     * @param expected what a null answer should have been, to follow "returned null, where"
     */
    private static <T> void checkAnswer(String className, String pluginId, String call, java.util.function.Supplier<T> answer,
                                        String expected) {
        T given;
        try {
            given = answer.get();
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            throw new ExtensionCreationException(className, pluginId, "its " + call + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + Messages.plain(e)), e);
        }
        if (given == null) {
            throw new ExtensionCreationException(className, pluginId, "its " + call + " returned null, where " + expected, null);
        }
    }

    private static String cannotBeMade(String className, Throwable e) {
        return "its extension " + className + " cannot be made: "
                + (e instanceof ExtensionCreationException made ? made.reason() : Messages.plain(e));
    }

    /** The state of a started plugin none of whose extensions a run can use ({@link PluginStatus#problem()} says why). */
    public static final String UNUSABLE = "unusable";

    /**
     * Every plugin found, with its state, extensions and problem, sorted by id. The state is PF4J's,
     * in lower case, but {@value #UNUSABLE} for a started plugin that offers no usable extension.
     */
    public List<PluginStatus> statuses() {
        List<Offered> offers = offered();
        List<PluginStatus> statuses = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            List<String> extensions = new ArrayList<>();
            for (Offered offer : offers) {
                if (offer.extension().pluginId().equals(plugin.getPluginId()) && !manager.hasFailed(plugin.getPluginId(), offer.className())) {
                    extensions.add(kindName(offer.kind()) + ":" + offer.extension().name());
                }
            }
            extensions.sort(null);
            String problem = problemOf(plugin, offers);
            // PF4J started it, but a run has nothing of it to use: "started" would read as working
            String state = plugin.getPluginState() == PluginState.STARTED && extensions.isEmpty() && problem != null
                    ? UNUSABLE : plugin.getPluginState().toString().toLowerCase(Locale.ROOT);
            statuses.add(new PluginStatus(plugin.getPluginId(), plugin.getDescriptor().getVersion(), state,
                    pluginsDir.relativize(plugin.getPluginPath().toAbsolutePath()).toString(), extensions, problem));
        }
        manager.refused.forEach((id, refused) -> statuses.add(new PluginStatus(id, refused.version(), "not loaded",
                pluginsDir.relativize(refused.path().toAbsolutePath()).toString(), List.of(), refused.problem())));
        fileProblems.forEach((file, problem) ->
                statuses.add(new PluginStatus(file, "-", "not loaded", file, List.of(), problem)));
        statuses.sort(Comparator.comparing(PluginStatus::id));
        return statuses;
    }

    /**
     * One line per plugin that is not usable, {@code plugin-id: reason}, but those the user disabled: one too new for this
     * Evidentia that {@code plugins disable} switched off put a plugin error in every run, and every {@code --strict} run
     * failed (the review of session 23, P9). {@link #statuses()} still gives their problem, which {@code plugins} lists.
     */
    public List<PluginProblem> problems() {
        return problems(statuses().stream().filter(s -> !manager.isDisabledOnFile(s.id())).toList());
    }

    /** As {@link #problems()}, of statuses already listed. */
    public static List<PluginProblem> problems(List<PluginStatus> statuses) {
        return statuses.stream().filter(s -> s.problem() != null).map(s -> new PluginProblem(s.id(), s.problem())).toList();
    }

    private String problemOf(PluginWrapper plugin, List<Offered> offers) {
        String failure = manager.failureOf(plugin.getPluginId());
        if (failure != null) {
            return failure;
        }
        PluginState state = plugin.getPluginState();
        if (state == PluginState.STARTED && offers.stream().noneMatch(offer -> offer.extension().pluginId().equals(plugin.getPluginId()))) {
            return offersNone(plugin);
        }
        String requires = plugin.getDescriptor().getRequires();
        if (!manager.requiresMet(systemVersion, requires)) {
            return "requires Evidentia " + requires + ", but this is Evidentia " + systemVersion;
        }
        if (state == PluginState.FAILED) {
            Throwable cause = plugin.getFailedException();
            return "failed to start: " + (cause == null ? "unknown reason" : Messages.plain(cause));
        }
        if (state == PluginState.DISABLED) {
            return null; // disabled on purpose (disabled.txt or enabled.txt): listed, not a problem
        }
        return state == PluginState.STARTED ? null : "not started (" + state + ")";
    }

    /**
     * Why a started plugin without a failure offers no extension, as the packaging check says it for
     * the build (whose check a zip made otherwise, or with it skipped, has not passed): a plugin
     * that offers nothing is a mistake, told as a problem rather than listed as started with nothing.
     */
    private String offersNone(PluginWrapper plugin) {
        Set<String> named = manager.getExtensionClassNames(plugin.getPluginId());
        List<String> unloadable = new ArrayList<>();
        for (String className : new TreeSet<>(named)) {
            // PF4J's finder drops a class that does not load, logging its error only under --verbose (the review of session 29, C7)
            IndexedClasses.load(plugin.getPluginClassLoader(), className, unloadable::add);
        }
        if (!unloadable.isEmpty()) {
            return String.join("; ", unloadable);
        }
        if (!named.isEmpty()) {
            List<String> copies = HostCopies.in(plugin.getPluginPath());
            return "it offers no extension: the classes its extensions index names (" + String.join(", ", new TreeSet<>(named))
                    + ") are none of them a source, extractor, reporter or retriever"
                    + (copies.isEmpty() ? "" : " of the host's, as " + String.join("; ", copies)
                            + " (remove it from the plugin's lib/)");
        }
        Path folder = plugin.getPluginPath();
        if (Files.isDirectory(folder) && !Files.isRegularFile(folder.resolve(PluginRules.INDEX))) {
            return "it offers no extension: " + PluginRules.hasNoIndex(PluginRules.INDEX);
        }
        return "it offers no extension: " + PluginRules.namesNoExtension(Files.isDirectory(folder) ? "its " + PluginRules.INDEX
                : "its META-INF/extensions.idx");
    }

    /**
     * What {@link #enable} did.
     *
     * @param outcome    what became of the plugin
     * @param takenNames for {@link Outcome#NAMES_TAKEN}: its extension names that enabled plugins'
     *     extensions have too, each with their plugins' ids, as {@link #sharedNames} gives them; empty otherwise
     * @param takenKinds for {@link Outcome#KINDS_TAKEN}: its extractors whose finding kind an enabled
     *     plugin's extractor declares, as {@link #sharedKinds} says them; empty otherwise
     */
    public record Enabling(Outcome outcome, Map<String, List<String>> takenNames, List<String> takenKinds) {

        public Enabling {
            takenNames = Collections.unmodifiableMap(new TreeMap<>(takenNames));
            takenKinds = List.copyOf(takenKinds);
        }

        Enabling(Outcome outcome) {
            this(outcome, Map.of(), List.of());
        }

        /** What became of a plugin asked to be enabled. */
        public enum Outcome {
            /** It was disabled and is enabled now. */
            ENABLED,
            /** It was enabled: nothing was written. */
            ALREADY_ENABLED,
            /** An extension of it has the name of an enabled plugin's extension: it stays disabled, nothing was written. */
            NAMES_TAKEN,
            /** An extractor of it declares the finding kind of an enabled plugin's extractor: it stays disabled, nothing was written. */
            KINDS_TAKEN,
            /** It cannot be used (it requires another Evidentia, say): {@link #statuses()} says why; nothing was written. */
            NOT_USABLE
        }
    }

    /**
     * Enables a plugin for later runs (writes the folder's enabled/disabled lists), unless it cannot
     * be used or one of its extensions has the name of an enabled plugin's extension: names are one
     * namespace, and enabling it would withhold the extensions of that name of both plugins, which
     * runs used until then. Likewise when one of its extractors declares the finding kind of an
     * enabled plugin's extractor: every run with both would be refused. That is decided before anything is written, from the folder's plugins
     * started once more with this one counted as enabled (in memory), so no run ever sees it enabled
     * when it may not be. A plugin that is enabled already is left as it is, whatever its names. Not
     * for concurrent use on one folder (two commands could each enable one of two plugins that share
     * a name): {@code evidentia plugins} holds the folder's lock from starting the host to the writing.
     *
     * @throws IllegalArgumentException when the folder has no such plugin
     */
    public Enabling enable(String pluginId) {
        PluginWrapper plugin = requirePlugin(pluginId, "enable");
        if (!manager.isUsable(plugin)) {
            return new Enabling(Enabling.Outcome.NOT_USABLE);
        }
        if (!manager.isDisabledOnFile(pluginId)) {
            return new Enabling(Enabling.Outcome.ALREADY_ENABLED);
        }
        Map<String, List<String>> taken;
        List<String> kinds;
        PluginHost unstarted = new PluginHost(pluginsDir, systemVersion, pluginsCommand, pluginId, null);
        unstarted.callerHoldsFolder = callerHoldsFolder; // held as this host's start held it
        try (PluginHost counted = unstarted.start(whenWaiting)) {
            taken = counted.sharedNames(pluginId);
            kinds = taken.isEmpty() ? counted.sharedKinds(pluginId) : List.of();
        }
        if (!taken.isEmpty()) {
            return new Enabling(Enabling.Outcome.NAMES_TAKEN, taken, List.of());
        }
        if (!kinds.isEmpty()) {
            return new Enabling(Enabling.Outcome.KINDS_TAKEN, Map.of(), kinds);
        }
        return new Enabling(manager.enablePlugin(pluginId) ? Enabling.Outcome.ENABLED : Enabling.Outcome.NOT_USABLE);
    }

    /** What {@link #disable} did. */
    public enum Disabling {
        /** The folder's enabled and disabled lists did not disable it, and they do now. */
        DISABLED,
        /** The folder's lists disable it already: nothing was written. */
        ALREADY_DISABLED,
        /** It could not be stopped ({@link #statuses()} says why): nothing was written. */
        NOT_STOPPED
    }

    /**
     * Disables a plugin for later runs (writes the folder's enabled/disabled lists), unless they
     * disable it already. A plugin that is not usable (it requires another Evidentia, say) is
     * disabled in the lists too, so that it stays disabled once it would be usable.
     *
     * @throws IllegalArgumentException when the folder has no such plugin
     */
    public Disabling disable(String pluginId) {
        PluginWrapper plugin = requirePlugin(pluginId, "disable");
        if (manager.isDisabledOnFile(pluginId)) {
            return Disabling.ALREADY_DISABLED;
        }
        if (plugin.getPluginState().isDisabled()) {
            manager.disableOnFile(pluginId); // PF4J's disablePlugin writes nothing for a plugin it did not enable
            return Disabling.DISABLED;
        }
        return manager.disablePlugin(pluginId) ? Disabling.DISABLED : Disabling.NOT_STOPPED;
    }

    /**
     * The enabled plugins that need {@code pluginId} (a dependency that is not optional), sorted: disabling it leaves them
     * unloaded, each a problem of every later run (the plugin author's review of session 27, P14: said nowhere).
     */
    public List<String> dependentsOf(String pluginId) {
        List<String> dependents = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            if (!manager.isDisabledOnFile(plugin.getPluginId()) && plugin.getDescriptor().getDependencies().stream()
                    .anyMatch(d -> !d.isOptional() && d.getPluginId().equals(pluginId))) {
                dependents.add(plugin.getPluginId());
            }
        }
        dependents.sort(null);
        return dependents;
    }

    private PluginWrapper requirePlugin(String pluginId, String command) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            throw new IllegalArgumentException(noSuchPlugin(pluginId, command));
        }
        return plugin;
    }

    /**
     * What to say when {@code evidentia plugins COMMAND NAME} finds no plugin of id {@code name}: the
     * near misses first, with the command that was meant. A plugin id may hold upper-case letters and
     * is matched exactly, so an id that differs only in case is named; and a plugin id need not be
     * its extension's name, so a plugin one of whose extensions has that name is named (a started
     * plugin's names as made, another's as its unpacked folder keeps them, when it does).
     *
     * @param command the subcommand, as {@code remove}, {@code enable} or {@code disable}
     */
    public String noSuchPlugin(String name, String command) {
        String none = "no plugin '" + name + "' in " + pluginsDir;
        List<String> ids = new ArrayList<>();
        manager.getPlugins().forEach(p -> ids.add(p.getPluginId()));
        ids.addAll(manager.refused.keySet());
        List<String> sameButCase = ids.stream().filter(id -> id.equalsIgnoreCase(name)).distinct().sorted().toList();
        if (!sameButCase.isEmpty()) {
            return none + " (plugin ids are matched exactly, case included): " + String.join(" and ", sameButCase)
                    + (sameButCase.size() == 1 ? " is its id: " : " are their ids: ")
                    + sameButCase.stream().map(id -> "`" + pluginsCommand + " " + command + " " + id + "`").collect(Collectors.joining(" or "));
        }
        Set<String> owners = new TreeSet<>();
        for (Offered offer : offered()) {
            if (name.equals(offer.extension().name())) {
                owners.add(offer.extension().pluginId());
            }
        }
        for (PluginWrapper plugin : manager.getPlugins()) {
            if (plugin.getPluginState() != PluginState.STARTED && ExtensionNames.in(plugin.getPluginPath()).names().contains(name)) {
                owners.add(plugin.getPluginId());
            }
        }
        owners.remove(name);
        if (!owners.isEmpty()) {
            return none + ": " + name + " is an extension of plugin " + String.join(" and of plugin ", owners) + ", and a plugin goes by"
                    + " its id: " + owners.stream().map(id -> "`" + pluginsCommand + " " + command + " " + id + "`")
                            .collect(Collectors.joining(" or "));
        }
        return none + "; `" + pluginsCommand + "` lists them";
    }

    /**
     * Stops the plugins one by one (PF4J's stopPlugins() is unreliable with several) and unloads
     * each on its own: PF4J's unloading of a plugin's dependents would loop for ever on a cycle.
     */
    @Override
    public void close() {
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            try {
                manager.stopPlugin(plugin.getPluginId());
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | Error e) {
                LOG.warn("Plugin {} did not stop cleanly: {}", plugin.getPluginId(), e.getMessage());
            }
            manager.factory().pluginStopped(plugin.getPluginId());
        }
        for (PluginWrapper plugin : new ArrayList<>(manager.getPlugins())) {
            try {
                manager.unloadAlone(plugin.getPluginId());
            } catch (RuntimeException e) {
                LOG.debug("Plugin {} did not unload cleanly: {}", plugin.getPluginId(), e.getMessage());
            }
        }
    }

    /**
     * A plugin left out before PF4J resolved the others.
     *
     * @param version its version as its descriptor states it
     * @param path    where it is
     * @param problem why it is left out
     */
    private record Refused(String version, Path path, String problem) {
    }

    /**
     * PF4J's manager with the Guice factory, a repository that unpacks only screened zips, checks of
     * each descriptor's versions, and dependency checks that leave out the plugins with a missing
     * dependency or a dependency cycle (PF4J would resolve none at all) before PF4J resolves the rest.
     */
    private static final class HostPluginManager extends DefaultPluginManager {

        // No initializers: PF4J's constructor calls our overrides before field initializers would run.
        /** By plugin id: why each of its extensions (by class name; "" for all of them) cannot be used. */
        private final Map<String, Map<String, String>> failures;
        private final Map<String, String> loadFailures;
        private final Map<String, Refused> refused;
        /** Loaded as enabled whatever the folder's lists say; null for none. */
        private final String countedEnabled;
        /** The plugins command as the host's hints give it (see {@link PluginHost#pluginsCommand}). */
        private final String pluginsCommand;
        private ScreenedPluginRepository screened;
        private Map<String, String> repositoryProblems;

        HostPluginManager(Path pluginsDir, String countedEnabled, String pluginsCommand) {
            super(pluginsDir);
            this.failures = new LinkedHashMap<>();
            this.loadFailures = repositoryProblems;
            this.refused = new TreeMap<>();
            this.countedEnabled = countedEnabled;
            this.pluginsCommand = pluginsCommand;
        }

        /** As PF4J asks when it loads a plugin (only then): the folder's lists, except for the plugin counted as enabled. */
        @Override
        protected boolean isPluginDisabled(String pluginId) {
            return !pluginId.equals(countedEnabled) && isDisabledOnFile(pluginId);
        }

        /** Whether the folder's enabled and disabled lists disable the plugin. */
        boolean isDisabledOnFile(String pluginId) {
            return super.isPluginDisabled(pluginId);
        }

        /** Disables the plugin in the folder's enabled and disabled lists, whatever its state. */
        void disableOnFile(String pluginId) {
            pluginStatusProvider.disablePlugin(pluginId);
        }

        /** Whether PF4J would enable the plugin at all (its requires admits this Evidentia). */
        boolean isUsable(PluginWrapper plugin) {
            return isPluginValid(plugin);
        }

        /** The folder's enabled and disabled lists, each changed by replacing it whole (PF4J's rewrote them in place). */
        @Override
        protected PluginStatusProvider createPluginStatusProvider() {
            return new PluginLists(getPluginsRoots().get(0));
        }

        @Override
        protected ExtensionFactory createExtensionFactory() {
            return new GuiceExtensionFactory();
        }

        @Override
        protected PluginRepository createPluginRepository() {
            repositoryProblems = new LinkedHashMap<>();
            screened = new ScreenedPluginRepository(getPluginsRoots().get(0), repositoryProblems);
            return new CompoundPluginRepository().add(screened, this::isNotDevelopment);
        }

        /**
         * PF4J's loaders of plugin folders and jars, whose plugins' class loaders have {@link ProvidedClasses} above them instead
         * of the host's whole class path (PF4J gives them the class loader of its own classes).
         */
        @Override
        protected PluginLoader createPluginLoader() {
            ClassLoader provided = new ProvidedClasses(PluginHost.class.getClassLoader());
            return new CompoundPluginLoader()
                    .add(new DefaultPluginLoader(this) {
                        @Override
                        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                            return new PluginClassLoader(pluginManager, descriptor, provided);
                        }
                    }, this::isNotDevelopment)
                    .add(new JarPluginLoader(this) {
                        @Override
                        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                            return new PluginClassLoader(pluginManager, descriptor, provided);
                        }
                    }, this::isNotDevelopment);
        }

        @Override
        protected PluginFactory createPluginFactory() {
            return new DefaultPluginFactory() {
                @Override
                public Plugin create(PluginWrapper plugin) {
                    Plugin instance = super.create(plugin);
                    if (instance == null) {
                        throw new PluginRuntimeException("plugin.class '" + plugin.getDescriptor().getPluginClass()
                                + "' cannot be made: expected a public, non-abstract subclass of org.pf4j.Plugin in the"
                                + " plugin's classes/ or lib/");
                    }
                    return instance;
                }
            };
        }

        synchronized void failed(String pluginId, String extensionClass, String problem) {
            failures.computeIfAbsent(pluginId, id -> new TreeMap<>()).putIfAbsent(extensionClass, problem);
        }

        synchronized boolean hasFailed(String pluginId, String extensionClass) {
            return failures.getOrDefault(pluginId, Map.of()).containsKey(extensionClass);
        }

        /** The plugin's problems with its extensions, one clause each; null when it has none. */
        synchronized String failureOf(String pluginId) {
            Map<String, String> problems = failures.get(pluginId);
            return problems == null ? null : String.join("; ", problems.values());
        }

        ScreenedPluginRepository repository() {
            return screened;
        }

        GuiceExtensionFactory factory() {
            return (GuiceExtensionFactory) getExtensionFactory();
        }

        /** Whether {@code requires} admits {@code version}; false for a constraint that does not parse. */
        boolean requiresMet(String version, String requires) {
            try {
                return getVersionManager().checkVersionConstraint(version, requires);
            } catch (RuntimeException e) {
                return false;
            }
        }

        /** Unloads one plugin without walking its dependents (which would loop on a cycle). */
        void unloadAlone(String pluginId) {
            unloadPlugin(pluginId, false, false);
        }

        /**
         * Holds the descriptor to the rules {@code plugins install} holds it to ({@link PluginDescriptorRules}), in the
         * same words, before PF4J's own checks: a zip copied into the folder by hand is not loaded when
         * installing it would have been refused for its descriptor.
         */
        @Override
        protected void validatePluginDescriptor(PluginDescriptor descriptor) {
            List<String> problems = new ArrayList<>(PluginDescriptorRules.problems(descriptor.getPluginId(), descriptor.getVersion(),
                    descriptor.getRequires()));
            for (PluginDependency dependency : descriptor.getDependencies()) {
                String support = dependency.getPluginVersionSupport();
                try {
                    getVersionManager().checkVersionConstraint("0.0.0", support);
                } catch (RuntimeException e) {
                    problems.add("plugin.dependencies names " + dependency.getPluginId()
                            + " with version '" + support + "', which is not a version constraint: expected e.g. '"
                            + dependency.getPluginId() + "@>=1.0.0'");
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidPluginDescriptorException(String.join("; ", problems));
            }
            super.validatePluginDescriptor(descriptor);
        }

        @Override
        protected PluginWrapper loadPluginFromPath(Path pluginPath) {
            try {
                return super.loadPluginFromPath(pluginPath);
            } catch (RuntimeException e) {
                String name = pluginPath.getFileName().toString();
                // PF4J's own words for a folder it may not read are that no descriptor finder applies
                PluginWrapper sameId = loadedWithTheIdOf(pluginPath);
                String reason = Files.isDirectory(pluginPath) && !Files.isReadable(pluginPath)
                        ? "cannot be loaded: this user may not read its folder " + pluginPath + " (the folder's permissions; give"
                                + " every user of the installation read access to it, or use a plugins folder of your own with --plugins-dir)"
                        : sameId != null
                        ? "cannot be loaded: its plugin.id '" + sameId.getPluginId() + "' is the id of " + zipNameOf(sameId.getPluginPath())
                                + " too, which was loaded; plugins are told apart by their ids, so remove one of the two from the"
                                + " plugins folder (`" + pluginsCommand + " install --replace` replaces an installed plugin)"
                        : "cannot be loaded: " + Messages.plain(e);
                loadFailures.put(name.endsWith(".zip") || Files.isDirectory(pluginPath) ? zipNameOf(pluginPath) : name, reason);
                throw e;
            }
        }

        /**
         * The plugin loaded already whose id the descriptor at {@code pluginPath} states, from another
         * path (PF4J's words for it are its internal state); null when there is none or the descriptor cannot be read.
         */
        private PluginWrapper loadedWithTheIdOf(Path pluginPath) {
            try {
                PluginWrapper loaded = getPlugin(getPluginDescriptorFinder().find(pluginPath).getPluginId());
                return loaded != null && !loaded.getPluginPath().equals(pluginPath) ? loaded : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static String zipNameOf(Path folder) {
            Path zip = folder.resolveSibling(folder.getFileName() + ".zip");
            return Files.isRegularFile(zip) ? zip.getFileName().toString() : folder.getFileName().toString();
        }

        /**
         * Leaves out every plugin whose dependencies cannot be met (missing, of a version it does not
         * accept, in a cycle, or themselves left out), then lets PF4J resolve the others.
         */
        @Override
        protected void resolvePlugins() {
            Map<String, PluginWrapper> byId = new TreeMap<>();
            getUnresolvedPlugins().forEach(p -> byId.put(p.getPluginId(), p));
            getResolvedPlugins().forEach(p -> byId.put(p.getPluginId(), p));
            Map<String, String> out = new TreeMap<>();
            for (List<String> cycle : DependencyCycles.find(byId.keySet(), id -> dependencyIds(byId.get(id)))) {
                String path = String.join(" -> ", cycle) + " -> " + cycle.get(0);
                for (String id : cycle) {
                    out.put(id, "its dependencies form a cycle (" + path + "): none of them can be loaded");
                }
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (PluginWrapper plugin : byId.values()) {
                    String id = plugin.getPluginId();
                    if (out.containsKey(id)) {
                        continue;
                    }
                    String problem = dependencyProblem(plugin, byId, out);
                    if (problem != null) {
                        out.put(id, problem);
                        changed = true;
                    }
                }
            }
            for (Map.Entry<String, String> entry : out.entrySet()) {
                PluginWrapper plugin = byId.get(entry.getKey());
                refused.put(entry.getKey(), new Refused(plugin.getDescriptor().getVersion(), plugin.getPluginPath(), entry.getValue()));
                unloadAlone(entry.getKey());
            }
            super.resolvePlugins();
        }

        /**
         * Starts the resolved plugins in their order, dependencies first, as PF4J does, but a plugin whose constructor or
         * start() throws an Error other than the JVM's own fails alone: PF4J catches Exception and LinkageError only, and an
         * AssertionError stopped every command that loads plugins (the review of session 19, H10); and a plugin one of whose
         * dependencies did not start does not start either, as it would reach that dependency's classes all the same (H1).
         */
        @Override
        public void startPlugins() {
            for (PluginWrapper plugin : new ArrayList<>(getResolvedPlugins())) {
                PluginState state = plugin.getPluginState();
                if (state == PluginState.DISABLED || state == PluginState.STARTED) {
                    continue;
                }
                String notStarted = plugin.getDescriptor().getDependencies().stream().filter(d -> !d.isOptional())
                        .map(PluginDependency::getPluginId)
                        .filter(id -> getPlugin(id) == null || getPlugin(id).getPluginState() != PluginState.STARTED).findFirst().orElse(null);
                if (notStarted != null) {
                    plugin.setPluginState(PluginState.FAILED);
                    plugin.setFailedException(new PluginRuntimeException("it needs plugin '" + notStarted + "', which did not start"));
                    LOG.debug("Plugin {} not started: it needs plugin {}, which did not start", plugin.getPluginId(), notStarted);
                    firePluginStateEvent(new org.pf4j.PluginStateEvent(this, plugin, state));
                    continue;
                }
                // started here as PF4J's startPlugins starts it, not through startPlugin(id), which would start (and enable,
                // rewriting the folder's lists) an optional dependency that is disabled, and start again one that failed
                try {
                    plugin.getPlugin().start();
                    plugin.setPluginState(PluginState.STARTED);
                    plugin.setFailedException(null);
                    startedPlugins.add(plugin);
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) {
                    plugin.setPluginState(PluginState.FAILED);
                    plugin.setFailedException(e);
                    LOG.debug("Plugin {} failed to start", plugin.getPluginId(), e);
                } finally {
                    firePluginStateEvent(new org.pf4j.PluginStateEvent(this, plugin, state));
                }
            }
        }

        private static List<String> dependencyIds(PluginWrapper plugin) {
            return plugin.getDescriptor().getDependencies().stream().map(PluginDependency::getPluginId).toList();
        }

        private String dependencyProblem(PluginWrapper plugin, Map<String, PluginWrapper> byId, Map<String, String> out) {
            for (PluginDependency dependency : plugin.getDescriptor().getDependencies()) {
                String id = dependency.getPluginId();
                PluginWrapper needed = byId.get(id);
                if (needed == null) {
                    if (!dependency.isOptional()) {
                        return "needs plugin '" + id + "', which is not in the plugins folder";
                    }
                    continue;
                }
                if (out.containsKey(id)) {
                    return "needs plugin '" + id + "', which cannot be loaded";
                }
                if (!dependency.isOptional() && needed.getPluginState() == PluginState.DISABLED
                        && plugin.getPluginState() != PluginState.DISABLED) { // a disabled dependent is disabled already: no problem
                    // PF4J loads a disabled plugin with its class loader, and its dependents started and ran its code (the review
                    // of session 19, H1)
                    String requires = needed.getDescriptor().getRequires();
                    return "needs plugin '" + id + "', which is disabled" + (requiresMet(getSystemVersion(), requires)
                            ? " (`" + pluginsCommand + " enable " + id + "`)" : ": it requires Evidentia " + requires + ", but this is Evidentia "
                            + getSystemVersion());
                }
                String support = dependency.getPluginVersionSupport();
                if (!"*".equals(support) && !requiresMet(needed.getDescriptor().getVersion(), support)) {
                    return "needs plugin '" + id + "' " + support + ", but the folder has " + id + " "
                            + needed.getDescriptor().getVersion();
                }
            }
            return null;
        }
    }
}
