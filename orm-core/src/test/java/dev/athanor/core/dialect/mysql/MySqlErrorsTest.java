package dev.athanor.core.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Messages, SQLSTATEs and vendor codes as MySQL/MariaDB and Connector/J report them. */
class MySqlErrorsTest {

    private static ErrorCode classify(int vendorCode, String sqlState, String message) {
        return MySqlErrors.classify(new SQLException(message, sqlState, vendorCode));
    }

    /** Named like Connector/J's class, which is how the classifier knows it without depending on the driver. */
    static final class CommunicationsException extends SQLException {
        CommunicationsException(String message) {
            super(message);
        }
    }

    @Test
    void duplicateKey() {
        assertThat(classify(1062, "23000", "Duplicate entry 'a@example.com' for key 'users.email'"))
                .isEqualTo(ErrorCode.UNIQUE_VIOLATION);
        assertThat(classify(1586, "23000", "Duplicate entry '1' for key 'PRIMARY'"))
                .isEqualTo(ErrorCode.UNIQUE_VIOLATION);
    }

    @Test
    void foreignKeys() {
        assertThat(classify(1451, "23000", "Cannot delete or update a parent row: a foreign key constraint fails"
                + " (`shop`.`orders`, CONSTRAINT `fk_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers`"
                + " (`id`))")).isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION);
        assertThat(classify(1452, "23000", "Cannot add or update a child row: a foreign key constraint fails"
                + " (`shop`.`orders`, CONSTRAINT `fk_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers`"
                + " (`id`))")).isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION);
    }

    @Test
    void notNull() {
        assertThat(classify(1048, "23000", "Column 'name' cannot be null")).isEqualTo(ErrorCode.NOT_NULL_VIOLATION);
        assertThat(classify(1364, "HY000", "Field 'name' doesn't have a default value"))
                .isEqualTo(ErrorCode.NOT_NULL_VIOLATION);
    }

    @Test
    void checkConstraints() {
        assertThat(classify(3819, "HY000", "Check constraint 'price_positive' is violated."))
                .isEqualTo(ErrorCode.CHECK_VIOLATION);
        assertThat(classify(4025, "23000", "CONSTRAINT `price_positive` failed for `shop`.`items`"))
                .isEqualTo(ErrorCode.CHECK_VIOLATION);
    }

    @Test
    void lockWaitTimeout() {
        assertThat(classify(1205, "40001", "Lock wait timeout exceeded; try restarting transaction"))
                .isEqualTo(ErrorCode.LOCK_TIMEOUT);
        assertThat(classify(1205, "HY000", "Lock wait timeout exceeded; try restarting transaction"))
                .isEqualTo(ErrorCode.LOCK_TIMEOUT);
    }

    @Test
    void deadlock() {
        assertThat(classify(1213, "40001", "Deadlock found when trying to get lock; try restarting transaction"))
                .isEqualTo(ErrorCode.DEADLOCK);
    }

    @Test
    void syntax() {
        assertThat(classify(1064, "42000", "You have an error in your SQL syntax; check the manual that corresponds"
                + " to your MySQL server version for the right syntax to use near 'selec 1' at line 1"))
                .isEqualTo(ErrorCode.SQL_SYNTAX);
    }

    @Test
    void unknownTableOrColumn() {
        assertThat(classify(1146, "42S02", "Table 'shop.nope' doesn't exist")).isEqualTo(ErrorCode.UNKNOWN_OBJECT);
        assertThat(classify(1054, "42S22", "Unknown column 'nope' in 'field list'"))
                .isEqualTo(ErrorCode.UNKNOWN_OBJECT);
        assertThat(classify(1051, "42S02", "Unknown table 'shop.nope'")).isEqualTo(ErrorCode.UNKNOWN_OBJECT);
    }

    @Test
    void accessDenied() {
        assertThat(classify(1045, "28000", "Access denied for user 'app'@'172.17.0.1' (using password: YES)"))
                .isEqualTo(ErrorCode.AUTHENTICATION_FAILED);
        assertThat(classify(1044, "42000", "Access denied for user 'app'@'%' to database 'other'"))
                .isEqualTo(ErrorCode.AUTHENTICATION_FAILED);
    }

    @Test
    void unknownDatabase() {
        assertThat(classify(1049, "42000", "Unknown database 'nope'")).isEqualTo(ErrorCode.UNKNOWN_DATABASE);
    }

    @Test
    void valuesOutOfShape() {
        assertThat(classify(1406, "22001", "Data too long for column 'name' at row 1")).isEqualTo(ErrorCode.DATA_ERROR);
        assertThat(classify(1264, "22003", "Out of range value for column 'qty' at row 1"))
                .isEqualTo(ErrorCode.DATA_ERROR);
        assertThat(classify(1366, "22007", "Incorrect integer value: 'abc' for column 'qty' at row 1"))
                .isEqualTo(ErrorCode.DATA_ERROR);
        assertThat(classify(1292, "22007", "Incorrect datetime value: '2024-13-01' for column 'at' at row 1"))
                .isEqualTo(ErrorCode.DATA_ERROR);
    }

    @Test
    void lostConnection() {
        assertThat(classify(2013, "HY000", "Lost connection to MySQL server during query"))
                .isEqualTo(ErrorCode.CONNECTION_LOST);
        assertThat(classify(2006, "HY000", "MySQL server has gone away")).isEqualTo(ErrorCode.CONNECTION_LOST);
        assertThat(classify(1927, "70100", "Connection was killed")).isEqualTo(ErrorCode.CONNECTION_LOST);
    }

    // ---- by SQLSTATE when the vendor code says nothing ---------------------------------------------------

    @Test
    void communicationsLinkFailureBySqlState() {
        assertThat(classify(0, "08S01", "Communications link failure\n\nThe last packet successfully received from"
                + " the server was 10,021 milliseconds ago. The last packet sent successfully to the server was"
                + " 10,021 milliseconds ago.")).isEqualTo(ErrorCode.CONNECTION_LOST);
        assertThat(classify(0, "08001", "Could not create connection to database server."))
                .isEqualTo(ErrorCode.CONNECTION_LOST);
    }

    @Test
    void communicationsExceptionByItsClassName() {
        assertThat(MySqlErrors.classify(new CommunicationsException("Communications link failure")))
                .isEqualTo(ErrorCode.CONNECTION_LOST);
    }

    @Test
    void serializationFailureBySqlStateIsADeadlock() {
        assertThat(classify(0, "40001", "Deadlock found when trying to get lock; try restarting transaction"))
                .isEqualTo(ErrorCode.DEADLOCK);
    }

    @Test
    void integrityViolationsBySqlStateAreConstraintViolations() {
        assertThat(classify(0, "23000", "Integrity constraint violation")).isEqualTo(ErrorCode.CHECK_VIOLATION);
        assertThat(classify(0, "23505", "duplicate key")).isEqualTo(ErrorCode.CHECK_VIOLATION);
    }

    @Test
    void syntaxAndAccessRuleViolationsBySqlState() {
        assertThat(classify(0, "42000", "Syntax error or access violation")).isEqualTo(ErrorCode.SQL_SYNTAX);
        assertThat(classify(0, "42S02", "Base table or view not found")).isEqualTo(ErrorCode.SQL_SYNTAX);
    }

    @Test
    void authorizationAndDataBySqlState() {
        assertThat(classify(0, "28000", "Access denied")).isEqualTo(ErrorCode.AUTHENTICATION_FAILED);
        assertThat(classify(0, "22001", "Data truncation")).isEqualTo(ErrorCode.DATA_ERROR);
    }

    @Test
    void anythingElseIsAGeneralDatabaseError() {
        assertThat(classify(1290, "HY000", "The MySQL server is running with the --read-only option so it cannot"
                + " execute this statement")).isEqualTo(ErrorCode.DATABASE_ERROR);
        assertThat(classify(0, null, "no state at all")).isEqualTo(ErrorCode.DATABASE_ERROR);
    }
}
