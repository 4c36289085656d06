package org.evidentia.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The run's output folder. Files are written to a temporary file beside their target and moved into
 * place only when the body returns normally, so an interrupted or failed write never leaves a
 * half-written file that looks whole.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface OutputFolder {

    /** The folder itself, for messages. */
    Path root();

    /**
     * Writes the file {@code name} (a plain file name or a relative path inside the folder).
     * The stream is owned by the runtime: do not close it.
     *
     * @return the written file's path
     */
    Path write(String name, Body<OutputStream> body) throws IOException;

    /** As {@link #write}, as UTF-8 text with {@code \n} line ends. The writer is owned by the runtime. */
    Path writeText(String name, Body<Writer> body) throws IOException;

    /** Writes into the stream or writer it is given. */
    @FunctionalInterface
    interface Body<T> {
        void writeTo(T target) throws IOException;
    }
}
