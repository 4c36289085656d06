package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.api.RunSummary.Problem;
import org.junit.jupiter.api.Test;

class DuplicateMergerTest {

    private static final String TITLE = "Serum IL-6 in fibromyalgia patients and controls";

    private final List<BibliographicRecord> handedOn = new ArrayList<>();
    private final ProblemLog log = new ProblemLog();
    private final DuplicateMerger merger = new DuplicateMerger(handedOn::add, (keptId, keptOrigin, copy) -> { }, false, log);

    /** A PubMed CSV export's row: no abstract, no publication types. */
    private static BibliographicRecord csvRow(String pmid, String doi) {
        return BibliographicRecord.builder().pmid(pmid).doi(doi).title(TITLE).year(2020)
                .origin(new Origin("pubmed-csv", "dup.csv", 1, 2)).build();
    }

    /** The same article's MEDLINE record, with its abstract and publication types (one of which decides its design). */
    private static BibliographicRecord medline(String pmid, String doi) {
        return BibliographicRecord.builder().pmid(pmid).doi(doi).title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.").publicationType("Journal Article")
                .publicationType("Review").origin(new Origin("medline", "dup.txt", 3, 40)).build();
    }

    @Test
    void aLaterCopyHoldingTheAbstractAndTypesTheKeptOneLacksIsAWarningNamingBothCopies() throws Exception {
        merger.take(csvRow("90000010", "10.9999/dup.10"));
        merger.take(medline("90000010", "10.9999/dup.10"));
        // the other way round, the later copy holds nothing the kept one lacks: merged without a word
        merger.take(medline("90000011", "10.9999/dup.11"));
        merger.take(csvRow("90000011", "10.9999/dup.11"));
        merger.take(medline("90000011", "10.9999/dup.11"));

        assertThat(handedOn).extracting(r -> r.id() + " " + r.origins().get(0).file()).containsExactly("90000010 dup.csv", "90000011 dup.txt");
        assertThat(merger.merged()).isEqualTo(3);
        assertThat(merger.duplicates()).extracting(d -> d.recordId() + " " + d.origins().stream().map(Origin::file).toList())
                .containsExactly("90000010 [dup.csv, dup.txt]", "90000011 [dup.txt, dup.csv, dup.txt]");
        assertThat(log.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.file()).isEqualTo("dup.txt");
            assertThat(p.recordNumber()).isEqualTo(3);
            assertThat(p.line()).isEqualTo(40);
            assertThat(p.recordId()).isEqualTo("90000010");
            assertThat(p.message()).isEqualTo("PMID 90000010: the copy kept, dup.csv:2 (record 1), has no abstract and no"
                    + " publication types that decide its design, which the later copy dup.txt:40 (record 3) has; that copy was merged into it as a duplicate and what it holds left out, so its"
                    + " abstract was not searched for findings and the design was not read from its publication types."
                    + " Name the fuller export first, or leave out the export without abstracts");
        });
        assertThat(log.notices()).singleElement().asString().contains("name the MEDLINE or XML export before the others")
                .as("the advice works for two exports in one folder too")
                .contains("name the fuller file before its folder (evidentia run exports/pubmed.txt exports/: a file is read once)");
    }

    /** An explorer's E (s18b): two rows of a sheet with one PMID, another title, year and abstract, merged without a word. */
    @Test
    void aRowOfTheSamePmidWithAnotherTitleInTheSameFileIsAWarningAndNotBetweenFiles() throws Exception {
        merger.take(BibliographicRecord.builder().pmid("5").title("Serum IL-6 in lupus patients and controls").year(2020)
                .origin(new Origin("csv-table", "sheet.csv", 1, 2)).build());
        merger.take(BibliographicRecord.builder().pmid("5").title("Serum TNF in gout patients and controls").year(2021)
                .origin(new Origin("csv-table", "sheet.csv", 2, 3)).build());
        // the same title again, and another title from another file: copies, not told
        merger.take(BibliographicRecord.builder().pmid("5").title("Serum IL-6 in lupus patients and controls").year(2020)
                .origin(new Origin("csv-table", "sheet.csv", 3, 4)).build());
        merger.take(BibliographicRecord.builder().pmid("5").title("Serum IL-6 in lupus patients and in controls").year(2019)
                .origin(new Origin("medline", "lupus.txt", 1, 1)).build());

        assertThat(merger.merged()).isEqualTo(3);
        assertThat(log.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.file()).isEqualTo("sheet.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("sheet.csv:3 (record 2) has the PMID 5 of the record 5, sheet.csv:2 (record 1), in the"
                    + " same file, but another title; it was taken as a copy and merged into the first, so its text was not"
                    + " searched for findings: mend the id of the one that is mistyped");
        });
    }

    /** The review of session 18: a row leaving the year out, or another version of the record, is no mistyped id. */
    @Test
    void aRowWithoutItsYearOrAnotherVersionOfTheSameTitleIsNoOtherRecord() throws Exception {
        merger.take(BibliographicRecord.builder().pmid("5").title("Serum IL-6 in lupus patients and controls").year(2020)
                .origin(new Origin("csv-table", "sheet.csv", 1, 2)).build());
        merger.take(BibliographicRecord.builder().pmid("5").title("Serum IL-6 in lupus patients and controls")
                .origin(new Origin("csv-table", "sheet.csv", 2, 3)).build());
        merger.take(BibliographicRecord.builder().pmid("5").version(2).title("Serum IL-6 in lupus patients and in their controls")
                .year(2020).origin(new Origin("csv-table", "sheet.csv", 3, 4)).build());

        assertThat(merger.merged()).isEqualTo(2);
        assertThat(log.problems()).extracting(Problem::message).noneMatch(m -> m.contains("another title"));
    }

    @Test
    void aLaterVersionMergedIntoTheFirstReadIsAWarningThatPointsToTheStore() throws Exception {
        BibliographicRecord.Builder base = BibliographicRecord.builder().pmid("90000020").title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.");
        merger.take(base.version(1).origin(new Origin("pubmed-xml", "baseline.xml", 1, 3)).build());
        merger.take(BibliographicRecord.builder().pmid("90000020").title(TITLE).year(2020).version(2)
                .section(null, "Serum IL-6 levels were lower in patients than in controls.")
                .origin(new Origin("pubmed-xml", "update.xml", 1, 5)).build());
        // the same version again, or an earlier one, is a plain duplicate
        merger.take(BibliographicRecord.builder().pmid("90000020").title(TITLE).year(2020).version(1)
                .origin(new Origin("pubmed-xml", "again.xml", 1, 5)).build());

        assertThat(handedOn).extracting(r -> r.origins().get(0).file()).containsExactly("baseline.xml");
        assertThat(log.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.file()).isEqualTo("update.xml");
            assertThat(p.message()).isEqualTo("record 90000020: version 2, update.xml:5 (record 1), was merged into version 1,"
                    + " baseline.xml:3 (record 1), which is kept, so the later version's text was not searched for findings");
        });
        assertThat(log.notices()).singleElement().asString().contains("`evidentia run --store review.db ...`");
    }

    /**
     * The review of session 29, Y2: a retracted study voted when a copy without publication types was read before the
     * MEDLINE copy marked retracted, and the warning spoke of the design only. Here the kept copy has types that decide
     * its design (so no fuller-copy warning) and only the later copy is marked retracted, as a PubMed update file's is.
     */
    @Test
    void aLaterCopyMarkedRetractedThatTheKeptOneIsNotIsAWarningThatTheStudyVotes() throws Exception {
        merger.take(medline("90000050", "10.9999/dup.50"));
        merger.take(BibliographicRecord.builder().pmid("90000050").doi("10.9999/dup.50").title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.").publicationType("Review")
                .publicationType("Retracted Publication").origin(new Origin("medline", "update.txt", 7, 90)).build());
        // kept retracted, the later copy not: nothing lost
        merger.take(BibliographicRecord.builder().pmid("90000051").title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.").publicationType("Review")
                .publicationType("Retracted Publication").origin(new Origin("medline", "dup.txt", 8, 120)).build());
        merger.take(medline("90000051", null));

        assertThat(merger.merged()).isEqualTo(2);
        assertThat(log.problems()).extracting(Problem::recordId, Problem::file, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("90000050", "update.txt", "PMID 90000050: the later copy update.txt:90 (record 7)"
                        + " is marked a retracted publication (by its publication types or its link to the retraction notice), and"
                        + " the copy kept, dup.txt:40 (record 3), is not: the reports take the study as not retracted, and its"
                        + " findings vote in the synthesis. Name the file that marks the retraction first (an export made after it),"
                        + " or use a findings store (--store), which takes the retraction whatever the order"));
    }

    /**
     * The review of session 29's change, R13 and R3: a retraction told by a link to its notice (an Abstract export's
     * "Retraction in", MEDLINE's RIN) was not seen, so a kept copy so marked was said not to be and a later one was lost
     * in silence; and a PubMed CSV row kept for a MEDLINE copy whose only telling type is "Retracted Publication" was
     * also said to lack types that decide its design.
     */
    @Test
    void aRetractionToldByALinkCountsAndARetractionTypeIsNoDesignLost() throws Exception {
        merger.take(medline("90000060", null));
        merger.take(BibliographicRecord.builder().pmid("90000060").title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.")
                .metadata("Retraction in", "J Imm. 2021;2:3. PMID: 90000099").origin(new Origin("pubmed-abstract-text", "abstracts.txt", 2, 30)).build());
        // kept retracted by its link, a later copy retracted by its types: nothing lost
        merger.take(BibliographicRecord.builder().pmid("90000061").title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.")
                .metadata("RIN", "J Imm. 2021;2:3. PMID: 90000098").origin(new Origin("medline", "rin.txt", 1, 1)).build());
        merger.take(BibliographicRecord.builder().pmid("90000061").title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.").publicationType("Journal Article")
                .publicationType("Retracted Publication").origin(new Origin("medline", "later.txt", 1, 1)).build());
        // a CSV row kept, a MEDLINE copy whose types are only "Journal Article" and "Retracted Publication"
        merger.take(csvRow("90000062", null));
        merger.take(BibliographicRecord.builder().pmid("90000062").title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.").publicationType("Journal Article")
                .publicationType("Retracted Publication").origin(new Origin("medline", "later.txt", 2, 20)).build());

        assertThat(log.problems()).extracting(Problem::recordId, Problem::message).satisfiesExactly(
                p -> assertThat(p.toList()).first().isEqualTo("90000060"),
                p -> assertThat(p.toList().get(1).toString()).startsWith("PMID 90000062: the copy kept, dup.csv:2 (record 1), has no"
                        + " abstract, which the later copy later.txt:20 (record 2) has;"),
                p -> assertThat(p.toList().get(1).toString()).startsWith("PMID 90000062: the later copy later.txt:20 (record 2) is marked"
                        + " a retracted publication"));
        assertThat(log.problems().get(0).message()).startsWith("PMID 90000060: the later copy abstracts.txt:30 (record 2) is marked a"
                + " retracted publication");

        // S1: a typed copy linked to its retraction (RIN) with no retraction type counts as the classifier counts it
        merger.take(medline("90000063", null));
        merger.take(BibliographicRecord.builder().pmid("90000063").title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.").publicationType("Journal Article")
                .publicationType("Review").metadata("RIN", "J Imm. 2021;2:3. PMID: 90000097").origin(new Origin("medline", "rin2.txt", 1, 1))
                .build());
        assertThat(log.problems()).last().extracting(Problem::message).asString()
                .startsWith("PMID 90000063: the later copy rin2.txt:1 (record 1) is marked a retracted publication");
    }

    @Test
    void publicationTypesThatDecideNothingAreNotMissed() throws Exception {
        BibliographicRecord abstractText = BibliographicRecord.builder().pmid("90000040").title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.")
                .origin(new Origin("pubmed-abstract-text", "abstracts.txt", 1, 1)).build();
        merger.take(abstractText);
        merger.take(BibliographicRecord.builder().pmid("90000040").title(TITLE).year(2020)
                .section(null, "Serum IL-6 levels were higher in patients than in controls.").publicationType("Journal Article")
                .origin(new Origin("medline", "dup.txt", 3, 40)).build());

        assertThat(merger.merged()).isEqualTo(1);
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void aDoiOnlyCopyKeptForOneWithAPmidSaysThePmidIsMissing() throws Exception {
        merger.take(csvRow(null, "10.1007/s11916-003-0032-2"));
        merger.take(BibliographicRecord.builder().pmid("90000020").doi("10.1007/s11916-003-0032-2").title(TITLE).year(2020)
                .origin(new Origin("pubmed-csv", "later.csv", 4, 5)).build());

        assertThat(handedOn).singleElement().satisfies(r -> assertThat(r.pmid()).isNull());
        assertThat(log.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "record 10.1007/s11916-003-0032-2 (PMID 90000020 in the merged copy): the copy kept, dup.csv:2 (record 1), has no PMID,"
                        + " which the later copy later.csv:5 (record 4) has; that copy was merged into it as a duplicate and what it holds left out, so the reports give no PMID. Name the fuller export first"));
    }

    // The review of session 19, D1: in one store run, the DOI-only record kept and its copy with the PMID merged, the store
    // never saw the PMID, which a later run's copy gives it
    @Test
    void forARecorderACopyFoundByItsDoiThatBringsThePmidTheKeptRecordLacksGoesOn() throws Exception {
        List<BibliographicRecord> recorded = new ArrayList<>();
        DuplicateMerger forStore = new DuplicateMerger(recorded::add, (keptId, keptOrigin, copy) -> { }, true, log);
        forStore.take(csvRow(null, "10.1007/s11916-003-0032-2"));
        forStore.take(medline("90000020", "10.1007/s11916-003-0032-2"));

        assertThat(recorded).extracting(BibliographicRecord::pmid).containsExactly(null, "90000020");
        assertThat(forStore.merged()).isZero();
        assertThat(log.problems()).as("the store takes the PMID: no copy's PMID is left out").isEmpty();
        // a run without a recorder merges it, as before (the test above)
    }

    @Test
    void aWarningForEachFullerCopyAndOneNoticeForTheRun() throws Exception {
        for (int i = 0; i < 3; i++) {
            merger.take(csvRow("9000003" + i, null));
        }
        for (int i = 0; i < 3; i++) {
            merger.take(medline("9000003" + i, null));
        }

        assertThat(log.problems()).extracting(Problem::recordId).containsExactly("90000030", "90000031", "90000032");
        assertThat(log.notices()).hasSize(1);
    }
}
