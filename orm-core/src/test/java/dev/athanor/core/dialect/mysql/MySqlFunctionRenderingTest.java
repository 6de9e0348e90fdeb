package dev.athanor.core.dialect.mysql;

import static dev.athanor.core.sql.ast.StandardFunction.Function.*;
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
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.QuantifiedComparison;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.ast.TableRef;
import org.junit.jupiter.api.Test;

/** JPQL's functions, ALL/ANY and compound selects as MySQL and MariaDB read them (values: SqlFunctionsIT). */
class MySqlFunctionRenderingTest {

    private static final MySqlRenderer MARIADB = server("MariaDB", "10.11.6-MariaDB");
    private static final MySqlRenderer MARIADB_104 = server("MariaDB", "10.4.32-MariaDB");
    private static final MySqlRenderer MYSQL57 = server("MySQL", "5.7.44");

    private static MySqlRenderer server(String product, String version) {
        return new MySqlDialect().forServer(ServerInfo.of(product, version, null, "MySQL Connector/J", version))
                .renderer();
    }

    private final ColumnRef s = ColumnRef.of("t", "s");
    private final ColumnRef n = ColumnRef.of("t", "n");

    private static String sql(Expression expression) {
        return MARIADB.render(expression).sql();
    }

    private static StandardFunction f(StandardFunction.Function function, Expression... args) {
        return StandardFunction.of(function, args);
    }

    @Test
    void stringFunctionsKeepMySqlNamesAndLengthCountsCharacters() {
        assertThat(sql(f(LOCATE, Literal.of("b"), s, BindParam.of(3)))).isEqualTo("LOCATE('b', `t`.`s`, ?)");
        assertThat(sql(f(CONCAT, s, Literal.of("-")))).isEqualTo("CONCAT(`t`.`s`, '-')");
        assertThat(sql(f(LENGTH, s))).isEqualTo("CHAR_LENGTH(`t`.`s`)");
        assertThat(sql(f(TRIM_TRAILING, BindParam.of("x"), s))).isEqualTo("TRIM(TRAILING ? FROM `t`.`s`)");
        assertThat(sql(f(RIGHT, s, Literal.of(2)))).isEqualTo("RIGHT(`t`.`s`, 2)");
    }

    @Test
    void integerDivisionIsDivAndTheIsoWeekIsModeThree() {
        assertThat(sql(f(INTEGER_DIVIDE, n, Literal.of(2)))).isEqualTo("(`t`.`n` DIV 2)");
        assertThat(sql(f(EXTRACT_WEEK, n))).isEqualTo("WEEK(`t`.`n`, 3)");
        assertThat(sql(f(EXTRACT_YEAR, n))).isEqualTo("EXTRACT(YEAR FROM `t`.`n`)");
        assertThat(sql(f(EXTRACT_TIME, n))).isEqualTo("TIME(`t`.`n`)");
        assertThat(sql(f(EXTRACT_SECOND, n)))
                .isEqualTo("(EXTRACT(SECOND FROM `t`.`n`) + EXTRACT(MICROSECOND FROM `t`.`n`) / 1E6)");
        assertThat(sql(f(CURRENT_TIMESTAMP))).isEqualTo("CURRENT_TIMESTAMP(6)");
    }

    @Test
    void castsToMySqlTypes() {
        assertThat(sql(f(CAST_STRING, n))).isEqualTo("CAST(`t`.`n` AS CHAR)");
        assertThat(sql(f(CAST_LONG, s))).isEqualTo("CAST(`t`.`s` AS SIGNED)");
        assertThat(sql(f(CAST_FLOAT, s))).isEqualTo("CAST(`t`.`s` AS DOUBLE)");
        assertThat(sql(f(CAST_BIG_DECIMAL, s))).isEqualTo("CAST(`t`.`s` AS DECIMAL(65,30))");
    }

    @Test
    void quantifiedComparisonsAreNative() {
        Select ys = Select.of(TableRef.of("b", "b"), ColumnRef.of("b", "y"));
        assertThat(sql(new QuantifiedComparison(n, Comparison.Operator.LE, QuantifiedComparison.Quantifier.ANY, ys)))
                .isEqualTo("`t`.`n` <= ANY (SELECT `b`.`y` FROM `b` `b`)");
    }

    @Test
    void compoundSelectsWhereTheServerHasThem() {
        Select a = Select.of(TableRef.of("a", "a"), ColumnRef.of("a", "x"));
        CompoundSelect intersectAll = CompoundSelect.of(SetOperator.INTERSECT, true, a, a);
        assertThat(MARIADB.render(intersectAll.withOrderBy(OrderItem.asc(Literal.of(1)))
                .withPage(BindParam.of(5), BindParam.of(10))).sql())
                .isEqualTo("SELECT `a`.`x` FROM `a` `a` INTERSECT ALL SELECT `a`.`x` FROM `a` `a` ORDER BY 1"
                        + " LIMIT ? OFFSET ?");
        assertThatThrownBy(() -> MARIADB_104.render(intersectAll)).isInstanceOf(AthanorException.class)
                .hasMessageContaining("INTERSECT ALL").hasMessageContaining("10.5");
        assertThatThrownBy(() -> MYSQL57.render(CompoundSelect.of(SetOperator.EXCEPT, false, a, a)))
                .isInstanceOf(AthanorException.class).hasMessageContaining("EXCEPT")
                .hasMessageContaining("8.0.31");
        assertThat(MYSQL57.render(CompoundSelect.of(SetOperator.UNION, false, a, a)).sql()).contains(" UNION ");
    }
}
