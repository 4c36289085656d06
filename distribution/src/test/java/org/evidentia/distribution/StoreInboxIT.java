package org.evidentia.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A living review's inbox: a folder of exports that each store run walks, through the built
 * distribution with its bundled plugins (scale.md, "Removing records from a living review").
 */
class StoreInboxIT {

    @TempDir
    Path work;

    private final Distribution dist = Distribution.built();

    /**
     * An explorer's note (2026-12-05): a file taken out of the inbox was not told of ("Nothing to apply: the store
     * applied this input before"), though the store keeps its records and its report lists it as an input.
     */
    @Test
    void aFileTakenOutOfTheInboxIsToldWithWhatTheStoreKeepsAndOneNamedAloneIsNot() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.writeString(inbox.resolve("week1.nbib"), medline("31000001", "IL-6 was higher in patients than in controls."));
        Files.writeString(inbox.resolve("week2.nbib"), medline("31000002", "TNF-alpha was lower in patients than in controls."));
        Distribution.Result first = dist.run(work, "run", "--store", "review.db", "--no-progress", "inbox");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.stdout()).contains("Store review.db: 2 inputs applied;").doesNotContain("no longer there");

        Files.delete(inbox.resolve("week1.nbib"));
        Distribution.Result again = dist.run(work, "run", "--store", "review.db", "--no-progress", "inbox");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).contains("Nothing to apply: the store review.db applied this input before")
                .contains("note: 1 input applied before from a folder given is no longer there: " + Path.of("inbox", "week1.nbib")
                        + " (run 1). The store keeps its records (it removes a record only when an input deletes it); to leave"
                        + " records out of the reports, list them in the exclusion list")
                .contains("The store holds 2 records").doesNotContain("week2.nbib");

        Distribution.Result named = dist.run(work, "run", "--store", "review.db", "--no-progress", Path.of("inbox", "week2.nbib").toString());
        assertThat(named.exitCode()).as(named.toString()).isZero();
        assertThat(named.stdout()).as("a file named alone: the folder's other files are not this run's").doesNotContain("no longer there");
    }

    private static String medline(String pmid, String result) {
        return "PMID- " + pmid + "\nTI  - Cytokines in an invented cohort.\nAB  - " + result + "\nDP  - 2020\n";
    }
}
