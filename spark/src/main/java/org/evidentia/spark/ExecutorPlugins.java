package org.evidentia.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.host.PluginHost;

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
            try {
                Path local = Files.createTempDirectory("evidentia-plugins-");
                copy(l, conf, local);
                return new PluginHost(local, EvidentiaVersion.get()).start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot load the plugins from " + l + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Copies a plugins folder (its plugin zips and enabled.txt/disabled.txt), a zip of such a folder,
     * or a single plugin's zip into {@code target}.
     */
    static void copy(String location, Configuration conf, Path target) throws IOException {
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
        try (ZipInputStream zip = new ZipInputStream(fs.open(path))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && (name.endsWith(".zip") || name.equals("enabled.txt") || name.equals("disabled.txt"))) {
                    Files.copy(zip, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
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
