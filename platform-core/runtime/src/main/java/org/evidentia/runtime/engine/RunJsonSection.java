package org.evidentia.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A part of {@code run.json} that comes from outside the engine: what was done before the run (the
 * retrievals of {@code pubmed:} inputs, written after {@code inputs}), or what a part of the host
 * that took part in the run did (the findings store, written after {@code counts}).
 */
public interface RunJsonSection {

    /** The section's key in run.json, e.g. {@code retrievals}, {@code store}. */
    String key();

    /** Writes the section's value (one JSON value: an object or an array) with {@code json}. */
    void writeValue(JsonGenerator json) throws IOException;
}
