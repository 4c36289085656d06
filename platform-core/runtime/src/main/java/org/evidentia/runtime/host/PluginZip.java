package org.evidentia.runtime.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.evidentia.runtime.output.FileTrees;

/**
 * The screening of a plugin zip (every entry stays inside the plugin's folder, the sizes keep to
 * the bounds), which {@code plugins install} and the host both apply before anything of the zip is
 * written, and the host's unpacking itself, which applies it again to the zip it opens.
 *
 * <p>Both read the zip's central directory through {@link ZipFile}: the entries unpacked are the
 * entries checked, whatever the local headers say (PF4J's own unzip reads the local headers, which
 * a crafted zip makes differ). The sizes checked are the ones the central directory declares; the
 * unpacking counts the bytes it writes too, and stops at an entry that inflates to more than it declared.
 *
 * <p>The bounds are public for the Spark executors, which take plugin zips out of a bundle zip
 * within the same bounds; the screening and the unpacking are the host's.
 */
public final class PluginZip {

    /** Most bytes one plugin may unpack to, its entries together: 1 GiB (the bundled plugins unpack to a few MiB each). */
    public static final long MAX_UNPACKED_BYTES = 1L << 30;
    /** Entries larger than this are held to {@link #MAX_RATIO}: 16 MiB. */
    public static final long LARGE_ENTRY_BYTES = 16L << 20;
    /** Most a large entry may be compressed: 100 to 1 (classes and text compress some 2 to 10 to 1, jars hardly at all). */
    public static final long MAX_RATIO = 100;
    /** Most entries a plugin zip may hold: 10,000 (the bundled ones hold a few dozen; a jar in lib/ is one entry). */
    public static final int MAX_ENTRIES = 10_000;
    /** The ratio bound in words, for messages: what an entry {@link #beyondRatio} breaks. */
    public static final String RATIO_BOUND = "compressed more than " + MAX_RATIO + " to 1 (the most for an entry over "
            + (LARGE_ENTRY_BYTES >> 20) + " MiB)";

    private PluginZip() {
    }

    /**
     * What the zip's central directory breaks of the bounds, one line each: every entry that would be
     * written outside the plugin's folder, then the sizes; empty when the zip may be unpacked.
     */
    static List<String> problems(ZipFile zip) {
        List<String> problems = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (escapes(entry.getName())) {
                problems.add(outside(entry));
            }
        }
        problems.addAll(sizeProblems(zip));
        return problems;
    }

    /** True for an entry name that leaves the folder it is unpacked into ({@code ../x}, {@code /x}, {@code C:x}). */
    private static boolean escapes(String entryName) {
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String outside(ZipEntry entry) {
        return "its entry '" + entry.getName() + "' would be written outside the plugin's folder";
    }

    /** What the central directory's sizes break of the bounds, one line each; empty when they keep to them. */
    private static List<String> sizeProblems(ZipFile zip) {
        List<String> problems = new ArrayList<>();
        if (zip.size() > MAX_ENTRIES) {
            problems.add("it holds " + zip.size() + " entries, more than a plugin may (" + MAX_ENTRIES + ")");
        }
        long total = 0;
        long totalCompressed = 0;
        boolean entryBeyondRatio = false;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || compressed < 0) {
                problems.add("its entry '" + entry.getName() + "' declares no size");
                continue;
            }
            if (beyondRatio(size, compressed)) {
                entryBeyondRatio = true;
                problems.add("its entry '" + entry.getName() + "' unpacks to " + size + " bytes from " + compressed + ", " + RATIO_BOUND);
            }
            total += size;
            totalCompressed += compressed;
        }
        if (total > MAX_UNPACKED_BYTES) {
            problems.add("its entries unpack to " + total + " bytes, more than a plugin may (" + (MAX_UNPACKED_BYTES >> 30) + " GiB)");
        } else if (!entryBeyondRatio && beyondRatio(total, totalCompressed)) {
            // many entries each under the large-entry size (60 of 15 MiB of zeros) unpack as one large one would
            problems.add("its entries unpack to " + total + " bytes from " + totalCompressed + ", together " + RATIO_BOUND);
        }
        return problems;
    }

    /**
     * Whether an entry that unpacks to {@code size} bytes from {@code compressed} is compressed beyond
     * the bound: over {@link #LARGE_ENTRY_BYTES} and more than {@link #MAX_RATIO} to 1. Also for what an
     * entry has unpacked to so far, against the bytes read for it.
     */
    public static boolean beyondRatio(long size, long compressed) {
        return size > LARGE_ENTRY_BYTES && size / Math.max(compressed, 1) > MAX_RATIO;
    }

    /** What the host writes into a plugin's folder: its extensions' names and the stamp of the zip it was unpacked from. */
    private static final java.util.Set<String> HOST_FILES = java.util.Set.of(ExtensionNames.FILE, ZipStamp.FILE);

    /** The folder a plugin zip is unpacked to: beside it, named as it is without {@code .zip}. */
    static Path unpackedFolder(Path zip) {
        String name = zip.getFileName().toString();
        return zip.resolveSibling(name.substring(0, name.length() - ".zip".length()));
    }

    /**
     * Unpacks {@code zip} into {@code folder}, which is replaced: into a hidden folder beside it
     * first, moved into place once every entry is written, so that a zip that fails half-way
     * leaves nothing a plugin could be loaded from.
     *
     * @throws ZipException when {@link #problems} finds any (in the zip as it is opened here, which
     *     is the one unpacked), or an entry inflates to more bytes than it declares; nothing is left of the zip then
     */
    static void unpack(Path zip, Path folder) throws IOException {
        Path partial = Partials.newFolder(folder.getParent(), ".unpacking-");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> problems = problems(file);
            if (!problems.isEmpty()) {
                throw new ZipException(String.join("; ", problems));
            }
            for (ZipEntry entry : Collections.list(file.entries())) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) { // the file system's own word, beside escapes' reading of the name
                    throw new ZipException(outside(entry));
                }
                if (HOST_FILES.contains(partial.relativize(target).toString())) {
                    // the host's own files, in a zip made of a folder it had unpacked and used: its extensions' names are
                    // learnt from the extensions made, not from a list the zip brings, which let a name install refuses through
                    // (the review of session 19, H9)
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                        copy(in, out, entry);
                    }
                }
            }
            FileTrees.delete(folder);
            Partials.moveIntoPlace(partial, folder);
        } finally {
            FileTrees.delete(partial);
        }
    }

    /** Copies one entry, refusing more bytes than it declares (the central directory is the zip's word, not a bound on the data). */
    private static void copy(InputStream in, OutputStream out, ZipEntry entry) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            written += n;
            if (written > entry.getSize()) {
                throw new ZipException("its entry '" + entry.getName() + "' unpacks to more than the " + entry.getSize()
                        + " bytes it declares");
            }
            out.write(buffer, 0, n);
        }
    }
}
