package org.evidentia.runtime.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.EvidenceSpan;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.RecordFindings;
import org.evidentia.api.StudyDesign;
import org.evidentia.api.Subject;
import org.evidentia.api.Synthesis;
import org.evidentia.api.Synthesis.Breakdown;
import org.evidentia.api.Synthesis.DesignCount;
import org.evidentia.api.Synthesis.KindSynthesis;
import org.evidentia.api.Synthesis.Stratum;
import org.evidentia.api.Synthesis.StudyVote;
import org.evidentia.api.Synthesis.SubjectSynthesis;
import org.evidentia.api.Synthesis.ValueCount;
import org.evidentia.api.Synthesis.Vote;
import org.junit.jupiter.api.Test;

class SynthesisBuilderTest {

    private static final FindingKind CHANGE = new FindingKind("marker-change", "Marker", "Markers", List.of(
            new Attribute("comparison", "Comparison", List.of("condition", "intervention"), Role.STRATUM),
            new Attribute("population", "Population", List.of("human", "animal"), Role.STRATUM),
            new Attribute("specimen", "Specimen", List.of("serum", "plasma", "csf"), Role.BREAKDOWN),
            new Attribute("context", "Context", List.of(), Role.DETAIL)), Map.of("IL23A", "IL23"));
    private static final FindingKind OTHER = new FindingKind("mention", "Term", "Terms", List.of(), Map.of());
    private static final Set<StudyDesign.Type> PRIMARY = Set.of(StudyDesign.Type.PRIMARY);

    /** Records in the order added, each with its findings. */
    private final Map<String, List<Finding>> records = new LinkedHashMap<>();
    private final Map<String, StudyDesign.Type> designs = new HashMap<>();
    private final Set<String> retracted = new java.util.HashSet<>();

