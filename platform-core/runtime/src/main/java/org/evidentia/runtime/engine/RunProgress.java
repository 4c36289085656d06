package org.evidentia.runtime.engine;

/** Told how a run goes on, for a progress bar. Called from the run's main thread only. */
public interface RunProgress {

    /** No progress shown. */
    RunProgress NONE = new RunProgress() {
    };

    /** A new input is being read; {@code recordsRead} records of the earlier inputs have gone on to extraction. */
    default void input(String name, int number, int of, long recordsRead) {
    }

    /** Records read and findings made so far (called every few hundred records). */
    default void records(long read, long findings) {
    }

    /** Reading and extraction are done; reporters are running. */
    default void reporting() {
    }
}
