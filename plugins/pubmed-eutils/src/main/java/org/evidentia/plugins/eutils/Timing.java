package org.evidentia.plugins.eutils;

import java.time.Duration;

/** The monotonic clock and the waiting that pacing and backoff need; tests replace both with virtual time. */
interface Timing {

    /** The real clock and {@link Thread#sleep}. */
    Timing SYSTEM = new Timing() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    };

    /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
}
