package org.evidentia.runtime.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The engine's thread pools: daemon threads, so that none holds up the JVM's exit, named so that a thread dump tells them apart. */
final class DaemonPool {

    private DaemonPool() {
    }

    /** A fixed pool of {@code threads} threads named {@code prefix-1}, {@code prefix-2}, ...; the caller shuts it down. */
    static ExecutorService of(String prefix, int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
