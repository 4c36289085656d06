package org.evidentia.plugins.eutils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Time that passes only when someone sleeps: pacing and backoff are checked by the waits they ask for. */
final class VirtualTime implements Timing {

    private long now = 1_000_000_000L;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now += duration.toNanos();
    }

    /** Every wait asked for, in order. */
    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
