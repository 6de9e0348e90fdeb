package dev.athanor.core.sql.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.sql.ast.AddForeignKey;
import dev.athanor.core.sql.ast.Arithmetic;
import dev.athanor.core.sql.ast.Assignment;
import dev.athanor.core.sql.ast.Between;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.Case;
import dev.athanor.core.sql.ast.CheckConstraint;
import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Concat;
import dev.athanor.core.sql.ast.CreateIndex;
import dev.athanor.core.sql.ast.CreateSequence;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.DropIndex;
import dev.athanor.core.sql.ast.DropSequence;
import dev.athanor.core.sql.ast.DropTable;
import dev.athanor.core.sql.ast.Exists;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.ForeignKey;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.InSubquery;
import dev.athanor.core.sql.ast.IndexColumn;
import dev.athanor.core.sql.ast.Insert;
import dev.athanor.core.sql.ast.IsNull;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.Like;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Lock;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.Negate;
import dev.athanor.core.sql.ast.NextValue;
import dev.athanor.core.sql.ast.Not;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.sql.ast.Star;
import dev.athanor.core.sql.ast.Subquery;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.ast.UniqueConstraint;
import dev.athanor.core.sql.ast.Update;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard SQL the base renderer writes; the dialects' tests cover what they change. */
class SqlRendererTest {

    private final SqlRenderer renderer = new SqlRenderer();

    private static ColumnRef col(String alias, String name) {
        return ColumnRef.of(alias, name);
    }

    private static BindParam bind(Object value) {
        return BindParam.of(value);
    }

    private String sql(Expression expression) {
        return renderer.render(expression).sql();
    }

