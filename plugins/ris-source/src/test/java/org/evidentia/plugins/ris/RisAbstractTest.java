package org.evidentia.plugins.ris;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.AbstractSection;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.RunSummary.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How wrapped, repeated and hyphenated abstract and title lines are read (review s20, items 4, 7 and 8). */
class RisAbstractTest {

    private final RisSource source = new RisSource();

    @TempDir
    Path dir;

    private CountingRead read(String ris) throws IOException {
        Path file = dir.resolve("in.ris");
        Files.writeString(file, ris);
        return CountingRead.of(source, file);
    }

    /** The review of session 26's change, R8: Scopus's "[No abstract available]" was read as an abstract. */
    @Test
    void aPlaceholderForNoAbstractIsNoAbstract() throws IOException {
        CountingRead run = read("""
                TY  - JOUR
                TI  - Cytokines in sepsis
                DO  - 10.9999/scopus.1
                AB  - [No abstract available]
                ER  -\s
                TY  - JOUR
                TI  - Cytokines in sepsis, a letter
                DO  - 10.9999/scopus.2
                AB  - No abstract available.
                ER  -\s
                TY  - JOUR
                TI  - Cytokines in sepsis, an abstract on them
                DO  - 10.9999/scopus.3
                AB  - No abstract available for IL-6 was ever found; serum IL-6 rose.
                ER  -\s
                """);

        assertThat(run.records()).extracting(r -> r.sections().size()).containsExactly(0, 0, 1);
    }

    /** The review of session 26's change, Q3: a placeholder AB beside an N2 holding the abstract gave no abstract, and a warning. */
    @Test
    void anN2AbstractBesideAPlaceholderAbIsTheAbstract() throws IOException {
        CountingRead run = read("""
                TY  - JOUR
                TI  - Cytokines in sepsis
                DO  - 10.9999/scopus.4
                AB  - [No abstract
                available]
                N2  - Serum IL-6 was increased in septic patients.
                ER  -\s
                """);

        assertThat(run.records().get(0).sections()).containsExactly(new AbstractSection(null, "Serum IL-6 was increased in septic patients."));
        assertThat(run.log().problems()).isEmpty();
    }

