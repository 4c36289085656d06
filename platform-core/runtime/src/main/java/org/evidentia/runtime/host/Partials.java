package org.evidentia.runtime.host;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hidden files and folders in the plugins folder that are written first and then moved into place:
 * an installed zip, an unpacked plugin, a plugin list. They are made with the permissions the
 * user's umask gives anything new, as {@code Files.createFile} and {@code createDirectory} make
 * them, not with the owner-only ones of {@code Files.createTempFile}: what is moved into place must
 * stay readable by the other users of a shared installation, who load the same plugins.
 */
final class Partials {

    private Partials() {
    }

    /** A new empty file {@code prefix + random + suffix} in {@code folder}. */
    static Path newFile(Path folder, String prefix, String suffix) throws IOException {
        while (true) {
            try {
                return Files.createFile(folder.resolve(prefix + randomPart() + suffix)); // fails on anything there, a link included
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
    }

    /** A new empty folder {@code prefix + random} in {@code folder}. */
    static Path newFolder(Path folder, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(folder.resolve(prefix + randomPart()));
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
    }

    /**
     * Moves a partial file or folder to {@code target} at once, replacing a file there as a rename
     * does; where the file system cannot rename atomically (a plugins folder on some network file
     * systems), by a plain move.
     */
    static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String randomPart() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }
}
