package org.evidentia.api;

import java.util.List;
import java.util.Objects;

/**
 * What a run made of one kept record, as reporters receive it.
 *
 * @param record   the record, with the origins known when it was delivered (copies merged into it
 *                 later are listed in {@link RunSummary#duplicates()})
 * @param design   its study design, as the core classified it (experimental, as {@link StudyDesign} is)
 * @param findings every finding of every extractor on it, in extractor order, then each
 *                 extractor's own order; empty when none
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record RecordFindings(BibliographicRecord record,
                             @Api(status = Api.Status.EXPERIMENTAL, since = "0.1") StudyDesign design,
                             List<Finding> findings) {

    /** Made by the runtime; a reporter's tests get records with findings from the testkit's {@code TestRun}. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public RecordFindings {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(design, "design");
        findings = List.copyOf(findings);
    }
}
