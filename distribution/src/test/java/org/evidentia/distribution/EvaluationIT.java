package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor's quality gates (issue 8), measured with the real distribution's
 * {@code evidentia evaluate} on the shared gold files and the project's held-out gold; skipped
 * where ../shared is absent.
 */
class EvaluationIT {

    private static final Pattern SCORES = Pattern.compile("Precision ([0-9.]+)\\s+Recall ([0-9.]+)\\s+F1 ([0-9.]+)");

    private final Distribution dist = Distribution.built();

    @TempDir
    Path work;

    /** The figures of one block of the report (a gold file's, or the pooled one). */
    private record Figures(double precision, double recall, double f1, double specimen, double population, double comparison) {
        static Figures of(String block) {
            Matcher scores = SCORES.matcher(block);
            assertThat(scores.find()).as(block).isTrue();
            return new Figures(Double.parseDouble(scores.group(1)), Double.parseDouble(scores.group(2)),
                    Double.parseDouble(scores.group(3)), accuracy(block, "Specimen"), accuracy(block, "Population"),
                    accuracy(block, "Comparison"));
        }

        private static double accuracy(String block, String name) {
            Matcher m = Pattern.compile(name + " accuracy ([0-9.]+)").matcher(block);
            assertThat(m.find()).as(block).isTrue();
            return Double.parseDouble(m.group(1));
        }
    }

    /** The block of the report that follows the heading {@code == name}. */
    private static String block(String report, String heading) {
        int start = report.indexOf("== " + heading);
        assertThat(start).as(report).isNotNegative();
        int end = report.indexOf("\n== ", start + 3);
        return report.substring(start, end < 0 ? report.length() : end);
    }

    @Test
    void seedsGiveAllTenTriplesAndNoFalsePositive() throws Exception {
        Path gold = SharedData.resolve("gold/seeds.jsonl");
        Distribution.Result result = dist.run(work, "evaluate", "-x", "cytokines", "--gold", gold.toString(), "--min-f1", "1.0",
                SharedData.resolve("seeds").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("gold triples (record, cytokine, direction): 10");
        Figures figures = Figures.of(result.stdout());
        assertThat(figures.precision()).isEqualTo(1.0);
        assertThat(figures.recall()).isEqualTo(1.0);
    }

    @Test
    void devSetsReachTheirTargetsFileByFileAndPooled() throws Exception {
        Path dev = SharedData.resolve("gold/dev.jsonl");
        Path ibd = SharedData.resolve("gold/dev-ibd.jsonl");
        Path errors = work.resolve("errors.jsonl");
        Distribution.Result result = dist.run(work, "evaluate", "-x", "cytokines", "--gold", dev.toString(), "--gold", ibd.toString(),
                "--min-f1", "0.90", "--min-accuracy", "specimen=0.85", "--errors", errors.toString(),
                SharedData.resolve("data/abstract-text/il6_pubmed_result_160103.txt").toString(),
                SharedData.resolve("data/abstract-text/ibd_pubmed_result.txt").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        for (Path gold : List.of(dev, ibd)) {
            Figures figures = Figures.of(block(result.stdout(), gold.toString()));
            assertThat(figures.f1()).as(gold + "\n" + result.stdout()).isGreaterThanOrEqualTo(0.90);
            assertThat(figures.specimen()).as(gold + "\n" + result.stdout()).isGreaterThanOrEqualTo(0.85);
        }
        Figures pooled = Figures.of(block(result.stdout(), "pooled"));
        assertThat(pooled.population()).as(result.stdout()).isGreaterThanOrEqualTo(0.85);
        assertThat(pooled.comparison()).as(result.stdout()).isGreaterThanOrEqualTo(0.85);

        // every error, one JSON line each, naming its gold file, class and sentence
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(errors)) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            assertThat(line.get("file").asText()).isIn(dev.toString(), ibd.toString());
            assertThat(line.get("error").asText()).isIn("false-positive", "miss", "attribute");
            assertThat(line.has("subject") && line.has("direction") && line.has("sentence")).isTrue();
        });
        assertThat(result.stdout()).contains("Errors written to " + errors).doesNotContain("False positives (");

