package org.evidentia.plugins.eutils;

import java.time.Duration;

/**
 * Spaces requests so that NCBI's limits hold: at most 3 requests in any second without an API key,
 * 10 with one. The retriever keeps one for every request it makes, whichever search they belong to,
 * since NCBI counts the requests of a machine (or key), not of a search: several {@code pubmed:}
 * inputs of one run each began with their own, so one search's ESearch followed the one before's last
 * EFetch at once (review s20, item 3).
 *
 * <p>Each request starts at least one interval (350 ms, or 110 ms with a key; the longer of its own
 * and the one before's, when they differ) after the one before started, and after the answer to
 * the one before began to arrive ({@link #answered()}). The server has the whole request before it
 * answers, so measured from the answer the requests reach it at least one interval apart, however
 * long a request took to get there (a new connection's set-up delays a request, not its answer): measured
 * from the starts only, a first request slowed by its connection and the next one on the open connection
 * reached the server 278 ms apart. The intervals leave 50 ms (100 ms with a key) in each second to spare.
 *
 * <p>Thread-safe: callers take their turns one at a time, and the HTTP client tells answers on its own threads.
 */
final class RequestPacing {

    /** One request every 350 ms: 3 per second with 50 ms to spare, as NCBI allows without an API key. */
    static final Duration WITHOUT_KEY = Duration.ofMillis(350);
    /** One request every 110 ms: 10 per second with 100 ms to spare, as NCBI allows with an API key. */
    static final Duration WITH_KEY = Duration.ofMillis(110);

    private final Timing timing;
    /** Held by the caller waiting for its turn, so that two callers never take the same one. */
    private final Object turn = new Object();
    private boolean started;
    /** When the last request started, or its answer began to arrive, whichever is later. */
    private long last;
    private long lastIntervalNanos;

    RequestPacing(Timing timing) {
        this.timing = timing;
    }

    /** Waits until a request whose pace is {@code interval} may start, and counts it as started. */
    void await(Duration interval) throws InterruptedException {
        long intervalNanos = interval.toNanos();
        synchronized (turn) {
            for (long wait = waitOrStart(intervalNanos); wait > 0; wait = waitOrStart(intervalNanos)) {
                timing.sleep(Duration.ofNanos(wait));
            }
        }
    }

    /** The answer to the request last started began to arrive: the next one is spaced from now. */
    synchronized void answered() {
        long now = timing.nanoTime();
        if (started && now - last > 0) {
            last = now;
        }
    }

    /** How long to wait still, or 0 after counting the request as started now. */
    private synchronized long waitOrStart(long intervalNanos) {
        long now = timing.nanoTime();
        if (started) {
            long next = last + Math.max(intervalNanos, lastIntervalNanos);
            if (next - now > 0) {
                return next - now;
            }
        }
        started = true;
        last = now;
        lastIntervalNanos = intervalNanos;
        return 0;
    }
}
