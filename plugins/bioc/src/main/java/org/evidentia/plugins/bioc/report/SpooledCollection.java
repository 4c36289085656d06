package org.evidentia.plugins.bioc.report;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidentia.api.OutputFolder;

/**
 * A collection file and the scratch file its documents are spooled to: the collection file is
 * created in the output folder as the writer starts (so that the folder refuses a name another
 * reporter took before the run reads), and written whole at the end from the spool. Not thread-safe.
 */
final class SpooledCollection implements Closeable {

    private final OutputStream file;
    private final Path spool;
    private final OutputStream documents;

    /** Creates {@code fileName} in {@code output} and opens {@code spool}; on failure nothing is left open. */
    SpooledCollection(OutputFolder output, String fileName, Path spool) throws IOException {
        file = output.create(fileName);
        this.spool = spool;
        try {
            documents = new BufferedOutputStream(Files.newOutputStream(spool));
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The collection file in the output folder; its writer closes it once written. */
    OutputStream file() {
        return file;
    }

    /** Where the documents go as they come. */
    OutputStream documents() {
        return documents;
    }

    /** Copies what was spooled to {@code out}, once {@link #documents()} is flushed. */
    void copyDocumentsTo(OutputStream out) throws IOException {
        Files.copy(spool, out);
    }

    /** Closes the spool, then the collection file (closed already when it was written). */
    @Override
    public void close() throws IOException {
        try {
            documents.close();
        } finally {
            file.close();
        }
    }
}
