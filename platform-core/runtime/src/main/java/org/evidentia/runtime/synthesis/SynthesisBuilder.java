package org.evidentia.runtime.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.NaturalOrder;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.SubjectLabels;
import org.evidentia.api.Synthesis;
import org.evidentia.api.Synthesis.Breakdown;
import org.evidentia.api.Synthesis.DesignCount;
import org.evidentia.api.Synthesis.KindSynthesis;
import org.evidentia.api.Synthesis.Stratum;
import org.evidentia.api.Synthesis.StudyVote;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.evidentia.api.Synthesis.ValueCount;
import org.evidentia.api.Synthesis.Vote;

/**
 * Builds a run's {@link Synthesis} as its records flow by: vote counting by direction of effect,
 * kind by kind and stratum by stratum, with a two-sided sign test over the up and down votes.
 *
 * <p><b>Votes.</b> A study votes {@link Vote#UP} for a subject in a stratum when every finding of it
 * on that subject in that stratum that has a direction of change is an increase, {@link Vote#DOWN}
 * when every such finding is a decrease, and {@link Vote#NO_CLEAR_DIRECTION} when they conflict or
 * when it reports only "unchanged". Unchanged findings beside a clear direction do not cancel it:
 * vote counting by direction of effect counts directions, not significance.
 *
 * <p><b>Strata.</b> A finding's stratum is the tuple of its values of the kind's
 * {@link FindingKind#synthesisStrata()} (the stratum attributes with declared values); findings in
 * different strata never share a vote. Free-text stratum attributes are counted as breakdowns. Only studies whose
 * design is in the voting designs vote, and retracted ones only when told; the others are counted by design
 * and retraction.
 *
 * <p><b>Order.</b> Studies are ordered by their first finding in the run; subjects by label in
 * natural order ({@code IL-2} before {@code IL-10}), then key; strata by their values' declared
 * order. The same records in the same order always give an equal synthesis.
 *
 * <p><b>Labels.</b> Subject keys are the kind's canonical keys, so one subject may gather findings
 * under several keys and labels ({@code IL23A} "IL-23p19" and {@code IL23} "IL-23" under
 * {@code IL23}). It has one label in every stratum, whatever the order of the records: the API's
 * {@link SubjectLabels} chooses it, from every finding of the kind, those of non-voting studies
 * too, so a reporter that labels the kind's findings with it agrees with the synthesis.
 *
 * <p>Memory grows with the number of (subject, study) pairs, not with the records read.
 * Not thread-safe: one thread adds.
 */
public final class SynthesisBuilder {

    /** Which studies vote ({@link Synthesis#votes}), held by a synthesis of no kind. */
    private final Synthesis voting;
    private final Map<String, KindTally> kinds = new LinkedHashMap<>();

    /** A builder in which retracted publications do not vote. */
    public SynthesisBuilder(List<FindingKind> kinds, Set<StudyDesign.Type> votingDesigns) {
        this(kinds, votingDesigns, false);
    }

    /**
     * @param kinds         the finding kinds of the run's extractors, in extractor order
     * @param votingDesigns the study designs whose findings vote
     * @param retractedVotes whether retracted publications of those designs vote too
     */
    public SynthesisBuilder(List<FindingKind> kinds, Set<StudyDesign.Type> votingDesigns, boolean retractedVotes) {
        this.voting = new Synthesis(List.of(), votingDesigns, retractedVotes);
        for (FindingKind kind : kinds) {
            this.kinds.putIfAbsent(kind.name(), new KindTally(kind));
        }
    }

    /** Whether a study of {@code design} votes in the synthesis this builder makes ({@link Synthesis#votes}). */
    public boolean votes(StudyDesign design) {
        return voting.votes(design);
    }

    /** Counts one record's findings; findings of a kind not declared here are ignored. */
    public void add(RecordFindings record) {
        StudyDesign design = record.design();
        boolean votes = voting.votes(design);
        Set<String> kindsSeen = new java.util.HashSet<>();
        for (Finding finding : record.findings()) {
            KindTally tally = kinds.get(finding.kind());
            if (tally == null) {
                continue;
            }
            tally.label(finding);
            if (votes) {
                tally.add(record.record().id(), finding);
            } else if (kindsSeen.add(finding.kind())) {
                (design.retracted() ? tally.retractedNotVoting : tally.notVoting).merge(design.type(), 1, Integer::sum);
            }
        }
    }

    /** The synthesis of everything added so far, its kinds in {@link Synthesis#kinds() reading order}. */
    public Synthesis synthesis() {
        List<KindTally> tallies = new ArrayList<>(kinds.values());
        tallies.sort(Comparator.comparingInt(KindTally::studies).reversed()); // stable: ties keep extractor order
        List<KindSynthesis> result = new ArrayList<>(tallies.size());
        for (KindTally tally : tallies) {
            result.add(tally.synthesize());
        }
        return new Synthesis(result, voting.votingDesigns(), voting.retractedVotes());
    }

    /** One kind's findings, by stratum, subject and study. */
    private static final class KindTally {
        private final FindingKind kind;
        private final List<Attribute> strata;
        private final List<Attribute> breakdowns;
        private final Map<List<String>, Map<String, SubjectTally>> byStratum = new HashMap<>();
        private final Map<StudyDesign.Type, Integer> notVoting = new EnumMap<>(StudyDesign.Type.class);
        private final Map<StudyDesign.Type, Integer> retractedNotVoting = new EnumMap<>(StudyDesign.Type.class);
        private final Map<String, Integer> studyOrder = new HashMap<>();
        /** Each canonical key's label. */
        private final SubjectLabels labels;

