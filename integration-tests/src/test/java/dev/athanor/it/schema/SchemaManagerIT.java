package dev.athanor.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.dialect.Dialect;
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
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema generation on the real MariaDB, checked with plain JDBC DatabaseMetaData. */
class SchemaManagerIT {

    @TempDir
    Path tempDir;
    private TestDatabase db;
    private Engine engine;
    private SchemaManager schema;

    @BeforeEach
    void open() {
        db = TestDatabase.open(Target.MARIADB, tempDir);
        engine = db.engine();
        schema = new SchemaManager(engine, SchemaEntities.model());
        new SchemaManager(engine, SchemaEntities.cycle()).drop();
        schema.drop();
    }

    @AfterEach
    void close() {
        if (schema != null) {
            schema.drop();
            new SchemaManager(engine, SchemaEntities.cycle()).drop();
        }
        db.close();
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.plainConnection();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith("sch_") || name.equals("athanor_sequences")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static ErrorCode codeOf(Runnable statement) {
        Throwable error = catchThrowable(statement::run);
        assertThat(error).isInstanceOf(AthanorError.class);
        return ((AthanorError) error).code();
    }

    @Test
    void createMakesTablesColumnsUniqueKeysAndForeignKeys() throws SQLException {
        schema.create();
        assertThat(tables()).contains("sch_team", "sch_member", "sch_post", "athanor_sequences");
        try (Connection c = db.plainConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), null, "sch_member", "nick")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("IS_NULLABLE")).isEqualTo("NO");
            }
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), null, "sch_member")) {
                while (rs.next()) {
                    keys.add(rs.getString("FKCOLUMN_NAME") + "->" + rs.getString("PKTABLE_NAME"));
                }
            }
            assertThat(keys).containsExactly("team_id->sch_team");
            boolean unique = false;
            try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), null, "sch_team", true, false)) {
                while (rs.next()) {
                    unique |= "name".equals(rs.getString("COLUMN_NAME"));
                }
            }
            assertThat(unique).isTrue();
        }
        if (Dialect.connectedTo(engine).capabilities().sequences()) {
            assertThat(db.count("SELECT NEXT VALUE FOR sch_member_seq")).isEqualTo(1);
        } else {
            assertThat(db.count("SELECT next_val FROM sch_member_seq")).isEqualTo(1);
        }
    }

    @Test
    void constraintsRefuseBadRowsWithTheEngineCodes() {
        schema.create();
        engine.execute("INSERT INTO sch_team (id, name) VALUES (1, 'red')");
        assertThat(codeOf(() -> engine.execute("INSERT INTO sch_member (id, nick, team_id) VALUES (1, NULL, 1)")))
                .isEqualTo(ErrorCode.NOT_NULL_VIOLATION);
        assertThat(codeOf(() -> engine.execute("INSERT INTO sch_team (id, name) VALUES (2, 'red')")))
                .isEqualTo(ErrorCode.UNIQUE_VIOLATION);
        assertThat(codeOf(() -> engine.execute("INSERT INTO sch_member (id, nick, team_id) VALUES (1, 'x', 9)")))
                .isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION);
    }

    @Test
    void validatePassesAfterCreateAndReportsAMissingColumnAndAWrongNullability() {
        schema.create();
        assertThatCode(schema::validate).doesNotThrowAnyException();
        db.sql("ALTER TABLE sch_member DROP COLUMN motto", "ALTER TABLE sch_member MODIFY nick VARCHAR(255) NULL");
        SchemaValidationException error = catchThrowableOfType(schema::validate, SchemaValidationException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.SCHEMA_VALIDATION);
        assertThat(error.differences()).extracting(SchemaDifference::table, SchemaDifference::column,
                SchemaDifference::found).containsExactlyInAnyOrder(
                        Tuple.tuple("sch_member", "motto", "missing"),
                        Tuple.tuple("sch_member", "nick", "VARCHAR NULL"));
        assertThat(error).hasMessageContaining("Member: column sch_member.nick: expected VARCHAR(255) NOT NULL");
    }

    @Test
    void dropRemovesEverythingAndDropAndCreateRunsTwice() throws SQLException {
        schema.dropAndCreate();
        engine.execute("INSERT INTO sch_team (name) VALUES ('red')");
        schema.dropAndCreate();
        assertThat(db.count("SELECT COUNT(*) FROM sch_team")).isZero();
        schema.drop();
        assertThat(tables()).isEmpty();
    }

    @Test
    void truncateEmptiesTablesWithForeignKeysBetweenThem() {
        schema.create();
        engine.execute("INSERT INTO sch_team (id, name) VALUES (1, 'red')");
        engine.execute("INSERT INTO sch_team (id, name, parent_id) VALUES (2, 'blue', 1)");
        engine.execute("UPDATE sch_team SET parent_id = 2 WHERE id = 1");
        engine.execute("INSERT INTO sch_member (id, nick, team_id) VALUES (1, 'x', 2)");
        engine.execute("INSERT INTO sch_post (id, author_id) VALUES (1, 1)");
        schema.truncate();
        for (String table : List.of("sch_team", "sch_member", "sch_post")) {
            assertThat(db.count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        assertThat(db.count("SELECT @@FOREIGN_KEY_CHECKS")).isEqualTo(1);
    }

    @Test
    void cycleIsCreatedWithAlterTableAndDroppedAgain() throws SQLException {
        SchemaManager cyclic = new SchemaManager(engine, SchemaEntities.cycle());
        cyclic.dropAndCreate();
        cyclic.validate();
        engine.execute("INSERT INTO sch_club (id) VALUES (1)");
        engine.execute("INSERT INTO sch_leader (id, club_id) VALUES (1, 1)");
        engine.execute("UPDATE sch_club SET leader_id = 1 WHERE id = 1");
        assertThat(codeOf(() -> engine.execute("INSERT INTO sch_club (id, leader_id) VALUES (2, 7)")))
                .isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION);
        cyclic.truncate();
        cyclic.drop();
        assertThat(tables()).isEmpty();
    }
}
