package org.evidentia.runtime.host;

import com.google.inject.Binder;
import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Scopes;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
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
 * extension of its plugin, and one constructor that throws would take its healthy siblings with it.
 * Explicit bindings matter: a just-in-time binding would be made in the root injector and would pin
 * the plugin's class loader after the plugin stops.
 *
 * <p>One injector for all of a plugin's extensions is the cheap way, and the one taken while the
 * plugin's bindings hold. When they do not (an extension asks for what no module binds), Guice
 * refuses the whole injector, and each extension would be blamed for its sibling's binding. Then,
 * and only then, the plugin's injector is made again binding its module alone, and each extension
 * is bound on top of it on trial: those whose bindings hold (with the others that held, so that one
 * extension may still ask for another) are bound together in the plugin's injector, and each of the
 * others fails alone with the error of its own bindings. A module whose own bindings fail fails
 * every extension of its plugin, with the module's error. Either way the outcome is kept until the
 * plugin stops, so an injector that failed is not made again per extension.
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
    private Unloadable unloadable;
    private final Map<String, PluginInjector> pluginInjectors = new ConcurrentHashMap<>();

    /** Told of an extension class a plugin's index names that cannot be loaded: its siblings are bound without it. */
    interface Unloadable {
        void noted(String pluginId, String extensionClass, String problem);
    }

    void setInjector(Supplier<Injector> maker, PluginManager manager, Unloadable unloadable) {
        this.hostInjectorMaker = maker;
        this.pluginManager = manager;
        this.unloadable = unloadable;
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
            if (plugin == null) {
                return hostInjector().getInstance(extensionClass);
            }
            PluginInjector injector = pluginInjectors.computeIfAbsent(plugin.getPluginId(), id -> pluginInjector(plugin));
            CreationException refused = injector.refused().get(extensionClass);
            if (refused != null) {
                throw failure(extensionClass, plugin, refused.getErrorMessages(), refused);
            }
            return injector.injector().getInstance(extensionClass);
        } catch (CreationException e) {
            throw failure(extensionClass, plugin, e.getErrorMessages(), e);
        } catch (ProvisionException e) {
            throw failure(extensionClass, plugin, e.getErrorMessages(), e);
        } catch (com.google.inject.ConfigurationException e) {
            throw failure(extensionClass, plugin, e.getErrorMessages(), e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Error e) {
            // Guice records a module's exceptions as creation errors but lets an Error through: an AssertionError in a plugin's
            // configure() stopped every command that loads plugins, the listing too (the review of session 19, H10b)
            String unbundled = ProvidedClasses.unbundledHint(e); // a static field of a class the plugin does not bundle, say
            throw new ExtensionCreationException(extensionClass.getName(), plugin == null ? "(host)" : plugin.getPluginId(),
                    "its plugin's module or constructor threw " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + (unbundled == null ? "" : " (" + unbundled + ")"), e);
        }
    }

    /**
     * A plugin's injector and the extension classes it does not bind, each with why.
     *
     * @param injector binds the plugin's module and every extension class not in {@code refused}
     * @param refused  by extension class: the error of its own bindings (or of the module's)
     */
    private record PluginInjector(Injector injector, Map<Class<?>, CreationException> refused) {
    }

    /**
     * Guice's own message starts "Unable to provision, see the following errors:" and numbers them
     * on later lines; a user needs the first error's cause (what the constructor threw) or, for a
     * binding error, its message.
     */
    private static ExtensionCreationException failure(Class<?> extensionClass, PluginWrapper plugin,
                                                      Collection<com.google.inject.spi.Message> errors, RuntimeException e) {
        String reason = classProblem(extensionClass);
        if (reason != null) {
            return new ExtensionCreationException(extensionClass.getName(), plugin == null ? "(host)" : plugin.getPluginId(), reason, e);
        }
        reason = errors.stream().findFirst().map(GuiceExtensionFactory::reason).orElse(firstLine(e.getMessage()));
        if (errors.size() > 1) {
            reason += " (and " + Plural.count(errors.size() - 1, "more error") + ")";
        }
        return new ExtensionCreationException(extensionClass.getName(), plugin == null ? "(host)" : plugin.getPluginId(), reason, e);
    }

    /**
     * What is wrong with the extension's class itself, in words that say what to do, or null: Guice's own were "No
     * implementation for X was bound" for an abstract class and "No injectable constructor for type X" (an explorer's s20, 5).
     */
    private static String classProblem(Class<?> extensionClass) {
        if (extensionClass.isInterface() || Modifier.isAbstract(extensionClass.getModifiers())) {
            return "it is abstract: @Extension belongs on the concrete class";
        }
        boolean usable = false;
        for (Constructor<?> constructor : extensionClass.getDeclaredConstructors()) {
            usable |= constructor.getParameterCount() == 0 && !Modifier.isPrivate(constructor.getModifiers())
                    || constructor.isAnnotationPresent(jakarta.inject.Inject.class)
                    || constructor.isAnnotationPresent(com.google.inject.Inject.class);
        }
        return usable ? null : "it has no constructor to make it with: give it a public constructor without parameters, or mark"
                + " one @jakarta.inject.Inject and bind what it takes in the plugin's module (docs/plugin-guide.md, section 6)";
    }

    private static String reason(com.google.inject.spi.Message error) {
        Throwable thrown = error.getCause();
        if (thrown == null) {
            return firstLine(error.getMessage());
        }
        String message = thrown.getMessage();
        if (thrown instanceof ExceptionInInitializerError init && init.getCause() != null) {
            // a static initializer threw: its cause is what went wrong (a resource missing, say), not the class's linking
            Throwable cause = init.getCause();
            return "a static initializer threw " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()));
        }
        if (thrown instanceof UnsupportedClassVersionError) {
            return "its classes were compiled for a later Java than this one, " + Runtime.version().feature()
                    + (message == null ? "" : " (" + firstLine(message) + ")") + ": compile them with --release 17";
        }
        if (thrown instanceof IncompatibleClassChangeError
                || thrown instanceof NoClassDefFoundError && message != null && !message.startsWith("Could not initialize class")) {
            // "its constructor failed: org/evidentia/api/Lexicons" read as nonsense (an explorer's s20, 3): a class or method
            // the plugin was compiled against (NoSuchMethodError, AbstractMethodError, ... are IncompatibleClassChangeErrors)
            // is not the one here, most often another Evidentia api's
            String unbundled = ProvidedClasses.unbundledHint(thrown);
            if (unbundled != null) {
                // a library's class that the plugin uses but does not bundle, and that the host keeps to itself (the review of
                // session 32, A1, A2: one declared provided that the host does not provide)
                return "its constructor threw NoClassDefFoundError: " + firstLine(message) + " (" + unbundled + ")";
            }
            return "its constructor threw " + thrown.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message))
                    + " (a class or method it was compiled against is missing here: was it built against another Evidentia version?)";
        }
        // plain words where the exception has them (docs/reliability.md); its class only where it has none
        return message == null ? "its constructor threw " + thrown.getClass().getSimpleName() : "its constructor failed: " + firstLine(message);
    }

    /** The plugin's injector: all its extensions bound at once, else each whose bindings hold (see the class comment). */
    private PluginInjector pluginInjector(PluginWrapper plugin) {
        List<Module> pluginModule = plugin.getPlugin() instanceof Module module ? List.of(module) : List.of();
        List<Class<?>> extensionClasses = extensionClasses(plugin);
        List<Module> all = new ArrayList<>(pluginModule);
        all.add(bindings(extensionClasses));
        try {
            return new PluginInjector(hostInjector().createChildInjector(all), Map.of());
        } catch (CreationException e) {
            return eachOnTrial(pluginModule, extensionClasses);
        }
    }

    private PluginInjector eachOnTrial(List<Module> pluginModule, List<Class<?>> extensionClasses) {
        Map<Class<?>, CreationException> refused = new HashMap<>();
        Injector moduleAlone;
        try {
            moduleAlone = hostInjector().createChildInjector(pluginModule);
        } catch (CreationException e) {
            extensionClasses.forEach(c -> refused.put(c, e));
            return new PluginInjector(hostInjector().createChildInjector(), refused);
        }
        // rounds until none more holds: an extension that asks for another holds once that one is bound
        List<Class<?>> bound = new ArrayList<>();
        List<Class<?>> pending = new ArrayList<>(extensionClasses);
        pending.sort(Comparator.comparing(Class::getName)); // PF4J's set has no order of its own: the same outcome every start
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (Iterator<Class<?>> it = pending.iterator(); it.hasNext(); ) {
                Class<?> candidate = it.next();
                List<Class<?>> trial = new ArrayList<>(bound);
                trial.add(candidate);
                try {
                    moduleAlone.createChildInjector(bindings(trial));
                    bound.add(candidate);
                    refused.remove(candidate);
                    it.remove();
                    progress = true;
                } catch (CreationException e) {
                    refused.put(candidate, e);
                }
            }
        }
        return new PluginInjector(moduleAlone.createChildInjector(bindings(bound)), refused);
    }

    private static Module bindings(List<Class<?>> extensionClasses) {
        return (Binder binder) -> extensionClasses.forEach(c -> binder.bind(c).in(Scopes.SINGLETON));
    }

    /**
     * The plugin's extension classes that load; one that does not is noted and left out, so that its siblings are bound
     * and made (the review of session 19, H4: one missing class failed every extension of its plugin, each blamed in turn).
     */
    private List<Class<?>> extensionClasses(PluginWrapper plugin) {
        List<Class<?>> extensionClasses = new ArrayList<>();
        for (String className : pluginManager.getExtensionClassNames(plugin.getPluginId())) {
            Class<?> loaded = IndexedClasses.load(plugin.getPluginClassLoader(), className,
                    problem -> unloadable.noted(plugin.getPluginId(), className, problem));
            if (loaded != null) {
                extensionClasses.add(loaded);
            }
        }
        return extensionClasses;
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
