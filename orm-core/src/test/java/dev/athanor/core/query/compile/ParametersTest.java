package dev.athanor.core.query.compile;

import static dev.athanor.core.query.compile.CompilerFixture.compile;
import static dev.athanor.core.query.compile.CompilerFixture.error;
import static dev.athanor.core.query.compile.CompilerFixture.sqlite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.Conversion;
import dev.athanor.core.query.QueryPlan.ParameterUse;
import dev.athanor.core.query.QueryPlan.QueryParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParametersTest {

    private static final dev.athanor.core.meta.EntityModel ORDER = CompilerFixture.METADATA.entity(Shop.Order.class);
    private static final dev.athanor.core.meta.EntityModel CUSTOMER =
            CompilerFixture.METADATA.entity(Shop.Customer.class);

    @Test
    void eachOccurrenceIsASlotAndParametersAreListedInOrderOfAppearance() {
        QueryPlan plan = compile("SELECT o FROM Order o WHERE :low < o.total AND o.total < :high OR o.total = :low");
        assertThat(plan.parameters()).containsExactly(new QueryParameter("low", 0, BigDecimal.class, false),
                new QueryParameter("high", 0, BigDecimal.class, false));
        assertThat(plan.slots()).extracting(ParameterUse::parameter).containsExactly(0, 1, 0);
        assertThat(sqlite(plan).slots()).containsExactly(0, 1, 2);
    }

    @Test
    void aParameterComparedWithAnEnumOrConvertedAttributeIsConvertedAsIt() {
        QueryPlan plan = compile("SELECT p FROM Product p, Order o WHERE o.status = ?1 AND p.sku = ?2 AND o.placed > ?3");
        assertThat(plan.parameters()).containsExactly(new QueryParameter(null, 1, Shop.Status.class, false),
                new QueryParameter(null, 2, Shop.Sku.class, false), new QueryParameter(null, 3, LocalDate.class, false));
        assertThat(plan.slots()).containsExactly(new ParameterUse(0, Conversion.ATTRIBUTE, ORDER.attribute("status"), false),
                new ParameterUse(1, Conversion.ATTRIBUTE, CompilerFixture.METADATA.entity(Shop.Product.class)
                        .attribute("sku"), false),
                new ParameterUse(2, Conversion.NONE, null, false));
    }

    @Test
    void anEntityParameterBindsTheIdOfTheEntity() {
        QueryPlan plan = compile("SELECT o FROM Order o WHERE o.customer = :c OR :c = o.customer");
        assertThat(plan.parameters()).containsExactly(new QueryParameter("c", 0, Shop.Customer.class, false));
        assertThat(plan.slots()).containsOnly(new ParameterUse(0, Conversion.ENTITY_ID, CUSTOMER.attribute("id"), false));
        assertThat(sqlite(plan).sql()).endsWith("WHERE \"o1\".\"customer_id\" = ? OR ? = \"o1\".\"customer_id\"");
    }

    @Test
    void aCollectionParameterInInExpandsAtRunTime() {
        QueryPlan plan = compile("SELECT o FROM Order o WHERE o.status IN :states AND o.customer NOT IN (:people)");
        assertThat(plan.parameters()).containsExactly(new QueryParameter("states", 0, Shop.Status.class, true),
                new QueryParameter("people", 0, Shop.Customer.class, true));
        assertThat(plan.slots()).containsExactly(new ParameterUse(0, Conversion.ATTRIBUTE, ORDER.attribute("status"), true),
                new ParameterUse(1, Conversion.ENTITY_ID, CUSTOMER.attribute("id"), true));
        assertThat(sqlite(plan).sql()).endsWith("WHERE \"o1\".\"status\" IN (?) AND \"o1\".\"customer_id\" NOT IN (?)");
    }

    @Test
    void parametersTakeTheirTypeFromBetweenLikeAndArithmetic() {
        QueryPlan plan = compile("SELECT c FROM Customer c JOIN c.orders o WHERE o.items BETWEEN :a AND :b"
                + " AND c.fullname LIKE :pattern ESCAPE :esc AND o.total * :factor > 10 AND :n IS NULL");
        assertThat(plan.parameters()).extracting(QueryParameter::type).containsExactly(Integer.class, Integer.class,
                String.class, String.class, BigDecimal.class, Object.class);
    }

    @Test
    void namedAndPositionalParametersDoNotMix() {
        QueryException e = error("SELECT o FROM Order o WHERE o.items = :n OR o.items = ?1");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_PARAMETER);
        assertThat(e.getMessage()).contains("mixes named and positional parameters (:n and ?1)", "column 55");
    }

    @Test
    void aParameterInSetIsConvertedAsTheAssignedAttribute() {
        QueryPlan plan = compile("UPDATE Order o SET o.status = :s, o.customer = :c WHERE o.id = :id");
        assertThat(plan.slots()).containsExactly(new ParameterUse(0, Conversion.ATTRIBUTE, ORDER.attribute("status"), false),
                new ParameterUse(1, Conversion.ENTITY_ID, CUSTOMER.attribute("id"), false),
                new ParameterUse(2, Conversion.NONE, null, false));
        assertThat(plan.parameters()).extracting(QueryParameter::type).containsExactly(Shop.Status.class,
                Shop.Customer.class, Long.class);
    }
}
