package org.evidentia.pluginkit.rules;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a plugin's build puts in its zip, checked against what PF4J and the Evidentia host need: a
 * descriptor the host accepts, an extensions index that names classes the plugin has, and no copy of
 * a library the host provides
 * (a copy in a plugin's {@code lib/} or classes breaks class identity: PF4J finds no extension, the
 * plugin logs nowhere, Guice cannot inject). Independent of Maven, so that it can be tested alone;
 * {@link PluginPackagingRule} hands it the project's classes and runtime libraries.
 */
public final class PluginPackaging {

    /** The resource the PF4J annotation processor writes, listing the plugin's extension classes. */
    public static final String EXTENSIONS_INDEX = "META-INF/extensions.idx";

    /**
     * A library the host provides to every plugin.
     *
     * @param name        what a user calls it
     * @param groupId     the Maven groupId of its artifacts
     * @param artifactId  one artifactId, or null for every artifact of the group
     * @param classPrefixes where its classes are, as jar entry prefixes ({@code org/slf4j/})
     */
    record HostLibrary(String name, String groupId, String artifactId, List<String> classPrefixes) {

        HostLibrary(String name, String groupId, String artifactId, String... classPrefixes) {
            this(name, groupId, artifactId, List.of(classPrefixes));
        }

        boolean matches(String group, String artifact) {
            return groupId.equals(group) && (artifactId == null || artifactId.equals(artifact));
        }

        /**
         * Whether plugins see it: the runtime and the testkit are the host's own, which a plugin's class loader does not reach
         * (the host's {@code ProvidedClasses}), so a plugin that uses one is told to build against the api instead.
         */
        boolean seenByPlugins() {
            return !"evidentia-runtime".equals(artifactId) && !"evidentia-testkit".equals(artifactId);
        }

        /** What to do about a copy of it, after "a copy breaks class identity" or its like. */
        String remedy(String provided) {
            return seenByPlugins() ? "The host provides " + name + " to every plugin and a copy breaks class identity: " + provided
                    : Character.toUpperCase(name.charAt(0)) + name.substring(1) + " is the host's own, which plugins do not see: a plugin builds against the api and the text-mining kit"
                    + " only (the testkit is a test-scope dependency); remove it.";
        }
    }

    /**
     * What the host has that a plugin must not bundle: what it provides (the api, the text-mining kit, PF4J, SLF4J and Logback,
     * Guice and AOP Alliance, jakarta.inject, Jackson) and its own runtime and testkit.
     */
    static final List<HostLibrary> HOST = List.of(
            new HostLibrary("the Evidentia api", "org.evidentia", "evidentia-api", "org/evidentia/api/"),
            new HostLibrary("the Evidentia runtime", "org.evidentia", "evidentia-runtime", "org/evidentia/runtime/"),
            new HostLibrary("the Evidentia testkit", "org.evidentia", "evidentia-testkit", "org/evidentia/testkit/"),
            new HostLibrary("the Evidentia text-mining kit", "org.evidentia", "evidentia-textmining", "org/evidentia/textmining/"),
            new HostLibrary("PF4J", "org.pf4j", null, "org/pf4j/"),
            new HostLibrary("SLF4J", "org.slf4j", null, "org/slf4j/"),
            new HostLibrary("Logback", "ch.qos.logback", null, "ch/qos/logback/"),
            new HostLibrary("Guice", "com.google.inject", null, "com/google/inject/"),
            // the interfaces Guice's API names (bindInterceptor), provided with it: a copy broke with a LinkageError (the review of
            // session 32, F4)
            new HostLibrary("AOP Alliance", "aopalliance", null, "org/aopalliance/"),
            new HostLibrary("jakarta.inject", "jakarta.inject", null, "jakarta/inject/"),
            // jackson-core, -databind and -annotations (their group), no other module: a plugin bundles the module of its format
            // (dataformat-csv), which a prefix of all of Jackson refused as a copy (the code review of session 26, C16)
            new HostLibrary("Jackson", "com.fasterxml.jackson.core", null, "com/fasterxml/jackson/core/", "com/fasterxml/jackson/databind/",
                    "com/fasterxml/jackson/annotation/"));

