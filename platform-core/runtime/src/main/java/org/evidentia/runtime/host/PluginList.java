package org.evidentia.runtime.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the plugins folder's two lists of plugin ids, {@code enabled.txt} or {@code disabled.txt}:
 * read as PF4J reads it, and changed by replacing the whole file in one step, never in place.
 *
 * <p>A change is written into a hidden file beside the list ({@code .enabled.txt.RANDOM.part}),
 * forced to the disk and renamed over the list (atomically where the file system can), so that a
 * stop at any moment (Ctrl-C, {@code kill}, a power cut) leaves the list as it was or as it is
 * to be, and a command reading it meanwhile sees one or the other, never a list cut short; at
 * worst the hidden file stays. Every other byte of the list stays as it was: its comments, blank
 * lines, line endings and the order of its lines. A list that is a symbolic link is read through
 * it (as PF4J reads it) but never changed: the change is refused, as Evidentia refuses a link as a
 * lock file, rather than made through the link or made by replacing the link.
 */
final class PluginList {

    static final String ENABLED = "enabled.txt";
    static final String DISABLED = "disabled.txt";

    /** A line with its ending ({@code \n}, {@code \r\n}, {@code \r}, or none at the end of the file). */
    private static final Pattern LINE = Pattern.compile("([^\r\n]*)(\r\n|\r|\n|$)");

    private final Path file;

    /** @param file the list, in the plugins folder; it need not exist (an absent list is an empty one) */
    PluginList(Path file) {
        this.file = file;
    }

    /** The list's file. */
    Path file() {
        return file;
    }

    /**
     * The ids the list names: every line that is neither blank nor starts with {@code #}, stripped, each
     * once, in order. Empty when the file is not there. A blank line was an id of its own, so an
     * {@code enabled.txt} holding a comment and a blank line disabled every plugin without a reason, and
     * {@code "delta "} named no plugin, though {@link #remove} strips (the review of session 19, H14).
     */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (String[] line : lines(read())) {
            String id = line[0].strip();
            if (!id.isEmpty() && !id.startsWith("#") && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Adds a line {@code id} at the end of the list (made when missing), unless a line names it
     * already; replaces the file in one step.
     *
     * @return whether the list was changed
     * @throws IllegalArgumentException when the list is a symbolic link (nothing is written)
     * @throws UncheckedIOException     when the list cannot be read or written; it is as it was then
     */
    boolean add(String id) {
        String content = read();
        for (String[] line : lines(content)) {
            if (line[0].strip().equals(id)) { // as ids() and remove() read lines
                return false;
            }
        }
        boolean endsLine = content.isEmpty() || content.endsWith("\n") || content.endsWith("\r");
        replace(content + (endsLine ? "" : "\n") + id + "\n");
        return true;
    }

    /**
     * Removes every line that names {@code id} (with white space about it or not), keeping every
     * other line as it is; replaces the file in one step.
     *
     * @return whether the list was changed (false too when it is not there)
     * @throws IllegalArgumentException when the list is a symbolic link and would change (nothing is written)
     * @throws UncheckedIOException     when the list cannot be read or written; it is as it was then
     */
    boolean remove(String id) {
        String content = read();
        StringBuilder kept = new StringBuilder(content.length());
        boolean removed = false;
        for (String[] line : lines(content)) {
            if (line[0].strip().equals(id)) {
                removed = true;
            } else {
                kept.append(line[0]).append(line[1]);
            }
        }
        if (removed) {
            replace(kept.toString());
        }
        return removed;
    }

    /** The file's bytes as ISO-8859-1, one char a byte, so that what is not an id is written back unchanged; "" when it is not there. */
    private String read() {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugins folder's list " + file + ": " + Messages.plain(e), e);
        }
    }

    /** The lines of {@code content}, each as its text and its ending; no empty last line after a final line ending. */
    private static List<String[]> lines(String content) {
        List<String[]> lines = new ArrayList<>();
        Matcher matcher = LINE.matcher(content);
        int at = 0;
        while (at < content.length() && matcher.find(at)) {
            lines.add(new String[] {matcher.group(1), matcher.group(2)});
            at = matcher.end();
        }
        return lines;
    }

    /**
     * Makes {@code content} the list's: written to a hidden file beside it, forced to the disk, then
     * renamed over it. A rename replaces the name, never what a link there points to; the link is
     * refused beforehand so that it is not silently replaced by a file either.
     */
    private void replace(String content) {
        if (Files.isSymbolicLink(file)) {
            throw new IllegalArgumentException("the plugins folder's list " + file + " is a symbolic link; Evidentia does not"
                    + " change its lists through links: replace the link with the file it points to");
        }
        Path partial = null;
        try {
            partial = Partials.newFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".part");
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.ISO_8859_1));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true); // on the disk before the rename, so that a power cut cannot leave the new name empty
            }
            keepPermissions(partial);
            Partials.moveIntoPlace(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plugins folder's list " + file + ": " + Messages.plain(e), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial); // moved: gone already
                } catch (IOException e) {
                    // a hidden leftover, which no command reads
                }
            }
        }
    }

    /** Gives the new file the list's permissions, where the file system has them (a list readable by every user stays so). */
    private void keepPermissions(Path partial) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (old == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.getFileAttributeView(partial, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setPermissions(old.readAttributes().permissions());
    }
}
