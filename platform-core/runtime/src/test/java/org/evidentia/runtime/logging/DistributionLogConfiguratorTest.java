package org.evidentia.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class DistributionLogConfiguratorTest {

    @TempDir
    Path home;

    /** What a configured context amounts to: levels, and each appender with its target and pattern. */
    private static List<String> described(LoggerContext context) {
        List<String> lines = new ArrayList<>();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        lines.add("root " + root.getLevel());
        lines.add("org.pf4j " + context.getLogger("org.pf4j").getLevel());
        for (var it = root.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            if (appender instanceof FirstEventConsoleAppender firstEvent) {
                appender = firstEvent.console(); // what it writes with once it gets an event
            }
            String detail = appender instanceof ConsoleAppender<ILoggingEvent> console
                    ? console.getTarget() + " " + ((PatternLayoutEncoder) console.getEncoder()).getPattern() : "";
            lines.add(appender.getName() + " " + appender.getClass().getSimpleName() + " " + detail + " started=" + appender.isStarted());
        }
        return lines;
    }

    private static LoggerContext configured(DistributionLogConfigurator configurator, List<ExecutionStatus> status) {
        LoggerContext context = new LoggerContext();
        configurator.setContext(context);
        status.add(configurator.configure(context));
        return context;
    }

    @Test
    void theShippedFileIsAppliedInCodeExactlyAsJoranReadsIt() throws Exception {
        LoggerContext joran = new LoggerContext();
        JoranConfigurator reader = new JoranConfigurator();
        reader.setContext(joran);
        try (InputStream shipped = DistributionLogConfigurator.class.getResourceAsStream(DistributionLogConfigurator.DEFAULT)) {
            reader.doConfigure(shipped);
        }
        List<ExecutionStatus> status = new ArrayList<>();
        Files.createDirectories(home.resolve("conf"));
        try (InputStream shipped = DistributionLogConfigurator.class.getResourceAsStream(DistributionLogConfigurator.DEFAULT)) {
            Files.copy(shipped, home.resolve("conf/logback.xml"));
        }

        LoggerContext inCode = configured(new DistributionLogConfigurator(home), status);

        assertThat(described(inCode)).isEqualTo(described(joran))
                .containsExactly("root WARN", "org.pf4j OFF", "STDERR ConsoleAppender System.err %-5level %logger{30} - %replace(%msg){'[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]', '?'}%n started=true");
        assertThat(status).containsExactly(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(described(configured(new DistributionLogConfigurator(home.resolve("elsewhere")), status)))
                .as("a distribution without conf/logback.xml logs as shipped").isEqualTo(described(joran));
    }

    @Test
    void theConsoleIsMadeAtTheFirstEventAndWritesItOnStderr() {
        LoggerContext context = configured(new DistributionLogConfigurator(home), new ArrayList<>());
        FirstEventConsoleAppender stderr = (FirstEventConsoleAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertThat(stderr.consoleMade()).as("nothing logged yet: no pattern layout started").isFalse();
        context.getLogger("t").info("below the level");
        assertThat(stderr.consoleMade()).as("an event below the level reaches no appender").isFalse();

        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as SLF4J's provider sets it
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(written, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            context.getLogger("t").warn("first {}", "warning");
        } finally {
            System.setErr(err);
        }

        assertThat(stderr.consoleMade()).isTrue();
        assertThat(written.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("WARN  t - first warning" + System.lineSeparator());
    }

    @Test
    void controlCharactersInALoggedMessageCannotDriveTheTerminal() {
        LoggerContext context = configured(new DistributionLogConfigurator(home), new ArrayList<>());
        ConsoleAppender<ILoggingEvent> stderr = ((FirstEventConsoleAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).console();
        ch.qos.logback.classic.Logger logger = context.getLogger("t");
        ILoggingEvent event = new ch.qos.logback.classic.spi.LoggingEvent("t", logger, Level.WARN,
                "Source {} failed to inspect {}", null, new Object[] {"medline", "evil\u001b]0;PWNED\u0007\u009b2J\nWARN forged\u202e.txt"});

        String line = new String(stderr.getEncoder().encode(event), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(line).isEqualTo("WARN  t - Source medline failed to inspect evil?]0;PWNED??2J?WARN forged?.txt" + System.lineSeparator());
    }

    @Test
    void theLogReplacesExactlyTheCharactersTheConsoleEscapes() {
        LoggerContext context = configured(new DistributionLogConfigurator(home), new ArrayList<>());
        ConsoleAppender<ILoggingEvent> stderr = ((FirstEventConsoleAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).console();
        ch.qos.logback.classic.Logger logger = context.getLogger("t");
        StringBuilder every = new StringBuilder();
        StringBuilder expected = new StringBuilder("WARN  t - ");
        for (char c = 0; c < 0xD800; c++) {
            every.append(c);
            expected.append(org.evidentia.runtime.text.ConsoleText.isControl(c) ? '?' : c);
        }
        ILoggingEvent event = new ch.qos.logback.classic.spi.LoggingEvent("t", logger, Level.WARN, every.toString(), null, null);

        String line = new String(stderr.getEncoder().encode(event), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(line).isEqualTo(expected + System.lineSeparator());
    }

    @Test
    void aChangedFileIsReadAsItIs() throws IOException {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/logback.xml"), """
                <configuration>
                  <appender name="CHANGED" class="ch.qos.logback.core.ConsoleAppender"><target>System.out</target>
                    <encoder><pattern>%msg%n</pattern></encoder></appender>
                  <root level="INFO"><appender-ref ref="CHANGED"/></root>
                </configuration>
                """);
        List<ExecutionStatus> status = new ArrayList<>();

        assertThat(described(configured(new DistributionLogConfigurator(home), status)))
                .containsExactly("root INFO", "org.pf4j null", "CHANGED ConsoleAppender System.out %msg%n started=true");
        assertThat(status).containsExactly(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    }

    @Test
    void logbacksOwnErrorsArePrintedOnlyWhenThereAreAny() throws IOException {
        // Logback prints a context's errors and warnings after configuring it unless the context has a status listener
        LoggerContext asShipped = configured(new DistributionLogConfigurator(home), new ArrayList<>());
        assertThat(ch.qos.logback.core.status.StatusUtil.contextHasStatusListener(asShipped)).as("nothing to print as shipped").isTrue();

        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/logback.xml"), "<configuration><appender name=");
        LoggerContext failed = configured(new DistributionLogConfigurator(home), new ArrayList<>());
        assertThat(ch.qos.logback.core.status.StatusUtil.contextHasStatusListener(failed)).as("the failure to read the file is printed").isFalse();
        assertThat(new ch.qos.logback.core.status.StatusUtil(failed).getHighestLevel(0)).isEqualTo(ch.qos.logback.core.status.Status.ERROR);
        assertThat(described(failed)).as("and logging goes on as shipped").isEqualTo(described(asShipped));
    }

    @Test
    void outsideTheDistributionLogbacksOwnSearchGoesOn() {
        List<ExecutionStatus> status = new ArrayList<>();
        LoggerContext context = configured(new DistributionLogConfigurator(null), status);
        assertThat(status).containsExactly(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
