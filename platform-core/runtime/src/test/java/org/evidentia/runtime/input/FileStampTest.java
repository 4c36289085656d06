package org.evidentia.runtime.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {

    @TempDir
    Path dir;

    /** A minute from now: the files written by a test are then long settled. */
    private final Instant later = Instant.now().plusSeconds(60);

    @BeforeEach
    void aFileSystemWithChangeTimes() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "a file system without change times");
    }

    @Test
    void aSettledFilesStampIsItsSizeTimesDeviceAndInode() throws Exception {
        Path file = Files.writeString(dir.resolve("a.xml"), "<PubmedArticleSet/>\n");

        String stamp = FileStamp.of(file, later);

        long modified = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
        long changed = ((FileTime) Files.getAttribute(file, "unix:ctime")).to(TimeUnit.NANOSECONDS);
        assertThat(stamp).isEqualTo("20:" + modified + ":" + changed + ":" + Files.getAttribute(file, "unix:dev") + ":"
                + Files.getAttribute(file, "unix:ino"));
        assertThat(FileStamp.of(file, later)).isEqualTo(stamp);
    }

    @Test
    void severalFilesAreStampedInTheirOrderEachAsAlone() throws Exception {
        Path b = Files.writeString(dir.resolve("b.xml"), "<PubmedArticleSet/>\n");
        Path a = Files.writeString(dir.resolve("a.xml"), "<PubmedArticleSet></PubmedArticleSet>\n");
        Path gone = dir.resolve("gone.xml");

        Map<Path, String> stamps = FileStamp.of(List.of(b, gone, a), later);

        assertThat(stamps.keySet()).containsExactly(b, gone, a);
        assertThat(stamps.get(b)).isNotNull().isEqualTo(FileStamp.of(b, later)).isNotEqualTo(stamps.get(a));
        assertThat(stamps.get(a)).isNotNull().isEqualTo(FileStamp.of(a, later));
        assertThat(stamps.get(gone)).isNull();
    }

    @Test
    void aFileWrittenLessThanThreeSecondsBeforeOrAfterNowHasNone() throws Exception {
        Path file = Files.writeString(dir.resolve("a.xml"), "<PubmedArticleSet/>\n");
        Instant changed = ((FileTime) Files.getAttribute(file, "unix:ctime")).toInstant();

        assertThat(FileStamp.of(file, changed.plusMillis(2_900))).isNull();
        assertThat(FileStamp.of(file, changed.minusSeconds(1))).isNull();
        assertThat(FileStamp.of(file, changed.plusMillis(3_100))).isNotNull();
        // a modification time ahead of the clock (a copy from a machine whose clock runs fast) is no settled one either
        Files.setLastModifiedTime(file, FileTime.from(later.plusSeconds(60)));
        assertThat(FileStamp.of(file, later)).isNull();
    }

    @Test
    void theSameBytesInAnotherFileOrWithAnotherModificationTimeHaveAnotherStamp() throws Exception {
        Path file = Files.writeString(dir.resolve("a.xml"), "<PubmedArticleSet/>\n");
        Path copy = Files.copy(file, dir.resolve("b.xml"));
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(file));
        String stamp = FileStamp.of(file, later);

        assertThat(FileStamp.of(copy, later)).as("another inode").isNotEqualTo(stamp);
        // the copy's change time differs too: its inode is what tells it here, whatever the times
        assertThat(part(FileStamp.of(copy, later), 4)).isEqualTo(String.valueOf(Files.getAttribute(copy, "unix:ino")))
                .isNotEqualTo(part(stamp, 4));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3_600)));
        assertThat(FileStamp.of(file, later)).isNotEqualTo(stamp);
        assertThat(part(FileStamp.of(file, later), 1)).isNotEqualTo(part(stamp, 1));
    }

    @Test
    void theSameBytesWrittenAgainWithTheModificationTimeSetBackHaveAnotherStamp() throws Exception {
        Path file = Files.writeString(dir.resolve("a.xml"), "<PubmedArticleSet/>\n");
        FileTime modified = Files.getLastModifiedTime(file);
        String stamp = FileStamp.of(file, later);
        Thread.sleep(50); // past the tick of the file system's clock (a few milliseconds on Linux)

        Files.writeString(file, "<PubmedArticleSet/>\n");
        Files.setLastModifiedTime(file, modified);

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(FileStamp.of(file, later)).as("the change time moved").isNotEqualTo(stamp);
    }

    /** The {@code index}th of the stamp's {@code size:modified:changed:device:inode}. */
    private static String part(String stamp, int index) {
        return stamp.split(":")[index];
    }

    @Test
    void aFileThatIsNotThereHasNone() {
        assertThat(FileStamp.of(dir.resolve("gone.xml"), later)).isNull();
    }
}
