package org.evidentia.runtime.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.evidentia.runtime.engine.RunStop;

/**
 * While open, makes a stop of Java (Ctrl-C, SIGINT; {@code kill}, SIGTERM) an orderly one for the
 * thread that opened it. Such a stop runs shutdown hooks, then halts, and runs no {@code finally}:
 * a run applying inputs to a findings store left its run {@code running} in the store's log, its
 * database's log files and its lock files beside it. Here a shutdown hook tells what was registered
 * with {@link #onStop} (a store's run marks itself interrupted), interrupts the thread, and waits, at
 * most {@link #GRACE}, until the thread has unwound and closed this, closing what it held on the way
 * (the database, which folds its log into the store, and the lock files). A thread that does not get
 * there in time is halted with Java, as after {@code kill -9}: what it finished stays, as then.
 */
final class OrderlyStop implements AutoCloseable, RunStop {

    /** How long the hook waits for the thread to close what it holds; a supervisor's kill -9 (systemd waits 90 s) comes later. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private final Thread worker;
    private final Thread hook;
    private final List<Runnable> onStop = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean requested;

    private OrderlyStop(Thread worker, String name) {
        this.worker = worker;
        this.hook = new Thread(this::stop, "evidentia-stop-" + name);
    }

    /**
     * Registers the hook for the calling thread until {@link #close}.
     *
     * @param name what the thread does, for the hook thread's name
     */
    static OrderlyStop forThisThread(String name) {
        OrderlyStop stop = new OrderlyStop(Thread.currentThread(), name);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Runs {@code action} on the hook's thread when Java is stopped, before the thread is interrupted; it must be thread-safe and quick. */
    void onStop(Runnable action) {
        onStop.add(action);
    }

    /** Whether Java is being stopped: the thread's interruption, and what fails of it, come from that. */
    @Override
    public boolean requested() {
        return requested;
    }

    /**
     * The exit of a command that Java's stop ended, which says nothing more ({@link Main}'s hook says "interrupted", and Java
     * exits with the signal's status), else {@code e} thrown on: what failed because of the stop (an interrupted wait, a
     * channel closed by the interruption) is no failure of the command.
     */
    int exitOf(Exception e) throws Exception {
        if (requested) {
            return ExitCode.FAILED;
        }
        throw e;
    }

    /** The hook: tells, interrupts, and waits for the thread to close this. */
    void stop() {
        requested = true;
        for (Runnable action : onStop) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // the others, and the interruption, still come
            }
        }
        worker.interrupt();
        try {
            closed.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The thread has closed what it held (or returned without a stop): the hook no longer waits, and is removed when Java is not stopping. */
    @Override
    public void close() {
        closed.countDown();
        if (!requested) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook has just started: it finds this closed and returns
            }
        }
    }
}
