package org.evidentia.runtime.host;

import org.pf4j.PluginRuntimeException;

/**
 * An extension could not be made: its constructor threw, or its plugin's bindings do not give it
 * what it asks for. Carries what went wrong in words, so that the host can report it under the
 * plugin's id and the run can go on without that extension.
 */
public final class ExtensionCreationException extends PluginRuntimeException {

    private final String reason;

    ExtensionCreationException(String extensionClass, String pluginId, String reason, Throwable cause) {
        super(cause, "extension {} of plugin {} cannot be made: {}", extensionClass, pluginId, reason);
        this.reason = reason;
    }

    /** Why it cannot be made, e.g. "its constructor failed: lexicon file missing". */
    public String reason() {
        return reason;
    }
}
