package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.testkit.SharedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthesis a reviewer reads, through the built distribution: strata that keep "raised in
 * Crohn's disease, human" apart from "lowered by a drug in mice", the lead stratum first, and
 * reviews reported beside the votes instead of among them.
 */
class SynthesisIT {

    private static final String KIND = "#kind-cytokine-change";
    private static final Set<String> VOTING_DESIGNS = Set.of("primary", "case-report");

    @TempDir
    Path work;

    /** What one study says of IL-1β in one stratum, from findings.jsonl. */
    private static final class StudyDirections {
        boolean up;
        boolean down;
        boolean unchanged;
    }

    @Test
    void onTheIbdExportHumanConditionAndAnimalInterventionFindingsNeverShareAVoteCount() throws Exception {
        Path ibd = SharedData.resolve("data/abstract-text/ibd_pubmed_result.txt");
        Distribution.Result run = Distribution.built().run(work, "run", ibd.toString(), "-o", "out", "--run-date", "2026-01-31",
                "-r", "findings-jsonl", "-r", "review-table", "-r", "html-summary");
        assertThat(run.exitCode()).as(run.toString()).isZero();

        // IL-1β's studies and directions per (comparison, population), from the findings the run wrote
        Map<String, Map<String, StudyDirections>> byStratum = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(work.resolve("out/findings.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode finding = json.readTree(line);
            if (!finding.get("subject").asText().equals("IL1B") || !VOTING_DESIGNS.contains(finding.get("design").asText())) {
                continue;
            }
            JsonNode attributes = finding.get("attributes");
            String stratum = text(attributes.get("comparison")) + " · " + text(attributes.get("population"));
            StudyDirections study = byStratum.computeIfAbsent(stratum, s -> new HashMap<>())
                    .computeIfAbsent(finding.get("record_id").asText(), r -> new StudyDirections());
            switch (finding.get("direction").asText()) {
                case "increased" -> study.up = true;
                case "decreased" -> study.down = true;
                default -> study.unchanged = true;
            }
        }
        assertThat(byStratum).as("the export has IL-1β findings in both strata, so the test can tell them apart")
                .containsKeys("condition · human", "intervention · animal");

        Document report = Jsoup.parse(work.resolve("out/report.html").toFile(), "UTF-8");
        List<Element> strata = report.select(KIND + " .stratum-block");
        assertThat(strata).isNotEmpty();
        // the headline: the stratum a reviewer asks about leads, whole (the free-text condition is counted inside it)
        // (headed in a reader's words, the data's values kept in data-stratum: review 20, M2)
        assertThat(strata.get(0).selectFirst(".stratum-head h3").ownText()).isEqualTo("cases vs controls · human");
        assertThat(strata.get(0).attr("data-stratum")).isEqualTo("condition · human");
        // the glossary explains the values as the bundled kinds declare them, the specimens too (review 20, M2 and L6)
        // and then the report's own words (the reader's review of session 27, D7)
        assertThat(report.selectFirst("#key-glossary summary").text())
                .isEqualTo("What the words mean (comparison, population, specimen, not stated, stratum, vote, breakdown, pooled contrasts)");
        assertThat(report.select("#key-glossary dt").eachText()).containsExactly("Comparison", "Population", "Specimen", "not stated",
                "stratum", "vote", "breakdown", "pooled contrasts");
        assertThat(report.select("#key-glossary dd").eachText()).hasSize(6 + 3 + 12 + 1 + 4)
                .contains("cases vs controls: people or animals with a disease or state compared with controls without it (also, where an"
                        + " abstract compares them, subgroups of one condition: the severe against the mild)", "cell lines: measured in cultured cell lines (in vitro)")
                .anySatisfy(d -> assertThat(d).startsWith("blood: blood without serum or plasma named"))
                .anySatisfy(d -> assertThat(d).startsWith("pbmc: white cells from blood"));
        assertThat(strata.get(0).select(".stratum-head .lead").text()).isEqualTo("main stratum");
        List<String> headings = strata.stream().map(s -> s.attr("data-stratum")).toList();
        assertThat(headings).doesNotHaveDuplicates().contains("intervention · animal");
        assertThat(headings.indexOf("intervention · animal")).isGreaterThan(0);

        for (String stratum : List.of("condition · human", "intervention · animal")) {
            Element section = strata.get(headings.indexOf(stratum));
            Element row = section.select("table.synthesis tbody tr").stream()
                    .filter(r -> r.selectFirst("th").ownText().equals("IL-1β")).findFirst().orElseThrow();
            List<String> cells = row.select("td:not(.findings-count)").eachText(); // the counts, without the findings link
            Map<String, StudyDirections> studies = byStratum.get(stratum);
            long up = studies.values().stream().filter(s -> s.up && !s.down).count();
            long down = studies.values().stream().filter(s -> s.down && !s.up).count();
            long unclear = studies.size() - up - down;
            assertThat(cells.subList(0, 4)).as(stratum).containsExactly(Integer.toString(studies.size()),
                    Long.toString(studies.values().stream().filter(s -> s.up).count()),
                    Long.toString(studies.values().stream().filter(s -> s.down).count()),
                    Long.toString(studies.values().stream().filter(s -> s.unchanged).count()));
            assertThat(cells.get(4)).as(stratum).startsWith("▲ " + up + " ▼ " + down + " ◆ " + unclear);
            // the stratum's effect direction plot has exactly its own studies
            Set<String> plotted = new HashSet<>(section.select("table.edp tbody th.edp-study span.pmid").eachText());
            assertThat(plotted).as(stratum).containsAll(studies.keySet());
        }

        // the review table states each finding's stratum beside it
        List<String> table = Files.readAllLines(work.resolve("out/review-table.csv"), StandardCharsets.UTF_8);
        assertThat(table.get(0)).contains("Comparison,Population,Condition");
    }

    /**
     * Review 30, M2: the synthesis was in report.html alone, and the subject merge it counts by in no
     * file. On the ibd export, synthesis.csv has every row of the report's synthesis tables, in their
     * order, with their numbers and the p they round; and the review table's voting rows, grouped by
     * kind, stratum and Synthesis key, give its studies and findings, as findings.jsonl does. votes.csv
     * has every mark of the report's effect direction plots, and counts to synthesis.csv's votes.
     */
    @Test
    void onTheIbdExportSynthesisCsvHasTheReportsRowsAndTheReviewTableRegroupsToThem() throws Exception {
        Path ibd = SharedData.resolve("data/abstract-text/ibd_pubmed_result.txt");
        Distribution.Result run = Distribution.built().run(work, "run", ibd.toString(), "-o", "out", "--run-date", "2026-01-31",
                "-r", "findings-jsonl", "-r", "review-table", "-r", "html-summary", "--option", "review-table.formats=csv",
                "--option", "review-table.formats=xlsx");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<Map<String, String>> synthesis = ReaderReviewIT.csv(work.resolve("out/synthesis.csv"));

        // the report's synthesis rows, kind by kind, stratum by stratum, as the page lists them
        Document report = Jsoup.parse(work.resolve("out/report.html").toFile(), "UTF-8");
        List<String> shown = new ArrayList<>();
        for (Element kind : report.select("section.kind")) {
            for (Element stratum : kind.select(".stratum-block")) {
                boolean main = stratum.selectFirst(".stratum-head .lead") != null;
                for (Element row : stratum.select("table.synthesis tbody tr")) {
                    List<String> numbers = row.select("td.num").stream().map(td -> td.selectFirst("a") != null ? td.selectFirst("a").ownText()
                            : td.selectFirst(".too-few") != null ? "too few, " + td.selectFirst(".visually-hidden").text().replaceAll(".*\\((.*)\\)", "$1")
                            : td.selectFirst(".no-test") != null ? "–" // "– ◆ only": no ▲ or ▼ vote to test
                            : td.text()).toList();
                    Matcher votes = Pattern.compile(": (\\d+) increased, (\\d+) decreased, (\\d+) no clear direction")
                            .matcher(row.selectFirst("td.votes .visually-hidden").text());
                    assertThat(votes.matches()).isTrue();
                    shown.add(String.join("|", kind.id().substring("kind-".length()), stratum.attr("data-stratum"),
                            row.selectFirst("th").ownText(), row.selectFirst("th .key").text(), numbers.get(0), numbers.get(1), numbers.get(2),
                            numbers.get(3), numbers.get(4), votes.group(1), votes.group(2), votes.group(3), numbers.get(5), main ? "yes" : "no"));
                }
            }
        }
        assertThat(shown).as("the export has a synthesis to compare").hasSizeGreaterThan(50);
        List<String> written = new ArrayList<>();
        for (Map<String, String> row : synthesis) {
            long up = Long.parseLong(row.get("Votes up"));
            long down = Long.parseLong(row.get("Votes down"));
            String p = row.get("Sign test p");
            assertThat(p).as("a plain decimal, or nothing without an up or down vote").matches(up + down == 0 ? "" : "0\\.[0-9]+|1");
            // as the report rounds it: two significant digits, < 0.001 below that; under 6 votes a dash, the p in its note;
            // a dash alone without an up or down vote
            String rounded = up + down == 0 ? "–" : up + down < 6 ? "too few, p = " + roundedAsTheReport(Double.parseDouble(p))
                    : Double.parseDouble(p) < 0.001 ? "< 0.001" : roundedAsTheReport(Double.parseDouble(p));
            written.add(String.join("|", row.get("Kind"), row.get("Stratum"), row.get("Subject"), row.get("Synthesis key"), row.get("Studies"),
                    row.get("Findings"), row.get("Increased"), row.get("Decreased"), row.get("Unchanged"), row.get("Votes up"),
                    row.get("Votes down"), row.get("Votes no clear direction"), rounded, row.get("Main stratum")));
            // each stratum attribute's column holds the stratum's value
            assertThat(row.get("Comparison") + " · " + row.get("Population")).isEqualTo(row.get("Stratum").replace("not stated", ""));
        }
        assertThat(written).containsExactlyElementsOf(shown);

        // the review table's voting rows, grouped by kind, stratum and synthesis key, give each row's studies and findings,
        // and so does findings.jsonl with the kinds' merge (IL23A as IL23, ...), which synthesis.csv's keys take
        Map<String, Set<String>> studies = new HashMap<>();
        Map<String, Integer> findings = new HashMap<>();
        List<Map<String, String>> table = ReaderReviewIT.csv(work.resolve("out/review-table.csv"));
        for (Map<String, String> row : table) {
            if (row.get("Votes").equals("yes")) {
                String group = row.get("Kind") + "|" + row.get("Stratum") + "|" + row.get("Synthesis key");
                studies.computeIfAbsent(group, g -> new HashSet<>()).add(row.get("Record id"));
                findings.merge(group, 1, Integer::sum);
            }
        }
        Map<String, Integer> fromJsonl = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        Map<String, String> merged = Map.of("IL23A", "IL23", "IL12A", "IL12", "TGFB1", "TGFB", "IFNA1", "IFNA", "IFNA2", "IFNA",
                "IL17", "IL17A", "IL2R", "IL2RA"); // the cytokines' merge, as the user docs list it (evaluation.md)
        for (String line : Files.readAllLines(work.resolve("out/findings.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode finding = json.readTree(line);
            if (VOTING_DESIGNS.contains(finding.get("design").asText()) && !finding.get("retracted").asBoolean()) {
                String subject = finding.get("subject").asText();
                String key = finding.get("kind").asText().equals("cytokine-change") ? merged.getOrDefault(subject, subject) : subject;
                fromJsonl.merge(finding.get("kind").asText() + "|" + text(finding.get("attributes").get("comparison")) + " · "
                        + text(finding.get("attributes").get("population")) + "|" + key, 1, Integer::sum);
            }
        }
        for (Map<String, String> row : synthesis) {
            String group = row.get("Kind") + "|" + row.get("Stratum") + "|" + row.get("Synthesis key");
            assertThat(studies.get(group)).as(group).hasSize(Integer.parseInt(row.get("Studies")));
            assertThat(findings.get(group)).as(group).isEqualTo(Integer.parseInt(row.get("Findings")));
            assertThat(fromJsonl.get(group)).as(group).isEqualTo(Integer.parseInt(row.get("Findings")));
        }
        assertThat(studies).hasSameSizeAs(synthesis);
        // the export has TGF-β1 findings, which count under TGFB: so the test sees the merge
        String ownKey = table.get(0).containsKey("Subject key") ? "Subject key" : "Cytokine key";
        assertThat(table).filteredOn(row -> row.get(ownKey).equals("TGFB1") && row.get("Votes").equals("yes")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("Synthesis key")).isEqualTo("TGFB"));
        assertThat(synthesis).extracting(row -> row.get("Synthesis key")).contains("TGFB").doesNotContain("TGFB1", "IL23A");
        assertThat(Files.readString(work.resolve("out/review-tables-about.md"))).contains("- **Synthesis:** synthesis.csv: one row per subject");

        // votes.csv: every mark of the report's effect direction plots, and no other (its tooltip names the subject, the
        // study and the vote); counted by kind, stratum and synthesis key, synthesis.csv's studies and votes
        List<String> marks = new ArrayList<>();
        for (Element kind : report.select("section.kind")) {
            for (Element stratum : kind.select(".stratum-block")) {
                for (Element cell : stratum.select("table.edp tbody td[title]")) {
                    // a ◆ from one sentence read both ways says so after its vote (READREV, M5): the vote is the same
                    marks.add(kind.id().substring("kind-".length()) + "|" + stratum.attr("data-stratum") + "|" + cell.attr("title")
                            .replace(", from one sentence read both as increased and as decreased: possibly a misreading", ""));
                }
            }
        }
        List<Map<String, String>> votes = ReaderReviewIT.csv(work.resolve("out/votes.csv"));
        Map<String, String> described = Map.of("up", "increased", "down", "decreased", "no clear direction", "no clear direction");
        assertThat(votes).extracting(row -> row.get("Kind") + "|" + row.get("Stratum") + "|" + row.get("Subject") + ", " + row.get("Study")
                + ": " + described.get(row.get("Vote"))).containsExactlyInAnyOrderElementsOf(marks);
        Map<String, List<String>> counted = new HashMap<>();
        votes.forEach(row -> counted.computeIfAbsent(row.get("Kind") + "|" + row.get("Stratum") + "|" + row.get("Synthesis key"),
                g -> new ArrayList<>()).add(row.get("Vote")));
        for (Map<String, String> row : synthesis) {
            List<String> cast = counted.get(row.get("Kind") + "|" + row.get("Stratum") + "|" + row.get("Synthesis key"));
            assertThat(List.of(cast.size(), Collections.frequency(cast, "up"), Collections.frequency(cast, "down"),
                    Collections.frequency(cast, "no clear direction"))).as(row.toString()).containsExactly(Integer.parseInt(row.get("Studies")),
                    Integer.parseInt(row.get("Votes up")), Integer.parseInt(row.get("Votes down")), Integer.parseInt(row.get("Votes no clear direction")));
        }
        assertThat(counted).hasSameSizeAs(synthesis);
    }

    /** A p as the report prints it, two significant digits with trailing zeros kept. */
    private static String roundedAsTheReport(double p) {
        BigDecimal rounded = new BigDecimal(p).round(new MathContext(2));
        return (rounded.precision() < 2 ? rounded.setScale(rounded.scale() + 2 - rounded.precision()) : rounded).toPlainString();
    }

    @Test
    void aFocusedRunKeepsOnlyTheFindingsInFocusAndSaysSoInRunJsonTheConsoleAndTheMethods() throws Exception {
        Path ibd = SharedData.resolve("data/abstract-text/ibd_pubmed_result.txt");
        Distribution.Result all = Distribution.built().run(work, "run", ibd.toString(), "-o", "all", "-r", "findings-jsonl");
        Distribution.Result run = Distribution.built().run(work, "run", ibd.toString(), "-o", "out", "--run-date", "2026-01-31",
                "-r", "findings-jsonl", "-r", "html-summary", "--focus", "population=human");
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(run.exitCode()).as(run.toString()).isZero();

        ObjectMapper json = new ObjectMapper();
        long allFindings = Files.readAllLines(work.resolve("all/findings.jsonl"), StandardCharsets.UTF_8).size();
        List<String> kept = Files.readAllLines(work.resolve("out/findings.jsonl"), StandardCharsets.UTF_8);
        long human = 0;
        long unstated = 0; // findings that state no population: left out for want of a value
        java.util.Map<String, Boolean> allUnstated = new java.util.HashMap<>(); // by record: does every finding state none?
        for (String line : Files.readAllLines(work.resolve("all/findings.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode finding = json.readTree(line);
            JsonNode population = finding.at("/attributes/population");
            boolean none = population.isMissingNode() || population.isNull();
            human += "human".equals(population.asText()) ? 1 : 0;
            unstated += none ? 1 : 0;
            allUnstated.merge(finding.get("record_id").asText(), none, Boolean::logicalAnd);
        }
        long recordsLost = allUnstated.values().stream().filter(b -> b).count(); // records the focus left no finding for want of a value
        assertThat(kept).hasSize((int) human).isNotEmpty();
        assertThat(human).isLessThan(allFindings);
        for (String line : kept) {
            assertThat(json.readTree(line).at("/attributes/population").asText()).isEqualTo("human");
        }
        JsonNode focus = json.readTree(work.resolve("out/run.json").toFile()).get("focus");
        assertThat(focus.get("criteria")).hasSize(1);
        assertThat(focus.get("criteria").get(0).asText()).isEqualTo("population=human");
        assertThat(focus.get("findings_left_out").asLong()).isEqualTo(allFindings - human);
        assertThat(focus.get("left_out_unstated").asLong()).isEqualTo(unstated);
        assertThat(focus.get("records_left_out_unstated").asLong()).isEqualTo(recordsLost).isPositive();
        String leftOut = String.format(java.util.Locale.ROOT, "%,d", allFindings - human);
        String ofThem = unstated == 0 ? "" : String.format(java.util.Locale.ROOT, ", %,d of them", unstated);
        assertThat(run.stdout()).contains("(focus population=human left out " + leftOut + " others"
                + (unstated == 0 ? "" : ofThem + " stating no value for its attribute") + "; " + recordsLost + " record"
                + (recordsLost == 1 ? "" : "s") + " lost every finding for that alone)");
        Document report = Jsoup.parse(work.resolve("out/report.html").toFile(), "UTF-8");
        assertThat(report.getElementById("methods-focus").text()).startsWith("The run was focused on population=human:")
                .endsWith(leftOut + " findings were left out" + (unstated == 0 ? "" : ofThem + " because "
                        + (unstated == 1 ? "it states" : "they state") + " no value for the attribute focused on (most often a"
                        + " sentence that does not restate it), not another value; " + recordsLost + (recordsLost == 1 ? " study" : " studies")
                        + " lost every finding for that alone and may be on the question all the same: check " + (recordsLost == 1 ? "it" : "them")
                        + " by hand") + ".");
        assertThat(report.select(KIND + " .stratum-head h3").eachText()).allMatch(h -> h.endsWith(" · human"));
    }

    @Test
    void theBundledExampleShowsTheSeedReviewWithItsFindingsNotAsVotes() throws Exception {
        Distribution.Result run = Distribution.built().run(work, "run", "--run-date", "2026-01-31");
        assertThat(run.exitCode()).as(run.toString()).isZero();

        Document report = Jsoup.parse(work.resolve("evidentia-out/report.html").toFile(), "UTF-8");
        Element kind = report.selectFirst(KIND);
        assertThat(kind.select("details.stratum")).as("a review casts no votes, so there is no stratum to show").isEmpty();
        long written = Files.readAllLines(work.resolve("evidentia-out/findings.jsonl"), StandardCharsets.UTF_8).size();
        assertThat(written).isGreaterThan(1);
        assertThat(kind.selectFirst("p.summary").text())
                .matches(written + " findings on \\d+ cytokines in 1 study; 0 strata with votes; 1 study casts no votes\\.");

        List<Element> reviews = report.select("#reviews article.card");
        assertThat(reviews).hasSize(1);
        Element review = reviews.get(0);
        assertThat(review.select(".badge.design").text()).isEqualTo("review");
        assertThat(review.selectFirst("h4.card-title").text()).isEqualTo("Fibromyalgia, hepatitis C infection, and the cytokine connection");
        assertThat(review.select("table.card-findings caption").text()).isEqualTo("Cytokines: findings of this publication, not counted");
        List<String> subjects = review.select("table.card-findings tbody th").eachText();
        assertThat(subjects).contains("IL-2", "IL-6", "IL-8", "TNF-α");
        // every finding the run wrote is on the card, and none of them is in a study's votes
        assertThat(review.select("table.card-findings tbody tr")).hasSize((int) written);
        assertThat(report.select("#studies article.card")).isEmpty();
        assertThat(report.select("#flow-voting text").eachText()).containsExactly("Studies casting votes", "0");
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "not stated" : value.asText();
    }
}
