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

    /** A thread that runs {@code task}, not started yet. */
    public static Thread thread(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
