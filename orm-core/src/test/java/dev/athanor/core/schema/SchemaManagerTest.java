package dev.athanor.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.meta.build.fixtures.Sales;
import dev.athanor.core.schema.fixtures.Cycle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema generation run on a real SQLite file, read back with plain JDBC. */
class SchemaManagerTest {

    @TempDir
    Path dir;
    private Engine engine;
    private SchemaManager schema;

    @BeforeEach
    void open() {
        engine = Engine.builder("sqlite:///" + dir.resolve("schema.db")).build();
        schema = new SchemaManager(engine, SchemaGeneratorTest.library());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("schema.db"));
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = jdbc(); ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        names.removeIf(n -> n.startsWith("sqlite_"));
        return names;
    }

    private static ErrorCode codeOf(Runnable statement) {
        Throwable error = catchThrowable(statement::run);
        assertThat(error).isInstanceOf(AthanorError.class);
        return ((AthanorError) error).code();
    }

    @Test
    void createMakesTablesColumnsAndForeignKeys() throws SQLException {
        schema.create();
        assertThat(tables()).containsExactlyInAnyOrder("athanor_sequences", "book_seq", "Author", "Book", "Loan",
                "reviews", "Category", "Shelf");
        try (Connection c = jdbc()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, null, "Author", "name")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("IS_NULLABLE")).isEqualTo("NO");
            }
            try (ResultSet rs = meta.getImportedKeys(null, null, "Book")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("PKTABLE_NAME")).isEqualTo("Author");
                assertThat(rs.getString("FKCOLUMN_NAME")).isEqualTo("author_id");
            }
        }
        assertThat(engine.execute("SELECT next_val FROM book_seq").scalar(Long.class)).isEqualTo(1L);
        assertThat(engine.execute("SELECT next_val FROM athanor_sequences WHERE sequence_name = 'loan'")
                .scalar(Long.class)).isEqualTo(100L);
    }

    @Test
    void constraintsRefuseBadRowsWithTheEngineCodes() {
        schema.create();
        engine.execute("INSERT INTO Author (name, email) VALUES ('Ann', 'ann@example.org')");
        assertThat(codeOf(() -> engine.execute("INSERT INTO Author (name) VALUES (NULL)")))
                .isEqualTo(ErrorCode.NOT_NULL_VIOLATION);
        assertThat(codeOf(() -> engine.execute("INSERT INTO Author (name, email) VALUES ('Bo', 'ann@example.org')")))
                .isEqualTo(ErrorCode.UNIQUE_VIOLATION);
        assertThat(codeOf(() -> engine.execute("INSERT INTO Book (id, title, author_id) VALUES (1, 'T', 99)")))
                .isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION);
    }

    @Test
    void validatePassesAfterCreateAndListsEveryDifference() throws SQLException {
        schema.create();
        assertThatCode(schema::validate).doesNotThrowAnyException();
        try (Connection c = jdbc(); var s = c.createStatement()) {
            s.execute("ALTER TABLE Book DROP COLUMN price");
            s.execute("DROP TABLE Shelf");
            s.execute("CREATE TABLE Shelf (id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER)");
            s.execute("DROP TABLE reviews");
        }
        SchemaValidationException error = catchThrowableOfType(schema::validate, SchemaValidationException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.SCHEMA_VALIDATION);
        assertThat(error.differences()).containsExactly(
                new SchemaDifference("Book", "Book", "price", "NUMERIC(8,2) NULL", "missing"),
                new SchemaDifference("Review", "reviews", null, "a table", "missing"),
                new SchemaDifference("Shelf", "Shelf", "position", "INTEGER NOT NULL", "INTEGER NULL"));
        assertThat(error).hasMessageStartingWith("ATH-6001").hasMessageContaining("3 difference(s)")
                .hasMessageContaining("Shelf: column Shelf.position: expected INTEGER NOT NULL, found INTEGER NULL");
    }

    @Test
    void dropRemovesEverythingAndDropAndCreateRunsTwice() throws SQLException {
        schema.dropAndCreate();
        engine.execute("INSERT INTO Author (name) VALUES ('Ann')");
        schema.dropAndCreate();
        assertThat(engine.execute("SELECT COUNT(*) FROM Author").scalar(Long.class)).isZero();
        schema.drop();
        assertThat(tables()).isEmpty();
        schema.drop();
    }

    @Test
    void truncateEmptiesTablesChildrenFirstAndKeepsGenerators() {
        schema.create();
        engine.execute("INSERT INTO Author (id, name) VALUES (1, 'Ann')");
        engine.execute("INSERT INTO Book (id, title, author_id) VALUES (1, 'T', 1)");
        engine.execute("INSERT INTO Loan (id, book_id) VALUES (1, 1)");
        engine.execute("INSERT INTO Category (code) VALUES ('a')");
        engine.execute("INSERT INTO Category (code, parent_code) VALUES ('b', 'a')");
        schema.truncate();
        for (String table : List.of("Author", "Book", "Loan", "Category")) {
            assertThat(engine.execute("SELECT COUNT(*) FROM " + table).scalar(Long.class)).as(table).isZero();
        }
        assertThat(engine.execute("SELECT COUNT(*) FROM athanor_sequences").scalar(Long.class)).isEqualTo(2L);
    }

    @Test
    void scriptsAreTheStatementsThatRan() {
        List<String> script = schema.scripts(SchemaAction.CREATE);
        assertThat(script).hasSize(10).allMatch(line -> line.endsWith(";"));
        assertThat(schema.scripts(SchemaAction.VALIDATE)).isEmpty();
        schema.apply(SchemaAction.DROP_AND_CREATE);
        schema.apply(SchemaAction.VALIDATE);
    }

    @Test
    void cycleFailsBeforeAnythingIsCreated() throws SQLException {
        SchemaManager cyclic = new SchemaManager(engine, new MetadataBuilder()
                .add(Cycle.Department.class, Cycle.Employee.class).build());
        AthanorException error = catchThrowableOfType(cyclic::create, AthanorException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.FOREIGN_KEY_CYCLE);
        assertThat(tables()).isEmpty();
    }

    @Test
    void createSchemasRefusesTablesInNamedSchemasAndIsANoOpOtherwise() {
        SchemaManager qualified = new SchemaManager(engine, new MetadataBuilder().add(Sales.Customer.class).build());
        AthanorException error = catchThrowableOfType(() -> qualified.create(true), AthanorException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.SCHEMA_NOT_SUPPORTED);
        assertThat(error).hasMessageContaining("crm.clients");
        schema.create(true);
        assertThatCode(schema::validate).doesNotThrowAnyException();
    }
}
