package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        assertThat(strata.get(0).selectFirst(".stratum-head h3").text()).isEqualTo("cases vs controls · human");
        assertThat(strata.get(0).attr("data-stratum")).isEqualTo("condition · human");
        // the glossary explains the values as the bundled kinds declare them, the specimens too (review 20, M2 and L6)
        assertThat(report.selectFirst("#key-glossary summary").text()).isEqualTo("What the words mean (comparison, population, specimen, not stated)");
        assertThat(report.select("#key-glossary dt").eachText()).containsExactly("Comparison", "Population", "Specimen", "not stated");
        assertThat(report.select("#key-glossary dd").eachText()).hasSize(6 + 3 + 12 + 1)
                .contains("cases vs controls: people or animals with a disease or state compared with controls without it (also, where an"
                        + " abstract compares them, subgroups of one condition: the severe against the mild)", "cell lines: measured in cultured cell lines")
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
