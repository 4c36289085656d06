package org.evidentia.runtime.input;

import java.io.IOException;

/**
 * Compressed data that cannot be inflated part-way through a gzip file (a corrupt block, a
 * checksum that does not match): nothing after it can be read, since deflate has no place to
 * resume at. A file cut short is not this: it ends with an {@link java.io.EOFException}, which
 * sources report as the end of a truncated file.
 */
public final class GzipDamage extends IOException {

    private static final long serialVersionUID = 1L;

    /** How the message starts, whatever the inflater said: to tell a source's own words for the damage. */
    public static final String DAMAGED = "the gzip data is damaged";

    GzipDamage(IOException inflaterError) {
        super(DAMAGED + " (" + (inflaterError.getMessage() == null ? inflaterError.getClass().getSimpleName() : inflaterError.getMessage())
                + "), so the rest of the file cannot be read: download or export it again", inflaterError);
    }
}
