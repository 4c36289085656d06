package org.evidentia.runtime.host;

import java.util.function.Consumer;

/**
 * Loads the classes a plugin's extensions index names, and says in a user's words why one does not load. Both the
 * extension factory (which binds the siblings of a class that does not load) and the plugin check (which tells why a
 * plugin offers nothing) ask it, so that a class left out of a zip is named the same way wherever it shows.
 */
final class IndexedClasses {

    private IndexedClasses() {
    }

    /**
     * The class {@code className} of {@code loader}, or null after telling {@code problem} why it does not load: the
     * plugin has no such class, or a class it needs (its superclass, say) is not in the plugin.
     */
    static Class<?> load(ClassLoader loader, String className, Consumer<String> problem) {
        try {
            return loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            problem.accept("its extensions index names " + className + ", but the plugin has no such class: it is not used");
        } catch (LinkageError e) {
            problem.accept("its extension " + className + " cannot be loaded: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + Messages.plain(e))
                    + " (a class it needs is not in the plugin's classes/ or lib/): it is not used");
        }
        return null;
    }
}
