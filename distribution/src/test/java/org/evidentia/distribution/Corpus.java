package org.evidentia.distribution;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A large MEDLINE file written for tests that need many records (many extraction batches, runs that
 * last long enough to be killed): invented records in the guidelines' style, varied so that they
 * give findings of several cytokines, directions and specimens, and some records with none.
 */
final class Corpus {

    private static final List<String> CYTOKINES = List.of("IL-6", "TNF-alpha", "IL-10", "IL-1beta", "IL-8", "IFN-gamma", "IL-17A");
    private static final List<String> SPECIMENS = List.of("Serum", "Plasma", "Cerebrospinal fluid", "Salivary");
    private static final List<String> GROUPS = List.of("patients with fibromyalgia", "patients with Crohn's disease",
            "patients with depression", "shift workers");

    private Corpus() {
    }

    /** Writes {@code records} MEDLINE records to {@code file}, PMIDs from 50,000,000 upwards. */
    static Path medline(Path file, int records) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records; i++) {
                String cytokine = CYTOKINES.get(i % CYTOKINES.size());
                String other = CYTOKINES.get((i / 7 + 3) % CYTOKINES.size());
                String specimen = SPECIMENS.get(i % SPECIMENS.size());
                String group = GROUPS.get((i / 3) % GROUPS.size());
                String direction = i % 3 == 0 ? "higher" : i % 3 == 1 ? "lower" : "not different";
                out.write("PMID- " + (50_000_000 + i) + "\n");
                out.write("TI  - A study of " + group + ", number " + i + ".\n");
                out.write("AB  - BACKGROUND: Inflammation may matter in this condition. METHODS: We measured\n");
                out.write("      cytokines in " + (20 + i % 50) + " " + group + " and " + (20 + i % 40) + " controls.\n");
                if (i % 5 != 4) {
                    out.write("      RESULTS: " + specimen + " " + cytokine + " levels were " + direction + " in " + group
                            + " than in controls, and " + other + " was increased.\n");
                } else {
                    out.write("      RESULTS: Sleep quality was poor in " + group + ".\n");
                }
                out.write("AU  - Author" + (i % 97) + " A\n");
                out.write("DP  - " + (2000 + i % 25) + "\n");
                out.write("PT  - Journal Article\n\n");
            }
        }
        return file;
    }
}
