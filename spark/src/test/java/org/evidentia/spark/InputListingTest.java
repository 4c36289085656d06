package org.evidentia.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.evidentia.api.RunSummary.Problem;
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

    /**
     * Review s20, item 4: Hadoop's walk of a local folder passes over a broken symbolic link without a word; evidentia run
     * reports it ("input-error: brk/broken.xml: a broken symbolic link ..."), and so does the job, as its own problem.
     */
    @Test
    void aBrokenLinkInAFolderIsAnInputErrorNamingItAsRunReportsIt() throws IOException {
        Path brk = Files.createDirectories(dir.resolve("brk"));
        Files.writeString(brk.resolve("good.xml"), "x");
        Files.createSymbolicLink(brk.resolve("broken.xml"), brk.resolve("nonexistent"));
        Files.createSymbolicLink(brk.resolve(".hidden.xml"), brk.resolve("nonexistent"));

        InputListing.Listing listing = InputListing.list(List.of(brk.toString()), new Configuration());

        assertThat(names(listing)).containsExactly("good.xml");
        assertThat(listing.problems()).as("the problems of the walk of %s", brk).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INPUT_ERROR);
            assertThat(p.file()).isEqualTo("file:" + brk.resolve("broken.xml"));
            assertThat(p.message()).isEqualTo("a broken symbolic link (its target does not exist): not read");
        });
        assertThatThrownBy(() -> InputListing.list(List.of(brk.resolve("broken.xml").toString()), new Configuration()))
                .isInstanceOf(JobRefusal.class)
                .hasMessage("input " + brk.resolve("broken.xml") + " is a broken symbolic link (" + brk.resolve("broken.xml") + ")");
    }

    /**
     * A file whose name holds ':' is listed from its folder and read when named (Hadoop's globbing failed on it with
     * "Relative path in absolute URI"); a search is refused in one line.
     */
    @Test
    void aNameHoldingAColonIsAFileButASearchIsRefused() throws IOException {
        Path colon = Files.createDirectories(dir.resolve("colon"));
        Files.writeString(colon.resolve("export 10:30.xml"), "x");

        assertThat(names(InputListing.list(List.of(colon.toString()), new Configuration()))).containsExactly("export 10:30.xml");
        assertThat(InputListing.list(List.of(colon.resolve("export 10:30.xml").toString()), new Configuration()).files())
                .containsExactly("file:" + colon.resolve("export 10:30.xml"));
        assertThat(InputListing.path("./export 10:30.xml").getName()).isEqualTo("export 10:30.xml");
        assertThatThrownBy(() -> InputListing.list(List.of("pubmed:fibromyalgia AND cytokine*"), new Configuration()))
                .isInstanceOf(JobRefusal.class).hasMessageStartingWith("input pubmed:fibromyalgia AND cytokine* is a search (pubmed:QUERY),"
                        + " which evidentia-spark does not run");
        assertThatThrownBy(() -> InputListing.list(List.of("export 10:30.xml"), new Configuration()))
                .isInstanceOf(JobRefusal.class).hasMessageStartingWith("input export 10:30.xml is no path Hadoop reads (")
                .hasMessageEndingWith("); give a name whose first part holds ':' as ./export 10:30.xml");
    }

    /** As evidentia run does, a name that exists is that file before it is a pattern: "il6 [1].xml" is not "il6 1.xml". */
    @Test
    void aFileNamedAsItIsIsReadEvenWhenItsNameLooksLikeAPattern() throws IOException {
        Path in = Files.createDirectories(dir.resolve("brackets"));
        Files.writeString(in.resolve("il6 [1].xml"), "x");
        Files.writeString(in.resolve("il6 1.xml"), "x");

        assertThat(names(InputListing.list(List.of(in.resolve("il6 [1].xml").toString()), new Configuration())))
                .as("the files of input %s", in.resolve("il6 [1].xml")).containsExactly("il6 [1].xml");
        assertThat(names(InputListing.list(List.of(in + "/il6 [0-9].xml"), new Configuration()))).containsExactly("il6 1.xml");
    }
}
