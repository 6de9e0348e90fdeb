package dev.athanor.core.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the binder hands the driver, read back through a real (SQLite) prepared statement. */
class TextTemporalBinderTest {

    private final TextTemporalBinder binder = new TextTemporalBinder();
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private Object bound(Object value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select ?")) {
            binder.bind(statement, 1, value);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    @Test
    void keepsTheFractionOfASecond() throws SQLException {
        assertThat(bound(LocalDateTime.of(2024, 1, 31, 12, 30, 15, 123_456_000))).isEqualTo("2024-01-31 12:30:15.123456");
        assertThat(bound(LocalTime.of(12, 30, 15, 500_000_000))).isEqualTo("12:30:15.5");
    }

    @Test
    void writesInstantsInTheJvmsZoneAsConnectorJDoes() throws SQLException {
        Instant instant = Instant.parse("2024-01-31T12:30:15.25Z");
        String expected = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SS")
                .format(instant.atZone(ZoneId.systemDefault()));

        assertThat(bound(instant)).isEqualTo(expected);
    }

    @Test
    void leavesOtherValuesToTheStandardBinder() throws SQLException {
        assertThat(bound(7)).isEqualTo(7);
        assertThat(bound("text")).isEqualTo("text");
        assertThat(bound(null)).isNull();
    }
}
