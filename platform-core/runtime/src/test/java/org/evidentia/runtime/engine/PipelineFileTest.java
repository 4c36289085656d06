package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineFileTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryKey() throws Exception {
        Path file = dir.resolve("review.yaml");
        Files.writeString(file, """
                inputs: [exports/, 'more/*.nbib']
                extractors: cytokines
                reporters: [review-table]
                options:
                  review-table: {formats: [csv, markdown], bom: true}
                output: out
                strict: true
                run-date: 2026-01-31
                store: living/review.db
                """);

        PipelineFile pipeline = PipelineFile.read(file);
        assertThat(pipeline.store()).isEqualTo("living/review.db");
        assertThat(pipeline.lineOf("store")).isEqualTo(9);

        assertThat(pipeline.inputs()).containsExactly("exports/", "more/*.nbib");
        assertThat(pipeline.extractors()).containsExactly("cytokines");
        assertThat(pipeline.sources()).isEmpty();
        assertThat(pipeline.options()).isEqualTo(Map.of("review-table", Map.of("formats", List.of("csv", "markdown"), "bom", true)));
        assertThat(pipeline.strict()).isTrue();
        assertThat(pipeline.runDate()).isEqualTo("2026-01-31");
        assertThat(PipelineFile.baseOf(file)).isEqualTo(dir.toAbsolutePath());
    }

    /**
     * Plain values are read as YAML 1.2 and JSON write them (an explorer's F31): YAML 1.1 made "NO" the boolean false (a
     * review of nitric oxide titled "false"), "no" the output folder "false" and "010" the number 8.
     */
    @Test
    void aPlainValueIsItsTextUnlessJsonWouldReadItAsABooleanOrANumber() throws Exception {
        Path file = dir.resolve("review.yaml");
        Files.writeString(file, """
                inputs: [no, '010']
                options:
                  html-summary: {title: NO, question: 010, subtitle: 0x1F, note: 1_000}
                  pubmed: {retries: 3, share: -0.5, flag: true}
                output: off
                """);

        PipelineFile pipeline = PipelineFile.read(file);
        assertThat(pipeline.inputs()).containsExactly("no", "010");
        assertThat(pipeline.options().get("html-summary"))
                .isEqualTo(Map.of("title", "NO", "question", "010", "subtitle", "0x1F", "note", "1_000"));
        Map<String, Object> pubmed = pipeline.options().get("pubmed");
        assertThat(pubmed.get("retries")).isInstanceOf(Number.class).hasToString("3");
        assertThat(pubmed.get("share")).isInstanceOf(Number.class).hasToString("-0.5");
        assertThat(pubmed.get("flag")).isEqualTo(true);
        assertThat(pipeline.output()).isEqualTo("off");
    }

    /** A key given twice, or a second document, was read without a word: the later value won, the document was unread (F4). */
    @Test
    void aKeyGivenTwiceAndASecondDocumentAreRefusedAtTheirLines() throws Exception {
        Path twice = dir.resolve("twice.yaml");
        Files.writeString(twice, "inputs: [x]\nextractors: [cytokines]\noptions:\n  html-summary: {title: a, title: b}\nextractors: [biomarkers]\n");
        assertThatThrownBy(() -> PipelineFile.read(twice)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(twice + ":2: 'extractors' is given twice (lines 2 and 5); give it once")
                .hasMessageContaining(twice + ":4: 'title' is given twice (lines 4 and 4); give it once");

        Path alias = dir.resolve("alias.yaml");
        Files.writeString(alias, "inputs: &i [x]\nsources: *i\n");
        assertThatThrownBy(() -> PipelineFile.read(alias)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(alias + ":2: a YAML alias (*i) is not read in a pipeline file; write its value out");
        // an explorer's C (s18b): the alias's name was then checked as the value too ("focus 'a' is not of the form ...")
        Path focus = dir.resolve("focus.yaml");
        Files.writeString(focus, "inputs: &a [x]\nfocus: *a\n");
        assertThatThrownBy(() -> PipelineFile.read(focus)).isInstanceOf(ConfigurationException.class)
                .hasMessage(focus + ":2: a YAML alias (*a) is not read in a pipeline file; write its value out");

        Path documents = dir.resolve("documents.yaml");
        Files.writeString(documents, "inputs: [x]\n---\ninputs: [y]\n");
        assertThatThrownBy(() -> PipelineFile.read(documents)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(documents + ":3: a second YAML document (after '---'); a pipeline file is one document");
    }

    /** A binary or Latin-1 file was "cannot be read: Input length = 1", Java's words (F16). */
    @Test
    void aFileThatIsNotUtf8TextIsToldAsSuch() throws Exception {
        Path file = Files.write(dir.resolve("bin.yaml"), new byte[] {'i', 'n', (byte) 0xE9, (byte) 0xFF, 0, 1});
        assertThatThrownBy(() -> PipelineFile.read(file)).isInstanceOf(ConfigurationException.class)
                .hasMessage(file + ": not UTF-8 text; a pipeline file is YAML text, saved as UTF-8");
    }

    @Test
    void strictTakesTrueOrFalseNotYes() throws Exception {
        Path file = dir.resolve("review.yaml");
        Files.writeString(file, "inputs: [x]\nstrict: yes\n");

        assertThatThrownBy(() -> PipelineFile.read(file)).isInstanceOf(ConfigurationException.class)
                .hasMessage(file + ":2: 'strict' takes true or false, not 'yes'");
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheAllowedKeys() throws Exception {
        Path file = dir.resolve("review.yaml");
        Files.writeString(file, "inputs: [x]\n\nreporter: [review-table]\nstrict: false\n");

        assertThatThrownBy(() -> PipelineFile.read(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(file + ":3: unknown key 'reporter' (did you mean 'reporters'?); allowed keys: inputs, sources, extractors, reporters, options, output, strict, run-date, focus, store, exclude");
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsLineAndNoJavaNames() throws Exception {
        Path file = dir.resolve("review.yaml");
        Files.writeString(file, String.join("\n",
                "inputs: [exports/, [nested, list]]",
                "strict: maybe",
                "reporter: [review-table]",
                "options: 3",
                "focus: population=human", ""));

        assertThatThrownBy(() -> PipelineFile.read(file))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(((ConfigurationException) e).issues()).extracting(ConfigurationException.Issue::message)
                        .containsExactly(
                                file + ":1: 'inputs' lists paths, or maps such as {path: exports/bare.tsv, source: csv-table}, but"
                                        + " item 2 is a list",
                                file + ":2: 'strict' takes true or false, not 'maybe'",
                                file + ":3: unknown key 'reporter' (did you mean 'reporters'?); allowed keys: inputs, sources, extractors, reporters, options, "
                                        + "output, strict, run-date, focus, store, exclude",
                                file + ":4: 'options' takes each extension's options by its name, e.g. options: {review-table: "
                                        + "{formats: [csv]}}, not '3'"))
                .hasMessageNotContaining("java.");
    }

    @Test
    void anInputGivenAsAMapChoosesTheSourceThatReadsItAndTheChoiceKnowsItsLine() throws Exception {
        Path file = dir.resolve("review.yaml");
        Files.writeString(file, String.join("\n",
                "inputs:",
                "  - exports/",
                "  - {path: lab/bare.tsv, source: csv-table}",
                "  - path: 'more/*.tsv'",
                "    source: lab-tsv",
                "  - path: plain.nbib",
                ""));

        PipelineFile pipeline = PipelineFile.read(file);

        assertThat(pipeline.inputs()).containsExactly("exports/", "lab/bare.tsv", "more/*.tsv", "plain.nbib");
        assertThat(pipeline.inputSources()).containsExactly(
                Map.entry("lab/bare.tsv", new Pipeline.ChosenSource("csv-table", "inputs[1].source")),
                Map.entry("more/*.tsv", new Pipeline.ChosenSource("lab-tsv", "inputs[2].source")));
        assertThat(pipeline.lineOf("inputs[1].source")).isEqualTo(3);
        assertThat(pipeline.lineOf("inputs[2].source")).isEqualTo(5);
    }

    @Test
    void aWrongInputMapIsNamedWithItsLineAndWhatAnInputMapHolds() throws Exception {
        Path file = dir.resolve("review.yaml");
        Files.writeString(file, String.join("\n",
                "inputs:",
                "  - {file: a.tsv, source: csv-table}",
                "  - {source: csv-table}",
                "  - {path: b.tsv, source: [csv-table, lab-tsv]}",
                "  - {path: c.tsv, source: csv-table}",
                "  - {path: c.tsv, source: lab-tsv}",
                "  - {path: '', source: csv-table}",
                ""));

        assertThatThrownBy(() -> PipelineFile.read(file))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.issues())
                        .extracting(ConfigurationException.Issue::message).containsExactly(
                                file + ":2: input 1 has an unknown key 'file'; an input given as a map has path: and source:, e.g."
                                        + " {path: exports/bare.tsv, source: csv-table}",
                                file + ":3: input 2 has no path: the file, folder or pattern to read, e.g."
                                        + " {path: exports/bare.tsv, source: csv-table}",
                                file + ":4: 'source' of input 3 takes one source's name (`evidentia plugins` lists them), not a list",
                                file + ":6: source 'lab-tsv' is chosen for c.tsv, which the earlier input 'c.tsv' chooses 'csv-table'"
                                        + " for; a file is read by one source",
                                file + ":7: 'path' of input 6 takes one file, folder or pattern, not ''"));
    }

    @Test
    void aLongScalarIsNoPipelineAndIsQuotedByItsStartAndLength() throws Exception {
        Path word = Files.writeString(dir.resolve("short.yaml"), "hello\n");
        assertThatThrownBy(() -> PipelineFile.read(word))
                .hasMessage(word + ":1: a pipeline file is a map of keys (inputs:, reporters:, options:, ...), not 'hello'");
        Path big = Files.writeString(dir.resolve("big.yaml"), "a".repeat(1_000_000) + "\n");
        assertThatThrownBy(() -> PipelineFile.read(big))
                .hasMessage(big + ":1: a pipeline file is a map of keys (inputs:, reporters:, options:, ...), not '" + "a".repeat(80)
                        + "...' (1,000,000 characters)");
    }

    @Test
    void aListIsNoPipelineAndLinesOfValuesAreKnownForLaterChecks() throws Exception {
        Path list = dir.resolve("list.yaml");
        Files.writeString(list, "- a\n- b\n");
        assertThatThrownBy(() -> PipelineFile.read(list))
                .hasMessage(list + ":1: a pipeline file is a map of keys (inputs:, reporters:, options:, ...), not a list");

        Path file = dir.resolve("review.yaml");
        Files.writeString(file, "inputs: [x]\nreporters:\n  - review-table\n  - pdf\noptions:\n  review-table: {formats: [pdf]}\n");
        PipelineFile pipeline = PipelineFile.read(file);
        assertThat(pipeline.lineOf("reporters[1]")).isEqualTo(4);
        assertThat(pipeline.lineOf("options.review-table")).isEqualTo(6);
        assertThat(pipeline.lineOf("options.review-table.formats[0]")).isEqualTo(6);
        assertThat(pipeline.lineOf("nowhere")).isZero();
    }

    @Test
    void malformedYamlAndEmptyFilesAreNamed() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "inputs: [x\nstrict: true\n");
        assertThatThrownBy(() -> PipelineFile.read(broken)).hasMessageStartingWith(broken + ":")
                .hasMessageContaining("not valid YAML: while parsing a flow sequence").hasMessageNotContaining("^");
        // a tab that indents is told at its own line, not at the line before (an explorer's F3)
        Path tab = dir.resolve("tab.yaml");
        Files.writeString(tab, "inputs:\n  - x\nextractors:\n\t- cytokines\n");
        assertThatThrownBy(() -> PipelineFile.read(tab)).hasMessageStartingWith(tab + ":4: not valid YAML:").hasMessageContaining("TAB");

        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> PipelineFile.read(empty)).hasMessage(empty + ": the pipeline file is empty; it needs at least 'inputs:'");
    }

    /** Review 32 L3: SnakeYAML is quadratic on one long scalar (8 MiB took 40 s), so a file over 1 MiB is refused unread. */
    @Test
    void aFileOverOneMebibyteIsRefusedBeforeParsingNamingTheFileAndTheLimit() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "inputs: [x.nbib]\nx: \"" + "A".repeat(PipelineFile.MAX_BYTES) + "\"\n");
        long started = System.nanoTime();
        assertThatThrownBy(() -> PipelineFile.read(big)).isInstanceOf(ConfigurationException.class)
                .hasMessage(big + ": the pipeline file is " + String.format(java.util.Locale.ROOT, "%,d", Files.size(big))
                        + " bytes, more than the 1,048,576 bytes (1 MiB) a pipeline file may have; is it a pipeline file?");
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);

        Path justUnder = dir.resolve("long-scalar.yaml");
        String line = "inputs: [x.nbib]\nx: \"\"\n";
        Files.writeString(justUnder, line.replace("\"\"", "\"" + "A".repeat(PipelineFile.MAX_BYTES - line.length()) + "\""));
        assertThat(Files.size(justUnder)).isEqualTo(PipelineFile.MAX_BYTES);
        assertThat(PipelineFile.check(justUnder).issues()).singleElement().satisfies(i -> assertThat(i.path()).isEqualTo("x"));
    }
}
