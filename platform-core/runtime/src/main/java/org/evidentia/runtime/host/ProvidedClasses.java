package org.evidentia.runtime.host;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of every plugin's class loader: of the host's own classes, only those it provides to plugins (the api, the
 * text-mining kit, PF4J, SLF4J, Guice, {@code jakarta.inject}, Jackson's core, databind and annotations), and Java's own.
 * The rest of the host's {@code lib/} (Guava, SQLite, commons-csv, Logback, the runtime) is its private business: a plugin
 * that used it without shipping it would break with a {@code NoClassDefFoundError} when a later Evidentia changed or
 * dropped it (the review of session 32, A1), so it fails now, as the plugin's own test and {@code plugins install} run it.
 * A plugin ships what else it needs in its {@code lib/}, which its class loader reads before this one.
 */
final class ProvidedClasses extends ClassLoader {

    /** Where the provided classes are, as prefixes of class names; the packaging check's list of the host's libraries. */
    static final List<String> PACKAGES = List.of("org.evidentia.api.", "org.evidentia.textmining.", "org.pf4j.", "org.slf4j.",
            "com.google.inject.", "jakarta.inject.", "com.fasterxml.jackson.core.", "com.fasterxml.jackson.databind.",
            "com.fasterxml.jackson.annotation.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader host;

    /** @param host the loader of the host's classes (the application's, or a test's class path) */
    ProvidedClasses(ClassLoader host) {
        super("evidentia-provided", ClassLoader.getPlatformClassLoader());
        this.host = host;
    }

    /** Whether a class of this name is one the host provides to plugins. */
    static boolean provided(String className) {
        for (String prefix : PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        return provided(name) ? host.loadClass(name) : super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return providedResource(name) ? host.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return providedResource(name) ? host.getResources(name) : super.getResources(name);
    }

    @Override
    protected URL findResource(String name) {
        return null; // none of its own: the platform's, or the host's provided ones above
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        return Collections.emptyEnumeration();
    }

    private static boolean providedResource(String name) {
        String asClass = (name.startsWith("/") ? name.substring(1) : name).replace('/', '.');
        return provided(asClass);
    }
}
