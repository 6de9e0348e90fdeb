package dev.athanor.core.dialect.sqlite;

import static dev.athanor.core.sql.ast.StandardFunction.Function.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.error.AthanorException;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.render.RenderedSql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each JPQL function as SQLite spells it, run on a real SQLite file: the text written and the value returned. */
class SqliteFunctionsTest {

    private static final SqliteRenderer CURRENT = new SqliteDialect().renderer();
    private static final SqliteRenderer OLD = new SqliteDialect()
            .forServer(ServerInfo.of("SQLite", "3.31.1", null, "SQLite JDBC", "3.31.1")).renderer();

    @TempDir
    Path directory;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("functions.db"));
        try (var statement = connection.createStatement()) {
            statement.execute("create table t (s text, n integer, r real, d text, ts text)");
            statement.execute("insert into t values ('abcb', 7, -7.5, '2024-05-10', '2021-01-01 13:45:30.250')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static StandardFunction f(StandardFunction.Function function, Expression... args) {
        return StandardFunction.of(function, args);
    }

    private static Literal lit(Object value) {
        return Literal.of(value);
    }

    private static ColumnRef col(String name) {
        return ColumnRef.of("t", name);
    }

    /** The value of the expression over the one row of t, rendered by {@code renderer}, binds bound as Athanor binds them. */
    private Object value(SqliteRenderer renderer, Expression expression) throws SQLException {
        RenderedSql sql = renderer.render(Select.of(TableRef.of("t", "t"), expression));
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
            Object[] parameters = sql.parameters();
            for (int i = 0; i < parameters.length; i++) {
                SqliteParameterBinder.INSTANCE.bind(statement, i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getObject(1);
            }
        }
    }

    private Object value(Expression expression) throws SQLException {
        return value(CURRENT, expression);
    }

    @Test
    void locateFindsFromTheStartPositionAndGivesZeroWhenAbsent() throws SQLException {
        assertThat(CURRENT.render(f(LOCATE, lit("b"), col("s"))).sql()).isEqualTo("instr(\"t\".\"s\", 'b')");
        assertThat(value(f(LOCATE, lit("b"), col("s")))).isEqualTo(2);
        assertThat(value(f(LOCATE, lit("b"), lit("abcb"), lit(3)))).isEqualTo(4);
        assertThat(value(f(LOCATE, lit("b"), col("s"), BindParam.of(3)))).isEqualTo(4);
        assertThat(value(f(LOCATE, lit("b"), col("s"), lit(5)))).isEqualTo(0);
        assertThat(value(f(LOCATE, lit("z"), col("s"), lit(1)))).isEqualTo(0);
        assertThat(value(f(LOCATE, lit("a"), col("s"), lit(0)))).isEqualTo(0);
        assertThat(value(f(LOCATE, Literal.NULL, col("s"), lit(1)))).isNull();
    }

    @Test
    void stringFunctions() throws SQLException {
        assertThat(value(f(LEFT, lit("hello"), lit(2)))).isEqualTo("he");
        assertThat(value(f(RIGHT, lit("hello"), lit(2)))).isEqualTo("lo");
        assertThat(value(f(RIGHT, lit("hello"), lit(0)))).isEqualTo("");
        assertThat(value(f(RIGHT, lit("hi"), BindParam.of(5)))).isEqualTo("hi");
        assertThat(value(f(SUBSTRING, lit("hello"), lit(2), lit(3)))).isEqualTo("ell");
        assertThat(value(f(SUBSTRING, lit("hello"), lit(3)))).isEqualTo("llo");
        assertThat(value(f(CONCAT, col("s"), lit("-"), BindParam.of("x")))).isEqualTo("abcb-x");
        assertThat(value(f(CONCAT, col("s"), Literal.NULL))).isNull();
        assertThat(value(f(REPLACE, col("s"), lit("b"), lit("X")))).isEqualTo("aXcX");
        assertThat(value(f(TRIM_BOTH, lit("x"), lit("xxhixx")))).isEqualTo("hi");
        assertThat(value(f(TRIM_LEADING, lit("x"), lit("xxhixx")))).isEqualTo("hixx");
        assertThat(value(f(TRIM_TRAILING, BindParam.of("x"), lit("xxhixx")))).isEqualTo("xxhi");
        assertThat(value(f(UPPER, col("s")))).isEqualTo("ABCB");
        assertThat(value(f(LOWER, lit("AbC")))).isEqualTo("abc");
        assertThat(value(f(LENGTH, lit("héllo")))).isEqualTo(5);
    }

    @Test
    void arithmeticFunctions() throws SQLException {
        assertThat(value(f(ABS, col("r")))).isEqualTo(7.5);
        assertThat(value(f(MOD, col("n"), lit(3)))).isEqualTo(1);
        assertThat(value(f(MOD, lit(-7), lit(3)))).isEqualTo(-1);
        assertThat(((Number) value(f(CEILING, col("r")))).doubleValue()).isEqualTo(-7.0);
        assertThat(((Number) value(f(FLOOR, col("r")))).doubleValue()).isEqualTo(-8.0);
        assertThat(((Number) value(f(CEILING, lit(1.2)))).doubleValue()).isEqualTo(2.0);
        assertThat((Double) value(f(SQRT, lit(16)))).isEqualTo(4.0);
        assertThat((Double) value(f(EXP, lit(0)))).isEqualTo(1.0);
        assertThat((Double) value(f(LN, lit(1)))).isEqualTo(0.0);
        assertThat((Double) value(f(POWER, lit(2), lit(10)))).isEqualTo(1024.0);
        assertThat(value(f(ROUND, lit(2.567), lit(2)))).isEqualTo(2.57);
        assertThat(value(f(ROUND, lit(2.5)))).isEqualTo(3.0);
        assertThat(value(f(SIGN, col("r")))).isEqualTo(-1);
        assertThat(value(f(INTEGER_DIVIDE, col("n"), lit(2)))).isEqualTo(3);
        assertThat(value(f(INTEGER_DIVIDE, col("r"), lit(2)))).isEqualTo(-3);
        assertThat(value(f(INTEGER_DIVIDE, lit(-7), lit(2)))).isEqualTo(-3);
    }

    @Test
    void beforeTheMathFunctionsCeilingFloorAndSignAreComputedAndTheOthersRefused() throws SQLException {
        assertThat(OLD.render(f(CEILING, col("r"))).sql()).doesNotContain("ceil(");
        assertThat(((Number) value(OLD, f(CEILING, col("r")))).doubleValue()).isEqualTo(-7.0);
        assertThat(((Number) value(OLD, f(FLOOR, col("r")))).doubleValue()).isEqualTo(-8.0);
        assertThat(((Number) value(OLD, f(CEILING, lit(1.2)))).doubleValue()).isEqualTo(2.0);
        assertThat(((Number) value(OLD, f(FLOOR, lit(3)))).doubleValue()).isEqualTo(3.0);
        assertThat(value(OLD, f(SIGN, col("r")))).isEqualTo(-1);
        assertThat(value(OLD, f(SIGN, lit(0)))).isEqualTo(0);
        assertThatThrownBy(() -> OLD.render(f(LN, col("r"))))
                .isInstanceOf(AthanorException.class)
                .hasMessageContaining("ATH-1008").hasMessageContaining("LN").hasMessageContaining("3.35");
    }

    @Test
    void castsToSqliteStorageClasses() throws SQLException {
        assertThat(value(f(CAST_STRING, col("n")))).isEqualTo("7");
        assertThat(value(f(CAST_INTEGER, lit("42")))).isEqualTo(42);
        assertThat(value(f(CAST_LONG, col("r")))).isEqualTo(-7);
        assertThat(value(f(CAST_DOUBLE, lit("1.5")))).isEqualTo(1.5);
        assertThat(value(f(CAST_BIG_DECIMAL, lit("1.25")))).isEqualTo(1.25);
    }

    @Test
    void dateFieldsOfStoredIsoText() throws SQLException {
        assertThat(value(f(EXTRACT_YEAR, col("d")))).isEqualTo(2024);
        assertThat(value(f(EXTRACT_QUARTER, col("d")))).isEqualTo(2);
        assertThat(value(f(EXTRACT_MONTH, col("d")))).isEqualTo(5);
        assertThat(value(f(EXTRACT_DAY, col("d")))).isEqualTo(10);
        assertThat(value(f(EXTRACT_HOUR, col("ts")))).isEqualTo(13);
        assertThat(value(f(EXTRACT_MINUTE, col("ts")))).isEqualTo(45);
        assertThat(value(f(EXTRACT_SECOND, col("ts")))).isEqualTo(30.25);
        assertThat(value(f(EXTRACT_SECOND, col("d")))).isEqualTo(0.0);
        assertThat(value(f(EXTRACT_DATE, col("ts")))).isEqualTo("2021-01-01");
        assertThat(value(f(EXTRACT_TIME, col("ts")))).isEqualTo("13:45:30");
        assertThat(value(f(EXTRACT_QUARTER, BindParam.of(LocalDate.of(2024, 12, 31))))).isEqualTo(4);
        assertThat(value(f(EXTRACT_HOUR, BindParam.of(LocalTime.of(9, 15))))).isEqualTo(9);
    }

    @Test
    void isoWeeksAcrossYearEnds() throws SQLException {
        // 2021-01-01 is a Friday of 2020's week 53; 2024-12-30 a Monday of 2025's week 1
        assertThat(value(f(EXTRACT_WEEK, col("ts")))).isEqualTo(53);
        assertThat(value(f(EXTRACT_WEEK, BindParam.of(LocalDate.of(2024, 12, 30))))).isEqualTo(1);
        for (LocalDate day = LocalDate.of(2019, 12, 20); day.isBefore(LocalDate.of(2027, 1, 15)); day = day.plusDays(1)) {
            int iso = day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            assertThat(value(f(EXTRACT_WEEK, BindParam.of(day)))).as(day.toString()).isEqualTo(iso);
        }
    }

    @Test
    void currentDateAndTimeCompareWithStoredLocalValues() throws SQLException {
        LocalDate today = LocalDate.now();
        assertThat(value(f(CURRENT_DATE))).isEqualTo(today.toString());
        String now = (String) value(f(CURRENT_TIMESTAMP));
        LocalDateTime parsed = LocalDateTime.parse(now.replace(' ', 'T'));
        assertThat(parsed).isBetween(LocalDateTime.now().minusMinutes(1), LocalDateTime.now().plusMinutes(1));
        // stored values as Athanor binds them compare as text with the current ones
        assertThat(value(new Comparison(BindParam.of(LocalDateTime.now().minusHours(1)), Comparison.Operator.LT,
                f(CURRENT_TIMESTAMP)))).isEqualTo(1);
        assertThat(value(new Comparison(BindParam.of(today), Comparison.Operator.EQ, f(CURRENT_DATE)))).isEqualTo(1);
        assertThat(value(new Comparison(BindParam.of(LocalTime.now().minusSeconds(5).withNano(0)),
                Comparison.Operator.LE, f(CURRENT_TIME)))).isEqualTo(1);
    }
}
