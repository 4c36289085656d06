package org.evidentia.api;

import java.io.IOException;
import java.util.stream.Stream;

/**
 * Reads one input file into {@link BibliographicRecord}s.
 *
 * <p><b>Detection.</b> For each input the runtime asks every selected source how well it
 * {@link #accepts(InputProbe) accepts} it and reads the input with the highest score (ties go to
 * the source listed first in the pipeline's sources when it lists them, else to the one whose name
 * sorts first). A user may force a source by name, in which case
 * {@code accepts} is not consulted.
 *
 * <p><b>Streaming.</b> {@link #read} returns a lazy stream: records are parsed as the runtime pulls
 * them, so memory must not grow with the number of records in the input. The runtime closes the
 * stream; close the resources you opened with {@link java.util.stream.Stream#onClose(Runnable)}.
 *
 * <p><b>Bad input.</b> A record that cannot be read is reported with
 * {@link SourceContext#skipped(Origin, String)} and reading goes on with the next record; a record
 * that is read but doubtful (for example with bytes that are not UTF-8) is kept and reported with
 * {@link SourceContext#warning(Origin, String)}. Throw {@link IOException} only when the input as a
 * whole cannot be read (an unreadable file). When reading fails part-way (an I/O error in the
 * middle of the file), throw {@link java.io.UncheckedIOException} from the stream: the records
 * already returned are kept and the run reports where reading stopped. Any exception from the stream
 * stops reading the input there, so one bad record must never throw: every record after it would be
 * lost, and the run can count them nowhere (it does not know how many the rest of the file held).
 * Catch a record's parse failure, report it with {@code skipped}, and go on.
 *
 * <p><b>Sections.</b> Extractors read abstracts section by section and read the labels: a
 * methods-like section ({@code METHODS}, {@code DESIGN}, ...) gives no finding and a background
 * section is read as earlier work (see {@link AbstractSection}). When the format labels the parts of
 * an abstract, give them as labelled sections, splitting {@code "LABEL: text"} lines back where the
 * format holds the abstract as one text; an unlabelled section is read as results throughout.
 *
 * <p><b>Threading.</b> {@code read} may be called concurrently for different inputs; each returned
 * stream is consumed by one thread.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface Source extends Extension {

    /** Score meaning "this source cannot read the input". */
    int REJECT = 0;

    /**
     * How well this source can read {@code probe}: {@link #REJECT} when it cannot; otherwise a score
     * from 1 (a generic reader that can read almost anything of this kind) to 100 (the content
     * unmistakably has this source's format). Must be cheap: look at the name and first bytes only.
     */
    int accepts(InputProbe probe);

    /**
     * Reads the input as a lazy stream of records, in the input's order.
     *
     * @param input   the input to read; open it as many times as needed
     * @param context the run's context for options and problem reports
     * @return a lazy stream the caller closes
     * @throws IOException if the input cannot be read at all (it cannot be opened, or its header is
     *                     wrong). The runtime reports it as an input error of the file, prefixed with the
     *                     file's name and followed by this source's name, and with no record number
     *                     ({@code bad.tsv: cannot be read: <message> [my-source]}); so the message should
     *                     say what is wrong and where in the file, without naming the file again
     *                     ({@code line 2: expected the header 'pmid<TAB>title', found 'PMID<TAB>Title'}); a message
     *                     that begins with the file's {@link SourceInput#displayName()} and {@code ": "} has them
     *                     taken off.
     */
    Stream<BibliographicRecord> read(SourceInput input, SourceContext context) throws IOException;
}