        // review 13, M2: the closing line counts the findings of the records no gold file names, which a
        // plain run of the same inputs makes besides those of the gold records
        Matcher totals = Pattern.compile("; ([0-9,]+) findings in gold records, ([0-9,]+) in other records \\(not scored\\);")
                .matcher(result.stdout());
        assertThat(totals.find()).as(result.stdout()).isTrue();
        Distribution.Result run = dist.run(work, "run", "-x", "cytokines", "-r", "findings-jsonl", "-o", "plain",
                SharedData.resolve("data/abstract-text/il6_pubmed_result_160103.txt").toString(),
                SharedData.resolve("data/abstract-text/ibd_pubmed_result.txt").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        long inGold = Long.parseLong(totals.group(1).replace(",", ""));
        long elsewhere = Long.parseLong(totals.group(2).replace(",", ""));
        assertThat(elsewhere).isPositive();
        assertThat(inGold + elsewhere).isEqualTo(Files.readAllLines(work.resolve("plain/findings.jsonl")).size());
    }

    @Test
    void aGoldFileScoredWithAnotherExtractorThanItsOwnIsSaidToBeSo() throws Exception {
        Path input = Files.writeString(work.resolve("one.nbib"), "PMID- 7\nTI  - Cytokines in fibromyalgia.\n"
                + "AB  - Serum IL-6 was higher in patients with fibromyalgia than in healthy controls.\n");
        Path gold = Files.writeString(work.resolve("gold.jsonl"), "{\"pmid\": \"7\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");

        Distribution.Result other = dist.run(work, "evaluate", "-x", "biomarkers", "--gold", gold.toString(), input.toString());
        Distribution.Result own = dist.run(work, "evaluate", "-x", "cytokines", "--gold", gold.toString(), input.toString());

        assertThat(other.exitCode()).as(other.toString()).isZero();
        assertThat(other.stderr()).as(other.toString()).contains("evidentia: warning: " + gold + ": extractor biomarkers found none of"
                + " the gold's subjects in the gold records read (IL6); if the file was annotated for another extractor, name that one"
                + " with -x (extractors: ");
        assertThat(own.exitCode()).as(own.toString()).isZero();
        assertThat(own.stdout()).contains("F1 1.000");
        assertThat(own.stderr()).as(own.toString()).doesNotContain("warning");
    }

