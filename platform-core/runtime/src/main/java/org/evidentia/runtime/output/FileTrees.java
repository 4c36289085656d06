package org.evidentia.runtime.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deleting a folder with everything below it: a run's work folder, a bench pass's output, a
 * plugin's unpacked folder, a Spark executor's scratch folder. One method for all of them, so that
 * none follows a symbolic link out of the folder it deletes.
 */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Deletes {@code root} and everything below it. A symbolic link, {@code root} included, is
     * deleted as a link: what it points to is never touched, nor walked into. Nothing is done when
     * {@code root} is not there, and an entry that goes away while this runs (another process
     * deleting it too) is passed over.
     *
     * @throws IOException the first entry that cannot be read or deleted, as the file system reports
     *     it (an {@link java.nio.file.AccessDeniedException} naming the entry, say); the entries
     *     before it are deleted, it and the rest are left. Each caller says whether that is an error.
     */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // walkFileTree without FOLLOW_LINKS hands a link to visitFile as a link, whatever it points to.
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // gone already
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
