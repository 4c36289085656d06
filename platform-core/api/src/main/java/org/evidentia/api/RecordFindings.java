package org.evidentia.api;

import java.util.List;
import java.util.Objects;

/**
 * What a run made of one kept record, as reporters receive it.
 *
 * @param record      the record, with the origins known when it was delivered (copies merged into it
 *                    later are listed in {@link RunSummary#duplicates()})
 * @param design      its study design, as the core classified it (experimental, as {@link StudyDesign} is)
 * @param findings    every finding of every extractor on it, in extractor order, then each
 *                    extractor's own order; empty when none. In a focused run ({@code --focus}), only
 *                    the findings in focus
 * @param leftOutByFocus what the run's focus left out of the record's findings ({@link FocusLoss#NONE}
 *                    in a run without focus, and for a record the focus took nothing from)
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record RecordFindings(BibliographicRecord record,
                             @Api(status = Api.Status.EXPERIMENTAL, since = "0.1") StudyDesign design,
                             List<Finding> findings,
                             @Api(status = Api.Status.EXPERIMENTAL, since = "0.1") FocusLoss leftOutByFocus) {

    /** Made by the runtime; a reporter's tests get records with findings from the testkit's {@code TestRun}. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public RecordFindings {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(design, "design");
        findings = List.copyOf(findings);
        Objects.requireNonNull(leftOutByFocus, "leftOutByFocus");
    }

    /** A record the run's focus took nothing from (or of a run without focus). */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public RecordFindings(BibliographicRecord record, StudyDesign design, List<Finding> findings) {
        this(record, design, findings, FocusLoss.NONE);
    }

    /**
     * True when the run's focus left out every finding of the record: it had findings, and has none
     * in focus. Such a record counts among the records without findings of a focused run; a reporter
     * that lists records tells it from a record without any by this.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public boolean lostEveryFindingToFocus() {
        return findings.isEmpty() && leftOutByFocus.findings() > 0;
    }

    /**
     * What a focused run ({@code --focus condition=crohn}) left out of one record's findings, counted
     * as {@link RunSummary.Focus} counts the run's: a record whose every finding was left out for want
     * of a value alone ({@link #forWantOfAValue()}, and none kept) is one of
     * {@link RunSummary.Focus#recordsLeftOutUnstated()}, a study that may be on the question all the
     * same, to be checked by hand.
     *
     * @param findings   the record's findings the focus left out (not in {@link RecordFindings#findings()})
     * @param unstated   of those, the findings left out for want of a value alone: each states no value
     *                   for an attribute focused on, and every focused value it does state is one the
     *                   focus keeps ({@link RunSummary.Focus#leftOutUnstated()}'s sense); at most {@code findings}
     * @param namesFocus whether the record's title or abstract holds the words of a value focused on for
     *                   a free-text attribute, matched as the focus matches that attribute's values (the
     *                   words {@code sleep apnea} for {@code condition=sleep apnoea}: case, spelling and
     *                   punctuation aside); false for a record the focus took nothing from, and when the
     *                   focus names no free-text attribute. A reader checking the records the focus lost
     *                   begins with those
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record FocusLoss(int findings, int unstated, boolean namesFocus) {

        /** Nothing left out. */
        public static final FocusLoss NONE = new FocusLoss(0, 0, false);

        public FocusLoss {
            if (findings < 0 || unstated < 0 || unstated > findings) {
                throw new IllegalArgumentException("left out " + findings + " findings, " + unstated + " of them for want of a value:"
                        + " expected 0 <= unstated <= findings");
            }
            if (findings == 0 && namesFocus) {
                throw new IllegalArgumentException("namesFocus is only told of a record the focus took findings from");
            }
        }

        /** True when the focus left out findings, each of them for want of a value alone (none for another value). */
        public boolean forWantOfAValue() {
            return findings > 0 && unstated == findings;
        }
    }
}