    @Test
    void aWrappedLineEndingInAnAbbreviationDoesNotCutTheSentence() throws IOException {
        CountingRead run = read("""
                TY  - JOUR
                TI  - Cytokines in sepsis
                AN  - PMID: 7654321
                AB  - In septic patients, serum IL-6 levels were significantly
                higher than in controls. Serum TNF-alpha levels (measured by ELISA, approx.
                2 h after admission) were significantly higher in patients than in controls.
                ER  -\s
                TY  - JOUR\r
                TI  - Cytokines in sepsis, CRLF\r
                AB  - Serum IL-6 levels were significantly higher in septic patients vs.\r
                controls, and TNF-alpha was elevated in patients with sepsis compared with e.g.\r
                healthy donors; see Smith et al.\r
                Reported levels were similar.\r
                ER  -\s
                """);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records().get(0).sections()).containsExactly(new AbstractSection(null, "In septic patients, serum IL-6"
                + " levels were significantly higher than in controls. Serum TNF-alpha levels (measured by ELISA, approx."
                + " 2 h after admission) were significantly higher in patients than in controls."));
        assertThat(run.records().get(1).sections()).containsExactly(new AbstractSection(null, "Serum IL-6 levels were"
                + " significantly higher in septic patients vs. controls, and TNF-alpha was elevated in patients with sepsis"
                + " compared with e.g. healthy donors; see Smith et al. Reported levels were similar."));
    }

    @Test
    void aParagraphEndsAtAnEmptyLineALabelOrAShortLineEndingASentence() throws IOException {
        CountingRead run = read("""
                TY  - JOUR
                TI  - Paragraphs on lines of their own
                AB  - Serum IL-6 was measured in patients with sepsis.
                Serum TNF-alpha was measured in the same patients, and it was higher than in the controls.
                ER  -\s
                TY  - JOUR
                TI  - Wrapped at a fixed width, one sentence ending at a full line
                AB  - Serum IL-6 was measured in 40 patients and 40 controls by ELISA.
                Levels were higher in patients than in controls (p < 0.01). Serum
                TNF-alpha did not differ.

                An empty line ends a paragraph.
                ER  -\s
                TY  - JOUR
                TI  - Upper-case labels at the start of lines
                AB  - BACKGROUND: Sepsis is common and IL-6 is thought to rise in it, as reported by Smith et al.
                RESULTS: Serum IL-6 was higher in patients.
                ER  -\s
                """);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records().get(0).sections()).as("the first line had room for 'Serum': a new paragraph").containsExactly(
                new AbstractSection(null, "Serum IL-6 was measured in patients with sepsis."),
                new AbstractSection(null, "Serum TNF-alpha was measured in the same patients, and it was higher than in the controls."));
        assertThat(run.records().get(1).sections()).as("'Levels' did not fit on the full first line: wrapped").containsExactly(
                new AbstractSection(null, "Serum IL-6 was measured in 40 patients and 40 controls by ELISA. Levels were higher"
                        + " in patients than in controls (p < 0.01). Serum TNF-alpha did not differ."),
                new AbstractSection(null, "An empty line ends a paragraph."));
        assertThat(run.records().get(2).sections()).containsExactly(
                new AbstractSection("BACKGROUND", "Sepsis is common and IL-6 is thought to rise in it, as reported by Smith et al."),
                new AbstractSection("RESULTS", "Serum IL-6 was higher in patients."));
    }

    @Test
    void repeatedAbstractsAreReadAsParagraphsInOrder() throws IOException {
        CountingRead run = read("""
                TY  - JOUR
                TI  - Cytokines in sepsis
                AB  - BACKGROUND: Sepsis is common.
                AB  - RESULTS: Serum IL-6 levels were significantly higher in patients than in controls.
                ER  -\s
                TY  - JOUR
                TI  - Two N2 and no AB
                N2  - Sepsis is common.
                N2  - Serum IL-6 levels were higher in patients.
                ER  -\s
                """);

        assertThat(run.log().problems()).isEmpty();
        assertThat(run.records().get(0).sections()).containsExactly(
                new AbstractSection("BACKGROUND", "Sepsis is common."),
                new AbstractSection("RESULTS", "Serum IL-6 levels were significantly higher in patients than in controls."));
        assertThat(run.records().get(1).sections()).containsExactly(
                new AbstractSection(null, "Sepsis is common."),
                new AbstractSection(null, "Serum IL-6 levels were higher in patients."));
    }

    @Test
    void anN2ThatDiffersFromTheAbIsWarnedOfAndKeptInMetadata() throws IOException {
        CountingRead run = read("""
                TY  - JOUR
                TI  - The same abstract in AB and N2, wrapped differently
                AB  - Serum IL-6 levels were higher in patients.
                N2  - Serum IL-6 levels were
                higher in patients.
                ER  -\s
                TY  - JOUR
                TI  - Another text in N2
                AB  - Serum IL-6 levels were higher in patients.
                N2  - Serum TNF-alpha levels were higher in patients.
                ER  -\s
                """);

        assertThat(run.records()).extracting(BibliographicRecord::abstractText)
                .containsExactly("Serum IL-6 levels were higher in patients.", "Serum IL-6 levels were higher in patients.");
        assertThat(run.records().get(1).metadata()).containsEntry("N2", List.of("Serum TNF-alpha levels were higher in patients."));
        assertThat(run.log().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.WARNING);
            assertThat(p.recordNumber()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).isEqualTo("the abstract in N2 at line 10 differs from the record's AB: the abstract is"
                    + " read from AB only; N2 is kept in the metadata");
        });
    }

    @Test
    void aLineWrappedAfterAHyphenJoinsWithoutASpaceExceptBeforeAConjunction() throws IOException {
        CountingRead run = read("""
                TY  - JOUR
                TI  - Pro-
                inflammatory cytokines
                AN  - PMID: 7654329
                AB  - In septic patients, serum levels of interleukin-
                6 were significantly higher than in controls, and levels of pro-
                and anti-inflammatory cytokines were measured by anterior-
                to-posterior imaging.
                ER  -\s
                """);

        assertThat(run.log().problems()).isEmpty();
        BibliographicRecord record = run.records().get(0);
        assertThat(record.title()).isEqualTo("Pro-inflammatory cytokines");
        assertThat(record.abstractText()).isEqualTo("In septic patients, serum levels of interleukin-6 were significantly"
                + " higher than in controls, and levels of pro- and anti-inflammatory cytokines were measured by"
                + " anterior-to-posterior imaging.");
    }
}
