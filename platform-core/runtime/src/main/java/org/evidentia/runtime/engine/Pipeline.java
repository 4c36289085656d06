package org.evidentia.runtime.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.evidentia.runtime.exclusion.ExclusionList;

/**
 * What to run: inputs, the extensions to use, their options, and where to write.
 *
 * @param inputs       files, folders (walked recursively) and glob patterns
 * @param sources      source names to consider (empty: every source; the best one per input reads it)
 * @param extractors   extractor names in order (empty: every extractor)
 * @param reporters    reporter names in order (empty: every reporter)
 * @param options      options by extension name
 * @param output       the output folder
 * @param strict       fail the run when any record is skipped or any problem is met
 * @param threads      extraction threads (at least 1)
 * @param runDate      the date recorded for the run (nullable: now)
 * @param focus        {@code attribute=value} criteria findings must match (empty: no focus)
 * @param inputSources the source chosen for an input, by the input as it is in {@code inputs}: it reads
 *                     every file that input names, whatever the sources' scores. An entry whose input is
 *                     not in {@code inputs} (a retrieval input taken out before the run) is still checked.
 * @param inputsAt     where each of {@code inputs} was written, by its index, as the path of a configuration
 *                     issue ({@code inputs[3]}: the pipeline file's item, whatever was taken out or put in
 *                     before it since, such as a search replaced by what it fetched); null for one with no
 *                     place in a pipeline file (given on the command line). An issue about an input is at it.
 * @param sourcesFromFile whether {@code sources} are a pipeline file's {@code sources:}, not the command line's
 *                     {@code -s}: a message about a source they force says which forced it
 * @param exclusions   the review's exclusion list ({@code --exclude FILE}, a pipeline file's {@code exclude:}), read; null
 *                     when none is given. A run leaves the records it names out of its findings and reports; a run into a
 *                     findings store keeps it in the store instead
 */
public record Pipeline(List<String> inputs, List<String> sources, List<String> extractors, List<String> reporters,
                       Map<String, Map<String, Object>> options, Path output, boolean strict, int threads,
                       Instant runDate, List<String> focus, Map<String, ChosenSource> inputSources, List<String> inputsAt,
                       boolean sourcesFromFile, ExclusionList exclusions) {

    /** This pipeline with other inputs, their places and the sources chosen for them; all else, its exclusion list too, kept. */
    public Pipeline withInputs(List<String> inputs, List<String> inputsAt, Map<String, ChosenSource> inputSources,
                               Map<String, Map<String, Object>> options) {
        return new Pipeline(inputs, sources, extractors, reporters, options, output, strict, threads, runDate, focus, inputSources,
                inputsAt, sourcesFromFile, exclusions);
    }

    /** This pipeline with no exclusion list: every record it reads gives its findings. */
    public Pipeline withoutExclusions() {
        return new Pipeline(inputs, sources, extractors, reporters, options, output, strict, threads, runDate, focus, inputSources,
                inputsAt, sourcesFromFile, null);
    }

    /** This pipeline with no focus: every finding of its records is delivered. */
    public Pipeline withoutFocus() {
        return new Pipeline(inputs, sources, extractors, reporters, options, output, strict, threads, runDate, List.of(), inputSources,
                inputsAt, sourcesFromFile, exclusions);
    }

    /** This pipeline with no reporters and no focus: a run whose records go to its recorders alone (a findings store). */
    public Pipeline withoutReports() {
        return new Pipeline(inputs, sources, extractors, List.of(), options, output, strict, threads, runDate, List.of(), inputSources,
                inputsAt, sourcesFromFile, exclusions);
    }

    /**
     * A source chosen for one input (a pipeline file's {@code {path: ..., source: ...}}).
     *
     * @param source the source's name, not yet checked
     * @param at     where it was chosen, as the path of a configuration issue ({@code inputs[2].source}),
     *               so that a mistake in it names its line of the pipeline file
     */
    public record ChosenSource(String source, String at) {
    }

    /** A pipeline without focus. */
    public Pipeline(List<String> inputs, List<String> sources, List<String> extractors, List<String> reporters,
                    Map<String, Map<String, Object>> options, Path output, boolean strict, int threads, Instant runDate) {
        this(inputs, sources, extractors, reporters, options, output, strict, threads, runDate, List.of());
    }

    /** A pipeline whose sources are chosen for each input by their scores, or forced by {@code sources} alone. */
    public Pipeline(List<String> inputs, List<String> sources, List<String> extractors, List<String> reporters,
                    Map<String, Map<String, Object>> options, Path output, boolean strict, int threads, Instant runDate,
                    List<String> focus) {
        this(inputs, sources, extractors, reporters, options, output, strict, threads, runDate, focus, Map.of());
    }

    /** A pipeline whose inputs are as they were written, each at its own index ({@code inputs[i]}), and whose sources are {@code -s}'s. */
    public Pipeline(List<String> inputs, List<String> sources, List<String> extractors, List<String> reporters,
                    Map<String, Map<String, Object>> options, Path output, boolean strict, int threads, Instant runDate,
                    List<String> focus, Map<String, ChosenSource> inputSources) {
        this(inputs, sources, extractors, reporters, options, output, strict, threads, runDate, focus, inputSources,
                IntStream.range(0, inputs.size()).mapToObj(i -> "inputs[" + i + "]").toList(), false, null);
    }

    public Pipeline {
        focus = List.copyOf(focus);
        inputs = List.copyOf(inputs);
        sources = List.copyOf(sources);
        extractors = List.copyOf(extractors);
        reporters = List.copyOf(reporters);
        options = Map.copyOf(options);
        inputSources = Collections.unmodifiableMap(new LinkedHashMap<>(inputSources)); // in the file's order, for the order of issues
        inputsAt = Collections.unmodifiableList(new ArrayList<>(inputsAt)); // null: no place in a pipeline file
        if (inputsAt.size() != inputs.size()) {
            throw new IllegalArgumentException(inputs.size() + " inputs, but the places of " + inputsAt.size());
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }
}
