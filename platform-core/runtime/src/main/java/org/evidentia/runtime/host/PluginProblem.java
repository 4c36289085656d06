package org.evidentia.runtime.host;

import java.util.Objects;

/**
 * Why a plugin cannot be used, or why one of its extensions cannot be made: kept as its two parts so that whoever looks
 * for the plugin of a name, or for an extension that could not be made, reads them rather than parsing a printed line.
 *
 * @param plugin the plugin's id, or its file's name when it has no id (a zip that is no plugin); never null
 * @param reason why, a clause that goes on a sentence ({@code requires Evidentia >=0.2.0, but this is Evidentia 0.1.0});
 *               never null
 */
public record PluginProblem(String plugin, String reason) {

    public PluginProblem {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code plugin-id: reason}, as the problem is printed and recorded (after {@code plugin }). */
    @Override
    public String toString() {
        return plugin + ": " + reason;
    }
}
