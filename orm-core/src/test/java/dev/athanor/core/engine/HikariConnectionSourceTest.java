package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.athanor.core.config.IsolationLevel;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.testing.LogCapture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool for file databases, seen through the engine that owns it. */
class HikariConnectionSourceTest {

    @TempDir
    Path dir;

    private Engine.Builder engineFor(String file) {
        return Engine.builder("sqlite:///" + dir.resolve(file));
    }

    @Test
    void connectionsLiveForeverUnlessRecycled() {
        try (Engine engine = engineFor("app.db").build()) {
            assertThat(engine.connectionLifetime()).as("before the first statement").isNull();

            engine.execute("select 1");

            assertThat(engine.connectionLifetime()).isNull();
        }
    }

    @Test
    void poolRecycleIsTheConnectionLifetime() {
        try (Engine engine = engineFor("app.db").option("pool_recycle", 600).build()) {
            engine.execute("select 1");

            assertThat(engine.connectionLifetime()).isEqualTo(Duration.ofMinutes(10));
        }
    }

    @Test
    void shortLifetimesAndTimeoutsDrawNoWarningsFromHikari() {
        try (LogCapture hikari = LogCapture.of("com.zaxxer.hikari", Level.INFO);
             Engine engine = engineFor("app.db").option("pool_recycle", 30).option("pool_timeout", 0.25).build()) {
            engine.execute("select 1");

            assertThat(engine.connectionLifetime()).isEqualTo(Duration.ofSeconds(30));
            assertThat(hikari.messages(Level.WARN)).isEmpty();
        }
    }

    @Test
    void theHikariPoolIsNamedAfterTheEngine() {
        try (LogCapture hikari = LogCapture.of("com.zaxxer.hikari", Level.INFO);
             Engine engine = engineFor("app.db").build()) {
            engine.execute("select 1");

            assertThat(hikari.messages(Level.INFO)).anyMatch(m -> m.matches("athanor-\\d+ - Start completed\\."));
        }
    }

    @Test
    void theIsolationLevelIsSetOnEveryConnection() throws SQLException {
        try (Engine engine = engineFor("app.db").isolationLevel(IsolationLevel.READ_UNCOMMITTED).build();
             EngineConnection first = engine.connect();
             EngineConnection second = engine.connect()) {
            assertThat(first.jdbcConnection().getTransactionIsolation())
                    .isEqualTo(Connection.TRANSACTION_READ_UNCOMMITTED);
            assertThat(second.jdbcConnection().getTransactionIsolation())
                    .isEqualTo(Connection.TRANSACTION_READ_UNCOMMITTED);
        }
    }

    @Test
    void thePoolGrowsUpToPoolSize() {
        try (Engine engine = engineFor("app.db").poolSize(2).poolTimeout(Duration.ofMillis(300)).build();
             EngineConnection first = engine.connect();
             EngineConnection second = engine.connect()) {
            assertThat(engine.poolStats()).isEqualTo(new PoolStats(2, 2, 0, 0));
            assertThat(first.id()).isNotEqualTo(second.id());
        }
    }

    @Test
    void aPoolThatStaysEmptyTooLongTimesOutDescribingIt() {
        try (Engine engine = engineFor("app.db").poolSize(1).poolTimeout(Duration.ofMillis(300)).build();
             EngineConnection held = engine.connect()) {
            held.execute("select 1");

            assertThatThrownBy(engine::connect)
                    .isInstanceOfSatisfying(AthanorException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.POOL_TIMEOUT);
                        assertThat(e.getMessage()).contains("waited 300 ms", "pool: total=1, active=1, idle=0",
                                "pool_size: 1");
                    });
        }
    }

    @Test
    void prePingHandsOutWorkingConnections() {
        try (Engine engine = engineFor("app.db").poolPrePing(true).build()) {
            assertThat(engine.execute("select 1").scalar()).isEqualTo(1);
            assertThat(engine.execute("select 2").scalar()).isEqualTo(2);
        }
    }

    @Test
    void inMemoryHasNoPoolAndNoLifetime() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").option("pool_recycle", 60).build()) {
            engine.execute("select 1");

            assertThat(engine.connectionLifetime()).isNull();
        }
    }
}
