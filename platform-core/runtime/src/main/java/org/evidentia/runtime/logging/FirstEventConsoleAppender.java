package org.evidentia.runtime.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;

/**
 * Logback's console appender, made and started at the first event it gets. Most commands log
 * nothing (warnings and errors only, as shipped), and starting a pattern layout costs 20 to 30 ms
 * of a fresh JVM: its converters, its regular expressions, their lambdas.
 *
 * <p>Thread-safe: Logback calls {@link #append} under this appender's lock.
 */
final class FirstEventConsoleAppender extends AppenderBase<ILoggingEvent> {

    private final String target;
    private final String pattern;
    private ConsoleAppender<ILoggingEvent> console; // guarded by this

    /**
     * @param target {@code System.err} or {@code System.out}
     * @param pattern the encoder's pattern
     */
    FirstEventConsoleAppender(String target, String pattern) {
        this.target = target;
        this.pattern = pattern;
    }

    @Override
    protected void append(ILoggingEvent event) {
        console().doAppend(event);
    }

    /** The console appender that events go to: made and started at the first call. */
    synchronized ConsoleAppender<ILoggingEvent> console() {
        if (console == null) {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(getContext());
            encoder.setPattern(pattern);
            encoder.start();
            ConsoleAppender<ILoggingEvent> made = new ConsoleAppender<>();
            made.setContext(getContext());
            made.setName(getName());
            made.setTarget(target);
            made.setEncoder(encoder);
            made.start();
            console = made;
        }
        return console;
    }

    /** Whether the console appender has been made (an event came, or {@link #console()} was called). */
    synchronized boolean consoleMade() {
        return console != null;
    }

    @Override
    public synchronized void stop() {
        if (console != null) {
            console.stop();
        }
        super.stop();
    }
}
