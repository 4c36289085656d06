package org.evidentia.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @TempDir
    Path dir;

    @Test
    void deletesNestedFoldersAndFiles() throws IOException {
        Path root = dir.resolve("root");
        Files.createDirectories(root.resolve("a/b/c"));
        Files.writeString(root.resolve("top.txt"), "1");
        Files.writeString(root.resolve("a/b/middle.txt"), "2");
        Files.writeString(root.resolve("a/b/c/deep.txt"), "3");
        Files.createDirectories(root.resolve("empty"));

        FileTrees.delete(root);

        assertThat(root).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void deletesALinkAsALinkAndKeepsWhatItPointsTo() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("kept.txt"), "kept");
        Path keptFile = Files.writeString(dir.resolve("kept-file.txt"), "kept");
        Path root = Files.createDirectories(dir.resolve("root/inner"));
        try {
            Files.createSymbolicLink(root.resolve("to-folder"), outside);
            Files.createSymbolicLink(root.resolve("to-file"), keptFile);
            Files.createSymbolicLink(root.resolve("broken"), dir.resolve("nowhere"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system makes no symbolic links: " + e);
        }

        FileTrees.delete(dir.resolve("root"));

        assertThat(dir.resolve("root")).doesNotExist();
        assertThat(outside.resolve("kept.txt")).hasContent("kept");
        assertThat(keptFile).hasContent("kept");
    }

    @Test
    void aRootThatIsALinkIsDeletedAsALink() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("kept.txt"), "kept");
        Path link = dir.resolve("link");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system makes no symbolic links: " + e);
        }

        FileTrees.delete(link);

        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(outside.resolve("kept.txt")).hasContent("kept");
    }

    @Test
    void aFolderThatIsNotThereIsNothingToDo() throws IOException {
        FileTrees.delete(dir.resolve("absent"));

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anEntryThatCannotBeDeletedIsThrownNamingItAndTheRestIsLeft() throws Exception {
        Path root = dir.resolve("root");
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.writeString(locked.resolve("inside.txt"), "x");
        Files.writeString(root.resolve("beside.txt"), "y");
        Runnable unlock = undeletableEntries(locked);
        try {
            assertThatThrownBy(() -> FileTrees.delete(root)).isInstanceOf(IOException.class).hasMessageContaining("inside.txt");

            assertThat(locked.resolve("inside.txt")).exists();
        } finally {
            unlock.run();
        }
    }

    /**
     * Makes the entries of {@code folder} undeletable, and returns what undoes it: a folder without
     * write permission, or, for root (whom permissions do not stop), the immutable attribute.
     */
    private static Runnable undeletableEntries(Path folder) throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Runnable writable = () -> {
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        if (!Files.isWritable(folder)) {
            return writable;
        }
        writable.run();
        boolean immutable;
        try {
            immutable = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            immutable = false;
        }
        assumeTrue(immutable, "running as root without chattr +i: no entry can be made undeletable");
        return () -> {
            try {
                new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot make " + folder + " deletable again", e);
            }
        };
    }

    @Test
    void aFolderThatCannotBeReadIsThrownAsAnIOExceptionNotAnUncheckedOne() throws IOException {
        Path root = dir.resolve("root");
        Path unreadable = Files.createDirectories(root.resolve("unreadable"));
        Files.writeString(unreadable.resolve("inside.txt"), "x");
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("-wx------"));
        try {
            assumeTrue(!Files.isReadable(unreadable), "running as a user who may read anything (root): nothing to refuse");

            assertThatThrownBy(() -> FileTrees.delete(root)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("unreadable");
        } finally {
            Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
