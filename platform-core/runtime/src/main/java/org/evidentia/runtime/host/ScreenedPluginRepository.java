package org.evidentia.runtime.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.pf4j.PluginRepository;
import org.pf4j.util.FileUtils;

/**
 * The plugin folders of the plugins folder, as PF4J's own repository finds them, except that it
 * unpacks nothing (the host has unpacked the zips it screened with {@link PluginZip}, from the
 * central directory it screened, holding the folder's lock, before PF4J asks: PF4J's unzip reads the
 * local headers, and would unpack while another command does), never lists the folder of a zip the
 * host refused or could not unpack ({@link #leaveOut}), nor a hidden folder (a zip being unpacked);
 * and, for {@code plugins install}'s look ahead, one plugin folder from outside the plugins folder
 * ({@link #alsoList}). Not thread-safe: the host uses it from one thread while it loads plugins.
 */
final class ScreenedPluginRepository implements PluginRepository {

    private final Path root;
    private final Map<String, String> problems;
    private Set<Path> refused = Set.of();
    private Path outside;

    /**
     * @param root     the plugins folder
     * @param problems where a folder that cannot be read or a plugin that cannot be deleted is reported, by file name
     */
    ScreenedPluginRepository(Path root, Map<String, String> problems) {
        this.root = root;
        this.problems = problems;
    }

    /** @param refused zips whose folders are not plugins (refused by the host, or not unpacked), and plugin folders left out */
    void leaveOut(Set<Path> refused) {
        this.refused = Set.copyOf(refused);
    }

    /** Lists {@code pluginFolder}, an unpacked plugin outside the plugins folder, after the folder's own. */
    void alsoList(Path pluginFolder) {
        this.outside = pluginFolder;
    }

    @Override
    public List<Path> getPluginPaths() {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path path : files.sorted().toList()) {
                String name = path.getFileName().toString();
                if (Files.isDirectory(path) && !name.startsWith(".") && !isFolderOf(path, refused)) {
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

    private static boolean isFolderOf(Path folder, Set<Path> zips) {
        if (zips.contains(folder)) {
            return true;
        }
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
