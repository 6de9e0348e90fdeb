package dev.athanor.core.engine;

import dev.athanor.core.engine.echo.ValueFormatter;
import dev.athanor.core.error.DatabaseException;
import dev.athanor.core.error.DeadlockError;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.LockTimeoutError;
import java.sql.SQLException;
import java.util.List;

/**
 * Turns a driver's exception into the Athanor exception for its kind (the dialect decides the
 * kind): the SQL, the values only when echo is on, the database's own words, and what to do.
 * Lock conflicts become the JPA lock exceptions, the rest {@link DatabaseException}s.
 */
final class SqlFailures {

    private final SqlErrorTranslator translator;
    private final boolean showValues;
    private final String database;

    SqlFailures(SqlErrorTranslator translator, boolean showValues, String database) {
        this.translator = translator;
        this.showValues = showValues;
        this.database = database;
    }

    RuntimeException statementFailed(SQLException e, String sql, List<List<Object>> parameterSets) {
        ErrorCode code = translator.classify(e);
        ErrorMessage message = ErrorMessage.of(code, null)
                .detail("SQL", sql)
                .detail("parameters", parameterSets.isEmpty() ? null : showValues ? ValueFormatter.parameterSets(parameterSets, parameterSets.size() > 1)
                        : "(hidden; turn echo on to see them in errors)")
                .detail("database said", databaseSaid(e));
        return toException(code, message, sql, e);
    }

    RuntimeException connectFailed(SQLException e, DatabaseUrl url) {
        ErrorCode code = translator.classify(e);
        if (code == ErrorCode.DATABASE_ERROR || code == ErrorCode.CONNECTION_LOST) {
            code = ErrorCode.HOST_UNREACHABLE;
        }
        ErrorMessage message = ErrorMessage.of(code, null)
                .detail("url", url.shown())
                .detail("user", url.user())
                .detail("database said", databaseSaid(e));
        return toException(code, message, null, e);
    }

    ErrorCode classify(SQLException e) {
        return translator.classify(e);
    }

    private static RuntimeException toException(ErrorCode code, ErrorMessage message, String sql, SQLException e) {
        return switch (code) {
            case LOCK_TIMEOUT, DATABASE_BUSY -> new LockTimeoutError(message, e);
            case DEADLOCK -> new DeadlockError(message, e);
            default -> new DatabaseException(message, sql, e);
        };
    }

    private String databaseSaid(SQLException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).trim());
        text.append(" (").append(database);
        if (e.getSQLState() != null) {
            text.append(", SQLSTATE ").append(e.getSQLState());
        }
        if (e.getErrorCode() != 0) {
            text.append(", code ").append(e.getErrorCode());
        }
        return text.append(')').toString();
    }
}
