package dev.athanor.it.query.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.CompoundSelect;
import dev.athanor.core.sql.ast.CompoundSelect.SetOperator;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Not;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.QuantifiedComparison;
import dev.athanor.core.sql.ast.QuantifiedComparison.Quantifier;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.render.RenderedSql;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ALL/ANY comparisons (native on MariaDB, decided with EXISTS on SQLite) and UNION/INTERSECT/EXCEPT,
 * run on real SQLite and MariaDB: both must give the rows SQL's three-valued logic says.
 */
class SetQueriesIT {

    @TempDir
    Path tempDir;

    /** Table set_a: x in {1, 2, 2, 3, null}; set_b: (g, y) in (1,2) (1,3) (2,1) (3,null) (3,5). */
    record Fixture(TestDatabase db, Engine engine, Dialect dialect) implements AutoCloseable {

        List<Object> column(Statement statement) {
            RenderedSql sql = dialect.renderer().render(statement);
            return engine.execute(sql.sql(), sql.parameters()).all().stream()
                    .map(row -> row.get(0) == null ? null : (Object) ((Number) row.get(0)).longValue()).toList();
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private Fixture setUp(Target target) {
        TestDatabase db = TestDatabase.open(target, tempDir);
        Engine engine = db.engine();
        engine.execute("drop table if exists set_a");
        engine.execute("drop table if exists set_b");
        engine.execute("create table set_a (x integer)");
        engine.execute("insert into set_a values (1), (2), (2), (3), (null)");
        engine.execute("create table set_b (g integer, y integer)");
        engine.execute("insert into set_b values (1, 2), (1, 3), (2, 1), (3, null), (3, 5)");
        return new Fixture(db, engine, Dialect.of(engine));
    }

    private static Select ys(Expression where) {
        return Select.of(TableRef.of("set_b", "b"), ColumnRef.of("b", "y")).withWhere(where);
    }

    private static Select ysOfGroup(int g) {
        return ys(Comparison.eq(ColumnRef.of("b", "g"), BindParam.of(g)));
    }

    private static Select xsWhere(Expression condition) {
        return Select.of(TableRef.of("set_a", "a"), ColumnRef.of("a", "x")).withWhere(condition)
                .withOrderBy(OrderItem.asc(ColumnRef.of("a", "x")));
    }

    private static QuantifiedComparison compare(Comparison.Operator operator, Quantifier quantifier, Select query) {
        return new QuantifiedComparison(ColumnRef.of("a", "x"), operator, quantifier, query);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void allAndAnyInThreeValuedLogic(Target target) {
        try (Fixture f = setUp(target)) {
            Select group1 = ysOfGroup(1); // {2, 3}
            Select group3 = ysOfGroup(3); // {null, 5}
            Select none = ysOfGroup(99);
            assertThat(f.column(xsWhere(compare(Comparison.Operator.LT, Quantifier.ALL, group1)))).containsExactly(1L);
            assertThat(f.column(xsWhere(compare(Comparison.Operator.LT, Quantifier.ANY, group1))))
                    .containsExactly(1L, 2L, 2L);
            assertThat(f.column(xsWhere(compare(Comparison.Operator.EQ, Quantifier.ANY, group1))))
                    .containsExactly(2L, 2L, 3L);
            assertThat(f.column(xsWhere(compare(Comparison.Operator.LT, Quantifier.ALL, group3)))).isEmpty();
            assertThat(f.column(xsWhere(new Not(compare(Comparison.Operator.LT, Quantifier.ALL, group3))))).isEmpty();
            assertThat(f.column(xsWhere(new Not(compare(Comparison.Operator.GT, Quantifier.ALL, group3)))))
                    .containsExactly(1L, 2L, 2L, 3L);
            assertThat(f.column(xsWhere(new Not(compare(Comparison.Operator.GT, Quantifier.ANY, group3))))).isEmpty();
            assertThat(f.column(xsWhere(compare(Comparison.Operator.GT, Quantifier.ALL, none))))
                    .containsExactly(null, 1L, 2L, 2L, 3L);
            assertThat(f.column(xsWhere(compare(Comparison.Operator.GT, Quantifier.ANY, none)))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void correlatedAndAggregateSubqueries(Target target) {
        try (Fixture f = setUp(target)) {
            Select correlated = ys(Comparison.eq(ColumnRef.of("b", "g"), ColumnRef.of("a", "x")));
            assertThat(f.column(xsWhere(compare(Comparison.Operator.GE, Quantifier.ALL, correlated))))
                    .containsExactly(null, 2L, 2L);
            Select maxima = Select.of(TableRef.of("set_b", "b"), FunctionCall.of("MAX", ColumnRef.of("b", "y")))
                    .withGroupBy(ColumnRef.of("b", "g")); // {3, 1, 5}
            assertThat(f.column(xsWhere(compare(Comparison.Operator.EQ, Quantifier.ANY, maxima))))
                    .containsExactly(1L, 3L);
            assertThat(f.column(xsWhere(compare(Comparison.Operator.LT, Quantifier.ALL, maxima)))).isEmpty();
        }
    }

    private static Select values(String table, String column) {
        return Select.of(TableRef.of(table, "v"), ColumnRef.of("v", column));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void unionIntersectExceptOrderedAndPaged(Target target) {
        try (Fixture f = setUp(target)) {
            Select xs = values("set_a", "x");
            Select ys = values("set_b", "y");
            Select gs = values("set_b", "g");
            OrderItem first = OrderItem.asc(Literal.of(1));
            assertThat(f.column(CompoundSelect.of(SetOperator.UNION, false, xs, ys).withOrderBy(first)))
                    .containsExactly(null, 1L, 2L, 3L, 5L);
            assertThat(f.column(CompoundSelect.of(SetOperator.UNION, true, xs, ys))).hasSize(10);
            assertThat(f.column(CompoundSelect.of(SetOperator.INTERSECT, false, xs, ys).withOrderBy(first)))
                    .containsExactly(null, 1L, 2L, 3L);
            assertThat(f.column(CompoundSelect.of(SetOperator.EXCEPT, false, ys, xs))).containsExactly(5L);
            assertThat(f.column(CompoundSelect.of(SetOperator.UNION, false, xs, ys)
                    .withOrderBy(OrderItem.desc(Literal.of(1))).withPage(BindParam.of(2), BindParam.of(1))))
                    .containsExactly(3L, 2L);
            // xs EXCEPT (ys INTERSECT gs) = {null}, where left to right it would be {1}
            assertThat(f.column(CompoundSelect.of(SetOperator.EXCEPT, false, xs,
                    CompoundSelect.of(SetOperator.INTERSECT, false, ys, gs)))).containsExactly((Object) null);
            assertThat(f.column(CompoundSelect.of(SetOperator.INTERSECT, false,
                    CompoundSelect.of(SetOperator.EXCEPT, false, xs, ys), gs))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void intersectAllAndNullsOrderingWhereTheDatabaseHasThem(Target target) {
        try (Fixture f = setUp(target)) {
            CompoundSelect intersectAll = CompoundSelect.of(SetOperator.INTERSECT, true, values("set_a", "x"),
                    values("set_b", "y")).withOrderBy(OrderItem.asc(Literal.of(1)));
            CompoundSelect nullsLast = CompoundSelect.of(SetOperator.UNION, false, values("set_a", "x"),
                    values("set_b", "y")).withOrderBy(OrderItem.asc(Literal.of(1)).withNulls(OrderItem.Nulls.LAST));
            if (target.isSqlite()) {
                assertThatThrownBy(() -> f.column(intersectAll)).isInstanceOf(AthanorException.class)
                        .hasMessageContaining("INTERSECT ALL");
                assertThat(f.column(nullsLast)).containsExactly(1L, 2L, 3L, 5L, null);
            } else {
                assertThat(f.column(intersectAll)).containsExactly(null, 1L, 2L, 3L);
                assertThat(f.column(CompoundSelect.of(SetOperator.EXCEPT, true, values("set_a", "x"),
                        values("set_b", "y")))).containsExactly(2L);
                assertThatThrownBy(() -> f.column(nullsLast)).isInstanceOf(AthanorException.class)
                        .hasMessageContaining("NULLS LAST");
            }
        }
    }
}
