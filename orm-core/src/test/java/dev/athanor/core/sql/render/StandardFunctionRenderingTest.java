package dev.athanor.core.sql.render;

import static dev.athanor.core.sql.ast.StandardFunction.Function.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.sql.ast.Arithmetic;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.CompoundSelect;
import dev.athanor.core.sql.ast.CompoundSelect.SetOperator;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.QuantifiedComparison;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.ast.TableRef;
import org.junit.jupiter.api.Test;

/** The standard-SQL spelling of the JPQL functions, ALL/ANY and compound selects, which dialects start from. */
class StandardFunctionRenderingTest {

    private final SqlRenderer renderer = new SqlRenderer();
    private final ColumnRef s = ColumnRef.of("t", "s");
    private final ColumnRef n = ColumnRef.of("t", "n");

    private String sql(Expression expression) {
        return renderer.render(expression).sql();
    }

    private static StandardFunction f(StandardFunction.Function function, Expression... args) {
        return StandardFunction.of(function, args);
    }

    @Test
    void stringFunctions() {
        assertThat(sql(f(LOCATE, Literal.of("b"), s))).isEqualTo("POSITION('b' IN \"t\".\"s\")");
        assertThat(sql(f(LOCATE, Literal.of("b"), s, BindParam.of(3)))).isEqualTo("CASE WHEN POSITION('b' IN"
                + " SUBSTRING(\"t\".\"s\" FROM ?)) = 0 THEN 0 ELSE POSITION('b' IN SUBSTRING(\"t\".\"s\" FROM ?)) + ?"
                + " - 1 END");
        assertThat(renderer.render(f(LOCATE, Literal.of("b"), s, BindParam.of(3))).binds()).containsExactly(3, 3, 3);
        assertThat(sql(f(SUBSTRING, s, Literal.of(2), Literal.of(3)))).isEqualTo("SUBSTRING(\"t\".\"s\" FROM 2 FOR 3)");
        assertThat(sql(f(CONCAT, s, Literal.of("-"), n))).isEqualTo("(\"t\".\"s\" || '-' || \"t\".\"n\")");
        assertThat(sql(f(TRIM_LEADING, Literal.of("x"), s))).isEqualTo("TRIM(LEADING 'x' FROM \"t\".\"s\")");
        assertThat(sql(f(LENGTH, s))).isEqualTo("CHAR_LENGTH(\"t\".\"s\")");
        assertThat(sql(f(LEFT, s, Literal.of(2)))).isEqualTo("LEFT(\"t\".\"s\", 2)");
    }

    @Test
    void arithmeticDateAndCastFunctions() {
        assertThat(sql(f(MOD, n, Literal.of(3)))).isEqualTo("MOD(\"t\".\"n\", 3)");
        assertThat(sql(f(INTEGER_DIVIDE, new Arithmetic(n, Arithmetic.Operator.ADD, Literal.of(1)), Literal.of(2))))
                .isEqualTo("CAST((\"t\".\"n\" + 1) / 2 AS BIGINT)");
        assertThat(sql(f(CURRENT_TIMESTAMP))).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(sql(f(EXTRACT_QUARTER, n))).isEqualTo("EXTRACT(QUARTER FROM \"t\".\"n\")");
        assertThat(sql(f(EXTRACT_DATE, n))).isEqualTo("CAST(\"t\".\"n\" AS DATE)");
        assertThat(sql(f(CAST_BIG_DECIMAL, s))).isEqualTo("CAST(\"t\".\"s\" AS DECIMAL(38,10))");
        // a function is an atom: an operator around it adds no parentheses
        assertThat(sql(new Arithmetic(f(ABS, n), Arithmetic.Operator.MULTIPLY, Literal.of(2))))
                .isEqualTo("ABS(\"t\".\"n\") * 2");
    }

