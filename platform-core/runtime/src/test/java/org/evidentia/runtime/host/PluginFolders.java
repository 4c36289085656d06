package org.evidentia.runtime.host;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evidentia.runtime.output.FileTrees;

/**
 * Builds real PF4J plugin folders and zips from compiled test classes, in PF4J's deployment layout
 * (plugin.properties, classes/, classes/META-INF/extensions.idx). The plugin class loader loads
 * the copies, not the test class path's classes.
 */
public final class PluginFolders {

    private PluginFolders() {
    }

    public static Path folder(Path pluginsDir, String id, String requires, Class<?> pluginClass, Class<?>... extensions) throws IOException {
        return folder(pluginsDir, id, Map.of("plugin.requires", requires), pluginClass, extensions);
    }

    /** A plugin folder whose plugin.properties has {@code properties} over the defaults (version 1.2.3, requires *). */
    static Path folder(Path pluginsDir, String id, Map<String, String> properties, Class<?> pluginClass, Class<?>... extensions)
            throws IOException {
        Path root = Files.createDirectories(pluginsDir.resolve(id));
        Map<String, String> all = new TreeMap<>(Map.of("plugin.id", id, "plugin.version", "1.2.3", "plugin.requires", "*",
                "plugin.provider", "tests", "plugin.description", "test plugin " + id,
                "plugin.class", pluginClass == null ? "" : pluginClass.getName()));
        all.putAll(properties);
        StringBuilder text = new StringBuilder();
        all.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(root.resolve("plugin.properties"), text, StandardCharsets.UTF_8);
        Path classes = root.resolve("classes");
        StringBuilder index = new StringBuilder();
        for (Class<?> extension : extensions) {
            copyClass(extension, classes);
            index.append(extension.getName()).append('\n');
        }
        if (pluginClass != null) {
            copyClass(pluginClass, classes);
        }
        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(classes.resolve("META-INF/extensions.idx"), index.toString(), StandardCharsets.UTF_8);
        return root;
    }

    /** The same plugin, as a zip beside where its folder would be. */
    public static Path zip(Path pluginsDir, String id, String requires, Class<?> pluginClass, Class<?>... extensions) throws IOException {
        return zip(pluginsDir, id, Map.of("plugin.requires", requires), pluginClass, extensions);
    }

    /** A plugin zip whose plugin.properties has {@code properties} over the defaults. */
    public static Path zip(Path pluginsDir, String id, Map<String, String> properties, Class<?> pluginClass, Class<?>... extensions)
            throws IOException {
        return zipWithEntries(pluginsDir, id, properties, Map.of(), pluginClass, extensions);
    }

    /**
     * A plugin zip with further entries of the given names and texts (for entries a real build never
     * makes). Its folder is staged in a hidden folder of {@code pluginsDir} (the host lists no folder
     * whose name starts with '.'), removed once the zip is written: nothing is left outside the test's folder.
     */
    static Path zipWithEntries(Path pluginsDir, String id, Map<String, String> properties, Map<String, String> extraEntries,
                    Class<?> pluginClass, Class<?>... extensions) throws IOException {
        Path staging = Files.createTempDirectory(pluginsDir, ".staging-");
        try {
            Path folder = folder(staging, id, properties, pluginClass, extensions);
            Path zip = pluginsDir.resolve(id + ".zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                 var files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    z.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, z);
                    z.closeEntry();
                }
                for (Map.Entry<String, String> entry : extraEntries.entrySet()) {
                    z.putNextEntry(new ZipEntry(entry.getKey()));
                    z.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                    z.closeEntry();
                }
            }
            return zip;
        } finally {
            FileTrees.delete(staging);
        }
    }

    /** Copies {@code type}'s class file and those of its nested and anonymous classes, as a plugin's jar holds them. */
    private static void copyClass(Class<?> type, Path classes) throws IOException {
        String resource = type.getName().replace('.', '/') + ".class";
        Path source;
        try {
            source = Path.of(type.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot find the class file of " + type.getName(), e);
        }
        Path target = classes.resolve(resource);
        Files.createDirectories(target.getParent());
        String name = source.getFileName().toString().replace(".class", "");
        try (Stream<Path> siblings = Files.list(source.getParent())) {
            for (Path file : siblings.filter(f -> f.getFileName().toString().equals(name + ".class")
                    || f.getFileName().toString().startsWith(name + "$")).sorted().toList()) {
                Files.copy(file, target.resolveSibling(file.getFileName().toString()));
            }
        }
    }
}
