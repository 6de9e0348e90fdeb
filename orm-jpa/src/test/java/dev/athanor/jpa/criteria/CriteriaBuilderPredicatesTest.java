package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.CriteriaFixture.CB;
import static dev.athanor.jpa.criteria.CriteriaFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.jpa.criteria.Shop.PurchaseLine;
import dev.athanor.jpa.criteria.Shop.Status;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriteriaBuilderPredicatesTest {

    private final CriteriaBuilder cb = CB;

    @Test
    void andOrNotKeepTheirStructure() {
        assertThat(where(p -> cb.or(cb.and(cb.gt(p.get("quantity"), 1), cb.lt(p.get("quantity"), 9)),
                cb.not(cb.isNull(p.get("note"))))))
                .isEqualTo("((generatedAlias0.quantity > :param0) AND (generatedAlias0.quantity < :param1))"
                        + " OR (NOT (generatedAlias0.note IS NULL)) {param0=1, param1=9}");
        assertThat(where(p -> cb.isNull(p.get("note")).not())).isEqualTo("NOT (generatedAlias0.note IS NULL)");
        assertThat(where(p -> cb.and(cb.isNotNull(p.get("note"))))).isEqualTo("generatedAlias0.note IS NOT NULL");
    }

    @Test
    void junctionsReportTheirParts() {
        Predicate[] parts = new Predicate[2];
        where(p -> {
            parts[0] = cb.isNull(p.get("note"));
            parts[1] = cb.isNull(p.get("status"));
            Predicate or = cb.or(parts);
            assertThat(or.getOperator()).isEqualTo(Predicate.BooleanOperator.OR);
            assertThat(or.getExpressions()).containsExactly(parts[0], parts[1]);
            assertThat(or.isNegated()).isFalse();
            assertThat(or.not().isNegated()).isTrue();
            assertThat(parts[0].getExpressions()).isEmpty();
            return or;
        });
    }

    @Test
    void conjunctionAndDisjunctionAreConstantConditions() {
        assertThat(where(p -> cb.or(cb.disjunction(), cb.isNull(p.get("note")))))
                .isEqualTo("(1 = 0) OR (generatedAlias0.note IS NULL)");
        assertThat(where(p -> cb.and(cb.conjunction(), cb.isNull(p.get("note")))))
                .isEqualTo("(1 = 1) AND (generatedAlias0.note IS NULL)");
    }

    @Test
    void booleanExpressionsBecomeComparisonsWithTrue() {
        assertThat(where(p -> cb.isTrue(p.get("customer").get("active"))))
                .isEqualTo("generatedAlias0.customer.active = TRUE");
        assertThat(where(p -> cb.isFalse(p.get("customer").get("active"))))
                .isEqualTo("generatedAlias0.customer.active = FALSE");
        assertThat(where(p -> cb.isFalse(cb.isNull(p.get("note"))))).isEqualTo("NOT (generatedAlias0.note IS NULL)");
        assertThat(where(p -> cb.isTrue(cb.isNull(p.get("note"))))).isEqualTo("generatedAlias0.note IS NULL");
        assertThat(where(p -> p.get("customer").get("active")))
                .isEqualTo("generatedAlias0.customer.active = TRUE");
        assertThat(where(p -> cb.not(p.get("customer").get("active"))))
                .isEqualTo("NOT (generatedAlias0.customer.active = TRUE)");
    }

    @Test
    void comparisonsWithValuesExpressionsAndParameters() {
        assertThat(where(p -> cb.equal(p.get("status"), Status.PAID)))
                .isEqualTo("generatedAlias0.status = :param0 {param0=PAID}");
        assertThat(where(p -> cb.notEqual(p.get("note"), p.get("customer").get("name"))))
                .isEqualTo("generatedAlias0.note <> generatedAlias0.customer.name");
        assertThat(where(p -> cb.greaterThanOrEqualTo(p.get("placedOn"), LocalDate.of(2024, 1, 31))))
                .isEqualTo("generatedAlias0.placedOn >= :param0 {param0=2024-01-31}");
        assertThat(where(p -> cb.lessThan(p.<BigDecimal>get("total"), cb.parameter(BigDecimal.class, "max"))))
                .isEqualTo("generatedAlias0.total < :max");
        assertThat(where(p -> cb.le(p.get("quantity"), 5L)))
                .isEqualTo("generatedAlias0.quantity <= :param0 {param0=5}");
        assertThat(where(p -> cb.ge(p.get("quantity"), cb.literal(2))))
                .isEqualTo("generatedAlias0.quantity >= :param0 {param0=2}");
        assertThat(where(p -> p.get("note").equalTo("x"))).isEqualTo("generatedAlias0.note = :param0 {param0=x}");
        assertThat(where(p -> p.get("note").notEqualTo(cb.literal("it's"))))
                .isEqualTo("generatedAlias0.note <> :param0 {param0=it's}");
    }

    @Test
    void between() {
        assertThat(where(p -> cb.between(p.<Integer>get("quantity"), 1, 3)))
                .isEqualTo("generatedAlias0.quantity BETWEEN :param0 AND :param1 {param0=1, param1=3}");
        assertThat(where(p -> cb.between(p.<Integer>get("quantity"), cb.literal(1), p.get("version"))))
                .isEqualTo("generatedAlias0.quantity BETWEEN :param0 AND generatedAlias0.version {param0=1}");
    }

    @Test
    void inListsParametersAndTheBuilderForm() {
        assertThat(where(p -> p.get("quantity").in(1, 2, 3)))
                .isEqualTo("generatedAlias0.quantity IN (:param0, :param1, :param2) {param0=1, param1=2, param2=3}");
        assertThat(where(p -> p.get("quantity").in(List.of(4, 5))))
                .isEqualTo("generatedAlias0.quantity IN (:param0, :param1) {param0=4, param1=5}");
        assertThat(where(p -> cb.in(p.get("status")).value(Status.NEW).value(cb.parameter(Status.class, "s"))))
                .isEqualTo("generatedAlias0.status IN (:param0, :s) {param0=NEW}");
        assertThat(where(p -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            ParameterExpression<Collection<?>> ids = (ParameterExpression) cb.parameter(Collection.class, "ids");
            return p.get("id").in(ids);
        })).isEqualTo("generatedAlias0.id IN :ids");
        assertThat(where(p -> p.get("quantity").in(cb.literal(1), p.get("version"))))
                .isEqualTo("generatedAlias0.quantity IN (:param0, generatedAlias0.version) {param0=1}");
        assertThat(where(p -> cb.in(p.get("quantity")).not())).isEqualTo("NOT (1 = 0)");
    }

    @Test
    void likeWithEscapes() {
        assertThat(where(p -> cb.like(p.get("note"), "a%"))).isEqualTo("generatedAlias0.note LIKE :param0 {param0=a%}");
        assertThat(where(p -> cb.like(p.get("note"), "a!%%", '!')))
                .isEqualTo("generatedAlias0.note LIKE :param0 ESCAPE '!' {param0=a!%%}");
        assertThat(where(p -> cb.notLike(p.get("note"), cb.parameter(String.class, "pattern"),
                cb.parameter(Character.class, "escape"))))
                .isEqualTo("generatedAlias0.note NOT LIKE :pattern ESCAPE :escape");
        assertThat(where(p -> cb.notLike(p.get("note"), p.get("customer").get("name"))))
                .isEqualTo("generatedAlias0.note NOT LIKE generatedAlias0.customer.name");
    }

    @Test
    void nullsAndEmptinessAndMembership() {
        assertThat(where(p -> p.get("note").isNull())).isEqualTo("generatedAlias0.note IS NULL");
        assertThat(where(p -> p.get("note").isNotNull())).isEqualTo("generatedAlias0.note IS NOT NULL");
        assertThat(where(p -> cb.isEmpty(p.get("lines")))).isEqualTo("generatedAlias0.lines IS EMPTY");
        assertThat(where(p -> cb.isNotEmpty(p.get("lines")))).isEqualTo("generatedAlias0.lines IS NOT EMPTY");
        assertThat(where(p -> {
            Path<Set<PurchaseLine>> lines = p.get("lines");
            Expression<PurchaseLine> line = cb.parameter(PurchaseLine.class, "line");
            return cb.isMember(line, lines);
        })).isEqualTo(":line MEMBER OF generatedAlias0.lines");
        assertThat(where(p -> {
            Path<Set<PurchaseLine>> lines = p.get("lines");
            return cb.isNotMember(cb.parameter(PurchaseLine.class, "line"), lines);
        })).isEqualTo(":line NOT MEMBER OF generatedAlias0.lines");
    }
}
