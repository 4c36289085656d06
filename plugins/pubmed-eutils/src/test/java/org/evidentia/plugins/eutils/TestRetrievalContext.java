package org.evidentia.plugins.eutils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.api.RetrievalContext;
import org.evidentia.testkit.PluginTestKit;

/** A retrieval's context with options bound as the runtime binds them, a settable clock and recorded messages. */
final class TestRetrievalContext implements RetrievalContext {

    private final Record options;
    private final Path cache;
    private final Map<String, String> environment;
    final List<String> progress = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    Instant now = Instant.parse("2026-03-04T10:00:00Z");

    TestRetrievalContext(Path cache, Map<String, ?> options, Map<String, String> environment) {
        this.options = PluginTestKit.bind(new PubmedRetriever(), options);
        this.cache = cache;
        this.environment = environment;
    }

    @Override
    public <T extends Record> T options(Class<T> type) {
        return type.cast(options);
    }

    @Override
    public Path cacheFolder() {
        return cache;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public String environment(String name) {
        return environment.get(name);
    }

    @Override
    public void progress(String message) {
        progress.add(message);
    }

    @Override
    public void notice(String message) {
        notices.add(message);
    }
}
