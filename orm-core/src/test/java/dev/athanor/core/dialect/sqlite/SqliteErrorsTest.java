package dev.athanor.core.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The messages are sqlite-jdbc's own: {@code [EXTENDED_CODE] the code's description (SQLite's message)}, with
 * the primary result code as vendor code and no SQLSTATE.
 */
class SqliteErrorsTest {

    private static ErrorCode classify(int primaryCode, String message) {
        return SqliteErrors.classify(new SQLException(message, null, primaryCode));
    }

    @Test
    void uniqueAndPrimaryKey() {
        assertThat(classify(19, "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: t.x)"))
                .isEqualTo(ErrorCode.UNIQUE_VIOLATION);
        assertThat(classify(19, "[SQLITE_CONSTRAINT_PRIMARYKEY] A PRIMARY KEY constraint failed"
                + " (UNIQUE constraint failed: t.id)")).isEqualTo(ErrorCode.UNIQUE_VIOLATION);
    }

    @Test
    void foreignKey() {
        assertThat(classify(19, "[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed"
                + " (FOREIGN KEY constraint failed)")).isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION);
    }

    @Test
    void notNull() {
        assertThat(classify(19, "[SQLITE_CONSTRAINT_NOTNULL] A NOT NULL constraint failed"
                + " (NOT NULL constraint failed: t.name)")).isEqualTo(ErrorCode.NOT_NULL_VIOLATION);
    }

    @Test
    void checkAndOtherConstraints() {
        assertThat(classify(19, "[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: k > 0)"))
                .isEqualTo(ErrorCode.CHECK_VIOLATION);
        assertThat(classify(19, "[SQLITE_CONSTRAINT_TRIGGER] A RAISE function within a trigger fired, causing the SQL"
                + " statement to abort (no negative prices)")).isEqualTo(ErrorCode.CHECK_VIOLATION);
        assertThat(classify(19, "[SQLITE_CONSTRAINT] Abort due to constraint violation (constraint failed)"))
                .isEqualTo(ErrorCode.CHECK_VIOLATION);
    }

    @Test
    void busyAndLocked() {
        assertThat(classify(5, "[SQLITE_BUSY] The database file is locked (database is locked)"))
                .isEqualTo(ErrorCode.DATABASE_BUSY);
        assertThat(classify(5, "[SQLITE_BUSY_SNAPSHOT] Another database connection has already written to the"
                + " database (database is locked)")).isEqualTo(ErrorCode.DATABASE_BUSY);
        assertThat(classify(6, "[SQLITE_LOCKED] A table in the database is locked (database table is locked: t)"))
                .isEqualTo(ErrorCode.DATABASE_BUSY);
        assertThat(classify(6, "[SQLITE_LOCKED_SHAREDCACHE] Contention with a different database connection that"
                + " shares the cache (database table is locked)")).isEqualTo(ErrorCode.DATABASE_BUSY);
    }

    @Test
    void syntax() {
        assertThat(classify(1, "[SQLITE_ERROR] SQL error or missing database (near \"selec\": syntax error)"))
                .isEqualTo(ErrorCode.SQL_SYNTAX);
        assertThat(classify(1, "[SQLITE_ERROR] SQL error or missing database (unrecognized token: \"'abc\")"))
                .isEqualTo(ErrorCode.SQL_SYNTAX);
        assertThat(classify(1, "[SQLITE_ERROR] SQL error or missing database (incomplete input)"))
                .isEqualTo(ErrorCode.SQL_SYNTAX);
    }

    @Test
    void unknownTableColumnIndexOrFunction() {
        assertThat(classify(1, "[SQLITE_ERROR] SQL error or missing database (no such table: nope)"))
                .isEqualTo(ErrorCode.UNKNOWN_OBJECT);
        assertThat(classify(1, "[SQLITE_ERROR] SQL error or missing database (no such column: nope)"))
                .isEqualTo(ErrorCode.UNKNOWN_OBJECT);
        assertThat(classify(1, "[SQLITE_ERROR] SQL error or missing database (table p has no column named nope)"))
                .isEqualTo(ErrorCode.UNKNOWN_OBJECT);
        assertThat(classify(1, "[SQLITE_ERROR] SQL error or missing database (no such index: ix)"))
                .isEqualTo(ErrorCode.UNKNOWN_OBJECT);
        assertThat(classify(1, "[SQLITE_ERROR] SQL error or missing database (no such function: nope)"))
                .isEqualTo(ErrorCode.UNKNOWN_OBJECT);
    }

    @Test
    void cannotOpenOrNotADatabase() {
        assertThat(classify(14, "[SQLITE_CANTOPEN] Unable to open the database file (unable to open database file)"))
                .isEqualTo(ErrorCode.UNKNOWN_DATABASE);
        assertThat(classify(14, "[SQLITE_CANTOPEN_ISDIR] The file is really a directory (unable to open database"
                + " file)")).isEqualTo(ErrorCode.UNKNOWN_DATABASE);
        assertThat(classify(26, "[SQLITE_NOTADB] File opened that is not a database file (file is not a database)"))
                .isEqualTo(ErrorCode.UNKNOWN_DATABASE);
    }

    @Test
    void connectionClosedOrGone() {
        assertThat(SqliteErrors.classify(new SQLException("database connection closed")))
                .isEqualTo(ErrorCode.CONNECTION_LOST);
        // a disk error is not a lost connection: retrying on a new one would not help
        assertThat(classify(10, "[SQLITE_IOERR_SHORT_READ] The database file is shorter than expected (disk I/O"
                + " error)")).isEqualTo(ErrorCode.DATABASE_ERROR);
        assertThat(classify(8, "[SQLITE_READONLY_DBMOVED] The database file has been moved (attempt to write a"
                + " readonly database)")).isEqualTo(ErrorCode.CONNECTION_LOST);
    }

    @Test
    void valuesTheDatabaseCannotTake() {
        assertThat(classify(18, "[SQLITE_TOOBIG] String or BLOB exceeds size limit (string or blob too big)"))
                .isEqualTo(ErrorCode.DATA_ERROR);
        assertThat(classify(20, "[SQLITE_MISMATCH] Data type mismatch (datatype mismatch)"))
                .isEqualTo(ErrorCode.DATA_ERROR);
        assertThat(classify(25, "[SQLITE_RANGE] 2nd parameter to sqlite3_bind out of range (column index out of"
                + " range)")).isEqualTo(ErrorCode.DATA_ERROR);
    }

    @Test
    void authorization() {
        assertThat(classify(23, "[SQLITE_AUTH] Authorization denied (not authorized)"))
                .isEqualTo(ErrorCode.AUTHENTICATION_FAILED);
    }

    @Test
    void anythingElseIsAGeneralDatabaseError() {
        assertThat(classify(13, "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"))
                .isEqualTo(ErrorCode.DATABASE_ERROR);
        assertThat(classify(1, "[SQLITE_ERROR] SQL error or missing database (cannot start a transaction within a"
                + " transaction)")).isEqualTo(ErrorCode.DATABASE_ERROR);
        assertThat(SqliteErrors.classify(new SQLException("something odd"))).isEqualTo(ErrorCode.DATABASE_ERROR);
        assertThat(SqliteErrors.classify(new SQLException())).isEqualTo(ErrorCode.DATABASE_ERROR);
        assertThat(SqliteErrors.classify(new SQLException("[unterminated"))).isEqualTo(ErrorCode.DATABASE_ERROR);
    }
}
