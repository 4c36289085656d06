package org.evidentia.runtime.input;

import java.io.IOException;
import java.util.zip.ZipException;

/**
 * Compressed data that cannot be inflated part-way through a gzip file (a corrupt block, or a
 * checksum that does not match what was inflated): nothing after the damage can be read, since
 * deflate has no place to resume at. A file cut short is not this: it ends with an
 * {@link java.io.EOFException}, which sources report as the end of a truncated file; nor is an
 * error reading the file itself, which keeps its own words.
 */
public final class GzipDamage extends IOException {

    private static final long serialVersionUID = 1L;

    /** How the message starts, whatever the inflater said: to tell a source's own words for the damage. */
    public static final String DAMAGED = "the gzip data is damaged";

    /**
     * What follows {@link #DAMAGED} and the inflater's words when damage inflated to other bytes and
     * only the trailer's checksum found it: then the file was read to its end.
     */
    public static final String CHECKSUM_FAILED = "its checksum does not match what was inflated";

    private final boolean checksumOnly;

    GzipDamage(ZipException inflaterError) {
        super(DAMAGED + " (" + said(inflaterError) + ")" + (checksum(inflaterError)
                // damage that inflated to other bytes is found only by the checksum after them: those bytes were read
                ? ": " + CHECKSUM_FAILED + ", so what was read may hold damaged text"
                : ", so nothing after the damage can be read") + ": download or export it again", inflaterError);
        this.checksumOnly = checksum(inflaterError);
    }

    /**
     * Whether only the trailer's checksum found the damage, so that the file was read to its end (its text from the damage on
     * not what was written); else reading stopped at the damage. Asked of the exception, not of its words (the review of
     * session 31, S2: the engine searched the message for them).
     */
    public boolean checksumOnly() {
        return checksumOnly;
    }

    /** What was damaged, without what follows from it: {@code the gzip data is damaged (Corrupt GZIP trailer): its checksum ...}. */
    public String whatFailed() {
        return DAMAGED + " (" + said((ZipException) getCause()) + ")" + (checksumOnly ? ": " + CHECKSUM_FAILED : "");
    }

    private static String said(ZipException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether the trailer's checksum or length failed ({@code GZIPInputStream}'s "Corrupt GZIP trailer"), not a block. */
    private static boolean checksum(ZipException e) {
        return e.getMessage() != null && e.getMessage().contains("trailer");
    }
}
