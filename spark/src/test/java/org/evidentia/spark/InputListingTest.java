package org.evidentia.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's walk of its inputs on a Hadoop file system (here the local one), as `evidentia run` walks them on one machine. */
class InputListingTest {

    @TempDir
    Path dir;

    private static final String LEFT_OUT_TWO = "left out 2 checksum files (a NAME.md5 beside the file NAME it checks, as NCBI publishes"
            + " PubMed's files): no source reads them, and a damaged or cut .gz is found by its own checksum as it is read";

    /** A mirror of NCBI's baseline folder: two files, each with its .md5, a README, and a .md5 whose file is not there. */
    private Path mirror() throws IOException {
        Path mir = Files.createDirectories(dir.resolve("mir"));
        for (String name : List.of("pubmed21n1004.xml.gz", "pubmed21n1005.xml.gz")) {
            Files.writeString(mir.resolve(name), "x");
            Files.writeString(mir.resolve(name + ".md5"), "MD5(" + name + ")= 0\n");
        }
        Files.writeString(mir.resolve("README.txt"), "x");
        Files.writeString(mir.resolve("pubmed21n1006.xml.gz.md5"), "MD5(pubmed21n1006.xml.gz)= 0\n");
        return mir;
    }

    private static List<String> names(InputListing.Listing listing) {
        return listing.files().stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList();
    }

    /** Review 12, M3: the job read both .md5 files as inputs (two unread inputs with errors), where `run` leaves them out and says so. */
    @Test
    void aFolderWalkLeavesOutTheChecksumsBesideTheirFilesAndSaysHowManyAsRunDoes() throws IOException {
        Path mir = mirror();

        InputListing.Listing listing = InputListing.list(List.of(mir.toString()), new Configuration());

        assertThat(names(listing)).containsExactly("README.txt", "pubmed21n1004.xml.gz", "pubmed21n1005.xml.gz", "pubmed21n1006.xml.gz.md5");
        assertThat(listing.notices()).containsExactly(mir + ": " + LEFT_OUT_TWO);
    }

    /** Review 14, M8: a pattern took Hadoop's _SUCCESS and dotfiles, which a folder walk and `evidentia run`'s patterns leave out. */
    @Test
    void aPatternLeavesOutHiddenNamesAsAWalkDoesButAHiddenFileNamedIsRead() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("pubmed21n1004.xml.gz"), "x");
        Files.writeString(in.resolve("_SUCCESS"), "");
        Files.writeString(in.resolve(".part.crc"), "x");

        InputListing.Listing matched = InputListing.list(List.of(in + "/*"), new Configuration());
        InputListing.Listing named = InputListing.list(List.of(in.resolve("_SUCCESS").toString()), new Configuration());

        assertThat(names(matched)).containsExactly("pubmed21n1004.xml.gz");
        assertThat(names(named)).containsExactly("_SUCCESS");
    }

    @Test
    void aPatternLeavesThemOutTooButAChecksumNamedAsAnInputIsRead() throws IOException {
        Path mir = mirror();

        InputListing.Listing matched = InputListing.list(List.of(mir + "/*"), new Configuration());
        InputListing.Listing named = InputListing.list(List.of(mir.resolve("pubmed21n1004.xml.gz.md5").toString()), new Configuration());

        assertThat(names(matched)).containsExactly("README.txt", "pubmed21n1004.xml.gz", "pubmed21n1005.xml.gz", "pubmed21n1006.xml.gz.md5");
        assertThat(matched.notices()).containsExactly(mir + "/*: " + LEFT_OUT_TWO);
        assertThat(names(named)).containsExactly("pubmed21n1004.xml.gz.md5");
        assertThat(named.notices()).isEmpty();
    }

    @Test
    void anInputThatNamesNothingIsARefusalThatNamesIt() {
        assertThatThrownBy(() -> InputListing.list(List.of(dir.resolve("none").toString()), new Configuration()))
                .isInstanceOf(JobRefusal.class).hasMessage("input " + dir.resolve("none") + " matches no file");
    }
}
