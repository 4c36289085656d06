package org.evidentia.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The run's output folder. Everything written here appears in the folder the user named together,
 * when the run ends, replacing the previous run's outputs as a whole. A run that ends failed (a
 * reporter failed, {@code --strict} with problems) replaces them too: its {@code run.json} says
 * {@code "status": "failed"} and why, and a failed reporter's files are in neither this run's
 * outputs nor, since they were replaced, the previous run's. Only a run that is killed or stopped
 * before its end, or refused before it reads, leaves the previous outputs as they were. So a file
 * never needs to be written to a temporary name first. Safe to use from several threads for
 * different files.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface OutputFolder {

    /** The folder the outputs will be in, for messages. */
    Path root();

    /**
     * Creates the file {@code name} (a plain file name or a relative path inside the folder) for
     * writing, buffered. The caller owns the stream and closes it.
     *
     * @throws IOException if the file cannot be created
     * @throws IllegalArgumentException if {@code name} leaves the folder, names the folder itself, is
     *                                  {@code run.json} (the run's own record) or {@code .evidentia-output}
     *                                  (its marker), or was already created in this run, by this reporter or
     *                                  another; a reporter whose option names a file refuses such a name in
     *                                  {@link Reporter#checkOptions} already
     * @since 0.1
     */
    OutputStream create(String name) throws IOException;

    /**
     * Writes the whole file {@code name} at once. The stream is the runtime's: you need not close
     * it, and closing it (as a CSV printer or JSON generator closing its target does) only flushes it.
     *
     * @return the file's path in the output folder once the run completes
     * @throws IllegalArgumentException for a {@code name} that {@link #create} refuses
     */
    Path write(String name, Body<OutputStream> body) throws IOException;

    /** As {@link #write}, as UTF-8 text. The writer is the runtime's, as {@link #write}'s stream is. */
    Path writeText(String name, Body<Writer> body) throws IOException;

    /** Writes into the stream or writer it is given. */
    @FunctionalInterface
    interface Body<T> {
        void writeTo(T target) throws IOException;
    }
}
