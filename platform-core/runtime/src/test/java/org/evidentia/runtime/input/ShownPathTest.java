package org.evidentia.runtime.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a run names its input files. */
class ShownPathTest {

    private static final Path WORK = Path.of("/home/ana/reviews/fibromyalgia").toAbsolutePath();

    @Test
    void aFileInsideTheWorkingFolderIsShownRelative() {
        assertThat(ShownPath.of(WORK.resolve("exports/a.nbib"), WORK)).isEqualTo(Path.of("exports", "a.nbib").toString());
    }

    // Review 13, L2: `run ../shared/data/b.txt` put /home/ana/reviews/shared/... into run.json and the report
    @Test
    void aFileBesideTheWorkingFolderIsShownAsGivenWithDots() {
        assertThat(ShownPath.of(WORK.resolve("../shared/data/b.txt"), WORK)).isEqualTo(Path.of("..", "shared", "data", "b.txt").toString());
    }

    @Test
    void aFileFarAwayIsShownAbsoluteRatherThanThroughManyDots() {
        Path far = WORK.getRoot().resolve("data/pubmed/c.xml.gz");
        assertThat(ShownPath.of(far, WORK)).isEqualTo(far.toString());
    }

    // Review 22, M3: run from "/", /tmp/r22/in/a.txt was shown as tmp/r22/in/a.txt, which reads as a relative path
    @Test
    void aFileSeenFromTheRootIsShownAbsolute() {
        Path root = WORK.getRoot();
        Path file = root.resolve("tmp/r22/in/a.txt");
        assertThat(ShownPath.of(file, root)).isEqualTo(file.toString());
    }
}
