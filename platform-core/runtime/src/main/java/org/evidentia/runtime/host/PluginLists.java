package org.evidentia.runtime.host;

import java.nio.file.Path;
import java.util.List;
import org.pf4j.PluginStatusProvider;

/**
 * Which plugins the plugins folder's {@code enabled.txt} and {@code disabled.txt} disable, and
 * their changes by {@code plugins enable} and {@code disable}, in place of PF4J's own status provider.
 *
 * <p>Read as PF4J reads them: a plugin is disabled when {@code disabled.txt} names it, or when
 * {@code enabled.txt} names any plugin but not it. Written otherwise than PF4J wrote them, which
 * rewrote a list in place (a stop could leave it cut short) and without its comments, and whose
 * choices could undo themselves: disabling the last plugin {@code enabled.txt} named emptied it,
 * which enables every plugin, and enabling a plugin {@code disabled.txt} named while an
 * {@code enabled.txt} was there left it disabled. Here each list is changed through
 * {@link PluginList} (replaced whole in one step, every other line kept), and:
 * <ul>
 *   <li>disabling adds the plugin to {@code disabled.txt} (which wins over {@code enabled.txt});
 *   <li>enabling adds it to {@code enabled.txt} when that names other plugins but not it, then
 *       removes it from {@code disabled.txt}; stopped between the two, it is still disabled, and
 *       the same command again finishes the change.
 * </ul>
 *
 * <p>The lists are read once, when the host is made, as PF4J asks about each plugin while it loads
 * them; a change reads the file afresh, so that it keeps whatever the file holds.
 */
final class PluginLists implements PluginStatusProvider {

    private final PluginList enabled;
    private final PluginList disabled;
    private List<String> enabledIds;
    private List<String> disabledIds;

    /** @param pluginsDir the plugins folder, which holds the lists */
    PluginLists(Path pluginsDir) {
        this.enabled = new PluginList(pluginsDir.resolve(PluginList.ENABLED));
        this.disabled = new PluginList(pluginsDir.resolve(PluginList.DISABLED));
        this.enabledIds = enabled.ids();
        this.disabledIds = disabled.ids();
    }

    @Override
    public boolean isPluginDisabled(String pluginId) {
        return disabledIds.contains(pluginId) || (!enabledIds.isEmpty() && !enabledIds.contains(pluginId));
    }

    @Override
    public void disablePlugin(String pluginId) {
        if (isPluginDisabled(pluginId)) {
            return;
        }
        disabled.add(pluginId);
        disabledIds = disabled.ids();
    }

    @Override
    public void enablePlugin(String pluginId) {
        if (!isPluginDisabled(pluginId)) {
            return;
        }
        if (!enabledIds.isEmpty() && !enabledIds.contains(pluginId)) {
            enabled.add(pluginId);
            enabledIds = enabled.ids();
        }
        disabled.remove(pluginId);
        disabledIds = disabled.ids();
    }
}
