package org.evidentia.api;

import java.nio.file.Path;
import java.util.List;

/**
 * A reporter's context for one run: its options, the output folder and a scratch folder.
 * Provided by the runtime (and the testkit's {@code TestRun}); plugins never implement it, so a minor
 * version may add methods to it, as 0.1 added {@link #votes}.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface ReportContext extends ExtensionContext {

    /** The run's output folder. */
    OutputFolder output();

    /**
     * A folder of this reporter's own for temporary files (a spool of the records it needs at the
     * end), empty at the start and deleted with everything in it when the run ends. Never part of
     * the output.
     *
     * @since 0.1
     */
    Path scratchFolder();

    /**
     * The finding kinds of the run's extractors, in extractor order: what the findings handed to
     * this reporter can be, with their vocabularies (subject labels, attributes), known before the
     * first record. Experimental, as {@link FindingKind} is.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    List<FindingKind> findingKinds();

    /**
     * Whether a study of {@code design} casts votes in this run's synthesis: its design is one of the
     * run's voting designs, and it is not retracted unless retracted publications may vote. The same
     * answer {@link Synthesis#votes} gives in {@link ReportWriter#finish}, known from
     * {@link Reporter#start} on, so that a reporter writing a row per study can say it as the records
     * arrive ({@link RecordFindings#design()}) instead of keeping them to the end.
     *
     * @param design a record's design; not null
     * @throws IllegalStateException when called in {@link Reporter#checkOptions}, before the run's
     *                               synthesis options are bound
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    boolean votes(StudyDesign design);
}
