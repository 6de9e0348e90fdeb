package dev.athanor.core.dialect.sqlite;

import dev.athanor.core.error.ErrorCode;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Reads sqlite-jdbc's exceptions. The driver puts the extended result code in the message,
 * {@code [SQLITE_CONSTRAINT_UNIQUE] ...}, and only the primary code in {@link SQLException#getErrorCode()}.
 */
final class SqliteErrors {

    private SqliteErrors() {
    }

    static ErrorCode classify(SQLException e) {
        String message = String.valueOf(e.getMessage());
        String code = resultCode(message);
        String lower = message.toLowerCase(Locale.ROOT);
        if (code.startsWith("SQLITE_CONSTRAINT")) {
            return switch (code) {
                case "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY" -> ErrorCode.UNIQUE_VIOLATION;
                case "SQLITE_CONSTRAINT_FOREIGNKEY" -> ErrorCode.FOREIGN_KEY_VIOLATION;
                case "SQLITE_CONSTRAINT_NOTNULL" -> ErrorCode.NOT_NULL_VIOLATION;
                default -> ErrorCode.CHECK_VIOLATION;
            };
        }
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            return ErrorCode.DATABASE_BUSY;
        }
        if (code.startsWith("SQLITE_CANTOPEN") || code.equals("SQLITE_NOTADB")) {
            return ErrorCode.UNKNOWN_DATABASE;
        }
        if (code.equals("SQLITE_READONLY_DBMOVED")
                || lower.contains("database connection closed") || lower.contains("connection closed")) {
            return ErrorCode.CONNECTION_LOST;
        }
        if (code.equals("SQLITE_AUTH")) {
            return ErrorCode.AUTHENTICATION_FAILED;
        }
        if (code.equals("SQLITE_TOOBIG") || code.equals("SQLITE_MISMATCH") || code.equals("SQLITE_RANGE")) {
            return ErrorCode.DATA_ERROR;
        }
        if (lower.contains("no such table") || lower.contains("no such column") || lower.contains("has no column named")
                || lower.contains("no such index") || lower.contains("no such function")) {
            return ErrorCode.UNKNOWN_OBJECT;
        }
        if (lower.contains("syntax error") || lower.contains("incomplete input") || lower.contains("unrecognized token")) {
            return ErrorCode.SQL_SYNTAX;
        }
        return ErrorCode.DATABASE_ERROR;
    }

    private static String resultCode(String message) {
        if (message.startsWith("[")) {
            int end = message.indexOf(']');
            if (end > 0) {
                return message.substring(1, end);
            }
        }
        return "";
    }
}
