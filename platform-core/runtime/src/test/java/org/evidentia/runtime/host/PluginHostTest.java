package org.evidentia.runtime.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evidentia.api.Extractor;
import org.evidentia.api.Reporter;
import org.evidentia.api.Source;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.ExtensionCatalog;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.engine.RunEngine;
import org.evidentia.runtime.engine.RunPlan;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.output.FileTrees;
import org.evidentia.runtime.host.fixtures.BadlyNamedReporter;
import org.evidentia.runtime.host.fixtures.AbstractReporter;
import org.evidentia.runtime.host.fixtures.AskingReporter;
import org.evidentia.runtime.host.fixtures.HostLibraryReporter;
import org.evidentia.runtime.host.fixtures.AssertingModulePlugin;
import org.evidentia.runtime.host.fixtures.AssertingPlugin;
import org.evidentia.runtime.host.fixtures.ContextLoaderReporter;
import org.evidentia.runtime.host.fixtures.FailingOptionsReporter;
import org.evidentia.runtime.host.fixtures.FailingPlugin;
import org.evidentia.runtime.host.fixtures.GreetingPlugin;
import org.evidentia.runtime.host.fixtures.GreetingSource;
import org.evidentia.runtime.host.fixtures.KindListReporter;
import org.evidentia.runtime.host.fixtures.KindlessExtractor;
import org.evidentia.runtime.host.fixtures.NullKindExtractor;
import org.evidentia.runtime.host.fixtures.NullOptionsReporter;
import org.evidentia.runtime.host.fixtures.OtherApiReporter;
import org.evidentia.runtime.host.fixtures.ParameterReporter;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.evidentia.runtime.host.fixtures.StaticFailingReporter;
import org.evidentia.runtime.host.fixtures.SynthesisNamedReporter;
import org.evidentia.runtime.host.fixtures.TracedSource;
import org.evidentia.runtime.host.fixtures.UnboundReporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PluginHostTest {

    @TempDir
    Path plugins;

    @Test
    void extensionsComeFromPluginClassLoadersWithInjectionFromThePluginsModule() throws Exception {
        PluginFolders.folder(plugins, "greeting-plugin", ">=0.1.0", GreetingPlugin.class, GreetingSource.class);
        PluginFolders.zip(plugins, "plain-plugin", "*", null, PlainReporter.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            List<LoadedExtension<Source>> sources = host.extensions(Source.class);
            assertThat(sources).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("greeting");
                assertThat(s.pluginId()).isEqualTo("greeting-plugin");
                assertThat(s.pluginVersion()).isEqualTo("1.2.3");
                assertThat(s.extension().description()).isEqualTo("hello from the plugin's module");
                assertThat(s.extension().getClass()).isNotSameAs(GreetingSource.class);
                assertThat(s.classLoader()).isNotSameAs(getClass().getClassLoader());
            });
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(host.problems()).isEmpty();
            assertThat(host.statuses()).extracting(PluginStatus::id, PluginStatus::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("greeting-plugin", "started"),
                            org.assertj.core.groups.Tuple.tuple("plain-plugin", "started"));
        }
    }

    /**
     * Review 31, M1: a run records the file each plugin was loaded from with its SHA-256. A zip's is the digest its
     * unpacked folder is stamped with, which is the zip's (checked as the host starts); a plugin folder put in by hand is
     * named without one; a zip replaced by a rebuild, dated in the past as reproducible builds date it, gives the new
     * zip's digest.
     */
    @Test
    void eachExtensionNamesTheFileItsPluginWasLoadedFromWithItsChecksum() throws Exception {
        PluginFolders.folder(plugins, "greeting-plugin", ">=0.1.0", GreetingPlugin.class, GreetingSource.class);
        Path zip = PluginFolders.zip(plugins, "plain-plugin", "*", null, PlainReporter.class);
        String built = org.evidentia.runtime.input.FileDigests.sha256(zip);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).singleElement()
                    .satisfies(r -> assertThat(r.artifact()).isEqualTo(new Artifact("plain-plugin.zip", built)));
            assertThat(host.extensions(Source.class)).singleElement()
                    .satisfies(s -> assertThat(s.artifact()).isEqualTo(new Artifact("greeting-plugin/", null)));
        }

        Files.delete(zip);
        PluginFolders.zip(plugins, "plain-plugin", Map.of("plugin.description", "rebuilt"), null, PlainReporter.class);
        Files.setLastModifiedTime(zip, java.nio.file.attribute.FileTime.fromMillis(0));
        String rebuilt = org.evidentia.runtime.input.FileDigests.sha256(zip);
        assertThat(rebuilt).isNotEqualTo(built);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).singleElement()
                    .satisfies(r -> assertThat(r.artifact()).isEqualTo(new Artifact("plain-plugin.zip", rebuilt)));
        }
    }

    @Test
    void theFolderAZipWasUnpackedIntoIsNotLoadedOnceTheZipIsDeletedByHandButAFolderPutInByHandIs() throws Exception {
        PluginFolders.folder(plugins, "greeting-plugin", ">=0.1.0", GreetingPlugin.class, GreetingSource.class);
        Path zip = PluginFolders.zip(plugins, "plain-plugin", "*", null, PlainReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
        assertThat(plugins.resolve("plain-plugin")).isDirectory();

        Files.delete(zip);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("plain-plugin: was unpacked from plain-plugin.zip, which is no longer in the"
                    + " plugins folder, so it is not loaded: delete the folder plain-plugin (or put the zip back)");
        }
        assertThat(plugins.resolve("plain-plugin")).as("nothing deleted without the folder's lock").isDirectory();
    }

    /**
     * Review s19, H3: PF4J loads a plugin jar put in the folder, but install, replace and remove manage zips, so the
     * jar's plugin could never be removed, and a zip of its id installed beside it lost to it. A jar is listed, not loaded.
     */
    @Test
    void aPluginJarInTheFolderIsListedAsNotLoadedWithWhatToInstallInstead() throws Exception {
        Path staging = Files.createTempDirectory(plugins, ".staging-");
        Path folder = PluginFolders.folder(staging, "jar-plugin", "*", null, PlainReporter.class);
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(plugins.resolve("jar-plugin-1.2.3.jar")));
             var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = folder.relativize(file);
                // PF4J's jar layout: plugin.properties and the classes at the jar's root
                String entry = (relative.startsWith("classes") ? relative.subpath(1, relative.getNameCount()) : relative)
                        .toString().replace('\\', '/');
                out.putNextEntry(new java.util.zip.ZipEntry(entry));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        FileTrees.delete(staging);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.statuses()).extracting(PluginStatus::id, PluginStatus::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("jar-plugin-1.2.3.jar", "not loaded"));
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("jar-plugin-1.2.3.jar: is a jar, and Evidentia loads plugin zips (and the"
                    + " folders they unpack to), not jars, so it is not loaded: install the plugin's zip"
                    + " (`evidentia plugins install PLUGIN.zip`) and delete the jar");
        }
    }

    @Test
    void aJarIsNamedWithItsChecksumAndAFolderOfClassesWithoutOne(@TempDir Path scratch) throws Exception {
        Path jar = Files.write(scratch.resolve("kit-1.0.jar"), new byte[] {'P', 'K', 5, 6});
        assertThat(Artifact.of(jar)).isEqualTo(new Artifact("kit-1.0.jar", org.evidentia.runtime.input.FileDigests.sha256(jar)));
        assertThat(Artifact.of(Files.createDirectories(scratch.resolve("classes")))).isEqualTo(new Artifact("classes/", null));
        assertThat(Artifact.of(org.junit.jupiter.api.Test.class)).as("a class of a jar: the jar, hashed").satisfies(a -> {
            assertThat(a.file()).startsWith("junit-jupiter-api").endsWith(".jar");
            assertThat(a.sha256()).hasSize(64);
        });
        assertThat(Artifact.of(String.class)).as("a class of the JDK's own, which names no file").isNull();
    }

    @Test
    void extensionsAreMadeOnlyWhenUsedOnceTheirNamesAreKnown(@TempDir Path scratch) throws Exception {
        Path trace = scratch.resolve("made.txt");
        System.setProperty(TracedSource.TRACE, trace.toString());
        try {
            PluginFolders.zip(plugins, "traced-plugin", "*", null, TracedSource.class);
            try (PluginHost first = new PluginHost(plugins, "0.1.0").start()) {
                assertThat(first.statuses()).singleElement().satisfies(s -> assertThat(s.extensions()).containsExactly("source:traced"));
            }
            assertThat(Files.readAllLines(trace)).as("made once to learn its name").hasSize(1);

            try (PluginHost second = new PluginHost(plugins, "0.1.0").start()) {
                assertThat(second.statuses()).singleElement().satisfies(s -> assertThat(s.extensions()).containsExactly("source:traced"));
                LoadedExtension<Source> traced = second.extensions(Source.class).get(0);
                assertThat(traced.name()).isEqualTo("traced");
                assertThat(Files.readAllLines(trace)).as("listing and naming make nothing").hasSize(1);
                assertThat(traced.extension().description()).isEqualTo("notes when it is made");
                assertThat(traced.extension()).isSameAs(traced.extension());
                assertThat(Files.readAllLines(trace)).as("made when first used, once").hasSize(2);
            }
        } finally {
            System.clearProperty(TracedSource.TRACE);
        }
    }

    @Test
    void anExtensionThatCannotBeMadeIsReportedWithItsCauseAndItsSiblingsWork() throws Exception {
        PluginFolders.zip(plugins, "traced-plugin", "*", null, TracedSource.class, PlainReporter.class);
        System.setProperty(TracedSource.BROKEN, "yes");
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Source.class)).isEmpty();
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("traced-plugin: its extension " + TracedSource.class.getName()
                    + " cannot be made: its constructor failed: lexicon file missing: /nowhere/terms.tsv");
        } finally {
            System.clearProperty(TracedSource.BROKEN);
        }
    }

    @Test
    void aMissingBindingWithholdsOnlyTheExtensionThatAsksForItAndNamesBoth() throws Exception {
        // AskingReporter, tried before the source it asks for (by class name), is bound once that source is
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, AskingReporter.class, GreetingSource.class,
                UnboundReporter.class, PlainReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
            assertThat(host.extensions(Source.class).get(0).extension().description()).as("the module's bindings still reach it")
                    .isEqualTo("hello from the plugin's module");
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("echo", "plain");
            assertThat(host.extensions(Reporter.class).get(0).extension().description()).as("one extension may ask for another")
                    .isEqualTo("echoes: hello from the plugin's module");
            assertThat(host.statuses()).singleElement().satisfies(s -> assertThat(s.extensions())
                    .containsExactly("reporter:echo", "reporter:plain", "source:greeting"));
            assertThat(host.problems()).singleElement().asString()
                    .startsWith("greeting-plugin: its extension " + UnboundReporter.class.getName() + " cannot be made: ")
                    .endsWith(UnboundReporter.Lexicon.class.getName() + " is not explicitly bound.");
        }
    }

    @Test
    void anExtensionKnownByNameThatCannotBeMadeAnyMoreFailsAloneAndIsThenReported() throws Exception {
        PluginFolders.zip(plugins, "traced-plugin", "*", null, TracedSource.class, PlainReporter.class);
        try (PluginHost first = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(first.problems()).isEmpty(); // made once: the names are known from now on
        }
        System.setProperty(TracedSource.BROKEN, "yes");
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            LoadedExtension<Source> traced = host.extensions(Source.class).get(0);
            assertThat(traced.name()).isEqualTo("traced");
            assertThatThrownBy(traced::extension).isInstanceOf(ExtensionCreationException.class)
                    .hasMessageContaining("lexicon file missing");
            assertThat(host.extensions(Reporter.class).get(0).extension().name()).as("its sibling is made alone").isEqualTo("plain");
            assertThat(host.extensions(Source.class)).isEmpty();
            assertThat(host.problems()).singleElement().asString().startsWith("traced-plugin: its extension "
                    + TracedSource.class.getName() + " cannot be made: its constructor failed: lexicon file missing");
        } finally {
            System.clearProperty(TracedSource.BROKEN);
        }
    }

    /**
     * An explorer's s20, 1: an extractor whose findingKind() threw was listed started, and every run that named no
     * extractor failed with its message ("kind file missing", no plugin named); one that returned null, with a
     * NullPointerException. Such an extractor cannot be made, as one whose constructor fails: a run goes on without it.
     */
    @Test
    void anExtractorWithoutAKindCannotBeMadeAndARunGoesOnWithoutIt(@TempDir Path work) throws Exception {
        PluginFolders.zip(plugins, "kindless-plugin", "*", null, KindlessExtractor.class, PlainReporter.class);
        PluginFolders.zip(plugins, "null-kind-plugin", "*", null, NullKindExtractor.class);
        try (PluginHost first = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(first.extensions(Extractor.class)).isEmpty();
            assertThat(first.problems()).map(PluginProblem::toString).containsExactly(
                    "kindless-plugin: its extension " + KindlessExtractor.class.getName() + " cannot be made: its findingKind() failed:"
                            + " IllegalStateException: kind file missing",
                    "null-kind-plugin: its extension " + NullKindExtractor.class.getName() + " cannot be made: its findingKind() returned"
                            + " null, where the kind of the findings it makes is expected");
        }
        Files.writeString(work.resolve("input.txt"), "PMID- 1\n");
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            RunPlan plan = new RunEngine(new OptionsBinder(), "0.1.0").plan(new Pipeline(List.of("input.txt"), List.of(), List.of(),
                    List.of(), Map.of(), work.resolve("out"), false, 1, null), work, ExtensionCatalog.of(host));
            assertThat(plan.extractors()).isEmpty();
            assertThat(plan.reporters()).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(plan.pluginProblems()).map(PluginProblem::toString).contains("kindless-plugin: its extension " + KindlessExtractor.class.getName()
                    + " cannot be made: its findingKind() failed: IllegalStateException: kind file missing");
        }
    }

    /**
     * The review of session 27, P4: a reporter whose optionsType() returned null stopped every run that names no reporter, the
     * bundled example too, with a NullPointerException naming no plugin. It cannot be made; a run goes on without it.
     */
    @Test
    void anExtensionWithoutAnOptionsTypeCannotBeMadeAndARunGoesOnWithoutIt(@TempDir Path work) throws Exception {
        PluginFolders.zip(plugins, "null-options-plugin", "*", null, NullOptionsReporter.class, PlainReporter.class);
        PluginFolders.zip(plugins, "failing-options-plugin", "*", null, FailingOptionsReporter.class);
        Files.writeString(work.resolve("input.txt"), "PMID- 1\n");
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            RunPlan plan = new RunEngine(new OptionsBinder(), "0.1.0").plan(new Pipeline(List.of("input.txt"), List.of(), List.of(),
                    List.of(), Map.of(), work.resolve("out"), false, 1, null), work, ExtensionCatalog.of(host));
            assertThat(plan.reporters()).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(plan.pluginProblems()).map(PluginProblem::toString).contains("null-options-plugin: its extension " + NullOptionsReporter.class.getName()
                    + " cannot be made: its optionsType() returned null, where the record type of its options is expected"
                    + " (NoOptions.class when it takes none, as Extension's default gives)");
            // an Error is its defect alone too, where it stopped every command (the review of the change, R9)
            assertThat(plan.pluginProblems()).map(PluginProblem::toString).contains("failing-options-plugin: its extension " + FailingOptionsReporter.class.getName()
                    + " cannot be made: its optionsType() failed: AssertionError: options not ready");
        }
    }

    /** The review of session 27, P11: the plugin guide says an extension's constructor runs with its plugin's class loader. */
    @Test
    void anExtensionIsMadeWithItsPluginsClassLoaderAsTheContextClassLoader() throws Exception {
        PluginFolders.zip(plugins, "context-plugin", "*", null, ContextLoaderReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).singleElement()
                    .satisfies(r -> assertThat(r.extension().description()).isEqualTo("made with its own class loader"));
        }
    }

    /** An explorer's s20, 3: "its constructor failed: org/evidentia/api/Lexicons" named neither the error nor its likely cause. */
    /** An explorer's s20, 5: Guice's words, "No implementation for X was bound", "No injectable constructor for type X". */
    @Test
    void anAbstractExtensionOrOneWithoutAConstructorToMakeItWithIsToldWhatToDo() throws Exception {
        PluginFolders.zip(plugins, "abstract-plugin", "*", null, AbstractReporter.class);
        PluginFolders.zip(plugins, "parameter-plugin", "*", null, ParameterReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly(
                    "abstract-plugin: its extension " + AbstractReporter.class.getName() + " cannot be made: it is abstract:"
                            + " @Extension belongs on the concrete class",
                    "parameter-plugin: its extension " + ParameterReporter.class.getName() + " cannot be made: it has no constructor"
                            + " to make it with: give it a public constructor without parameters, or mark one @jakarta.inject.Inject and"
                            + " bind what it takes in the plugin's module (docs/plugin-guide.md, section 6)");
        }
    }

    /** The review of session 20's change, 6: a static initializer's failure was blamed on another Evidentia version. */
    @Test
    void anExtensionWhoseStaticInitializerFailsIsToldItsCause() throws Exception {
        PluginFolders.zip(plugins, "static-plugin", "*", null, StaticFailingReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("static-plugin: its extension " + StaticFailingReporter.class.getName()
                    + " cannot be made: a static initializer threw IllegalStateException: terms.tsv missing");
        }
    }

    /**
     * The review of session 32, A1: a plugin used the host's own libraries (Guava, commons-csv, SQLite) without bundling them,
     * unseen until a later Evidentia changed them. It sees of the host only what the host provides to plugins; a library it
     * bundles in its lib/ is its own.
     */
    @Test
    void aPluginSeesOfTheHostsLibrariesOnlyThoseProvidedToPlugins() throws Exception {
        Path plugin = PluginFolders.folder(plugins, "host-library-plugin", "*", null, HostLibraryReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("host-library-plugin: its extension "
                    + HostLibraryReporter.class.getName() + " cannot be made: its constructor threw NoClassDefFoundError:"
                    + " com/google/common/base/Strings (a class of a library that the plugin's lib/ does not hold and the host does"
                    + " not provide: the host provides plugins with its api, the text-mining kit, PF4J, SLF4J and Logback, Guice, jakarta.inject"
                    + " and Jackson only; make the library a compile-scope dependency, so that the plugin's zip bundles it)");
        }
        Path guava = Path.of(com.google.common.base.Strings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(guava, Files.createDirectories(plugin.resolve("lib")).resolve(guava.getFileName()));
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).isEmpty();
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("host-library");
        }
    }

    @Test
    void anExtensionBuiltAgainstAnotherApiIsSaidToBeSo() throws Exception {
        PluginFolders.zip(plugins, "other-api-plugin", "*", null, OtherApiReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("other-api-plugin: its extension " + OtherApiReporter.class.getName()
                    + " cannot be made: its constructor threw NoClassDefFoundError: org/evidentia/api/Lexicons (a class or method it"
                    + " was compiled against is missing here: was it built against another Evidentia version?)");
        }
    }

    @Test
    void aRunGoesOnWithoutAnExtensionThatCannotBeMadeAnyMoreUnlessItNamesIt(@TempDir Path work) throws Exception {
        PluginFolders.zip(plugins, "traced-plugin", "*", null, TracedSource.class, PlainReporter.class);
        try (PluginHost first = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(first.problems()).isEmpty();
        }
        Files.writeString(work.resolve("input.txt"), "PMID- 1\n");
        RunEngine engine = new RunEngine(new OptionsBinder(), "0.1.0");
        System.setProperty(TracedSource.BROKEN, "yes");
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            ExtensionCatalog catalog = ExtensionCatalog.of(host);
            assertThat(catalog.sources()).extracting(LoadedExtension::name).containsExactly("traced"); // known by name, not made

            RunPlan plan = engine.plan(new Pipeline(List.of("input.txt"), List.of(), List.of(), List.of(), Map.of(),
                    work.resolve("out"), false, 1, null), work, catalog);
            assertThat(plan.sources()).isEmpty();
            assertThat(plan.reporters()).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(plan.pluginProblems()).map(PluginProblem::toString).containsExactly("traced-plugin: its source 'traced' cannot be made, so the run goes on"
                    + " without it: its constructor failed: lexicon file missing: /nowhere/terms.tsv");
        }
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThatThrownBy(() -> engine.plan(new Pipeline(List.of("input.txt"), List.of("traced"), List.of(), List.of(), Map.of(),
                    work.resolve("out"), false, 1, null), work, ExtensionCatalog.of(host)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("source 'traced' (plugin traced-plugin) cannot be made: its constructor failed:"
                            + " lexicon file missing");
        } finally {
            System.clearProperty(TracedSource.BROKEN);
        }
    }

    @Test
    void extensionsThatShareANameAreAllWithheldAndEachPluginIsToldWhichOtherHasIt() throws Exception {
        PluginFolders.zip(plugins, "first-plain", "*", null, PlainReporter.class);
        PluginFolders.folder(plugins, "second-plain", "*", GreetingPlugin.class, GreetingSource.class, PlainReporter.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly(
                    "first-plain: its reporter 'plain' has the name of plugin second-plain's reporter; extension names must be unique,"
                            + " so neither is used (rename one, or disable or remove one of the plugins)",
                    "second-plain: its reporter 'plain' has the name of plugin first-plain's reporter; extension names must be unique,"
                            + " so neither is used (rename one, or disable or remove one of the plugins)");
        }
    }

    @Test
    void anExtensionNamedAsTheCoreSynthesisIsWithheld() throws Exception {
        PluginFolders.zip(plugins, "named-plugin", "*", null, SynthesisNamedReporter.class, PlainReporter.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("named-plugin: its reporter is named 'synthesis', the name of the core"
                    + " synthesis, whose options go by it: it is not used (rename it)");
        }
    }

    @Test
    void anExtensionWhoseNameIsNotLowerCaseAndHyphenatedIsWithheldAndItsSiblingsWork() throws Exception {
        PluginFolders.zip(plugins, "named-plugin", "*", null, BadlyNamedReporter.class, PlainReporter.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("named-plugin: its reporter " + BadlyNamedReporter.class.getName()
                    + " is named 'Bad Name', which is not lower-case and hyphenated (such as review-table): users select extensions"
                    + " and address their options by name, so it is not used (rename it)");
            assertThat(host.statuses()).singleElement().satisfies(s -> assertThat(s.extensions()).containsExactly("reporter:plain"));
        }
        try (PluginHost again = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(again.extensions(Reporter.class)).as("the same once the names are known without making them")
                    .extracting(LoadedExtension::name).containsExactly("plain");
        }
    }

    @Test
    void aPluginThatCannotStartIsReportedAndTheOthersWork() throws Exception {
        PluginFolders.folder(plugins, "broken-start", "*", FailingPlugin.class, PlainReporter.class);
        PluginFolders.folder(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).singleElement().asString()
                    .startsWith("broken-start: failed to start")
                    .contains("database of cytokines is missing");
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
            assertThat(host.extensions(Reporter.class)).isEmpty();
        }
    }

    @Test
    void aPluginRequiringAnotherVersionIsReportedWithBothVersions() throws Exception {
        PluginFolders.folder(plugins, "from-the-future", ">=9.0.0", null, PlainReporter.class);
        PluginFolders.folder(plugins, "greeting-plugin", ">=0.1.0", GreetingPlugin.class, GreetingSource.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("from-the-future: requires Evidentia >=9.0.0, but this is Evidentia 0.1.0");
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.extensions(Source.class)).hasSize(1);
        }
    }

    /** The review of session 23, P9: disabled by the user, a plugin too new for this Evidentia failed every --strict run. */
    @Test
    void aPluginTooNewThatTheUserDisabledIsNoProblemOfARunButIsStillListedWithItsRequirement() throws Exception {
        PluginFolders.folder(plugins, "from-the-future", ">=9.0.0", null, PlainReporter.class);
        Files.writeString(plugins.resolve("disabled.txt"), "from-the-future\n");

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).isEmpty();
            assertThat(host.statuses()).singleElement().satisfies(s ->
                    assertThat(s.problem()).isEqualTo("requires Evidentia >=9.0.0, but this is Evidentia 0.1.0"));
        }
    }

    @Test
    void aBrokenZipIsReportedByFileNameAndTheOthersWork() throws Exception {
        Files.write(plugins.resolve("half-downloaded.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Files.writeString(plugins.resolve("not-a-plugin.zip"), "");
        PluginFolders.zip(plugins, "plain-plugin", "*", null, PlainReporter.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).hasSize(2);
            assertThat(host.problems().get(0).toString()).startsWith("half-downloaded.zip: not a readable zip file");
            assertThat(host.problems().get(1).toString()).startsWith("not-a-plugin.zip: not a readable zip file");
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
    }

    @Test
    void aReplacedZipIsUnpackedAfreshEvenWhenItIsDatedInThePast() throws Exception {
        Path zip = PluginFolders.zip(plugins, "swap", "*", null, PlainReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
        Files.delete(zip);
        PluginFolders.zip(plugins, "swap", "*", GreetingPlugin.class, GreetingSource.class);
        Files.setLastModifiedTime(zip, java.nio.file.attribute.FileTime.fromMillis(0));

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
        }
    }

    /**
     * A plugin rebuilt after a small change is often a zip of the same size, and reproducible builds
     * give every zip the same time: the zip written again must still be unpacked afresh (it was
     * not: the host took size and time for the zip it had unpacked, and ran the old code).
     */
    @Test
    void aZipWrittenAgainWithTheSameSizeAndTimeIsUnpackedAfresh() throws Exception {
        Path zip = PluginFolders.zip(plugins, "swap", Map.of("plugin.version", "1.0.0"), null, PlainReporter.class);
        java.nio.file.attribute.FileTime reproducible = java.nio.file.attribute.FileTime.fromMillis(1_767_225_600_000L);
        Files.setLastModifiedTime(zip, reproducible);
        long size = Files.size(zip);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.statuses()).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo("1.0.0"));
        }
        Object changed = Files.getAttribute(zip, "unix:ctime");
        // the build after a one-digit change: a zip of the same size, dated as reproducible builds date it
        String rebuilt = null;
        for (int patch = 1; rebuilt == null; patch++) {
            assertThat(patch).as("a one-digit change that keeps the zip's size").isLessThanOrEqualTo(9);
            Files.delete(zip);
            PluginFolders.zip(plugins, "swap", Map.of("plugin.version", "1.0." + patch), null, PlainReporter.class);
            rebuilt = Files.size(zip) == size ? "1.0." + patch : null;
        }
        Files.setLastModifiedTime(zip, reproducible);
        for (int wait = 0; Files.getAttribute(zip, "unix:ctime").equals(changed); wait++) {
            // a file system whose times are coarse: the zip written again must show a change time of its own
            assertThat(wait).as("the zip's change time moves within 3 s").isLessThan(60);
            Thread.sleep(50);
            Files.setLastModifiedTime(zip, reproducible);
        }
        String expected = rebuilt;

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.statuses()).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(expected));
        }
    }

    /** A stamp of an earlier form (digest, size and time) is trusted by its digest: the plugin is not unpacked again, only stamped. */
    @Test
    void anUnpackingStampedInAnEarlierFormIsCheckedByItsDigestAndNotUnpackedAgain() throws Exception {
        PluginFolders.zip(plugins, "kept", "*", null, PlainReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
        Path stamp = plugins.resolve("kept/" + ZipStamp.FILE);
        String[] fields = Files.readString(stamp).strip().split(" ");
        assertThat(fields).hasSize(4);
        Files.writeString(stamp, fields[0] + " " + fields[1] + " " + fields[2] + "\n"); // as stamps were written before
        Path marker = Files.writeString(plugins.resolve("kept/marker"), "left by this test");

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
        assertThat(marker).as("not unpacked again").exists();
        assertThat(Files.readString(stamp).strip().split(" ")).as("stamped afresh").hasSize(4).startsWith(fields[0]);
    }

    @Test
    void aStartThatFindsEveryZipUnpackedAsStampedWritesNothingInThePluginsFolder() throws Exception {
        PluginFolders.zip(plugins, "kept", "*", null, PlainReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(plugins, before); // a file made or deleted in the folder changes its time

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(host.statuses()).allSatisfy(status -> assertThat(status.problem()).isNull());
        }
        assertThat(Files.getLastModifiedTime(plugins)).isEqualTo(before);
    }

    @Test
    void disabledPluginsAreListedButOfferNoExtensionsAndCanBeEnabledAgain() throws Exception {
        PluginFolders.folder(plugins, "plain-plugin", "*", null, PlainReporter.class);
        Files.writeString(plugins.resolve("disabled.txt"), "plain-plugin\n");

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.statuses()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo("disabled"));
            assertThat(host.problems()).isEmpty();
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.enable("plain-plugin").outcome()).isEqualTo(PluginHost.Enabling.Outcome.ENABLED);
        }
        assertThat(Files.readString(plugins.resolve("disabled.txt"))).doesNotContain("plain-plugin");
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
    }

    @Test
    // A guard, not a speed test: before the fix this spun for ever in PF4J's unloading.
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoZipsThatDependOnEachOtherAreBothReportedAndTheOthersWork() throws Exception {
        PluginFolders.zip(plugins, "cyc-a", Map.of("plugin.dependencies", "cyc-b"), null, PlainReporter.class);
        PluginFolders.zip(plugins, "cyc-b", Map.of("plugin.dependencies", "cyc-a"), null, PlainReporter.class);
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly(
                    "cyc-a: its dependencies form a cycle (cyc-a -> cyc-b -> cyc-a): none of them can be loaded",
                    "cyc-b: its dependencies form a cycle (cyc-a -> cyc-b -> cyc-a): none of them can be loaded");
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
            assertThat(host.extensions(Reporter.class)).isEmpty();
        }
    }

    // The review of session 19, H10 and H10b: an AssertionError from a plugin's start() or its Guice module stopped every command
    @Test
    void aPluginWhoseStartOrModuleThrowsAnErrorFailsAloneAndTheOthersWork() throws Exception {
        PluginFolders.folder(plugins, "asserting-start", "*", AssertingPlugin.class, PlainReporter.class);
        PluginFolders.folder(plugins, "asserting-module", "*", AssertingModulePlugin.class, KindListReporter.class);
        PluginFolders.folder(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.problems()).anySatisfy(p -> assertThat(p.toString()).startsWith("asserting-start: failed to start").contains("start assertion"))
                    .anySatisfy(p -> assertThat(p.toString()).startsWith("asserting-module: ").contains("module configure assertion"));
        }
    }

    // The review of session 25, A7: an extension whose name() threw withheld every extension of its plugin, and the message named
    // neither the class nor what it threw
    @Test
    void anExtensionWhoseNameThrowsIsToldAndItsSiblingsWork() throws Exception {
        PluginFolders.folder(plugins, "two-plugin", "*", null, org.evidentia.runtime.host.fixtures.NameThrowingReporter.class,
                PlainReporter.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(host.problems()).singleElement().asString().startsWith("two-plugin: ")
                    .contains("its reporter org.evidentia.runtime.host.fixtures.NameThrowingReporter cannot tell its name (name() threw"
                            + " IllegalStateException: no name configured): it is not used");
        }
    }

    // The review of session 19, H4: one extension class its index names but the plugin lacks failed every extension of the plugin
    @Test
    void anExtensionClassThePluginLacksIsToldAndItsSiblingsWork() throws Exception {
        Path folder = PluginFolders.folder(plugins, "half-plugin", "*", null, PlainReporter.class);
        Files.writeString(folder.resolve("classes/META-INF/extensions.idx"), "org.example.Missing\n", java.nio.file.StandardOpenOption.APPEND);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
            assertThat(host.problems()).singleElement().asString().startsWith("half-plugin: ")
                    .contains("its extensions index names org.example.Missing, but the plugin has no such class");
        }
    }

    /**
     * The review of session 29, C7: a plugin whose only extension's superclass was left out of it was said to name classes
     * that are "none of them a source, extractor, reporter or retriever"; the cause (the missing class) showed only as
     * PF4J's error log under --verbose.
     */
    @Test
    void anExtensionWhoseSuperclassThePluginLacksIsToldByTheClassItLacks(@TempDir Path sources) throws Exception {
        Path out = Files.createDirectories(sources.resolve("out"));
        Files.createDirectories(sources.resolve("org/demo"));
        Files.writeString(sources.resolve("org/demo/Missing.java"),
                "package org.demo; public abstract class Missing implements org.evidentia.api.Reporter { }");
        Files.writeString(sources.resolve("org/demo/DemoReporter.java"),
                "package org.demo; public abstract class DemoReporter extends Missing { }");
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-proc:none", "-d", out.toString(), "-cp", System.getProperty("java.class.path"),
                sources.resolve("org/demo/Missing.java").toString(), sources.resolve("org/demo/DemoReporter.java").toString())).isZero();
        Path folder = PluginFolders.folder(plugins, "demo", "*", null);
        Files.createDirectories(folder.resolve("classes/org/demo"));
        Files.copy(out.resolve("org/demo/DemoReporter.class"), folder.resolve("classes/org/demo/DemoReporter.class"));
        Files.writeString(folder.resolve("classes/META-INF/extensions.idx"), "org.demo.DemoReporter\n");

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.problems()).singleElement().asString().isEqualTo("demo: its extension org.demo.DemoReporter cannot be"
                    + " loaded: NoClassDefFoundError org/demo/Missing (a class it needs is not in the plugin's classes/ or lib/):"
                    + " it is not used");
        }
    }

    // The review of session 19, H1: a plugin whose dependency was disabled started, and ran the disabled plugin's code
    @Test
    void aPluginNeedingADisabledOrUnstartedPluginIsNotStarted() throws Exception {
        PluginFolders.zip(plugins, "dep-off", "*", null, PlainReporter.class);
        PluginFolders.zip(plugins, "needs-off", Map.of("plugin.dependencies", "dep-off"), null, KindListReporter.class);
        PluginFolders.zip(plugins, "dep-future", ">=9.0.0", null, PlainReporter.class);
        PluginFolders.zip(plugins, "needs-future", Map.of("plugin.dependencies", "dep-future"), null, KindListReporter.class);
        PluginFolders.zip(plugins, "dep-broken", "*", FailingPlugin.class, PlainReporter.class);
        PluginFolders.zip(plugins, "needs-broken", Map.of("plugin.dependencies", "dep-broken"), null, KindListReporter.class);
        Files.writeString(plugins.resolve("disabled.txt"), "dep-off\n");

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).contains(
                    "needs-off: needs plugin 'dep-off', which is disabled (`evidentia plugins enable dep-off`)",
                    "needs-future: needs plugin 'dep-future', which is disabled: it requires Evidentia >=9.0.0, but this is Evidentia 0.1.0",
                    "needs-broken: failed to start: it needs plugin 'dep-broken', which did not start");
            assertThat(host.extensions(Reporter.class)).isEmpty();
            // the plugins that need one, which its disabling leaves unloaded (the plugin author's review of session 27, P14)
            assertThat(host.dependentsOf("dep-broken")).containsExactly("needs-broken");
            assertThat(host.dependentsOf("needs-broken")).isEmpty();
        }
    }

    // The review of session 19's fixes, F1 and F3: starting a plugin through PF4J's startPlugin(id) enabled its disabled
    // optional dependency (rewriting disabled.txt) and started it; a disabled plugin of a disabled dependency was a problem
    @Test
    void aDisabledOptionalDependencyStaysDisabledAndADisabledDependentIsNoProblem() throws Exception {
        PluginFolders.zip(plugins, "dep-opt", "*", null, PlainReporter.class);
        PluginFolders.zip(plugins, "uses-opt", Map.of("plugin.dependencies", "dep-opt?"), null, KindListReporter.class);
        PluginFolders.zip(plugins, "dep-off", "*", null, GreetingSource.class);
        PluginFolders.zip(plugins, "needs-off", Map.of("plugin.dependencies", "dep-off"), null, TracedSource.class);
        Files.writeString(plugins.resolve("disabled.txt"), "dep-opt\ndep-off\nneeds-off\n");

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).isEmpty();
            assertThat(host.statuses()).extracting(s -> s.id() + " " + s.state())
                    .contains("dep-opt disabled", "uses-opt started", "dep-off disabled", "needs-off disabled");
        }
        assertThat(Files.readString(plugins.resolve("disabled.txt"))).isEqualTo("dep-opt\ndep-off\nneeds-off\n");
    }

    @Test
    void aZipNeedingAMissingPluginIsReportedAndTheOthersStart() throws Exception {
        PluginFolders.zip(plugins, "needs-missing", Map.of("plugin.dependencies", "nonexistent"), null, PlainReporter.class);
        PluginFolders.zip(plugins, "needs-needs", Map.of("plugin.dependencies", "needs-missing"), null, PlainReporter.class);
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly(
                    "needs-missing: needs plugin 'nonexistent', which is not in the plugins folder",
                    "needs-needs: needs plugin 'needs-missing', which cannot be loaded");
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
            assertThat(host.statuses()).filteredOn(s -> s.id().equals("greeting-plugin")).singleElement()
                    .satisfies(s -> assertThat(s.state()).isEqualTo("started"));
        }
    }

    @Test
    void aZipWithAnUnreadableRequiresOrVersionIsReportedAndTheOthersWork() throws Exception {
        PluginFolders.zip(plugins, "bad-requires", Map.of("plugin.requires", ">=abc&&"), null, PlainReporter.class);
        PluginFolders.zip(plugins, "bad-version", Map.of("plugin.version", "not.a.version"), null, PlainReporter.class);
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly(
                    "bad-requires.zip: cannot be loaded: plugin.requires '>=abc&&' is not a version constraint:"
                            + " expected e.g. '>=0.1.0' or '>=0.1.0 & <1.0.0'",
                    "bad-version.zip: cannot be loaded: plugin.version 'not.a.version' is not a version:"
                            + " expected MAJOR.MINOR.PATCH such as 1.0.0");
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
            assertThat(host.extensions(Reporter.class)).isEmpty();
        }
    }

    @Test
    void aZipCopiedByHandIsHeldToTheDescriptorRulesOfInstallInItsWords(@TempDir Path downloads) throws Exception {
        PluginFolders.zip(plugins, "bad-id", Map.of("plugin.id", "TSV Abstracts"), null, PlainReporter.class);
        PluginFolders.zip(plugins, "no-id", Map.of("plugin.id", ""), null, PlainReporter.class);
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);
        String badId = "plugin.id 'TSV Abstracts' is not an id: expected letters, digits, '.', '_' and '-', such as my-plugin";
        String noId = "plugin.properties has no plugin.id";

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("bad-id.zip: cannot be loaded: " + badId, "no-id.zip: cannot be loaded: " + noId);
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
        }
        PluginInstaller installer = new PluginInstaller(Files.createDirectories(downloads.resolve("plugins")), "0.1.0");
        assertThatThrownBy(() -> installer.install(plugins.resolve("bad-id.zip"))).hasMessageEndingWith(":\n  " + badId);
        assertThatThrownBy(() -> installer.install(plugins.resolve("no-id.zip"))).hasMessageEndingWith(":\n  " + noId);
    }

    @Test
    void aStartedPluginThatOffersNoExtensionIsAProblemInThePackagingChecksWords() throws Exception {
        PluginFolders.folder(plugins, "no-extension", "*", null);
        PluginFolders.zip(plugins, "plain-plugin", "*", null, PlainReporter.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("no-extension: it offers no extension: its classes/META-INF/extensions.idx"
                    + " names no extension, so PF4J would find none in this plugin. Annotate each extension class with"
                    + " @org.pf4j.Extension and compile with the annotation processor org.pf4j.processor.ExtensionAnnotationProcessor"
                    + " (evidentia-plugin-parent names it; do not set <proc>none</proc> for main code; built by hand, put the pf4j jar on javac's class path, and from JDK 23 on add -proc:full:"
                    + " docs/plugin-guide.md, \"The zip by hand\").");
            assertThat(host.statuses()).extracting(PluginStatus::id, PluginStatus::state).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("no-extension", PluginHost.UNUSABLE), org.assertj.core.groups.Tuple.tuple("plain-plugin", "started"));
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
    }

    @Test
    void aNameNoExtensionOfTheKindHasIsRefusedWithWhatThePluginsSayAboutIt(@TempDir Path work) throws Exception {
        PluginFolders.folder(plugins, "no-extension", "*", null);
        PluginFolders.zip(plugins, "plain-plugin", "*", null, PlainReporter.class);
        PluginFolders.zip(plugins, "traced-plugin", "*", null, TracedSource.class);
        Files.writeString(work.resolve("input.txt"), "PMID- 1\n");
        RunEngine engine = new RunEngine(new OptionsBinder(), "0.1.0");
        System.setProperty(TracedSource.BROKEN, "yes"); // its name is not known yet: it cannot be made to learn it
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            ExtensionCatalog catalog = ExtensionCatalog.of(host);
            assertThatThrownBy(() -> engine.plan(new Pipeline(List.of("input.txt"), List.of("traced-plugin", "traced"), List.of("no-extension",
                    "plain-plugin", "plain"), List.of(), Map.of(), work.resolve("out"), false, 1, null), work, catalog))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("no source named 'traced-plugin'; plugin traced-plugin, which may offer it, has a problem:"
                            + " its extension " + TracedSource.class.getName() + " cannot be made: its constructor failed: lexicon"
                            + " file missing")
                    // the extension's own name, which nobody can know while it cannot be made (the review of session 27, P2)
                    .hasMessageContaining("no source named 'traced'; plugin traced-plugin has an extension that cannot be made, which may"
                            + " be it: its extension " + TracedSource.class.getName() + " cannot be made: its constructor failed")
                    .hasMessageContaining("no extractor named 'no-extension'; plugin no-extension, which may offer it, has a problem:"
                            + " it offers no extension: its classes/META-INF/extensions.idx names no extension")
                    .hasMessageContaining("(evidentia-plugin-parent names it; do not set <proc>none</proc> for main code; built by hand, put the pf4j jar on javac's class path, and from JDK 23 on add -proc:full:"
                    + " docs/plugin-guide.md, \"The zip by hand\"); available"
                            + " extractors: none")
                    .hasMessageContaining("no extractor named 'plain-plugin'; plugin plain-plugin offers reporter:plain, no extractor of"
                            + " that name; available extractors: none")
                    .hasMessageContaining("no extractor named 'plain'; 'plain' is plugin plain-plugin's reporter, not an extractor;"
                            + " available extractors: none");
        } finally {
            System.clearProperty(TracedSource.BROKEN);
        }
    }

    @Test
    void aZipWithAnEntryOutsideItsFolderIsRefusedAndNothingOfItIsWritten() throws Exception {
        Path zip = PluginFolders.zipWithEntries(plugins, "slip", Map.of(), Map.of("../escaped.txt", "outside"), null, PlainReporter.class);
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("slip.zip: refused: its entry '../escaped.txt' would be written"
                    + " outside the plugin's folder; nothing of it was unpacked");
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
        }
        assertThat(plugins.resolve("escaped.txt")).doesNotExist();
        assertThat(plugins.getParent().resolve("escaped.txt")).doesNotExist();
        assertThat(plugins.resolve("slip")).doesNotExist();
        assertThat(zip).exists();
    }

    @Test
    void aPluginClassThatIsNotInThePluginIsReportedInPlainWords() throws Exception {
        PluginFolders.zip(plugins, "no-class", Map.of("plugin.class", "org.example.Missing"), null, PlainReporter.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).singleElement().asString()
                    .isEqualTo("no-class: failed to start: plugin.class 'org.example.Missing' cannot be made: expected a"
                            + " public, non-abstract subclass of org.pf4j.Plugin in the plugin's classes/ or lib/")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aReadOnlyPluginsFolderIsReportedOnceAndItsUnpackedPluginsStillWork() throws Exception {
        PluginFolders.zip(plugins, "plain-plugin", "*", null, PlainReporter.class);
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).isEmpty();
        }
        Files.delete(plugins.resolve("plain-plugin/.evidentia-zip.sha256"));
        PluginFolders.zip(plugins, "late-plugin", "*", null, PlainReporter.class);
        Runnable writableAgain = readOnly(plugins);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).singleElement().asString()
                    .contains("the plugins folder is read-only")
                    .contains("1 zip could not be unpacked and is not loaded (late-plugin.zip)")
                    .contains("1 unpacked plugin was loaded without checking it against its zip (plain-plugin.zip)");
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        } finally {
            writableAgain.run();
        }
        assertThat(plugins.resolve(PluginHost.FOLDER_LOCK)).as("no lock is taken in a folder that cannot be written").doesNotExist();
    }

    /**
     * Makes {@code folder} one this user cannot make a file in: its write permission taken away, or for
     * root, whom permissions do not stop, {@code chattr +i}; skips the test when neither can be done.
     *
     * @return what makes it writable again
     */
    private static Runnable readOnly(Path folder) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            folder.toFile().setWritable(false);
            return () -> folder.toFile().setWritable(true);
        }
        boolean immutable;
        try {
            immutable = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            immutable = false;
        }
        Assumptions.assumeTrue(immutable, "root writes into read-only folders, and chattr +i is not at hand: the read-only case cannot be made here");
        return () -> {
            try {
                new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException("cannot make " + folder + " writable again", e);
            }
        };
    }
}
