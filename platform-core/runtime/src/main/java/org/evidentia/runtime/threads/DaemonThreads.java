package org.evidentia.runtime.threads;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's own threads: daemons, so that none holds up the JVM's exit (a run that failed, or
 * a {@code main} that returned), and named, so that a thread dump tells them apart.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /**
     * A fixed pool of {@code threads} threads named {@code prefix-1}, {@code prefix-2}, ...
     *
     * @param threads at least 1
     * @return the pool; the caller shuts it down
     */
    public static ExecutorService pool(String prefix, int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> thread(task, prefix + "-" + n.incrementAndGet()));
    }

    /**
     * Interrupts every task of {@code pool} and waits, at most {@code bound}, until they have ended, so that what they hold (a
     * source's stream, a plugin's code) is closed before the caller goes on to stop the plugins: a stopped run returned while
     * its readers still closed the sources' streams, against what a stop promises (the review of session 33, S4). The
     * caller's own interruption (the run's stop) is kept for it, not taken for the end of the wait.
     */
    public static void stopAndAwait(ExecutorService pool, java.time.Duration bound) {
        pool.shutdownNow();
        boolean interrupted = Thread.interrupted();
        try {
            pool.awaitTermination(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true; // a second stop: go on without waiting longer
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A thread that runs {@code task}, not started yet. */
    public static Thread thread(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