    @Test
    void selectWithEveryClauseWritesThemInOrderAndBindsInMarkerOrder() {
        Select select = Select.of(List.of(SelectItem.of(col("p", "name"), "n"), SelectItem.of(FunctionCall.countAll(),
                        "c")), TableRef.of("person", "p"))
                .withDistinct(true)
                .withJoin(Join.left(TableRef.of("address", "a"), Comparison.eq(col("a", "person_id"), col("p", "id"))))
                .withJoin(new Join(Join.Type.CROSS, TableRef.of("tag", null), null))
                .withWhere(Logical.and(new Comparison(col("p", "age"), Comparison.Operator.GE, bind(18)),
                        new Like(col("p", "name"), bind("A%"), Literal.of("!"), false)))
                .withGroupBy(col("p", "name"))
                .withHaving(new Comparison(FunctionCall.countAll(), Comparison.Operator.GT, bind(1)))
                .withOrderBy(OrderItem.desc(ColumnRef.of("n")).withNulls(OrderItem.Nulls.LAST), OrderItem.asc(col("p", "id")))
                .withPage(bind(10), bind(20))
                .withLock(Lock.forUpdate(Lock.Wait.SKIP_LOCKED));

        RenderedSql rendered = renderer.render(select);

        assertThat(rendered.sql()).isEqualTo("SELECT DISTINCT \"p\".\"name\" AS \"n\", COUNT(*) AS \"c\""
                + " FROM \"person\" \"p\" LEFT JOIN \"address\" \"a\" ON \"a\".\"person_id\" = \"p\".\"id\""
                + " CROSS JOIN \"tag\""
                + " WHERE \"p\".\"age\" >= ? AND \"p\".\"name\" LIKE ? ESCAPE '!' GROUP BY \"p\".\"name\""
                + " HAVING COUNT(*) > ? ORDER BY \"n\" DESC NULLS LAST, \"p\".\"id\""
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED");
        assertThat(rendered.binds()).containsExactly(18, "A%", 1, 20, 10);
        assertThat(rendered.hasSlots()).isFalse();
        assertThat(rendered.parameters()).containsExactly(18, "A%", 1, 20, 10);
    }

    @Test
    void selectWithoutFromAndAStarAndShareLock() {
        assertThat(renderer.render(Select.of(null, Literal.of(1))).sql()).isEqualTo("SELECT 1");
        Select all = Select.of(TableRef.of("t", "x"), new Star("x")).withLock(new Lock(Lock.Strength.SHARE,
                Lock.Wait.NOWAIT));
        assertThat(renderer.render(all).sql()).isEqualTo("SELECT \"x\".* FROM \"t\" \"x\" FOR SHARE NOWAIT");
    }

    @Test
    void identifiersAreAlwaysQuotedWithEmbeddedQuotesDoubled() {
        assertThat(sql(col("my \"t\"", "order"))).isEqualTo("\"my \"\"t\"\"\".\"order\"");
    }

    @Test
    void operandsGetParenthesesOnlyWhereTheyBindLooserThanTheirPlace() {
        Expression a = ColumnRef.of("a");
        Expression b = ColumnRef.of("b");
        Expression c = ColumnRef.of("c");
        Arithmetic aPlusB = new Arithmetic(a, Arithmetic.Operator.ADD, b);
        Arithmetic bMinusC = new Arithmetic(b, Arithmetic.Operator.SUBTRACT, c);

        assertThat(sql(new Arithmetic(aPlusB, Arithmetic.Operator.MULTIPLY, c))).isEqualTo("(\"a\" + \"b\") * \"c\"");
        assertThat(sql(new Arithmetic(a, Arithmetic.Operator.ADD, new Arithmetic(b, Arithmetic.Operator.MULTIPLY, c))))
                .isEqualTo("\"a\" + \"b\" * \"c\"");
        assertThat(sql(new Arithmetic(a, Arithmetic.Operator.SUBTRACT, bMinusC))).isEqualTo("\"a\" - (\"b\" - \"c\")");
        assertThat(sql(new Arithmetic(new Arithmetic(a, Arithmetic.Operator.SUBTRACT, b), Arithmetic.Operator.SUBTRACT,
                c))).isEqualTo("\"a\" - \"b\" - \"c\"");
        assertThat(sql(new Arithmetic(a, Arithmetic.Operator.MODULO, Literal.of(-3)))).isEqualTo("\"a\" % -3");

        Comparison aIsB = Comparison.eq(a, b);
        assertThat(sql(Logical.and(Logical.or(aIsB, new IsNull(c, false)), new IsNull(a, true))))
                .isEqualTo("(\"a\" = \"b\" OR \"c\" IS NULL) AND \"a\" IS NOT NULL");
        assertThat(sql(Logical.or(Logical.and(aIsB, aIsB), aIsB)))
                .isEqualTo("\"a\" = \"b\" AND \"a\" = \"b\" OR \"a\" = \"b\"");
        assertThat(sql(new Not(Logical.or(aIsB, aIsB)))).isEqualTo("NOT (\"a\" = \"b\" OR \"a\" = \"b\")");
        assertThat(sql(Comparison.eq(aIsB, Literal.TRUE))).isEqualTo("(\"a\" = \"b\") = TRUE");
        assertThat(sql(Comparison.eq(aPlusB, bind(3)))).isEqualTo("\"a\" + \"b\" = ?");
    }

    @Test
    void negationNeverWritesTwoMinusSigns() {
        assertThat(sql(new Negate(ColumnRef.of("a")))).isEqualTo("-\"a\"");
        assertThat(sql(new Negate(Literal.of(-5)))).isEqualTo("-(-5)");
        assertThat(sql(new Negate(new Negate(bind(1))))).isEqualTo("-(-?)");
        assertThat(sql(new Negate(new Arithmetic(ColumnRef.of("a"), Arithmetic.Operator.ADD, Literal.of(1)))))
                .isEqualTo("-(\"a\" + 1)");
    }

    @Test
    void concatenationWithTheStandardOperator() {
        Expression sum = new Arithmetic(ColumnRef.of("a"), Arithmetic.Operator.ADD, Literal.of(1));
        assertThat(sql(Concat.of(ColumnRef.of("first"), Literal.of(" "), sum)))
                .isEqualTo("\"first\" || ' ' || (\"a\" + 1)");
    }

    @Test
    void predicates() {
        Expression x = ColumnRef.of("x");
        RenderedSql in = renderer.render(new InList(x, List.of(bind(1), bind(2)), false));
        assertThat(in.sql()).isEqualTo("\"x\" IN (?, ?)");
        assertThat(in.binds()).containsExactly(1, 2);
        assertThat(sql(new InList(x, List.of(Literal.of("a")), true))).isEqualTo("\"x\" NOT IN ('a')");
        assertThat(sql(new InList(x, List.of(), false))).isEqualTo("1 = 0");
        assertThat(sql(new InList(x, List.of(), true))).isEqualTo("1 = 1");
        assertThat(sql(new Between(x, bind(1), bind(9), true))).isEqualTo("\"x\" NOT BETWEEN ? AND ?");
        assertThat(sql(new Like(x, bind("%a"), null, true))).isEqualTo("\"x\" NOT LIKE ?");

        Select sub = Select.of(TableRef.of("child", "c"), col("c", "parent_id"))
                .withWhere(Comparison.eq(col("c", "kind"), bind("k")));
        assertThat(sql(new InSubquery(x, sub, false)))
                .isEqualTo("\"x\" IN (SELECT \"c\".\"parent_id\" FROM \"child\" \"c\" WHERE \"c\".\"kind\" = ?)");
        assertThat(sql(new Not(new Exists(sub))))
                .isEqualTo("NOT (EXISTS (SELECT \"c\".\"parent_id\" FROM \"child\" \"c\" WHERE \"c\".\"kind\" = ?))");
        assertThat(sql(Comparison.eq(x, new Subquery(sub.withPage(bind(1), null)))))
                .isEqualTo("\"x\" = (SELECT \"c\".\"parent_id\" FROM \"child\" \"c\" WHERE \"c\".\"kind\" = ?"
                        + " FETCH FIRST ? ROWS ONLY)");
    }

    @Test
    void functionsAndCase() {
        assertThat(sql(new FunctionCall("COUNT", List.of(ColumnRef.of("x")), true))).isEqualTo("COUNT(DISTINCT \"x\")");
        assertThat(sql(FunctionCall.of("COALESCE", ColumnRef.of("x"), Literal.of(0)))).isEqualTo("COALESCE(\"x\", 0)");
        assertThat(sql(FunctionCall.of("RANDOM"))).isEqualTo("RANDOM()");

        Case searched = new Case(null, List.of(new Case.When(new IsNull(ColumnRef.of("x"), false), Literal.of("none"))),
                ColumnRef.of("x"));
        assertThat(sql(searched)).isEqualTo("CASE WHEN \"x\" IS NULL THEN 'none' ELSE \"x\" END");
        Case simple = new Case(ColumnRef.of("k"), List.of(new Case.When(Literal.of(1), bind("one")),
                new Case.When(Literal.of(2), bind("two"))), null);
        RenderedSql rendered = renderer.render(simple);
        assertThat(rendered.sql()).isEqualTo("CASE \"k\" WHEN 1 THEN ? WHEN 2 THEN ? END");
        assertThat(rendered.binds()).containsExactly("one", "two");
    }

    @Test
    void literalsAreWrittenSafely() {
        assertThat(sql(Literal.of("O'Brien; DROP TABLE x --"))).isEqualTo("'O''Brien; DROP TABLE x --'");
        assertThat(sql(Literal.of(new BigDecimal("1E+3")))).isEqualTo("1000");
        assertThat(sql(Literal.of(2.5))).isEqualTo("2.5");
        assertThat(sql(Literal.of(12L))).isEqualTo("12");
        assertThat(sql(Literal.TRUE)).isEqualTo("TRUE");
        assertThat(sql(Literal.NULL)).isEqualTo("NULL");
    }

    @Test
    void multiRowInsertWithReturning() {
        Insert insert = new Insert("person", List.of("name", "age"), List.of(List.of(bind("a"), bind(1)),
                List.of(bind("b"), Literal.NULL)), List.of()).withReturning("id", "version");

        RenderedSql rendered = renderer.render(insert);

        assertThat(rendered.sql()).isEqualTo("INSERT INTO \"person\" (\"name\", \"age\") VALUES (?, ?), (?, NULL)"
                + " RETURNING \"id\", \"version\"");
        assertThat(rendered.binds()).containsExactly("a", 1, "b");
    }

    @Test
    void anInsertOfDefaultsOnly() {
        assertThat(renderer.render(new Insert("t", List.of(), List.of(List.of()), List.of())).sql())
                .isEqualTo("INSERT INTO \"t\" DEFAULT VALUES");
        assertThatThrownBy(() -> renderer.render(new Insert("t", List.of(), List.of(List.of(), List.of()), List.of())))
                .hasMessageContaining("an INSERT of 2 rows of defaults only (no columns) is not supported");
    }

    @Test
    void slotParametersRenderOnceAndBindMany() {
        Insert insert = Insert.of("person", List.of("name", "kind", "age"), List.of(BindParam.slot(0),
                bind("fixed"), BindParam.slot(1)));

        RenderedSql rendered = renderer.render(insert);

        assertThat(rendered.sql()).isEqualTo("INSERT INTO \"person\" (\"name\", \"kind\", \"age\") VALUES (?, ?, ?)");
        assertThat(rendered.slots()).containsExactly(0, RenderedSql.NO_SLOT, 1);
        assertThat(rendered.bind("ann", 31)).containsExactly("ann", "fixed", 31);
        assertThat(rendered.bind("bob", null)).containsExactly("bob", "fixed", null);
    }

    @Test
    void updateAndDelete() {
        Update update = new Update("person", List.of(Assignment.of("name", bind("x")), Assignment.of("version",
                new Arithmetic(ColumnRef.of("version"), Arithmetic.Operator.ADD, Literal.of(1)))),
                Logical.and(Comparison.eq(ColumnRef.of("id"), bind(7)), Comparison.eq(ColumnRef.of("version"), bind(3))));
        RenderedSql rendered = renderer.render(update);
        assertThat(rendered.sql()).isEqualTo("UPDATE \"person\" SET \"name\" = ?, \"version\" = \"version\" + 1"
                + " WHERE \"id\" = ? AND \"version\" = ?");
        assertThat(rendered.binds()).containsExactly("x", 7, 3);

        assertThat(renderer.render(new Delete("person", Comparison.eq(ColumnRef.of("id"), bind(7)))).sql())
                .isEqualTo("DELETE FROM \"person\" WHERE \"id\" = ?");
        assertThat(renderer.render(new Delete("person", null)).sql()).isEqualTo("DELETE FROM \"person\"");
    }

    @Test
    void createTableWithEveryKindOfConstraint() {
        CreateTable table = new CreateTable("line",
                List.of(ColumnDef.notNull("order_id", "BIGINT"), ColumnDef.of("no", "INT"),
                        ColumnDef.notNull("sku", "VARCHAR(20)"), ColumnDef.of("qty", "INT").withDefault(Literal.of(1)),
                        ColumnDef.of("note", "VARCHAR(10)").withDefault(FunctionCall.of("LOWER", Literal.of("X")))),
                List.of("order_id", "no"),
                List.of(UniqueConstraint.of("uk_line_sku", "order_id", "sku")),
                List.of(new ForeignKey("fk_line_order", List.of("order_id"), "orders", List.of("id"),
                        ForeignKey.Action.CASCADE)),
                List.of(new CheckConstraint("ck_line_qty", "qty > 0")));

        assertThat(renderer.render(table).sql()).isEqualTo("CREATE TABLE \"line\" (\"order_id\" BIGINT NOT NULL,"
                + " \"no\" INT NOT NULL, \"sku\" VARCHAR(20) NOT NULL, \"qty\" INT DEFAULT 1,"
                + " \"note\" VARCHAR(10) DEFAULT (LOWER('X')), PRIMARY KEY (\"order_id\", \"no\"),"
                + " CONSTRAINT \"uk_line_sku\" UNIQUE (\"order_id\", \"sku\"),"
                + " CONSTRAINT \"fk_line_order\" FOREIGN KEY (\"order_id\") REFERENCES \"orders\" (\"id\") ON DELETE CASCADE,"
                + " CONSTRAINT \"ck_line_qty\" CHECK (qty > 0))");
    }

    @Test
    void anIdentityColumnIsGeneratedByDefault() {
        CreateTable table = CreateTable.of("person", List.of(ColumnDef.identity("id", "BIGINT"),
                ColumnDef.of("name", "VARCHAR(50)")), List.of("id"));
        assertThat(renderer.render(table).sql()).isEqualTo("CREATE TABLE \"person\" (\"id\" BIGINT NOT NULL GENERATED"
                + " BY DEFAULT AS IDENTITY, \"name\" VARCHAR(50), PRIMARY KEY (\"id\"))");
    }

    @Test
    void ddlRefusesBindParameters() {
        CreateTable table = CreateTable.of("t", List.of(ColumnDef.of("a", "INT").withDefault(
                FunctionCall.of("ABS", bind(1)))), List.of());
        assertThatThrownBy(() -> renderer.render(table)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CREATE TABLE t cannot take bind parameters: DDL is not prepared with values; use a Literal");
    }

    @Test
    void otherDdl() {
        assertThat(renderer.render(new DropTable("t", true)).sql()).isEqualTo("DROP TABLE IF EXISTS \"t\"");
        assertThat(renderer.render(new DropTable("t", false)).sql()).isEqualTo("DROP TABLE \"t\"");
        assertThat(renderer.render(new CreateIndex("ix", "t", List.of(IndexColumn.of("a"), new IndexColumn("b", true)),
                true)).sql()).isEqualTo("CREATE UNIQUE INDEX \"ix\" ON \"t\" (\"a\", \"b\" DESC)");
        assertThat(renderer.render(CreateIndex.on("ix", "t", false, "a")).sql())
                .isEqualTo("CREATE INDEX \"ix\" ON \"t\" (\"a\")");
        assertThat(renderer.render(new DropIndex("ix", "t", true)).sql()).isEqualTo("DROP INDEX IF EXISTS \"ix\"");
        assertThat(renderer.render(new CreateSequence("seq", 1, 50)).sql())
                .isEqualTo("CREATE SEQUENCE \"seq\" START WITH 1 INCREMENT BY 50");
        assertThat(renderer.render(new DropSequence("seq", true)).sql()).isEqualTo("DROP SEQUENCE IF EXISTS \"seq\"");
        assertThat(renderer.render(Select.of(null, new NextValue("seq"))).sql())
                .isEqualTo("SELECT NEXT VALUE FOR \"seq\"");
        assertThat(renderer.render(new AddForeignKey("child", ForeignKey.of("fk_c_p", List.of("parent_id"), "parent",
                List.of("id")))).sql()).isEqualTo("ALTER TABLE \"child\" ADD CONSTRAINT \"fk_c_p\" FOREIGN KEY"
                + " (\"parent_id\") REFERENCES \"parent\" (\"id\")");
    }

    @Test
    void theSameTreeRendersToTheSameTextEveryTime() {
        Select select = Select.of(TableRef.of("t", "a"), col("a", "x")).withWhere(new InList(col("a", "x"),
                Arrays.asList(bind(1), bind(2)), false));
        assertThat(renderer.render(select)).isEqualTo(renderer.render(select));
    }
}
