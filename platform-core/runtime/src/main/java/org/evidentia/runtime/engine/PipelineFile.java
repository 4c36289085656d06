package org.evidentia.runtime.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pipeline file (YAML). Relative input paths and the output folder are resolved against the
 * file's own folder, so a pipeline file can be moved with its data.
 *
 * <pre>
 * inputs: [../../examples]
 * extractors: [cytokines]
 * reporters: [findings-jsonl, review-table, html-summary]
 * options:
 *   review-table: {formats: [csv, markdown]}
 * focus: [population=human, condition=fibromyalgia]
 * </pre>
 */
public record PipelineFile(
        @JsonPropertyDescription("files, folders and glob patterns to read") List<String> inputs,
        @JsonPropertyDescription("source names (empty: every source, the best per input)") List<String> sources,
        @JsonPropertyDescription("extractor names (empty: every extractor)") List<String> extractors,
        @JsonPropertyDescription("reporter names (empty: every reporter)") List<String> reporters,
        @JsonPropertyDescription("options by extension name") Map<String, Map<String, Object>> options,
        @JsonPropertyDescription("output folder") String output,
        @JsonPropertyDescription("fail on any skipped record or problem") Boolean strict,
        @JsonProperty("run-date") @JsonPropertyDescription("fixed run date (ISO-8601)") String runDate,
        @JsonPropertyDescription("attribute=value criteria findings must match") List<String> focus) {

    public PipelineFile {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        sources = sources == null ? List.of() : List.copyOf(sources);
        extractors = extractors == null ? List.of() : List.copyOf(extractors);
        reporters = reporters == null ? List.of() : List.copyOf(reporters);
        options = options == null ? Map.of() : new LinkedHashMap<>(options);
        focus = focus == null ? List.of() : List.copyOf(focus);
    }

    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    /**
     * Reads a pipeline file.
     *
     * @throws ConfigurationException naming the file, line and what was expected
     */
    public static PipelineFile read(Path file) throws ConfigurationException {
        String text = null;
        try {
            text = Files.readString(file);
            if (text.isBlank()) {
                throw new ConfigurationException(file + ": the pipeline file is empty; it needs at least 'inputs:'");
            }
            PipelineFile pipeline = YAML.readValue(text, PipelineFile.class);
            if (pipeline == null) {
                throw new ConfigurationException(file + ": the pipeline file is empty; it needs at least 'inputs:'");
            }
            return pipeline;
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(file + ": no such pipeline file");
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigurationException(file + ":" + lineOfKey(text, e.getPropertyName(), e.getLocation().getLineNr())
                    + ": unknown key '" + e.getPropertyName()
                    + "'; allowed keys: inputs, sources, extractors, reporters, options, output, strict, run-date, focus");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new ConfigurationException(file + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Jackson places the error after the key's value; users want the line of the key itself. */
    private static int lineOfKey(String text, String key, int fallback) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:").matcher(text);
        return m.find() ? (int) text.substring(0, m.start()).lines().count() + 1 : fallback;
    }

    /** The folder relative paths in this file are resolved against. */
    public static Path baseOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
