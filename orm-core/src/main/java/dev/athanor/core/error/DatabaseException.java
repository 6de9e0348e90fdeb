package dev.athanor.core.error;

import java.sql.SQLException;

/**
 * The database refused a statement or a connection. Carries the SQL (never the values unless
 * echo is on), the SQLSTATE and vendor code of the driver's exception, which is the cause.
 */
public class DatabaseException extends AthanorException {

    private final String sql;

    public DatabaseException(ErrorMessage message, String sql, SQLException cause) {
        super(message, cause);
        this.sql = sql;
    }

    /** The statement that failed, or null when connecting failed. */
    public String sql() {
        return sql;
    }

    public String sqlState() {
        return getCause() instanceof SQLException e ? e.getSQLState() : null;
    }

    public int vendorCode() {
        return getCause() instanceof SQLException e ? e.getErrorCode() : 0;
    }
}
