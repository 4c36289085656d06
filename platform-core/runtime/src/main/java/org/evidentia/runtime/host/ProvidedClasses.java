package org.evidentia.runtime.host;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of every plugin's class loader: of the host's own classes, only those it provides to plugins (the api, the
 * text-mining kit, PF4J, SLF4J and Logback, Guice, {@code jakarta.inject}, Jackson's core, databind and annotations), and
 * Java's own. The rest of the host's {@code lib/} (Guava, SQLite, commons-csv, the runtime) is its private business: a plugin
 * that used it without shipping it would break with a {@code NoClassDefFoundError} when a later Evidentia changed or
 * dropped it (the review of session 32, A1), so it fails now, as the plugin's own test and {@code plugins install} run it.
 * A plugin ships what else it needs in its {@code lib/}, which its class loader reads before this one.
 */
public final class ProvidedClasses extends ClassLoader {

    /**
     * Where the provided classes are, as prefixes of class names: the libraries the packaging check refuses a copy of
     * (PluginPackaging.HOST) but the runtime and the testkit, which are the host's own, and AOP Alliance, which Guice's API
     * names.
     */
    static final List<String> PACKAGES = List.of("org.evidentia.api.", "org.evidentia.textmining.", "org.pf4j.", "org.slf4j.",
            "ch.qos.logback.", "com.google.inject.", "org.aopalliance.", "jakarta.inject.", "com.fasterxml.jackson.core.",
            "com.fasterxml.jackson.databind.", "com.fasterxml.jackson.annotation.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader host;

    /** @param host the loader of the host's classes (the application's, or a test's class path) */
    ProvidedClasses(ClassLoader host) {
        super("evidentia-provided", ClassLoader.getPlatformClassLoader());
        this.host = host;
    }

    /**
     * What to do about a class a plugin's code could not find, or null when {@code e} (or a cause of it: Guice wraps a static
     * initializer's failure) is no such failure, or the class is one the host provides or Java's: a class of a library that
     * the plugin neither bundles nor is provided (one declared {@code provided} that the host does not provide, or one of
     * the host's own {@code lib/}), or of Evidentia's runtime. Words to put in brackets after the error.
     */
    public static String unbundledHint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (t instanceof NoClassDefFoundError && message != null && !message.startsWith("Could not initialize class")) {
                String name = message.lines().findFirst().orElse("").strip().replace('/', '.');
                if (name.isEmpty() || name.startsWith("java.") || provided(name)) {
                    return null;
                }
                return name.startsWith("org.evidentia.") ? "a class of Evidentia's own, which plugins do not see: a plugin builds"
                        + " against the api and the text-mining kit only"
                        : "a class of a library that the plugin's lib/ does not hold and the host does not provide: the host"
                        + " provides plugins with its api, the text-mining kit, PF4J, SLF4J and Logback, Guice, jakarta.inject and"
                        + " Jackson only; make the library a compile-scope dependency, so that the plugin's zip bundles it";
            }
        }
        return null;
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
