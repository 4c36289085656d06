package org.evidentia.api;

import java.util.Objects;

/**
 * Where a record came from: the source that read it, the file, the record's 1-based number in
 * that file, and its 1-based first line ({@code 0} when the format has no lines worth naming).
 *
 * @param source       the name of the {@link Source} that read the record
 * @param file         the input as the user named it
 * @param recordNumber 1-based position of the record in the file; 0 where a source tells a problem of no one record
 * @param line         1-based line where the record starts, or 0 when unknown
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Origin(String source, String file, long recordNumber, long line) {

    public Origin {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
    }

    /** {@code file:line (record n)}, the form used in messages. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " (record " + recordNumber + ")";
    }
}
