package org.evidentia.runtime.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What one class logs, down to DEBUG, while this is open: a test's view of a log line the run writes
 * (which source read an input, a failing extractor's trace). Closing it puts the logger back as it was.
 */
final class DebugLog implements AutoCloseable {

    private final Logger logger;
    private final Level level;
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    DebugLog(Class<?> type) {
        logger = (Logger) LoggerFactory.getLogger(type);
        level = logger.getLevel();
        events.start();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(events);
    }

    /** The events logged so far, in order; the list stays readable once this is closed. */
    List<ILoggingEvent> events() {
        return events.list;
    }

    @Override
    public void close() {
        logger.detachAppender(events);
        logger.setLevel(level);
    }
}
