package org.evidentia.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One input file as a source reads it. Compression is handled by the runtime: {@code .gz} inputs
 * are decompressed (possibly on a separate thread), so sources see plain content. So is the
 * encoding of a file that starts with a UTF-16 or UTF-32 byte-order mark (as Windows saves
 * "Unicode" text): its content arrives as UTF-8, and an XML declaration's {@code encoding} in it says so.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface SourceInput {

    /**
     * The input's file as resolved (against the working folder, or a pipeline file's folder), to open or inspect; not for
     * messages nor {@link Origin#file()}, which name the input by {@link #displayName()}, as run.json and the tables do.
     */
    Path path();

    /** The name used in messages and origins: the path as the user gave it (or as found when walking a folder). */
    String displayName();

    /**
     * Opens the decompressed content as bytes. The caller owns and closes the stream.
     *
     * @throws IOException if the file cannot be opened
     */
    InputStream openStream() throws IOException;

    /**
     * Opens the decompressed content as UTF-8 text with a leading byte-order mark removed. Bytes that
     * are not UTF-8 decode to U+FFFD, so a source can report the record that holds them and go on.
     * The caller owns and closes the reader.
     *
     * @throws IOException if the file cannot be opened
     */
    BufferedReader openReader() throws IOException;
}
