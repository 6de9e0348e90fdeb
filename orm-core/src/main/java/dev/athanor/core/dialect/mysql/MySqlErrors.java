package dev.athanor.core.dialect.mysql;

import dev.athanor.core.error.ErrorCode;
import java.sql.SQLException;

/** Reads MySQL and MariaDB errors by vendor code, then by SQLSTATE class. */
final class MySqlErrors {

    private MySqlErrors() {
    }

    static ErrorCode classify(SQLException e) {
        ErrorCode byCode = byVendorCode(e.getErrorCode());
        if (byCode != null) {
            return byCode;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || e.getClass().getSimpleName().equals("CommunicationsException")) {
            return ErrorCode.CONNECTION_LOST;
        }
        if (state.startsWith("28")) {
            return ErrorCode.AUTHENTICATION_FAILED;
        }
        if (state.equals("40001")) {
            return ErrorCode.DEADLOCK;
        }
        if (state.startsWith("23")) {
            return ErrorCode.CHECK_VIOLATION;
        }
        if (state.startsWith("22")) {
            return ErrorCode.DATA_ERROR;
        }
        if (state.startsWith("42")) {
            return ErrorCode.SQL_SYNTAX;
        }
        return ErrorCode.DATABASE_ERROR;
    }

    private static ErrorCode byVendorCode(int code) {
        return switch (code) {
            case 1062, 1586, 1022, 1169 -> ErrorCode.UNIQUE_VIOLATION;
            case 1451, 1452, 1216, 1217 -> ErrorCode.FOREIGN_KEY_VIOLATION;
            case 1048, 1364, 1138 -> ErrorCode.NOT_NULL_VIOLATION;
            case 3819, 4025 -> ErrorCode.CHECK_VIOLATION;
            case 1205 -> ErrorCode.LOCK_TIMEOUT;
            case 1213 -> ErrorCode.DEADLOCK;
            case 1064, 1149 -> ErrorCode.SQL_SYNTAX;
            case 1146, 1054, 1051, 1109, 1305, 4091 -> ErrorCode.UNKNOWN_OBJECT;
            case 1045, 1044, 1698, 1251 -> ErrorCode.AUTHENTICATION_FAILED;
            case 1049 -> ErrorCode.UNKNOWN_DATABASE;
            case 1406, 1264, 1366, 1292, 1265, 1367 -> ErrorCode.DATA_ERROR;
            case 2002, 2003, 2005, 2006, 2013, 1927, 1053, 1152, 1153, 1184 -> ErrorCode.CONNECTION_LOST;
            default -> null;
        };
    }
}
