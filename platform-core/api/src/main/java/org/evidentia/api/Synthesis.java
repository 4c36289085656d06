package org.evidentia.api;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Synthesis without meta-analysis: for each subject (cytokine), how many studies report each
 * direction, one vote per study by direction of effect, and a two-sided sign test over the
 * votes. Computed by the core from all findings; see {@link Evidence#synthesis()}.
 *
 * @param subjects one entry per subject key, sorted by label then key
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Synthesis(List<SubjectSynthesis> subjects) {

    public Synthesis {
        subjects = List.copyOf(subjects);
    }

    /**
     * The synthesis of one subject.
     *
     * @param key              subject key ({@code IL6})
     * @param label            display label ({@code IL-6})
     * @param studies          studies (records) with at least one finding on this subject
     * @param studiesIncreased studies reporting an increase
     * @param studiesDecreased studies reporting a decrease
     * @param studiesUnchanged studies reporting no change
     * @param votes            one vote per study, in study order
     * @param signTestP        two-sided exact binomial p of {@link Vote#UP} versus {@link Vote#DOWN}
     *                         votes (p = 0.5 under the null); 1.0 when there are no such votes
     * @param specimens        number of studies per specimen ({@value #UNSTATED} for none), sorted by
     *                         specimen name with {@value #UNSTATED} last
     * @param groups           studies by direction, specimen and context, sorted by direction, then
     *                         specimen, then context (unstated last)
     */
    public record SubjectSynthesis(String key, String label, int studies, int studiesIncreased,
                                   int studiesDecreased, int studiesUnchanged, List<StudyVote> votes,
                                   double signTestP, SortedMap<String, Integer> specimens, List<Group> groups) {

        /** The specimen name under which studies that state no specimen are counted. */
        public static final String UNSTATED = "unstated";

        public SubjectSynthesis {
            votes = List.copyOf(votes);
            TreeMap<String, Integer> sorted = new TreeMap<>(SubjectSynthesis::compareSpecimens);
            sorted.putAll(specimens);
            specimens = Collections.unmodifiableSortedMap(sorted);
            groups = List.copyOf(groups);
        }

        /** Specimen names in alphabetical order, {@value #UNSTATED} last. */
        public static int compareSpecimens(String a, String b) {
            boolean aUnstated = UNSTATED.equals(a);
            boolean bUnstated = UNSTATED.equals(b);
            if (aUnstated || bUnstated) {
                return Boolean.compare(aUnstated, bUnstated);
            }
            return a.compareTo(b);
        }

        /** Number of votes of one kind. */
        public long count(Vote vote) {
            return votes.stream().filter(v -> v.vote() == vote).count();
        }
    }

    /** One study's vote for one subject. */
    public record StudyVote(String recordId, Vote vote) {
    }

    /**
     * A study's direction of effect for one subject, as in an effect direction plot: up or down
     * when all its findings agree (unchanged findings aside), otherwise no clear direction.
     */
    public enum Vote {
        UP, DOWN, NO_CLEAR_DIRECTION
    }

    /**
     * Studies that report one direction in one specimen and context.
     *
     * @param direction the direction
     * @param specimen  the specimen, nullable when unstated
     * @param context   the context, nullable
     * @param recordIds the studies, in study order
     */
    public record Group(Direction direction, String specimen, String context, List<String> recordIds) {
        public Group {
            recordIds = List.copyOf(recordIds);
        }
    }
}
