package dev.athanor.core.query.compile;

import static dev.athanor.core.query.compile.CompilerFixture.compile;
import static dev.athanor.core.query.compile.CompilerFixture.error;
import static dev.athanor.core.query.compile.CompilerFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.QueryPlan.ResultItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Result types of expressions, functions and aggregates ({@link Types}, {@link Functions}), and type errors. */
class TypingTest {

    private static List<Class<?>> types(String jpql) {
        return compile(jpql).items().stream().<Class<?>>map(ResultItem::javaType).toList();
    }

    @Test
    void arithmeticPromotesAsTheSpecificationSays() {
        assertThat(types("SELECT p.rank + 1, o.items * 2, o.items + p.weight, o.total - o.items, o.items + 1000000000000,"
                + " -p.rank FROM Product p, Order o")).containsExactly(Integer.class, Integer.class, Double.class,
                BigDecimal.class, Long.class, Integer.class);
    }

    @Test
    void integralDivisionIsIntegerDivision() {
        assertThat(types("SELECT o.items / 2, p.weight / 2 FROM Order o, Product p"))
                .containsExactly(Integer.class, Double.class);
        assertThat(compile("SELECT o.items / 2 FROM Order o").statement().toString()).contains("INTEGER_DIVIDE");
    }

    @Test
    void aggregatesHaveTheSpecificationsResultTypes() {
        assertThat(types("SELECT COUNT(o), COUNT(DISTINCT o.status), AVG(o.items), SUM(o.items), SUM(p.weight),"
                + " SUM(o.total), MIN(o.placed), MAX(o.status) FROM Order o, Product p"))
                .containsExactly(Long.class, Long.class, Double.class, Long.class, Double.class, BigDecimal.class,
                        LocalDate.class, Shop.Status.class);
        // MAX of an enum reads as the enum, converted as the attribute
        assertThat(((ResultItem.Value) compile("SELECT MAX(o.status) FROM Order o").items().get(0)).attribute())
                .isNotNull();
        assertThat(sql("SELECT COUNT(DISTINCT o.customer) FROM Order o"))
                .isEqualTo("SELECT COUNT(DISTINCT \"o1\".\"customer_id\") FROM \"orders\" \"o1\"");
    }

    @Test
    void functionsHaveTheirResultTypes() {
        assertThat(types("SELECT LENGTH(c.fullname), LOCATE('a', c.fullname), UPPER(c.fullname), SUBSTRING(c.fullname,"
                + " 1, 2), TRIM(LEADING 'x' FROM c.fullname), CONCAT(c.fullname, '!'), c.fullname || '?',"
                + " LEFT(c.fullname, 2), REPLACE(c.fullname, 'a', 'b'), SIZE(c.orders) FROM Customer c"))
                .containsExactly(Integer.class, Integer.class, String.class, String.class, String.class, String.class,
                        String.class, String.class, String.class, Integer.class);
        assertThat(types("SELECT ABS(p.rank), ABS(p.weight), SQRT(p.rank), MOD(o.items, 3), CEILING(o.total),"
                + " FLOOR(p.weight), EXP(1), LN(p.weight), POWER(p.weight, 2), ROUND(o.total, 1), SIGN(p.weight)"
                + " FROM Product p, Order o")).containsExactly(Integer.class, Double.class, Double.class, Integer.class,
                BigDecimal.class, Double.class, Double.class, Double.class, Double.class, BigDecimal.class,
                Integer.class);
    }

    @Test
    void temporalFunctionsCastsAndExtract() {
        assertThat(types("SELECT CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP, LOCAL DATE, LOCAL TIME, LOCAL DATETIME"
                + " FROM Order o")).containsExactly(java.sql.Date.class, java.sql.Time.class, java.sql.Timestamp.class,
                LocalDate.class, LocalTime.class, LocalDateTime.class);
        assertThat(types("SELECT EXTRACT(YEAR FROM o.placed), EXTRACT(SECOND FROM LOCAL DATETIME),"
                + " EXTRACT(DATE FROM LOCAL DATETIME), CAST(o.items AS String), CAST(c.fullname AS Integer)"
                + " FROM Order o JOIN o.customer c")).containsExactly(Integer.class, Double.class, LocalDate.class,
                String.class, Integer.class);
        assertThat(error("SELECT EXTRACT(YEAR FROM o.items) FROM Order o").getMessage())
                .contains("EXTRACT takes a date, time or timestamp, not a value of type Integer");
    }

