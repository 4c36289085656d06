package org.evidentia.spark;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.host.PluginHost;
import org.evidentia.runtime.host.PluginZip;

/**
 * The plugin host of one executor JVM: the job's plugins folder or zip copied from its file system
 * to a local folder and loaded by the same {@link PluginHost} as the command line uses, once per
 * JVM and plugins location, then shared by the tasks that JVM runs.
 *
 * <p>This is the one place with state shared across tasks: Spark runs tasks as plain function calls
 * in a long-lived JVM, and loading plugins for every input file would cost more than reading it.
 * The hosts live until the JVM ends.
 */
final class ExecutorPlugins {

    private static final Map<String, PluginHost> HOSTS = new ConcurrentHashMap<>();

    private ExecutorPlugins() {
    }

    /** The started host of the plugins at {@code location}. */
    static PluginHost host(String location, Configuration conf) {
        return HOSTS.computeIfAbsent(location, l -> {
            Path local = null;
            try {
                local = Files.createTempDirectory("evidentia-plugins-");
                copy(l, conf, local);
                return new PluginHost(local, EvidentiaVersion.get()).start();
            } catch (IOException e) {
                ScratchFolders.delete(local); // what a refused bundle left, up to its bound, is not left on the executor's disk
                throw new IllegalStateException("cannot load the plugins from " + l + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Copies a plugins folder (its plugin zips and enabled.txt/disabled.txt), a zip of such a folder
     * (a bundle), or a single plugin's zip into {@code target}. What a bundle's entries unpack to is
     * held to the bounds of a plugin zip ({@link PluginZip}): {@link PluginZip#MAX_UNPACKED_BYTES} in
     * all, and no entry over {@link PluginZip#LARGE_ENTRY_BYTES} compressed more than
     * {@link PluginZip#MAX_RATIO} to 1, so that a huge or crafted bundle cannot fill the executor's disk.
     *
     * @throws ZipException naming the entry (the caller names the bundle), when a bundle breaks the
     *     bounds; some of its entries may be in {@code target} then
     */
    static void copy(String location, Configuration conf, Path target) throws IOException {
        copy(location, conf, target, PluginZip.MAX_UNPACKED_BYTES);
    }

    /** As {@link #copy(String, Configuration, Path)}, with {@code maxBundleBytes} for what a bundle may unpack to in all (a test's smaller bound). */
    static void copy(String location, Configuration conf, Path target, long maxBundleBytes) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        if (status.isDirectory()) {
            for (FileStatus child : fs.listStatus(path)) {
                String name = child.getPath().getName();
                if (child.isFile() && (name.endsWith(".zip") || name.equals("enabled.txt") || name.equals("disabled.txt"))) {
                    try (InputStream in = fs.open(child.getPath())) {
                        Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return;
        }
        if (isSinglePlugin(fs, path)) {
            try (InputStream in = fs.open(path)) {
                Files.copy(in, target.resolve(path.getName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        try (CountingInputStream raw = new CountingInputStream(fs.open(path)); ZipInputStream zip = new ZipInputStream(raw)) {
            long left = maxBundleBytes;
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && (name.endsWith(".zip") || name.equals("enabled.txt") || name.equals("disabled.txt"))) {
                    left -= extract(zip, raw, entry, target.resolve(name), left, maxBundleBytes);
                }
            }
        }
    }

    /**
     * Writes the bundle's current entry to {@code file}, counting what it inflates to as it goes (a
     * stream's local headers need not declare sizes, and what they declare binds nothing).
     *
     * @param left the bytes the bundle's entries may still unpack to
     * @return the bytes written
     * @throws ZipException when the entry goes beyond {@code left}, or beyond 16 MiB at more than 100 to 1
     */
    private static long extract(ZipInputStream zip, CountingInputStream raw, ZipEntry entry, Path file, long left,
                                long maxBundleBytes) throws IOException {
        long compressedStart = raw.count();
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = zip.read(buffer)) > 0; ) {
                written += n;
                if (written > left) {
                    throw new ZipException("its entry '" + entry.getName() + "' takes what its plugin zips unpack to beyond "
                            + maxBundleBytes + " bytes, the most for a bundle (as for one plugin)");
                }
                // read ahead by the inflater's buffer at most, which only makes the ratio look a little smaller
                long compressed = Math.max(raw.count() - compressedStart, 1);
                if (written > PluginZip.LARGE_ENTRY_BYTES && written / compressed > PluginZip.MAX_RATIO) {
                    throw new ZipException("its entry '" + entry.getName() + "' unpacks to more than "
                            + written + " bytes from " + compressed + ", compressed more than " + PluginZip.MAX_RATIO
                            + " to 1 (the most for an entry over " + (PluginZip.LARGE_ENTRY_BYTES >> 20) + " MiB)");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** Counts the bytes read through it: the bundle's compressed bytes, for the compression ratio. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }


    /** A plugin's own zip holds plugin.properties at its top; a zip of a plugins folder holds plugin zips. */
    private static boolean isSinglePlugin(FileSystem fs, org.apache.hadoop.fs.Path zipFile) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(fs.open(zipFile))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("plugin.properties")) {
                    return true;
                }
            }
        }
        return false;
    }
}
