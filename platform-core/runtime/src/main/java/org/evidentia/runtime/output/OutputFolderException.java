package org.evidentia.runtime.output;

/**
 * The output folder cannot be used: it is a file, holds files Evidentia did not write, another run
 * uses it, or its lock cannot be taken (a full disk).
 */
public final class OutputFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    public OutputFolderException(String message) {
        super(message);
    }

    public OutputFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
