package org.evidentia.runtime.host;

import org.evidentia.api.Extension;

/**
 * An extension instance with the plugin it belongs to.
 *
 * @param extension     the instance
 * @param pluginId      its plugin's id ("host" for extensions on the host's class path)
 * @param pluginVersion its plugin's version
 */
public record LoadedExtension<T extends Extension>(T extension, String pluginId, String pluginVersion) {

    public String name() {
        return extension.name();
    }

    /** The class loader to make current while calling into the extension (for ServiceLoader users). */
    public ClassLoader classLoader() {
        return extension.getClass().getClassLoader();
    }
}
