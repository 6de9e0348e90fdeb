package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.DatabaseException;
import dev.athanor.core.error.DeadlockError;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.LockTimeoutError;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    private static final DatabaseUrl URL = new DatabaseUrl("mysql", "jdbc:mysql://h/db", "app", "s3cret", Map.of(),
            false, "com.mysql.cj.jdbc.Driver", "com.mysql:mysql-connector-j", "mysql://app:***@h/db");

    private static SqlFailures failures(ErrorCode kind, boolean echo) {
        return new SqlFailures(e -> kind, echo, "mysql");
    }

    @Test
    void aStatementFailureCarriesSqlStateCodeAndTheDatabasesWords() {
        SQLException cause = new SQLException("Duplicate entry 'x' for key 't.u'", "23000", 1062);

        RuntimeException e = failures(ErrorCode.UNIQUE_VIOLATION, false)
                .statementFailed(cause, "insert into t values (?)", List.of(List.of("x")));

        assertThat(e).isInstanceOfSatisfying(DatabaseException.class, d -> {
            assertThat(d.code()).isEqualTo(ErrorCode.UNIQUE_VIOLATION);
            assertThat(d.sql()).isEqualTo("insert into t values (?)");
            assertThat(d.sqlState()).isEqualTo("23000");
            assertThat(d.vendorCode()).isEqualTo(1062);
            assertThat(d).hasCause(cause);
        });
        assertThat(e.getMessage()).isEqualTo("""
                ATH-2001 Unique constraint violated
                  SQL: insert into t values (?)
                  parameters: (hidden; turn echo on to see them in errors)
                  database said: Duplicate entry 'x' for key 't.u' (mysql, SQLSTATE 23000, code 1062)
                  what to do: A row with the same key already exists: update it instead, or choose another value.""");
    }

    @Test
    void withEchoTheValuesAreShown() {
        RuntimeException one = failures(ErrorCode.DATA_ERROR, true)
                .statementFailed(new SQLException("too long"), "insert", List.of(List.of("x", 2)));
        RuntimeException batch = failures(ErrorCode.DATA_ERROR, true)
                .statementFailed(new SQLException("too long"), "insert", List.of(List.of(1), List.of(2), List.of(3)));

        assertThat(one.getMessage()).contains("parameters: ('x', 2)");
        assertThat(batch.getMessage()).contains("parameters: batch of 3: (1), (2), (3)");
    }

    @Test
    void withEchoAFailedCommitIsStillTranslated() {
        RuntimeException e = failures(ErrorCode.DATABASE_BUSY, true)
                .statementFailed(new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)",
                        null, 5), "COMMIT", List.of());

        assertThat(e).isInstanceOf(LockTimeoutError.class);
        assertThat(e.getMessage()).contains("SQL: COMMIT", "database is locked");
    }

    @Test
    void withoutEchoAFailedCommitIsTranslated() {
        RuntimeException e = failures(ErrorCode.DATABASE_BUSY, false)
                .statementFailed(new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)",
                        null, 5), "COMMIT", List.of());

        assertThat(e).isInstanceOf(LockTimeoutError.class);
        assertThat(e.getMessage()).contains("SQL: COMMIT", "database is locked");
    }

    @Test
    void withoutStateOrCodeTheDatabasesWordsAreShortened() {
        RuntimeException e = failures(ErrorCode.DATABASE_ERROR, false)
                .statementFailed(new SQLException("  odd  "), "select 1", List.of(List.of()));

        assertThat(e.getMessage()).contains("database said: odd (mysql)\n");
    }

    @Test
    void lockConflictsBecomeTheJpaLockExceptions() {
        RuntimeException timeout = failures(ErrorCode.LOCK_TIMEOUT, false)
                .statementFailed(new SQLException("Lock wait timeout exceeded", "40001", 1205), "update", List.of());
        RuntimeException busy = failures(ErrorCode.DATABASE_BUSY, false)
                .statementFailed(new SQLException("database is locked"), "update", List.of());
        RuntimeException deadlock = failures(ErrorCode.DEADLOCK, false)
                .statementFailed(new SQLException("Deadlock found", "40001", 1213), "update", List.of());

        assertThat(timeout).isInstanceOf(LockTimeoutError.class).isInstanceOf(jakarta.persistence.LockTimeoutException.class);
        assertThat(busy).isInstanceOf(LockTimeoutError.class);
        assertThat(deadlock).isInstanceOf(DeadlockError.class)
                .isInstanceOf(jakarta.persistence.PessimisticLockException.class);
        assertThat(((AthanorError) deadlock).code()).isEqualTo(ErrorCode.DEADLOCK);
    }

    @Test
    void aConnectFailureNamesTheMaskedUrlAndTheUser() {
        RuntimeException e = failures(ErrorCode.AUTHENTICATION_FAILED, false)
                .connectFailed(new SQLException("Access denied for user 'app'@'h' (using password: YES)", "28000", 1045),
                        URL);

        assertThat(e).isInstanceOfSatisfying(DatabaseException.class, d -> {
            assertThat(d.code()).isEqualTo(ErrorCode.AUTHENTICATION_FAILED);
            assertThat(d.sql()).isNull();
        });
        assertThat(e.getMessage()).contains("url: mysql://app:***@h/db", "user: app", "Access denied")
                .doesNotContain("s3cret");
    }

    @Test
    void anUnknownOrLostConnectFailureMeansTheHostIsUnreachable() {
        for (ErrorCode kind : new ErrorCode[] {ErrorCode.DATABASE_ERROR, ErrorCode.CONNECTION_LOST}) {
            RuntimeException e = failures(kind, false)
                    .connectFailed(new SQLException("Communications link failure", "08S01"), URL);

            assertThat(((AthanorError) e).code()).isEqualTo(ErrorCode.HOST_UNREACHABLE);
        }
    }
}
