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
                """);

        PipelineFile pipeline = PipelineFile.read(file);

        assertThat(pipeline.inputs()).containsExactly("exports/", "more/*.nbib");
        assertThat(pipeline.extractors()).containsExactly("cytokines");
        assertThat(pipeline.sources()).isEmpty();
        assertThat(pipeline.options()).isEqualTo(Map.of("review-table", Map.of("formats", List.of("csv", "markdown"), "bom", true)));
        assertThat(pipeline.strict()).isTrue();
        assertThat(pipeline.runDate()).isEqualTo("2026-01-31");
        assertThat(PipelineFile.baseOf(file)).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheAllowedKeys() throws Exception {
        Path file = dir.resolve("review.yaml");
        Files.writeString(file, "inputs: [x]\n\nreporter: [review-table]\nstrict: false\n");

        assertThatThrownBy(() -> PipelineFile.read(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(file + ":3: unknown key 'reporter'; allowed keys: inputs, sources, extractors, reporters, options, output, strict, run-date, focus");
    }

    @Test
    void malformedYamlAndEmptyFilesAreNamed() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "inputs: [x\nstrict: true\n");
        assertThatThrownBy(() -> PipelineFile.read(broken)).hasMessageStartingWith(broken + ":");

        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> PipelineFile.read(empty)).hasMessage(empty + ": the pipeline file is empty; it needs at least 'inputs:'");
    }
}
