package dev.athanor.core.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Binds on a real SQLite statement and asks SQLite what it received. */
class SqliteParameterBinderTest {

    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /** The value as SQLite stored it and SQLite's name for its type. */
    private Object[] bound(Object value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select ?1, typeof(?1)")) {
            SqliteParameterBinder.INSTANCE.bind(statement, 1, value);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Object[] {rs.getObject(1), rs.getString(2)};
            }
        }
    }

    @Test
    void dateTimesAsIsoTextThatSqliteReads() throws SQLException {
        assertThat(bound(LocalDateTime.of(2024, 1, 31, 12, 30, 15, 123_456_000)))
                .containsExactly("2024-01-31 12:30:15.123456", "text");
        assertThat(bound(LocalDate.of(2024, 1, 31))).containsExactly("2024-01-31", "text");
    }

    @Test
    void instantsInUtc() throws SQLException {
        assertThat(bound(Instant.parse("2024-01-31T23:30:00Z"))).containsExactly("2024-01-31 23:30:00", "text");
    }

    @Test
    void sqliteDateFunctionsUnderstandTheText() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select date(?, '+1 day')")) {
            SqliteParameterBinder.INSTANCE.bind(statement, 1, LocalDateTime.of(2024, 1, 31, 23, 0));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("2024-02-01");
            }
        }
    }

    @Test
    void decimalsAsTextKeepEveryDigit() throws SQLException {
        assertThat(bound(new BigDecimal("12345678901234567890.123456789")))
                .containsExactly("12345678901234567890.123456789", "text");
        assertThat(bound(new BigDecimal("1E+3"))).containsExactly("1000", "text");
    }

    @Test
    void otherValuesAsTheStandardBinderDoes() throws SQLException {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertThat(bound(42)).containsExactly(42, "integer");
        assertThat(bound(2.5)).containsExactly(2.5, "real");
        assertThat(bound("x")).containsExactly("x", "text");
        assertThat(bound(id)).containsExactly(id.toString(), "text");
        assertThat(bound(null)).containsExactly(null, "null");
        assertThat(bound(true)).containsExactly(1, "integer");
    }
}
