package org.evidentia.runtime.store;

/** The findings store cannot be used: not a store, in use by another run, or unreadable. The message names the file and why. */
public final class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
