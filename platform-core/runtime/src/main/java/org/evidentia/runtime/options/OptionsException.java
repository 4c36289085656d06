package org.evidentia.runtime.options;

/** Options that cannot be bound: the message names the option and says what is allowed. */
public final class OptionsException extends Exception {
    private static final long serialVersionUID = 1L;

    public OptionsException(String message) {
        super(message);
    }
}
