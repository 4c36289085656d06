package org.evidentia.runtime.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;

/**
 * Configures Logback for the distribution: the distribution's {@code conf/logback.xml} as shipped
 * is applied in code, without parsing XML (Joran's start-up cost about 0.1 s of every command); a
 * changed one is read by Joran as it is. Outside the distribution (no {@code evidentia.home}),
 * Logback's own search goes on (logback-test.xml in tests). A {@code -Dlogback.configurationFile}
 * comes first and is never overridden.
 *
 * <p>Found by Logback through {@code META-INF/services}; one instance per logger context.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class DistributionLogConfigurator extends ContextAwareBase implements Configurator {

    static final String DEFAULT = "/org/evidentia/runtime/logging/logback.xml";

    private final Path home;

    /** The configurator Logback makes, for the distribution in {@code evidentia.home}. */
    public DistributionLogConfigurator() {
        this(System.getProperty("evidentia.home") == null ? null : Path.of(System.getProperty("evidentia.home")));
    }

    /** @param home the distribution's folder; null when not run from a distribution */
    DistributionLogConfigurator(Path home) {
        this.home = home;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (home == null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Path file = home.resolve("conf").resolve("logback.xml");
        try {
            if (Files.isRegularFile(file) && !Arrays.equals(Files.readAllBytes(file), shipped())) {
                JoranConfigurator joran = new JoranConfigurator();
                joran.setContext(context);
                joran.doConfigure(file.toFile());
                return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
            }
        } catch (IOException | JoranException e) {
            addError("Cannot read " + file + "; logging as shipped", e);
            context.reset();
        }
        asShipped(context);
        if (new StatusUtil(context).getHighestLevel(0) < Status.WARN) {
            // Logback prints a context's errors and warnings once configured unless the context has a
            // status listener, and its printer's class makes a date format as it loads (time zones):
            // 20 to 40 ms of every command that logs. As shipped there is nothing to print, unless
            // reading conf/logback.xml failed above: then no listener, and the error is printed.
            context.getStatusManager().add(new NopStatusListener());
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * What the shipped logback.xml says: warnings and errors on stderr; PF4J's own messages off
     * (Evidentia reports failed plugins itself). The console appender is made at the first event.
     */
    private static void asShipped(LoggerContext context) {
        // a message's control characters (from a file name or an input line) cannot drive the terminal: shown as ?
        // (the characters of ConsoleText.isControl, which a test checks)
        FirstEventConsoleAppender stderr = new FirstEventConsoleAppender("System.err",
                "%-5level %logger{30} - %replace(%msg){'[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]', '?'}%n");
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.start();
        context.getLogger("org.pf4j").setLevel(Level.OFF);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
    }

    private static byte[] shipped() throws IOException {
        try (InputStream in = DistributionLogConfigurator.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IOException("the runtime jar lacks " + DEFAULT);
            }
            return in.readAllBytes();
        }
    }
}
