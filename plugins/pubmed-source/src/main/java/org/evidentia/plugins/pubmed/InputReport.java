package org.evidentia.plugins.pubmed;

import org.evidentia.api.Origin;
import org.evidentia.api.SourceContext;

/**
 * Problem reporting for one input read by one source: builds origins and words messages so that
 * every message names the file, the record and the line.
 */
public final class InputReport {

    private final String source;
    private final String file;
    private final SourceContext context;
    /** The records kept with bytes that were not UTF-8, for one word on the whole file at its end. */
    private long notUtf8Records;

    public InputReport(String source, String file, SourceContext context) {
        this.source = source;
        this.file = file;
        this.context = context;
    }

    public Origin origin(long recordNumber, long line) {
        return new Origin(source, file, recordNumber, line);
    }

    public String file() {
        return file;
    }

    /** Whether anything in the run reads records' metadata ({@link SourceContext#wantsMetadata()}). */
    public boolean wantsMetadata() {
        return context.wantsMetadata();
    }

    public void skipped(Origin where, String reason) {
        context.skipped(where, reason);
    }

    public void warning(Origin where, String message) {
        context.warning(where, message);
    }

    public void notice(String message) {
        context.notice(message);
    }

    /** The warning for a kept record that held bytes which were not UTF-8. */
    public void notUtf8(Origin where, long line) {
        notUtf8Records++;
        context.warning(where, "line " + line + " of " + file + " holds bytes that are not UTF-8 (read as U+FFFD);"
                + " expected UTF-8 text; the record is kept with the replaced characters");
    }

    /**
     * States how many records the input holds by the source's own count, once it was read to its
     * end (see {@link SourceContext#inputHolds(long)}).
     */
    public void inputHolds(long records) {
        if (notUtf8Records > 1) {
            // a warning a record tells where, but not why: a file saved in a legacy encoding, which one re-save mends
            context.notice(file + ": " + notUtf8Records + " records hold bytes that are not UTF-8: the file is most likely in"
                    + " another encoding (such as Windows-1252 or Latin-1); save it as UTF-8 and read it again to keep their"
                    + " accented letters and symbols");
        }
        context.inputHolds(records);
    }

    /** Which limit a record passed: its line {@code cutLine} (when above 0) or its size. */
    public static String limitPassed(long cutLine) {
        return cutLine > 0
                ? "line " + cutLine + " is longer than " + ReadLimits.MAX_LINE_BYTES + " bytes (the line limit, 1 MiB)"
                : "the record is longer than " + ReadLimits.MAX_RECORD_CHARS + " characters (the record limit, 16 Mi characters)";
    }

    /**
     * What the MEDLINE and text sources say of a file whose last record was cut off, with what to
     * do: the kept record lacks what the cut took, and only a new export gives it back.
     */
    public static final String LOOKS_TRUNCATED = "the file looks truncated (export or download it again)";

    /** The notice for an input with nothing but white space. */
    public void empty(String format) {
        context.notice(file + " is empty: expected " + format + " records, read none");
    }
}
