package org.evidentia.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This build's version and the commit it was built from, as Maven filtered them into {@code evidentia.properties}. */
public final class EvidentiaVersion {

    private EvidentiaVersion() {
    }

    /** The version, e.g. {@code 0.1.0}. */
    public static String get() {
        return properties().getProperty("version", "0.0.0");
    }

    /**
     * The build: the commit built from, abbreviated to 12 hex digits, with {@code -dirty} when the
     * checkout had changes not committed (e.g. {@code a024f949c3d1}); null when it is not known (built
     * from a copy without git). A version's rules can change between builds, so a file's provenance
     * needs both.
     */
    public static String build() {
        return build(properties());
    }

    static String build(Properties properties) {
        String commit = properties.getProperty("commit", "");
        if (!commit.matches("[0-9a-f]{7,40}")) {
            return null; // not filtered: the build had no git checkout
        }
        return commit + ("true".equals(properties.getProperty("dirty")) ? "-dirty" : "");
    }

    /**
     * The version with the build as SemVer build metadata ({@code 0.1.0+a024f949c3d1}), or the version alone when the
     * build is not known: what a run records and its outputs name, so that a file says which rules made it.
     */
    public static String withBuild() {
        Properties properties = properties(); // read once for both
        String build = build(properties);
        return properties.getProperty("version", "0.0.0") + (build == null ? "" : "+" + build);
    }

    private static Properties properties() {
        try (InputStream in = EvidentiaVersion.class.getResourceAsStream("evidentia.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
