package dev.athanor.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.schema.SchemaDifference;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.core.schema.SchemaValidationException;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Indexes, unique constraints, checks, comments and fractional seconds of {@code @Table} and
 * {@code @Column}, created for real on SQLite and MariaDB and read back with plain JDBC.
 */
class SchemaManagerIndexesIT {

    private static final String INSERT = "INSERT INTO sch_gadget (id, sku, brand, code, weight, made, note, width,"
            + " height) VALUES ";

    @TempDir
    Path tempDir;
    private TestDatabase db;
    private SchemaManager schema;

    private Engine open(Target target) {
        db = TestDatabase.open(target, tempDir);
        Engine engine = db.engine();
        schema = new SchemaManager(engine, SchemaExtrasEntities.model());
        schema.drop();
        return engine;
    }

    @AfterEach
    void close() {
        if (schema != null) {
            schema.drop();
        }
        if (db != null) {
            db.close();
        }
    }

    /** Index name (lower case) to "unique:col,col". */
    private Map<String, String> indexes() throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        try (Connection c = db.plainConnection();
                ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, "sch_gadget", false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                    found.merge(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT),
                            !rs.getBoolean("NON_UNIQUE") + ":" + rs.getString("COLUMN_NAME"), (a, b) -> a + "," + b
                                    .substring(b.indexOf(':') + 1));
                }
            }
        }
        return found;
    }

    private static ErrorCode codeOf(Runnable statement) {
        Throwable error = catchThrowable(statement::run);
        assertThat(error).isInstanceOf(AthanorError.class);
        return ((AthanorError) error).code();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"SQLITE_FILE", "MARIADB"})
    void createMakesIndexesAndConstraintsThatHold(Target target) throws SQLException {
        Engine engine = open(target);
        schema.create();
        Map<String, String> indexes = indexes();
        assertThat(indexes).containsEntry("ix_sch_gadget_sku_made", "false:sku,made")
                .containsEntry("ix_sch_gadget_code", "true:code")
                .containsValue("true:brand,sku");

        engine.execute(INSERT + "(1, 'a', 'acme', 'c1', 1, '2024-01-02 03:04:05.123456', 'x', 2, 3)");
        assertThat(codeOf(() -> engine.execute(INSERT + "(2, 'a', 'acme', 'c2', 1, NULL, NULL, 1, 1)")))
                .isEqualTo(ErrorCode.UNIQUE_VIOLATION);
        assertThat(codeOf(() -> engine.execute(INSERT + "(3, 'b', 'acme', 'c1', 1, NULL, NULL, 1, 1)")))
                .isEqualTo(ErrorCode.UNIQUE_VIOLATION);
        assertThat(codeOf(() -> engine.execute(INSERT + "(4, 'c', 'acme', 'c4', -1, NULL, NULL, 1, 1)")))
                .isEqualTo(ErrorCode.CHECK_VIOLATION);
        assertThat(codeOf(() -> engine.execute(INSERT + "(5, 'd', 'acme', 'c5', 1, NULL, 'forbidden', 1, 1)")))
                .isEqualTo(ErrorCode.CHECK_VIOLATION);
        if (!target.isSqlite()) {
            // DATETIME(3) keeps milliseconds; SQLite keeps the text it is given
            assertThat(db.query("SELECT CAST(made AS CHAR) FROM sch_gadget WHERE id = 1").get(0).get(0))
                    .isEqualTo("2024-01-02 03:04:05.123");
            assertThat(db.query("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                    + " DATABASE() AND TABLE_NAME = 'sch_gadget' AND COLUMN_NAME = 'note'").get(0).get(0))
                    .isEqualTo("it's a note");
            assertThat(db.query("SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA ="
                    + " DATABASE() AND TABLE_NAME = 'sch_gadget'").get(0).get(0)).isEqualTo("gadgets, 'quoted'");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"SQLITE_FILE", "MARIADB"})
    void validatePassesAfterCreateAndReportsAMissingIndex(Target target) {
        open(target);
        schema.create();
        assertThatCode(schema::validate).doesNotThrowAnyException();
        db.sql("DROP INDEX ix_sch_gadget_sku_made" + (target.isSqlite() ? "" : " ON sch_gadget"));
        SchemaValidationException error = catchThrowableOfType(schema::validate, SchemaValidationException.class);
        assertThat(error.differences()).extracting(SchemaDifference::expected, SchemaDifference::found)
                .containsExactly(Tuple.tuple("index ix_sch_gadget_sku_made (sku, made DESC)",
                        "missing"));
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"SQLITE_FILE", "MARIADB"})
    void dropTakesTheIndexesWithTheTableSoCreateRunsAgain(Target target) throws SQLException {
        open(target);
        schema.dropAndCreate();
        schema.dropAndCreate();
        assertThat(indexes()).containsKey("ix_sch_gadget_code");
        schema.drop();
        assertThat(indexes()).isEmpty();
        assertThat(List.of(db.count(target.isSqlite()
                ? "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'ix_sch_gadget%'"
                : "SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = 'sch_gadget'"))).containsExactly(0L);
    }
}
