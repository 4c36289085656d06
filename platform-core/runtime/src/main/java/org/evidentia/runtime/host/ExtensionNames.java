package org.evidentia.runtime.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The names of a plugin's extensions by class, kept beside its unpacked files: an extension's name
 * is an instance method, and making every extension only to list their names costs every command
 * its start-up (lexicons, templates, injectors). Written once when the plugin's extensions were
 * first made, and gone with the folder when its zip changes. Not thread-safe.
 */
final class ExtensionNames {

    static final String FILE = ".evidentia-extensions";

    /**
     * What an extension's name may be: lower-case and hyphenated, as docs/extension-points.md says,
     * by the rule {@code FindingKind} applies to kind names (ExtensionNamesTest holds the two together).
     */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Whether {@code name} is a valid extension name ({@code review-table}; not {@code Bad Name}, {@code ""} or null). */
    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    private final Path file;
    private final Map<String, String> byClass = new TreeMap<>();
    private boolean changed;

    private ExtensionNames(Path file) {
        this.file = file;
    }

    /** The names kept in {@code pluginFolder}; none when it has no file yet or it cannot be read. */
    static ExtensionNames in(Path pluginFolder) {
        ExtensionNames names = new ExtensionNames(pluginFolder.resolve(FILE));
        try {
            if (Files.isRegularFile(names.file)) {
                for (String line : Files.readAllLines(names.file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        names.byClass.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            }
        } catch (IOException e) {
            names.byClass.clear(); // made again, as when there was none
        }
        return names;
    }

    /** The name of the extension {@code className}, or null when it is not known yet. */
    String nameOf(String className) {
        return byClass.get(className);
    }

    /** Every name kept, of whichever class. */
    java.util.Collection<String> names() {
        return java.util.Collections.unmodifiableCollection(byClass.values());
    }

    void put(String className, String name) {
        changed |= !name.equals(byClass.put(className, name));
    }

    /** Writes the names when they changed; a folder that cannot be written keeps them unknown. */
    void save() {
        if (!changed) {
            return;
        }
        StringBuilder text = new StringBuilder();
        byClass.forEach((c, n) -> text.append(c).append('\t').append(n).append('\n'));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            changed = false;
        } catch (IOException e) {
            // a read-only plugins folder: names are found by making the extensions, as before
        }
    }
}
