package dev.athanor.agent.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.System.Logger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LoggingEnhancementListenerTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> warnings = new ArrayList<>();

    private LoggingEnhancementListener listener(boolean verbose) {
        return new LoggingEnhancementListener(verbose, new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> new RecordingLogger(warnings));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void verboseListsEachClassEnhancedOrLeftAlone() {
        LoggingEnhancementListener verbose = listener(true);

        verbose.onResult(EnhancementResult.enhanced("com.acme.Order", new byte[0], 5));
        verbose.onResult(EnhancementResult.enhanced("com.acme.Tag", new byte[0], 1));
        verbose.onResult(EnhancementResult.rewritten("com.acme.OrderService", new byte[0], 3));
        verbose.onResult(EnhancementResult.rewritten("com.acme.Order$Line", new byte[0], 1));
        verbose.onResult(EnhancementResult.unchanged("com.acme.Money", "a record"));
        verbose.onResult(EnhancementResult.notManaged("com.acme.Util", "no annotation"));

        assertThat(err().lines()).containsExactly("[athanor-agent] enhanced com.acme.Order (5 tracked fields)",
                "[athanor-agent] enhanced com.acme.Tag (1 tracked field)",
                "[athanor-agent] rewrote 3 field accesses in com.acme.OrderService",
                "[athanor-agent] rewrote 1 field access in com.acme.Order$Line",
                "[athanor-agent] com.acme.Money left as it is: a record");
        assertThat(warnings).isEmpty();
    }

    @Test
    void quietListsNothingButWarnsOfRefusalsAndErrors() {
        LoggingEnhancementListener quiet = listener(false);

        quiet.onResult(EnhancementResult.enhanced("com.acme.Order", new byte[0], 5));
        quiet.onResult(EnhancementResult.refused("com.acme.Line", "its superclass is missing"));
        quiet.onError("com.acme.Bad", new IllegalStateException("boom"));
        quiet.onWarning("loader cannot see the runtime");

        assertThat(err()).isEmpty();
        assertThat(warnings).containsExactly("WARNING com.acme.Line NOT enhanced: its superclass is missing",
                "WARNING com.acme.Bad NOT enhanced: the enhancer failed with java.lang.IllegalStateException: boom;"
                        + " the class loads as it is. Please report this with the class file.",
                "WARNING loader cannot see the runtime");
    }

    @Test
    void withoutALoggerWarningsGoToStandardError() {
        LoggingEnhancementListener listener = new LoggingEnhancementListener(false,
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
                    throw new IllegalStateException("no logging yet");
                });

        listener.onWarning("something");

        assertThat(err()).isEqualTo("[athanor-agent] WARNING something" + System.lineSeparator());
    }

    @Test
    void neverThrowsEvenWhenItsOutputsDo() {
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("closed");
            }
        }) {
            @Override
            public void println(String x) {
                throw new IllegalStateException("closed");
            }
        };
        LoggingEnhancementListener listener = new LoggingEnhancementListener(true, broken, () -> {
            throw new IllegalStateException("no logging");
        });

        assertThatCode(() -> {
            listener.onResult(EnhancementResult.enhanced("a.B", new byte[0], 1));
            listener.onResult(EnhancementResult.refused("a.C", "why"));
            listener.onError("a.D", new Error("bad"));
            listener.onWarning("w");
        }).doesNotThrowAnyException();
    }

    @Test
    void usesTheEnhanceLogger() {
        assertThat(LoggingEnhancementListener.LOGGER).isEqualTo("dev.athanor.ENHANCE");
    }

    /** Keeps what it is asked to log at WARNING and above, as "LEVEL message". */
    private record RecordingLogger(List<String> lines) implements Logger {
        @Override
        public String getName() {
            return LoggingEnhancementListener.LOGGER;
        }

        @Override
        public boolean isLoggable(Level level) {
            return level.getSeverity() >= Level.WARNING.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            lines.add(level + " " + message);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(level + " " + format);
        }
    }
}
