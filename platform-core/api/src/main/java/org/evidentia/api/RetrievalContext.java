package org.evidentia.api;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What the runtime hands a {@link Retriever} for one retrieval. Implementations are provided by the
 * runtime; plugins never implement this interface.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public interface RetrievalContext extends ExtensionContext {

    /**
     * A folder of this retriever's own that persists across runs, for what it fetched
     * ({@code $EVIDENTIA_CACHE_DIR/NAME}, by default {@code ~/.cache/evidentia/NAME}). It exists when
     * {@link Retriever#retrieve} is called; the retriever decides its layout.
     */
    Path cacheFolder();

    /** The current time to the second, for the retrieval's date and the age of cached results; take it from here, not the clock. */
    Instant now();

    /**
     * An environment variable, such as an API key, or null when it is unset or empty. Read it here
     * rather than with {@link System#getenv(String)}, so that runs can be tested with another environment.
     */
    String environment(String name);

    /** A line telling the user what is happening ("fetching batch 3 of 12"); shown on the terminal, not kept. */
    void progress(String message);

    /** Something about the retrieval the user should know; kept with the run's notices in {@code run.json}. */
    void notice(String message);
}
