package org.evidentia.testkit;

import java.util.List;
import org.evidentia.api.Api;
import org.evidentia.api.RunSummary.Problem;

/**
 * What an extension reported through its context, as the run summary would list it.
 *
 * @param problems the skipped records and warnings, in the order reported
 * @param notices  the notices about inputs as a whole, each once, in the order first reported
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Problems(List<Problem> problems, List<String> notices) {

    /** @since 0.1 */
    public Problems {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    /**
     * How many problems of one kind were reported.
     *
     * @since 0.1
     */
    public long count(Problem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).count();
    }
}
