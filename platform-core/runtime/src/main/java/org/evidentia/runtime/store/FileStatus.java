package org.evidentia.runtime.store;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidentia.runtime.engine.RunRecorder.InputEnd;

/**
 * What one application of an input came to: the {@code files} table's {@code status}, which every query of this package
 * spells through {@link #sql()} and {@link #APPLIED_SQL}. A status added here takes its side of {@link #applied()}: an
 * input applied holds records of the store, is compared for records that left it when applied again, and, when
 * {@link #APPLIED} and not failed by its problems ({@link FindingsStore#appliedFiles()}), is skipped by a later run.
 */
enum FileStatus {
    /** Read to its end and applied. */
    APPLIED,
    /**
     * Applied up to where reading stopped: cut short, a damaged list of deletions, or records its source counted in the file
     * but neither read nor skipped.
     */
    PARTIAL,
    /** Read by no source (unreadable, empty, or of no format a source reads): not applied. */
    UNREAD,
    /** Every record read was skipped, and it deleted nothing: not applied. */
    UNKEPT,
    /** Being applied: the row of an input whose transaction has not committed, which opening the store deletes. */
    APPLYING;

    /** The statuses of the inputs applied, as an SQL list for {@code IN}: {@code ('applied', 'partial')}. */
    static final String APPLIED_SQL = Stream.of(values()).filter(FileStatus::applied).map(s -> "'" + s.sql() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** As the files table and run.json spell it: {@code applied}. */
    String sql() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether an input of this status was applied: read to its end, or part-way. */
    boolean applied() {
        return this == APPLIED || this == PARTIAL;
    }

    /**
     * The status of an input that ended. An input no source read gave the store nothing: it is not applied, so a later
     * file of the same checksum (another download cut to nothing) is not skipped as applied before. Nor is one whose every
     * record read was skipped and that deleted nothing (a download cut inside its one record), whatever else the run
     * applied: it is applied again at each run, and its problems told again, until it is mended or left out (review s9, 6).
     */
    static FileStatus of(InputEnd end) {
        if (end.summary().unread()) {
            return UNREAD;
        }
        if (end.summary().records() > 0 && end.summary().skipped() == end.summary().records() && end.deleted().isEmpty()) {
            return UNKEPT;
        }
        // records unaccounted for were lost part-way as surely as at a cut: applied, the input was skipped by later runs and
        // its loss told no more (the review of session 24, I18)
        return end.readToEnd() && end.unaccounted() == 0 ? APPLIED : PARTIAL;
    }
}
