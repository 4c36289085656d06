package org.evidentia.runtime.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evidentia.runtime.host.fixtures.KindListReporter;
import org.evidentia.runtime.host.fixtures.MentionExtractor;
import org.evidentia.runtime.host.fixtures.MisdeclaredKindExtractor;
import org.evidentia.runtime.host.fixtures.OtherMentionExtractor;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginInstallerTest {

    @TempDir
    Path plugins;

    @TempDir
    Path downloads;

    private PluginInstaller installer() {
        return new PluginInstaller(plugins, "0.1.0");
    }

    @Test
    void aGoodZipIsCopiedAsIdAndVersionAndTheHostLoadsIt() throws IOException {
        Path zip = PluginFolders.zip(downloads, "plain-plugin", Map.of("plugin.requires", ">=0.1.0"), null, PlainReporter.class);

        PluginInstaller.Installing installed = installer().install(zip);

        assertThat(installed.outcome()).isEqualTo(PluginInstaller.Installing.Outcome.INSTALLED);
        assertThat(installed.problem()).isNull();
        assertThat(installed.id()).isEqualTo("plain-plugin");
        assertThat(installed.file()).isEqualTo(plugins.toAbsolutePath().resolve("plain-plugin-1.2.3.zip"));
        assertThat(Files.readAllBytes(installed.file())).isEqualTo(Files.readAllBytes(zip));
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).isEmpty();
            assertThat(host.statuses()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo("started"));
        }
        assertThat(names(plugins)).containsExactly("plain-plugin-1.2.3", "plain-plugin-1.2.3.zip");
    }

    @Test
    void aPluginWhoseExtractorDeclaresTheKindOfAnInstalledPluginsExtractorIsRefusedAndNothingIsWritten() throws IOException {
        PluginFolders.zip(plugins, "first-mentions", "*", null, MentionExtractor.class);
        Path zip = PluginFolders.zip(downloads, "second-mentions", "*", null, OtherMentionExtractor.class, PlainReporter.class);

        assertThatThrownBy(() -> installer().install(zip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot install " + zip + ": its extractor 'other-mentions' makes findings of kind 'mention', as plugin"
                        + " first-mentions's extractor 'mentions' does; finding kinds are one namespace (findings are synthesised and"
                        + " reported by their kind's name, and a run with both extractors is refused), so nothing was installed:"
                        + " rename the kind in the plugin");
        assertThat(names(plugins)).noneMatch(name -> name.contains("second-mentions"));
    }

    @Test
    void aPluginWhoseExtractorDeclaresAKindARunRefusesIsRefusedAndNothingIsWritten() throws IOException {
        // an explorer's F8 (2026-12-05): installed, listed as started, and then every run that named no extractor was refused
        Path zip = PluginFolders.zip(downloads, "colours", "*", null, MisdeclaredKindExtractor.class);

        assertThatThrownBy(() -> installer().install(zip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot install " + zip + ": its extractor 'colours' declares kind 'colour-change' with attribute 'Colour Name',"
                        + " whose name is not lower-case and hyphenated (it is a key of --focus, of gold files and of the JSON outputs);"
                        + " a run refuses such an extractor (a run that names none, too), so nothing was installed: the plugin needs"
                        + " that changed (docs/plugin-guide.md, section 4)");
        assertThat(names(plugins)).noneMatch(name -> name.contains("colours"));
    }

    /**
     * A plugin whose own classes and extensions index are a jar under lib/: PF4J reads the index from every jar of the
     * plugin, and the host loads it, but install refused it (an explorer's F3 of 2026-12-05 was told to annotate classes that
     * were annotated; the review of session 30, P1, then found the same zip, copied in by hand, started and finding).
     */
    /** A jar of these entries, in the map's order. */
    private static byte[] jar(Map<String, byte[]> entries) throws IOException {
        java.io.ByteArrayOutputStream jar = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream j = new java.util.zip.ZipOutputStream(jar)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                j.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                j.write(entry.getValue());
                j.closeEntry();
            }
        }
        return jar.toByteArray();
    }

    /** A plugin zip {@code ID.zip} in the downloads of a plugin.properties of that id and these jars (entry name: bytes), in order. */
    private Path zipOfJars(String id, Map<String, byte[]> jars) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("plugin.properties", ("plugin.id=" + id + "\nplugin.version=1.0.0\nplugin.requires=*\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        entries.putAll(jars);
        return Files.write(downloads.resolve(id + ".zip"), jar(entries));
    }

    @Test
    void aPluginWhoseOwnClassesAreAJarUnderLibIsInstalledAsTheHostLoadsIt() throws IOException {
        // a class of the plugin's own package: the host's test fixtures are in the host's packages, which a lib/ jar may not copy
        Path sources = Files.createDirectories(downloads.resolve("src/org/demo"));
        Path classes = Files.createDirectories(downloads.resolve("classes"));
        Files.writeString(sources.resolve("DemoReporter.java"), "package org.demo; public final class DemoReporter implements"
                + " org.evidentia.api.Reporter { public String name() { return \"demo\"; } public String description() { return \"d\"; }"
                + " public org.evidentia.api.ReportWriter"
                + " start(org.evidentia.api.ReportContext c) { return (summary, synthesis) -> { }; } }");
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-proc:none", "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                sources.resolve("DemoReporter.java").toString())).isZero();
        Map<String, byte[]> own = new java.util.TreeMap<>(Map.of("META-INF/extensions.idx", "org.demo.DemoReporter\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                own.put(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        byte[] empty = jar(Map.of("META-INF/extensions.idx", "# nothing\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Path zip = zipOfJars("own", Map.of("lib/own.jar", jar(own)));

        // the review of the change, R3: a lib/ jar whose index names nothing was installed (and could replace a working plugin)
        assertThatThrownBy(() -> installer().install(zipOfJars("empty", Map.of("lib/empty.jar", empty))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lib/empty.jar!/META-INF/extensions.idx names no extension");
        // the review of the mend, T1: two jars with an index, of which PF4J reads one, and not by the zip's order
        Map<String, byte[]> both = new java.util.LinkedHashMap<>();
        both.put("lib/own.jar", jar(own));
        both.put("lib/empty.jar", empty);
        assertThatThrownBy(() -> installer().install(zipOfJars("two", both))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 jars under lib/ hold an extensions index (lib/own.jar, lib/empty.jar), of which PF4J reads one");

        PluginInstaller.Installing installing = installer().install(zip);

        assertThat(installing.problem()).isNull();
        assertThat(installing.extensions()).containsExactly("reporter:demo");
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.statuses()).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo("started");
                assertThat(s.extensions()).containsExactly("reporter:demo");
            });
        }
    }

    @Test
    void everyProblemOfABadZipIsSaidAtOnceAndNothingIsWritten() throws IOException {
        Path zip = PluginFolders.zipWithEntries(downloads, "bad", Map.of("plugin.version", "one", "plugin.requires", ">=9.0.0"),
                Map.of("../evil.sh", "rm -rf ~"), null);

        assertThatThrownBy(() -> installer().install(zip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot install " + zip + ":\n"
                        + "  its entry '../evil.sh' would be written outside the plugin's folder\n"
                        + "  plugin.version 'one' is not a version: expected MAJOR.MINOR.PATCH such as 1.0.0\n"
                        + "  it requires Evidentia >=9.0.0, but this is Evidentia 0.1.0\n"
                        + "  classes/META-INF/extensions.idx names no extension, so PF4J would find none in this plugin. Annotate each"
                        + " extension class with @org.pf4j.Extension and compile with the annotation processor"
                        + " org.pf4j.processor.ExtensionAnnotationProcessor (evidentia-plugin-parent names it; do not set"
                        + " <proc>none</proc> for main code; built by hand, put the pf4j jar on javac's class path, and from JDK 23 on add -proc:full:"
                    + " docs/plugin-guide.md, \"The zip by hand\").");
        assertThat(names(plugins)).isEmpty();
    }

    /** The review of session 25, A15: a plugin.class the zip does not hold was installed, and told only when the host started it. */
    @Test
    void aPluginClassTheZipDoesNotHoldIsRefusedAndNothingIsWritten() throws IOException {
        Path zip = PluginFolders.zip(downloads, "badclass", Map.of("plugin.class", "p.Nope"), null,
                org.evidentia.runtime.host.fixtures.PlainReporter.class);

        assertThatThrownBy(() -> installer().install(zip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot install " + zip + ":\n  its plugin.properties names plugin.class p.Nope, but the zip has no"
                        + " classes/p/Nope.class: name the plugin's class as compiled into classes/, or leave plugin.class out when the"
                        + " plugin has none");
        assertThat(names(plugins)).isEmpty();
    }

    @Test
    void aZipWithoutDescriptorOrIndexOrThatIsNoZipIsRefusedPlainly() throws IOException {
        Path noDescriptor = downloads.resolve("loose.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(noDescriptor))) {
            out.putNextEntry(new java.util.zip.ZipEntry("classes/A.class"));
            out.closeEntry();
        }
        assertThatThrownBy(() -> installer().install(noDescriptor)).hasMessage("cannot install " + noDescriptor + ": it has no"
                + " plugin.properties at its root: it is not a plugin zip (expected PF4J's layout: plugin.properties, classes/, lib/)");

        Path text = Files.writeString(downloads.resolve("notes.zip"), "not a zip");
        assertThatThrownBy(() -> installer().install(text)).hasMessageStartingWith("cannot install " + text + ": not a readable zip file");

        assertThatThrownBy(() -> installer().install(downloads.resolve("absent.zip"))).hasMessageEndingWith(": no such file");
        assertThat(names(plugins)).isEmpty();
    }

    /** An explorer's s20, 6: a zip of the plugin's folder, not of its content, heard of every other zip in the folder. */
    @Test
    void aZipOfThePluginsFolderIsToldToHoldTheFoldersContent() throws IOException {
        Path wrapped = downloads.resolve("wrapped.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(wrapped))) {
            out.putNextEntry(new java.util.zip.ZipEntry("ok-vegf/plugin.properties"));
            out.write("plugin.id=ok-vegf\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new java.util.zip.ZipEntry("ok-vegf/classes/A.class"));
            out.closeEntry();
        }
        PluginFolders.zip(downloads, "unrelated", "*", null, PlainReporter.class);

        assertThatThrownBy(() -> installer().install(wrapped)).hasMessage("cannot install " + wrapped + ": its plugin.properties is at"
                + " ok-vegf/plugin.properties, not at its root: the zip holds the folder ok-vegf, where it should hold what the folder"
                + " holds (cd ok-vegf && zip -r ../wrapped.zip plugin.properties classes lib)");
        assertThat(names(plugins)).isEmpty();
    }

    /** Explore-plugin-author L1: a plugin's jar given for its zip heard advice about @Extension that did not apply, and not of the zip. */
    @Test
    void aJarGivenForTheZipIsToldItIsNoPluginZipAndOfTheZipBesideIt() throws IOException {
        Path target = Files.createDirectories(downloads.resolve("target"));
        Path jar = target.resolve("acme-terms-1.0.0.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("META-INF/extensions.idx"));
            out.write("org.example.Terms\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path typed = target.resolve(jar.getFileName());

        assertThatThrownBy(() -> installer().install(typed)).hasMessage("cannot install " + typed + ": it has no plugin.properties"
                + " at its root: it is not a plugin zip (expected PF4J's layout: plugin.properties, classes/, lib/)");

        PluginFolders.zip(target, "acme-terms-1.0.0", "*", null, PlainReporter.class);
        assertThatThrownBy(() -> installer().install(typed)).hasMessage("cannot install " + typed + ": it has no plugin.properties"
                + " at its root: it is not a plugin zip (expected PF4J's layout: plugin.properties, classes/, lib/); the zip beside it"
                + " may be the plugin: `evidentia plugins install " + target.resolve("acme-terms-1.0.0.zip") + "`")
                .message().doesNotContain("@Extension").doesNotContain("extensions.idx");
        assertThat(names(plugins)).isEmpty();
    }

    /** Explore-plugin-author L2: a folder (the build's target/plugin) was said not to exist. */
    @Test
    void aFolderIsToldItIsAFolderAndOfTheZipBesideIt() throws IOException {
        Path target = Files.createDirectories(downloads.resolve("target"));
        Path folder = Files.createDirectories(target.resolve("plugin"));

        assertThatThrownBy(() -> installer().install(folder)).hasMessage("cannot install " + folder + ": it is a folder, not a plugin"
                + " zip (a plugin's build makes target/ID-VERSION.zip)");

        PluginFolders.zip(target, "acme-terms-1.0.0", "*", null, PlainReporter.class);
        assertThatThrownBy(() -> installer().install(folder)).hasMessage("cannot install " + folder + ": it is a folder, not a plugin"
                + " zip (a plugin's build makes target/ID-VERSION.zip); the zip beside it may be the plugin: `evidentia plugins install "
                + target.resolve("acme-terms-1.0.0.zip") + "`");
        assertThat(names(plugins)).isEmpty();
    }

    /**
     * Docs check s9: an unpacked plugin folder of a plugins folder was told of every zip there, "the zip s beside it";
     * its own zip, of the folder's name, is the one.
     */
    @Test
    void anUnpackedPluginFolderIsToldOfItsOwnZipAmongOthersAndSeveralZipsAreWordedSo() throws IOException {
        Path target = Files.createDirectories(downloads.resolve("many"));
        Path folder = Files.createDirectories(target.resolve("acme-terms-1.0.0"));
        PluginFolders.zip(target, "acme-terms-1.0.0", "*", null, PlainReporter.class);
        PluginFolders.zip(target, "other-terms-1.0.0", "*", null, PlainReporter.class);

        assertThatThrownBy(() -> installer().install(folder)).hasMessage("cannot install " + folder + ": it is a folder, not a plugin"
                + " zip (a plugin's build makes target/ID-VERSION.zip); the zip beside it may be the plugin: `evidentia plugins install "
                + target.resolve("acme-terms-1.0.0.zip") + "`");

        Path plain = Files.createDirectories(target.resolve("plugin"));
        assertThatThrownBy(() -> installer().install(plain)).hasMessageEndingWith("; the zips beside it may be the plugin: `evidentia"
                + " plugins install " + target.resolve("acme-terms-1.0.0.zip") + "` or `evidentia plugins install "
                + target.resolve("other-terms-1.0.0.zip") + "`");
        assertThat(names(plugins)).isEmpty();
    }

    /** Review s9, L7: a folder of the plugins folder itself was sent to its own zip, whose install is refused as installed. */
    @Test
    void anUnpackedFolderOfThePluginsFolderIsToldItIsAnInstalledPlugins() throws IOException {
        Path unpacked = Files.createDirectories(plugins.resolve("acme-terms-1.0.0"));
        PluginFolders.zip(plugins, "acme-terms-1.0.0", "*", null, PlainReporter.class);

        assertThatThrownBy(() -> installer().install(unpacked)).hasMessage("cannot install " + unpacked + ": it is a folder, not a"
                + " plugin zip: the folder of an installed plugin, unpacked from the zip beside it (`evidentia plugins` lists the"
                + " plugins installed)");
    }

    /**
     * Explore-plugin-author M3: an extension whose name breaks the name rule can never be used (the name is what its class
     * returns), so the plugin is refused as a name clash is, exit 2 and nothing written, and not installed to fail every run.
     */
    @Test
    void aPluginWithAnExtensionNamedAgainstTheRuleIsRefusedAndNothingIsWritten() throws IOException {
        Path zip = PluginFolders.zip(downloads, "named-plugin", "*", null, org.evidentia.runtime.host.fixtures.BadlyNamedReporter.class,
                PlainReporter.class);

        assertThatThrownBy(() -> installer().install(zip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot install " + zip + ": its reporter " + org.evidentia.runtime.host.fixtures.BadlyNamedReporter.class.getName()
                        + " is named 'Bad Name', which is not lower-case and hyphenated (such as review-table): users select extensions"
                        + " and address their options by name, so it is not used (rename it); an extension's name is what its class"
                        + " returns, so it could never be used: nothing was installed");
        assertThat(names(plugins)).isEmpty();
    }

    @Test
    void aSecondInstallOfTheSameIdIsRefusedNamingTheFirst() throws IOException {
        Path zip = PluginFolders.zip(downloads, "plain-plugin", "*", null, PlainReporter.class);
        installer().install(zip);

        assertThatThrownBy(() -> installer().install(zip))
                .hasMessageContaining("a plugin 'plain-plugin' is already installed (plain-plugin-1.2.3.zip): give --replace to"
                        + " replace it, or `evidentia plugins remove plain-plugin` first");
    }

    /** DOCREV 16: the folder's problems (installed already, nothing to replace) came only once the zip had no other. */
    @Test
    void theFoldersProblemsAreSaidWithTheZipsOwn() throws IOException {
        Path installedOnce = PluginFolders.zip(downloads, "plain-plugin", "*", null, PlainReporter.class);
        installer().install(installedOnce);
        Path again = PluginFolders.zip(downloads, "plain-plugin", Map.of("plugin.requires", ">=9.0.0"), null, PlainReporter.class);
        Path notInstalled = PluginFolders.zip(downloads, "other-plugin", "*", null);

        assertThatThrownBy(() -> installer().install(again)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\n  it requires Evidentia >=9.0.0, but this is Evidentia 0.1.0\n")
                .hasMessageContaining("\n  a plugin 'plain-plugin' is already installed (plain-plugin-1.2.3.zip)");
        assertThatThrownBy(() -> installer().install(notInstalled, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\n  classes/META-INF/extensions.idx names no extension")
                .hasMessageContaining("\n  --replace replaces the installed plugin of the zip's id, and no plugin 'other-plugin' is installed");
        assertThat(names(plugins)).containsExactly("plain-plugin-1.2.3.zip");
    }

    /** Review 32, H2: a zip is installed as ID-VERSION.zip, and the bundled zips are named evidentia-ID-VERSION.zip. */
    @Test
    void aZipThatWouldTakeTheFileNameOfAnotherPluginsZipOrOfAnotherFileIsRefusedAndNothingIsWritten() throws IOException {
        Path bundled = Files.move(PluginFolders.zip(plugins, "ris-source", "*", null, PlainReporter.class),
                plugins.resolve("evidentia-ris-source-1.2.3.zip"));
        byte[] before = Files.readAllBytes(bundled);
        Path namesake = PluginFolders.zip(downloads, "evidentia-ris-source", "*", null, KindListReporter.class);

        assertThatThrownBy(() -> installer().install(namesake)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot install " + namesake + ":\n  it would be installed as evidentia-ris-source-1.2.3.zip, and the"
                        + " plugins folder holds a file of that name that is plugin 'ris-source', which installing would replace: give"
                        + " the plugin another id, or move that file away first");
        assertThat(Files.readAllBytes(bundled)).isEqualTo(before);

        Files.writeString(plugins.resolve("notes-1.2.3.zip"), "a file the user keeps here");
        Path notes = PluginFolders.zip(downloads, "notes", "*", null, KindListReporter.class);
        assertThatThrownBy(() -> installer().install(notes)).hasMessageContaining("a file of that name that is no plugin zip");
        assertThat(plugins.resolve("notes-1.2.3.zip")).hasContent("a file the user keeps here");
        assertThat(names(plugins)).containsExactly("evidentia-ris-source-1.2.3.zip", "notes-1.2.3.zip");
    }

    @Test
    void removeLeavesNoFileOfThePluginBehindAndKeepsTheOthers() throws IOException {
        installer().install(PluginFolders.zip(downloads, "plain-plugin", "*", null, PlainReporter.class));
        PluginFolders.zip(plugins, "other", "*", null, PlainReporter.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.disable("plain-plugin")).isEqualTo(PluginHost.Disabling.DISABLED); // writes disabled.txt
        }
        Files.writeString(plugins.resolve("enabled.txt"), "other\nplain-plugin\n");
        assertThat(plugins.resolve("plain-plugin-1.2.3/.evidentia-zip.sha256")).exists();

        List<Path> removed = installer().remove("plain-plugin");

        assertThat(removed).extracting(Path::toString).containsExactly("disabled.txt (its line)", "enabled.txt (its line)",
                "plain-plugin-1.2.3", "plain-plugin-1.2.3.zip");
        assertThat(names(plugins)).containsExactly("disabled.txt", "enabled.txt", "other", "other.zip");
        assertThat(Files.readString(plugins.resolve("enabled.txt"))).isEqualTo("other\n");
        assertThat(Files.readString(plugins.resolve("disabled.txt"))).doesNotContain("plain-plugin");
        assertThatThrownBy(() -> installer().remove("plain-plugin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no plugin 'plain-plugin' in ");
    }

    // The review of session 19, H7: removing the one plugin enabled.txt named emptied it, and an enabled.txt that names no plugin
    // enables every one
    @Test
    void removingThePluginEnabledTxtAloneNamesLeavesTheOthersDisabled() throws IOException {
        installer().install(PluginFolders.zip(downloads, "plain-plugin", "*", null, PlainReporter.class));
        PluginFolders.zip(plugins, "other", "*", null, PlainReporter.class);
        Files.writeString(plugins.resolve("enabled.txt"), "# only this one\nplain-plugin\n");

        List<Path> removed = installer().remove("plain-plugin");

        assertThat(removed).extracting(Path::toString).containsExactly("plain-plugin-1.2.3.zip");
        assertThat(Files.readString(plugins.resolve("enabled.txt"))).isEqualTo("# only this one\nplain-plugin\n");
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.statuses()).singleElement().satisfies(st -> assertThat(st.state()).isEqualTo("disabled"));
        }
    }

    // The review of session 19, H8: a plugin the folder's lists switch off was "Installed" without a word of it
    @Test
    void aPluginInstalledDisabledBySwitchFilesSaysSo() throws IOException {
        PluginFolders.zip(plugins, "other", "*", null, PlainReporter.class);
        Files.writeString(plugins.resolve("enabled.txt"), "other\n");

        PluginInstaller.Installing installed = installer().install(PluginFolders.zip(downloads, "kinds-plugin", "*", null,
                org.evidentia.runtime.host.fixtures.KindListReporter.class));

        assertThat(installed.outcome()).isEqualTo(PluginInstaller.Installing.Outcome.INSTALLED);
        assertThat(installed.warnings()).containsExactly("it is disabled by the plugins folder's enabled.txt or disabled.txt:"
                + " `evidentia plugins enable kinds-plugin` to use it");
    }

    /** An explorer's s20, 8: a zip made by hand without plugin.requires was installed without a word, claiming every version. */
    @Test
    void aPluginThatRequiresNoVersionIsInstalledWithAWarning() throws IOException {
        PluginInstaller.Installing installed = installer().install(PluginFolders.zip(downloads, "loose-plugin", Map.of("plugin.requires", ""),
                null, PlainReporter.class));

        assertThat(installed.outcome()).isEqualTo(PluginInstaller.Installing.Outcome.INSTALLED);
        assertThat(installed.warnings()).containsExactly("its plugin.properties sets no plugin.requires, so it claims to run on every"
                + " Evidentia version, one of another api too: set plugin.requires=>=0.1.0 (docs/plugin-guide.md)");
    }

    // The review of session 19, H9, H2, H11: a zip carrying the host's list of its extensions' names got a name install refuses
    // past it; a malformed plugin.properties was told in Java's words alone; unreadable dependencies were installed
    @Test
    void aZipsOwnListOfNamesIsNotTheHostsAndItsPropertiesAndDependenciesAreReadAsTheHostReadsThem() throws IOException {
        installer().install(PluginFolders.zip(downloads, "plain-plugin", "*", null, PlainReporter.class));
        Path planted = PluginFolders.zipWithEntries(downloads, "twin", Map.of(), Map.of(".evidentia-extensions",
                PlainReporter.class.getName() + "\ttwin-name\n"), null, PlainReporter.class);
        PluginInstaller.Installing twin = installer().install(planted);
        assertThat(twin.outcome()).isEqualTo(PluginInstaller.Installing.Outcome.NAMES_TAKEN);
        assertThat(twin.takenNames().toString()).contains("plain");

        Path escape = PluginFolders.zipWithEntries(downloads, "escape", Map.of("plugin.provider", "bad \\u12G4 escape"), Map.of(), null,
                PlainReporter.class);
        assertThatThrownBy(() -> installer().install(escape)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("escape.zip: its plugin.properties cannot be read: Malformed \\uxxxx encoding (a backslash-u escape"
                        + " needs four hexadecimal digits)");

        Path depends = PluginFolders.zip(downloads, "depends", Map.of("plugin.dependencies", "plain-plugin@>=1.0.0@x"), null,
                org.evidentia.runtime.host.fixtures.KindListReporter.class);
        assertThatThrownBy(() -> installer().install(depends)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plugin.dependencies names plain-plugin with version '>=1.0.0@x', which is not a version constraint");
        assertThat(names(plugins)).as("nothing of the three installed").containsExactly("plain-plugin-1.2.3", "plain-plugin-1.2.3.zip");
    }

    /** `evidentia plugins` lists a zip that states no usable id by its file name: remove takes that name, with or without .zip. */
    @Test
    void aZipOfNoUsableIdIsRemovedByTheFileNameTheListingShowsButAUsablePluginOnlyByItsId() throws IOException {
        Files.move(PluginFolders.zip(plugins, "Chemokines Plugin", "*", null, PlainReporter.class), plugins.resolve("badid-1.0.0.zip"));
        Files.writeString(Files.createDirectories(plugins.resolve("badid-1.0.0")).resolve("plugin.properties"), "plugin.id=Chemokines Plugin\n");
        Files.move(PluginFolders.zip(plugins, "Other Bad", "*", null, PlainReporter.class), plugins.resolve("worse-2.0.0.zip"));
        Files.move(PluginFolders.zip(plugins, "usable", "*", null, PlainReporter.class), plugins.resolve("usable-file-1.0.0.zip"));

        assertThat(installer().remove("badid-1.0.0")).extracting(Path::toString).containsExactly("badid-1.0.0", "badid-1.0.0.zip");
        assertThat(installer().remove("worse-2.0.0.zip")).extracting(Path::toString).containsExactly("worse-2.0.0.zip");
        assertThatThrownBy(() -> installer().remove("usable-file-1.0.0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usable-file-1.0.0.zip is a zip of plugin 'usable': remove it by its id (`evidentia plugins remove usable`),"
                        + " which removes every zip of that id");
        // a name is one of the folder's own files, never a path out of it
        Path outside = Files.move(PluginFolders.zip(plugins, "Outside Bad", "*", null, PlainReporter.class),
                plugins.resolveSibling(plugins.getFileName() + "-outside-1.0.0.zip"));
        try {
            String up = "../" + plugins.getFileName() + "-outside-1.0.0";
            assertThatThrownBy(() -> installer().remove(up)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("no plugin '" + up + "' in ");
            assertThat(outside).exists();
        } finally {
            Files.deleteIfExists(outside);
        }
        assertThat(names(plugins)).containsExactly("usable-file-1.0.0.zip");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
