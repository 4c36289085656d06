package org.evidentia.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This build's version, as Maven filtered it into {@code evidentia.properties}. */
public final class EvidentiaVersion {

    private EvidentiaVersion() {
    }

    /** The version, e.g. {@code 0.1.0}. */
    public static String get() {
        try (InputStream in = EvidentiaVersion.class.getResourceAsStream("evidentia.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "0.0.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
