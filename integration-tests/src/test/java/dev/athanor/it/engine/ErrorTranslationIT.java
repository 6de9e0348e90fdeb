package dev.athanor.it.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Transaction;
import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.DatabaseException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the databases refuse arrives as Athanor exceptions with stable codes, on both databases. */
class ErrorTranslationIT {

    @TempDir
    Path tempDir;

    private TestDatabase setUp(Target target) {
        TestDatabase db = TestDatabase.open(target, tempDir);
        db.sql("DROP TABLE IF EXISTS child", "DROP TABLE IF EXISTS parent",
                "CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL UNIQUE)",
                "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT NOT NULL,"
                        + " FOREIGN KEY (parent_id) REFERENCES parent (id))",
                "INSERT INTO parent (id, name) VALUES (1, 'one')");
        return db;
    }

    private static ErrorCode code(Throwable e) {
        assertThat(e).isInstanceOf(AthanorError.class);
        return ((AthanorError) e).code();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void uniqueViolationNamesTheStatementButNotTheValuesUnlessEchoIsOn(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            Throwable e = catchThrowable(() -> engine.execute("insert into parent (id, name) values (?, ?)", 2,
                    "one"));
            assertThat(code(e)).isEqualTo(ErrorCode.UNIQUE_VIOLATION);
            assertThat(e).isInstanceOf(DatabaseException.class)
                    .hasMessageStartingWith("ATH-2001 Unique constraint violated")
                    .hasMessageContaining("SQL: insert into parent (id, name) values (?, ?)")
                    .hasMessageContaining("database said:")
                    .hasMessageContaining("what to do:")
                    .hasMessageContaining("parameters: (hidden; turn echo on")
                    .hasMessageNotContaining("[2, one]");
            assertThat(((DatabaseException) e).sql()).isEqualTo("insert into parent (id, name) values (?, ?)");
            assertThat(db.count("select count(*) from parent")).isEqualTo(1);

            if (target != Target.SQLITE_MEMORY) {
                Engine echoing = db.track(db.builder().echo(true).echoTo(new java.io.PrintStream(
                        java.io.OutputStream.nullOutputStream())).build());
                assertThatThrownBy(() -> echoing.execute("insert into parent (id, name) values (?, ?)", 2, "one"))
                        .hasMessageContaining("parameters: (2, 'one')");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void foreignKeyViolation(Target target) {
        try (TestDatabase db = setUp(target)) {
            Throwable e = catchThrowable(() -> db.engine().execute("insert into child (id, parent_id) values (1, 99)"));
            assertThat(code(e)).isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION);
            assertThat(e).hasMessageContaining("Insert the referenced row first");
            assertThat(db.count("select count(*) from child")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void notNullViolation(Target target) {
        try (TestDatabase db = setUp(target)) {
            Throwable e = catchThrowable(() -> db.engine().execute("insert into parent (id, name) values (?, ?)", 5,
                    null));
            assertThat(code(e)).isEqualTo(ErrorCode.NOT_NULL_VIOLATION);
            assertThat(db.count("select count(*) from parent")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void syntaxErrorAndUnknownTable(Target target) {
        try (TestDatabase db = setUp(target)) {
            Engine engine = db.engine();
            Throwable syntax = catchThrowable(() -> engine.execute("selec id from parent"));
            assertThat(code(syntax)).isEqualTo(ErrorCode.SQL_SYNTAX);
            assertThat(syntax).hasMessageContaining("selec id from parent");

            Throwable unknown = catchThrowable(() -> engine.execute("select * from no_such_table"));
            assertThat(code(unknown)).isEqualTo(ErrorCode.UNKNOWN_OBJECT);
            assertThat(unknown).hasMessageContaining("no_such_table");

            Throwable column = catchThrowable(() -> engine.execute("select no_such_column from parent"));
            assertThat(code(column)).isEqualTo(ErrorCode.UNKNOWN_OBJECT);
            assertThat(engine.execute("select count(*) from parent").scalar(Long.class)).isEqualTo(1L);
        }
    }

    @Test
    void sqliteBusyIsALockTimeout() throws Exception {
        try (TestDatabase db = setUp(Target.SQLITE_FILE)) {
            Engine engine = db.track(db.builder().connectArg("busy_timeout", 50).build());
            assertThat(engine.execute("pragma journal_mode").scalar()).isEqualTo("wal");
            try (Connection holder = db.plainConnection()) {
                holder.setAutoCommit(false);
                try (Statement statement = holder.createStatement()) {
                    statement.execute("update parent set name = 'held' where id = 1");
                }
                Throwable e = catchThrowable(() -> engine.execute("update parent set name = 'mine' where id = 1"));
                assertThat(e).isInstanceOf(LockTimeoutException.class);
                assertThat(code(e)).isEqualTo(ErrorCode.DATABASE_BUSY);
                assertThat(e).hasMessageContaining("busy_timeout");
                holder.rollback();
            }
            assertThat(engine.execute("update parent set name = 'mine' where id = 1").rowCount()).isEqualTo(1);
            assertThat(db.query("select name from parent")).containsExactly(java.util.List.of("mine"));
        }
    }

    @Test
    void mariadbLockWaitIsALockTimeout() throws Exception {
        try (TestDatabase db = setUp(Target.MARIADB);
             Connection holder = db.plainConnection()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("select * from parent where id = 1 for update");
            }
            Engine engine = db.engine();
            try (Transaction tx = engine.begin()) {
                Throwable e = catchThrowable(() -> tx.execute("select * from parent where id = 1 for update nowait"));
                assertThat(e).isInstanceOf(LockTimeoutException.class);
                assertThat(code(e)).isEqualTo(ErrorCode.LOCK_TIMEOUT);
                assertThat(tx.isActive()).isTrue();
            }
            holder.rollback();
        }
    }

    @Test
    void mariadbDeadlockRollsTheVictimBack() throws Exception {
        try (TestDatabase db = setUp(Target.MARIADB)) {
            db.sql("INSERT INTO parent (id, name) VALUES (2, 'two')");
            Engine engine = db.engine();
            // a thread of its own: the common pool has one worker on a 2-CPU machine, which another test may hold
            ExecutorService blocker = Executors.newSingleThreadExecutor();
            try (Transaction first = engine.begin(); Transaction second = engine.begin()) {
                first.execute("update parent set name = 'a1' where id = 1");
                second.execute("update parent set name = 'b2' where id = 2");
                CompletableFuture<Throwable> blocked = CompletableFuture.supplyAsync(
                        () -> catchThrowable(() -> second.execute("update parent set name = 'b1' where id = 1")), blocker);
                waitForLockWait(db, blocked);
                Throwable mine = catchThrowable(() -> first.execute("update parent set name = 'a2' where id = 2"));
                Throwable theirs = blocked.get(30, TimeUnit.SECONDS);

                Throwable deadlock = mine != null ? mine : theirs;
                assertThat(mine == null ^ theirs == null).as("exactly one transaction is the victim").isTrue();
                assertThat(deadlock).isInstanceOf(PessimisticLockException.class);
                assertThat(code(deadlock)).isEqualTo(ErrorCode.DEADLOCK);
                Transaction victim = mine != null ? first : second;
                Transaction survivor = mine != null ? second : first;
                assertThat(victim.isActive()).isFalse();
                assertThatThrownBy(victim::commit).hasMessageContaining("deadlock");
                survivor.commit();
            } finally {
                blocker.shutdownNow();
            }
            assertThat(db.query("select name from parent order by id").toString()).isIn("[[a1], [a2]]", "[[b1], [b2]]");
        }
    }

    /**
     * Polls the server until the blocked statement runs: waiting for its lock, or at least sent (either
     * order of the two requests makes the deadlock). Bounded; no fixed sleep.
     */
    private static void waitForLockWait(TestDatabase db, CompletableFuture<Throwable> blocked)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (db.count("select count(*) from information_schema.INNODB_TRX where trx_state = 'LOCK WAIT'") == 0
                && db.count("select count(*) from information_schema.PROCESSLIST"
                        + " where INFO like 'update parent set name = ''b1''%'") == 0) {
            if (blocked.isDone()) {
                throw new AssertionError("the statement meant to wait for the lock ended instead: " + blocked.join());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no transaction started waiting for the lock within 20 s");
            }
            Thread.onSpinWait();
            Thread.sleep(5);
        }
    }

    @Test
    void mariadbKilledConnectionIsReportedLostAndReplaced() throws Exception {
        try (TestDatabase db = setUp(Target.MARIADB)) {
            Engine engine = db.engine();
            try (EngineConnection connection = engine.connect()) {
                long id = connection.execute("select connection_id()").scalar(Long.class);
                db.sql("KILL " + id);
                Throwable e = catchThrowable(() -> connection.execute("select 1"));
                assertThat(code(e)).isEqualTo(ErrorCode.CONNECTION_LOST);
                assertThat(e).hasMessageContaining("retry");
            }
            assertThat(engine.execute("select 1").scalar(Long.class)).isEqualTo(1L);
            assertThat(engine.poolStats().total()).isEqualTo(1);
        }
    }

    @Test
    void sqliteClosedConnectionIsReportedLostAndReplaced() throws Exception {
        try (TestDatabase db = setUp(Target.SQLITE_FILE)) {
            Engine engine = db.engine();
            try (EngineConnection connection = engine.connect()) {
                connection.jdbcConnection().unwrap(Connection.class).close();
                Throwable e = catchThrowable(() -> connection.execute("select count(*) from parent"));
                assertThat(code(e)).isEqualTo(ErrorCode.CONNECTION_LOST);
            }
            assertThat(engine.execute("select count(*) from parent").scalar(Long.class)).isEqualTo(1L);
        }
    }
}
