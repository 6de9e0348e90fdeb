package dev.athanor.it.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Row;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates and times keep every digit down to the microsecond, including MariaDB through Connector/J. */
class TemporalPrecisionIT {

    private static final LocalDateTime AT = LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000);
    private static final LocalTime TIME = LocalTime.of(1, 2, 3, 654_321_000);
    private static final LocalDate DATE = LocalDate.of(1999, 12, 31);

    @TempDir
    Path tempDir;

    @Test
    void mariadbKeepsMicrosecondsThatConnectorJWouldDrop() throws Exception {
        try (TestDatabase db = TestDatabase.open(Target.MARIADB, tempDir)) {
            db.sql("DROP TABLE IF EXISTS moment",
                    "CREATE TABLE moment (id INT PRIMARY KEY, at DATETIME(6), t TIME(6), d DATE)");
            Engine engine = db.engine();
            engine.execute("insert into moment (id, at, t, d) values (?, ?, ?, ?)", 1, AT, TIME, DATE);
            try (EngineConnection connection = engine.connect()) {
                connection.executeBatch("insert into moment (id, at) values (?, ?)",
                        List.of(new Object[] {2, AT.plusNanos(1_000)}, new Object[] {3, java.sql.Timestamp.valueOf(AT)}));
            }

            assertThat(db.query("select DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f'), TIME_FORMAT(t, '%H:%i:%s.%f'),"
                    + " CAST(d AS CHAR) from moment where id = 1"))
                    .containsExactly(List.of("2024-02-29 13:14:15.123456", "01:02:03.654321", "1999-12-31"));
            assertThat(db.query("select DATE_FORMAT(at, '%f') from moment where id > 1 order by id"))
                    .containsExactly(List.of("123457"), List.of("123456"));
            Row row = engine.execute("select at, t, d from moment where id = 1").one();
            assertThat(row.get("at", LocalDateTime.class)).isEqualTo(AT);
            assertThat(row.get("d", LocalDate.class)).isEqualTo(DATE);
            assertThat(engine.execute("select id from moment where at = ? order by id", AT).all())
                    .extracting(r -> r.get(0, Integer.class)).containsExactly(1, 3);

            // why the engine binds text: plain Connector/J against a "5.5.5-" MariaDB truncates the fraction
            try (Connection plain = db.plainConnection();
                 PreparedStatement insert = plain.prepareStatement("insert into moment (id, at) values (9, ?)")) {
                insert.setObject(1, AT);
                insert.executeUpdate();
            }
            assertThat(db.query("select DATE_FORMAT(at, '%f') from moment where id = 9"))
                    .containsExactly(List.of("000000"));
        }
    }

    @Test
    void sqliteStoresDatesAsSortableIsoTextWithAllDigits() {
        try (TestDatabase db = TestDatabase.open(Target.SQLITE_FILE, tempDir)) {
            db.sql("CREATE TABLE moment (id INTEGER PRIMARY KEY, at TIMESTAMP, t TIME, d DATE, i TIMESTAMP)");
            Engine engine = db.engine();
            Instant instant = Instant.parse("2024-02-29T12:00:00.000001Z");
            engine.execute("insert into moment (id, at, t, d, i) values (?, ?, ?, ?, ?)", 1, AT, TIME, DATE, instant);

            assertThat(db.query("select at, t, d, i from moment")).containsExactly(List.of(
                    "2024-02-29 13:14:15.123456", "01:02:03.654321", "1999-12-31", "2024-02-29 12:00:00.000001"));
            Row row = engine.execute("select at, t, d, i from moment").one();
            assertThat(row.get("at", LocalDateTime.class)).isEqualTo(AT);
            assertThat(row.get("t", LocalTime.class)).isEqualTo(TIME);
            assertThat(row.get("d", LocalDate.class)).isEqualTo(DATE);
            assertThat(row.get("i", Instant.class)).isEqualTo(instant);
            assertThat(engine.execute("select date(at) from moment").scalar()).isEqualTo("2024-02-29");
        }
    }
}
