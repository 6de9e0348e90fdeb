package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.CriteriaFixture.CB;
import static dev.athanor.jpa.criteria.CriteriaFixture.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.jpa.criteria.Shop.Status;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.LocalDateTimeField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriteriaBuilderFunctionsTest {

    private final CriteriaBuilder cb = CB;

    @Test
    void aggregates() {
        assertThat(select(p -> cb.count(p))).isEqualTo("COUNT(generatedAlias0)");
        assertThat(select(p -> cb.countDistinct(p.get("note")))).isEqualTo("COUNT(DISTINCT generatedAlias0.note)");
        assertThat(select(p -> cb.sum(p.<BigDecimal>get("total")))).isEqualTo("SUM(generatedAlias0.total)");
        assertThat(select(p -> cb.sumAsLong(p.get("quantity")))).isEqualTo("SUM(generatedAlias0.quantity)");
        assertThat(select(p -> cb.avg(p.<Integer>get("quantity")))).isEqualTo("AVG(generatedAlias0.quantity)");
        assertThat(select(p -> cb.max(p.<Integer>get("quantity")))).isEqualTo("MAX(generatedAlias0.quantity)");
        assertThat(select(p -> cb.min(p.<Integer>get("quantity")))).isEqualTo("MIN(generatedAlias0.quantity)");
        assertThat(select(p -> cb.greatest(p.<String>get("note")))).isEqualTo("MAX(generatedAlias0.note)");
        assertThat(select(p -> cb.least(p.<LocalDate>get("placedOn")))).isEqualTo("MIN(generatedAlias0.placedOn)");
        assertThat(cb.count(cb.literal(1)).getJavaType()).isEqualTo(Long.class);
        assertThat(cb.avg(cb.literal(1)).getJavaType()).isEqualTo(Double.class);
    }

    @Test
    void arithmetic() {
        assertThat(select(p -> cb.sum(p.<Integer>get("quantity"), 1))).isEqualTo("generatedAlias0.quantity + 1");
        assertThat(select(p -> cb.diff(10, p.<Integer>get("quantity")))).isEqualTo("10 - generatedAlias0.quantity");
        assertThat(select(p -> cb.prod(cb.sum(p.<Integer>get("quantity"), 1), p.<Integer>get("quantity"))))
                .isEqualTo("(generatedAlias0.quantity + 1) * generatedAlias0.quantity");
        assertThat(select(p -> cb.quot(p.<Integer>get("quantity"), 2))).isEqualTo("generatedAlias0.quantity / 2");
        assertThat(select(p -> cb.mod(p.get("quantity"), 3))).isEqualTo("MOD(generatedAlias0.quantity, 3)");
        assertThat(select(p -> cb.neg(p.<Integer>get("quantity")))).isEqualTo("-generatedAlias0.quantity");
        assertThat(select(p -> cb.abs(p.<Integer>get("quantity")))).isEqualTo("ABS(generatedAlias0.quantity)");
        assertThat(select(p -> cb.sqrt(p.<Integer>get("quantity")))).isEqualTo("SQRT(generatedAlias0.quantity)");
        assertThat(select(p -> cb.ceiling(p.<BigDecimal>get("total")))).isEqualTo("CEILING(generatedAlias0.total)");
        assertThat(select(p -> cb.floor(p.<BigDecimal>get("total")))).isEqualTo("FLOOR(generatedAlias0.total)");
        assertThat(select(p -> cb.exp(p.<Integer>get("quantity")))).isEqualTo("EXP(generatedAlias0.quantity)");
        assertThat(select(p -> cb.ln(p.<Integer>get("quantity")))).isEqualTo("LN(generatedAlias0.quantity)");
        assertThat(select(p -> cb.power(p.<Integer>get("quantity"), 2))).isEqualTo("POWER(generatedAlias0.quantity, 2)");
        assertThat(select(p -> cb.round(p.<BigDecimal>get("total"), 2))).isEqualTo("ROUND(generatedAlias0.total, 2)");
        assertThat(select(p -> cb.sign(p.<BigDecimal>get("total")))).isEqualTo("SIGN(generatedAlias0.total)");
    }

    @Test
    void castsConvertWhereTheTypeChanges() {
        assertThat(select(p -> cb.toLong(p.get("quantity")))).isEqualTo("CAST(generatedAlias0.quantity AS Long)");
        assertThat(select(p -> cb.toInteger(p.get("total")))).isEqualTo("CAST(generatedAlias0.total AS Integer)");
        assertThat(select(p -> cb.toDouble(p.get("total")))).isEqualTo("CAST(generatedAlias0.total AS Double)");
        assertThat(select(p -> cb.toFloat(p.get("total")))).isEqualTo("CAST(generatedAlias0.total AS Float)");
        assertThat(select(p -> cb.toBigDecimal(p.get("quantity")))).isEqualTo("CAST(generatedAlias0.quantity AS BigDecimal)");
        assertThat(select(p -> cb.toBigInteger(p.get("quantity")))).isEqualTo("CAST(generatedAlias0.quantity AS BigInteger)");
        assertThat(select(p -> p.get("quantity").as(String.class))).isEqualTo("CAST(generatedAlias0.quantity AS String)");
        assertThat(select(p -> p.get("quantity").cast(Long.class))).isEqualTo("CAST(generatedAlias0.quantity AS Long)");
        assertThat(select(p -> p.get("quantity").as(Integer.class))).isEqualTo("generatedAlias0.quantity");
        assertThat(select(p -> p.get("quantity").as(Number.class))).isEqualTo("generatedAlias0.quantity");
        assertThat(cb.toLong(cb.literal(1)).getJavaType()).isEqualTo(Long.class);
        assertThatThrownBy(() -> cb.literal(1).cast(List.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JPQL cannot CAST to java.util.List");
    }

    @Test
    void strings() {
        assertThat(select(p -> cb.concat(p.get("note"), "!"))).isEqualTo("CONCAT(generatedAlias0.note, '!')");
        assertThat(select(p -> cb.concat(List.of(p.get("note"), cb.literal("-"), p.get("customer").get("name")))))
                .isEqualTo("CONCAT(generatedAlias0.note, '-', generatedAlias0.customer.name)");
        assertThat(select(p -> cb.substring(p.get("note"), 2))).isEqualTo("SUBSTRING(generatedAlias0.note, 2)");
        assertThat(select(p -> cb.substring(p.get("note"), 2, 3))).isEqualTo("SUBSTRING(generatedAlias0.note, 2, 3)");
        assertThat(select(p -> cb.trim(p.get("note")))).isEqualTo("TRIM(BOTH FROM generatedAlias0.note)");
        assertThat(select(p -> cb.trim(CriteriaBuilder.Trimspec.LEADING, 'x', p.get("note"))))
                .isEqualTo("TRIM(LEADING 'x' FROM generatedAlias0.note)");
        assertThat(select(p -> cb.lower(p.get("note")))).isEqualTo("LOWER(generatedAlias0.note)");
        assertThat(select(p -> cb.upper(p.get("note")))).isEqualTo("UPPER(generatedAlias0.note)");
        assertThat(select(p -> cb.length(p.get("note")))).isEqualTo("LENGTH(generatedAlias0.note)");
        assertThat(select(p -> cb.locate(p.get("note"), "a"))).isEqualTo("LOCATE('a', generatedAlias0.note)");
        assertThat(select(p -> cb.locate(p.get("note"), "a", 2))).isEqualTo("LOCATE('a', generatedAlias0.note, 2)");
        assertThat(select(p -> cb.left(p.get("note"), 2))).isEqualTo("LEFT(generatedAlias0.note, 2)");
        assertThat(select(p -> cb.right(p.get("note"), cb.literal(2)))).isEqualTo("RIGHT(generatedAlias0.note, 2)");
        assertThat(select(p -> cb.replace(p.get("note"), "a", "b"))).isEqualTo("REPLACE(generatedAlias0.note, 'a', 'b')");
    }

    @Test
    void datesAndTimes() {
        assertThat(select(p -> cb.currentDate())).isEqualTo("CURRENT_DATE");
        assertThat(select(p -> cb.currentTime())).isEqualTo("CURRENT_TIME");
        assertThat(select(p -> cb.currentTimestamp())).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(select(p -> cb.localDate())).isEqualTo("LOCAL DATE");
        assertThat(select(p -> cb.localTime())).isEqualTo("LOCAL TIME");
        assertThat(select(p -> cb.localDateTime())).isEqualTo("LOCAL DATETIME");
        assertThat(select(p -> cb.extract(LocalDateField.YEAR, p.get("placedOn"))))
                .isEqualTo("EXTRACT(YEAR FROM generatedAlias0.placedOn)");
        Expression<?> date = cb.extract(LocalDateTimeField.DATE, cb.localDateTime());
        assertThat(date.getJavaType()).isEqualTo(LocalDate.class);
        assertThat(cb.extract(LocalDateTimeField.SECOND, cb.localDateTime()).getJavaType()).isEqualTo(Double.class);
    }

    @Test
    void caseCoalesceNullifAndFunction() {
        assertThat(select(p -> cb.selectCase().when(cb.gt(p.get("quantity"), 10), "many")
                .when(cb.gt(p.get("quantity"), 1), cb.literal("some")).otherwise("one")))
                .isEqualTo("CASE WHEN generatedAlias0.quantity > 10 THEN 'many' WHEN generatedAlias0.quantity > 1"
                        + " THEN 'some' ELSE 'one' END");
        assertThat(select(p -> cb.<Status, Integer>selectCase(p.get("status")).when(Status.NEW, 0)
                .when(Status.PAID, 1).otherwise(cb.literal(-1))))
                .isEqualTo("CASE generatedAlias0.status WHEN " + Status.class.getName().replace('$', '.') + ".NEW THEN 0"
                        + " WHEN " + Status.class.getName().replace('$', '.') + ".PAID THEN 1 ELSE -1 END");
        assertThat(select(p -> cb.coalesce(p.get("note"), "none"))).isEqualTo("COALESCE(generatedAlias0.note, 'none')");
        assertThat(select(p -> cb.<String>coalesce().value(p.get("note")).value(p.get("customer").get("name"))
                .value("?"))).isEqualTo("COALESCE(generatedAlias0.note, generatedAlias0.customer.name, '?')");
        assertThat(select(p -> cb.nullif(p.get("note"), ""))).isEqualTo("NULLIF(generatedAlias0.note, '')");
        assertThat(select(p -> cb.function("soundex", String.class, p.get("note"))))
                .isEqualTo("FUNCTION('soundex', generatedAlias0.note)");
        assertThat(cb.selectCase().when(cb.conjunction(), 1L).getJavaType()).isEqualTo(Long.class);
    }

    @Test
    void literalsAndSizes() {
        assertThat(select(p -> cb.size(p.get("lines")))).isEqualTo("SIZE(generatedAlias0.lines)");
        assertThat(select(p -> cb.size(List.of(1, 2)))).isEqualTo("2");
        assertThat(select(p -> cb.nullLiteral(String.class))).isEqualTo("NULL");
        assertThat(cb.nullLiteral(String.class).getJavaType()).isEqualTo(String.class);
        assertThatThrownBy(() -> cb.literal(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nullLiteral");
    }
}
