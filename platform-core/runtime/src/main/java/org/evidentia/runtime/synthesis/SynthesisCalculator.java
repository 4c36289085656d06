package org.evidentia.runtime.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.Synthesis.Group;
import org.evidentia.api.Synthesis.StudyVote;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.evidentia.api.Synthesis.Vote;
import org.evidentia.api.Synthesis;

/**
 * Synthesis without meta-analysis (SWiM) of a run's findings, subject by subject: how many studies
 * report each direction, one vote per study by direction of effect, and a two-sided sign test over
 * the up and down votes. A study is a record; the core computes this once so every reporter states
 * the same numbers.
 *
 * <p><b>Votes.</b> A study votes {@link Vote#UP} for a subject when every finding of it on that
 * subject that has a direction of change is an increase, {@link Vote#DOWN} when every such finding
 * is a decrease, and {@link Vote#NO_CLEAR_DIRECTION} when they conflict or when it reports only
 * "unchanged". Unchanged findings beside a clear direction do not cancel it: vote counting by
 * direction of effect counts directions, not significance.
 *
 * <p><b>Order.</b> Studies are ordered by the first appearance of their record id in the findings
 * (which the engine hands over in input order); subjects by label in natural order
 * ({@code IL-2} before {@code IL-10}), then key. The same findings always give an equal synthesis.
 *
 * <p>A subject is named by its key; its label is the first label met for that key.
 *
 * <p>Stateless and thread-safe.
 */
public final class SynthesisCalculator {

    /** Synthesises {@code findings}, which must be in the run's deterministic order. */
    public Synthesis synthesize(List<Finding> findings) {
        Map<String, Integer> studyOrder = new HashMap<>();
        Map<String, SubjectFindings> bySubject = new LinkedHashMap<>();
        for (Finding finding : findings) {
            studyOrder.putIfAbsent(finding.recordId(), studyOrder.size());
            bySubject.computeIfAbsent(finding.subject().key(), key -> new SubjectFindings(key, finding.subject().label()))
                    .add(finding);
        }
        List<SubjectSynthesis> subjects = new ArrayList<>();
        for (SubjectFindings subject : bySubject.values()) {
            subjects.add(subject.synthesize());
        }
        subjects.sort(Comparator.comparing(SubjectSynthesis::label, NaturalOrder.INSTANCE)
                .thenComparing(SubjectSynthesis::key));
        return new Synthesis(subjects);
    }

    /** One subject's findings, grouped by study in study order (first appearance). */
    private static final class SubjectFindings {
        private final String key;
        private final String label;
        private final Map<String, List<Finding>> byStudy = new LinkedHashMap<>();

        SubjectFindings(String key, String label) {
            this.key = key;
            this.label = label;
        }

        void add(Finding finding) {
            byStudy.computeIfAbsent(finding.recordId(), id -> new ArrayList<>()).add(finding);
        }

        SubjectSynthesis synthesize() {
            int increased = 0;
            int decreased = 0;
            int unchanged = 0;
            List<StudyVote> votes = new ArrayList<>();
            Map<String, Set<String>> studiesBySpecimen = new TreeMap<>();
            Map<GroupKey, Set<String>> groups = new TreeMap<>(GroupKey.ORDER);
            for (Map.Entry<String, List<Finding>> study : byStudy.entrySet()) {
                String recordId = study.getKey();
                Set<Direction> directions = EnumSet.noneOf(Direction.class);
                for (Finding finding : study.getValue()) {
                    directions.add(finding.direction());
                    String specimen = finding.attribute(Finding.SPECIMEN);
                    studiesBySpecimen.computeIfAbsent(specimen == null ? SubjectSynthesis.UNSTATED : specimen,
                            s -> new LinkedHashSet<>()).add(recordId);
                    groups.computeIfAbsent(new GroupKey(finding.direction(), specimen, finding.attribute(Finding.CONTEXT)),
                            g -> new LinkedHashSet<>()).add(recordId);
                }
                increased += directions.contains(Direction.INCREASED) ? 1 : 0;
                decreased += directions.contains(Direction.DECREASED) ? 1 : 0;
                unchanged += directions.contains(Direction.UNCHANGED) ? 1 : 0;
                votes.add(new StudyVote(recordId, vote(directions)));
            }
            int up = (int) votes.stream().filter(v -> v.vote() == Vote.UP).count();
            int down = (int) votes.stream().filter(v -> v.vote() == Vote.DOWN).count();
            SortedMap<String, Integer> specimens = new TreeMap<>();
            studiesBySpecimen.forEach((specimen, studies) -> specimens.put(specimen, studies.size()));
            List<Group> groupList = new ArrayList<>();
            groups.forEach((g, studies) -> groupList.add(new Group(g.direction(), g.specimen(), g.context(), List.copyOf(studies))));
            return new SubjectSynthesis(key, label, byStudy.size(), increased, decreased, unchanged, votes,
                    SignTest.twoSidedP(up, down), specimens, groupList);
        }

        private static Vote vote(Set<Direction> directions) {
            boolean up = directions.contains(Direction.INCREASED);
            boolean down = directions.contains(Direction.DECREASED);
            if (up && !down) {
                return Vote.UP;
            }
            if (down && !up) {
                return Vote.DOWN;
            }
            return Vote.NO_CLEAR_DIRECTION;
        }
    }

    /** Direction x specimen x context, ordered by direction, then specimen and context with nulls last. */
    private record GroupKey(Direction direction, String specimen, String context) {
        static final Comparator<GroupKey> ORDER = Comparator.comparing(GroupKey::direction)
                .thenComparing(GroupKey::specimen, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(GroupKey::context, Comparator.nullsLast(Comparator.<String>naturalOrder()));

        GroupKey {
            Objects.requireNonNull(direction);
        }
    }
}
