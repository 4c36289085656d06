package org.evidentia.runtime.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.evidentia.pluginkit.rules.PluginPackaging;

/**
 * Copies of the libraries the host provides inside a plugin's {@code lib/} jars, by the list and in the words of the build's packaging check
 * ({@link PluginPackaging#hostCopy}): a plugin whose {@code lib/} holds the api implements another
 * {@code org.evidentia.api.Extractor} than the host's, so PF4J finds none of its extensions, and the
 * user sees only that. {@code plugins install} refuses such a zip; the host names the copies when a
 * plugin copied into the folder by hand offers no extension. The same walk of the {@code lib/} jars finds a jar of the
 * plugin's own classes, which holds an extensions index ({@link #jarsWithIndex}).
 */
final class HostCopies {

    private HostCopies() {
    }

    /**
     * Every copy in a plugin zip's {@code lib/} jars, one line each naming the jar and the library; empty
     * when none. Its {@code classes/} are the plugin's own: a package named like the host's there is the
     * build check's to refuse (the host's own test plugins have one), not a library bundled by mistake.
     */
    static List<String> in(ZipFile zip) throws IOException {
        List<String> copies = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = entry.getName();
            if (isLibraryJar(name)) {
                try (InputStream in = zip.getInputStream(entry)) {
                    inJar(in).ifPresent(copy -> copies.add(name + " holds " + copy));
                }
            }
        }
        return copies;
    }

    /** Every copy in an unpacked plugin folder, as {@link #in(ZipFile)} says them; empty when none or unreadable. */
    static List<String> in(Path folder) {
        List<String> copies = new ArrayList<>();
        Path lib = folder.resolve("lib");
        if (!Files.isDirectory(lib)) {
            return copies;
        }
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(j -> isLibraryJar("lib/" + j.getFileName())).sorted().toList()) {
                try (InputStream in = Files.newInputStream(jar)) {
                    inJar(in).ifPresent(copy -> copies.add("lib/" + jar.getFileName() + " holds " + copy));
                }
            }
        } catch (IOException e) {
            // the host's message stays as it was without the copies: nothing more can be said
        }
        return copies;
    }

    /**
     * Every {@code lib/} jar of a plugin zip that holds {@code META-INF/extensions.idx}, with that index's text, in the zip's
     * order: the plugin's own classes, jarred, whose index PF4J reads as it reads one under {@code classes/} (an explorer's
     * F3; the review of session 30, P1); empty when none does.
     */
    static List<JarIndex> jarsWithIndex(ZipFile zip) throws IOException {
        List<JarIndex> indexes = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (isLibraryJar(entry.getName())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    ZipInputStream entries = new ZipInputStream(in);
                    for (ZipEntry inner; (inner = entries.getNextEntry()) != null; ) {
                        if (inner.getName().equals("META-INF/extensions.idx")) {
                            indexes.add(new JarIndex(entry.getName(), new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                            break;
                        }
                    }
                }
            }
        }
        return indexes;
    }

    /** A lib/ jar's extensions index: the jar's entry name in the zip, and the index's text. */
    record JarIndex(String jar, String text) {
    }

    private static boolean isLibraryJar(String entryName) {
        return entryName.startsWith("lib/") && entryName.endsWith(".jar") && entryName.indexOf('/', 4) < 0;
    }

    /** The first host class of a jar, described; read as a stream, so that a jar inside a zip needs no temporary file. */
    private static Optional<String> inJar(InputStream jar) throws IOException {
        return firstEntry(jar, PluginPackaging::hostCopy);
    }

    /** What {@code seen} says of the first entry of a jar it says something of, read as a stream. */
    private static Optional<String> firstEntry(InputStream jar, Function<String, Optional<String>> seen) throws IOException {
        ZipInputStream entries = new ZipInputStream(jar);
        for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
            Optional<String> said = seen.apply(entry.getName());
            if (said.isPresent()) {
                return said;
            }
        }
        return Optional.empty();
    }
}
