package org.evidentia.runtime.host;

import com.google.inject.Binder;
import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Scopes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.evidentia.runtime.text.Plural;
import org.pf4j.ExtensionFactory;
import org.pf4j.Plugin;
import org.pf4j.PluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/**
 * Creates extensions with Guice, so they get constructor injection.
 *
 * <p>Each plugin gets a child injector of the host's injector, made when its first extension is
 * asked for and dropped when the plugin stops. The child binds every extension class of the plugin
 * explicitly (as singletons), plus the bindings of the plugin's {@link Plugin} instance when it
 * implements {@link Module}. The injectors are of Guice's development stage, whose singletons are
 * made when first asked for: in the production stage, making one extension would make every
 * extension of its plugin, and one constructor that throws would take its healthy siblings with it. Explicit bindings matter: a just-in-time binding would be made in the
 * root injector and would pin the plugin's class loader after the plugin stops.
 *
 * <p>The host injector is made when the first extension is, so that a command that makes none
 * (listing plugins) never starts Guice. How to make it is handed over with {@link #setInjector}
 * because PF4J creates this factory from its manager's constructor, before the manager's own
 * fields are set.
 */
final class GuiceExtensionFactory implements ExtensionFactory {

    private Supplier<Injector> hostInjectorMaker;
    private Injector hostInjector;
    private PluginManager pluginManager;
    private final Map<String, Injector> pluginInjectors = new ConcurrentHashMap<>();

    void setInjector(Supplier<Injector> maker, PluginManager manager) {
        this.hostInjectorMaker = maker;
        this.pluginManager = manager;
    }

    /** Asked once per plugin (whose child injector is kept) and per host extension: a lock is all it needs. */
    private synchronized Injector hostInjector() {
        if (hostInjector == null) {
            hostInjector = hostInjectorMaker.get();
        }
        return hostInjector;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        if (hostInjectorMaker == null) {
            throw new PluginRuntimeException("The extension factory has no injector yet");
        }
        PluginWrapper plugin = pluginManager.whichPlugin(extensionClass);
        try {
            Injector injector = plugin == null ? hostInjector()
                    : pluginInjectors.computeIfAbsent(plugin.getPluginId(), id -> childInjector(plugin));
            return injector.getInstance(extensionClass);
        } catch (CreationException e) {
            throw failure(extensionClass, plugin, e.getErrorMessages(), e);
        } catch (ProvisionException e) {
            throw failure(extensionClass, plugin, e.getErrorMessages(), e);
        } catch (com.google.inject.ConfigurationException e) {
            throw failure(extensionClass, plugin, e.getErrorMessages(), e);
        }
    }

    /**
     * Guice's own message starts "Unable to provision, see the following errors:" and numbers them
     * on later lines; a user needs the first error's cause (what the constructor threw) or, for a
     * binding error, its message.
     */
    private static ExtensionCreationException failure(Class<?> extensionClass, PluginWrapper plugin,
                                                      Collection<com.google.inject.spi.Message> errors, RuntimeException e) {
        String reason = errors.stream().findFirst().map(GuiceExtensionFactory::reason).orElse(firstLine(e.getMessage()));
        if (errors.size() > 1) {
            reason += " (and " + Plural.count(errors.size() - 1, "more error") + ")";
        }
        return new ExtensionCreationException(extensionClass.getName(), plugin == null ? "(host)" : plugin.getPluginId(), reason, e);
    }

    private static String reason(com.google.inject.spi.Message error) {
        Throwable thrown = error.getCause();
        if (thrown == null) {
            return firstLine(error.getMessage());
        }
        String message = thrown.getMessage();
        // plain words where the exception has them (docs/reliability.md); its class only where it has none
        return message == null ? "its constructor threw " + thrown.getClass().getSimpleName() : "its constructor failed: " + firstLine(message);
    }

    private Injector childInjector(PluginWrapper plugin) {
        List<Module> modules = new ArrayList<>();
        Plugin instance = plugin.getPlugin();
        if (instance instanceof Module module) {
            modules.add(module);
        }
        List<Class<?>> extensionClasses = new ArrayList<>();
        for (String className : pluginManager.getExtensionClassNames(plugin.getPluginId())) {
            try {
                extensionClasses.add(plugin.getPluginClassLoader().loadClass(className));
            } catch (ClassNotFoundException e) {
                throw new PluginRuntimeException(e, "Plugin {} lists extension {} but has no such class",
                        plugin.getPluginId(), className);
            }
        }
        modules.add((Binder binder) -> extensionClasses.forEach(c -> binder.bind(c).in(Scopes.SINGLETON)));
        return hostInjector().createChildInjector(modules);
    }

    /** Forgets a stopped plugin's injector, and with it every reference to its classes. */
    void pluginStopped(String pluginId) {
        pluginInjectors.remove(pluginId);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
