package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A living review's {@code <DeleteCitation>} lists through the built distribution, as the living-review
 * walkthrough applied them (review 5, findings 2 and 3): files made here from five real records of
 * one shared 2021 baseline excerpt, applied with {@code run --store}, and the store read back with SQL.
 * Skipped where ../shared is absent.
 */
class StoreDeletionsIT {

    private static final Pattern ARTICLE = Pattern.compile("<PubmedArticle>.*?</PubmedArticle>", Pattern.DOTALL);
    private static final Pattern PMID = Pattern.compile("<PMID Version=\"(\\d+)\">(\\d+)</PMID>");

    @TempDir
    Path work;

    private final Distribution dist = Distribution.built();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> articles = new ArrayList<>();
    private final List<String> pmids = new ArrayList<>();

    @BeforeEach
    void takeFiveRealRecords() throws IOException {
        Path excerpt = SharedData.resolve("data/xml/baseline-2021-excerpts/pubmed21n1000.xml.gz");
        String xml;
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(excerpt))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = ARTICLE.matcher(xml);
        while (articles.size() < 5 && m.find()) {
            Matcher pmid = PMID.matcher(m.group());
            assertThat(pmid.find()).isTrue();
            articles.add(m.group());
            pmids.add(pmid.group(2));
        }
        assertThat(articles).hasSize(5);
    }

    private Path xml(String name, List<String> records, String deletionList) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<PubmedArticleSet>\n");
        records.forEach(r -> xml.append(r).append('\n'));
        xml.append(deletionList).append("</PubmedArticleSet>\n");
        Path file = work.resolve(name);
        Files.writeString(file, xml);
        return file;
    }

    private static String deletion(String pmid, int version) {
        return "<PMID Version=\"" + version + "\">" + pmid + "</PMID>\n";
    }

    private static String version(String article, int version) {
        return PMID.matcher(article).replaceFirst("<PMID Version=\"" + version + "\">$2</PMID>");
    }

    private Distribution.Result runIntoStore(String store, Path input) throws Exception {
        Distribution.Result result = dist.run(work, "run", "--store", store, "-o", store + "-run", "--run-date", "2026-01-31",
                input.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private JsonNode storeOfLastRun(String store) throws IOException {
        return json.readTree(work.resolve(store + "-run/run.json").toFile()).get("store");
    }

    private List<String> rows(String store, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve(store)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }

    @Test
    void aDamagedDeletionListCountsEachIdOnceReadsOnAfterTheDamageSaysWhatMayBeLostAndIsAppliedAgainNextTime() throws Exception {
        Path base = xml("base.xml", articles, "");
        // an update file of one record, unchanged, and the walkthrough's damage: junk after the third PMID of the list, a fourth after it
        Path update = xml("pubmed26n1300.xml", List.of(articles.get(4)), "<DeleteCitation>\n" + deletion(pmids.get(0), 1)
                + deletion(pmids.get(1), 1) + deletion(pmids.get(2), 1).strip() + "<x a=>\n" + deletion(pmids.get(3), 1) + "</DeleteCitation>\n");
        // the list's line: after the declaration, the root and the record
        long listLine = 4 + articles.get(4).chars().filter(c -> c == '\n').count();
        runIntoStore("review.db", base);

        runIntoStore("review.db", update);

        JsonNode s = storeOfLastRun("review.db");
        // each id listed, once: those after the damage too (before 2026-11-30 they were reported lost, and not applied)
        assertThat(s.get("deletions").asLong()).as("each id listed, once").isEqualTo(4);
        assertThat(s.get("records_deleted").asLong()).isEqualTo(4);
        assertThat(s.get("deletions_unmatched").asLong()).isZero();
        assertThat(rows("review.db", "SELECT record_id, change FROM changes ORDER BY rowid"))
                .containsExactly(pmids.get(0) + " deleted", pmids.get(1) + " deleted", pmids.get(2) + " deleted", pmids.get(3) + " deleted");
        assertThat(rows("review.db", "SELECT record_id FROM records ORDER BY seq")).containsExactly(pmids.get(4));
        assertThat(rows("review.db", "SELECT status, deletions, deleted, deletions_unmatched FROM files ORDER BY file_id"))
                .as("what the damaged part held cannot be told: partial").containsExactly("applied 0 0 0", "partial 4 4 0");
        assertThat(json.readTree(work.resolve("review.db-run/run.json").toFile()).get("problems").toString())
                .contains("inside the <DeleteCitation> list that starts at line " + listLine, "reading goes on at line " + (listLine + 4)
                        + " with the list's next PMID, so only a deletion written in the damaged part (after PMID " + pmids.get(2)
                        + ", the 3rd it lists), if it held one, is lost")
                .doesNotContain("between records");

        // not applied, so the same command reads it again (a corrected download under its name would be applied then)
        Distribution.Result again = runIntoStore("review.db", update);
        assertThat(again.stdout() + again.stderr()).doesNotContain("Nothing to apply");
        assertThat(storeOfLastRun("review.db").get("files_skipped").asLong()).isZero();
        assertThat(storeOfLastRun("review.db").get("deletions").asLong()).isEqualTo(4);

        // a plain run counts the same four
        Distribution.Result plain = dist.run(work, "run", "-r", "findings-jsonl", "-o", "plain", update.toString());
        assertThat(plain.stdout() + plain.stderr()).contains("deletes 4 records");
    }

    @Test
    void aDeletionOfVersionOneLeavesAVersionTwoStandingWhicheverIsAppliedFirst() throws Exception {
        String pmid = pmids.get(0);
        Path base = xml("base.xml", articles, "");
        Path deletesVersion1 = xml("pubmed26n1301.xml", List.of(), "<DeleteCitation>\n" + deletion(pmid, 1) + "</DeleteCitation>\n");
        Path bringsVersion2 = xml("pubmed26n1302.xml", List.of(version(articles.get(0), 2)), "");

        runIntoStore("in-order.db", base);
        runIntoStore("in-order.db", deletesVersion1);
        runIntoStore("in-order.db", bringsVersion2);
        runIntoStore("reversed.db", base);
        runIntoStore("reversed.db", bringsVersion2);
        runIntoStore("reversed.db", deletesVersion1);

        String records = "SELECT record_id, version, content_hash, findings FROM records ORDER BY record_id";
        String deletions = "SELECT record_id, version FROM deletions ORDER BY record_id";
        assertThat(rows("reversed.db", "SELECT version FROM records WHERE record_id = '" + pmid + "'")).containsExactly("2");
        assertThat(rows("reversed.db", records)).hasSize(5).isEqualTo(rows("in-order.db", records));
        assertThat(rows("reversed.db", deletions)).containsExactly(pmid + " 1").isEqualTo(rows("in-order.db", deletions));
        assertThat(rows("reversed.db", "SELECT c.record_id, c.version, c.change FROM changes c JOIN files f USING (file_id)"
                + " WHERE f.path LIKE '%pubmed26n1301.xml'")).containsExactly(pmid + " 1 deletion-superseded");
        JsonNode s = storeOfLastRun("reversed.db");
        assertThat(s.get("records_deleted").asLong()).isZero();
        assertThat(s.get("deletions_unmatched").asLong()).isEqualTo(1);
    }
}
