package org.evidentia.runtime.host;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Exceptions as a user reads them: what went wrong, without Java class names where a sentence says it. */
final class Messages {

    private Messages() {
    }

    /** The message of {@code e} (or of its innermost cause) in plain words. */
    static String plain(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (root instanceof NoSuchFileException missing) {
            return "no such file " + missing.getFile();
        }
        if (root instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        String message = e.getMessage() != null ? e.getMessage() : root.getMessage();
        return message != null ? firstLine(message) : "unexpected " + root.getClass().getSimpleName();
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
