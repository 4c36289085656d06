package org.evidentia.runtime.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.evidentia.pluginkit.rules.PluginDescriptorRules;
import org.evidentia.pluginkit.rules.PluginPackaging;
import org.evidentia.pluginkit.rules.UnindexedExtensions;
import org.evidentia.runtime.output.FileTrees;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Installs a plugin zip into a plugins folder and removes an installed plugin, for
 * {@code evidentia plugins install} and {@code remove}. Install checks the zip before anything is
 * written (its entries stay inside the plugin's folder and within {@link PluginZip}'s size bounds,
 * its descriptor is complete and its versions parse, its {@code requires} admits this Evidentia, its
 * extensions index names classes it holds) and reports every problem at once, then loads it with the
 * folder's plugins, from outside the folder, to see that its extension names are free; remove leaves
 * no file of the plugin behind (the zip, its unpacked folder with the host's stamp, its lines in
 * {@code enabled.txt} and {@code disabled.txt}). Not for concurrent use on one folder (two installs
 * could each add one of two plugins that share a name): its caller holds the folder's lock
 * ({@link PluginHost#FOLDER_LOCK}) around each install and remove, as {@code evidentia plugins} does,
 * and the folder's plugins that install loads are unpacked under that lock ({@link PluginHost#startUnderCallersLock}).
 */
public final class PluginInstaller {

    private static final String DESCRIPTOR = PluginRules.DESCRIPTOR;
    private static final String INDEX = PluginRules.INDEX;
    private static final List<String> SWITCH_FILES = List.of(PluginList.ENABLED, PluginList.DISABLED);

    private final Path pluginsDir;
    private final String systemVersion;
    /** The plugins command as this installer's hints give it to paste: it acts on this installer's folder. */
    private final String pluginsCommand;
    private final VersionManager versions = new DefaultVersionManager();

    /**
     * @param pluginsDir    the plugins folder
     * @param systemVersion this Evidentia's version, checked against a plugin's {@code plugin.requires}
     */
    public PluginInstaller(Path pluginsDir, String systemVersion) {
        this(pluginsDir, systemVersion, PluginHost.PLUGINS_COMMAND);
    }

    /**
     * @param pluginsDir     the plugins folder
     * @param systemVersion  this Evidentia's version, checked against a plugin's {@code plugin.requires}
     * @param pluginsCommand the plugins command as hints give it to paste (see {@link PluginHost#PluginHost(Path, String, String)})
     */
    public PluginInstaller(Path pluginsDir, String systemVersion, String pluginsCommand) {
        this.pluginsDir = pluginsDir.toAbsolutePath().normalize();
        this.systemVersion = systemVersion;
        this.pluginsCommand = pluginsCommand;
    }

    /**
     * What {@link #install} did.
     *
     * @param outcome    whether the plugin was installed
     * @param id         the plugin's id
     * @param version    its version
     * @param file       the zip in the plugins folder; null when it was not installed
     * @param takenNames for {@link Outcome#NAMES_TAKEN}: its extension names that enabled plugins'
     *     extensions have too, each with their plugins' ids, as {@link PluginHost#sharedNames} gives them; empty otherwise
     * @param problem    why the installed plugin cannot be used as it is (an extension that cannot
     *     be made, say), as {@code evidentia plugins} says it; null when it can
     * @param extensions the installed plugin's extensions that can be used, as {@code kind:name}, as
     *     {@code evidentia plugins} lists them; empty when it was not installed
     * @param replacedVersion the version of the plugin of the same id it replaced ({@code --replace});
     *     null when it replaced none
     * @param warnings   what the plugin's build should have warned of and the install does not refuse,
     *     one sentence each: a public extension class its extensions index does not name
     *     ({@link UnindexedExtensions}, the packaging check's words); empty when nothing
     */
    public record Installing(Outcome outcome, String id, String version, Path file, Map<String, List<String>> takenNames,
                             String problem, List<String> extensions, String replacedVersion, List<String> warnings) {

        public Installing {
            takenNames = Collections.unmodifiableMap(new TreeMap<>(takenNames));
            extensions = List.copyOf(extensions);
            warnings = List.copyOf(warnings);
        }

        /** What became of a zip that passed the checks. */
        public enum Outcome {
            /** It is in the plugins folder now, as {@link #file}. */
            INSTALLED,
            /** An extension of it has the name of an enabled plugin's extension: nothing was written into the plugins folder. */
            NAMES_TAKEN
        }
    }

    /**
     * Checks {@code zip} and copies it into the plugins folder as {@code ID-VERSION.zip}, unless an
     * extension of it has the name of an enabled plugin's extension (names are one namespace; both
     * plugins' extensions of that name would be withheld, which runs used until then). That is
     * decided before anything is written into the plugins folder: the zip is copied into a staging
     * folder outside it (in the system's temporary folder, removed afterwards), checked and unpacked
     * there, and loaded with the folder's plugins as the next command would load it; the checked copy
     * is moved in only when its names are free, and only when its extractors' finding kinds are
     * their own (kind names are one namespace too; a run with two extractors of one kind is
     * refused), and only when no extension of it has a name the name rule refuses ({@link PluginHost#misnamed}:
     * such an extension could never be used), so no run ever sees a plugin it would refuse. The host
     * unpacks the installed zip on the next command.
     *
     * @throws IllegalArgumentException naming the zip and, one line each, everything wrong with it;
     *     nothing is written into the plugins folder then
     * @throws UncheckedIOException     when the zip cannot be staged or the plugins folder cannot be written
     */
    public Installing install(Path zip) {
        return install(zip, false);
    }

    /**
     * As {@link #install(Path)}; with {@code replace}, the zip replaces the installed plugin of its id
     * (its zip and unpacked folder, or its folder; its lines in {@code enabled.txt} and
     * {@code disabled.txt} are kept), after the same checks, the installed one left out of the
     * look ahead as if it were replaced already. With {@code replace}, a zip whose id no installed
     * plugin has is refused: it would be added beside the plugin meant to be replaced, not replace it.
     */
    public Installing install(Path zip, boolean replace) {
        String name = zip.toString();
        if (Files.isDirectory(zip)) {
            Path folder = zip.toAbsolutePath().normalize().getParent();
            if (folder != null && folder.equals(pluginsDir.toAbsolutePath().normalize())) {
                // review s9, L7: its own zip beside it is installed already; installing that one again is refused
                throw new IllegalArgumentException("cannot install " + name + ": it is a folder, not a plugin zip: the folder of an"
                        + " installed plugin, unpacked from the zip beside it (`" + pluginsCommand + "` lists the plugins installed)");
            }
            throw new IllegalArgumentException("cannot install " + name + ": it is a folder, not a plugin zip (a plugin's build makes"
                    + " target/ID-VERSION.zip)" + zipsBeside(zip, folder));
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("cannot install " + name + ": no such file");
        }
        if (!Files.isDirectory(pluginsDir)) {
            throw new IllegalArgumentException("cannot install " + name + ": the plugins folder " + pluginsDir + " does not exist");
        }
        Path staging;
        try {
            staging = Files.createTempDirectory("evidentia-install-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install " + name + ": no staging folder in the temporary folder: " + Messages.plain(e), e);
        }
        try {
            // Everything below reads this copy, and this copy is what is installed: the zip checked is the zip installed.
            Path copy = staging.resolve("plugin.zip");
            try {
                Files.copy(zip, copy);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot install " + name + ": cannot copy it into " + staging + ": " + Messages.plain(e), e);
            }
            Properties descriptor = check(name, copy, replace);
            String id = descriptor.getProperty("plugin.id").strip();
            String version = descriptor.getProperty("plugin.version").strip();
            List<Path> replaced = replace ? installedFiles(id) : List.of();
            String replacedVersion = replaced.isEmpty() ? null : versionOf(replaced.get(0));
            List<String> replacedExtensions = replaced.isEmpty() ? List.of() : extensionsOf(id);
            Path unpacked = staging.resolve(id + "-" + version);
            try {
                PluginZip.unpack(copy, unpacked);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot install " + name + ": it cannot be unpacked: " + Messages.plain(e));
            }
            // What only loading tells: whether its extensions can be made, and whether their names are free.
            Map<String, List<String>> taken;
            String problem;
            List<String> extensions;
            boolean disabled;
            try (PluginHost host = PluginHost.withCandidate(pluginsDir, systemVersion, pluginsCommand, unpacked, new java.util.HashSet<>(replaced))
                    .startUnderCallersLock()) {
                taken = host.sharedNames(id);
                List<String> kinds = taken.isEmpty() ? host.sharedKinds(id) : List.of();
                if (!kinds.isEmpty()) {
                    throw new IllegalArgumentException("cannot install " + name + ": " + String.join("; ", kinds)
                            + "; finding kinds are one namespace (findings are synthesised and reported by their kind's name,"
                            + " and a run with both extractors is refused), so nothing was installed: rename the kind in the plugin");
                }
                List<String> misdeclared = taken.isEmpty() ? host.misdeclaredKinds(id) : List.of();
                if (!misdeclared.isEmpty()) {
                    throw new IllegalArgumentException("cannot install " + name + ": " + String.join("; ", misdeclared)
                            + "; a run refuses such an extractor (a run that names none, too), so nothing was installed: the plugin"
                            + " needs that changed (docs/plugin-guide.md, section 4)");
                }
                List<String> misnamed = host.misnamed(id);
                if (!misnamed.isEmpty()) {
                    // permanent, unlike an extension that cannot be made (a file the user may add later): refused as a name clash is
                    throw new IllegalArgumentException("cannot install " + name + ": " + String.join("; ", misnamed)
                            + "; an extension's name is what its class returns, so it could never be used: nothing was installed");
                }
                List<PluginStatus> statuses = host.statuses().stream().filter(s -> s.id().equals(id)).toList();
                problem = statuses.stream().map(PluginStatus::problem).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                extensions = statuses.stream().flatMap(s -> s.extensions().stream()).toList();
                disabled = statuses.stream().anyMatch(s -> "disabled".equals(s.state()));
            }
            if (!taken.isEmpty()) {
                return new Installing(Installing.Outcome.NAMES_TAKEN, id, version, null, taken, null, List.of(), null, List.of());
            }
            Path installed = moveIn(copy, id + "-" + version + ".zip");
            removeReplaced(replaced, installed);
            List<String> warnings = new ArrayList<>(unindexedExtensions(copy));
            if (descriptor.getProperty("plugin.requires", "").isBlank()) {
                // the Maven parent always sets it; a zip made by hand may leave it out (an explorer's s20, 8)
                warnings.add("its plugin.properties sets no plugin.requires, so it claims to run on every Evidentia version, one of"
                        + " another api too: set plugin.requires=>=" + systemVersion + " (docs/plugin-guide.md)");
            }
            List<String> gone = replacedExtensions.stream().filter(e -> !extensions.contains(e)).toList();
            if (!gone.isEmpty()) {
                // an id clash's advice followed with another plugin's zip swapped a bundled plugin's sources out without a word
                // (an explorer's s21)
                warnings.add("the " + replacedVersion + " it replaced offered " + String.join(", ", gone) + ", which " + version
                        + " does not: runs that name " + (gone.size() == 1 ? "it" : "them") + " no longer find " + (gone.size() == 1 ? "it"
                        : "them") + "; to bring " + (gone.size() == 1 ? "it" : "them") + " back, install the earlier zip again with"
                        + " --replace (a bundled plugin's zip is in the distribution's plugins/ folder)");
            }
            if (replacedVersion != null && !"-".equals(replacedVersion) && versions.compareVersions(version, replacedVersion) < 0) {
                warnings.add("it replaced a later version, " + replacedVersion + ", with an earlier one, " + version);
            }
            if (disabled) {
                // installed, and switched off by the folder's lists: "Installed" alone read as ready to use (the review of session
                // 19, H8)
                warnings.add("it is disabled by the plugins folder's enabled.txt or disabled.txt: `" + pluginsCommand + " enable " + id
                        + "` to use it");
            }
            return new Installing(Installing.Outcome.INSTALLED, id, version, installed, Map.of(), problem, extensions, replacedVersion,
                    warnings);
        } finally {
            try {
                FileTrees.delete(staging);
            } catch (IOException e) {
                // a leftover in the temporary folder, nothing of the plugins folder
            }
        }
    }

    /**
     * "; install the plugin zip beside it: `evidentia plugins install target/x-1.0.0.zip`": the zips in
     * {@code folder} other than {@code given}, as a plugin's build leaves its zip beside its jar and
     * its unpacked folder; "" when there is none.
     */
    private String zipsBeside(Path given, Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        Path self = given.toAbsolutePath().normalize();
        List<Path> zips;
        try (Stream<Path> files = Files.list(folder)) {
            zips = files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") && Files.isRegularFile(p)
                    && !p.toAbsolutePath().normalize().equals(self)).sorted().toList();
        } catch (IOException e) {
            return "";
        }
        if (zips.isEmpty()) {
            return "";
        }
        // a folder PF4J unpacked (plugins/evidentia-csv-source-0.1.0) has its own zip beside it: that one, not every plugin's
        String own = given.getFileName() + ".zip";
        List<Path> named = zips.stream().filter(z -> z.getFileName().toString().equals(own)).toList();
        if (!named.isEmpty()) {
            zips = named;
        }
        Path parent = given.getParent(); // the zips as the user would name them: relative to where the given path is
        List<String> commands = zips.stream().map(z -> "`" + pluginsCommand + " install "
                + (parent == null ? z.getFileName() : parent.resolve(z.getFileName())) + "`").toList();
        return (zips.size() == 1 ? "; the zip beside it may be the plugin: " : "; the zips beside it may be the plugin: ")
                + String.join(" or ", commands);
    }

    /** The path of a plugin.properties one folder down ({@code my-plugin/plugin.properties}) when there is one and only one; else null. */
    private static String nestedDescriptor(List<String> entries) {
        List<String> nested = entries.stream().filter(e -> e.endsWith("/" + DESCRIPTOR) && e.indexOf('/') == e.length() - DESCRIPTOR.length() - 1)
                .toList();
        return nested.size() == 1 ? nested.get(0) : null;
    }

    /**
     * Checks the zip {@code copy} of the one the user named {@code name}.
     *
     * @return its descriptor, whose plugin.id and plugin.version are there and parse
     * @throws IllegalArgumentException naming the zip and, one line each, everything wrong with it
     */
    private Properties check(String name, Path copy, boolean replace) {
        List<String> problems = new ArrayList<>();
        Properties descriptor = new Properties();
        try (ZipFile file = new ZipFile(copy.toFile())) {
            List<String> entries = Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
            problems.addAll(PluginZip.problems(file));
            ZipEntry properties = file.getEntry(DESCRIPTOR);
            String nested = properties == null ? nestedDescriptor(entries) : null;
            if (nested != null) {
                // a zip made of the plugin's folder, not of its content (an explorer's s20, 6): the commonest slip of a zip by hand
                String folder = nested.substring(0, nested.length() - DESCRIPTOR.length() - 1);
                throw new IllegalArgumentException("cannot install " + name + ": its " + DESCRIPTOR + " is at " + nested + ", not at its"
                        + " root: the zip holds the folder " + folder + ", where it should hold what the folder holds (cd " + folder
                        + " && zip -r ../" + Path.of(name).getFileName() + " " + DESCRIPTOR + " classes lib)");
            }
            if (properties == null) {
                // not a plugin zip at all (a plugin's jar, say): what a plugin zip lacks besides would be advice about another file
                throw new IllegalArgumentException("cannot install " + name + ": it has no " + DESCRIPTOR + " at its root: it is not a"
                        + " plugin zip (expected PF4J's layout: plugin.properties, classes/, lib/)" + zipsBeside(Path.of(name),
                        Path.of(name).toAbsolutePath().normalize().getParent()));
            } else {
                try (InputStream in = file.getInputStream(properties)) {
                    descriptor.load(in);
                } catch (IllegalArgumentException e) {
                    // Properties.load's word for a bad \\u escape, which named neither the zip nor the file (the review of session 19, H2)
                    throw new IllegalArgumentException("cannot install " + name + ": its " + DESCRIPTOR + " cannot be read: "
                            + Messages.plain(e).replaceFirst("\\.$", "") + " (a backslash-u escape needs four hexadecimal digits)");
                }
                problems.addAll(descriptorProblems(descriptor));
            }
            problems.addAll(indexProblems(file, entries));
            problems.addAll(pluginClassProblems(descriptor, entries));
            problems.addAll(HostCopies.in(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot install " + name + ": not a readable zip file (" + Messages.plain(e) + ")");
        }
        String id = descriptor.getProperty("plugin.id", "").strip();
        // The folder is compared whenever the descriptor names the plugin, so that a zip wrong in other ways too hears of
        // every problem at once rather than of the folder's only after the rest are mended.
        boolean named = !descriptor.isEmpty()
                && PluginDescriptorRules.problems(id, descriptor.getProperty("plugin.version"), "").isEmpty();
        if (named) {
            Optional<Path> installed = installedZip(id);
            if (installed.isPresent() && !replace) {
                problems.add("a plugin '" + id + "' is already installed (" + installed.get().getFileName() + "): give --replace to"
                        + " replace it, or `" + pluginsCommand + " remove " + id + "` first");
            } else if (installed.isEmpty() && replace) {
                problems.add("--replace replaces the installed plugin of the zip's id, and no plugin '" + id + "' is installed:"
                        + " install it without --replace");
            }
            // it is installed as ID-VERSION.zip, a name another plugin's zip may have (the bundled evidentia-ris-source-0.1.0.zip
            // is plugin ris-source's): moving it in would replace that plugin without a word
            String fileName = id + "-" + descriptor.getProperty("plugin.version").strip() + ".zip";
            Path namesake = pluginsDir.resolve(fileName);
            String namesakeId = Files.exists(namesake, LinkOption.NOFOLLOW_LINKS) ? idOf(namesake) : id;
            if (!id.equals(namesakeId)) {
                problems.add("it would be installed as " + fileName + ", and the plugins folder holds a file of that name that is "
                        + (namesakeId == null ? "no plugin zip" : "plugin '" + namesakeId + "'") + ", which installing would replace:"
                        + " give the plugin another id, or move that file away first");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot install " + name + ":\n  " + String.join("\n  ", problems));
        }
        return descriptor;
    }

    /** Every file of the installed plugin {@code id} that a replacement takes the place of: its zips, then its folders without a zip. */
    private List<Path> installedFiles(String id) {
        List<Path> files = new ArrayList<>(zipsOf(id));
        files.addAll(foldersOf(id));
        return files;
    }

    /** The extensions, as {@code kind:name}, of the installed plugin {@code id}, as the plugins folder loads them now. */
    private List<String> extensionsOf(String id) {
        try (PluginHost host = new PluginHost(pluginsDir, systemVersion, pluginsCommand).startUnderCallersLock()) {
            return host.statuses().stream().filter(st -> st.id().equals(id)).flatMap(st -> st.extensions().stream()).toList();
        }
    }

    /** The version a zip's or plugin folder's descriptor states; "-" when it cannot be read. */
    private static String versionOf(Path zipOrFolder) {
        Properties properties = new Properties();
        try {
            if (Files.isDirectory(zipOrFolder)) {
                try (InputStream in = Files.newInputStream(zipOrFolder.resolve(DESCRIPTOR))) {
                    properties.load(in);
                }
            } else {
                try (ZipFile file = new ZipFile(zipOrFolder.toFile()); InputStream in = file.getInputStream(file.getEntry(DESCRIPTOR))) {
                    properties.load(in);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "-";
        }
        return properties.getProperty("plugin.version", "-").strip();
    }

    /**
     * Removes what the plugin now at {@code installed} replaced: the zips other than it, with their
     * unpacked folders, and the plugin folders without a zip. The unpacked folder of a zip of the same
     * name is removed too (the next command unpacks the new zip afresh).
     */
    private void removeReplaced(List<Path> replaced, Path installed) {
        try {
            for (Path old : replaced) {
                if (Files.isDirectory(old)) {
                    FileTrees.delete(old);
                    continue;
                }
                Path folder = PluginZip.unpackedFolder(old);
                if (Files.isDirectory(folder)) {
                    FileTrees.delete(folder);
                }
                if (!old.equals(installed)) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("installed " + installed + ", but cannot remove the plugin it replaces from " + pluginsDir
                    + ": " + Messages.plain(e) + "; remove it by hand", e);
        }
    }

    /** Copies {@code zip} into the plugins folder as {@code fileName}: under a hidden name first, then renamed at once. */
    private Path moveIn(Path zip, String fileName) {
        Path target = pluginsDir.resolve(fileName);
        try {
            Path partial = Partials.newFile(pluginsDir, ".installing-", ".part");
            Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
            Partials.moveIntoPlace(partial, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into the plugins folder " + pluginsDir + ": " + Messages.plain(e), e);
        }
        return target;
    }

    /** The descriptor's problems by {@link PluginDescriptorRules} (as the host's screening has them), and whether it admits this Evidentia. */
    private List<String> descriptorProblems(Properties descriptor) {
        String requires = descriptor.getProperty("plugin.requires", "").strip();
        List<String> problems = new ArrayList<>(PluginDescriptorRules.problems(descriptor.getProperty("plugin.id"),
                descriptor.getProperty("plugin.version"), requires));
        if (!requires.isEmpty() && !requires.equals("*") && problems.stream().noneMatch(p -> p.startsWith("plugin.requires "))
                && !versions.checkVersionConstraint(systemVersion, requires)) {
            problems.add("it requires Evidentia " + requires + ", but this is Evidentia " + systemVersion);
        }
        // their versions as the host reads them (a zip copied in with such a list is not loaded): install said "Installed" of
        // one it then could not load (the review of session 19, H11); and each an id, which the host only finds missing
        for (String entry : descriptor.getProperty("plugin.dependencies", "").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            org.pf4j.PluginDependency dependency = new org.pf4j.PluginDependency(entry.strip());
            if (!PluginDescriptorRules.isPluginId(dependency.getPluginId())) {
                problems.add("plugin.dependencies names '" + dependency.getPluginId() + "', which is not a plugin id: expected e.g. 'other-plugin@>=1.0.0'");
                continue;
            }
            String support = dependency.getPluginVersionSupport();
            try {
                versions.checkVersionConstraint("0.0.0", support);
            } catch (RuntimeException e) {
                problems.add("plugin.dependencies names " + dependency.getPluginId() + " with version '" + support
                        + "', which is not a version constraint: expected e.g. '" + dependency.getPluginId() + "@>=1.0.0'");
            }
        }
        return problems;
    }

    /**
     * A {@code plugin.class} the zip does not hold, which can never be loaded: installed, it was told only when the host started
     * it (the review of session 25, A15). Looked for under classes/ when the zip has no libraries of its own, where it could be.
     */
    private static List<String> pluginClassProblems(Properties descriptor, List<String> entries) {
        String pluginClass = descriptor.getProperty("plugin.class", "").strip();
        if (pluginClass.isEmpty() || pluginClass.startsWith("org.pf4j.") || entries.stream().anyMatch(e -> e.startsWith("lib/") && e.endsWith(".jar"))) {
            return List.of();
        }
        String file = "classes/" + pluginClass.replace('.', '/') + ".class";
        return entries.contains(file) ? List.of() : List.of("its " + DESCRIPTOR + " names plugin.class " + pluginClass + ", but the zip has no "
                + file + ": name the plugin's class as compiled into classes/, or leave plugin.class out when the plugin has none");
    }

    /** The public extension classes of the zip's classes/ that its extensions index does not name, as the packaging check warns of them. */
    private static List<String> unindexedExtensions(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry index = file.getEntry(INDEX);
            if (index == null) {
                return List.of();
            }
            Map<String, byte[]> classFiles = new TreeMap<>();
            for (ZipEntry entry : Collections.list(file.entries())) {
                if (entry.getName().startsWith("classes/") && entry.getName().endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        classFiles.put(entry.getName().substring("classes/".length()), in.readAllBytes());
                    }
                }
            }
            try (InputStream in = file.getInputStream(index)) {
                return UnindexedExtensions.in(classFiles, PluginPackaging.indexed(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                        INDEX);
            }
        } catch (IOException e) {
            return List.of(); // checked readable already; a warning is not worth failing the install for
        }
    }

    private static List<String> indexProblems(ZipFile file, List<String> entries) throws IOException {
        ZipEntry index = file.getEntry(INDEX);
        if (index == null) {
            // PF4J reads the index from each of the plugin's jars too: a jar of the plugin's own classes under lib/ is loaded
            // as classes/ is (the review of session 30, P1), and its index is checked as one under classes/ is (R3 of the review
            // of that change: an empty one was installed, and replaced a working plugin)
            List<HostCopies.JarIndex> jarIndexes = HostCopies.jarsWithIndex(file);
            if (jarIndexes.isEmpty()) {
                return List.of(PluginRules.hasNoIndex(INDEX));
            }
            if (jarIndexes.size() > 1) {
                // PF4J reads one index of a plugin, and which jar's is not the zip's order (the review of the change, T1)
                return List.of("it has no " + INDEX + ", and " + jarIndexes.size() + " jars under lib/ hold an extensions index ("
                        + String.join(", ", jarIndexes.stream().map(HostCopies.JarIndex::jar).toList()) + "), of which PF4J reads one:"
                        + " put the plugin's own classes and their index under classes/ (docs/plugin-guide.md, \"The zip by hand\")");
            }
            HostCopies.JarIndex jarIndex = jarIndexes.get(0);
            return indexed(jarIndex.text()).isEmpty() ? List.of(PluginRules.namesNoExtension(jarIndex.jar() + "!/META-INF/extensions.idx"))
                    : List.of();
        }
        List<String> classes;
        try (InputStream in = file.getInputStream(index)) {
            classes = indexed(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (classes.isEmpty()) {
            return List.of(PluginRules.namesNoExtension(INDEX));
        }
        boolean hasLibraries = entries.stream().anyMatch(e -> e.startsWith("lib/") && e.endsWith(".jar"));
        List<String> problems = new ArrayList<>();
        for (String name : classes) {
            if (file.getEntry("classes/" + name.replace('.', '/') + ".class") == null && !hasLibraries) {
                problems.add(INDEX + " names " + name + ", which the zip does not hold");
            }
        }
        return problems;
    }

    /** The class names an extensions index lists, without blank lines and comments. */
    private static List<String> indexed(String index) {
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * Removes every file of the plugin {@code id}: its zip, its unpacked folder and its lines in the
     * folder's enabled and disabled lists. A zip that states no usable id is known by its file name,
     * as {@code evidentia plugins} lists it ({@code badid-1.0.0} or {@code badid-1.0.0.zip}).
     *
     * @return what was removed, relative to the plugins folder, sorted
     * @throws IllegalArgumentException when no plugin of that id is installed, or the name is the file name of a
     *                                  zip of a usable id (removed by that id)
     * @throws UncheckedIOException     when a file cannot be removed
     */
    public List<Path> remove(String id) {
        List<Path> removed = new ArrayList<>();
        try {
            for (Path zip : zipsOf(id)) {
                Path folder = PluginZip.unpackedFolder(zip);
                if (Files.isDirectory(folder)) {
                    FileTrees.delete(folder);
                    removed.add(pluginsDir.relativize(folder));
                }
                Files.delete(zip);
                removed.add(pluginsDir.relativize(zip));
            }
            for (Path folder : foldersOf(id)) {
                FileTrees.delete(folder);
                removed.add(pluginsDir.relativize(folder));
            }
            for (String list : SWITCH_FILES) {
                PluginList lines = new PluginList(pluginsDir.resolve(list));
                if (list.equals(PluginList.ENABLED) && lines.ids().equals(List.of(id))) {
                    // its line is kept: an enabled.txt that names no plugin enables every one, and the others it left disabled
                    // came on with the removal (the review of session 19, H7); a line naming no plugin installed is harmless
                    continue;
                }
                if (lines.remove(id)) {
                    removed.add(Path.of(list + " (its line)"));
                }
            }
            if (removed.isEmpty()) {
                removeByFileName(id, removed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove plugin " + id + " from " + pluginsDir + ": " + Messages.plain(e), e);
        }
        if (removed.isEmpty()) {
            throw new NoSuchPlugin("no plugin '" + id + "' in " + pluginsDir + "; `" + pluginsCommand + "` lists them");
        }
        removed.sort(Comparator.comparing(Path::toString));
        return removed;
    }

    /**
     * {@link #remove} found no plugin by that name: nothing was removed. Its caller, which may load the
     * folder's plugins, can name a near miss ({@link PluginHost#noSuchPlugin}).
     */
    public static final class NoSuchPlugin extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NoSuchPlugin(String message) {
            super(message);
        }
    }

    /**
     * The zip of the folder whose file name is {@code name} (with or without {@code .zip}) when it
     * states no usable plugin id (none, or one the id rule refuses), and its unpacked folder: a zip
     * that cannot be loaded, which the listing shows by its file name. The name is matched against
     * the folder's own entries, never resolved as a path (on Windows {@code D:x.zip} resolves
     * outside the folder).
     *
     * @throws IllegalArgumentException when that zip states a usable id: all of that id's files go together, by the id
     */
    private void removeByFileName(String name, List<Path> removed) throws IOException {
        String fileName = name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name : name + ".zip";
        List<Path> named = list(p -> p.getFileName().toString().equals(fileName) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
        if (named.isEmpty()) {
            return;
        }
        Path zip = named.get(0);
        String stated = idOf(zip);
        if (stated != null && PluginDescriptorRules.isPluginId(stated)) {
            throw new IllegalArgumentException(fileName + " is a zip of plugin '" + stated.strip() + "': remove it by its id"
                    + " (`" + pluginsCommand + " remove " + stated.strip() + "`), which removes every zip of that id");
        }
        Path folder = PluginZip.unpackedFolder(zip);
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            FileTrees.delete(folder);
            removed.add(pluginsDir.relativize(folder));
        }
        Files.delete(zip);
        removed.add(pluginsDir.relativize(zip));
    }

    private Optional<Path> installedZip(String id) {
        List<Path> zips = zipsOf(id);
        if (!zips.isEmpty()) {
            return Optional.of(zips.get(0));
        }
        List<Path> folders = foldersOf(id);
        return folders.isEmpty() ? Optional.empty() : Optional.of(folders.get(0));
    }

    /** The zips of the folder whose descriptor names {@code id}. */
    private List<Path> zipsOf(String id) {
        List<Path> found = new ArrayList<>();
        for (Path zip : list(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))) {
            if (id.equals(idOf(zip))) {
                found.add(zip);
            }
        }
        return found;
    }

    /** The plugin id a zip's descriptor states; null when it is no readable plugin zip. */
    private static String idOf(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(DESCRIPTOR);
            if (entry == null) {
                return null;
            }
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream(entry)) {
                properties.load(in);
            }
            String id = properties.getProperty("plugin.id", "").strip();
            return id.isEmpty() ? null : id;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Unpacked plugin folders without their zip whose descriptor names {@code id}. */
    private List<Path> foldersOf(String id) {
        List<Path> found = new ArrayList<>();
        for (Path folder : list(Files::isDirectory)) {
            Path descriptor = folder.resolve(DESCRIPTOR);
            if (Files.isRegularFile(descriptor) && !Files.exists(folder.resolveSibling(folder.getFileName() + ".zip"))) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(descriptor)) {
                    properties.load(in);
                } catch (IOException | IllegalArgumentException e) {
                    continue;
                }
                if (id.equals(properties.getProperty("plugin.id", "").strip())) {
                    found.add(folder);
                }
            }
        }
        return found;
    }

    private List<Path> list(java.util.function.Predicate<Path> filter) {
        try (Stream<Path> files = Files.list(pluginsDir)) {
            return files.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugins folder " + pluginsDir + ": " + Messages.plain(e), e);
        }
    }
}
