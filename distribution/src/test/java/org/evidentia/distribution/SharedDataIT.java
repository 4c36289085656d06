package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.evidentia.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every real PubMed export in ../shared/data through the distribution in one run, with all the
 * bundled sources competing for each file: each file must go to the right source and give the
 * record count of PROVENANCE.md, and the counts must reconcile. Skipped where ../shared is absent.
 */
class SharedDataIT {

    /** File name -> expected source and records (PROVENANCE.md). */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("pubmed_result1.txt", "medline 1"), Map.entry("pubmed_result2.txt", "medline 4"),
            Map.entry("pubmed_result3.txt", "medline 1"), Map.entry("pubmed_result4.txt", "medline 1"),
            Map.entry("citations.nbib", "medline 200"), Map.entry("pubmed_result_35_medline.txt", "medline 35"),
            Map.entry("PUBMED_21032026_240.txt", "medline 240"), Map.entry("hospitales_pubmed.txt", "medline 10"),
            Map.entry("samina_pubmed_crlf.txt", "medline 399"), Map.entry("biored_600_medline.txt", "medline 600"),
            Map.entry("pubmed1.xml", "pubmed-xml 2"), Map.entry("pubmed2.xml", "pubmed-xml 2"),
            Map.entry("pubmed4.xml", "pubmed-xml 1"), Map.entry("pubmed7.xml", "pubmed-xml 1"),
            Map.entry("medline16n0902.xml.gz", "pubmed-xml 604"), Map.entry("test_current_medline.xml.gz", "pubmed-xml 4"),
            Map.entry("pubmed-29768149.xml", "pubmed-xml 1"), Map.entry("pubmedsample18n0001.xml.gz", "pubmed-xml 177"),
            Map.entry("anopheles_pubmed_10000.csv", "pubmed-csv 10000"), Map.entry("csv-2020dpspre-set.csv", "pubmed-csv 532"),
            Map.entry("hospitales_pubmed.csv", "pubmed-csv 10"),
            Map.entry("pubmed_result_ssb_2019-08-11_thru_2019-09-03_4443.csv", "pubmed-csv 4443"),
            Map.entry("il6_pubmed_result_160103.txt", "pubmed-abstract-text 507"),
            Map.entry("ibd_pubmed_result.txt", "pubmed-abstract-text 1422"),
            Map.entry("covid_pubmed_result.txt", "pubmed-abstract-text 249"),
            Map.entry("summary-systematic-set_2020-09-02_409.txt", "pubmed-summary-text 409"));

    @TempDir
    Path work;

    @Test
    void everySharedExportGoesToItsSourceWithItsRecordCount() throws Exception {
        Path data = SharedData.resolve("data");
        Distribution.Result result = Distribution.built().run(work, "run", "-o", "out", "-r", "findings-jsonl", data.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();

        JsonNode run = new ObjectMapper().readTree(work.resolve("out/run.json").toFile());
        Map<String, String> seen = new HashMap<>();
        long baseline = 0;
        for (JsonNode input : run.get("inputs")) {
            String name = Path.of(input.get("path").asText()).getFileName().toString();
            assertThat(input.get("skipped").asLong()).as(name).isZero();
            if (input.get("path").asText().contains("baseline-2021-excerpts")) {
                assertThat(input.get("source").asText()).as(name).isEqualTo("pubmed-xml");
                baseline += input.get("records").asLong();
            } else if (!name.endsWith(".md")) {
                seen.put(name, input.get("source").asText() + " " + input.get("records").asLong());
            }
        }
        assertThat(seen).containsAllEntriesOf(EXPECTED);
        assertThat(baseline).isEqualTo(319);
        // PROVENANCE.md: the hospitales MEDLINE and CSV files hold the same ten PMIDs.
        JsonNode counts = run.get("counts");
        assertThat(counts.get("duplicates_merged").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(counts.get("records_read").asLong()).isEqualTo(counts.get("records_kept").asLong()
                + counts.get("duplicates_merged").asLong() + counts.get("records_skipped").asLong());
        assertThat(run.get("notices").toString()).contains("no abstracts");
    }
}
