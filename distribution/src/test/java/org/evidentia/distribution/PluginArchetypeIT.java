package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's way from the archetype to its plugin running in the distribution, as docs/plugin-guide.md
 * tells it: generate an extractor project outside the reactor, build it with Maven offline against
 * the Evidentia artifacts of the distribution's plugin kit, {@code plugins install} its zip, run it beside the bundled
 * plugins, and check that the cytokine findings and synthesis are exactly those of a run without it;
 * then {@code plugins remove} it.
 *
 * <p>The machine's local repository is not touched: the kit is copied into a private one, and
 * everything else is read from the machine's local repository through a {@code file:} mirror
 * (allowed offline with {@code aether.offline.protocols=file}). Each test fails if an Evidentia
 * artifact came through that mirror, that is, if the kit lacks one.
 */
class PluginArchetypeIT {

    private static final String VERSION = "0.1.0";
    private static final String ARCHETYPE_PLUGIN = "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate";

    private final Distribution dist = Distribution.built();

    @TempDir
    Path work;

    @Test
    void anArchetypeExtractorInstalledBesideTheBundledPluginsChangesNoCytokineFindingOrSynthesis() throws Exception {
        Path settings = privateRepository();
        Path projects = Files.createDirectories(work.resolve("projects"));

        mvn(projects, settings, ARCHETYPE_PLUGIN, "-DarchetypeGroupId=org.evidentia",
                "-DarchetypeArtifactId=evidentia-plugin-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=org.example", "-DartifactId=patient-terms", "-Dpackage=org.example.terms",
                "-Dkind=extractor", "-DclassName=PatientTerms", "-DinteractiveMode=false");
        Path project = projects.resolve("patient-terms");
        assertThat(project.resolve("src/main/java/org/example/terms/PatientTerms.java")).isRegularFile();
        assertThat(project.resolve("src/test/resources")).as("the example records are the source's").doesNotExist();
        // review 28 L7: a second extractor whose @Extension was forgotten passed the packaging check without a word
        Files.writeString(project.resolve("src/main/java/org/example/terms/ForgottenTerms.java"), """
                package org.example.terms;

                import java.util.List;
                import java.util.Map;
                import org.evidentia.api.BibliographicRecord;
                import org.evidentia.api.ExtensionContext;
                import org.evidentia.api.Extractor;
                import org.evidentia.api.Finding;
                import org.evidentia.api.FindingKind;

                public class ForgottenTerms implements Extractor {
                    public String name() { return "forgotten-terms"; }
                    public String description() { return "an extractor without its @Extension"; }
                    public FindingKind findingKind() { return new FindingKind("forgotten-term", "Term", "Terms", List.of(), Map.of()); }
                    public List<Finding> extract(BibliographicRecord record, ExtensionContext context) { return List.of(); }
                }
                """);
        String build = mvn(project, settings, "package");
        assertThat(build).contains("Tests run: 4, Failures: 0, Errors: 0, Skipped: 0");
        assertThat(build).contains("[WARNING] Plugin patient-terms: org.example.terms.ForgottenTerms is a public extractor class that"
                + " META-INF/extensions.idx does not name, so PF4J will not find it: annotate it with @org.pf4j.Extension");
        Path zip = project.resolve("target/patient-terms-1.0.0.zip");
        assertThat(zip).isRegularFile();

        Path plugins = dist.pluginZipsIn(work.resolve("plugins"));
        String examples = dist.home().resolve("examples").toString();
        Distribution.Result without = dist.run(work, "run", "--plugins-dir", plugins.toString(), "-o", "without",
                "--run-date", "2026-01-31", examples);
        assertThat(without.exitCode()).as(without.toString()).isZero();

        Distribution.Result install = dist.run(work, "plugins", "install", "--plugins-dir", plugins.toString(), zip.toString());
        assertThat(install.exitCode()).as(install.toString()).isZero();
        assertThat(install.stdout()).startsWith("Installed patient-terms 1.0.0 as ");
        assertThat(install.stderr()).contains("warning: plugin patient-terms: org.example.terms.ForgottenTerms is a public extractor class");
        Distribution.Result listed = dist.run(work, "plugins", "--plugins-dir", plugins.toString());
        assertThat(listed.stdout()).containsPattern("patient-terms +1\\.0\\.0 +started +extractor:patient-terms");

        Distribution.Result with = dist.run(work, "run", "--plugins-dir", plugins.toString(), "-o", "with",
                "--run-date", "2026-01-31", examples);
        assertThat(with.exitCode()).as(with.toString()).isZero();

        List<String> withFindings = Files.readAllLines(work.resolve("with/findings.jsonl"));
        List<String> cytokineLines = withFindings.stream().filter(l -> l.contains("\"kind\":\"cytokine-change\"")).toList();
        assertThat(cytokineLines).isNotEmpty().isEqualTo(Files.readAllLines(work.resolve("without/findings.jsonl")));
        assertThat(withFindings).anySatisfy(l -> assertThat(l).contains("\"kind\":\"patient-terms-mention\""));

        assertThat(cytokineRows(work.resolve("with/review-table.csv")))
                .isEqualTo(cytokineRows(work.resolve("without/review-table.csv")));

        String withReport = Files.readString(work.resolve("with/report.html"));
        assertThat(kindSection(withReport, "Cytokines")).isEqualTo(kindSection(Files.readString(work.resolve("without/report.html")), "Cytokines"));
        assertThat(withReport).contains(">Terms</h2>");

        Distribution.Result remove = dist.run(work, "plugins", "remove", "--plugins-dir", plugins.toString(), "patient-terms");
        assertThat(remove.exitCode()).as(remove.toString()).isZero();
        try (Stream<Path> left = Files.list(plugins)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("patient-terms"));
        }
        assertThat(dist.run(work, "plugins", "--plugins-dir", plugins.toString()).stdout()).doesNotContain("patient-terms");
        assertTheKitSufficed();
    }

    @Test
    void inBatchModeTheArchetypeMakesTheExtensionNameFromTheArtifactIdAndRefusesOneThatIsNotLowerCaseAndHyphenated() throws Exception {
        Path settings = privateRepository();
        Path projects = Files.createDirectories(work.resolve("projects"));
        List<String> generate = List.of(ARCHETYPE_PLUGIN, "-DarchetypeGroupId=org.evidentia",
                "-DarchetypeArtifactId=evidentia-plugin-archetype", "-DarchetypeVersion=" + VERSION, "-DgroupId=org.example",
                "-Dpackage=org.example.my", "-Dkind=reporter", "-DclassName=MyTerms", "-DinteractiveMode=false");

        List<String> derived = new ArrayList<>(generate);
        derived.add("-DartifactId=MyTerms_Plugin");
        mvn(projects, settings, derived.toArray(String[]::new));
        assertThat(Files.readString(projects.resolve("MyTerms_Plugin/src/main/java/org/example/my/MyTerms.java")))
                .contains("return \"myterms-plugin\";");
        assertThat(Files.readString(projects.resolve("MyTerms_Plugin/pom.xml"))).contains("<plugin.id>myterms-plugin</plugin.id>")
                .as("the guide's snippet markers stay in the template").doesNotContain("tag::parent[]", "end::parent[]");
        assertThat(mvn(projects.resolve("MyTerms_Plugin"), settings, "package")).as("the reporter's test passes")
                .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
        assertThat(projects.resolve("MyTerms_Plugin/target/myterms-plugin-1.0.0.zip")).isRegularFile();

        List<String> source = new ArrayList<>(generate);
        source.replaceAll(arg -> arg.equals("-Dkind=reporter") ? "-Dkind=source" : arg);
        source.add("-DartifactId=example-records");
        mvn(projects, settings, source.toArray(String[]::new));
        assertThat(projects.resolve("example-records/src/test/resources/fixtures/example.records")).isRegularFile();
        assertThat(mvn(projects.resolve("example-records"), settings, "package")).as("the source's test passes")
                .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
        // an id the host would refuse fails the plugin's build, not its first run
        Run badId = mvnRun(projects.resolve("example-records"), settings, "-Dplugin.id=Example Records", "-DskipTests", "package");
        assertThat(badId.exitCode()).as(badId.output()).isNotZero();
        assertThat(badId.output()).contains("plugin.properties: plugin.id 'Example Records' is not an id: expected letters, digits,"
                + " '.', '_' and '-', such as my-plugin (the property <plugin.id> of the plugin's pom.xml sets it)");

        List<String> refused = new ArrayList<>(generate);
        refused.addAll(List.of("-DartifactId=bad-name", "-DextensionName=Bad_Name"));
        Run run = mvnRun(projects, settings, refused.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("-DextensionName=Bad_Name is not an extension name: give one that is lower-case and"
                + " hyphenated, such as patient-terms");
        assertThat(projects.resolve("bad-name")).as("nothing generated").doesNotExist();

        List<String> typo = new ArrayList<>(generate);
        typo.replaceAll(arg -> arg.equals("-Dkind=reporter") ? "-Dkind=extracter" : arg);
        typo.add("-DartifactId=typo-kind");
        Run typoRun = mvnRun(projects, settings, typo.toArray(String[]::new));
        assertThat(typoRun.exitCode()).as(typoRun.output()).isNotZero();
        assertThat(typoRun.output()).contains("-Dkind=extracter is not a kind of plugin this archetype makes: give source, extractor"
                + " or reporter; nothing was generated");
        assertThat(projects.resolve("typo-kind")).as("nothing generated").doesNotExist();

        // a plugin author's L3 (2026-12-04): a class name or package Java refuses was generated, and its first build failed
        List<String> badClass = new ArrayList<>(generate);
        badClass.replaceAll(arg -> arg.equals("-DclassName=MyTerms") ? "-DclassName=my-reporter" : arg);
        badClass.add("-DartifactId=bad-class");
        Run badClassRun = mvnRun(projects, settings, badClass.toArray(String[]::new));
        assertThat(badClassRun.exitCode()).as(badClassRun.output()).isNotZero();
        assertThat(badClassRun.output()).contains("-DclassName=my-reporter is not a Java class name");
        assertThat(projects.resolve("bad-class")).as("nothing generated").doesNotExist();
        List<String> badPackage = new ArrayList<>(generate);
        badPackage.replaceAll(arg -> arg.equals("-Dpackage=org.example.my") ? "-Dpackage=org.example.new" : arg);
        badPackage.add("-DartifactId=bad-package");
        Run badPackageRun = mvnRun(projects, settings, badPackage.toArray(String[]::new));
        assertThat(badPackageRun.exitCode()).as(badPackageRun.output()).isNotZero();
        assertThat(badPackageRun.output()).contains("-Dpackage=org.example.new is not a Java package", "('new' is not)");
        assertThat(projects.resolve("bad-package")).as("nothing generated").doesNotExist();
        assertTheKitSufficed();
    }

    /** The review table's cytokine rows, as the columns of a run with only the cytokine kind name them. */
    private static List<Map<String, String>> cytokineRows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> values = fields(line);
            Map<String, String> row = new java.util.TreeMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < values.size() ? values.get(i) : "");
            }
            if (!row.getOrDefault("Kind", "cytokine-change").equals("cytokine-change")
                    || row.values().stream().anyMatch(v -> v.equals("patients") || v.equals("PATIENTS"))) {
                continue;
            }
            if (row.remove("Kind") != null) {
                // a table of several kinds names its subject columns generically
                row.put("Cytokine", row.remove("Subject"));
                row.put("Cytokine key", row.remove("Subject key"));
            }
            row.values().removeIf(String::isEmpty);
            rows.add(row);
        }
        return rows;
    }

    /** Splits one CSV line (quoted fields with doubled quotes, no line breaks inside a field in these tables). */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    /** The report's section of one finding kind, headed by its subjects' plural. */
    private static String kindSection(String html, String plural) {
        Matcher m = Pattern.compile("<section id=\"[^\"]*\" class=\"kind\"[^>]*>\\s*<h2[^>]*>" + plural + "</h2>.*?</section>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a section headed " + plural).isTrue();
        return m.group();
    }


    /**
     * A private local repository holding the distribution's plugin kit ({@code share/maven-repository}),
     * copied as docs/plugin-guide.md tells a developer to copy it, and settings that read everything
     * else from the machine's local repository.
     */
    private Path privateRepository() throws IOException {
        Path kit = dist.home().resolve("share/maven-repository");
        assertThat(kit.resolve("org/evidentia")).as("the distribution's plugin kit").isDirectory();
        Path repository = Files.createDirectories(work.resolve("m2"));
        try (Stream<Path> files = Files.walk(kit)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = repository.resolve(kit.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path machine = Path.of(System.getProperty("evidentia.m2", System.getProperty("user.home") + "/.m2/repository"));
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror><id>machine</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(repository, machine.toUri()));
        return settings;
    }

    /**
     * Fails if Maven took an Evidentia artifact from the machine's repository rather than from the
     * kit: Maven records where it downloaded a file in {@code _remote.repositories} beside it, and
     * the kit's files, copied in, have none.
     */
    private void assertTheKitSufficed() throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("m2/org/evidentia"))) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("_remote.repositories")).map(Path::getParent))
                    .as("Evidentia artifacts that the plugin kit lacks").isEmpty();
        }
    }

    /** Runs Maven offline with the private repository's settings; fails with its output when it fails. */
    private String mvn(Path dir, Path settings, String... args) throws IOException, InterruptedException {
        Run run = mvnRun(dir, settings, args);
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run.output();
    }

    /** How a Maven run ended: its exit code and its output, after the command line. */
    private record Run(int exitCode, String output) {
    }

    /** Runs Maven offline with the private repository's settings. */
    private Run mvnRun(Path dir, Path settings, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-o", "-s", settings.toString(),
                "-Daether.offline.protocols=file"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(work, "mvn", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("mvn " + args[args.length - 1] + " finished").isTrue();
        return new Run(process.exitValue(), String.join(" ", command) + "\n" + Files.readString(log));
    }
}
