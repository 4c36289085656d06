package org.evidentia.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * An explorer's s21, D3: an unreadable pipeline file, gold file or exclusion list was told as "ro.yaml: cannot be read:
 * ro.yaml" (Java's message of an AccessDeniedException is the path alone), a folder as "Is a directory" and a binary gold
 * file as "Input length = 1".
 */
class IoMessagesTest {

    @Test
    void javasWordsForAFileThatCannotBeReadAreAReason() {
        assertThat(IoMessages.plain(new AccessDeniedException("ro.yaml"))).isEqualTo("permission denied (the file is not readable by this user)");
        assertThat(IoMessages.plain(new FileSystemException("exdir", null, "Is a directory"))).isEqualTo("is a folder, not a file");
        assertThat(IoMessages.plain(new IOException("Is a directory"))).isEqualTo("is a folder, not a file");
        assertThat(IoMessages.plain(new MalformedInputException(1))).isEqualTo("not UTF-8 text");
        assertThat(IoMessages.plain(new NoSuchFileException("gone.txt"))).isEqualTo("no such file");
        assertThat(IoMessages.plain(new FileSystemException("f", null, "No space left on device"))).isEqualTo("No space left on device");
        assertThat(IoMessages.plain(new IOException("Stale file handle"))).isEqualTo("Stale file handle");
    }

    /** A folder made with its parents fails on one of them, which the words name (the search cache's, review-s21-cli D14). */
    @Test
    void withTheFileNamesTheFileTheFailureMet() {
        assertThat(IoMessages.withTheFile(new AccessDeniedException("/nonexistent"))).isEqualTo("permission denied on /nonexistent");
        assertThat(IoMessages.withTheFile(new FileSystemException("/x/a.txt/pubmed", null, "Not a directory")))
                .isEqualTo("Not a directory: /x/a.txt/pubmed");
        assertThat(IoMessages.withTheFile(new IOException("Stale file handle"))).isEqualTo("Stale file handle");
    }
}
