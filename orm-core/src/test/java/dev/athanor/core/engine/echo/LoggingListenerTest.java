package dev.athanor.core.engine.echo;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.athanor.core.engine.Engine;
import dev.athanor.testing.LogCapture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoggingListenerTest {

    @Test
    void eachStatementIsOneDebugEventOnTheSqlLogger() {
        try (LogCapture sql = LogCapture.of("dev.athanor.SQL", Level.DEBUG);
             Engine engine = Engine.builder("sqlite://").build()) {
            engine.execute("create table t (x int, s text)");
            engine.execute("insert into t values (?, ?)", 1, "one");
            engine.execute("select * from t where x = :x", Map.of("x", 1));

            assertThat(sql.events()).hasSize(3).allSatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
                assertThat(event.getLoggerName()).isEqualTo("dev.athanor.SQL");
            });
            assertThat(sql.messages()).satisfiesExactly(
                    m -> assertThat(m).matches("create table t \\(x int, s text\\) \\| \\(\\) \\| \\d+\\.\\d{3} ms,"
                            + " 0 rows \\[conn 1]"),
                    m -> assertThat(m).matches("insert into t values \\(\\?, \\?\\) \\| \\(1, 'one'\\) \\|"
                            + " \\d+\\.\\d{3} ms, 1 row \\[conn 1]"),
                    m -> assertThat(m).startsWith("select * from t where x = ? | (1) | ").endsWith("1 row [conn 1]"));
        }
    }

    @Test
    void transactionsAreDebugEventsOnTheTxnLogger() {
        try (LogCapture txn = LogCapture.of("dev.athanor.TXN", Level.DEBUG);
             Engine engine = Engine.builder("sqlite://").build()) {
            engine.inTransaction(c -> c.execute("select 1"));

            assertThat(txn.events()).extracting(ILoggingEvent::getLevel).containsOnly(Level.DEBUG);
            assertThat(txn.messages()).satisfiesExactly(
                    m -> assertThat(m).startsWith("BEGIN -- "),
                    m -> assertThat(m).startsWith("COMMIT -- ").endsWith(" ms [conn 1]"));
        }
    }

    @Test
    void nothingIsLoggedAboveDebug() {
        try (LogCapture sql = LogCapture.of("dev.athanor.SQL", Level.INFO);
             Engine engine = Engine.builder("sqlite://").build()) {
            engine.execute("select 1");

            assertThat(sql.events()).isEmpty();
        }
    }

    @Test
    void rowsAreLoggedAtTraceForEnginesBuiltWhileTraceIsOn() {
        try (LogCapture sql = LogCapture.of("dev.athanor.SQL", Level.TRACE);
             Engine engine = Engine.builder("sqlite://").build()) {
            engine.execute("select 1, 'a'");

            assertThat(sql.events()).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG, Level.TRACE);
            assertThat(sql.messages().get(1)).isEqualTo("row (1, 'a')");
        }
    }
}
