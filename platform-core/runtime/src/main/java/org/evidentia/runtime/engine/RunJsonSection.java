package org.evidentia.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A part of {@code run.json} that comes from outside the engine: what was done before the run
 * started (for one, the retrievals of {@code pubmed:} inputs). Written after {@code inputs}.
 */
public interface RunJsonSection {

    /** The section's key in run.json, e.g. {@code retrievals}. */
    String key();

    /** Writes the section's value (one JSON value: an object or an array) with {@code json}. */
    void writeValue(JsonGenerator json) throws IOException;
}