    /**
     * A library that goes into the plugin's {@code lib/}: a dependency of scope compile or runtime.
     *
     * @param coordinates {@code groupId:artifactId:version}
     * @param groupId     its groupId
     * @param artifactId  its artifactId
     * @param trail       how the plugin came to depend on it, from the plugin to the library
     * @param file        its jar (or classes folder), or null when not resolved
     */
    public record Library(String coordinates, String groupId, String artifactId, List<String> trail, Path file) {

        public Library {
            trail = List.copyOf(trail);
        }
    }

    private PluginPackaging() {
    }

    /**
     * Every reason the plugin cannot be packaged as it is, each a sentence that says what is wrong
     * and what to do; empty when the plugin is fine.
     *
     * @param classes   the plugin's compiled classes ({@code target/classes}), which become the zip's {@code classes/}
     * @param libraries what goes into the zip's {@code lib/}
     */
    public static List<String> problems(Path classes, List<Library> libraries) {
        List<String> problems = new ArrayList<>(indexProblems(classes));
        for (Library library : libraries) {
            for (HostLibrary host : HOST) {
                if (host.matches(library.groupId(), library.artifactId())) {
                    problems.add("lib/ would bundle " + library.coordinates() + ", which is " + host.name()
                            + " (" + String.join(" -> ", library.trail()) + "). " + host.remedy("declare it <scope>provided</scope>,"
                            + " or exclude it from the dependency that brings it."));
                }
            }
        }
        bundledClasses(classes).ifPresent(found -> problems.add("the plugin's classes hold " + found));
        for (Library library : libraries) {
            if (library.file() != null && HOST.stream().noneMatch(h -> h.matches(library.groupId(), library.artifactId()))) {
                bundledClasses(library.file()).ifPresent(found -> problems.add(
                        "lib/ would bundle " + library.coordinates() + ", which holds " + found));
            }
        }
        return problems;
    }

