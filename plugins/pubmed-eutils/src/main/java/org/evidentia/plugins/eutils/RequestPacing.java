package org.evidentia.plugins.eutils;

import java.time.Duration;

/**
 * Spaces requests so that NCBI's limits hold: at most 3 requests in any second without an API key,
 * 10 with one. Each request starts at least one interval after the one before (334 ms, or 101 ms
 * with a key), which keeps any one-second window at or under the limit. Used by one thread.
 */
final class RequestPacing {

    /** One request every 334 ms: 3 per second, as NCBI allows without an API key. */
    static final Duration WITHOUT_KEY = Duration.ofMillis(334);
    /** One request every 101 ms: 10 per second, as NCBI allows with an API key. */
    static final Duration WITH_KEY = Duration.ofMillis(101);

    private final Timing timing;
    private final long intervalNanos;
    private boolean started;
    private long nextAllowed;

    RequestPacing(Timing timing, Duration interval) {
        this.timing = timing;
        this.intervalNanos = interval.toNanos();
    }

    /** Waits until the next request may start. */
    void await() throws InterruptedException {
        long now = timing.nanoTime();
        if (started && now - nextAllowed < 0) {
            timing.sleep(Duration.ofNanos(nextAllowed - now));
            now = timing.nanoTime();
        }
        started = true;
        nextAllowed = now + intervalNanos;
    }
}