    /** The review of session 19, E6: a gold subject written as a label scored a miss and a false positive without a word. */
    @Test
    void aGoldSubjectWrittenAsALabelIsToldWithTheKeyMeant() throws Exception {
        Path input = Files.writeString(work.resolve("one.nbib"), "PMID- 7\nTI  - Cytokines in fibromyalgia.\n"
                + "AB  - Serum IL-6 and IL-10 were higher in patients with fibromyalgia than in healthy controls.\n");
        Path gold = Files.writeString(work.resolve("gold.jsonl"), "{\"pmid\": \"7\", \"subject\": \"IL-6\", \"direction\": \"increased\"}\n"
                + "{\"pmid\": \"7\", \"subject\": \"IL10\", \"direction\": \"increased\"}\n");

        Distribution.Result run = dist.run(work, "evaluate", "-x", "cytokines", "--gold", gold.toString(), input.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("F1 0.500");
        assertThat(run.stderr()).as(run.toString()).contains("evidentia: warning: " + gold + ": the gold's subject IL-6 was missed where"
                + " the extractor found IL6 in the same record").doesNotContain("IL10").doesNotContain("another extractor");
    }

    /** The review of session 23, E9: a run that failed (an empty input) ended with exit 1 and no word of why. */
    @Test
    void aRunThatFailedSaysWhy() throws Exception {
        Path empty = Files.writeString(work.resolve("empty.nbib"), "");
        Path gold = Files.writeString(work.resolve("gold.jsonl"), "{\"pmid\": \"7\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");

        Distribution.Result run = dist.run(work, "evaluate", "-x", "cytokines", "--gold", gold.toString(), empty.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr()).as(run.toString()).contains("empty.nbib").contains("is empty")
                .contains("evidentia: the run failed: no record was read");
    }

    /** The review of session 19, E5: a "none" line by PMID and a finding line by DOI of one record read. */
    @Test
    void aRecordSaidToHaveNoFindingOnOneLineAndGivenOneUnderAnotherNameIsTold() throws Exception {
        Path input = Files.writeString(work.resolve("one.nbib"), "PMID- 7\nTI  - Cytokines in fibromyalgia.\n"
                + "AB  - Serum IL-6 was higher in patients with fibromyalgia than in healthy controls.\nLID - 10.1000/FM.7 [doi]\n");
        Path gold = Files.writeString(work.resolve("gold.jsonl"), "{\"pmid\": \"7\", \"none\": true}\n"
                + "{\"doi\": \"10.1000/fm.7\", \"subject\": \"IL6\", \"direction\": \"increased\"}\n");

        Distribution.Result run = dist.run(work, "evaluate", "-x", "cytokines", "--gold", gold.toString(), input.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("F1 1.000");
        assertThat(run.stderr()).as(run.toString()).contains("evidentia: warning: " + gold + ": line 1 says PMID 7 has no finding"
                + " (\"none\": true), but line 2 gives it one, naming it by DOI 10.1000/fm.7, and an input holds one record known by"
                + " both: its findings are scored; mend one of the two lines");
    }

    @Test
    void heldOutFieldsTheExtractorWasNotTunedOn() throws Exception {
        // Gold the project annotated from other fields (distribution/src/test/resources/gold/README.md);
        // the gate guards against regressions, the aim on unseen fields being F1 >= 0.85.
        List<String> args = new ArrayList<>(List.of("evaluate", "-x", "cytokines", "--gold", heldOutGold().toString(), "--min-f1", "0.80"));
        for (String input : List.of("data/medline/PUBMED_21032026_240.txt", "data/medline/pubmed_result_35_medline.txt",
                "data/medline/samina_pubmed_crlf.txt", "data/medline/citations.nbib", "data/xml/medline16n0902.xml.gz",
                "data/xml/pubmedsample18n0001.xml.gz", "data/xml/baseline-2021-excerpts/pubmed21n1000.xml.gz",
                "data/xml/baseline-2021-excerpts/pubmed21n1001.xml.gz", "data/xml/baseline-2021-excerpts/pubmed21n1002.xml.gz",
                "data/xml/baseline-2021-excerpts/pubmed21n1003.xml.gz", "data/abstract-text/covid_pubmed_result.txt")) {
            args.add(SharedData.resolve(input).toString());
        }
        Distribution.Result result = dist.run(work, args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("Gold records: 63,").doesNotContain("Gold records not found in the inputs");
        Figures figures = Figures.of(result.stdout());
        assertThat(figures.f1()).as(result.stdout()).isGreaterThanOrEqualTo(0.80);
        // The attributes are gated just under their figures (comparison 0.807, 46 of 57, since 2026-12-06's rules from a
        // reader's sample, 0.789 since 2026-12-02's sentence split after "c-Jun." and ext21's reversal rule, 0.737 before;
        // population 0.842; specimen 0.789:
        // docs/cytokine-extractor.md, which says which of the gain is not blind),
        // so that a rule change that costs one more matched triple its attribute is seen, as an earlier fall
        // of the comparison from 0.719 to 0.684 was not.
        assertThat(figures.comparison()).as(result.stdout()).isGreaterThanOrEqualTo(0.80);
        assertThat(figures.population()).as(result.stdout()).isGreaterThanOrEqualTo(0.84);
        assertThat(figures.specimen()).as(result.stdout()).isGreaterThanOrEqualTo(0.78);
        // the held-out figures are the ones every report quotes beside the cytokine findings
        StatedAccuracy.assertQuotes(dist, work, "cytokines", result.stdout());
    }

    private static Path heldOutGold() throws URISyntaxException {
        return Path.of(EvaluationIT.class.getResource("/gold/other-fields.jsonl").toURI());
    }
}
