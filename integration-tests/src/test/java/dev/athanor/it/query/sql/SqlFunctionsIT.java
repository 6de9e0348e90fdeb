package dev.athanor.it.query.sql;

import static dev.athanor.core.sql.ast.StandardFunction.Function.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.StandardFunction;
import dev.athanor.core.sql.ast.TableRef;
import dev.athanor.core.sql.render.RenderedSql;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JPQL's functions rendered by the dialect the engine connected with and run on real SQLite and
 * MariaDB: both databases must give the same values.
 */
class SqlFunctionsIT {

    @TempDir
    Path tempDir;

    /** One row: s 'abcb', n 7, r -7.5, d 2024-05-10, ts 2021-01-01 13:45:30.25. */
    record Fixture(TestDatabase db, Engine engine, Dialect dialect) implements AutoCloseable {

        /** The value of the expression over the row, whole numbers and decimals as BigDecimal, dates as ISO text. */
        Object value(Expression expression) {
            RenderedSql sql = dialect.renderer().render(Select.of(TableRef.of("fn_row", "t"), expression));
            return normal(engine.execute(sql.sql(), sql.parameters()).scalar());
        }

        @Override
        public void close() {
            db.close();
        }
    }

    static Fixture setUp(Target target, Path tempDir) {
        TestDatabase db = TestDatabase.open(target, tempDir);
        Engine engine = db.engine();
        engine.execute("drop table if exists fn_row");
        engine.execute(target.isSqlite() ? "create table fn_row (s text, n integer, r real, d text, ts text)"
                : "create table fn_row (s varchar(20), n int, r double, d date, ts datetime(6))");
        engine.execute("insert into fn_row values (?, ?, ?, ?, ?)", "abcb", 7, -7.5, LocalDate.of(2024, 5, 10),
                LocalDateTime.of(2021, 1, 1, 13, 45, 30, 250_000_000));
        return new Fixture(db, engine, Dialect.of(engine));
    }