    @Test
    void caseCoalesceAndNullifHaveTheirBranchesCommonType() {
        assertThat(types("SELECT CASE WHEN o.items > 1 THEN o.items ELSE 0 END, COALESCE(o.total, 0),"
                + " NULLIF(c.fullname, ''), CASE o.status WHEN dev.athanor.core.query.compile.Shop.Status.OPEN THEN 'o'"
                + " ELSE 'x' END FROM Order o JOIN o.customer c"))
                .containsExactly(Integer.class, BigDecimal.class, String.class, String.class);
        assertThat(sql("SELECT CASE o.status WHEN dev.athanor.core.query.compile.Shop.Status.OPEN THEN 1 ELSE 0 END"
                + " FROM Order o")).isEqualTo("SELECT CASE \"o1\".\"status\" WHEN 'OPEN' THEN 1 ELSE 0 END FROM"
                + " \"orders\" \"o1\"");
        assertThat(error("SELECT CASE WHEN o.items > 1 THEN o.items ELSE 'none' END FROM Order o").getMessage())
                .contains("CASE results of incompatible types Integer and String");
    }

    @Test
    void comparingIncompatibleTypesNamesBothAndWhere() {
        QueryException e = error("SELECT o FROM Order o WHERE o.total = 'big'");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_TYPE);
        assertThat(e.getMessage()).contains("Cannot compare a value of type BigDecimal with a value of type String",
                "line 1, column 29");
        assertThat(error("SELECT o FROM Order o WHERE o.customer = o").getMessage())
                .contains("entity Customer with a value of type entity Order");
        assertThat(error("SELECT o FROM Order o WHERE o.customer = 1").getMessage())
                .contains("entity Customer with a value of type Integer");
        assertThat(error("SELECT o FROM Order o WHERE o.items IN (1, 'two')").getMessage())
                .contains("Integer with a value of type String");
        assertThat(error("SELECT o FROM Order o WHERE o.customer < o.customer").getMessage())
                .contains("compared with = and <> only");
    }

    @Test
    void aBooleanAttributeIsComparedNotUsedAsACondition() {
        assertThat(sql("SELECT c.id FROM Customer c WHERE c.active = TRUE"))
                .isEqualTo("SELECT \"c1\".\"id\" FROM \"Customer\" \"c1\" WHERE \"c1\".\"active\" = TRUE");
        QueryException e = error("SELECT c FROM Customer c WHERE c.active");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_TYPE);
        assertThat(e.getMessage()).contains("A condition is expected here", "write c.active = TRUE");
    }

    @Test
    void arithmeticOnAStringIsATypeError() {
        assertThat(error("SELECT c.fullname + 1 FROM Customer c").getMessage())
                .contains("A number is expected here, but the operand is of type String");
        assertThat(error("SELECT UPPER(c.id) FROM Customer c").getMessage())
                .contains("A string is expected here, but the operand is of type Long");
    }

    @Test
    void databaseFunctionsAreCalledAsNamedWhenTheNameIsAPlainWord() {
        assertThat(sql("SELECT FUNCTION('hex', c.fullname) FROM Customer c"))
                .isEqualTo("SELECT hex(\"c1\".\"fullname\") FROM \"Customer\" \"c1\"");
        assertThat(error("SELECT FUNCTION('drop table x;--', c.id) FROM Customer c").getMessage())
                .contains("names no plain SQL function");
    }

    @Test
    void idAndVersionReadTheirColumns() {
        assertThat(sql("SELECT ID(o), VERSION(o), ID(o.customer) FROM Order o"))
                .isEqualTo("SELECT \"o1\".\"id\", \"o1\".\"version\", \"o1\".\"customer_id\" FROM \"orders\" \"o1\"");
        assertThat(error("SELECT VERSION(c) FROM Customer c").getMessage())
                .contains("Customer has no @Version attribute");
    }
}
