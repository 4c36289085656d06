package org.evidentia.runtime.text;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file's I/O failure in words a user reads: Java's own message of an {@link AccessDeniedException} is the path alone
 * ("ro.yaml: cannot be read: ro.yaml"), and that of a file that is no UTF-8 text "Input length = 1" (an explorer's s21, D3).
 */
public final class IoMessages {

    private IoMessages() {
    }

    /** {@code e} in plain words: "permission denied ...", "no such file", "is a folder, not a file", else its message. */
    public static String plain(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (the file is not readable by this user)";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() != null && Files.isSymbolicLink(Path.of(missing.getFile()))
                    ? "a broken symbolic link (its target does not exist)" : "no such file";
        }
        // reading a folder throws a plain IOException whose message is the system's, opening one a FileSystemException
        if ("Is a directory".equals(e.getMessage()) || e instanceof FileSystemException fs && "Is a directory".equals(fs.getReason())) {
            return "is a folder, not a file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? "unreadable" : e.getMessage();
    }

    /**
     * {@code e} in plain words with the file it met, for a failure that may be of another file than the one a message names
     * (a folder made with its parents: "permission denied on /nonexistent", "Not a directory: /x/file.txt/pubmed").
     */
    public static String withTheFile(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + ": " + fs.getFile();
        }
        return plain(e);
    }
}