        KindTally(FindingKind kind) {
            this.kind = kind;
            this.labels = new SubjectLabels(kind);
            this.strata = kind.synthesisStrata();
            this.breakdowns = kind.synthesisBreakdowns();
        }

        void add(String recordId, Finding finding) {
            studyOrder.putIfAbsent(recordId, studyOrder.size());
            List<String> values = new ArrayList<>(strata.size());
            for (Attribute attribute : strata) {
                values.add(finding.attribute(attribute.name()));
            }
            String key = kind.canonicalKey(finding.subject().key());
            byStratum.computeIfAbsent(java.util.Collections.unmodifiableList(values), v -> new HashMap<>())
                    .computeIfAbsent(key, SubjectTally::new)
                    .add(recordId, finding, breakdowns);
        }

        /** Studies with findings of this kind, whether their design votes or not. */
        int studies() {
            int notVotingStudies = 0;
            for (int n : notVoting.values()) {
                notVotingStudies += n;
            }
            for (int n : retractedNotVoting.values()) {
                notVotingStudies += n;
            }
            return studyOrder.size() + notVotingStudies;
        }

        void label(Finding finding) {
            labels.add(finding.subject().key(), finding.subject().label());
        }

        KindSynthesis synthesize() {
            List<List<String>> order = new ArrayList<>(byStratum.keySet());
            order.sort(stratumOrder());
            List<Stratum> result = new ArrayList<>(order.size());
            for (List<String> values : order) {
                List<SubjectSynthesis> subjects = new ArrayList<>();
                for (SubjectTally subject : byStratum.get(values).values()) {
                    subjects.add(subject.synthesize(labels.get(subject.key), studyOrder, breakdowns));
                }
                subjects.sort(Comparator.comparing(SubjectSynthesis::label, NaturalOrder.INSTANCE).thenComparing(SubjectSynthesis::key));
                result.add(new Stratum(values, subjects));
            }
            List<DesignCount> designs = new ArrayList<>();
            for (StudyDesign.Type design : StudyDesign.Type.values()) {
                if (notVoting.containsKey(design)) {
                    designs.add(new DesignCount(design, notVoting.get(design), false));
                }
                if (retractedNotVoting.containsKey(design)) {
                    designs.add(new DesignCount(design, retractedNotVoting.get(design), true));
                }
            }
            return new KindSynthesis(kind, result, designs);
        }

        private Comparator<List<String>> stratumOrder() {
            return (a, b) -> {
                for (int i = 0; i < strata.size(); i++) {
                    int c = strata.get(i).valueOrder().compare(a.get(i), b.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            };
        }
    }

    /** One subject's findings in one stratum, by study. */
    private static final class SubjectTally {
        private final String key;
        private final Map<String, StudyTally> byStudy = new HashMap<>();

        SubjectTally(String key) {
            this.key = key;
        }

        void add(String recordId, Finding finding, List<Attribute> breakdowns) {
            StudyTally study = byStudy.computeIfAbsent(recordId, id -> new StudyTally(breakdowns.size()));
            study.directions.add(finding.direction());
            for (int i = 0; i < breakdowns.size(); i++) {
                study.values.get(i).add(finding.attribute(breakdowns.get(i).name()));
            }
        }

        SubjectSynthesis synthesize(String label, Map<String, Integer> studyOrder, List<Attribute> breakdowns) {
            List<String> studies = new ArrayList<>(byStudy.keySet());
            studies.sort(Comparator.comparing(studyOrder::get));
            int increased = 0;
            int decreased = 0;
            int unchanged = 0;
            List<StudyVote> votes = new ArrayList<>(studies.size());
            List<Map<String, Integer>> counts = new ArrayList<>();
            breakdowns.forEach(b -> counts.add(new TreeMap<>(b.valueOrder())));
            for (String recordId : studies) {
                StudyTally study = byStudy.get(recordId);
                increased += study.directions.contains(Direction.INCREASED) ? 1 : 0;
                decreased += study.directions.contains(Direction.DECREASED) ? 1 : 0;
                unchanged += study.directions.contains(Direction.UNCHANGED) ? 1 : 0;
                votes.add(new StudyVote(recordId, Vote.of(study.directions)));
                for (int i = 0; i < breakdowns.size(); i++) {
                    Set<String> values = study.values.get(i);
                    for (String value : values) {
                        // "not stated" is a study that states no value: one whose other finding names the specimen states it,
                        // as the report's key results count it (review-s21-reports, D2: they said 38 where the table said 41)
                        if (value != null || values.size() == 1) {
                            counts.get(i).merge(value, 1, Integer::sum);
                        }
                    }
                }
            }
            int up = (int) votes.stream().filter(v -> v.vote() == Vote.UP).count();
            int down = (int) votes.stream().filter(v -> v.vote() == Vote.DOWN).count();
            List<Breakdown> result = new ArrayList<>(breakdowns.size());
            for (int i = 0; i < breakdowns.size(); i++) {
                List<ValueCount> values = new ArrayList<>();
                counts.get(i).forEach((value, n) -> values.add(new ValueCount(value, n)));
                result.add(new Breakdown(breakdowns.get(i).name(), values));
            }
            return new SubjectSynthesis(key, label, studies.size(), increased, decreased, unchanged, votes,
                    SignTest.twoSidedP(up, down), result);
        }
    }

    /** What one study says of one subject in one stratum: its directions, and its values of each breakdown. */
    private static final class StudyTally {
        final Set<Direction> directions = EnumSet.noneOf(Direction.class);
        final List<Set<String>> values = new ArrayList<>();

        StudyTally(int breakdowns) {
            for (int i = 0; i < breakdowns; i++) {
                values.add(new HashSet<>());
            }
        }
    }
}
