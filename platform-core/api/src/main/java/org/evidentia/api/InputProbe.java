package org.evidentia.api;

import java.nio.file.Path;

/**
 * The little a source may look at to decide whether it accepts an input: its name and its first
 * bytes. Gzip-compressed inputs are seen decompressed, with {@link #fileName()} minus {@code .gz}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface InputProbe {

    /** The input's file as resolved, to open or inspect; messages name it as {@link SourceInput#displayName()} does. */
    Path path();

    /** The file name, lower-cased, with a trailing {@code .gz} removed: {@code pubmed21n0001.xml}. */
    String fileName();

    /** Up to the first 16 KiB of content, decompressed; a copy the caller may keep. */
    byte[] head();

    /** {@link #head()} decoded as UTF-8 with a byte-order mark removed; possibly cut mid-line. */
    String headText();
}
