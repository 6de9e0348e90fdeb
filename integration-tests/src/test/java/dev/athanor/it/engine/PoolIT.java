package dev.athanor.it.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import dev.athanor.Athanor;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.PoolStats;
import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.testing.LogCapture;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Laziness, the pool, the pinned :memory: connection, recycling and first-connect settings. */
class PoolIT {

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void nothingConnectsUntilTheFirstStatementThenOneConnectionIsReused(Target target) {
        try (TestDatabase db = TestDatabase.open(target, tempDir)) {
            Engine engine = db.track(db.builder().build());
            assertThat(engine.isStarted()).isFalse();
            assertThat(engine.poolStats()).isEqualTo(PoolStats.NOT_STARTED);
            assertThat(engine.serverInfo()).isNull();

            engine.execute("select 1");
            assertThat(engine.isStarted()).isTrue();
            assertThat(engine.poolStats()).isEqualTo(new PoolStats(1, 0, 1, 0));
            for (int i = 0; i < 20; i++) {
                engine.execute("select ?", i);
            }
            assertThat(engine.poolStats().total()).isEqualTo(1);
            assertThat(engine.serverInfo().product()).isEqualTo(target.isSqlite() ? "SQLite" : "MariaDB");
        }
    }

    @Test
    void memoryDatabaseIsOneSharedConnectionThatThreadsTakeTurnsOn() throws Exception {
        try (LogCapture pool = LogCapture.of("dev.athanor.POOL", Level.INFO);
             Engine engine = Athanor.createEngine("sqlite:///:memory:", Map.of("pool_size", 4))) {
            engine.execute("create table hit (thread int, n int)");
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<CompletableFuture<Void>> work = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    work.add(CompletableFuture.runAsync(() -> {
                        for (int n = 0; n < 50; n++) {
                            engine.inTransaction(c -> {
                                long before = c.execute("select count(*) from hit").scalar(Long.class);
                                c.execute("insert into hit (thread, n) values (?, ?)", thread, before);
                            });
                        }
                    }, threads));
                }
                CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            } finally {
                threads.shutdown();
            }
            assertThat(engine.execute("select count(*) from hit").scalar(Long.class)).isEqualTo(200L);
            // each insert saw the count of the ones before it: the turns never overlapped
            assertThat(engine.execute("select count(distinct n) from hit").scalar(Long.class)).isEqualTo(200L);
            assertThat(engine.poolStats().total()).isEqualTo(1);
            assertThat(engine.connectionLifetime()).isNull();
            assertThat(pool.messages(Level.INFO).stream().filter(m -> m.contains("pins one shared connection")))
                    .hasSize(1);
        }
    }

    @Test
    void memoryConnectionAskedForTwiceByOneThreadFailsAtOnce() {
        try (Engine engine = Athanor.createEngine("sqlite://")) {
            try (EngineConnection held = engine.connect()) {
                held.execute("select 1");
                Throwable e = catchThrowable(() -> engine.execute("select 2"));
                assertThat(((AthanorError) e).code()).isEqualTo(ErrorCode.PINNED_CONNECTION_IN_USE);
                assertThat(e).hasMessageContaining("Run the statement on the connection");
            }
            assertThat(engine.execute("select 2").scalar(Integer.class)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"SQLITE_FILE", "MARIADB"})
    void aFullPoolTimesOutDescribingWhatItFound(Target target) {
        try (TestDatabase db = TestDatabase.open(target, tempDir)) {
            Engine engine = db.track(db.builder().poolSize(1).poolTimeout(Duration.ofMillis(300)).build());
            try (EngineConnection held = engine.connect()) {
                held.execute("select 1");
                long start = System.nanoTime();
                Throwable e = catchThrowable(engine::connect);
                assertThat(((AthanorError) e).code()).isEqualTo(ErrorCode.POOL_TIMEOUT);
                assertThat(e).hasMessageContaining("total=1, active=1, idle=0").hasMessageContaining("pool_size");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            }
            assertThat(engine.execute("select 3").scalar(Integer.class)).isEqualTo(3);
        }
    }

    @Test
    void sqliteFileConnectionsGetForeignKeysWalAndBusyTimeoutEach() {
        try (TestDatabase db = TestDatabase.open(Target.SQLITE_FILE, tempDir)) {
            Engine engine = db.track(db.builder().connectArg("busy_timeout", 1234).build());
            try (EngineConnection a = engine.connect(); EngineConnection b = engine.connect()) {
                for (EngineConnection c : List.of(a, b)) {
                    assertThat(c.execute("pragma foreign_keys").scalar(Integer.class)).isEqualTo(1);
                    assertThat(c.execute("pragma journal_mode").scalar()).isEqualTo("wal");
                    assertThat(c.execute("pragma busy_timeout").scalar(Integer.class)).isEqualTo(1234);
                }
                assertThat(engine.poolStats().total()).isEqualTo(2);
            }
            assertThat(db.query("pragma journal_mode")).containsExactly(List.of("wal"));
        }
    }

    @Test
    void sqliteRefusesIsolationLevelsItDoesNotHave() {
        assertThatThrownBy(() -> Athanor.createEngine("sqlite://", Map.of("isolation_level", "READ COMMITTED")))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(((AthanorError) e).code()).isEqualTo(ErrorCode.UNSUPPORTED_SETTING))
                .hasMessageContaining("SERIALIZABLE");
        try (Engine engine = Athanor.createEngine("sqlite://", Map.of("isolation_level", "SERIALIZABLE"))) {
            assertThat(engine.execute("select 1").scalar(Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void mariadbIsDetectedWithItsRealVersionStrictModeAndUtf8mb4() {
        try (TestDatabase db = TestDatabase.open(Target.MARIADB, tempDir)) {
            Engine engine = db.engine();
            engine.execute("select 1");
            assertThat(engine.serverInfo().product()).isEqualTo("MariaDB");
            assertThat(engine.serverInfo().announced()).startsWith("5.5.5-");
            assertThat(engine.serverInfo().major()).isGreaterThanOrEqualTo(10);
            assertThat(engine.serverInfo().version()).doesNotStartWith("5.5.5");
            assertThat(engine.execute("select @@SESSION.sql_mode").scalar(String.class)).contains("STRICT_ALL_TABLES");
            assertThat(engine.execute("select @@character_set_connection").scalar()).isEqualTo("utf8mb4");
            assertThat(engine.execute("select ?", "emoji \uD83D\uDE00").scalar()).isEqualTo("emoji \uD83D\uDE00");
        }
    }

    @Test
    void mariadbIsolationLevelAppliesToPooledConnections() {
        try (TestDatabase db = TestDatabase.open(Target.MARIADB, tempDir)) {
            Engine engine = db.track(Athanor.createEngine(db.url(), Map.of("isolation_level", "read committed")));
            assertThat(engine.execute("select @@SESSION.tx_isolation").scalar()).isEqualTo("READ-COMMITTED");
        }
    }

    @Test
    void poolRecycleIsKeptBelowTheServersWaitTimeoutWithAWarning() {
        try (TestDatabase db = TestDatabase.open(Target.MARIADB, tempDir);
             LogCapture pool = LogCapture.of("dev.athanor.POOL", Level.INFO)) {
            Engine relaxed = db.track(Athanor.createEngine(db.url(), Map.of("pool_recycle", 3600)));
            relaxed.execute("select 1");
            assertThat(relaxed.connectionLifetime()).isEqualTo(Duration.ofHours(1));
            assertThat(pool.messages(Level.WARN)).isEmpty();

            Engine clamped = db.track(Athanor.createEngine(db.url(), Map.of("pool_recycle", 3600,
                    "connect_args", Map.of("sessionVariables", "wait_timeout=60"))));
            assertThat(clamped.execute("select @@SESSION.wait_timeout").scalar(Long.class)).isEqualTo(60L);
            assertThat(clamped.connectionLifetime()).isEqualTo(Duration.ofSeconds(54));
            assertThat(pool.messages(Level.WARN)).singleElement().asString()
                    .contains("pool_recycle=3600s").contains("wait_timeout (60s)").contains("using 54s");
        }
    }

    @Test
    void prePingReplacesAConnectionTheServerClosed() {
        try (TestDatabase db = TestDatabase.open(Target.MARIADB, tempDir)) {
            Engine engine = db.track(Athanor.createEngine(db.url(), Map.of("pool_pre_ping", true, "pool_size", 1)));
            long first = engine.execute("select connection_id()").scalar(Long.class);
            db.sql("KILL " + first);
            long second = engine.execute("select connection_id()").scalar(Long.class);
            assertThat(second).isNotEqualTo(first);
            assertThat(engine.poolStats().total()).isEqualTo(1);
        }
    }
}
