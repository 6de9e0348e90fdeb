package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.athanor.core.config.EchoMode;
import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.DatabaseException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.testing.LogCapture;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    @TempDir
    Path dir;

    private String fileUrl() {
        return "sqlite:///" + dir.resolve("app.db");
    }

    private long countRows(String table) throws SQLException {
        try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement statement = jdbc.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- laziness --------------------------------------------------------------------------------

    @Test
    void buildingConnectsToNothing() {
        try (Engine engine = Engine.builder(fileUrl()).build()) {
            assertThat(engine.isStarted()).isFalse();
            assertThat(engine.poolStats()).isEqualTo(PoolStats.NOT_STARTED);
            assertThat(engine.poolStats()).isEqualTo(new PoolStats(0, 0, 0, 0));
            assertThat(engine.serverInfo()).isNull();
            assertThat(Dialect.of(engine).server()).isNull();
            assertThat(dir.resolve("app.db")).doesNotExist();
        }
    }

    @Test
    void buildingForAServerThatIsNotThereDoesNotFail() {
        try (Engine engine = Engine.builder("mysql://u:s3cret@127.0.0.1:1/db").build()) {
            assertThat(engine.isStarted()).isFalse();
            assertThat(engine.poolStats()).isEqualTo(PoolStats.NOT_STARTED);
            assertThat(engine.url().jdbcUrl()).isEqualTo("jdbc:mysql://127.0.0.1:1/db");
            assertThat(engine).hasToString("Engine(mysql://u:***@127.0.0.1:1/db)");
        }
    }

    @Test
    void theDriverIsLoadedOnlyByTheFirstStatement() {
        // orm-core's tests have no MySQL driver: building works, the first statement says what to add
        try (Engine engine = Engine.builder("mysql://u:s3cret@127.0.0.1:1/db").build()) {
            assertThatThrownBy(() -> engine.execute("select 1"))
                    .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.DRIVER_MISSING);
                        assertThat(e.getMessage()).contains("com.mysql.cj.jdbc.Driver for mysql",
                                "add: com.mysql:mysql-connector-j", "url: mysql://u:***@127.0.0.1:1/db")
                                .doesNotContain("s3cret");
                    });
            assertThat(engine.isStarted()).isFalse();
        }
    }

    @Test
    void askingForTheConnectedDialectConnectsOnceAndFitsItToTheServer() {
        try (Engine engine = Engine.builder(fileUrl()).build()) {
            assertThat(Dialect.of(engine).server()).isNull();

            Dialect connected = Dialect.connectedTo(engine);

            assertThat(engine.isStarted()).isTrue();
            assertThat(connected.server()).isEqualTo(engine.serverInfo());
            assertThat(connected.server().product()).isEqualTo("SQLite");
            assertThat(Dialect.connectedTo(engine)).isSameAs(connected);
            assertThat(engine.poolStats().total()).isEqualTo(1);
        }
    }

    @Test
    void theFirstStatementStartsThePoolWithOneConnection() {
        try (Engine engine = Engine.builder(fileUrl()).build()) {
            assertThat(engine.execute("select 1").scalar()).isEqualTo(1);

            assertThat(engine.isStarted()).isTrue();
            assertThat(engine.poolStats().total()).isEqualTo(1);
            assertThat(engine.poolStats().active()).isZero();
            assertThat(engine.serverInfo().product()).isEqualTo("SQLite");
            assertThat(Dialect.of(engine).server()).isEqualTo(engine.serverInfo());
            assertThat(dir.resolve("app.db")).exists();
        }
    }

    @Test
    void inMemoryTheFirstStatementPinsOneConnection() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").build()) {
            assertThat(engine.execute("select 1").scalar()).isEqualTo(1);

            assertThat(engine.poolStats()).isEqualTo(new PoolStats(1, 0, 1, 0));
        }
    }

    @Test
    void fileDatabasesGetWalForeignKeysAndABusyTimeout() {
        try (Engine engine = Engine.builder(fileUrl()).build()) {
            assertThat(engine.execute("pragma journal_mode").scalar()).isEqualTo("wal");
            assertThat(engine.execute("pragma foreign_keys").scalar()).isEqualTo(1);
            assertThat(engine.execute("pragma busy_timeout").scalar()).isEqualTo(5000);
        }
    }

    @Test
    void connectArgsReachTheDriver() {
        try (Engine engine = Engine.builder(fileUrl()).connectArg("busy_timeout", 1234).build()) {
            assertThat(engine.execute("pragma busy_timeout").scalar()).isEqualTo(1234);
        }
    }

    @Test
    void startupIsLoggedOnThePoolLogger() {
        try (LogCapture log = LogCapture.of("dev.athanor.POOL", Level.INFO);
             Engine engine = Engine.builder(fileUrl()).build()) {
            engine.execute("select 1");
            engine.execute("select 2");

            assertThat(log.messages(Level.INFO)).filteredOn(m -> m.contains("connected to"))
                    .singleElement().asString()
                    .contains("connected to SQLite 3.", "at " + fileUrl(), "pool of up to 5 connections",
                            "recycled after never");
        }
    }

    // ---- building -----------------------------------------------------------------------------------

    @Test
    void unknownOptionsFailAtBuild() {
        assertThatThrownBy(() -> Engine.builder("sqlite://").option("pool_sise", 3))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OPTION);
                    assertThat(e.getMessage()).contains("Did you mean 'pool_size'?");
                });
        assertThatThrownBy(() -> Engine.builder("sqlite://").options(Map.of("echoo", true)))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OPTION));
    }

    @Test
    void optionsBySqlalchemyKeysAndJavaSettersMeet() {
        try (Engine engine = Engine.builder("sqlite://").options(Map.of("pool_size", 3, "echo", "debug"))
                .statementCacheSize(8).build()) {
            assertThat(engine.settings().poolSize()).isEqualTo(3);
            assertThat(engine.settings().echo()).isEqualTo(EchoMode.DEBUG);
            assertThat(engine.settings().statementCacheSize()).isEqualTo(8);
        }
    }

    @Test
    void settingsTheDialectCannotHonourFailAtBuild() {
        assertThatThrownBy(() -> Engine.builder(fileUrl()).option("isolation_level", "read committed").build())
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_SETTING));
    }

    @Test
    void anEmptyUrlIsMalformed() {
        assertThatThrownBy(() -> Engine.builder(" ").build())
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_URL));
        assertThatThrownBy(() -> Engine.builder((String) null).build())
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_URL));
    }

    @Test
    void anotherDatabaseIsUnsupportedAndItsPasswordHidden() {
        assertThatThrownBy(() -> Engine.builder("postgresql://app:s3cret@h/db").build())
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_DATABASE);
                    assertThat(e.getMessage()).contains("'postgresql://app:***@h/db'",
                            "dialects available: [sqlite, mysql]").doesNotContain("s3cret");
                });
    }

    @Test
    void textThatIsNoUrlIsMalformed() {
        assertThatThrownBy(() -> Engine.builder("app.db").build())
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_URL));
    }

    @Test
    void surroundingSpacesInTheUrlAreIgnored() {
        try (Engine engine = Engine.builder("  sqlite:///:memory:  ").build()) {
            assertThat(engine.url().inMemory()).isTrue();
        }
    }

    // ---- statements ----------------------------------------------------------------------------------

    @Test
    void executeRunsStatementsWithPositionalAndNamedValues() {
        try (Engine engine = Engine.builder("sqlite://").build()) {
            engine.execute("create table t (id integer primary key, name text)");
            engine.execute("insert into t (name) values (?)", "a");
            engine.execute("insert into t (name) values (:name)", Map.of("name", "b"));

            assertThat(engine.execute("select name from t order by id").all()).extracting(r -> r.get(0))
                    .containsExactly("a", "b");
            assertThat(engine.execute("select count(*) from t where name in (:x, :y)", Map.of("x", "a", "y", "b"))
                    .scalar()).isEqualTo(2);
        }
    }

    @Test
    void aFailingStatementIsTranslatedWithItsSqlButNotItsValues() {
        try (Engine engine = Engine.builder("sqlite://").build()) {
            engine.execute("create table t (x text unique)");
            engine.execute("insert into t values (?)", "secret-value");

            assertThatThrownBy(() -> engine.execute("insert into t values (?)", "secret-value"))
                    .isInstanceOfSatisfying(DatabaseException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UNIQUE_VIOLATION);
                        assertThat(e.sql()).isEqualTo("insert into t values (?)");
                        assertThat(e.getMessage()).contains("SQL: insert into t values (?)",
                                "parameters: (hidden; turn echo on to see them in errors)",
                                "UNIQUE constraint failed: t.x").doesNotContain("secret-value");
                        assertThat(e.getCause()).isInstanceOf(SQLException.class);
                    });
            assertThat(engine.execute("select count(*) from t").scalar())
                    .as("the connection is still usable").isEqualTo(1);
        }
    }

    @Test
    void withEchoOnTheValuesAppearInErrors() {
        try (Engine engine = Engine.builder("sqlite://").echo(true).echoTo(new PrintStream(
                OutputStream.nullOutputStream())).build()) {
            assertThatThrownBy(() -> engine.execute("select * from missing where x = ?", "needle"))
                    .isInstanceOfSatisfying(DatabaseException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OBJECT);
                        assertThat(e.getMessage()).contains("parameters: ('needle')");
                    });
        }
    }

    // ---- transactions --------------------------------------------------------------------------------------

    @Test
    void inTransactionCommitsWhenTheWorkReturns() throws SQLException {
        try (Engine engine = Engine.builder(fileUrl()).build()) {
            engine.execute("create table t (x int)");

            engine.inTransaction(c -> {
                c.execute("insert into t values (1)");
                c.execute("insert into t values (2)");
            });

            assertThat(countRows("t")).isEqualTo(2);
            assertThat(engine.poolStats().active()).isZero();
        }
    }

    @Test
    void inTransactionRollsBackWhenTheWorkThrows() throws SQLException {
        try (Engine engine = Engine.builder(fileUrl()).build()) {
            engine.execute("create table t (x int)");
            IllegalStateException failure = new IllegalStateException("changed my mind");

            assertThatThrownBy(() -> engine.inTransaction(c -> {
                c.execute("insert into t values (1)");
                throw failure;
            })).isSameAs(failure);

            assertThat(countRows("t")).isZero();
            assertThat(engine.poolStats().active()).isZero();
        }
    }

    @Test
    void callInTransactionReturnsWhatTheWorkReturns() throws SQLException {
        try (Engine engine = Engine.builder(fileUrl()).build()) {
            engine.execute("create table t (id integer primary key, x int)");

            Object key = engine.callInTransaction(c -> c.execute("insert into t (x) values (5)").generatedKey());

            assertThat(key).isEqualTo(1);
            assertThat(countRows("t")).isEqualTo(1);
        }
    }

    // ---- closing ----------------------------------------------------------------------------------------------

    @Test
    void aClosedEngineRefusesWork() {
        Engine engine = Engine.builder(fileUrl()).build();
        engine.execute("select 1");

        engine.close();

        assertThat(engine.isClosed()).isTrue();
        assertEngineClosed(() -> engine.execute("select 1"));
        assertEngineClosed(engine::connect);
        assertEngineClosed(engine::begin);
    }

    @Test
    void anEngineClosedBeforeItsFirstStatementRefusesWorkAndOpensNothing() {
        Engine engine = Engine.builder(fileUrl()).build();

        engine.close();

        assertEngineClosed(() -> engine.execute("select 1"));
        assertThat(engine.isStarted()).isFalse();
        assertThat(dir.resolve("app.db")).doesNotExist();
    }

    @Test
    void aClosedInMemoryEngineRefusesWork() {
        Engine engine = Engine.builder("sqlite:///:memory:").build();
        engine.execute("select 1");

        engine.close();
        engine.close();

        assertEngineClosed(() -> engine.execute("select 1"));
        assertThat(engine.poolStats()).isEqualTo(PoolStats.NOT_STARTED);
    }

    private static void assertEngineClosed(Runnable work) {
        assertThatThrownBy(work::run)
                .isInstanceOfSatisfying(AthanorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_CLOSED);
                    assertThat(e.getMessage()).startsWith("ATH-3006 Engine closed");
                });
    }

    // ---- listeners -----------------------------------------------------------------------------------------------

    @Test
    void listenersHearStatementsAndTransactions() {
        List<StatementEvent> statements = new CopyOnWriteArrayList<>();
        List<TransactionEvent> transactions = new CopyOnWriteArrayList<>();
        ExecutionListener recorder = new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                statements.add(event);
            }

            @Override
            public void transaction(TransactionEvent event) {
                transactions.add(event);
            }
        };

        try (Engine engine = Engine.builder("sqlite://").listener(recorder).build()) {
            engine.execute("create table t (x int)");
            engine.inTransaction(c -> c.execute("insert into t values (:x)", Map.of("x", 7)));
            engine.execute("select x from t");
        }

        assertThat(statements).extracting(StatementEvent::sql)
                .containsExactly("create table t (x int)", "insert into t values (?)", "select x from t");
        assertThat(statements.get(1).parameterSets()).containsExactly(List.of(7));
        assertThat(statements.get(1).rowCount()).isEqualTo(1);
        assertThat(statements.get(2).rowCount()).isEqualTo(1);
        assertThat(statements).allSatisfy(s -> {
            assertThat(s.batch()).isFalse();
            assertThat(s.elapsedNanos()).isPositive();
            assertThat(s.connectionId()).isEqualTo(1);
        });
        assertThat(transactions).extracting(TransactionEvent::kind)
                .containsExactly(TransactionEvent.Kind.BEGIN, TransactionEvent.Kind.COMMIT);
    }

    @Test
    void errorsCarryACode() {
        try (Engine engine = Engine.builder("sqlite://").build()) {
            assertThatThrownBy(() -> engine.execute("selec 1"))
                    .isInstanceOfSatisfying(AthanorError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL_SYNTAX));
        }
    }

    @Test
    void theDatabaseFileIsCreatedWhereTheUrlSays() throws Exception {
        Path nested = Files.createDirectories(dir.resolve("data"));
        try (Engine engine = Engine.builder("sqlite:///" + nested.resolve("x.db")).build()) {
            engine.execute("create table t (x int)");
        }

        assertThat(nested.resolve("x.db")).exists();
    }
}
