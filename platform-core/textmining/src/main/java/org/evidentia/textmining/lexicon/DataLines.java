package org.evidentia.textmining.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
}
