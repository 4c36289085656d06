package org.evidentia.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * What kind of publication a record is, as the core reads it from the record's publication types
 * (MEDLINE {@code PT}, XML {@code PublicationType}, a page's type lines) and, where those are
 * missing, from cues in its title and abstract (docs/user-guide.md, "Which studies vote", has the
 * table of publication types). The synthesis counts votes only from the designs the user lets vote
 * (primary studies and case reports by default).
 *
 * @param type      the design
 * @param retracted true when the record is a retracted publication (a retraction notice is a
 *                  {@link Type#NOTICE}, not retracted itself)
 * @param basis     why, for a reader: {@code publication type: Review}, {@code title: "a systematic review"},
 *                  {@code no publication type or cue: primary study}
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record StudyDesign(Type type, boolean retracted, String basis) {

    public StudyDesign {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * Study designs, serialised in lower case with hyphens ({@code systematic-review}). A minor
     * version may add designs (0.1 added {@code NOTICE} and {@code PROTOCOL}): a {@code switch} over
     * them needs a {@code default} branch.
     *
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public enum Type {
        /** A primary study: clinical, animal or in-vitro research reporting its own results. */
        PRIMARY,
        /** A case report or case series. */
        CASE_REPORT,
        /** A narrative review. */
        REVIEW,
        /** A systematic review. */
        SYSTEMATIC_REVIEW,
        /** A meta-analysis. */
        META_ANALYSIS,
        /** An editorial. */
        EDITORIAL,
        /** A comment or letter on another publication. */
        COMMENT,
        /**
         * A notice about another publication (an erratum, a retraction notice, an expression of
         * concern) or a duplicate publication of it: no study of its own, so it must not count as one.
         *
         * @since 0.1
         */
        NOTICE,
        /**
         * A study protocol: what a study will do, with no results of its own.
         *
         * @since 0.1
         */
        PROTOCOL;

        /** {@code primary}, {@code systematic-review}, ...; the form used in files and options. */
        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Parses {@link #label()}, case-insensitively. */
        @JsonCreator
        public static Type parse(String label) {
            for (Type type : values()) {
                if (type.label().equalsIgnoreCase(label.strip())) {
                    return type;
                }
            }
            throw new IllegalArgumentException("'" + label + "' is not a study design; expected one of primary, case-report, "
                    + "review, systematic-review, meta-analysis, editorial, comment, notice, protocol");
        }
    }
}
