package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidentia.api.BibliographicRecord;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {

    private final DuplicateIndex index = new DuplicateIndex();

    private static BibliographicRecord.Builder record() {
        return BibliographicRecord.builder().year(2020);
    }

    @Test
    void theSamePmidIsADuplicate() {
        assertThat(index.findOrAdd(record().pmid("123").title("Interleukin-6 in fibromyalgia patients").build(), 0)).isEqualTo(-1);
        assertThat(index.findOrAdd(record().pmid("123").title("Another title altogether, long enough").build(), 1)).isZero();
        assertThat(index.findOrAdd(record().pmid("1234").build(), 2)).isEqualTo(-1);
    }

    @Test
    void theSameDoiInAnyCaseIsADuplicateUnlessBothHaveTheirOwnPmid() {
        index.findOrAdd(record().pmid("1").doi("10.1000/ABC.1").build(), 0);
        assertThat(index.findOrAdd(record().doi("10.1000/abc.1").build(), 1)).isZero();
        assertThat(index.findOrAdd(record().pmid("2").doi("10.1000/abc.1").build(), 2)).as("another PMID").isEqualTo(-1);
    }

    /** The code review of session 26, C5: a BioC file's https://doi.org/10.1/x and a RIS file's 10.1/x were two records. */
    @Test
    void theSameDoiBehindAResolverOrDoiColonIsADuplicate() {
        index.findOrAdd(record().doi("https://doi.org/10.1000/ABC.1").title("A record of a BioC file, long enough").build(), 0);
        assertThat(index.findOrAdd(record().doi("10.1000/abc.1").title("Its RIS copy, worded another way").build(), 1)).isZero();
        assertThat(index.findOrAdd(record().doi("doi: 10.1000/ABC.1").title("A third copy, worded yet another way").build(), 2)).isZero();
        assertThat(index.findOrAdd(record().doi("HTTP://DX.DOI.ORG/10.1000/abc.1").title("A fourth, long enough to key").build(), 3)).isZero();
        assertThat(index.findOrAdd(record().doi("10.1000/abc.2").title("Another paper, long enough to key").build(), 4)).isEqualTo(-1);
    }

    /** An explorer's F3: two rows of a sheet given one id were two records of a run, one study of its synthesis and one record of a store. */
    @Test
    void theSameIdASourceGaveIsADuplicateWhereNoPmidOrDoiTellsTheRecordsApart() {
        assertThat(index.findOrAdd(record().id("R1").title("A first study with a title long enough").build(), 0)).isEqualTo(-1);
        assertThat(index.foundByIdAlone()).isFalse();
        assertThat(index.findOrAdd(record().id("R1").title("A second study with another title").build(), 1)).isZero();
        assertThat(index.foundByIdAlone()).isTrue();
        assertThat(index.findOrAdd(record().id("R1").title("A first study with a title long enough").build(), 2)).isZero();
        assertThat(index.foundByIdAlone()).as("the same title and year: a copy").isFalse();
        assertThat(index.findOrAdd(record().id("R2").title("A second study with another title").year(2019).build(), 3)).isEqualTo(-1);
        assertThat(index.findOrAdd(record().id("R1").pmid("42").title("A third title, long enough to key").build(), 4))
                .as("one id, though PMIDs of their own").isZero();
        assertThat(index.findOrAdd(record().pmid("43").title("A fourth title, long enough to key").build(), 5)).isEqualTo(-1);
        assertThat(index.findOrAdd(record().id("43").title("A fifth title, long enough to key").build(), 6))
                .as("an id that is another record's PMID: one id, one record (the review of session 17)").isEqualTo(5);
        assertThat(index.foundByIdAlone()).isTrue();
    }

    // The review of session 17, issue 1: a record whose id is its PMID or DOI and another a source gave that text as its id were
    // two records of a run, but one record of a findings store and one study of the synthesis, which key a record by its id
    @Test
    void anIdThatIsAnotherRecordsPmidOrDoiIsOneRecord() {
        index.findOrAdd(record().id("4242").title("A study known by its sheet id only").build(), 0);
        assertThat(index.findOrAdd(record().pmid("4242").title("A MEDLINE record of the same text as PMID").build(), 1))
                .as("the PMID after the sheet's id").isZero();
        assertThat(index.foundByIdAlone()).isTrue();
        index.findOrAdd(record().doi("10.1000/Abc").title("A record known by its DOI alone here").build(), 2);
        assertThat(index.findOrAdd(record().id("10.1000/Abc").title("A sheet row of another title entirely").build(), 3))
                .as("a sheet's id after the DOI").isEqualTo(2);
        assertThat(index.foundByIdAlone()).isTrue();
        assertThat(index.findOrAdd(record().id("10.1000/abc").title("A sheet row of a third title entirely").build(), 7))
                .as("ids compare exactly, as a store keys them (the review of session 19's change, R13)").isEqualTo(-1);
        // the PMID or DOI of a record whose id is another text is not that record's id
        index.findOrAdd(record().id("S1").pmid("77").doi("10.1000/xyz").title("A sheet row with its own id and a PMID").build(), 4);
        assertThat(index.findOrAdd(record().id("77").title("Another sheet row of another title here").build(), 5)).isEqualTo(-1);
        assertThat(index.findOrAdd(record().id("10.1000/xyz").title("A third sheet row of another title here").build(), 6))
                .isEqualTo(-1);
    }

    // The review of session 17, issue 2: an id made from the title alone is one in two years, and one record to a store
    @Test
    void oneTitleInTwoYearsHasOneIdAndIsOneRecord() {
        assertThat(index.findOrAdd(record().title("Serum IL-6 in fibromyalgia: a cohort").year(2019).build(), 0)).isEqualTo(-1);
        assertThat(index.findOrAdd(record().title("Serum IL-6 in fibromyalgia: a cohort").year(2021).build(), 1)).isZero();
        assertThat(index.foundByIdAlone()).as("told: not known as a copy by its title and year").isTrue();
        assertThat(index.findOrAdd(record().title("Editorial.").year(2019).build(), 2)).isEqualTo(-1);
        assertThat(index.findOrAdd(record().title("Editorial.").year(2020).build(), 3)).as("a title too short to key, one id").isEqualTo(2);
    }

    @Test
    void theSameTitleFoldedToLettersAndDigitsAndTheSameYearIsADuplicate() {
        // ids of their own, so that the title and year alone are weighed (an id made from the title is one in any year)
        index.findOrAdd(record().id("a").title("Serum IL-6 in Fibromyalgia: A Cohort").build(), 0);
        assertThat(index.findOrAdd(record().id("b").title("serum il 6 in fibromyalgia, a cohort.").build(), 1)).isZero();
        assertThat(index.foundByIdAlone()).isFalse();
        assertThat(index.findOrAdd(record().id("c").title("Serum IL-6 in Fibromyalgia: A Cohort").year(2021).build(), 2))
                .as("another year").isEqualTo(-1);
        assertThat(index.findOrAdd(record().id("d").title("Serum IL-6 in Fibromyalgia: A Cohort").year(null).build(), 3))
                .as("no year").isEqualTo(-1);
        assertThat(index.findOrAdd(record().id("e").title("Serum IL-6 in fibromyalgia: a cohort").year(null).build(), 4)).isEqualTo(3);
    }

    @Test
    void titlesFoldAlikeInAnyScriptAndTheCharsBesideTheAsciiLettersAndDigitsAreNone() {
        index.findOrAdd(record().title("Interleukine-6 über Fibromyalgie: Étude Δ2").build(), 0);
        assertThat(index.findOrAdd(record().title("INTERLEUKINE 6 ÜBER FIBROMYALGIE ÉTUDE δ2").build(), 1)).isZero();
        index.findOrAdd(record().title("Serum@IL[6`in{fibromyalgia/a:cohort").build(), 2);
        assertThat(index.findOrAdd(record().title("serum il 6 in fibromyalgia a cohort").build(), 3)).isEqualTo(2);
        assertThat(index.findOrAdd(record().title("serum il 6 in fibromyalgia b cohort").build(), 4)).isEqualTo(-1);
    }

    @Test
    void aTitleOfFewerThanTwentyLettersAndDigitsTellsNothing() {
        index.findOrAdd(record().id("a").title("Cytokines (a note).").build(), 0); // 14 letters
        assertThat(index.findOrAdd(record().id("b").title("Cytokines: a note").build(), 1)).isEqualTo(-1);
        index.findOrAdd(record().id("c").title("Cytokines in twenty!").build(), 2); // 17
        assertThat(index.findOrAdd(record().id("d").title("cytokines in twenty").build(), 3)).isEqualTo(-1);
        index.findOrAdd(record().id("e").title("Cytokines: twenty-one chars").build(), 4); // 23
        assertThat(index.findOrAdd(record().id("f").title("cytokines twenty one chars").build(), 5)).isEqualTo(4);
    }

    @Test
    void manyRecordsStayApartAndAreFoundAgain() {
        int n = 40_000; // 80,000 keys: the buckets double five times, over several chunks of each column
        for (int i = 0; i < n; i++) {
            assertThat(index.findOrAdd(record().pmid(String.valueOf(i)).title("A study of cytokine number " + i).build(), i)).isEqualTo(-1);
        }
        for (int i = 0; i < n; i++) {
            assertThat(index.findOrAdd(record().title("a study of cytokine number " + i).build(), n + i)).isEqualTo(i);
            assertThat(index.findOrAdd(record().pmid(String.valueOf(i)).build(), n + i)).isEqualTo(i);
        }
    }
}
