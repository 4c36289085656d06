package org.evidentia.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** An object of its own in run.json, written by a part of the host that took part in the run (the findings store). */
public interface RunJsonSection {

    /** The object's name in run.json ({@code store}). */
    String section();

    /**
     * Writes the object's fields, once the run's records have all been handed on.
     *
     * @param json positioned inside the object, which the caller starts and ends
     */
    void describe(JsonGenerator json) throws IOException;
}
