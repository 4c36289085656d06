package org.evidentia.api;

import java.io.IOException;
import java.util.List;

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
     * @throws IllegalArgumentException with a readable message if an option does not fit this run:
     *     the run is then refused as for any bad option (exit 2), before it reads any record, and its
     *     outputs are left as they were. Check options in {@link #checkOptions} instead, which
     *     {@code evidentia validate} calls too and which names the option to blame; a refusal here
     *     is still honoured, as reporters written before it refuse here. What only {@code start}
     *     learns is a file name another reporter took: {@link OutputFolder#create} refuses it, so a
     *     reporter that creates the file an option names here has that refused before the run reads
     * @since 0.1
     */
    ReportWriter start(ReportContext context) throws IOException;

    /**
     * Checks this reporter's options against what only the run shows: the finding kinds of its
     * extractors (an option naming a kind that no extractor of the run makes), or a file name an
     * option gives (one that leaves the output folder, or a name the runtime keeps for itself:
     * {@code run.json}, {@code .evidentia-output}; whether another reporter writes it only
     * {@link OutputFolder#create} can tell, in {@link #start}). What the options record's own
     * constructor can check belongs there, and is checked when the options are bound.
     *
     * <p>The runtime calls it in {@code evidentia validate} and in every run (and report from a
     * findings store, against the kinds it holds), before any reporter's {@link #start}, on the
     * thread that starts the run, so a reporter checks in one place and a pipeline file that
     * validates is not refused by {@code run}. It may be called more than once with other options
     * of this reporter: when it refuses, the runtime tries each option that was given alone, to
     * name the one to blame at its line of the pipeline file, as for an options record's check. So
     * it must be quick and have no effect: it creates no file, starts nothing and keeps nothing for
     * {@code start}. The default accepts every option.
     *
     * @param context      the run's options for this reporter ({@link ExtensionContext#options})
     * @param findingKinds the finding kinds of the run's extractors, in extractor order, as
     *                     {@link ReportContext#findingKinds()} will give them
     * @throws IllegalArgumentException with a readable message if an option does not fit this run;
     *     the run is refused as for any bad option (exit 2), before it reads any record, and so is
     *     {@code evidentia validate}. The message need not name the option: the runtime does, as it
     *     can (as {@code option NAME.KEY}), when one option given is to blame by itself
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    default void checkOptions(ExtensionContext context, List<FindingKind> findingKinds) {
    }

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
