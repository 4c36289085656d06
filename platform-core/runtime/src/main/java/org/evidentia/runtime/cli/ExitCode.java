package org.evidentia.runtime.cli;

/** The exit codes of every command. */
final class ExitCode {
    /** Everything worked. */
    static final int OK = 0;
    /** The run had problems and --strict was given, or it failed. */
    static final int FAILED = 1;
    /** Usage or configuration error. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
