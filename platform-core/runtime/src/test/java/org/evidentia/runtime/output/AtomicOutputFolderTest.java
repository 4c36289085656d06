package org.evidentia.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFileAppearsOnlyWhenItsBodySucceeds() throws Exception {
        AtomicOutputFolder folder = new AtomicOutputFolder(dir.resolve("out"));
        Files.writeString(dir.resolve("out/table.csv"), "the previous run's complete table\n");

        assertThatThrownBy(() -> folder.writeText("table.csv", w -> {
            w.write("half a tab");
            w.flush();
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(dir.resolve("out/table.csv"))).isEqualTo("the previous run's complete table\n");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("table.csv");
        }
        Path written = folder.writeText("sub/report.txt", w -> w.write("done"));
        assertThat(written).hasContent("done");
    }

    @Test
    void writtenFilesAreReadableByOthersAsTheUmaskAllowsNotPrivate() throws Exception {
        Path written = new AtomicOutputFolder(dir).writeText("report.html", w -> w.write("<p>hi</p>"));
        assertThat(Files.getPosixFilePermissions(written)).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(written)).as("umask 022 gives group and others read")
                .contains(PosixFilePermission.OTHERS_READ);
    }

    @Test
    void namesOutsideTheFolderAreRefused() throws Exception {
        AtomicOutputFolder folder = new AtomicOutputFolder(dir);
        assertThatThrownBy(() -> folder.writeText("../escape.txt", w -> w.write("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a file inside the output folder");
    }
}
