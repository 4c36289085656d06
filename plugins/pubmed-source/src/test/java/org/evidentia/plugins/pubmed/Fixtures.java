package org.evidentia.plugins.pubmed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.RunSummary.Problem;
import org.evidentia.testkit.PluginTestKit.SourceRun;
import org.evidentia.testkit.PluginTestKit;

/** The committed fixtures under src/test/resources/fixtures, and ways to derive bad inputs from them. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A fixture file, e.g. {@code medline/two-records.nbib}. */
    public static Path path(String name) {
        return PluginTestKit.resource("fixtures/" + name);
    }

    /** A fixture's text. */
    public static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} to {@code dir/name}. */
    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture with LF line ends turned into CRLF, written into {@code dir}. */
    public static Path crlf(Path dir, String name) {
        String crlf = text(name).replace("\r\n", "\n").replace("\n", "\r\n");
        return write(dir, "crlf-" + Path.of(name).getFileName(), crlf.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A fixture with the first occurrence of {@code marker} replaced by bytes that are not UTF-8
     * (0xE9 0xFF: Latin-1 "é" and a byte UTF-8 never uses), written into {@code dir}.
     */
    public static Path notUtf8(Path dir, String name, String marker) {
        byte[] text = text(name).getBytes(StandardCharsets.UTF_8);
        byte[] find = marker.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(text, find);
        if (at < 0) {
            throw new IllegalArgumentException(marker + " is not in " + name);
        }
        byte[] bad = {(byte) 0xE9, (byte) 0xFF};
        byte[] out = new byte[text.length - find.length + bad.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(text, at + find.length, out, at + bad.length, text.length - at - find.length);
        return write(dir, "latin1-" + Path.of(name).getFileName(), out);
    }

    /** The problems of a run of the given kind. */
    public static List<Problem> problems(SourceRun run, Problem.Kind kind) {
        return run.log().problems().stream().filter(p -> p.kind() == kind).toList();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
