package org.evidentia.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.evidentia.runtime.host.PluginHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An executor's copy of the job's plugins, from a plugins folder, a bundle zip (a zip of a plugins
 * folder) or one plugin's zip: within a plugin zip's bounds, and a zip told a plugin's or a bundle
 * from its central directory.
 */
class ExecutorPluginsTest {

    @TempDir
    Path downloads;

    @TempDir
    Path target;

    @Test
    void aBundleWhoseEntryInflatesFarBeyondItsSizeIsRefusedNamingTheBundleAndTheEntryAndLeavesNothingOnDisk() throws IOException {
        // 17 MiB of zeros deflate to some 17 KB: 1,000 to 1; the stream's local headers declare no size
        Path bundle = bundle(Map.of("plugins/bomb.zip", new byte[17 << 20]));
        List<Path> before = executorFolders();

        assertThatThrownBy(() -> ExecutorPlugins.host(bundle.toString(), new Configuration()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot load the plugins from " + bundle + ": its entry 'plugins/bomb.zip' unpacks to more than ")
                .hasMessageEndingWith(", compressed more than 100 to 1 (the most for an entry over 16 MiB)");
        assertThat(executorFolders()).as("the executor's copy is removed").isEqualTo(before);
    }

    @Test
    void aBundleWhosePluginZipsUnpackBeyondTheBoundInAllIsRefusedAtTheEntryThatGoesBeyond() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("plugins/a.zip", new byte[600]);
        entries.put("plugins/README.txt", new byte[5000]); // not taken out, so not counted
        entries.put("plugins/b.zip", new byte[600]);
        Path bundle = bundle(entries);

        assertThatThrownBy(() -> ExecutorPlugins.copy(bundle.toString(), new Configuration(), target, bounds(10, 1000, 1000)))
                .isInstanceOf(IOException.class)
                .hasMessage("its entry 'plugins/b.zip' takes the plugin zips and lists copied beyond 1000 bytes, the most an"
                        + " executor copies in all (as a plugin may unpack to)");
    }

    @Test
    void aBundleWithinTheBoundsHasItsPluginZipsAndListsCopied() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("plugins/a.zip", new byte[600]);
        entries.put("plugins/disabled.txt", "a\n".getBytes(StandardCharsets.UTF_8));
        entries.put("plugins/README.txt", new byte[5000]);
        Path bundle = bundle(entries);

        ExecutorPlugins.copy(bundle.toString(), new Configuration(), target, bounds(10, 1000, 1000));

        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("a.zip", "disabled.txt");
        }
        assertThat(target.resolve("a.zip")).hasSize(600);
    }

    @Test
    void aBundleWithMorePluginZipsAndListsThanTheBoundIsRefusedAtTheFirstBeyond() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("plugins/a.zip", new byte[10]);
        entries.put("plugins/README.txt", new byte[10]); // not taken out, so not counted
        entries.put("plugins/enabled.txt", new byte[10]);
        entries.put("plugins/b.zip", new byte[10]);
        Path bundle = bundle(entries);

        assertThatThrownBy(() -> ExecutorPlugins.copy(bundle.toString(), new Configuration(), target, bounds(2, 1000, 1000)))
                .isInstanceOf(IOException.class)
                .hasMessage("its entry 'plugins/b.zip' goes beyond 2 plugin zips and lists, the most an executor copies");
    }

    @Test
    void aBundleEntryBeyondTheMostForOnePluginZipIsRefusedWithinTheBoundInAll() throws IOException {
        Path bundle = bundle(Map.of("plugins/big.zip", new byte[1001]));

        assertThatThrownBy(() -> ExecutorPlugins.copy(bundle.toString(), new Configuration(), target, bounds(10, 10_000, 1000)))
                .isInstanceOf(IOException.class)
                .hasMessage("its entry 'plugins/big.zip' is more than 1000 bytes, the most for a plugin zip (as a plugin may unpack to)");
    }

    @Test
    void aPluginZipIsToldFromABundleByItsCentralDirectoryWithoutInflatingItsEntries() throws IOException {
        // plugin.properties comes after an entry whose deflated data is broken: reading the entries
        // in order (inflating each to reach the next) fails there; the central directory lists both
        Path plugin = zipWithABrokenFirstEntry("one-plugin.zip", "lib/a.jar", "plugin.properties", "plugin.id=one\n".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(plugin);

        ExecutorPlugins.copy(plugin.toString(), new Configuration(), target, bounds(10, 100_000, 100_000));

        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("one-plugin.zip");
        }
        assertThat(target.resolve("one-plugin.zip")).hasBinaryContent(bytes);
    }

    @Test
    void aBundlesEntriesThatAreNoPluginZipNorListAreNeverInflated() throws IOException {
        // README.txt's deflated data is broken: reading the entries in order (inflating each to reach
        // the next) fails there; read through the central directory, only a.zip is inflated
        Path bundle = zipWithABrokenFirstEntry("plugins.zip", "plugins/README.txt", "plugins/a.zip", new byte[600]);

        ExecutorPlugins.copy(bundle.toString(), new Configuration(), target, bounds(10, 1000, 1000));

        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.zip");
        }
        assertThat(target.resolve("a.zip")).hasBinaryContent(new byte[600]);
    }

    @Test
    void aZip64PluginZipIsToldFromABundleByItsZip64CentralDirectory() throws IOException {
        // more than 65,535 entries: the end record's count is 0xFFFF and the Zip64 end record gives the directory
        Path plugin = downloads.resolve("many-entries.zip");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(plugin)); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (int i = 0; i < 70_000; i++) {
                zip.putNextEntry(new ZipEntry("classes/C" + i + ".class"));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("plugin.properties"));
            zip.closeEntry();
        }

        ExecutorPlugins.copy(plugin.toString(), new Configuration(), target, bounds(10, 100L << 20, 100L << 20));

        assertThat(target.resolve("many-entries.zip")).hasSameBinaryContentAs(plugin);
    }

    @Test
    void aFileThatIsNoZipIsRefusedAsOneNamingTheLocation() throws IOException {
        Path notZip = downloads.resolve("plugins.zip");
        Files.writeString(notZip, "not a zip\n".repeat(100));
        List<Path> before = executorFolders();

        assertThatThrownBy(() -> ExecutorPlugins.host(notZip.toString(), new Configuration()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot load the plugins from " + notZip + ": not a readable zip: Archive is not a ZIP archive");
        assertThat(executorFolders()).isEqualTo(before);
    }

    @Test
    void aSinglePluginZipBeyondTheMostForOneIsRefusedBeforeItIsCopied() throws IOException {
        Path plugin = bundle(Map.of("plugin.properties", new byte[2000])); // some 200 bytes deflated

        assertThatThrownBy(() -> ExecutorPlugins.copy(plugin.toString(), new Configuration(), target, bounds(10, 10_000, 100)))
                .isInstanceOf(IOException.class)
                .hasMessage("its file 'plugins.zip' is more than 100 bytes, the most for a plugin zip (as a plugin may unpack to)");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void aPluginsFolderWithMoreThanAThousandPluginZipsAndListsIsRefusedNamingTheFirstBeyondAndLeavesNothingOnDisk()
            throws IOException {
        Path folder = Files.createDirectory(downloads.resolve("plugins"));
        for (int i = 0; i <= 1000; i++) {
            Files.createFile(folder.resolve(String.format("p%04d.zip", i)));
        }
        Files.createFile(folder.resolve("README.txt")); // not copied, so not counted
        List<Path> before = executorFolders();

        assertThatThrownBy(() -> ExecutorPlugins.host(folder.toString(), new Configuration()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot load the plugins from " + folder + ": its file 'p1000.zip' goes beyond 1000 plugin zips and"
                        + " lists, the most an executor copies");
        assertThat(executorFolders()).as("the executor's copy is removed").isEqualTo(before);
    }

    @Test
    void aPluginsFolderWhosePluginZipsGoBeyondTheBoundInAllIsRefusedBeforeAnyIsCopied() throws IOException {
        Path folder = folder(Map.of("a.zip", 600, "b.zip", 600));

        assertThatThrownBy(() -> ExecutorPlugins.copy(folder.toString(), new Configuration(), target, bounds(10, 1000, 1000)))
                .isInstanceOf(IOException.class)
                .hasMessage("its file 'b.zip' takes the plugin zips and lists copied beyond 1000 bytes, the most an executor"
                        + " copies in all (as a plugin may unpack to)");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void aPluginsFolderWithAPluginZipBeyondTheMostForOneIsRefusedBeforeAnyIsCopied() throws IOException {
        Path folder = folder(Map.of("a.zip", 600, "big.zip", 1001));

        assertThatThrownBy(() -> ExecutorPlugins.copy(folder.toString(), new Configuration(), target, bounds(10, 10_000, 1000)))
                .isInstanceOf(IOException.class)
                .hasMessage("its file 'big.zip' is more than 1000 bytes, the most for a plugin zip (as a plugin may unpack to)");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void aPluginsFolderWithAListBeyondTheMostForOneIsRefused() throws IOException {
        Path folder = folder(Map.of("a.zip", 600, "disabled.txt", 101));

        assertThatThrownBy(() -> ExecutorPlugins.copy(folder.toString(), new Configuration(), target,
                new ExecutorPlugins.Bounds(10, 10_000, 1000, 100)))
                .isInstanceOf(IOException.class)
                .hasMessage("its file 'disabled.txt' is more than 100 bytes, the most for a list of plugins (enabled.txt, disabled.txt)");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void aPluginsFolderWithinTheBoundsHasItsPluginZipsAndListsCopied() throws IOException {
        Path folder = folder(Map.of("a.zip", 600, "b.zip", 300, "enabled.txt", 50, "README.txt", 5000));

        ExecutorPlugins.copy(folder.toString(), new Configuration(), target, bounds(3, 1000, 600));

        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("a.zip", "b.zip", "enabled.txt");
        }
        assertThat(target.resolve("a.zip")).hasSize(600);
    }

    /**
     * A zip of two deflated entries, {@code first} (text of some 20 KB) and {@code second}, whose first
     * entry's data is broken: a final block of the reserved type 3, so that inflating it fails with
     * "invalid block type", and reading the entries in order fails before the second.
     */
    private Path zipWithABrokenFirstEntry(String name, String first, String second, byte[] secondContent) throws IOException {
        Path zipFile = downloads.resolve(name);
        try (OutputStream file = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(first));
            zip.write("some text or other\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(second));
            zip.write(secondContent);
            zip.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zipFile);
        ByteBuffer localHeader = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int firstData = 30 + localHeader.getShort(26) + localHeader.getShort(28);
        bytes[firstData] = (byte) 0xFF;
        Files.write(zipFile, bytes);
        return zipFile;
    }

    /** At most {@code maxFiles} files, {@code maxBytes} in all, {@code maxZipBytes} a plugin zip, 1 MiB a list. */
    private static ExecutorPlugins.Bounds bounds(int maxFiles, long maxBytes, long maxZipBytes) {
        return new ExecutorPlugins.Bounds(maxFiles, maxBytes, maxZipBytes, 1L << 20);
    }

    /** A plugins folder of files of the given names and sizes. */
    private Path folder(Map<String, Integer> sizes) throws IOException {
        Path folder = Files.createDirectory(downloads.resolve("plugins"));
        for (Map.Entry<String, Integer> file : sizes.entrySet()) {
            Files.write(folder.resolve(file.getKey()), new byte[file.getValue()]);
        }
        return folder;
    }

    /**
     * Review 32, L9: an executor left its copy of the job's plugins in the temporary folder when its JVM
     * ended. At the JVM's end (the hook calls closeAll) each host stops and its copy goes.
     */
    @Test
    void theHostsAreStoppedAndTheirCopiesDeletedAtTheEnd() throws IOException {
        Path plugins = Files.createDirectories(downloads.resolve("empty-plugins"));
        Files.writeString(plugins.resolve("disabled.txt"), "none\n");
        List<Path> before = executorFolders();
        PluginHost host = ExecutorPlugins.host(plugins.toString(), new Configuration());
        assertThat(ExecutorPlugins.host(plugins.toString(), new Configuration())).as("one host per location").isSameAs(host);
        List<Path> copies = new ArrayList<>(executorFolders());
        copies.removeAll(before);
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).resolve("disabled.txt")).hasContent("none");

        ExecutorPlugins.closeAll();

        assertThat(copies.get(0)).doesNotExist();
        // other test classes of this JVM may have left hosts, whose copies closeAll deletes too: only none may be new
        assertThat(executorFolders()).as("no copy left").isSubsetOf(before);
        assertThat(ExecutorPlugins.host(plugins.toString(), new Configuration())).as("a new host after the old one stopped").isNotSameAs(host);
        ExecutorPlugins.closeAll();
    }

    /** A bundle of the given entries, deflated as a zip tool writes them (sizes in data descriptors after the data). */
    private Path bundle(Map<String, byte[]> entries) throws IOException {
        Path bundle = downloads.resolve("plugins.zip");
        try (OutputStream file = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bundle;
    }

    /** The executors' local plugin folders in the system temp folder. */
    private static List<Path> executorFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("evidentia-plugins-")).sorted().toList();
        }
    }
}
