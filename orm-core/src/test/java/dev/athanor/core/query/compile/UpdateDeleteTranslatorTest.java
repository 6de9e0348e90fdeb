package dev.athanor.core.query.compile;

import static dev.athanor.core.query.compile.CompilerFixture.compile;
import static dev.athanor.core.query.compile.CompilerFixture.error;
import static dev.athanor.core.query.compile.CompilerFixture.mysql;
import static dev.athanor.core.query.compile.CompilerFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryPlan;
import org.junit.jupiter.api.Test;

class UpdateDeleteTranslatorTest {

    @Test
    void updatesWithBareColumnsArithmeticOnTheRowAndEmbeddedAttributes() {
        QueryPlan plan = compile("UPDATE Customer c SET c.address.city = UPPER(c.address.city), c.active = FALSE"
                + " WHERE c.fullname LIKE 'A%'");
        assertThat(plan.kind()).isEqualTo(QueryPlan.Kind.UPDATE);
        assertThat(CompilerFixture.sqlite(plan).sql()).isEqualTo("UPDATE \"Customer\" SET \"city\" = UPPER(\"city\"),"
                + " \"active\" = FALSE WHERE \"fullname\" LIKE 'A%'");
        assertThat(mysql(compile("UPDATE Product p SET p.rank = p.rank - 1 WHERE p.id = 3")).sql())
                .isEqualTo("UPDATE `Product` SET `rank` = `rank` - 1 WHERE `id` = 3");
        assertThat(plan.tables()).containsExactly("Customer");
        assertThat(plan.items()).isEmpty();
    }

    @Test
    void aToOneIsSetFromAnEntityParameterOrNull() {
        assertThat(sql("UPDATE Order o SET o.customer = NULL, o.total = NULL WHERE o.customer = :c"))
                .isEqualTo("UPDATE \"orders\" SET \"customer_id\" = NULL, \"total\" = NULL WHERE \"customer_id\" = ?");
    }

    @Test
    void subqueriesSeeTheUpdatedTableByItsName() {
        QueryPlan plan = compile("DELETE FROM Customer c WHERE NOT EXISTS (SELECT o FROM Order o WHERE o.customer = c)"
                + " AND c.id NOT IN (SELECT l.product.id FROM OrderLine l)");
        assertThat(CompilerFixture.sqlite(plan).sql()).isEqualTo("DELETE FROM \"Customer\" WHERE NOT (EXISTS (SELECT"
                + " \"o1\".\"id\" FROM \"orders\" \"o1\" WHERE \"o1\".\"customer_id\" = \"Customer\".\"id\")) AND"
                + " \"id\" NOT IN (SELECT \"o2\".\"product_id\" FROM \"OrderLine\" \"o2\")");
        assertThat(plan.tables()).containsExactlyInAnyOrder("Customer", "orders", "OrderLine");
        assertThat(plan.kind()).isEqualTo(QueryPlan.Kind.DELETE);
    }

    @Test
    void aDeleteWithoutVariableOrWhere() {
        assertThat(sql("DELETE FROM Tag")).isEqualTo("DELETE FROM \"Tag\"");
        assertThat(sql("DELETE FROM Tag WHERE label = 'x'")).isEqualTo("DELETE FROM \"Tag\" WHERE \"label\" = 'x'");
    }

    @Test
    void pathsThatWouldJoinIdsAndVersionsAreRefused() {
        var join = error("UPDATE Order o SET o.items = 0 WHERE o.customer.fullname = 'x'");
        assertThat(join.code()).isEqualTo(ErrorCode.QUERY_UNSUPPORTED);
        assertThat(join.getMessage()).contains("UPDATE and DELETE change one table", "subquery");
        assertThat(error("UPDATE Order o SET o.version = 2").getMessage()).contains("SET of the @Version attribute");
        assertThat(error("UPDATE Order o SET o.lines = NULL").getMessage()).contains("SET assigns a basic attribute");
        assertThat(error("UPDATE Order o SET o.items = 'many'").code()).isEqualTo(ErrorCode.QUERY_TYPE);
    }
}
