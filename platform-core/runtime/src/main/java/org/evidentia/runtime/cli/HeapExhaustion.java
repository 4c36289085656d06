package org.evidentia.runtime.cli;

import java.util.Locale;

/**
 * A command that ran out of Java heap, told in one line instead of Java's stack trace: what ran out,
 * how much the heap may take, and how to give it more. Java's default heap is a quarter of the
 * machine's memory, and a run whose records and findings stream needs far less (docs/reliability.md),
 * so running out is most often a bound a user set ({@code JAVA_OPTS=-Xmx...}) or an input beyond
 * what a reader bounds.
 */
final class HeapExhaustion {

    private HeapExhaustion() {
    }

    /** Whether {@code e} is, or was caused by, Java running out of heap. */
    static boolean causedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The line that says so, after {@code what} failed (the command's own message, e.g. "extraction failed unexpectedly"). */
    static String line(String what) {
        return line(what, Runtime.getRuntime().maxMemory());
    }

    /**
     * As {@link #line(String)} for a heap of at most {@code maxBytes}: the size it suggests is twice that, in whole GiB, where a
     * fixed 4g would have shrunk a default heap of 5.7 GiB (the plugin author's review of session 27, P10).
     */
    static String line(String what, long maxBytes) {
        long suggested = Math.max(1, (2 * maxBytes + (1L << 30) - 1) >> 30);
        return String.format(Locale.ROOT, "%sJava ran out of memory: its heap may take at most %,d MiB; give it more with"
                + " JAVA_OPTS=-Xmx%dg (or another size), or look for an input far larger than the others",
                what == null || what.isBlank() ? "" : what + ": ", maxBytes >> 20, suggested);
    }
}
