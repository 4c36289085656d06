package org.evidentia.plugins.bioc.report;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes one BioC collection file in one format. A collection's header (its date) is known only
 * at the end of a run, but it comes first in the file, so documents are spooled to a scratch file
 * as they come and the file is written whole by {@link #finish}. The file is created in the
 * output folder when the writer is made, before the run reads, so that the folder refuses then,
 * not at the end of the run, another reporter's file of its name. Not thread-safe.
 */
interface CollectionWriter extends Closeable {

    /** Adds one document (to the spool). */
    void document(Bioc.Document document) throws IOException;

    /** Writes the collection file, and closes it: the header, then every document in the order given. */
    void finish(Bioc.Header header) throws IOException;

    /** Closes the spool, and the collection file if {@link #finish} did not; the scratch folder is the runtime's to delete. */
    @Override
    void close() throws IOException;
}