    /**
     * What is wrong with the {@code plugin.properties} the build wrote, by the rules the host holds
     * every plugin's descriptor to ({@link PluginDescriptorRules}: the id, the version and the Evidentia
     * versions it requires), each said with the property of the plugin's pom.xml that sets it; empty
     * when nothing is. A build that passes makes no zip that {@code plugins install} or the host refuses
     * for its descriptor.
     *
     * @param descriptor the written descriptor ({@code target/plugin/plugin.properties} under evidentia-plugin-parent)
     */
    public static List<String> descriptorProblems(Path descriptor) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(descriptor, StandardCharsets.ISO_8859_1)) { // as PF4J reads it
            properties.load(in);
        } catch (NoSuchFileException e) {
            return List.of(descriptor + " was not written: evidentia-plugin-parent writes it from the pom's plugin.* properties"
                    + " at process-resources; build the plugin with it as its parent");
        } catch (IOException | IllegalArgumentException e) {
            return List.of("cannot read " + descriptor + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        PluginDescriptorRules.idProblem(properties.getProperty("plugin.id")).ifPresent(p -> problems.add(settable(p, "plugin.id")));
        PluginDescriptorRules.versionProblem(properties.getProperty("plugin.version"))
                .ifPresent(p -> problems.add(named(p) + " (the project's <version> in the plugin's pom.xml sets it,"
                        + " unless the pom sets a <plugin.version> property)"));
        PluginDescriptorRules.requiresProblem(properties.getProperty("plugin.requires"))
                .ifPresent(p -> problems.add(settable(p, "plugin.requires")));
        return problems;
    }

    private static String settable(String problem, String property) {
        return named(problem) + " (the property <" + property + "> of the plugin's pom.xml sets it)";
    }

    private static String named(String problem) {
        return problem.startsWith(PluginDescriptorRules.DESCRIPTOR) ? problem : PluginDescriptorRules.DESCRIPTOR + ": " + problem;
    }

    /**
     * How the check's messages name the plugin: its id, and the artifactId too when the two differ
     * ({@code bundle-reporter (artifactId lab-reporter)}); the artifactId alone when no id was written.
     *
     * @param pluginId   {@code plugin.id} as written, null or blank when absent
     * @param artifactId the project's artifactId
     */
    public static String pluginName(String pluginId, String artifactId) {
        String id = pluginId == null ? "" : pluginId.strip();
        if (id.isEmpty() || id.equals(artifactId)) {
            return id.isEmpty() ? artifactId : id;
        }
        return id + " (artifactId " + artifactId + ")";
    }

    /**
     * What the build should warn of without failing, each a sentence that says what to do: a public,
     * concrete extension class the extensions index does not name ({@link UnindexedExtensions}: a
     * forgotten {@code @Extension} beside extensions that have theirs); empty when nothing.
     *
     * @param classes the plugin's compiled classes ({@code target/classes})
     */
    public static List<String> warnings(Path classes) {
        Path index = classes.resolve(EXTENSIONS_INDEX);
        if (!Files.isDirectory(classes) || !Files.isRegularFile(index)) {
            return List.of(); // no index is a problem of its own (problems)
        }
        try (Stream<Path> files = Files.walk(classes)) {
            Map<String, byte[]> classFiles = new HashMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                classFiles.put(classes.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
            }
            return UnindexedExtensions.in(classFiles, indexed(Files.readString(index, StandardCharsets.UTF_8)), EXTENSIONS_INDEX);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classes + ": " + e.getMessage(), e);
        }
    }

    /** The class names an extensions index names: its lines, without blanks and {@code #} comments. */
    public static Set<String> indexed(String index) {
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> indexProblems(Path classes) {
        Path index = classes.resolve(EXTENSIONS_INDEX);
        String remedy = " Annotate each extension class with @org.pf4j.Extension and compile with the annotation"
                + " processor org.pf4j.processor.ExtensionAnnotationProcessor (evidentia-plugin-parent names it; do not"
                + " set <proc>none</proc> for main code).";
        if (!Files.isRegularFile(index)) {
            return List.of(classes + " has no " + EXTENSIONS_INDEX + ", so PF4J would find no extension in this plugin."
                    + remedy);
        }
        List<String> names;
        try (Stream<String> lines = Files.lines(index, StandardCharsets.UTF_8)) {
            names = lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names.isEmpty()) {
            return List.of(index + " names no extension, so PF4J would find none in this plugin." + remedy);
        }
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            if (!Files.isRegularFile(classes.resolve(name.replace('.', '/') + ".class"))) {
                problems.add(EXTENSIONS_INDEX + " names " + name + ", which is not among the plugin's classes in "
                        + classes + ": rebuild from clean (mvn clean package).");
            }
        }
        return problems;
    }

    /** The first class of a host library in a jar or classes folder, described; empty when none. */
    private static Optional<String> bundledClasses(Path jarOrFolder) {
        try {
            if (Files.isDirectory(jarOrFolder)) {
                for (HostLibrary host : HOST) {
                    for (String prefix : host.classPrefixes()) {
                        Path folder = jarOrFolder.resolve(prefix);
                        if (Files.isDirectory(folder)) {
                            try (Stream<Path> files = Files.walk(folder)) {
                                Optional<Path> found = files.filter(p -> p.toString().endsWith(".class")).sorted().findFirst();
                                if (found.isPresent()) {
                                    return Optional.of(described(host, jarOrFolder.relativize(found.get()).toString()));
                                }
                            }
                        }
                    }
                }
                return Optional.empty();
            }
            if (!Files.isRegularFile(jarOrFolder)) {
                return Optional.empty();
            }
            try (ZipFile jar = new ZipFile(jarOrFolder.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    Optional<String> copy = hostCopy(entries.nextElement().getName());
                    if (copy.isPresent()) {
                        return copy;
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jarOrFolder + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a class of a plugin's jar or classes folder is a copy of, when it is a class of a library the
     * host provides, in the packaging check's words ({@code a copy of SLF4J (org/slf4j/Logger.class). The
     * host provides SLF4J to every plugin ...}); empty for any other entry. The one list of host
     * libraries: {@code evidentia plugins install} holds a zip's {@code lib/} and {@code classes/} to it
     * too, so that a zip built without this check is refused for what the check would have refused.
     *
     * @param entryName the entry's name within its jar or classes folder ({@code org/slf4j/Logger.class})
     */
    public static Optional<String> hostCopy(String entryName) {
        if (!entryName.endsWith(".class")) {
            return Optional.empty();
        }
        return HOST.stream().filter(host -> host.classPrefixes().stream().anyMatch(entryName::startsWith)).findFirst()
                .map(host -> described(host, entryName));
    }

    private static String described(HostLibrary host, String entry) {
        return "a copy of " + host.name() + " (" + entry + "). " + host.remedy("depend on it with <scope>provided</scope> instead"
                + " of repackaging it.");
    }
}
