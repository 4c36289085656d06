package org.evidentia.runtime.retrieval;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.evidentia.api.RetrievalContext;

/** The context of one retrieval: its retriever's options, cache folder, clock, environment and messages. */
final class RetrievalRunContext implements RetrievalContext {

    private final String retriever;
    private final Record options;
    private final Path cacheFolder;
    private final Clock clock;
    private final Function<String, String> environment;
    private final Consumer<String> progress;
    private final List<String> notices = new ArrayList<>();

    RetrievalRunContext(String retriever, Record options, Path cacheFolder, Clock clock,
                        Function<String, String> environment, Consumer<String> progress) {
        this.retriever = retriever;
        this.options = options;
        this.cacheFolder = cacheFolder;
        this.clock = clock;
        this.environment = environment;
        this.progress = progress;
    }

    @Override
    public <T extends Record> T options(Class<T> type) {
        if (!type.isInstance(options)) {
            throw new IllegalArgumentException(retriever + " has options of type " + options.getClass().getName()
                    + ", not " + type.getName());
        }
        return type.cast(options);
    }

    @Override
    public Path cacheFolder() {
        return cacheFolder;
    }

    /** To the second, as the run's own date: a methods section names the day and time, not the nanosecond. */
    @Override
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public String environment(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public void progress(String message) {
        progress.accept(retriever + ": " + message);
    }

    @Override
    public synchronized void notice(String message) {
        notices.add(message);
        progress.accept(retriever + ": note: " + message);
    }

    synchronized List<String> notices() {
        return List.copyOf(notices);
    }
}
