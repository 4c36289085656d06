package org.evidentia.runtime.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.evidentia.api.Reporter;
import org.evidentia.api.Source;
import org.evidentia.runtime.host.fixtures.GreetingPlugin;
import org.evidentia.runtime.host.fixtures.GreetingSource;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin zips crafted to unpack to far more than they weigh, or to say one thing in their central directory and another in their local headers. */
class PluginZipTest {

    @TempDir
    Path plugins;

    @TempDir
    Path downloads;

    @Test
    void aZipThatInflatesFarBeyondItsSizeIsRefusedAtInstallAndByTheHostWithoutUnpackingIt() throws IOException {
        // 17 MiB of zeros deflate to some 17 KB: 1,000 to 1
        Path bomb = plainPluginWith(downloads, "bomb", "lib/big.bin", new byte[17 << 20]);
        long compressed;
        try (ZipFile file = new ZipFile(bomb.toFile())) {
            compressed = file.getEntry("lib/big.bin").getCompressedSize();
        }
        String problem = "its entry 'lib/big.bin' unpacks to 17825792 bytes from " + compressed
                + ", compressed more than 100 to 1 (the most for an entry over 16 MiB)";

        assertThatThrownBy(() -> new PluginInstaller(plugins, "0.1.0").install(bomb)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot install " + bomb + ":\n  " + problem);
        assertThat(names(plugins)).isEmpty();

        Files.copy(bomb, plugins.resolve("bomb.zip"));
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("bomb.zip: refused: " + problem + "; nothing of it was unpacked");
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
        }
        assertThat(plugins.resolve("bomb")).doesNotExist();
    }

