package org.evidentia.api;

import java.io.IOException;

/**
 * Writes part of a run's output (a table, a report) from the run's {@link Evidence}.
 *
 * <p>Reporters run one after another after all records are processed. Write files only through
 * {@link ReportContext#output()}, which makes each file appear whole or not at all. The same
 * evidence and options must give byte-identical output: sort what you write, and take dates from
 * {@link RunSummary#runDate()}, never from the clock.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface Reporter extends Extension {

    /**
     * Writes this reporter's output.
     *
     * @throws IOException if writing fails; the run then reports the failure and the other
     *     reporters still run
     */
    void report(Evidence evidence, ReportContext context) throws IOException;
}
