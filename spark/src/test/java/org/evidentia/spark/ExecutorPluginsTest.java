package org.evidentia.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An executor's copy of the job's plugins from a bundle zip (a zip of a plugins folder): within a plugin zip's bounds. */
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

        assertThatThrownBy(() -> ExecutorPlugins.copy(bundle.toString(), new Configuration(), target, 1000))
                .isInstanceOf(ZipException.class)
                .hasMessage("its entry 'plugins/b.zip' takes what its plugin zips unpack to beyond 1000 bytes, the most for a"
                        + " bundle (as for one plugin)");
    }

    @Test
    void aBundleWithinTheBoundsHasItsPluginZipsAndListsCopied() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("plugins/a.zip", new byte[600]);
        entries.put("plugins/disabled.txt", "a\n".getBytes(StandardCharsets.UTF_8));
        entries.put("plugins/README.txt", new byte[5000]);
        Path bundle = bundle(entries);

        ExecutorPlugins.copy(bundle.toString(), new Configuration(), target, 1000);

        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("a.zip", "disabled.txt");
        }
        assertThat(target.resolve("a.zip")).hasSize(600);
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
