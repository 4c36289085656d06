package org.evidentia.api;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything a run produced, handed to each {@link Reporter}. Provided by the runtime.
 *
 * <p>Records are kept out of memory (spooled by the runtime), so {@link #records()} streams them;
 * findings and the synthesis are in memory. All methods may be called several times.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface Evidence {

    /** Inputs, plugins, options, counts and problems of the run. */
    RunSummary summary();

    /**
     * The kept records (duplicates merged, skipped ones left out) in input order.
     * The caller must close the stream.
     */
    Stream<BibliographicRecord> records();

    /** Every finding, in the deterministic order: input order, then extractor order, then offset. */
    List<Finding> findings();

    /**
     * The synthesis of the findings by subject (vote counts by direction of effect, sign test,
     * specimens), computed once by the core so that every reporter states the same numbers.
     */
    Synthesis synthesis();
}
