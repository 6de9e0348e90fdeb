package dev.athanor.core.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.sql.ast.AddForeignKey;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Concat;
import dev.athanor.core.sql.ast.CreateIndex;
import dev.athanor.core.sql.ast.CreateSequence;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.DropIndex;
import dev.athanor.core.sql.ast.ForeignKey;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.sql.ast.NextValue;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.ast.UniqueConstraint;
import dev.athanor.core.sql.render.RenderedSql;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteRendererTest {

    private static final SqliteRenderer MODERN = version("3.45.1");
    private static final SqliteRenderer OLD = version("3.29.0");

    private static SqliteRenderer version(String version) {
        return new SqliteDialect().forServer(ServerInfo.of("SQLite", version, null, "SQLite JDBC", version)).renderer();
    }

    private final Select people = Select.of(TableRef.of("person", "p"), ColumnRef.of("p", "name"));

    @Test
    void theDialectGivesItsRendererBeforeAndAfterConnecting() {
        assertThat(new SqliteDialect().renderer()).isInstanceOf(SqliteRenderer.class);
        assertThat(MODERN.render(people).sql()).isEqualTo("SELECT \"p\".\"name\" FROM \"person\" \"p\"");
    }

    @Test
    void limitAndOffsetAreBoundInTheOrderOfTheirMarkers() {
        RenderedSql both = MODERN.render(people.withPage(BindParam.of(10), BindParam.of(20)));
        assertThat(both.sql()).endsWith(" FROM \"person\" \"p\" LIMIT ? OFFSET ?");
        assertThat(both.binds()).containsExactly(10, 20);

        RenderedSql offsetOnly = MODERN.render(people.withPage(null, BindParam.of(5)));
        assertThat(offsetOnly.sql()).endsWith(" LIMIT -1 OFFSET ?");
        assertThat(offsetOnly.binds()).containsExactly(5);

        assertThat(MODERN.render(people.withPage(BindParam.slot(0), null)).slots()).containsExactly(0);
    }

    @Test
    void nullsFirstAndLastAreNativeFrom330AndEmulatedBefore() {
        Select ordered = people.withOrderBy(OrderItem.asc(ColumnRef.of("p", "age")).withNulls(OrderItem.Nulls.LAST),
                OrderItem.desc(ColumnRef.of("p", "name")).withNulls(OrderItem.Nulls.FIRST));

        assertThat(MODERN.render(ordered).sql()).endsWith(" ORDER BY \"p\".\"age\" NULLS LAST,"
                + " \"p\".\"name\" DESC NULLS FIRST");
        assertThat(OLD.render(ordered).sql()).endsWith(" ORDER BY \"p\".\"age\" IS NULL, \"p\".\"age\","
                + " \"p\".\"name\" IS NULL DESC, \"p\".\"name\" DESC");
    }

    @Test
    void returningFrom335OnlyWithAClearErrorBefore() {
        Insert insert = Insert.of("person", List.of("name"), List.of(BindParam.of("a"))).withReturning("id");

        assertThat(MODERN.render(insert).sql()).isEqualTo("INSERT INTO \"person\" (\"name\") VALUES (?) RETURNING \"id\"");
        assertThatThrownBy(() -> version("3.34.1").render(insert)).isInstanceOf(AthanorException.class)
                .hasMessageContaining("INSERT ... RETURNING is not supported by SQLite 3.34.1")
                .hasMessageContaining("upgrade to SQLite 3.35")
                .satisfies(e -> assertThat(((AthanorException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED_SQL));
    }

    @Test
    void rowLocksAreRefusedWithAdvice() {
        assertThatThrownBy(() -> MODERN.render(people.withLock(Lock.FOR_UPDATE)))
                .isInstanceOf(AthanorException.class)
                .hasMessageContaining("SELECT ... FOR UPDATE is not supported by SQLite 3.45.1")
                .hasMessageContaining("a writing transaction locks the whole database")
                .hasMessageContaining("Run the read and the write in one transaction");
    }

    @Test
    void createTableKeepsEveryConstraintInsideAndMakesTheIdentityTheRowid() {
        CreateTable table = CreateTable.of("child", List.of(ColumnDef.identity("id", "BIGINT"),
                        ColumnDef.notNull("parent_id", "INTEGER"), ColumnDef.of("code", "VARCHAR(10)")), List.of("id"))
                .withUnique(UniqueConstraint.of("uk_child_code", "parent_id", "code"))
                .withForeignKeys(ForeignKey.of("fk_child_parent", List.of("parent_id"), "parent", List.of("id")));

        assertThat(MODERN.render(table).sql()).isEqualTo("CREATE TABLE \"child\" (\"id\" INTEGER PRIMARY KEY"
                + " AUTOINCREMENT, \"parent_id\" INTEGER NOT NULL, \"code\" VARCHAR(10),"
                + " CONSTRAINT \"uk_child_code\" UNIQUE (\"parent_id\", \"code\"),"
                + " CONSTRAINT \"fk_child_parent\" FOREIGN KEY (\"parent_id\") REFERENCES \"parent\" (\"id\"))");
    }

    @Test
    void whatSqliteCannotDoFailsClearly() {
        assertThatThrownBy(() -> MODERN.render(new AddForeignKey("child", ForeignKey.of("fk", List.of("p"), "parent",
                List.of("id"))))).hasMessageContaining("ALTER TABLE ... ADD CONSTRAINT (foreign key fk on child) is not"
                + " supported by SQLite").hasMessageContaining("Declare the foreign key in the table's CREATE TABLE.");
        assertThatThrownBy(() -> MODERN.render(new CreateSequence("seq", 1, 1)))
                .hasMessageContaining("CREATE SEQUENCE seq is not supported by SQLite");
        assertThatThrownBy(() -> MODERN.render(Select.of(null, new NextValue("seq"))))
                .hasMessageContaining("NEXT VALUE FOR seq is not supported by SQLite");
    }

    @Test
    void smallerDifferences() {
        assertThat(MODERN.render(Concat.of(ColumnRef.of("a"), Literal.of("\\"))).sql()).isEqualTo("\"a\" || '\\'");
        assertThat(MODERN.render(new Insert("t", List.of(), List.of(List.of()), List.of("id"))).sql())
                .isEqualTo("INSERT INTO \"t\" DEFAULT VALUES RETURNING \"id\"");
        assertThat(MODERN.render(new DropIndex("ix", "t", true)).sql()).isEqualTo("DROP INDEX IF EXISTS \"ix\"");
        assertThat(MODERN.render(CreateIndex.on("ix", "t", true, "a", "b")).sql())
                .isEqualTo("CREATE UNIQUE INDEX \"ix\" ON \"t\" (\"a\", \"b\")");
    }
}