    private SynthesisBuilderTest finding(String record, String key, Direction direction, String comparison, String population,
                                         String specimen) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("comparison", comparison);
        attributes.put("population", population);
        attributes.put("specimen", specimen);
        attributes.put("context", "free text never counted");
        return add(record, new Finding(record, CHANGE.name(), new Subject(key, key.replace("IL", "IL-"), key), direction,
                attributes, span(key), "test", "1"));
    }

    private SynthesisBuilderTest add(String record, Finding finding) {
        records.computeIfAbsent(record, r -> new ArrayList<>()).add(finding);
        return this;
    }

    private static EvidenceSpan span(String key) {
        return new EvidenceSpan("abstract", null, key + " changed.", 0, key.length() + 9, 0, key.length());
    }

    private Synthesis synthesise(Set<StudyDesign.Type> voting, FindingKind... kinds) {
        return synthesise(new SynthesisBuilder(List.of(kinds), voting));
    }

    private Synthesis synthesise(SynthesisBuilder builder) {
        records.forEach((id, findings) -> builder.add(new RecordFindings(BibliographicRecord.builder().id(id).title("T " + id).build(),
                new StudyDesign(designs.getOrDefault(id, StudyDesign.Type.PRIMARY), retracted.contains(id), "test"), findings)));
        return builder.synthesis();
    }

    @Test
    void votesOncePerStudyAndSubjectWithinAStratum() {
        finding("r1", "IL6", Direction.INCREASED, "condition", "human", "serum")
                .finding("r1", "IL6", Direction.INCREASED, "condition", "human", "plasma") // same study: one vote, two specimens
                .finding("r2", "IL6", Direction.INCREASED, "condition", "human", "serum")
                .finding("r2", "IL6", Direction.UNCHANGED, "condition", "human", "csf")    // unchanged aside: still up
                .finding("r3", "IL6", Direction.DECREASED, "condition", "human", null)
                .finding("r4", "IL6", Direction.INCREASED, "condition", "human", "serum")
                .finding("r4", "IL6", Direction.DECREASED, "condition", "human", "csf")     // conflict: no clear direction
                .finding("r5", "IL6", Direction.UNCHANGED, "condition", "human", "serum");  // only unchanged: no clear direction

        Stratum stratum = synthesise(PRIMARY, CHANGE).kinds().get(0).strata().get(0);
        SubjectSynthesis il6 = stratum.subjects().get(0);

        assertThat(stratum.values()).containsExactly("condition", "human");
        assertThat(stratum.label()).isEqualTo("condition · human");
        assertThat(stratum.studies()).isEqualTo(5);
        assertThat(il6.studies()).isEqualTo(5);
        assertThat(il6.studiesIncreased()).isEqualTo(3);  // r1, r2, r4
        assertThat(il6.studiesDecreased()).isEqualTo(2);  // r3, r4
        assertThat(il6.studiesUnchanged()).isEqualTo(2);  // r2, r5
        assertThat(il6.votes()).containsExactly(
                new StudyVote("r1", Vote.UP), new StudyVote("r2", Vote.UP), new StudyVote("r3", Vote.DOWN),
                new StudyVote("r4", Vote.NO_CLEAR_DIRECTION), new StudyVote("r5", Vote.NO_CLEAR_DIRECTION));
        assertThat(il6.signTestP()).isEqualTo(1.0); // 2 up, 1 down: 2 * (1 + 3) / 8
        // studies per specimen in the declared order, not stated last
        assertThat(il6.breakdowns()).containsExactly(new Breakdown("specimen", List.of(
                new ValueCount("serum", 4), new ValueCount("plasma", 1), new ValueCount("csf", 2), new ValueCount(null, 1))));
    }

    /**
     * Review s21 (reports), D2: a study one of whose findings names the specimen and another none was counted under "not
     * stated" too, where the report's key results count the studies stating none: "not stated (41)" in the table, "(38)"
     * above it. "Not stated" is a study that states no value.
     */
    @Test
    void notStatedCountsTheStudiesThatStateNoValue() {
        finding("both", "IL6", Direction.INCREASED, "condition", "human", "serum")
                .finding("both", "IL6", Direction.INCREASED, "condition", "human", null)
                .finding("none", "IL6", Direction.INCREASED, "condition", "human", null)
                .finding("two", "IL6", Direction.INCREASED, "condition", "human", "serum")
                .finding("two", "IL6", Direction.INCREASED, "condition", "human", "plasma");

        SubjectSynthesis il6 = synthesise(PRIMARY, CHANGE).kinds().get(0).strata().get(0).subjects().get(0);

        assertThat(il6.breakdowns()).containsExactly(new Breakdown("specimen", List.of(
                new ValueCount("serum", 2), new ValueCount("plasma", 1), new ValueCount(null, 1))));
    }

    @Test
    void findingsInDifferentStrataNeverShareAVoteAndTheLeadStratumComesFirst() {
        finding("drug-in-mice", "IL1B", Direction.DECREASED, "intervention", "animal", "serum")
                .finding("crohn-1", "IL1B", Direction.INCREASED, "condition", "human", "serum")
                .finding("unstated", "IL1B", Direction.INCREASED, null, "human", null)
                .finding("crohn-2", "IL1B", Direction.INCREASED, "condition", "human", null)
                .finding("colitis-mice", "IL1B", Direction.INCREASED, "condition", "animal", null)
                .finding("other", "IL1B", Direction.INCREASED, "condition", "zebrafish", null);

        List<Stratum> strata = synthesise(PRIMARY, CHANGE).kinds().get(0).strata();

        // declared values in their order, an undeclared value after them, not stated last
        assertThat(strata).extracting(Stratum::label).containsExactly("condition · human", "condition · animal",
                "condition · zebrafish", "intervention · animal", "not stated · human");
        assertThat(strata.get(0).subjects().get(0).votes()).extracting(StudyVote::recordId).containsExactly("crohn-1", "crohn-2");
        assertThat(strata.get(0).subjects().get(0).count(Vote.UP)).isEqualTo(2);
        assertThat(strata.get(3).subjects().get(0).votes()).containsExactly(new StudyVote("drug-in-mice", Vote.DOWN));
    }

    @Test
    void aFreeTextStratumAttributeIsCountedWithinTheStrataNotSplitIntoThem() {
        FindingKind withCondition = new FindingKind("marker-change", "Marker", "Markers", List.of(
                new Attribute("comparison", "Comparison", List.of("condition", "intervention"), Role.STRATUM),
                new Attribute("population", "Population", List.of("human", "animal"), Role.STRATUM),
                new Attribute("condition", "Condition", List.of(), Role.STRATUM),
                new Attribute("specimen", "Specimen", List.of("serum"), Role.BREAKDOWN)), Map.of());
        record Row(String record, Direction direction, String comparison, String population, String condition) {
        }
        for (Row row : List.of(new Row("crohn-1", Direction.INCREASED, "condition", "human", "Crohn's disease"),
                new Row("crohn-2", Direction.INCREASED, "condition", "human", "Crohn Disease"),
                new Row("uc", Direction.INCREASED, "condition", "human", null),
                new Row("drug-in-mice", Direction.DECREASED, "intervention", "animal", "colitis"))) {
            Map<String, String> attributes = new HashMap<>();
            attributes.put("comparison", row.comparison());
            attributes.put("population", row.population());
            attributes.put("condition", row.condition());
            add(row.record(), new Finding(row.record(), withCondition.name(), new Subject("IL1B", "IL-1β", "IL1B"), row.direction(),
                    attributes, span("IL1B"), "test", "1"));
        }

        assertThat(withCondition.synthesisStrata()).extracting(Attribute::name).containsExactly("comparison", "population");
        assertThat(withCondition.synthesisBreakdowns()).extracting(Attribute::name).containsExactly("condition", "specimen");
        List<Stratum> strata = synthesise(PRIMARY, withCondition).kinds().get(0).strata();
        assertThat(strata).extracting(Stratum::label).containsExactly("condition · human", "intervention · animal");
        SubjectSynthesis human = strata.get(0).subjects().get(0);
        assertThat(human.count(Vote.UP)).isEqualTo(3);
        assertThat(human.count(Vote.DOWN)).isZero();
        // spellings the extractor did not normalise stay apart in the count, alphabetically, not stated last
        assertThat(human.breakdown("condition")).isEqualTo(new Breakdown("condition", List.of(
                new ValueCount("Crohn Disease", 1), new ValueCount("Crohn's disease", 1), new ValueCount(null, 1))));
        assertThat(strata.get(1).subjects().get(0).votes()).containsExactly(new StudyVote("drug-in-mice", Vote.DOWN));
    }

    /** Review 15, H1 and M1: a retracted study, its retraction notice and its erratum voted as three studies. */
    @Test
    void retractedStudiesAndNoticesCastNoVoteByDefaultAndAreCountedApart() {
        finding("article", "IL6", Direction.INCREASED, "condition", "human", "serum")
                .finding("notice", "IL6", Direction.INCREASED, "condition", "human", "serum")
                .finding("erratum", "IL6", Direction.INCREASED, "condition", "human", "serum")
                .finding("other", "IL6", Direction.DECREASED, "condition", "human", null)
                .finding("retracted-review", "IL6", Direction.INCREASED, "condition", "human", null);
        retracted.addAll(List.of("article", "notice", "retracted-review"));
        designs.put("notice", StudyDesign.Type.NOTICE);
        designs.put("erratum", StudyDesign.Type.NOTICE);
        designs.put("retracted-review", StudyDesign.Type.REVIEW);

        Synthesis byDefault = synthesise(new SynthesisBuilder(List.of(CHANGE), PRIMARY));
        KindSynthesis kind = byDefault.kinds().get(0);
        assertThat(kind.strata().get(0).subjects().get(0).votes()).containsExactly(new StudyVote("other", Vote.DOWN));
        assertThat(kind.studiesNotVoting()).containsExactly(new DesignCount(StudyDesign.Type.PRIMARY, 1, true),
                new DesignCount(StudyDesign.Type.REVIEW, 1, true), new DesignCount(StudyDesign.Type.NOTICE, 1, false),
                new DesignCount(StudyDesign.Type.NOTICE, 1, true));
        assertThat(byDefault.retractedVotes()).isFalse();

        Synthesis counted = synthesise(new SynthesisBuilder(List.of(CHANGE), PRIMARY, true));
        assertThat(counted.kinds().get(0).strata().get(0).subjects().get(0).votes()).extracting(StudyVote::recordId)
                .containsExactly("article", "other");
        assertThat(counted.retractedVotes()).isTrue();
        assertThat(counted.votes(new StudyDesign(StudyDesign.Type.PRIMARY, true, "x"))).isTrue();
        assertThat(byDefault.votes(new StudyDesign(StudyDesign.Type.PRIMARY, true, "x"))).isFalse();
    }

    @Test
    void onlyVotingDesignsVoteAndTheOthersAreCountedByDesign() {
        finding("review", "IL6", Direction.INCREASED, "condition", "human", "serum")
                .finding("review", "TNF", Direction.INCREASED, "condition", "human", "serum")
                .finding("meta", "IL6", Direction.INCREASED, "condition", "human", null)
                .finding("study", "IL6", Direction.DECREASED, "condition", "human", null);
        designs.put("review", StudyDesign.Type.REVIEW);
        designs.put("meta", StudyDesign.Type.META_ANALYSIS);

        KindSynthesis kind = synthesise(PRIMARY, CHANGE).kinds().get(0);
        assertThat(kind.strata()).singleElement().satisfies(s ->
                assertThat(s.subjects()).singleElement().satisfies(il6 -> assertThat(il6.votes()).containsExactly(new StudyVote("study", Vote.DOWN))));
        assertThat(kind.studiesNotVoting()).containsExactly(new DesignCount(StudyDesign.Type.REVIEW, 1),
                new DesignCount(StudyDesign.Type.META_ANALYSIS, 1));

        KindSynthesis withReviews = synthesise(Set.of(StudyDesign.Type.PRIMARY, StudyDesign.Type.REVIEW), CHANGE).kinds().get(0);
        assertThat(withReviews.strata().get(0).subjects()).extracting(SubjectSynthesis::key).containsExactly("IL6", "TNF");
        assertThat(withReviews.strata().get(0).subjects().get(0).votes()).extracting(StudyVote::recordId).containsExactly("review", "study");
    }

    @Test
    void eachKindIsSynthesisedOnItsOwnAndAliasesShareTheirCanonicalKey() {
        finding("r1", "IL23A", Direction.INCREASED, "condition", "human", null)
                .finding("r2", "IL23", Direction.INCREASED, "condition", "human", null)
                .add("r2", new Finding("r2", OTHER.name(), new Subject("SLEEP", "sleep", "sleep"), Direction.UNCHANGED, Map.of(),
                        span("sleep"), "terms", "1"));

        Synthesis synthesis = synthesise(PRIMARY, CHANGE, OTHER);

        assertThat(synthesis.kinds()).extracting(k -> k.kind().name()).containsExactly("marker-change", "mention");
        SubjectSynthesis il23 = synthesis.kind("marker-change").strata().get(0).subjects().get(0);
        assertThat(il23.key()).isEqualTo("IL23");
        assertThat(il23.label()).isEqualTo("IL-23"); // the canonical key's own label, though IL-23A came first
        assertThat(il23.studies()).isEqualTo(2);
        assertThat(synthesis.kind("mention").strata()).singleElement().satisfies(s -> {
            assertThat(s.values()).isEmpty();
            assertThat(s.subjects()).extracting(SubjectSynthesis::key).containsExactly("SLEEP");
        });
        // without the second kind, the first kind's numbers are the same
        records.get("r2").remove(1);
        assertThat(synthesise(PRIMARY, CHANGE).kind("marker-change")).isEqualTo(synthesis.kind("marker-change"));
    }

    @Test
    void theKindFoundInMoreStudiesComesFirstCountingStudiesOfEveryDesignAndTiesKeepExtractorOrder() {
        // the extractors name "mention" second; its terms are in two studies (one a review), the markers in one
        add("r1", new Finding("r1", OTHER.name(), new Subject("SLEEP", "sleep", "sleep"), Direction.UNCHANGED, Map.of(), span("sleep"), "terms", "1"))
                .add("r2", new Finding("r2", OTHER.name(), new Subject("SLEEP", "sleep", "sleep"), Direction.UNCHANGED, Map.of(), span("sleep"), "terms", "1"))
                .finding("r1", "IL6", Direction.INCREASED, "condition", "human", null);
        designs.put("r2", StudyDesign.Type.REVIEW);
        assertThat(synthesise(PRIMARY, CHANGE, OTHER).kinds()).extracting(k -> k.kind().name()).containsExactly("mention", "marker-change");

        // as many studies each: the extractors' order
        records.remove("r2");
        assertThat(synthesise(PRIMARY, CHANGE, OTHER).kinds()).extracting(k -> k.kind().name()).containsExactly("marker-change", "mention");
        // a kind without findings comes last
        records.remove("r1");
        finding("r3", "IL6", Direction.INCREASED, "condition", "human", null);
        assertThat(synthesise(PRIMARY, OTHER, CHANGE).kinds()).extracting(k -> k.kind().name()).containsExactly("marker-change", "mention");
    }

    @Test
    void aMergedKeyHasOneLabelInEveryStratumWhateverTheOrderOfTheRecords() {
        // IL-23A (an alias) leads the animal stratum and is all the human one has; IL-23 itself comes
        // only in a later record, and in the intervention stratum only from a review
        finding("r1", "IL23A", Direction.INCREASED, "condition", "animal", null)
                .finding("r2", "IL23A", Direction.INCREASED, "condition", "human", null)
                .finding("r3", "IL23", Direction.DECREASED, "condition", "animal", null)
                .finding("r4", "IL23", Direction.INCREASED, "intervention", "human", null);
        designs.put("r4", StudyDesign.Type.REVIEW);

        Synthesis synthesis = synthesise(PRIMARY, CHANGE);
        assertThat(synthesis.kind("marker-change").strata()).extracting(Stratum::label)
                .containsExactly("condition · human", "condition · animal");
        assertThat(synthesis.kind("marker-change").strata()).flatExtracting(Stratum::subjects)
                .extracting(SubjectSynthesis::label).containsExactly("IL-23", "IL-23");

        // reversed, the records give the same labels
        Map<String, List<Finding>> reversed = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(records.keySet());
        java.util.Collections.reverse(ids);
        ids.forEach(id -> reversed.put(id, records.get(id)));
        records.clear();
        records.putAll(reversed);
        assertThat(synthesise(PRIMARY, CHANGE).kind("marker-change").strata()).flatExtracting(Stratum::subjects)
                .extracting(SubjectSynthesis::label).containsExactly("IL-23", "IL-23");

        // without IL-23 itself, the least of the aliases' labels, in every stratum
        records.remove("r3");
        records.remove("r4");
        finding("r5", "il23a", Direction.INCREASED, "condition", "human", null);
        records.get("r5").set(0, new Finding("r5", CHANGE.name(), new Subject("il23a", "IL-23p19", "IL-23p19"),
                Direction.INCREASED, Map.of("comparison", "condition", "population", "human"), span("IL23A"), "test", "1"));
        assertThat(synthesise(PRIMARY, CHANGE).kind("marker-change").strata()).flatExtracting(Stratum::subjects)
                .extracting(SubjectSynthesis::label).containsExactly("IL-23A", "IL-23A");
    }

    @Test
    void eightConsistentStudiesGiveTheHandComputedSignTest() {
        for (int i = 1; i <= 8; i++) {
            finding("r" + i, "TNF", Direction.INCREASED, "condition", "human", "serum");
        }
        assertThat(synthesise(PRIMARY, CHANGE).kinds().get(0).strata().get(0).subjects().get(0).signTestP()).isEqualTo(0.0078125);
    }

    @Test
    void ordersSubjectsNaturallyAndStudiesByFirstAppearance() {
        finding("b", "IL10", Direction.INCREASED, "condition", "human", null)
                .finding("a", "TNF", Direction.DECREASED, "condition", "human", null)
                .finding("c", "IL2", Direction.INCREASED, "condition", "human", null)
                .finding("a", "IL10", Direction.DECREASED, "condition", "human", null)
                .finding("c", "IL10", Direction.INCREASED, "condition", "human", null);

        Stratum stratum = synthesise(PRIMARY, CHANGE).kinds().get(0).strata().get(0);

        assertThat(stratum.subjects()).extracting(SubjectSynthesis::key).containsExactly("IL2", "IL10", "TNF");
        assertThat(stratum.subjects().get(1).votes()).extracting(StudyVote::recordId).containsExactly("b", "a", "c");
        assertThat(synthesise(PRIMARY, CHANGE)).isEqualTo(synthesise(PRIMARY, CHANGE));
    }
}