    @Test
    void eachFunctionChecksHowManyArgumentsItTakes() {
        assertThatThrownBy(() -> f(LOCATE, s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LOCATE takes 2 to 3 argument(s), got 1");
        assertThatThrownBy(() -> f(CONCAT, s)).hasMessage("CONCAT takes at least 2 argument(s), got 1");
        assertThatThrownBy(() -> f(CURRENT_DATE, s)).hasMessage("CURRENT_DATE takes exactly 0 argument(s), got 1");
        assertThat(f(CONCAT, s, s, s, s).arguments()).hasSize(4);
    }

    @Test
    void quantifiedComparisonNeedsASubqueryOfOneItem() {
        Select one = Select.of(TableRef.of("b", "b"), ColumnRef.of("b", "y"));
        assertThat(sql(new QuantifiedComparison(n, Comparison.Operator.GT, QuantifiedComparison.Quantifier.ALL, one)))
                .isEqualTo("\"t\".\"n\" > ALL (SELECT \"b\".\"y\" FROM \"b\" \"b\")");
        Select two = Select.of(TableRef.of("b", "b"), ColumnRef.of("b", "y"), ColumnRef.of("b", "g"));
        assertThatThrownBy(() -> new QuantifiedComparison(n, Comparison.Operator.GT,
                QuantifiedComparison.Quantifier.ANY, two)).hasMessageContaining("exactly one item, got 2");
    }

    @Test
    void compoundSelectsParenthesiseNestedMembersAndOrderByPosition() {
        Select a = Select.of(TableRef.of("a", "a"), ColumnRef.of("a", "x"));
        Select b = Select.of(TableRef.of("b", "b"), ColumnRef.of("b", "y"));
        CompoundSelect nested = CompoundSelect.of(SetOperator.EXCEPT, false, a,
                        CompoundSelect.of(SetOperator.INTERSECT, true, a, b))
                .withOrderBy(OrderItem.desc(Literal.of(1)).withNulls(OrderItem.Nulls.FIRST))
                .withPage(BindParam.of(10), null);
        assertThat(renderer.render(nested).sql()).isEqualTo("SELECT \"a\".\"x\" FROM \"a\" \"a\" EXCEPT (SELECT"
                + " \"a\".\"x\" FROM \"a\" \"a\" INTERSECT ALL SELECT \"b\".\"y\" FROM \"b\" \"b\") ORDER BY 1 DESC"
                + " NULLS FIRST FETCH FIRST ? ROWS ONLY");
    }

    @Test
    void compoundSelectMembersHaveNoOrderOrPageAndItsOrderNamesPositions() {
        Select a = Select.of(TableRef.of("a", "a"), ColumnRef.of("a", "x"));
        assertThatThrownBy(() -> CompoundSelect.of(SetOperator.UNION, false, a.withPage(BindParam.of(1), null), a))
                .hasMessageContaining("left member").hasMessageContaining("no ORDER BY, LIMIT or OFFSET");
        assertThatThrownBy(() -> CompoundSelect.of(SetOperator.UNION, false, a, a)
                .withOrderBy(OrderItem.asc(ColumnRef.of("a", "x"))))
                .hasMessageContaining("output column positions");
        assertThatThrownBy(() -> CompoundSelect.of(SetOperator.UNION, false, a,
                new Delete("a", null))).hasMessageContaining("got Delete");
    }

    @Test
    void aDatabaseWithoutNullsOrderingRefusesItOnACompoundSelect() {
        SqlRenderer emulating = new SqlRenderer() {
            @Override
            protected boolean nativeNullsOrdering() {
                return false;
            }
        };
        Select a = Select.of(TableRef.of("a", "a"), ColumnRef.of("a", "x"));
        CompoundSelect ordered = CompoundSelect.of(SetOperator.UNION, false, a, a)
                .withOrderBy(OrderItem.asc(Literal.of(1)).withNulls(OrderItem.Nulls.LAST));
        assertThatThrownBy(() -> emulating.render(ordered)).isInstanceOf(AthanorException.class)
                .hasMessageContaining("ATH-1008").hasMessageContaining("NULLS LAST");
    }
}
