package org.evidentia.runtime.engine;

/** A pipeline, option or selection that cannot be used; the message says what to change. Exit code 2. */
public final class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
