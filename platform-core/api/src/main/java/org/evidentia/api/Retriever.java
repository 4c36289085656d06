package org.evidentia.api;

import java.io.IOException;

/**
 * Retrieves inputs that are not on disk yet: turns a query into local files that the ordinary
 * {@link Source}s then read, and reports what it did (query, date, count) for the run's record.
 *
 * <p><b>Naming.</b> A retriever's {@link #name()} is its scheme: the input {@code pubmed:QUERY}
 * (on the command line or in a pipeline file's {@code inputs:}) is handed, without the
 * {@code pubmed:} prefix, to the retriever named {@code pubmed}. Its options are set like any
 * extension's ({@code --option pubmed.KEY=VALUE}, or {@code options: pubmed:} in a pipeline file).
 *
 * <p><b>Caching.</b> A retriever keeps what it fetched under {@link RetrievalContext#cacheFolder()}
 * and decides, by its own documented rule, when to reuse it and when to fetch again; the returned
 * {@link Retrieval} says which it did and when the search was made.
 *
 * <p><b>Failure.</b> A retriever retries what is worth retrying (network errors, a busy server)
 * itself. When it cannot complete the retrieval it throws {@link IOException} with a message that
 * says what failed and what to do; the run then stops before reading anything, because a partial
 * search result would misstate the review's record set.
 *
 * <p><b>Threading.</b> The runtime calls {@link #retrieve} once per retrieval input, one at a time,
 * before any input is read.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public interface Retriever extends Extension {

    /**
     * Retrieves what {@code query} names into local files.
     *
     * @param query   the text after {@code NAME:}, as the user wrote it (never empty)
     * @param context options, the cache folder, the clock, the environment and messages for this run
     * @return what was retrieved, with the files in the order they are to be read
     * @throws IOException when the retrieval cannot be completed; the message is shown to the user
     */
    Retrieval retrieve(String query, RetrievalContext context) throws IOException;
}
