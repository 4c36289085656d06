package org.evidentia.runtime.cli;

/** The {@code evidentia} launcher's entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(EvidentiaCommand.commandLine(args).execute(args));
    }
}
