package dev.athanor.core.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.CompoundSelect;
import dev.athanor.core.sql.ast.CompoundSelect.SetOperator;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.IsNull;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.Not;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.QuantifiedComparison;
import dev.athanor.core.sql.ast.QuantifiedComparison.Quantifier;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.render.RenderedSql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ALL/ANY, which SQLite lacks and Athanor decides with IN or the subquery's extremes, and
 * UNION/INTERSECT/EXCEPT, run on a real SQLite file and compared with what SQL's three-valued logic says.
 */
class SqliteSetQueriesTest {

    private static final SqliteRenderer SQLITE = new SqliteDialect().renderer();

    @TempDir
    Path directory;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("sets.db"));
        try (var statement = connection.createStatement()) {
            statement.execute("create table a (x integer)");
            statement.execute("insert into a values (1), (2), (2), (3), (null)");
            statement.execute("create table b (g integer, y integer)");
            statement.execute("insert into b values (1, 2), (1, 3), (2, 1), (3, null), (3, 5)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private List<Object> column(Statement statement) throws SQLException {
        RenderedSql sql = SQLITE.render(statement);
        try (PreparedStatement prepared = connection.prepareStatement(sql.sql())) {
            Object[] parameters = sql.parameters();
            for (int i = 0; i < parameters.length; i++) {
                SqliteParameterBinder.INSTANCE.bind(prepared, i + 1, parameters[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = prepared.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        }
    }

    private static Select ys(Expression where) {
        return Select.of(TableRef.of("b", "b"), ColumnRef.of("b", "y")).withWhere(where);
    }

    /** The x of a's rows for which the condition holds, in order. */
    private List<Object> xsWhere(Expression condition) throws SQLException {
        return column(Select.of(TableRef.of("a", "a"), ColumnRef.of("a", "x")).withWhere(condition)
                .withOrderBy(OrderItem.asc(ColumnRef.of("a", "x"))));
    }

    private static QuantifiedComparison compare(Comparison.Operator operator, Quantifier quantifier, Select query) {
        return new QuantifiedComparison(ColumnRef.of("a", "x"), operator, quantifier, query);
    }

    @Test
    void anyAndAllOverASetWithoutNulls() throws SQLException {
        Select group1 = ys(Comparison.eq(ColumnRef.of("b", "g"), Literal.of(1))); // {2, 3}
        assertThat(xsWhere(compare(Comparison.Operator.LT, Quantifier.ALL, group1))).containsExactly(1);
        assertThat(xsWhere(compare(Comparison.Operator.LT, Quantifier.ANY, group1))).containsExactly(1, 2, 2);
        assertThat(xsWhere(compare(Comparison.Operator.EQ, Quantifier.ANY, group1))).containsExactly(2, 2, 3);
        assertThat(xsWhere(compare(Comparison.Operator.NE, Quantifier.ALL, group1))).containsExactly(1);
    }

    @Test
    void aNullInTheSetMakesAllUnknownUnlessARowDecidesIt() throws SQLException {
        Select group3 = ys(Comparison.eq(ColumnRef.of("b", "g"), Literal.of(3))); // {null, 5}
        // x < ALL {null, 5}: never true; unknown for 1, 2, 3, so NOT keeps nothing either
        assertThat(xsWhere(compare(Comparison.Operator.LT, Quantifier.ALL, group3))).isEmpty();
        assertThat(xsWhere(new Not(compare(Comparison.Operator.LT, Quantifier.ALL, group3)))).isEmpty();
        // x > ALL {null, 5} is false for 1, 2, 3 (5 decides it), so NOT keeps them
        assertThat(xsWhere(new Not(compare(Comparison.Operator.GT, Quantifier.ALL, group3))))
                .containsExactly(1, 2, 2, 3);
        // x < ANY {null, 5} is true; x > ANY is unknown, not false: NOT keeps nothing
        assertThat(xsWhere(compare(Comparison.Operator.LT, Quantifier.ANY, group3))).containsExactly(1, 2, 2, 3);
        assertThat(xsWhere(new Not(compare(Comparison.Operator.GT, Quantifier.ANY, group3)))).isEmpty();
    }

    @Test
    void anEmptySetMakesAllTrueAndAnyFalse() throws SQLException {
        Select none = ys(Comparison.eq(ColumnRef.of("b", "g"), Literal.of(99)));
        assertThat(xsWhere(compare(Comparison.Operator.GT, Quantifier.ALL, none))).containsExactly(null, 1, 2, 2, 3);
        assertThat(xsWhere(compare(Comparison.Operator.GT, Quantifier.ANY, none))).isEmpty();
    }

    @Test
    void aCorrelatedSubqueryIsAggregatedWithoutWrapping() throws SQLException {
        Select correlated = ys(Comparison.eq(ColumnRef.of("b", "g"), ColumnRef.of("a", "x")));
        String sql = SQLITE.render(compare(Comparison.Operator.GE, Quantifier.ALL, correlated)).sql();
        assertThat(sql).contains("\"a\".\"x\" >= (SELECT MAX(\"b\".\"y\") FROM \"b\" \"b\" WHERE \"b\".\"g\" = \"a\".\"x\")")
                .doesNotContain("athanor_rows");
        // x=1: {2,3} no; x=2: {1} yes; x=3: {null,5} no; null: empty set, so true
        assertThat(xsWhere(compare(Comparison.Operator.GE, Quantifier.ALL, correlated))).containsExactly(null, 2, 2);
    }

    @Test
    void anAggregateSubqueryIsWrappedAndItsRowsAggregated() throws SQLException {
        Select maxima = Select.of(TableRef.of("b", "b"), FunctionCall.of("MAX", ColumnRef.of("b", "y")))
                .withGroupBy(ColumnRef.of("b", "g")); // {3, 1, 5}
        assertThat(SQLITE.render(compare(Comparison.Operator.EQ, Quantifier.ANY, maxima)).sql())
                .isEqualTo("\"a\".\"x\" IN (SELECT MAX(\"b\".\"y\") FROM \"b\" \"b\" GROUP BY \"b\".\"g\")");
        assertThat(SQLITE.render(compare(Comparison.Operator.LT, Quantifier.ALL, maxima)).sql())
                .contains("FROM (SELECT MAX(\"b\".\"y\") AS \"athanor_value\" FROM \"b\" \"b\" GROUP BY \"b\".\"g\")"
                        + " AS \"athanor_rows\"");
        assertThat(xsWhere(compare(Comparison.Operator.EQ, Quantifier.ANY, maxima))).containsExactly(1, 3);
        assertThat(xsWhere(compare(Comparison.Operator.LT, Quantifier.ALL, maxima))).isEmpty();
        Select parameterised = maxima.withHaving(new Comparison(FunctionCall.of("MAX", ColumnRef.of("b", "y")),
                Comparison.Operator.GT, BindParam.of(2))); // {3, 5}
        assertThat(xsWhere(compare(Comparison.Operator.LT, Quantifier.ALL, parameterised))).containsExactly(1, 2, 2);
    }

    /** The groups g of b, in order, whose HAVING condition holds. */
    private List<Object> groupsHaving(Expression condition) throws SQLException {
        ColumnRef group = ColumnRef.of("b", "g");
        return column(Select.of(TableRef.of("b", "b"), group).withGroupBy(group).withHaving(condition)
                .withOrderBy(OrderItem.asc(group)));
    }

    @Test
    void anAggregateOnTheLeftStaysInTheOuterQuery() throws SQLException {
        // COUNT(y) by g: 1 -> 2, 2 -> 1, 3 -> 1; COUNT(*) by g: 2, 1, 2; MAX(y) by g: 3, 1, 5
        Expression countY = FunctionCall.of("COUNT", ColumnRef.of("b", "y"));
        Select counts = Select.of(TableRef.of("b", "b2"), FunctionCall.of("COUNT", ColumnRef.of("b2", "y")))
                .withGroupBy(ColumnRef.of("b2", "g"));
        String sql = SQLITE.render(new QuantifiedComparison(countY, Comparison.Operator.GE, Quantifier.ALL, counts)).sql();
        assertThat(sql).contains("COUNT(\"b\".\"y\") >= (SELECT MAX(\"athanor_rows\".\"athanor_value\") FROM (SELECT"
                + " COUNT(\"b2\".\"y\") AS \"athanor_value\"");
        assertThat(groupsHaving(new QuantifiedComparison(countY, Comparison.Operator.GE, Quantifier.ALL, counts)))
                .containsExactly(1);
        assertThat(groupsHaving(new QuantifiedComparison(countY, Comparison.Operator.LT, Quantifier.ANY, counts)))
                .containsExactly(2, 3);
        Select laterCounts = counts.withWhere(new Comparison(ColumnRef.of("b2", "g"), Comparison.Operator.GT,
                Literal.of(1))); // {1, 1}
        assertThat(groupsHaving(new QuantifiedComparison(countY, Comparison.Operator.EQ, Quantifier.ALL, laterCounts)))
                .containsExactly(2, 3);
        assertThat(groupsHaving(new QuantifiedComparison(countY, Comparison.Operator.NE, Quantifier.ANY, laterCounts)))
                .containsExactly(1);
        Expression countAll = FunctionCall.countAll();
        Select xsAboveOne = Select.of(TableRef.of("a", "a"), ColumnRef.of("a", "x"))
                .withWhere(new Comparison(ColumnRef.of("a", "x"), Comparison.Operator.GT, Literal.of(1))); // {2, 2, 3}
        assertThat(groupsHaving(new QuantifiedComparison(countAll, Comparison.Operator.NE, Quantifier.ALL, xsAboveOne)))
                .containsExactly(2);
        assertThat(groupsHaving(new QuantifiedComparison(countAll, Comparison.Operator.EQ, Quantifier.ANY, xsAboveOne)))
                .containsExactly(1, 3);
    }

    @Test
    void anAggregateOnTheLeftAgainstNullsAndAnEmptySet() throws SQLException {
        Expression maxY = FunctionCall.of("MAX", ColumnRef.of("b", "y"));
        Select xs = Select.of(TableRef.of("a", "a"), ColumnRef.of("a", "x")); // {1, 2, 2, 3, null}
        // some x exceeds only g 2's maximum (1); for g 1 (3) and g 3 (5) the null leaves it unknown
        assertThat(groupsHaving(new QuantifiedComparison(maxY, Comparison.Operator.LT, Quantifier.ANY, xs)))
                .containsExactly(2);
        assertThat(groupsHaving(new Not(new QuantifiedComparison(maxY, Comparison.Operator.LT, Quantifier.ANY, xs))))
                .isEmpty();
        // 5 > every x but the null: unknown; 3 and 1 are not above every x: false, so NOT keeps them
        assertThat(groupsHaving(new QuantifiedComparison(maxY, Comparison.Operator.GT, Quantifier.ALL, xs))).isEmpty();
        assertThat(groupsHaving(new Not(new QuantifiedComparison(maxY, Comparison.Operator.GT, Quantifier.ALL, xs))))
                .containsExactly(1, 2);
        // = ALL and <> ANY: a null among equal values leaves it unknown
        Select threeAndNull = Select.of(TableRef.of("a", "a"), ColumnRef.of("a", "x"))
                .withWhere(Logical.or(Comparison.eq(ColumnRef.of("a", "x"), Literal.of(3)),
                        new IsNull(ColumnRef.of("a", "x"), false))); // {3, null}
        assertThat(groupsHaving(new Not(new QuantifiedComparison(maxY, Comparison.Operator.EQ, Quantifier.ALL,
                threeAndNull)))).containsExactly(2, 3);
        assertThat(groupsHaving(new QuantifiedComparison(maxY, Comparison.Operator.NE, Quantifier.ANY, threeAndNull)))
                .containsExactly(2, 3);
        Select none = xs.withWhere(new Comparison(ColumnRef.of("a", "x"), Comparison.Operator.GT, Literal.of(99)));
        Expression countAll = FunctionCall.countAll();
        assertThat(groupsHaving(new QuantifiedComparison(countAll, Comparison.Operator.GT, Quantifier.ALL, none)))
                .containsExactly(1, 2, 3);
        assertThat(groupsHaving(new QuantifiedComparison(countAll, Comparison.Operator.EQ, Quantifier.ALL, none)))
                .containsExactly(1, 2, 3);
        assertThat(groupsHaving(new QuantifiedComparison(countAll, Comparison.Operator.GT, Quantifier.ANY, none)))
                .isEmpty();
        assertThat(groupsHaving(new QuantifiedComparison(countAll, Comparison.Operator.NE, Quantifier.ANY, none)))
                .isEmpty();
    }

    private static Select values(String table, String column) {
        return Select.of(TableRef.of(table, table), ColumnRef.of(table, column));
    }

    @Test
    void unionIntersectAndExceptWithOrderAndPage() throws SQLException {
        Select xs = values("a", "x");
        Select ys = values("b", "y");
        OrderItem first = OrderItem.asc(Literal.of(1));
        assertThat(column(CompoundSelect.of(SetOperator.UNION, false, xs, ys).withOrderBy(first)))
                .containsExactly(null, 1, 2, 3, 5);
        assertThat(column(CompoundSelect.of(SetOperator.UNION, true, xs, ys).withOrderBy(first))).hasSize(10);
        assertThat(column(CompoundSelect.of(SetOperator.INTERSECT, false, xs, ys).withOrderBy(first)))
                .containsExactly(null, 1, 2, 3);
        assertThat(column(CompoundSelect.of(SetOperator.EXCEPT, false, ys, xs).withOrderBy(first)))
                .containsExactly(5);
        assertThat(column(CompoundSelect.of(SetOperator.UNION, false, xs, ys)
                .withOrderBy(OrderItem.desc(Literal.of(1)).withNulls(OrderItem.Nulls.LAST))
                .withPage(BindParam.of(3), BindParam.of(1)))).containsExactly(3, 2, 1);
        assertThat(SQLITE.render(CompoundSelect.of(SetOperator.UNION, false, xs, ys)
                .withOrderBy(first.withNulls(OrderItem.Nulls.LAST))).sql()).endsWith("ORDER BY 1 NULLS LAST");
    }

    @Test
    void nestedCompoundsKeepTheirMeaningWithoutParentheses() throws SQLException {
        Select xs = values("a", "x");
        Select ys = values("b", "y");
        Select gs = values("b", "g");
        // xs EXCEPT (ys INTERSECT gs): {1,2,3,null} - {1,2,3} = {null}; read left to right it would be {1}
        CompoundSelect right = CompoundSelect.of(SetOperator.EXCEPT, false, xs,
                CompoundSelect.of(SetOperator.INTERSECT, false, ys, gs));
        assertThat(SQLITE.render(right).sql()).contains("EXCEPT SELECT * FROM (SELECT").doesNotContain("EXCEPT (");
        assertThat(column(right)).containsExactly((Object) null);
        // (xs EXCEPT ys) INTERSECT gs: {null} ∩ {1,2,3} = {}
        CompoundSelect left = CompoundSelect.of(SetOperator.INTERSECT, false,
                CompoundSelect.of(SetOperator.EXCEPT, false, xs, ys), gs);
        assertThat(column(left)).isEmpty();
    }

    @Test
    void intersectAllAndExceptAllAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> SQLITE.render(CompoundSelect.of(SetOperator.INTERSECT, true, values("a", "x"),
                values("b", "y"))))
                .isInstanceOf(AthanorException.class)
                .hasMessageContaining("ATH-1008").hasMessageContaining("INTERSECT ALL")
                .hasMessageContaining("without ALL");
    }

    @Test
    void beforeSqlite330NullsOrderingOfACompoundSelectIsRefused() {
        SqliteRenderer old = new SqliteDialect().forServer(ServerInfo.of("SQLite", "3.29.0",
                null, "SQLite JDBC", "3.29.0")).renderer();
        CompoundSelect ordered = CompoundSelect.of(SetOperator.UNION, false, values("a", "x"), values("b", "y"))
                .withOrderBy(OrderItem.asc(Literal.of(1)).withNulls(OrderItem.Nulls.FIRST));
        assertThatThrownBy(() -> old.render(ordered)).isInstanceOf(AthanorException.class)
                .hasMessageContaining("ATH-1008").hasMessageContaining("NULLS FIRST");
    }
}
