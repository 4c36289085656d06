package org.evidentia.runtime.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.pf4j.PluginRepository;
import org.pf4j.util.FileUtils;

/**
 * The plugin folders of the plugins folder, as PF4J's own repository finds them, except that it
 * unpacks only the zips the host has screened ({@link #unpackOnly}), unpacks them itself with
 * {@link PluginZip} (from the central directory the host screened, within its size bounds) rather
 * than with PF4J's unzip (which reads the local headers), and never lists the folder of a zip it
 * refused or could not unpack; and, for {@code plugins install}'s look ahead, one plugin folder from
 * outside the plugins folder ({@link #alsoList}). Not thread-safe: the host uses it from one thread
 * while it loads plugins.
 */
final class ScreenedPluginRepository implements PluginRepository {

    private final Path root;
    private final Map<String, String> problems;
    private Set<Path> toUnpack = Set.of();
    private Set<Path> refused = Set.of();
    private Path outside;

    /**
     * @param root     the plugins folder
     * @param problems where a zip that cannot be unpacked is reported, by file name
     */
    ScreenedPluginRepository(Path root, Map<String, String> problems) {
        this.root = root;
        this.problems = problems;
    }

    /**
     * Which zips to unpack (when they are newer than their folders) and which were refused.
     *
     * @param unpack  zips that passed the host's checks and may be unpacked
     * @param refused zips whose folders are not plugins
     */
    void unpackOnly(Set<Path> unpack, Set<Path> refused) {
        this.toUnpack = Set.copyOf(unpack);
        this.refused = Set.copyOf(refused);
    }

    /** Lists {@code pluginFolder}, an unpacked plugin outside the plugins folder, after the folder's own. */
    void alsoList(Path pluginFolder) {
        this.outside = pluginFolder;
    }

    @Override
    public List<Path> getPluginPaths() {
        Set<Path> notUnpacked = new HashSet<>(refused);
        for (Path zip : toUnpack.stream().sorted().toList()) {
            try {
                unpackIfNewer(zip);
            } catch (IOException | RuntimeException e) {
                problems.put(zip.getFileName().toString(), "cannot be unpacked: " + Messages.plain(e) + "; it is not loaded");
                notUnpacked.add(zip);
            }
        }
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path path : files.sorted().toList()) {
                String name = path.getFileName().toString();
                if (Files.isDirectory(path) && !name.startsWith(".") && !isFolderOf(path, notUnpacked)) {
                    folders.add(path);
                }
            }
        } catch (IOException e) {
            problems.put(root.toString(), "the plugins folder cannot be read: " + Messages.plain(e));
        }
        if (outside != null) {
            folders.add(outside);
        }
        return folders;
    }

    /** As PF4J does: unpacks a zip when it has no folder yet or is newer than its folder. */
    private static void unpackIfNewer(Path zip) throws IOException {
        String name = zip.getFileName().toString();
        Path folder = zip.resolveSibling(name.substring(0, name.lastIndexOf('.')));
        if (!Files.exists(folder) || Files.getLastModifiedTime(zip).compareTo(Files.getLastModifiedTime(folder)) > 0) {
            PluginZip.unpack(zip, folder);
        }
    }

    private static boolean isFolderOf(Path folder, Set<Path> zips) {
        String name = folder.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Path zip : zips) {
            String zipName = zip.getFileName().toString().toLowerCase(Locale.ROOT);
            if (zipName.equals(name + ".zip")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean deletePluginPath(Path pluginPath) {
        try {
            FileUtils.optimisticDelete(FileUtils.findWithEnding(pluginPath, ".zip", ".ZIP", ".Zip"));
            FileUtils.delete(pluginPath);
            return true;
        } catch (IOException e) {
            problems.put(pluginPath.getFileName().toString(), "cannot be deleted: " + Messages.plain(e));
            return false;
        }
    }
}
