package org.evidentia.plugins.ris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.plugins.ris.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RisSourceTest {

    private final RisSource source = new RisSource();

    @Test
    void readsAnEndNoteExportOfPubmedRecordsWithPmidPmcidDoiAndStructuredAbstract() {
        CountingRead run = CountingRead.of(source, fixture("endnote-pubmed.ris"));

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.declared()).isEqualTo(2);
        assertThat(run.records()).hasSize(2);
        BibliographicRecord first = run.records().get(0);
        assertThat(first.id()).isEqualTo("96000001");
        assertThat(first.pmid()).isEqualTo("96000001");
        assertThat(first.pmcid()).isEqualTo("PMC9600001");
        assertThat(first.doi()).isEqualTo("10.9999/ris.endnote.1");
        assertThat(first.title()).isEqualTo("Sleep restriction and interleukin-6 in healthy volunteers: a randomised crossover study");
        assertThat(first.authors()).containsExactly("Marlowe AK", "Ostrander B", "van der Berg JW");
        assertThat(first.journal()).isEqualTo("Journal of Sleep and Inflammation");
        assertThat(first.year()).isEqualTo(2019);
        assertThat(first.publicationTypes()).containsExactly("Journal Article", "Randomized Controlled Trial");
        assertThat(first.keywords()).containsExactly("Adult", "Interleukin-6/*blood", "Sleep Deprivation/*immunology");
        assertThat(first.sections()).extracting(AbstractSection::label)
                .containsExactly("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS");
        assertThat(first.sections().get(2).text())
                .isEqualTo("After restricted sleep, serum IL-6 was increased compared with normal sleep, while TNF-alpha did not change.");
        assertThat(first.metadata()).containsEntry("AD", List.of("Department of Sleep Medicine, Example University Hospital, Springfield, USA."))
                .containsEntry("SN", List.of("1234-5678 (Print)")).containsEntry("TY", List.of("JOUR"))
                .containsEntry("AU", List.of("Marlowe, Anna K.", "Ostrander, B.", "van der Berg, Jan-Willem"))
                .doesNotContainKey("ER");
        assertThat(first.origins()).containsExactly(new Origin("ris", fixture("endnote-pubmed.ris").toString(), 1, 1));
        assertThat(run.records().get(1).origins().get(0).line()).isEqualTo(33);
        assertThat(run.records().get(1).abstractText())
                .isEqualTo("Monocytes from patients with chronic widespread pain were stimulated in vitro. "
                        + "Their release of IL-10 was decreased relative to that of matched controls.");
    }

    @Test
    void readsAZoteroExportWithParagraphSectionsDoiLinkAndPubmedAddress() {
        CountingRead run = CountingRead.of(source, fixture("zotero.ris"));

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.declared()).isEqualTo(2);
        BibliographicRecord article = run.records().get(0);
        assertThat(article.doi()).isEqualTo("10.9999/ris.zotero.1");
        assertThat(article.pmid()).isEqualTo("96000003");
        assertThat(article.authors()).containsExactly("Feldmann K", "O'Neill S");
        assertThat(article.journal()).isEqualTo("European Journal of Exercise Immunology");
        assertThat(article.year()).isEqualTo(2020);
        assertThat(article.sections()).containsExactly(
                new AbstractSection("Background", "Eccentric exercise damages muscle and may provoke a systemic response."),
                new AbstractSection("Methods", "Fourteen untrained men performed 300 eccentric contractions of the knee extensors."),
                new AbstractSection("Results", "Plasma IL-6 rose two hours after exercise, whereas IL-1β was unchanged."));
        assertThat(article.keywords()).containsExactly("Exercise", "Interleukin-6");

        BibliographicRecord abstractOnly = run.records().get(1);
        assertThat(abstractOnly.pmid()).isNull();
        assertThat(abstractOnly.doi()).isNull();
        assertThat(abstractOnly.id()).isEqualTo(BibliographicRecord.titleId("Salivary cortisol and IL-8 in night-shift nurses"));
        assertThat(abstractOnly.journal()).as("a conference's T2 is the meeting, not a journal").isNull();
        assertThat(abstractOnly.metadata()).containsEntry("T2", List.of("Annual Meeting of the Society for Occupational Health"));
        assertThat(abstractOnly.publicationTypes()).containsExactly("Conference Proceeding");
        assertThat(abstractOnly.year()).isEqualTo(2022);
    }

    @Test
    void readsAScopusExportWhosePubmedIdIsInC2() {
        CountingRead run = CountingRead.of(source, fixture("scopus.ris"));

        assertThat(run.log().problems()).isEmpty();
        BibliographicRecord record = run.records().get(0);
        assertThat(record.pmid()).isEqualTo("96000004");
        assertThat(record.pmcid()).isNull();
        assertThat(record.doi()).isEqualTo("10.9999/ris.scopus.1");
        assertThat(record.authors()).containsExactly("Lindqvist M", "Haddad RS");
        assertThat(record.publicationTypes()).containsExactly("Journal Article", "Article");
        assertThat(record.metadata()).containsEntry("N1", List.of("Cited By :3; Export Date: 11 June 2023"));
    }

    @Test
    void readsReferenceManagerStyleTagsWithWrappedLinesAndAPmidInTheNotes() {
        CountingRead run = CountingRead.of(source, fixture("refman-style.ris"));

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.declared()).isEqualTo(2);
        BibliographicRecord record = run.records().get(0);
        assertThat(record.title()).isEqualTo("Cerebrospinal fluid chemokines in chronic fatigue");
        assertThat(record.authors()).containsExactly("Okafor CN", "Brandt L");
        assertThat(record.journal()).isEqualTo("Journal of Neuroimmune Studies");
        assertThat(record.year()).isEqualTo(2016);
        assertThat(record.pmid()).isEqualTo("96000005");
        assertThat(record.sections()).containsExactly(new AbstractSection(null, "Cerebrospinal fluid concentrations of "
                + "CXCL10 were lower in patients than in healthy controls, and CCL2 did not differ between the groups."));
        BibliographicRecord withoutIds = run.records().get(1);
        assertThat(withoutIds.id()).isEqualTo(BibliographicRecord.titleId("A record with neither identifier written"));
        assertThat(withoutIds.hasAbstract()).isFalse();
    }

    @Test
    void accessionNumbersOfOtherDatabasesAreNotTakenForPmids(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed.ris");
        Files.writeString(file, """
                TY  - JOUR
                TI  - From Embase
                AN  - 612345678
                DB  - Embase
                ER  -\s
                TY  - JOUR
                TI  - From Web of Science
                AN  - WOS:000123456700001
                ER  -\s
                TY  - JOUR
                TI  - Labelled in the accession number
                AN  - PMID: 96000009
                DB  - Embase
                ER  -\s
                TY  - CONF
                TI  - A conference whose C2 is a year, as EndNote writes it
                C2  - 2019
                ER  -\s
                """);

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly(null, null, "96000009", null);
        assertThat(run.records().get(0).metadata()).containsEntry("AN", List.of("612345678"));
    }

    /**
     * The review of session 29, C5: RIS kept a PMID rule of its own (nine digits at most), so a PubMed accession number
     * padded to ten digits was no PMID and the record merged with its MEDLINE copy without it; every other source reads
     * PMIDs by the kit's rule.
     */
    @Test
    void aPmidPaddedWithZerosIsReadAsEveryOtherSourceReadsIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("padded.ris");
        Files.writeString(file, """
                TY  - JOUR
                TI  - Padded in the accession number
                AN  - 0031234568
                DB  - PubMed
                ER  -\s
                TY  - JOUR
                TI  - Padded in the notes
                N1  - PMID: 000031234569
                ER  -\s
                TY  - JOUR
                TI  - Padded in the address
                UR  - https://pubmed.ncbi.nlm.nih.gov/0031234570
                ER  -\s
                TY  - JOUR
                TI  - Zero is no PMID
                AN  - 0000
                DB  - PubMed
                ER  -\s
                """);

        CountingRead run = CountingRead.of(source, file);

        assertThat(run.records()).extracting(BibliographicRecord::pmid).containsExactly("31234568", "31234569", "31234570", null);
    }
}
