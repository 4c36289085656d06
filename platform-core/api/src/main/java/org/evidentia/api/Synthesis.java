package org.evidentia.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Synthesis without meta-analysis: vote counting by direction of effect, computed once by the core
 * from a run's findings so that every reporter states the same numbers.
 *
 * <p>Each finding kind is synthesised on its own ({@link KindSynthesis}), so a second extractor
 * never changes the first one's numbers. Within a kind, findings are grouped into strata: one per
 * combination of the values of the kind's {@link FindingKind#synthesisStrata() stratum attributes}
 * (for cytokines: comparison and population), so that "raised in Crohn's disease, human, condition"
 * and "lowered by a drug, animal, intervention" never share a vote count; a free-text stratum
 * attribute (the condition) is counted within each stratum as a breakdown. Only
 * studies of the designs in {@link #votingDesigns()} vote, and retracted publications only when
 * {@link #retractedVotes()}; findings of the others (reviews and retracted studies by default) are left
 * out of the strata and counted in {@link KindSynthesis#studiesNotVoting()}.
 *
 * @param kinds         one entry per finding kind of the run's extractors, in reading order: the kind
 *                      with findings in the most studies (of any design) first, so that the kind a
 *                      run's records are about leads; kinds with as many in extractor order
 * @param votingDesigns the study designs whose findings vote; iterates in {@link StudyDesign.Type} order
 * @param retractedVotes true when retracted publications ({@link StudyDesign#retracted()}) of a voting
 *                      design vote too; by default they do not, as a review leaves retracted studies out
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Synthesis(List<KindSynthesis> kinds, Set<StudyDesign.Type> votingDesigns, boolean retractedVotes) {

    public Synthesis {
        kinds = List.copyOf(kinds);
        EnumSet<StudyDesign.Type> designs = EnumSet.noneOf(StudyDesign.Type.class); // in declaration order, unlike Set.copyOf
        designs.addAll(votingDesigns);
        votingDesigns = Collections.unmodifiableSet(designs);
    }

    /** A synthesis in which retracted publications do not vote. */
    public Synthesis(List<KindSynthesis> kinds, Set<StudyDesign.Type> votingDesigns) {
        this(kinds, votingDesigns, false);
    }

    /**
     * Whether a study of {@code design} votes: its design is one of {@link #votingDesigns()}, and it
     * is not retracted unless {@link #retractedVotes()}.
     *
     * @since 0.1
     */
    public boolean votes(StudyDesign design) {
        return votingDesigns.contains(design.type()) && (retractedVotes || !design.retracted());
    }

    /** The synthesis of the kind named {@code kind}, or null when the run has no such kind. */
    public KindSynthesis kind(String kind) {
        return kinds.stream().filter(k -> k.kind().name().equals(kind)).findFirst().orElse(null);
    }

    /**
     * One finding kind's synthesis.
     *
     * @param kind             the kind and its vocabulary
     * @param strata           the strata that have votes, the one a reader looks at first leading:
     *                         ordered by each stratum attribute's declared values in turn (a value
     *                         outside them after them, alphabetically; not stated last)
     * @param studiesNotVoting studies with findings of this kind that do not vote, by design and
     *                         retraction, in {@link StudyDesign.Type} order (at one design, the retracted
     *                         after the others): those whose design does not vote, and retracted ones
     *                         unless {@link Synthesis#retractedVotes()}
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record KindSynthesis(FindingKind kind, List<Stratum> strata, List<DesignCount> studiesNotVoting) {
        public KindSynthesis {
            Objects.requireNonNull(kind, "kind");
            strata = List.copyOf(strata);
            studiesNotVoting = List.copyOf(studiesNotVoting);
        }
    }

    /**
     * Studies of one design, retracted or not.
     *
     * @param retracted true when they are retracted publications (of any design)
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record DesignCount(StudyDesign.Type design, int studies, boolean retracted) {

        /** Studies of one design that are not retracted. */
        public DesignCount(StudyDesign.Type design, int studies) {
            this(design, studies, false);
        }
    }

    /**
     * One stratum of a kind: findings that agree on every stratum attribute.
     *
     * @param values   the value of each of the kind's {@link FindingKind#synthesisStrata()}, in order;
     *                 an element is null where the findings do not state it
     * @param subjects the subjects with votes in this stratum, sorted by label (naturally: IL-2
     *                 before IL-10), then key
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record Stratum(List<String> values, List<SubjectSynthesis> subjects) {
        public Stratum {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed
            subjects = List.copyOf(subjects);
        }

        /** The values joined for a heading, {@code not stated} for a missing one: {@code condition · human}. */
        public String label() {
            List<String> parts = new ArrayList<>(values.size());
            for (String value : values) {
                parts.add(value == null ? NOT_STATED : value);
            }
            return String.join(" · ", parts);
        }

        /**
         * The subjects in a synthesis table's reading order: most studies first, so that the subjects
         * with the most evidence lead; then by label (naturally) and key, as {@link #subjects()}.
         * Reporters that show a stratum's subjects as a table use it, so that their rows agree.
         *
         * @return a new list; never null
         * @since 0.1
         */
        @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
        public List<SubjectSynthesis> subjectsByStudies() {
            List<SubjectSynthesis> ordered = new ArrayList<>(subjects);
            ordered.sort(Comparator.comparingInt((SubjectSynthesis s) -> -s.studies())
                    .thenComparing(SubjectSynthesis::label, NaturalOrder.INSTANCE)
                    .thenComparing(SubjectSynthesis::key));
            return ordered;
        }

        /** Studies voting in this stratum, each counted once. */
        public int studies() {
            return (int) subjects.stream().flatMap(s -> s.votes().stream()).map(StudyVote::recordId).distinct().count();
        }
    }

    /** How a missing stratum or breakdown value is shown. */
    public static final String NOT_STATED = "not stated";

    /**
     * The synthesis of one subject in one stratum.
     *
     * @param key              subject key ({@code IL6}), canonical for its kind
     * @param label            display label ({@code IL-6})
     * @param studies          studies with at least one finding on this subject in this stratum
     * @param studiesIncreased studies reporting an increase
     * @param studiesDecreased studies reporting a decrease
     * @param studiesUnchanged studies reporting no change
     * @param votes            one vote per study, in the run's study order
     * @param signTestP        two-sided exact binomial p of {@link Vote#UP} versus {@link Vote#DOWN}
     *                         votes (p = 0.5 under the null); 1.0 when there are no such votes
     * @param breakdowns       for each of the kind's {@link FindingKind#synthesisBreakdowns()},
     *                         how many studies state each value
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record SubjectSynthesis(String key, String label, int studies, int studiesIncreased,
                                   int studiesDecreased, int studiesUnchanged, List<StudyVote> votes,
                                   double signTestP, List<Breakdown> breakdowns) {

        public SubjectSynthesis {
            votes = List.copyOf(votes);
            breakdowns = List.copyOf(breakdowns);
        }

        /** Number of votes of one kind. */
        public long count(Vote vote) {
            return votes.stream().filter(v -> v.vote() == vote).count();
        }

        /** The breakdown by {@code attribute}, or null when the kind has no such breakdown attribute. */
        public Breakdown breakdown(String attribute) {
            return breakdowns.stream().filter(b -> b.attribute().equals(attribute)).findFirst().orElse(null);
        }
    }

    /**
     * Studies by the value of one attribute.
     *
     * @param attribute the attribute's name ({@code specimen})
     * @param counts    one entry per value stated, in the attribute's declared value order, then
     *                  other values alphabetically, then not stated (a null value: the studies none of whose findings
     *                  state a value) last. A study stating two values counts under each, so the counts may add up to
     *                  more than the studies
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record Breakdown(String attribute, List<ValueCount> counts) {
        public Breakdown {
            counts = List.copyOf(counts);
        }
    }

    /**
     * Studies that state one value.
     *
     * @param value   the value, null for "not stated"
     * @param studies how many studies
     * @since 0.1
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public record ValueCount(String value, int studies) {
    }

    /** One study's vote on one subject. */
    public record StudyVote(String recordId, Vote vote) {
    }

    /**
     * A study's direction of effect for one subject, as in an effect direction plot: up or down
     * when all its findings agree (unchanged findings aside), otherwise no clear direction.
     */
    public enum Vote {
        UP, DOWN, NO_CLEAR_DIRECTION;

        /**
         * The vote of a study whose findings on a subject state these directions: up when they hold
         * an increase and no decrease, down when a decrease and no increase, otherwise (both, or no
         * change only) no clear direction. The synthesis casts every vote by this rule, and a reporter
         * that counts votes within a part of a stratum (per specimen, say) counts them by it too.
         *
         * @param directions the directions of the study's findings on the subject; not null, may be empty
         * @since 0.1
         */
        public static Vote of(Set<Direction> directions) {
            boolean up = directions.contains(Direction.INCREASED);
            boolean down = directions.contains(Direction.DECREASED);
            return up && !down ? UP : down && !up ? DOWN : NO_CLEAR_DIRECTION;
        }
    }
}
