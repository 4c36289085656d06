package org.evidentia.runtime.engine;

/**
 * Whether a run's stop has been asked for (Ctrl-C, SIGTERM), which then interrupts the run's thread. An interruption is the
 * run's stop only when this says so: plugin code the run calls on its threads may leave one behind with nothing stopping
 * ({@code Thread.interrupt()} after catching an {@code InterruptedException}), which the run clears, names in a warning and
 * goes past, where it once took it for a stop and wrote nothing (the review of session 25, A2). Implementations are
 * thread-safe: a run asks from any of its threads.
 */
@FunctionalInterface
public interface RunStop {

    /** For a run whose threads nobody interrupts to stop it: Java's end is its only stop. */
    RunStop NEVER = () -> false;

    /** Whether the stop was asked for; once true, true for good, and true before the run's thread is interrupted for it. */
    boolean requested();
}
