package org.evidentia.textmining.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.evidentia.api.Api;

/**
 * The data lines of a text data file (a lexicon, a word list): every line but blank ones and
 * those starting {@code #}, each with its 1-based line number, a byte-order mark at the start of
 * the file dropped. What a line holds is the caller's to read; a malformed line is best reported
 * with the file's name and the line number the handler receives.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class DataLines {

    private DataLines() {
    }

    /** Receives the data lines of a file, in file order, on the calling thread. */
    @FunctionalInterface
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public interface Handler {
        /**
         * One data line.
         *
         * @param number its 1-based line number in the file
         * @param line   the line, without its line end; not blank and not a comment
         */
        void line(int number, String line);
    }

    /** The longest part of a line {@link #describe} quotes. */
    static final int QUOTED_CHARS = 120;

    /**
     * A malformed line as an error message shows it: quoted when it has a tab (a line of a tab-separated file gone
     * wrong; cut after {@value #QUOTED_CHARS} chars), else only its length. A file an option names may be any file a
     * pipeline file from someone else points at (a {@code .netrc}), and its first line should not be printed.
     *
     * @param line the line; not null
     * @return the words to put after "found: "
     */
    public static String describe(String line) {
        if (line.indexOf('\t') < 0) {
            return "a line without a tab (" + line.length() + " characters, not shown: is this a tab-separated file?)";
        }
        return line.length() <= QUOTED_CHARS ? line : line.substring(0, QUOTED_CHARS) + "... (" + line.length() + " characters)";
    }

    /**
     * Hands each data line of {@code reader} to {@code handler}.
     *
     * @param reader read to its end and left open (the caller closes it); not null
     * @param handler not null; what it throws ends the reading and reaches the caller
     * @throws IOException when {@code reader} fails
     */
    public static void read(BufferedReader reader, Handler handler) throws IOException {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank() && !line.startsWith("#")) {
                handler.line(number, line);
            }
        }
    }

    /**
     * Hands each data line of a UTF-8 class-path resource to {@code handler}.
     *
     * @param owner    the class whose package holds the resource; not null
     * @param resource the file name relative to that package; not null
     * @param handler  not null; what it throws ends the reading and reaches the caller
     * @throws IllegalStateException when the resource is missing (a packaging error)
     * @throws UncheckedIOException when it cannot be read
     */
    public static void readResource(Class<?> owner, String resource, Handler handler) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing beside " + owner.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            read(reader, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What to throw for a user's data file (a lexicon an option names, say) that cannot be read:
     * {@code cannot read WHAT FILE (looked for /abs/FILE, relative to the working directory): REASON}.
     * The place is given for a relative name, since the working directory is not a pipeline file's
     * folder (its inputs are relative to the file, an option's file is not), and the reason in words
     * ({@code no such file}, {@code permission denied}, {@code it is a folder, not a file}, {@code line N
     * is not UTF-8 text}), where Java's own messages are a bare path, "Is a directory" or "Input length = 1".
     * For text that is not UTF-8 the file is read again, as bytes, to name its first such line (a
     * decoder fails a buffer ahead of the line it is on, so the reader's line count cannot tell).
     *
     * @param what  what the file is, as the message names it ({@code "cytokine lexicon"}); not null
     * @param file  the file as the user named it; not null
     * @param cause why reading it failed; not null
     * @return the exception, with {@code cause} as its cause
     */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
    public static IllegalArgumentException unreadable(String what, Path file, IOException cause) {
        String lookedFor = file.isAbsolute() ? "" : " (looked for " + file.toAbsolutePath() + ", relative to the working directory)";
        String reason = Files.isDirectory(file) ? "it is a folder, not a file"
                : cause instanceof NoSuchFileException ? "no such file"
                : cause instanceof AccessDeniedException ? "permission denied"
                : cause instanceof CharacterCodingException ? notUtf8(file)
                : cause.getMessage();
        return new IllegalArgumentException("cannot read " + what + " " + file + lookedFor + ": " + reason, cause);
    }

    /** Why a file is not UTF-8 text, naming its first line that is not when the file can be read again. */
    private static String notUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return "it is not UTF-8 text (save it as UTF-8)";
        }
        // A byte of a UTF-8 sequence is never '\n', so each line is decoded alone.
        int line = 1;
        for (int start = 0; start <= bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, end - start));
            } catch (CharacterCodingException e) {
                return "line " + line + " is not UTF-8 text (save the file as UTF-8)";
            }
            start = end + 1;
        }
        return "it is not UTF-8 text (save it as UTF-8)";
    }
}