    static Object normal(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        } else if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        } else if (value instanceof java.sql.Time || value instanceof LocalDate || value instanceof java.time.LocalTime) {
            return value.toString();
        }
        return value;
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

    private static BigDecimal num(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void stringFunctions(Target target) {
        try (Fixture f = setUp(target, tempDir)) {
            assertThat(f.value(f(LOCATE, lit("b"), col("s")))).isEqualTo(num("2"));
            assertThat(f.value(f(LOCATE, lit("b"), col("s"), BindParam.of(3)))).isEqualTo(num("4"));
            assertThat(f.value(f(LOCATE, lit("z"), col("s"), lit(2)))).isEqualTo(num("0"));
            assertThat(f.value(f(LEFT, lit("hello"), lit(2)))).isEqualTo("he");
            assertThat(f.value(f(RIGHT, lit("hello"), BindParam.of(2)))).isEqualTo("lo");
            assertThat(f.value(f(RIGHT, lit("hello"), lit(0)))).isEqualTo("");
            assertThat(f.value(f(SUBSTRING, col("s"), lit(2), lit(2)))).isEqualTo("bc");
            assertThat(f.value(f(SUBSTRING, col("s"), lit(3)))).isEqualTo("cb");
            assertThat(f.value(f(CONCAT, col("s"), lit("-"), BindParam.of("x")))).isEqualTo("abcb-x");
            assertThat(f.value(f(CONCAT, col("s"), Literal.NULL))).isNull();
            assertThat(f.value(f(REPLACE, col("s"), lit("b"), lit("X")))).isEqualTo("aXcX");
            assertThat(f.value(f(TRIM_BOTH, lit("x"), lit("xxhixx")))).isEqualTo("hi");
            assertThat(f.value(f(TRIM_LEADING, BindParam.of("x"), lit("xxhixx")))).isEqualTo("hixx");
            assertThat(f.value(f(TRIM_TRAILING, lit("x"), lit("xxhixx")))).isEqualTo("xxhi");
            assertThat(f.value(f(UPPER, col("s")))).isEqualTo("ABCB");
            assertThat(f.value(f(LOWER, lit("AbC")))).isEqualTo("abc");
            assertThat(f.value(f(LENGTH, BindParam.of("héllo")))).isEqualTo(num("5"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void arithmeticFunctions(Target target) {
        try (Fixture f = setUp(target, tempDir)) {
            assertThat(f.value(f(ABS, col("r")))).isEqualTo(num("7.5"));
            assertThat(f.value(f(MOD, col("n"), lit(3)))).isEqualTo(num("1"));
            assertThat(f.value(f(MOD, lit(-7), lit(3)))).isEqualTo(num("-1"));
            assertThat(f.value(f(CEILING, col("r")))).isEqualTo(num("-7"));
            assertThat(f.value(f(FLOOR, col("r")))).isEqualTo(num("-8"));
            assertThat(f.value(f(SQRT, lit(16)))).isEqualTo(num("4"));
            assertThat(f.value(f(EXP, lit(0)))).isEqualTo(num("1"));
            assertThat(f.value(f(LN, lit(1)))).isEqualTo(num("0"));
            assertThat(f.value(f(POWER, lit(2), lit(10)))).isEqualTo(num("1024"));
            assertThat(f.value(f(ROUND, lit(new BigDecimal("2.567")), lit(2)))).isEqualTo(num("2.57"));
            assertThat(f.value(f(SIGN, col("r")))).isEqualTo(num("-1"));
            assertThat(f.value(f(INTEGER_DIVIDE, col("n"), lit(2)))).isEqualTo(num("3"));
            assertThat(f.value(f(INTEGER_DIVIDE, col("r"), lit(2)))).isEqualTo(num("-3"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void casts(Target target) {
        try (Fixture f = setUp(target, tempDir)) {
            assertThat(f.value(f(CAST_STRING, col("n")))).isEqualTo("7");
            assertThat(f.value(f(CAST_INTEGER, lit("42")))).isEqualTo(num("42"));
            assertThat(f.value(f(CAST_LONG, BindParam.of("-12")))).isEqualTo(num("-12"));
            assertThat(f.value(f(CAST_DOUBLE, lit("1.5")))).isEqualTo(num("1.5"));
            assertThat(f.value(f(CAST_BIG_DECIMAL, lit("1.25")))).isEqualTo(num("1.25"));
            assertThat(f.value(f(CAST_BIG_INTEGER, lit("123456789012")))).isEqualTo(num("123456789012"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void dateAndTimeFields(Target target) {
        try (Fixture f = setUp(target, tempDir)) {
            assertThat(f.value(f(EXTRACT_YEAR, col("d")))).isEqualTo(num("2024"));
            assertThat(f.value(f(EXTRACT_QUARTER, col("d")))).isEqualTo(num("2"));
            assertThat(f.value(f(EXTRACT_MONTH, col("d")))).isEqualTo(num("5"));
            assertThat(f.value(f(EXTRACT_DAY, col("d")))).isEqualTo(num("10"));
            assertThat(f.value(f(EXTRACT_HOUR, col("ts")))).isEqualTo(num("13"));
            assertThat(f.value(f(EXTRACT_MINUTE, col("ts")))).isEqualTo(num("45"));
            assertThat(f.value(f(EXTRACT_SECOND, col("ts")))).isEqualTo(num("30.25"));
            assertThat(f.value(f(EXTRACT_WEEK, col("ts")))).isEqualTo(num("53"));
            assertThat(f.value(f(EXTRACT_DATE, col("ts")))).isEqualTo("2021-01-01");
            assertThat(f.value(f(EXTRACT_TIME, col("ts")))).isEqualTo("13:45:30");
            for (LocalDate day = LocalDate.of(2020, 12, 25); day.isBefore(LocalDate.of(2021, 1, 12));
                 day = day.plusDays(1)) {
                assertThat(f.value(f(EXTRACT_WEEK, BindParam.of(day)))).as(day.toString())
                        .isEqualTo(num(String.valueOf(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void currentDateAndTimeCompareWithStoredValues(Target target) {
        try (Fixture f = setUp(target, tempDir)) {
            assertThat(f.value(f(CURRENT_DATE))).isEqualTo(LocalDate.now().toString());
            assertThat(f.value(new Comparison(col("d"), Comparison.Operator.LT, f(CURRENT_DATE))))
                    .isEqualTo(num("1"));
            assertThat(f.value(new Comparison(col("ts"), Comparison.Operator.LT, f(CURRENT_TIMESTAMP))))
                    .isEqualTo(num("1"));
            assertThat(f.value(new Comparison(BindParam.of(LocalDateTime.now().plusHours(1)), Comparison.Operator.GT,
                    f(CURRENT_TIMESTAMP)))).isEqualTo(num("1"));
            assertThat(f.value(new Comparison(BindParam.of(LocalDate.now()), Comparison.Operator.EQ,
                    f(CURRENT_DATE)))).isEqualTo(num("1"));
        }
    }
}
