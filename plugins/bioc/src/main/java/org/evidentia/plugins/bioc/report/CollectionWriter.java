package org.evidentia.plugins.bioc.report;

import java.io.Closeable;
import java.io.IOException;
import org.evidentia.api.OutputFolder;

/**
 * Writes one BioC collection file in one format. A collection's header (its date) is known only
 * at the end of a run, but it comes first in the file, so documents are spooled to a scratch file
 * as they come and the file is written whole by {@link #finish}. Not thread-safe.
 */
interface CollectionWriter extends Closeable {

    /** Adds one document (to the spool). */
    void document(Bioc.Document document) throws IOException;

    /** Writes the collection file into {@code output}: the header, then every document in the order given. */
    void finish(Bioc.Header header, OutputFolder output) throws IOException;

    /** Closes the spool; the scratch folder it is in is the runtime's to delete. */
    @Override
    void close() throws IOException;
}
