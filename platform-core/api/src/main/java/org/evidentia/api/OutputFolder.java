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
     * Refuses a name that no output folder takes: one that leaves the folder (absolute, or through
     * {@code ..}), names the folder itself, or is {@code run.json} (the run's own record) or
     * {@code .evidentia-output} (the marker that tells an output folder from any other). The
     * output folder applies the same rule in {@link #create}; a reporter whose option names a file
     * calls this in {@link Reporter#checkOptions}, so that {@code validate} refuses such a name at
     * the option's line. Whether another reporter writes the name only the run's output folder knows
     * ({@link #create} refuses it then).
     *
     * @param name a plain file name or a relative path inside the folder; not null
     * @throws IllegalArgumentException naming {@code name} and why it is refused
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    static void checkName(String name) {
        Path relative = Path.of(name).normalize();
        if (relative.isAbsolute() || relative.toString().isEmpty() || relative.startsWith("..")
                || relative.equals(Path.of(".evidentia-output"))) {
            throw new IllegalArgumentException("'" + name + "' is not a file name inside the output folder");
        }
        if (relative.equals(Path.of("run.json"))) {
            throw new IllegalArgumentException("'" + name + "' is the run's own record (its inputs, counts and problems);"
                    + " no reporter may write it");
        }
    }

    /**
     * Creates the file {@code name} (a plain file name or a relative path inside the folder) for
     * writing, buffered. The caller owns the stream and closes it.
     *
     * @throws IOException if the file cannot be created
     * @throws IllegalArgumentException if {@link #checkName} refuses {@code name}, or it was already
     *                                  created in this run, by this reporter or another (by another as
     *                                  both finish: not thrown, but both fail once they have ended; see
     *                                  {@link ReportWriter})
     * @since 0.1
     */
    OutputStream create(String name) throws IOException;

    /**
     * Writes the whole file {@code name} at once. The stream is the runtime's: you need not close
     * it, and closing it (as a CSV printer or JSON generator closing its target does) only flushes it.
     * It is valid only while {@code body} runs: the file is complete when the body returns, and a
     * stream kept and written to later fails ({@link java.nio.channels.ClosedChannelException}).
     *
     * @return the file's path in the output folder once the run completes
     * @throws IllegalArgumentException for a {@code name} that {@link #create} refuses
     */
    Path write(String name, Body<OutputStream> body) throws IOException;

    /**
     * As {@link #write}, as UTF-8 text. The writer is the runtime's, as {@link #write}'s stream is, and valid only while
     * {@code body} runs.
     */
    Path writeText(String name, Body<Writer> body) throws IOException;

    /** Writes into the stream or writer it is given. */
    @FunctionalInterface
    interface Body<T> {
        void writeTo(T target) throws IOException;
    }
}
