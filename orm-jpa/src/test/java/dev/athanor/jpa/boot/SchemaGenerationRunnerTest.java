package dev.athanor.jpa.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.schema.SchemaAction;
import dev.athanor.jpa.boot.fixtures.Address;
import dev.athanor.jpa.boot.fixtures.Customer;
import dev.athanor.jpa.boot.fixtures.Product;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaGenerationRunnerTest {

    @TempDir
    Path dir;

    private final Metadata metadata = new MetadataBuilder().add(Customer.class, Address.class, Product.class).build();

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("app.db");
    }

    private SchemaGeneration generation(Map<String, ?> properties) {
        return SchemaGeneration.from(UnitProperties.merge("'test'", properties, Map.of()));
    }

    private void run(Map<String, ?> properties) {
        try (Engine engine = Engine.builder(url()).build()) {
            SchemaGenerationRunner.run(generation(properties), engine, metadata, getClass().getClassLoader());
        }
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name from sqlite_master where type = 'table'"
                        + " and name not like 'sqlite%' order by name")) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private long count(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void noneOpensNoConnection() {
        try (Engine engine = Engine.builder(url()).build()) {
            SchemaGenerationRunner.run(generation(Map.of()), engine, metadata, null);
            SchemaGenerationRunner.run(generation(Map.of(SchemaGeneration.DATABASE_ACTION, "none")), engine, metadata, null);
            assertThat(engine.isStarted()).isFalse();
        }
        assertThat(Files.exists(dir.resolve("app.db"))).isFalse();
    }

    @Test
    void createMakesTheTablesAndRunsTheLoadScript() throws Exception {
        Path script = Files.writeString(dir.resolve("data.sql"), """
                -- two customers
                insert into Customer (id, name) values (1, 'Ann; the first');
                insert into Customer (id, name)
                  values (2, 'Bob');
                """);

        run(Map.of(SchemaGeneration.DATABASE_ACTION, "create", SchemaGeneration.LOAD_SCRIPT, script.toString()));

        assertThat(tables()).contains("customer", "item");
        assertThat(count("Customer")).isEqualTo(2);
    }

    @Test
    void dropAndCreateEmptiesAndDropRemoves() throws Exception {
        run(Map.of(SchemaGeneration.DATABASE_ACTION, "create", SchemaGeneration.LOAD_SCRIPT,
                new StringReader("insert into Customer (id, name) values (1, 'Ann');")));
        assertThat(count("Customer")).isEqualTo(1);

        run(Map.of(SchemaGeneration.DATABASE_ACTION, "drop-and-create"));
        assertThat(count("Customer")).isZero();

        run(Map.of(SchemaGeneration.DATABASE_ACTION, "drop"));
        assertThat(tables()).doesNotContain("customer", "item");
    }

    @Test
    void validateFindsMissingTables() {
        assertThatThrownBy(() -> run(Map.of(SchemaGeneration.DATABASE_ACTION, "validate")))
                .hasMessageContaining("ATH-6001");
    }

    @Test
    void scriptsGoToFilesAndWritersWithoutTouchingTheTables() throws Exception {
        Path create = dir.resolve("out/create.sql");
        StringWriter drop = new StringWriter();

        run(Map.of(SchemaGeneration.SCRIPTS_ACTION, "drop-and-create", SchemaGeneration.CREATE_TARGET,
                create.toString(), SchemaGeneration.DROP_TARGET, drop));

        assertThat(Files.readString(create).toLowerCase(Locale.ROOT)).contains("create table").contains("customer");
        assertThat(drop.toString().toLowerCase(Locale.ROOT)).contains("drop table");
        assertThat(tables()).isEmpty();
    }

    @Test
    void aScriptsActionWithoutItsTargetFailsBeforeConnecting() {
        assertThatThrownBy(() -> generation(Map.of(SchemaGeneration.SCRIPTS_ACTION, "create")))
                .isInstanceOf(PersistenceUnitException.class)
                .hasMessageContaining("ATH-1014")
                .hasMessageContaining(SchemaGeneration.CREATE_TARGET);
    }

    @Test
    void aMissingLoadScriptIsNamed() {
        assertThatThrownBy(() -> run(Map.of(SchemaGeneration.DATABASE_ACTION, "create", SchemaGeneration.LOAD_SCRIPT,
                "nowhere/data.sql")))
                .hasMessageContaining("ATH-1014").hasMessageContaining("nowhere/data.sql");
    }

    @Test
    void theDatabaseActionIsParsedWithADidYouMean() {
        assertThat(generation(Map.of(SchemaGeneration.DATABASE_ACTION, "drop-and-create")).databaseAction())
                .isEqualTo(SchemaAction.DROP_AND_CREATE);
        assertThatThrownBy(() -> generation(Map.of(SchemaGeneration.DATABASE_ACTION, "craete")))
                .hasMessageContaining("Did you mean 'create'?");
    }

    @Test
    void scriptsSplitOnSemicolonsAtLineEnds() {
        assertThat(SchemaGenerationRunner.statements("""
                -- comment
                insert into t values ('a;b');
                insert into t
                  values ('c');

                update t set x = 1
                """)).containsExactly("insert into t values ('a;b')", "insert into t\nvalues ('c')", "update t set x = 1");
    }
}
