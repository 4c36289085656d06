package org.evidentia.runtime.output;

/** The output folder cannot be used: it is a file, holds files Evidentia did not write, or another run uses it. */
public final class OutputFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    public OutputFolderException(String message) {
        super(message);
    }
}
