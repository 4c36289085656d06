package org.evidentia.plugins.cytokine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.ExtensionContext;
import org.evidentia.api.Finding;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.Test;

/**
 * Odd text must never break the extractor: records assembled at random (fixed seed) from cytokine
 * names, cues, brackets, dashes, Greek letters and punctuation give findings whose evidence always
 * indexes the record, and no exception.
 */
class RobustnessTest {

    private static final String[] PIECES = {
            "IL-6", "interleukin (IL)-2", "TNF-α", "tumour necrosis factor [TNF]-", "IL-2, -4 and -6", "sIL-6R", "IL-1β",
            "IFN-γ", "MCP-1", "KC", "both cytokines", "all three cytokines", " increased", " decreased", " was higher",
            " did not differ", " not", " may", " correlated", " in serum", " in PBMC", " in CSF", " biopsies", "(", ")",
            "[", "]", ";", ",", ".", ". ", "? ", " vs. ", " et al. ", " p < 0.05", " 0.5", "-", "–", "/", " ", "  ", "\n",
            " and ", " or ", " whereas ", " but levels ", "α", "β", "ß", "\u00a0", "IL", "(IL)", "-/-", " after ", " anti-",
            " 10 ng/ml ", " compared with controls", "RESULTS: ", "é", "𝛼", "\t"};

    @Test
    void randomTextNeverBreaksExtractionAndEvidenceAlwaysIndexesTheRecord() {
        CytokineExtractor extractor = new CytokineExtractor();
        ExtensionContext context = PluginTestKit.context(extractor);
        Random random = new Random(20261121L);
        List<BibliographicRecord> records = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            BibliographicRecord.Builder builder = BibliographicRecord.builder().pmid(Integer.toString(i + 1)).title(text(random, 8));
            int sections = random.nextInt(4);
            for (int s = 0; s < sections; s++) {
                builder.section(random.nextBoolean() ? null : "SECTION " + s, text(random, 40));
            }
            BibliographicRecord record = builder.build();
            records.add(record);
            findings.addAll(extractor.extract(record, context));
        }
        assertThat(findings).isNotEmpty();
        EvidenceAssertions.assertEvidenceMatchesRecord(records, findings);
    }

    @Test
    void oneInstanceGivesTheSameFindingsFromManyThreads() {
        CytokineExtractor extractor = new CytokineExtractor();
        ExtensionContext context = PluginTestKit.context(extractor);
        Random random = new Random(7L);
        List<BibliographicRecord> records = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            records.add(BibliographicRecord.builder().pmid(Integer.toString(i + 1)).title(text(random, 6))
                    .section("RESULTS", text(random, 30)).build());
        }
        List<List<Finding>> sequential = records.stream().map(r -> extractor.extract(r, context)).toList();
        List<List<Finding>> parallel = records.parallelStream().map(r -> extractor.extract(r, context)).toList();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.stream().mapToInt(List::size).sum()).isPositive();
    }

    /**
     * A crafted abstract of 200,000 chars that repeats one clause with no full stop (security review 32, M1) took
     * minutes: the attribute detectors' work grew faster than the square of a sentence's length. Such a stretch is read
     * in pieces now (SentenceSplitter.MAX_SENTENCE) and gives the clause's findings. The timeout only guards
     * against a hang; the test takes a few seconds.
     */
    @Test
    void aLongAbstractOfOneRepeatedClauseGivesItsFindings() {
        String unit = "IL-6 and TNF-alpha and IL-1beta were increased in serum of patients, ";
        String text = unit.repeat(200_000 / unit.length()) + "and so on.";
        List<Finding> findings = extractLong(text);
        assertThat(findings).extracting(f -> f.subject().key(), Finding::direction).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IL6", Direction.INCREASED), org.assertj.core.groups.Tuple.tuple("TNF", Direction.INCREASED),
                org.assertj.core.groups.Tuple.tuple("IL1B", Direction.INCREASED));
        assertThat(findings).allSatisfy(f -> assertThat(f.attributes()).containsEntry("specimen", "serum"));
    }

    /**
     * The same with no punctuation at all: at 1,000,000 chars it ended in a StackOverflowError (a verb sharing the
     * subject of the verb before it, a thousand deep) and the record lost its findings.
     */
    @Test
    void aLongAbstractWithNoPunctuationGivesFindings() {
        String unit = "increased IL-6 decreased TNF serum plasma patients controls versus compared ";
        List<Finding> findings = extractLong(unit.repeat(300_000 / unit.length()).strip() + ".");
        assertThat(findings).extracting(f -> f.subject().key()).contains("IL6", "TNF");
    }

    private static List<Finding> extractLong(String abstractText) {
        CytokineExtractor extractor = new CytokineExtractor();
        ExtensionContext context = PluginTestKit.context(extractor);
        BibliographicRecord record = BibliographicRecord.builder().pmid("93000001").title("Perf test").section(null, abstractText).build();
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(record, context));
        EvidenceAssertions.assertEvidenceMatchesRecord(List.of(record), findings);
        return findings;
    }

    private static String text(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(pieces);
        for (int i = 0; i < n; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
