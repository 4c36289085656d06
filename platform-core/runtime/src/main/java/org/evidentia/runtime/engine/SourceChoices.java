package org.evidentia.runtime.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evidentia.runtime.engine.ConfigurationException.Issue;

/**
 * The sources a pipeline file's inputs choose, one per file: another source chosen later for a file
 * that has one (a path listed twice, a folder and a file in it) is a configuration error at the later
 * choice's {@code source:} line, with one wording. The only place this is checked: where the file is
 * read (a path written twice, {@link PipelineFile}) and where the inputs are resolved to files for
 * {@code validate}, {@code run} and {@code run --store} ({@link InputResolver#resolve(Pipeline)}).
 *
 * @param <F> what a file is known by: its path as written, or as resolved
 */
final class SourceChoices<F> {

    private record Choice(Pipeline.ChosenSource source, String input) {
    }

    private final Map<F, Choice> byFile = new LinkedHashMap<>();

    /**
     * Records that {@code input} chooses {@code chosen} for {@code file}; the first choice of a file stands.
     *
     * @param shown the file as a message names it
     * @return the issue, at {@code chosen}, when an earlier input chose another source for the file; null otherwise
     */
    Issue choose(F file, String shown, String input, Pipeline.ChosenSource chosen) {
        Choice earlier = byFile.putIfAbsent(file, new Choice(chosen, input));
        if (earlier == null || earlier.source().source().equals(chosen.source())) {
            return null;
        }
        return new Issue(chosen.at(), "source '" + chosen.source() + "' is chosen for " + shown + ", which the earlier input '"
                + earlier.input() + "' chooses '" + earlier.source().source() + "' for; a file is read by one source");
    }

    /** The source chosen for each file, in the order first chosen. */
    Map<F, Pipeline.ChosenSource> chosen() {
        Map<F, Pipeline.ChosenSource> chosen = new LinkedHashMap<>();
        byFile.forEach((file, choice) -> chosen.put(file, choice.source()));
        return Collections.unmodifiableMap(chosen);
    }
}