    /** Review 32, L7: entries each under the large-entry size escaped the ratio bound together, and any number of entries passed. */
    @Test
    void entriesThatInflateFarBeyondTheirSizeTogetherOrTooManyEntriesAreRefused() throws IOException {
        // two entries of 15 MiB of zeros: each under 16 MiB, together 30 MiB from some 30 KB
        Path together = withEntry(plainPluginWith(downloads, "together", "lib/a.bin", new byte[15 << 20]), "lib/b.bin",
                new byte[15 << 20], ZipEntry.DEFLATED);
        long unpacked;
        long compressed;
        try (ZipFile file = new ZipFile(together.toFile())) {
            unpacked = Collections.list(file.entries()).stream().mapToLong(ZipEntry::getSize).sum();
            compressed = Collections.list(file.entries()).stream().mapToLong(ZipEntry::getCompressedSize).sum();
        }
        assertThatThrownBy(() -> new PluginInstaller(plugins, "0.1.0").install(together))
                .hasMessage("cannot install " + together + ":\n  its entries unpack to " + unpacked + " bytes from " + compressed
                        + ", together compressed more than 100 to 1 (the most for an entry over 16 MiB)");

        Path many = PluginFolders.zip(downloads, "many", Map.of("plugin.requires", "*"), null, PlainReporter.class);
        Path copy = downloads.resolve("many-copy.zip");
        int entries;
        try (ZipFile in = new ZipFile(many.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            entries = in.size() + PluginZip.MAX_ENTRIES;
            for (int i = in.size(); i < entries; i++) {
                out.putNextEntry(new ZipEntry("lib/empty" + i + ".txt"));
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> new PluginInstaller(plugins, "0.1.0").install(copy))
                .hasMessage("cannot install " + copy + ":\n  it holds " + entries + " entries, more than a plugin may (10000)");
        assertThat(names(plugins)).isEmpty();
    }

    @Test
    void aZipWhoseEntriesDeclareMoreThanOneGibibyteInAllIsRefused() throws IOException {
        // 70 entries of 16 bytes, each declared 16 MiB in the central directory (no more than
        // the compression ratio allows an entry of that size to be checked against)
        Path zip = plainPluginWith(downloads, "huge", "lib/part0.txt", "sixteen bytes!!\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i < 70; i++) {
            zip = withEntry(zip, "lib/part" + i + ".txt", "sixteen bytes!!\n".getBytes(StandardCharsets.UTF_8), ZipEntry.STORED);
        }
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = 0; i < 70; i++) {
            declareSize(bytes, "lib/part" + i + ".txt", PluginZip.LARGE_ENTRY_BYTES);
        }
        Files.write(zip, bytes);

        assertThatThrownBy(() -> new PluginInstaller(plugins, "0.1.0").install(downloads.resolve("huge.zip")))
                .hasMessageEndingWith("its entries unpack to " + (70 * PluginZip.LARGE_ENTRY_BYTES + plainPluginBytes(zip))
                        + " bytes, more than a plugin may (1 GiB)");
        Files.copy(zip, plugins.resolve("huge.zip"));
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).singleElement().asString().startsWith("huge.zip: refused: its entries unpack to ")
                    .endsWith("; nothing of it was unpacked");
        }
        assertThat(plugins.resolve("huge")).doesNotExist();
    }

    @Test
    void everyEntryThatWouldBeWrittenOutsideThePluginsFolderIsNamedAtInstallAndByTheHost() throws IOException {
        Path zip = PluginFolders.zipWithEntries(downloads, "slip", Map.of(), new java.util.TreeMap<>(Map.of("../a.txt", "a",
                "lib/../../b.txt", "b")), null, PlainReporter.class);
        String first = "its entry '../a.txt' would be written outside the plugin's folder";
        String second = "its entry 'lib/../../b.txt' would be written outside the plugin's folder";

        assertThatThrownBy(() -> new PluginInstaller(plugins, "0.1.0").install(zip))
                .hasMessage("cannot install " + zip + ":\n  " + first + "\n  " + second);
        Files.copy(zip, plugins.resolve("slip.zip"));
        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("slip.zip: refused: " + first + "; " + second + "; nothing of it was unpacked");
        }
        assertThat(names(plugins)).containsExactly("slip.zip");
    }

    @Test
    void anEntryThatInflatesToMoreThanItDeclaresStopsTheUnpackingAndLeavesNothing() throws IOException {
        Path zip = plainPluginWith(plugins, "liar", "lib/data.bin", new byte[256 * 1024]);
        byte[] bytes = Files.readAllBytes(zip);
        declareSize(bytes, "lib/data.bin", 100);
        Files.write(zip, bytes);
        PluginFolders.zip(plugins, "greeting-plugin", "*", GreetingPlugin.class, GreetingSource.class);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).map(PluginProblem::toString).containsExactly("liar.zip: cannot be unpacked: its entry 'lib/data.bin' unpacks to more"
                    + " than the 100 bytes it declares; it is not loaded");
            assertThat(host.extensions(Reporter.class)).isEmpty();
            assertThat(host.extensions(Source.class)).extracting(LoadedExtension::name).containsExactly("greeting");
        }
        assertThat(names(plugins)).containsExactly("greeting-plugin", "greeting-plugin.zip", "liar.zip");
    }

    @Test
    void theHostUnpacksTheEntriesOfTheCentralDirectoryItScreenedNotThoseOfTheLocalHeaders(@TempDir Path sandbox) throws IOException {
        // two levels down, so that where the local header's name points is inside this test's folder too
        Path plugins = Files.createDirectories(sandbox.resolve("one/two/plugins"));
        String evil = "../../escaped-by-local-header.txt";
        String benign = "classes/" + "a".repeat(evil.length() - "classes/".length() - ".txt".length()) + ".txt";
        Path zip = plainPluginWith(plugins, "diff", benign, "pwned".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(zip);
        renameInLocalHeader(bytes, benign, evil);
        Files.write(zip, bytes);

        try (PluginHost host = new PluginHost(plugins, "0.1.0").start()) {
            assertThat(host.problems()).isEmpty();
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
        assertThat(plugins.resolve("diff").resolve(benign)).hasContent("pwned");
        assertThat(plugins.getParent().resolve("escaped-by-local-header.txt")).doesNotExist();
        assertThat(plugins.getParent().getParent().resolve("escaped-by-local-header.txt")).doesNotExist();
    }

    @Test
    void craftingAZipLeavesNothingButTheZipAndNothingInTheSystemTempFolder() throws IOException {
        Path systemTemp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.List<String> before = pluginFolders(systemTemp);

        plainPluginWith(downloads, "tidy", "lib/data.txt", "data".getBytes(StandardCharsets.UTF_8));

        assertThat(names(downloads)).containsExactly("tidy.zip");
        assertThat(pluginFolders(systemTemp)).as("plugin-* entries of " + systemTemp).isEqualTo(before);
    }

    /** The entries of the system temp folder whose names start with "plugin-", which is what the zip helpers once left there. */
    private static java.util.List<String> pluginFolders(Path systemTemp) throws IOException {
        return names(systemTemp).stream().filter(name -> name.startsWith("plugin-")).toList();
    }

    /** A working plugin zip (PlainReporter) named {@code id}.zip in {@code dir}, with one more entry, deflated. */
    private static Path plainPluginWith(Path dir, String id, String name, byte[] data) throws IOException {
        Path plain = PluginFolders.zip(dir, id, Map.of("plugin.requires", "*"), null, PlainReporter.class);
        return withEntry(plain, name, data, ZipEntry.DEFLATED);
    }

    /** A copy of {@code zip} (replacing it) with one more entry. */
    private static Path withEntry(Path zip, String name, byte[] data, int method) throws IOException {
        Path copy = Files.createTempFile(zip.getParent(), "copy", ".zip");
        try (ZipFile in = new ZipFile(zip.toFile()); OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data0 = in.getInputStream(entry)) {
                    data0.transferTo(out);
                }
                out.closeEntry();
            }
            ZipEntry extra = new ZipEntry(name);
            extra.setMethod(method);
            if (method == ZipEntry.STORED) {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(data);
                extra.setSize(data.length);
                extra.setCompressedSize(data.length);
                extra.setCrc(crc.getValue());
            }
            out.putNextEntry(extra);
            out.write(data);
            out.closeEntry();
        }
        return Files.move(copy, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The uncompressed size the zip's entries other than lib/ declare. */
    private static long plainPluginBytes(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Collections.list(file.entries()).stream().filter(e -> !e.getName().startsWith("lib/")).mapToLong(ZipEntry::getSize).sum();
        }
    }

    /** Sets the uncompressed size the central directory gives the entry {@code name}. */
    private static void declareSize(byte[] zip, String name, long size) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (u32(zip, i) == 0x02014b50 && u16(zip, i + 28) == wanted.length && regionIs(zip, i + 46, wanted)) {
                for (int b = 0; b < 4; b++) {
                    zip[i + 24 + b] = (byte) (size >>> (8 * b));
                }
                return;
            }
        }
        throw new AssertionError("no central directory entry " + name);
    }

    /** Renames the entry {@code name} in its local header only (the names must be as long). */
    private static void renameInLocalHeader(byte[] zip, String name, String newName) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 30 <= zip.length; i++) {
            if (u32(zip, i) == 0x04034b50 && u16(zip, i + 26) == wanted.length && regionIs(zip, i + 30, wanted)) {
                System.arraycopy(newName.getBytes(StandardCharsets.UTF_8), 0, zip, i + 30, wanted.length);
                return;
            }
        }
        throw new AssertionError("no local header " + name);
    }

    private static boolean regionIs(byte[] zip, int at, byte[] wanted) {
        if (at + wanted.length > zip.length) {
            return false;
        }
        for (int j = 0; j < wanted.length; j++) {
            if (zip[at + j] != wanted[j]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static java.util.List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
