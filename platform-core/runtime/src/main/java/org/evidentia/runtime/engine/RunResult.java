package org.evidentia.runtime.engine;

import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.RunSummary;

/**
 * What a run did.
 *
 * @param summary the run's summary, as in run.json
 * @param output  the output folder
 * @param files   the files written, in order
 * @param failed  true when the run failed: no record (nor deletion) was read from any input, a reporter failed, or {@code strict} and problems were met
 * @param reason  why it failed (nullable)
 */
public record RunResult(RunSummary summary, Path output, List<Path> files, boolean failed, String reason) {
    public RunResult {
        files = List.copyOf(files);
    }
}
