package org.evidentia.runtime.engine;

import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.RunSummary;

/**
 * What a run did.
 *
 * @param summary the run's summary, as in run.json; its {@link RunSummary#failure()} says whether and why the run failed
 * @param output  the output folder
 * @param files   the files written, in order
 */
public record RunResult(RunSummary summary, Path output, List<Path> files) {
    public RunResult {
        files = List.copyOf(files);
    }

    /** True when the run failed: no record (nor deletion) was read from any input, a reporter failed, or {@code strict} and problems were met. */
    public boolean failed() {
        return summary.failure() != null;
    }

    /** Why the run failed, or null when it did not. */
    public String reason() {
        return summary.failure();
    }
}
