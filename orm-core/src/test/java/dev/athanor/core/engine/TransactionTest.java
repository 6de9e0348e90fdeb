package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.LockTimeoutError;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionTest {

    @TempDir
    Path dir;

    private Engine engine;
    private final List<TransactionEvent.Kind> events = new ArrayList<>();

    @BeforeEach
    void createTable() {
        ExecutionListener recorder = new ExecutionListener() {
            @Override
            public void transaction(TransactionEvent event) {
                events.add(event.kind());
            }
        };
        engine = Engine.builder("sqlite:///" + dir.resolve("app.db")).listener(recorder).build();
        engine.execute("create table t (id integer primary key, name text)");
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    /** The names in the file, read with plain JDBC on a connection of its own. */
    private List<String> namesWithJdbc() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement statement = jdbc.createStatement();
             ResultSet rs = statement.executeQuery("select name from t order by id")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void committedRowsAreThereForOthers() throws SQLException {
        try (Transaction tx = engine.begin()) {
            tx.execute("insert into t (name) values (?)", "a");
            tx.execute("insert into t (name) values (:name)", Map.of("name", "b"));
            assertThat(namesWithJdbc()).as("not before the commit").isEmpty();

            tx.commit();

            assertThat(tx.isActive()).isFalse();
        }
        assertThat(namesWithJdbc()).containsExactly("a", "b");
        assertThat(events).containsExactly(TransactionEvent.Kind.BEGIN, TransactionEvent.Kind.COMMIT);
    }

    @Test
    void closedWithoutCommitRollsBack() throws SQLException {
        try (Transaction tx = engine.begin()) {
            tx.execute("insert into t (name) values ('a')");
            tx.executeBatch("insert into t (name) values (?)", List.of(new Object[] {"b"}, new Object[] {"c"}));
        }

        assertThat(namesWithJdbc()).isEmpty();
        assertThat(events).containsExactly(TransactionEvent.Kind.BEGIN, TransactionEvent.Kind.ROLLBACK);
    }

    @Test
    void anExplicitRollback() throws SQLException {
        try (Transaction tx = engine.begin()) {
            tx.execute("insert into t (name) values ('a')");
            tx.rollback();

            assertThat(tx.isActive()).isFalse();
        }
        assertThat(namesWithJdbc()).isEmpty();
        assertThat(events).containsExactly(TransactionEvent.Kind.BEGIN, TransactionEvent.Kind.ROLLBACK);
    }

    @Test
    void endingItTwiceFailsSayingHowItEnded() {
        Transaction committed = engine.begin();
        committed.commit();
        Transaction rolledBack = engine.begin();
        rolledBack.rollback();

        assertInactive(committed::commit, "cannot commit: it was committed");
        assertInactive(committed::rollback, "cannot rollback: it was committed");
        assertInactive(rolledBack::commit, "cannot commit: it was rolled back");
    }

    @Test
    void closingAnEndedTransactionDoesNothing() {
        Transaction tx = engine.begin();
        tx.commit();

        tx.close();

        assertThat(events).containsExactly(TransactionEvent.Kind.BEGIN, TransactionEvent.Kind.COMMIT);
    }

    private static void assertInactive(Runnable call, String what) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(AthanorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_INACTIVE);
                    assertThat(e.getMessage()).contains(what);
                });
    }

    @Test
    void aTransactionFromTheEngineGivesItsConnectionBackWhenItEnds() {
        Transaction tx = engine.begin();
        assertThat(engine.poolStats().active()).isEqualTo(1);

        tx.commit();

        assertThat(tx.connection().isClosed()).isTrue();
        assertThat(engine.poolStats().active()).isZero();
    }

    @Test
    void aTransactionOnABorrowedConnectionLeavesItOpen() throws SQLException {
        try (EngineConnection connection = engine.connect()) {
            try (Transaction tx = connection.begin()) {
                tx.execute("insert into t (name) values ('a')");
                tx.commit();
            }
            assertThat(connection.isClosed()).isFalse();
            assertThat(connection.jdbcConnection().getAutoCommit()).isTrue();
            connection.execute("insert into t (name) values ('b')");
        }
        assertThat(namesWithJdbc()).containsExactly("a", "b");
    }

    @Test
    void aCommitTheDatabaseRefusesIsRolledBackAndTranslated() throws SQLException {
        commitWhileAnotherConnectionReads(false);
    }

    @Test
    void withEchoOnACommitTheDatabaseRefusesIsTranslatedToo() throws SQLException {
        commitWhileAnotherConnectionReads(true);
    }

    /**
     * In rollback-journal mode a commit needs every reader gone; with busy_timeout 0 SQLite refuses it at once
     * while a plain JDBC connection keeps a query open.
     */
    private void commitWhileAnotherConnectionReads(boolean echo) throws SQLException {
        Path file = dir.resolve("journal.db");
        List<TransactionEvent.Kind> seen = new ArrayList<>();
        ExecutionListener recorder = new ExecutionListener() {
            @Override
            public void transaction(TransactionEvent event) {
                seen.add(event.kind());
            }
        };
        try (Engine journal = Engine.builder("sqlite:///" + file).echo(echo)
                .echoTo(new PrintStream(OutputStream.nullOutputStream())).listener(recorder)
                .connectArg("journal_mode", "DELETE").connectArg("busy_timeout", 0).build()) {
            journal.execute("create table t (x int)");
            journal.execute("insert into t values (1)");
            Transaction tx = journal.begin();
            tx.execute("insert into t values (2)");
            try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = reader.createStatement();
                 ResultSet rs = statement.executeQuery("select x from t")) {
                assertThat(rs.next()).isTrue();

                assertThatThrownBy(tx::commit)
                        .isInstanceOfSatisfying(LockTimeoutError.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_BUSY);
                            assertThat(e.getMessage()).contains("SQL: COMMIT", "database is locked");
                        });
            }
            assertThat(tx.isActive()).isFalse();
            assertThat(journal.poolStats().active()).as("the connection went back").isZero();
            assertThat(seen).containsExactly(TransactionEvent.Kind.BEGIN, TransactionEvent.Kind.ROLLBACK);
            assertThat(journal.execute("select count(*) from t").scalar()).as("rolled back").isEqualTo(1);
        }
    }

    @Test
    void statementsInTheTransactionSeeItsOwnWrites() {
        try (Transaction tx = engine.begin()) {
            tx.execute("insert into t (name) values ('a')");

            assertThat(tx.execute("select count(*) from t").scalar()).isEqualTo(1);
            assertThat(tx.connection().inTransaction()).isTrue();
        }
        assertThat(engine.execute("select count(*) from t").scalar()).isEqualTo(0);
    }
}
