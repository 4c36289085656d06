package org.evidentia.api;

import java.io.IOException;

/**
 * Writes part of a run's output (a table, a report) as the run flows: the runtime hands each kept
 * record with its findings to the {@link ReportWriter} this reporter starts, then the run's summary
 * and synthesis. No reporter re-reads what another already saw, and a run reads its inputs once.
 *
 * <p>Write files only through {@link ReportContext#output()}: a run's outputs appear in the output
 * folder together when the run ends, failed or not, replacing the previous run's; a killed run
 * leaves the previous ones (see {@link OutputFolder}). The same records, findings and options must
 * give byte-identical output: sort what you write, and take dates from {@link RunSummary#runDate()},
 * never from the clock.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface Reporter extends Extension {

    /**
     * Starts this reporter's part of one run. Called once per run, before the first record; the
     * writer holds the run's state, so one reporter instance can serve several runs.
     *
     * @param context the run's options for this reporter, its output folder and a scratch folder
     * @return the writer that receives the run
     * @throws IOException if the reporter cannot start (an output cannot be created); the run then
     *     records the failure, fails, and the other reporters still run
     * @throws IllegalArgumentException with a readable message if an option does not fit this run,
     *     which only the context shows (an option naming a finding kind that no extractor of the run
     *     makes, see {@link ReportContext#findingKinds()}): the run is then refused as for any bad
     *     option (exit 2), before it reads any record, and its outputs are left as they were
     * @since 0.1
     */
    ReportWriter start(ReportContext context) throws IOException;

    /**
     * Whether this reporter's writers read records' {@link BibliographicRecord#metadata() metadata} in a run with
     * these options. When no reporter or extractor of a run reads it, the run tells its sources so
     * ({@link SourceContext#wantsMetadata()}) and they may leave it out, which saves reading it. The
     * default, true, is always safe: return false only when, with the options {@code context}
     * gives, nothing of this reporter looks at {@code metadata()}. Called at most once per run, when
     * the run starts, on the thread that starts it.
     *
     * @param context the run's options for this reporter
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    default boolean readsMetadata(ExtensionContext context) {
        return true;
    }
}
