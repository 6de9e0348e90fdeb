package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.testing.LogCapture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SQLite {@code :memory:}: one database per connection, so the engine shares exactly one. */
class PinnedConnectionSourceTest {

    private static final String PINNING = "pins one shared connection";

    @Test
    void theDatabaseLivesAsLongAsTheEngine() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build()) {
            engine.execute("create table t (x int)");
            engine.execute("insert into t values (1)");
            try (EngineConnection connection = engine.connect()) {
                connection.execute("insert into t values (2)");
            }

            assertThat(engine.execute("select count(*) from t").scalar()).isEqualTo(2);
        }
    }

    @Test
    void pinningIsLoggedOnceForEachEngine() {
        try (LogCapture log = LogCapture.of("dev.athanor.POOL", Level.INFO)) {
            try (Engine first = Engine.builder("sqlite:///:memory:").build();
                 Engine second = Engine.builder("sqlite://").build()) {
                for (int i = 0; i < 3; i++) {
                    first.execute("select 1");
                    second.execute("select 1");
                }
                try (EngineConnection connection = first.connect()) {
                    connection.execute("select 2");
                }

                List<String> pinning = log.messages(Level.INFO).stream().filter(m -> m.contains(PINNING)).toList();
                assertThat(pinning).hasSize(2);
                assertThat(pinning.get(0)).contains("sqlite:///:memory: keeps one database per connection",
                        "(never recycled)");
                assertThat(pinning.get(1)).contains("sqlite:// keeps one database per connection");
                assertThat(pinning.get(0).substring(0, pinning.get(0).indexOf(':')))
                        .as("each engine names itself")
                        .isNotEqualTo(pinning.get(1).substring(0, pinning.get(1).indexOf(':')));
            }
        }
    }

    @Test
    void theSameThreadAskingTwiceFailsAtOnce() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").poolTimeout(Duration.ofSeconds(60)).build();
             EngineConnection held = engine.connect()) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> engine.execute("select 1"))
                    .isInstanceOfSatisfying(AthanorException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.PINNED_CONNECTION_IN_USE);
                        assertThat(e.getMessage()).contains("thread '" + Thread.currentThread().getName()
                                + "' asked for it again");
                        assertThat(e.hint()).contains("Run the statement on the connection or transaction you"
                                + " already hold");
                    });

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(held.execute("select 1").scalar()).as("the held connection still works").isEqualTo(1);
        }
    }

    @Test
    void insideInTransactionTheEngineIsTheWrongWayIn() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build()) {
            engine.execute("create table t (x int)");

            assertThatThrownBy(() -> engine.inTransaction(c -> {
                c.execute("insert into t values (1)");
                engine.execute("insert into t values (2)");
            })).isInstanceOfSatisfying(AthanorException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.PINNED_CONNECTION_IN_USE));

            assertThat(engine.execute("select count(*) from t").scalar()).as("rolled back").isEqualTo(0);
        }
    }

    @Test
    @Timeout(60)
    void threadsTakeTurns() throws Exception {
        int threads = 4;
        int insertsEach = 50;
        try (Engine engine = Engine.builder("sqlite:///:memory:").build()) {
            engine.execute("create table t (thread int, n int)");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int n = 0; n < insertsEach; n++) {
                            engine.execute("insert into t values (?, ?)", thread, n);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : done) {
                    future.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(engine.execute("select count(*) from t").scalar()).isEqualTo(threads * insertsEach);
            assertThat(engine.execute("select count(distinct thread) from t").scalar()).isEqualTo(threads);
            assertThat(engine.execute("select count(*) from (select distinct thread, n from t)").scalar())
                    .isEqualTo(threads * insertsEach);
            assertThat(engine.poolStats()).isEqualTo(new PoolStats(1, 0, 1, 0));
        }
    }

    @Test
    @Timeout(30)
    void anotherThreadWaitsItsTurnAndTimesOutDescribingTheHolder() throws Exception {
        try (Engine engine = Engine.builder("sqlite:///:memory:").poolTimeout(Duration.ofMillis(300)).build();
             EngineConnection held = engine.connect()) {
            held.execute("select 1");
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                Future<Throwable> failure = other.submit(() -> {
                    try {
                        engine.execute("select 1");
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                });

                assertThat(failure.get(10, TimeUnit.SECONDS))
                        .isInstanceOfSatisfying(AthanorException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.POOL_TIMEOUT);
                            assertThat(e.getMessage()).contains("waited 300 ms for the single :memory: connection",
                                    "pool: total=1, active=1, idle=0",
                                    "held by thread: " + Thread.currentThread().getName());
                        });
            } finally {
                other.shutdownNow();
            }
        }
    }

    @Test
    void statsShowTheConnectionInUse() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build()) {
            engine.execute("select 1");
            try (EngineConnection held = engine.connect()) {
                assertThat(held.isClosed()).isFalse();
                assertThat(engine.poolStats()).isEqualTo(new PoolStats(1, 1, 0, 0));
            }
            assertThat(engine.poolStats()).isEqualTo(new PoolStats(1, 0, 1, 0));
        }
    }
}
