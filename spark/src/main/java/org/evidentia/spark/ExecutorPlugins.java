package org.evidentia.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
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
 * The hosts live until the JVM ends, and then they are stopped and their local copies deleted: an
 * executor left its copy of the job's plugins (about 3 MB) in the temporary folder at every start
 * (review 32, L9).
 */
final class ExecutorPlugins {

    /** A started host and the local folder its plugins were copied to. */
    private record Loaded(PluginHost host, Path folder) {
    }

    private static final Map<String, Loaded> HOSTS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExecutorPlugins::closeAll, "evidentia-executor-plugins"));
    }

    private ExecutorPlugins() {
    }

    /** The plugins of a job cannot be loaded: its plugins location is wrong, not any input. */
    static final class Unavailable extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The started host of the plugins at {@code location}.
     *
     * @throws Unavailable naming the location and why, when they cannot be copied or loaded
     */
    static PluginHost host(String location, Configuration conf) {
        return HOSTS.computeIfAbsent(location, l -> {
            Path local = null;
            try {
                local = Files.createTempDirectory("evidentia-plugins-");
                copy(l, conf, local);
                return new Loaded(new PluginHost(local, EvidentiaVersion.get()).start(), local);
            } catch (IOException e) {
                ScratchFolders.delete(local); // what refused plugins left, up to their bounds, is not left on the executor's disk
                throw new Unavailable("cannot load the plugins from " + l + ": " + e.getMessage(), e);
            }
        }).host();
    }

    /**
     * Stops every host and deletes the folder its plugins were copied to, as the JVM ends (a shutdown
     * hook). A task still running then fails as its JVM ends anyway.
     */
    static void closeAll() {
        for (String location : List.copyOf(HOSTS.keySet())) {
            Loaded loaded = HOSTS.remove(location);
            if (loaded != null) {
                try {
                    loaded.host().close();
                } finally {
                    ScratchFolders.delete(loaded.folder());
                }
            }
        }
    }

    /**
     * What an executor copies of the job's plugins, whichever form they come in: at most
     * {@code maxFiles} plugin zips and lists, {@code maxBytes} in all, no plugin zip over
     * {@code maxZipBytes} and no list (enabled.txt, disabled.txt) over {@code maxListBytes}.
     */
    record Bounds(int maxFiles, long maxBytes, long maxZipBytes, long maxListBytes) {

        /**
         * The executors' bounds: a plugin zip's ({@link PluginZip#MAX_UNPACKED_BYTES}, 1 GiB) in all
         * and for any one zip, 1 MiB for a list (plugin names, one a line), 1,000 files (the
         * distribution bundles a dozen plugins).
         */
        static final Bounds EXECUTOR = new Bounds(1000, PluginZip.MAX_UNPACKED_BYTES, PluginZip.MAX_UNPACKED_BYTES, 1L << 20);
    }

    /**
     * Copies a plugins folder (its plugin zips and enabled.txt/disabled.txt), a zip of such a folder
     * (a bundle), or a single plugin's zip into {@code target}, within {@link Bounds#EXECUTOR}, so that
     * a huge or crafted plugins location cannot fill the executor's disk. A zip is a single plugin's
     * when its central directory lists plugin.properties at its top (as for the host), read without
     * inflating any entry. A folder's files are checked against the bounds by the sizes its listing
     * gives before any is copied; a bundle's other entries than plugin zips and lists are never read;
     * every file and bundle entry is counted again as it is written, and
     * what a bundle's entries unpack to is held to a plugin zip's ratio too: no entry over
     * {@link PluginZip#LARGE_ENTRY_BYTES} compressed more than {@link PluginZip#MAX_RATIO} to 1.
     *
     * @throws IOException naming the file or entry and the bound (the caller names the location),
     *     when the plugins break the bounds; some of them may be in {@code target} then
     * @throws ZipException when a zip given is not one
     */
    static void copy(String location, Configuration conf, Path target) throws IOException {
        copy(location, conf, target, Bounds.EXECUTOR);
    }

    /** As {@link #copy(String, Configuration, Path)}, within {@code bounds} (a test's smaller ones). */
    static void copy(String location, Configuration conf, Path target, Bounds bounds) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        if (status.isDirectory()) {
            List<FileStatus> taken = Arrays.stream(fs.listStatus(path))
                    .filter(child -> child.isFile() && isTaken(child.getPath().getName()))
                    .sorted(Comparator.comparing(child -> child.getPath().getName()))
                    .toList();
            Allowance listed = new Allowance(bounds, "file");
            for (FileStatus child : taken) { // all of them before any is copied
                listed.count(child.getPath().getName());
                listed.add(child.getPath().getName(), child.getLen(), child.getLen());
            }
            Allowance copied = new Allowance(bounds, "file");
            for (FileStatus child : taken) { // a file may have grown since it was listed
                String name = child.getPath().getName();
                copied.count(name);
                try (InputStream in = fs.open(child.getPath())) {
                    copied.write(name, in, target.resolve(name), null);
                }
            }
            return;
        }
        try (ZipFile zip = openZip(fs, path)) {
            if (zip.getEntry("plugin.properties") != null) { // one plugin's zip, as for the plugin host
                String name = path.getName();
                new Allowance(bounds, "file").add(name, status.getLen(), status.getLen()); // before it is copied
                try (InputStream in = fs.open(path)) {
                    new Allowance(bounds, "file").write(name, in, target.resolve(name), null);
                }
                return;
            }
            Allowance copied = new Allowance(bounds, "entry");
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && isTaken(name)) { // the others are never read, let alone inflated
                    copied.count(entry.getName());
                    try (InputStream in = zip.getInputStream(entry)) {
                        LongSupplier compressed = in instanceof InputStreamStatistics statistics
                                ? statistics::getCompressedCount
                                : entry::getCompressedSize; // no count kept: the most the entry may read
                        copied.write(entry.getName(), in, target.resolve(name), compressed);
                    }
                }
            }
        }
    }

    /**
     * The zip's central directory, read through seeks (local headers are read only for the entries
     * taken). A zip is one plugin's when the directory lists plugin.properties at its top, as for the
     * plugin host, whatever its entries unpack to.
     *
     * @throws ZipException when it is not a zip, or its central directory cannot be read (as much as
     *     when the file system fails to read it)
     */
    private static ZipFile openZip(FileSystem fs, org.apache.hadoop.fs.Path zip) throws IOException {
        try {
            return ZipFile.builder().setSeekableByteChannel(new HadoopFileChannel(fs, zip)).setIgnoreLocalFileHeader(true).get();
        } catch (IOException e) {
            // Commons Compress wraps what it found ("Archive is not a ZIP archive") in "Error reading Zip content from ..."
            Throwable found = e.getCause() != null ? e.getCause() : e;
            throw new ZipException("not a readable zip: " + found.getMessage());
        }
    }

    /** The files of a plugins folder an executor copies: plugin zips and the lists of plugins to load. */
    private static boolean isTaken(String name) {
        return name.endsWith(".zip") || isList(name);
    }

    private static boolean isList(String name) {
        return name.equals("enabled.txt") || name.equals("disabled.txt");
    }

    /** What has been taken of the bounds: files or bundle entries ({@code unit}) counted, bytes added. */
    private static final class Allowance {

        private final Bounds bounds;
        private final String unit;
        private int files;
        private long bytes;

        Allowance(Bounds bounds, String unit) {
            this.bounds = bounds;
            this.unit = unit;
        }

        /** Counts one more file (or entry) named {@code name}. */
        void count(String name) throws IOException {
            files++;
            if (files > bounds.maxFiles()) {
                throw new IOException("its " + unit + " '" + name + "' goes beyond " + bounds.maxFiles()
                        + " plugin zips and lists, the most an executor copies");
            }
        }

        /**
         * Adds {@code added} bytes of the file (or entry) {@code name}, which with them holds {@code fileBytes}.
         *
         * @throws IOException when the file goes beyond the most for one, or the files together beyond the most in all
         */
        void add(String name, long fileBytes, long added) throws IOException {
            String last = name.substring(name.lastIndexOf('/') + 1);
            long most = isList(last) ? bounds.maxListBytes() : bounds.maxZipBytes();
            if (fileBytes > most) {
                throw new IOException("its " + unit + " '" + name + "' is more than " + most + " bytes, the most for "
                        + (isList(last) ? "a list of plugins (enabled.txt, disabled.txt)" : "a plugin zip (as a plugin may unpack to)"));
            }
            bytes += added;
            if (bytes > bounds.maxBytes()) {
                throw new IOException("its " + unit + " '" + name + "' takes the plugin zips and lists copied beyond "
                        + bounds.maxBytes() + " bytes, the most an executor copies in all (as a plugin may unpack to)");
            }
        }

        /**
         * Writes {@code in} to {@code file}, adding what it writes as it goes (the sizes a zip or a
         * listing declares bind nothing, and a file may grow).
         *
         * @param compressed the entry's compressed bytes read so far, for its compression ratio; null for a file copied as it is
         */
        void write(String name, InputStream in, Path file, LongSupplier compressed) throws IOException {
            long written = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    written += n;
                    add(name, written, n);
                    if (compressed != null) {
                        long read = Math.max(compressed.getAsLong(), 1);
                        if (PluginZip.beyondRatio(written, read)) {
                            throw new ZipException("its entry '" + name + "' unpacks to more than " + written + " bytes from "
                                    + read + ", " + PluginZip.RATIO_BOUND);
                        }
                    }
                    out.write(buffer, 0, n);
                }
            }
        }
    }
}
