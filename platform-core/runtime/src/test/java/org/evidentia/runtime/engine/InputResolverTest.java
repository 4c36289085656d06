package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.runtime.output.StagedOutput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {

    @TempDir
    Path base;

    @Test
    void filesOfFoldersAndPatternsComeSortedOnceEachWithoutHiddenOnes() throws Exception {
        Files.createDirectories(base.resolve("in/sub"));
        Files.createDirectories(base.resolve("in/.git"));
        Files.writeString(base.resolve("in/b.txt"), "b");
        Files.writeString(base.resolve("in/sub/a.xml"), "a");
        Files.writeString(base.resolve("in/.git/config"), "x");
        Files.writeString(base.resolve("in/.hidden.txt"), "x");

        InputResolver.Resolution resolution = new InputResolver(base).resolveAll(List.of("in", "in/*.txt", "in/**/*.xml"));

        assertThat(resolution.files()).containsExactly(base.resolve("in/b.txt"), base.resolve("in/sub/a.xml"));
        assertThat(resolution.problems()).isEmpty();
        // said once, though two inputs walked the folder; a system's hidden files (.git/, .DS_Store) go unsaid
        assertThat(resolution.leftOut()).singleElement().satisfies(note -> {
            assertThat(note.path()).isEqualTo(base.resolve("in"));
            assertThat(note.reason()).isEqualTo("left out 1 hidden file or folder (.hidden.txt), which reading a folder or a pattern"
                    + " leaves out; name one by its path as an input to read it");
        });
    }

    /** The review of session 28, N8: an export saved as a hidden file, or in a hidden folder, was left out without a word. */
    @Test
    void hiddenExportsLeftOutOfAFolderAreNamedAndSystemFilesAreNot() throws Exception {
        Files.createDirectories(base.resolve("in/.hidden"));
        Files.createDirectories(base.resolve("in/.git"));
        Files.writeString(base.resolve("in/export.txt"), "x");
        Files.writeString(base.resolve("in/.dotfile.txt"), "x");
        Files.writeString(base.resolve("in/.hidden/pubmed_result2.txt"), "x");
        Files.writeString(base.resolve("in/.DS_Store"), "x");
        Files.writeString(base.resolve("in/._export.txt"), "x");
        // the review of the change, R6: tool folders and empty files hold no export
        Files.createDirectories(base.resolve("in/.Rproj.user"));
        Files.createDirectories(base.resolve("in/.venv"));
        Files.writeString(base.resolve("in/.Rproj.user/state"), "x");
        Files.writeString(base.resolve("in/.empty"), "");
        // S11: hidden folders of nothing, of empty files or of a system's files only
        Files.createDirectories(base.resolve("in/.emptydir"));
        Files.createDirectories(base.resolve("in/.onlyempty"));
        Files.writeString(base.resolve("in/.onlyempty/x.txt"), "");
        Files.createDirectories(base.resolve("in/.nested"));
        Files.writeString(base.resolve("in/.nested/.DS_Store"), "x");

        InputResolver.Resolution resolution = new InputResolver(base).resolveAll(List.of("in"));

        assertThat(resolution.files()).containsExactly(base.resolve("in/export.txt"));
        assertThat(resolution.leftOut()).extracting(InputResolver.InputProblem::reason).containsExactly("left out 2 hidden files or"
                + " folders (.dotfile.txt, .hidden/), which reading a folder or a pattern leaves out; name one by its path as an input"
                + " to read it");
        // named, a hidden file is read
        assertThat(new InputResolver(base).resolveAll(List.of("in/.dotfile.txt")).files()).containsExactly(base.resolve("in/.dotfile.txt"));
    }

    // As in bash's globstar, zsh, git and Ant; 'exports/**/*.xml.gz' read only the subfolders' files, silently
    @Test
    void doubleStarSlashMatchesZeroOrMoreFolders() throws Exception {
        Files.createDirectories(base.resolve("exports/2024/jan"));
        Files.writeString(base.resolve("exports/top.xml.gz"), "x");
        Files.writeString(base.resolve("exports/2024/mid.xml.gz"), "x");
        Files.writeString(base.resolve("exports/2024/jan/deep.xml.gz"), "x");
        Files.writeString(base.resolve("exports/2024/jan/notes.txt"), "x");
        InputResolver resolver = new InputResolver(base);

        assertThat(resolver.resolveAll(List.of("exports/**/*.xml.gz")).files()).containsExactly(
                base.resolve("exports/2024/jan/deep.xml.gz"), base.resolve("exports/2024/mid.xml.gz"), base.resolve("exports/top.xml.gz"));
        assertThat(resolver.resolveAll(List.of("exports/**/jan/**/*.xml.gz")).files())
                .containsExactly(base.resolve("exports/2024/jan/deep.xml.gz"));
        assertThat(resolver.resolveAll(List.of("**/*.xml.gz")).files()).hasSize(3);
    }

    @Test
    void foldersAnEvidentiaRunWroteAreLeftOutOfWalksWithANoteAndRefusedWhenNamedThoughTheirFilesAreRead() throws Exception {
        Files.createDirectories(base.resolve("in/evidentia-out"));
        Files.createDirectories(base.resolve("in/sub/out"));
        Files.createDirectories(base.resolve("in/results"));
        Files.writeString(base.resolve("in/export.txt"), "x");
        Files.writeString(base.resolve("in/evidentia-out/" + StagedOutput.MARKER), "written by Evidentia");
        Files.writeString(base.resolve("in/evidentia-out/review-table.csv"), "x");
        Files.writeString(base.resolve("in/sub/out/" + StagedOutput.MARKER), "written by Evidentia");
        Files.writeString(base.resolve("in/sub/out/findings.bioc.xml"), "x");
        Files.writeString(base.resolve("in/results/run.json"), "a folder of the user's own, without the marker");
        InputResolver resolver = new InputResolver(base);

        for (String walked : List.of("in", "in/**")) {
            InputResolver.Resolution resolution = resolver.resolveAll(List.of(walked));
            assertThat(resolution.files()).as(walked).containsExactly(base.resolve("in/export.txt"), base.resolve("in/results/run.json"));
            assertThat(resolution.problems()).as(walked).isEmpty();
            assertThat(resolution.leftOut()).as(walked).extracting(InputResolver.InputProblem::path)
                    .containsExactly(base.resolve("in/evidentia-out"), base.resolve("in/sub/out"));
            assertThat(resolution.leftOut().get(0).reason())
                    .isEqualTo("left out: an Evidentia run wrote this folder (it holds .evidentia-output); its files are that run's outputs,"
                            + " not exports (name one by its path to read it)");
        }

        // the review of session 30, K13: a run's folder named as an input had its tables read as exports, its report as a web page
        assertThatThrownBy(() -> resolver.resolveAll(List.of("in/evidentia-out", "in/export.txt")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("input 'in/evidentia-out' is a folder an Evidentia run wrote (it holds .evidentia-output): its tables, report"
                        + " and run.json are that run's outputs, not exports; name the exports it read (its run.json lists them), or a file"
                        + " of it by its path to read that file");
        InputResolver.Resolution named = resolver.resolveAll(List.of("in/evidentia-out/review-table.csv", "in/sub/out/findings.bioc.xml"));
        assertThat(named.files()).containsExactly(base.resolve("in/evidentia-out/review-table.csv"),
                base.resolve("in/sub/out/findings.bioc.xml"));
        assertThat(named.leftOut()).isEmpty();

        Files.createDirectories(base.resolve("again/evidentia-out"));
        Files.writeString(base.resolve("again/evidentia-out/" + StagedOutput.MARKER), "written by Evidentia");
        Files.writeString(base.resolve("again/evidentia-out/run.json"), "{}");
        assertThatThrownBy(() -> resolver.resolveAll(List.of("again")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("input 'again' holds no file outside the folders Evidentia runs wrote, which are left out ("
                        + base.resolve("again/evidentia-out") + "), whose files are outputs, not exports (name one by its path to read it)");
    }

    @Test
    void aPatternWalksOnlyTheFoldersItsSegmentsCanMatchAndTellsOfNoOtherOutputFolder() throws Exception {
        // An explorer's M2 (2026-12-04): `ibd-0*.txt` beside 17 report folders gave 17 notes, each in the report's Read this first
        Files.writeString(base.resolve("ibd-0.txt"), "x");
        for (String folder : List.of("R-k1", "R-k2", "one", "two/deeper")) {
            Files.createDirectories(base.resolve(folder));
        }
        Files.writeString(base.resolve("R-k1/" + StagedOutput.MARKER), "written by Evidentia");
        Files.writeString(base.resolve("R-k2/" + StagedOutput.MARKER), "written by Evidentia");
        Files.writeString(base.resolve("R-k1/ibd-0.txt"), "an output's copy");
        Files.writeString(base.resolve("one/ibd-1.txt"), "x");
        Files.writeString(base.resolve("two/deeper/ibd-2.txt"), "x");
        InputResolver resolver = new InputResolver(base);

        InputResolver.Resolution here = resolver.resolveAll(List.of("ibd-*.txt"));
        assertThat(here.files()).containsExactly(base.resolve("ibd-0.txt"));
        assertThat(here.leftOut()).isEmpty();

        InputResolver.Resolution oneDown = resolver.resolveAll(List.of("*/ibd-*.txt"));
        assertThat(oneDown.files()).containsExactly(base.resolve("one/ibd-1.txt"));
        assertThat(oneDown.leftOut()).extracting(InputResolver.InputProblem::path).containsExactly(base.resolve("R-k1"), base.resolve("R-k2"));

        InputResolver.Resolution named = resolver.resolveAll(List.of("o*/ibd-*.txt"));
        assertThat(named.files()).containsExactly(base.resolve("one/ibd-1.txt"));
        assertThat(named.leftOut()).as("R-k1 is no folder the pattern reaches").isEmpty();

        InputResolver.Resolution anyDepth = resolver.resolveAll(List.of("**/ibd-*.txt"));
        assertThat(anyDepth.files()).containsExactlyInAnyOrder(base.resolve("ibd-0.txt"), base.resolve("one/ibd-1.txt"),
                base.resolve("two/deeper/ibd-2.txt"));
        assertThat(anyDepth.leftOut()).extracting(InputResolver.InputProblem::path).containsExactlyInAnyOrder(base.resolve("R-k1"),
                base.resolve("R-k2"));
    }

    @Test
    void aPatternBelowAFixedFolderMatchesEachWildcardInItsSegmentAlone() throws Exception {
        for (String file : List.of("exports/b1/c.txt", "exports/b22/c.txt", "exports/x1/c.txt", "exports/b1/deeper/c.txt",
                "exports/b3/d.txt")) {
            Files.createDirectories(base.resolve(file).getParent());
            Files.writeString(base.resolve(file), "x");
        }
        InputResolver resolver = new InputResolver(base);
        assertThat(resolver.resolveAll(List.of("exports/b*/c.txt")).files())
                .containsExactly(base.resolve("exports/b1/c.txt"), base.resolve("exports/b22/c.txt"));
        assertThat(resolver.resolveAll(List.of("exports/b?/c.txt")).files()).containsExactly(base.resolve("exports/b1/c.txt"));
        assertThat(resolver.resolveAll(List.of("exports/[bx]1/c.txt")).files())
                .containsExactly(base.resolve("exports/b1/c.txt"), base.resolve("exports/x1/c.txt"));
        assertThat(resolver.resolveAll(List.of("exports/b[!1]*/?.txt")).files())
                .containsExactly(base.resolve("exports/b22/c.txt"), base.resolve("exports/b3/d.txt"));
    }

    @Test
    void aWorkingFolderWhoseNameHoldsWildcardsIsTakenAsItIsNamed() throws Exception {
        // the fixed part of a pattern is a folder's name: `exports [2026]*` is no wildcard of it
        Path odd = base.resolve("exports [2026]*{a,b}");
        Files.createDirectories(odd.resolve("week1"));
        Files.writeString(odd.resolve("week1/ibd-1.txt"), "x");
        Files.writeString(odd.resolve("ibd-0.txt"), "x");
        InputResolver resolver = new InputResolver(odd);
        assertThat(resolver.resolveAll(List.of("ibd-*.txt")).files()).containsExactly(odd.resolve("ibd-0.txt"));
        assertThat(resolver.resolveAll(List.of("*/ibd-*.txt")).files()).containsExactly(odd.resolve("week1/ibd-1.txt"));
        assertThat(resolver.resolveAll(List.of("**/ibd-*.txt")).files())
                .containsExactlyInAnyOrder(odd.resolve("ibd-0.txt"), odd.resolve("week1/ibd-1.txt"));
    }

    /**
     * Review s7, L7: from its parent folder, `exports [2026]/*.txt` read `[2026]` as a wildcard and matched nothing, with no
     * hint why; a backslash, which escapes it in a shell and in Java's glob, was taken for a folder separator.
     */
    @Test
    @DisabledOnOs(OS.WINDOWS) // where a backslash separates folders
    void aWildcardCharacterEscapedWithABackslashStandsForItselfAndAPatternMissingSuchAFolderSaysHowToWriteIt() throws Exception {
        Path odd = base.resolve("exports [2026]");
        Files.createDirectories(odd.resolve("week {1}"));
        Files.writeString(odd.resolve("a.txt"), "x");
        Files.writeString(odd.resolve("week {1}/b*.txt"), "x");
        Files.writeString(odd.resolve("week {1}/c.txt"), "x");
        InputResolver resolver = new InputResolver(base);

        assertThat(resolver.resolveAll(List.of("exports \\[2026\\]/*.txt")).files()).containsExactly(odd.resolve("a.txt"));
        assertThat(resolver.resolveAll(List.of("exports \\[2026\\]/week \\{1\\}/*.txt")).files())
                .containsExactly(odd.resolve("week {1}/b*.txt"), odd.resolve("week {1}/c.txt"));
        assertThat(resolver.resolveAll(List.of("exports \\[2026\\]/week \\{1\\}/b\\*.txt")).files()).as("no wildcard left")
                .containsExactly(odd.resolve("week {1}/b*.txt"));
        assertThat(resolver.resolveAll(List.of("exports \\[2026\\]/**/c.txt")).files()).containsExactly(odd.resolve("week {1}/c.txt"));

        assertThatThrownBy(() -> resolver.resolveAll(List.of("exports [2026]/*.txt")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("input 'exports [2026]/*.txt' matches no file (looked below " + base + "; 'exports [2026]' is a folder,"
                        + " but a pattern reads * ? [ ] { } in it as wildcards: write a backslash before each, as in"
                        + " 'exports \\[2026\\]/*.txt', or run from inside the folder)");
        assertThatThrownBy(() -> resolver.resolveAll(List.of("missing [1]/*.txt"))).as("no such folder: no hint")
                .hasMessage("input 'missing [1]/*.txt' matches no file (looked below " + base + ")");
        // a pattern Java cannot read is the input's mistake, said in words, not Java's three lines with a caret (F23)
        assertThatThrownBy(() -> resolver.resolveAll(List.of("{a,b"))).isInstanceOf(ConfigurationException.class)
                .hasMessage("input '{a,b' is not a valid pattern: a '{' is not closed (write \\{, \\[, \\* or \\? for the character itself)");
    }

    /**
     * Review s8: since a backslash escapes (above), a pipeline file written on Windows, `inputs: [data\*.nbib]`, matched
     * nothing on Linux without a word of why; it names what the input would with slashes.
     */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBackslashBetweenFoldersWhereItEscapesSaysWhatTheInputWouldNameWithSlashes() throws Exception {
        Path data = Files.createDirectories(base.resolve("data"));
        Files.writeString(data.resolve("a.nbib"), "x");
        Files.writeString(data.resolve("b.nbib"), "x");
        InputResolver resolver = new InputResolver(base);

        assertThatThrownBy(() -> resolver.resolveAll(List.of("data\\*.nbib")))
                .hasMessage("input 'data\\*.nbib' matches no file (looked below " + base + "; a backslash separates no folders here:"
                        + " with '/' between them, 'data/*.nbib' names 2 files)");
        assertThatThrownBy(() -> resolver.resolveAll(List.of("data\\a.nbib")))
                .hasMessage("input 'data\\a.nbib' matches no file (looked for " + base.resolve("data\\a.nbib") + "; a backslash"
                        + " separates no folders here: with '/' between them, 'data/a.nbib' names 1 file)");
        assertThatThrownBy(() -> resolver.resolveAll(List.of("other\\*.nbib"))).as("nothing there either: no hint")
                .hasMessage("input 'other\\*.nbib' matches no file (looked below " + base + ")");

        // review s9, 17: the escapes a folder's brackets need are kept, the backslash before the file's wildcard is a slash
        Files.writeString(Files.createDirectories(base.resolve("ex [2026]")).resolve("c.txt"), "x");
        assertThatThrownBy(() -> resolver.resolveAll(List.of("ex \\[2026\\]\\*.txt")))
                .hasMessage("input 'ex \\[2026\\]\\*.txt' matches no file (looked below " + base
                        + "; a backslash separates no folders here: with '/' between them, 'ex \\[2026\\]/*.txt' names 1 file)");
    }

    @Test
    void checksumFilesBesideTheFilesTheyCheckAreLeftOutOfWalksAndCountedInOneNote() throws Exception {
        Files.createDirectories(base.resolve("baseline"));
        for (String name : List.of("pubmed26n0001.xml.gz", "pubmed26n0002.xml.gz")) {
            Files.writeString(base.resolve("baseline/" + name), "x");
            Files.writeString(base.resolve("baseline/" + name + ".md5"), "MD5(" + name + ")= 0123456789abcdef0123456789abcdef\n");
        }
        Files.writeString(base.resolve("baseline/lone.MD5"), "no file of that name beside it: an input like any other");
        InputResolver resolver = new InputResolver(base);

        for (String walked : List.of("baseline", "baseline/*")) {
            InputResolver.Resolution resolution = resolver.resolveAll(List.of(walked));
            assertThat(resolution.files()).as(walked).containsExactly(base.resolve("baseline/lone.MD5"),
                    base.resolve("baseline/pubmed26n0001.xml.gz"), base.resolve("baseline/pubmed26n0002.xml.gz"));
            assertThat(resolution.leftOut()).as(walked).singleElement().satisfies(note -> {
                assertThat(note.path()).isEqualTo(base.resolve("baseline"));
                assertThat(note.reason()).startsWith("left out 2 checksum files (a NAME.md5 beside the file NAME it checks");
            });
        }
        assertThat(resolver.resolveAll(List.of("baseline/pubmed26n0001.xml.gz.md5")).files()).as("named, it is read")
                .containsExactly(base.resolve("baseline/pubmed26n0001.xml.gz.md5"));
    }

    @Test
    void aNameWithAWildcardCharThatExistsAsItIsNamesThatFile() throws Exception {
        Files.createDirectories(base.resolve("in"));
        Files.writeString(base.resolve("in/pubmed[1].xml"), "x");
        Files.writeString(base.resolve("in/pubmed1.xml"), "x");

        // as a store run hands a folder's files back to the engine, each by its resolved name
        List<Path> found = new InputResolver(base).resolveAll(List.of(base.resolve("in/pubmed[1].xml").toString())).files();
        assertThat(found).containsExactly(base.resolve("in/pubmed[1].xml"));
        assertThat(new InputResolver(base).resolveAll(List.of("in/pubmed[0-9].xml")).files())
                .as("a pattern that names no file as it is is still a pattern").containsExactly(base.resolve("in/pubmed1.xml"));
    }

    /**
     * A store run resolves its inputs, hashes the files, and hands the engine each file by its
     * resolved name with its digest, keyed by path: the engine finds the digest only if the name
     * resolves to the very same path again.
     */
    @Test
    void eachResolvedFileResolvesToItselfWhenHandedBackByName() throws Exception {
        Files.createDirectories(base.resolve("in/sub"));
        Files.writeString(base.resolve("in/sub/a.xml"), "a");
        Files.writeString(base.resolve("in/b*.xml"), "b");
        Files.writeString(base.resolve("in/c{1}.xml"), "c");
        Files.writeString(base.resolve("in/d.xml"), "d");
        Files.createSymbolicLink(base.resolve("linked"), base.resolve("in/sub"));
        InputResolver resolver = new InputResolver(base);

        List<Path> files = resolver.resolveAll(List.of("in", "./in/../in/*.xml", "linked", "in/**/a.xml")).files();
        List<Path> again = resolver.resolveAll(files.stream().map(Path::toString).toList()).files();

        assertThat(files).as("linked/a.xml is in/sub/a.xml").hasSize(4);
        assertThat(again).isEqualTo(files);
    }

    // Review 22, L3: a link to a file named before was read again, and each of its records counted as a duplicate
    @Test
    void aFileNamedAgainThroughALinkIsReadOnceWhereItWasFirstNamed() throws Exception {
        Files.createDirectories(base.resolve("in"));
        Files.createDirectories(base.resolve("alt"));
        Files.writeString(base.resolve("in/x.txt"), "x");
        Files.writeString(base.resolve("in/y.txt"), "y");
        Files.createSymbolicLink(base.resolve("alt/link-to-x.txt"), base.resolve("in/x.txt"));
        Files.createSymbolicLink(base.resolve("linked-in"), base.resolve("in"));

        InputResolver.Resolution resolution = new InputResolver(base).resolveAll(List.of("in/x.txt", "alt", "linked-in", "in/y.txt"));

        assertThat(resolution.files()).containsExactly(base.resolve("in/x.txt"), base.resolve("linked-in/y.txt"));
        // review 23, L5: each name passed over is told, so that the count of files read is explained
        assertThat(resolution.leftOut()).extracting(Object::toString).containsExactly(
                base.resolve("alt/link-to-x.txt") + ": the same file as in/x.txt, read once",
                base.resolve("linked-in/x.txt") + ": the same file as in/x.txt, read once",
                base.resolve("in/y.txt") + ": the same file as linked-in/y.txt, read once");
    }

    @Test
    void aBrokenSymbolicLinkInAFolderIsReportedAndTheOtherFilesAreRead() throws Exception {
        Files.createDirectories(base.resolve("in"));
        Files.writeString(base.resolve("in/good.txt"), "x");
        Files.createSymbolicLink(base.resolve("in/moved.txt"), base.resolve("elsewhere/moved.txt"));

        InputResolver.Resolution resolution = new InputResolver(base).resolveAll(List.of("in"));

        assertThat(resolution.files()).containsExactly(base.resolve("in/good.txt"));
        assertThat(resolution.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(base.resolve("in/moved.txt"));
            assertThat(p.reason()).isEqualTo("a broken symbolic link (its target does not exist): not read");
        });
    }

    @Test
    void linkedFoldersAreWalkedAndALinkBackIntoItsOwnFolderIsReportedNotFollowedForEver() throws Exception {
        Files.createDirectories(base.resolve("in"));
        Files.createDirectories(base.resolve("elsewhere"));
        Files.writeString(base.resolve("elsewhere/linked.txt"), "x");
        Files.createSymbolicLink(base.resolve("in/other"), base.resolve("elsewhere"));
        Files.createSymbolicLink(base.resolve("in/loop"), base.resolve("in"));

        InputResolver.Resolution resolution = new InputResolver(base).resolveAll(List.of("in"));

        assertThat(resolution.files()).containsExactly(base.resolve("in/other/linked.txt"));
        assertThat(resolution.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(base.resolve("in/loop"));
            assertThat(p.reason()).contains("symbolic link back to a folder that contains it");
        });
    }

    @Test
    void anUnreadableSubfolderIsReportedAndTheWalkGoesOn() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads folders without read permission: the case cannot be made here");
        Files.createDirectories(base.resolve("in/locked"));
        Files.writeString(base.resolve("in/locked/a.txt"), "x");
        Files.writeString(base.resolve("in/open.txt"), "x");
        base.resolve("in/locked").toFile().setReadable(false);
        try {
            InputResolver.Resolution resolution = new InputResolver(base).resolveAll(List.of("in"));

            assertThat(resolution.files()).containsExactly(base.resolve("in/open.txt"));
            assertThat(resolution.problems()).singleElement().satisfies(p ->
                    assertThat(p.reason()).isEqualTo("cannot be read: permission denied; its files are not read"));
        } finally {
            base.resolve("in/locked").toFile().setReadable(true);
        }
    }

    @Test
    void anInputNamingNothingIsAConfigurationErrorThatSaysWhatWasLookedFor() throws Exception {
        Files.createSymbolicLink(base.resolve("dangling.txt"), base.resolve("nowhere.txt"));

        assertThatThrownBy(() -> new InputResolver(base).resolveAll(List.of("missing.txt")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("matches no file");
        assertThatThrownBy(() -> new InputResolver(base).resolveAll(List.of("dangling.txt")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is a broken symbolic link");
    }

    /** A pattern said only "matches no file", where a plain name says where it looked. */
    @Test
    void aPatternMatchingNothingSaysWhereItLookedOrThatItsFolderIsMissing() throws Exception {
        Files.createDirectories(base.resolve("exports"));
        Files.writeString(base.resolve("exports/a.xml.gz"), "x");

        assertThatThrownBy(() -> new InputResolver(base).resolveAll(List.of("exports/*.xml.gzz")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("input 'exports/*.xml.gzz' matches no file (looked below " + base.resolve("exports") + ")");
        assertThatThrownBy(() -> new InputResolver(base).resolveAll(List.of("exprots/**/*.xml.gz")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("input 'exprots/**/*.xml.gz' matches no file (the folder " + base.resolve("exprots") + " does not exist)");
    }
}
