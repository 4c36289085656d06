package org.evidentia.runtime.engine;

/**
 * The words of the warning that a plugin's code left its thread interrupted with no stop of the run ({@link RunStop}), one
 * for a source, an extractor and a reporter alike.
 */
final class LeftInterruption {

    private LeftInterruption() {
    }

    /** {@code role name left its thread interrupted (...), a defect to report to authors}: {@code authors} as "the authors of plugin x". */
    static String told(String role, String name, String authors) {
        return role + " " + name + " left its thread interrupted (Thread.interrupt() with no stop of the run), a defect to report to "
                + authors;
    }
}
