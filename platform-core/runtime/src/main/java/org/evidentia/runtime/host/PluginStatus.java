package org.evidentia.runtime.host;

import java.util.List;

/**
 * One plugin as {@code evidentia plugins} lists it.
 *
 * @param id         plugin id (for a file that could not be loaded at all: the file name)
 * @param version    plugin version, or "-" when unknown
 * @param state      started, unusable (started, but no extension of it can be used), disabled, failed, not loaded, ...
 * @param path       where it was loaded from
 * @param extensions its extensions as {@code kind:name}, sorted
 * @param problem    why it is not usable (nullable)
 */
public record PluginStatus(String id, String version, String state, String path, List<String> extensions, String problem) {
    public PluginStatus {
        extensions = List.copyOf(extensions);
    }
}
