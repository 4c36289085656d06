package org.evidentia.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a {@link Retriever} did, as recorded in {@code run.json} for the review's methods section.
 *
 * @param query    the query as the user gave it
 * @param searched when the search was made: now for a new retrieval, the original date when a
 *                 cached one was reused
 * @param count    how many records the search found
 * @param files    the local files holding the records, in reading order; each exists
 * @param reused   true when the files come from the cache of an earlier run
 * @param details  further facts worth reporting (for PubMed: the database, the query as PubMed
 *                 translated it, the service's address), by key; sorted
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Retrieval(String query, Instant searched, long count, List<Path> files, boolean reused,
                        Map<String, String> details) {

    public Retrieval {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(searched, "searched");
        if (count < 0) {
            throw new IllegalArgumentException("count must be at least 0, was " + count);
        }
        files = List.copyOf(files);
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details == null ? Map.of() : details));
    }
}
