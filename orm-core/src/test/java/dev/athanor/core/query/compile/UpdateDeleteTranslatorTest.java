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
    void aWhereThatJoinsBecomesAnExistsOverTheJoinedTablesCorrelatedWithTheRow() {
        QueryPlan plan = compile("UPDATE Order o SET o.status = :s WHERE o.customer.fullname = :n");
        assertThat(CompilerFixture.sqlite(plan).sql()).isEqualTo("UPDATE \"orders\" SET \"status\" = ? WHERE EXISTS"
                + " (SELECT 1 FROM \"Customer\" \"c1\" WHERE \"c1\".\"id\" = \"orders\".\"customer_id\" AND"
                + " \"c1\".\"fullname\" = ?)");
        assertThat(plan.parameters()).extracting(QueryPlan.QueryParameter::name).containsExactly("s", "n");
        assertThat(plan.slots()).extracting(QueryPlan.ParameterUse::parameter).containsExactly(0, 1);
        assertThat(plan.tables()).containsExactlyInAnyOrder("orders", "Customer");
        // the changed table is not read in the subquery's FROM, which MySQL would refuse
        assertThat(mysql(plan).sql()).isEqualTo("UPDATE `orders` SET `status` = ? WHERE EXISTS (SELECT 1 FROM"
                + " `Customer` `c1` WHERE `c1`.`id` = `orders`.`customer_id` AND `c1`.`fullname` = ?)");
    }

    @Test
    void aDeleteJoinsAChainAndSeveralAssociationsAndKeepsTheConditionWhole() {
        assertThat(sql("DELETE FROM OrderLine l WHERE l.order.customer.active = FALSE AND l.product.name = 'bolt'"))
                .isEqualTo("DELETE FROM \"OrderLine\" WHERE EXISTS (SELECT 1 FROM \"orders\" \"o1\" INNER JOIN"
                        + " \"Customer\" \"c2\" ON \"c2\".\"id\" = \"o1\".\"customer_id\" INNER JOIN \"Product\" \"p3\""
                        + " ON \"p3\".\"id\" = \"OrderLine\".\"product_id\" WHERE \"o1\".\"id\" ="
                        + " \"OrderLine\".\"order_id\" AND \"c2\".\"active\" = FALSE AND \"p3\".\"name\" = 'bolt')");
        // an OR keeps the inner-join meaning of the path: an order without customer is not deleted
        assertThat(sql("DELETE FROM Order o WHERE o.customer.fullname = 'Cy' OR o.items = 9"))
                .isEqualTo("DELETE FROM \"orders\" WHERE EXISTS (SELECT 1 FROM \"Customer\" \"c1\" WHERE"
                        + " \"c1\".\"id\" = \"orders\".\"customer_id\" AND (\"c1\".\"fullname\" = 'Cy' OR"
                        + " \"orders\".\"items\" = 9))");
    }

    @Test
    void aSetValueThatJoinsIsAScalarSubqueryAndOtherValuesStayBare() {
        assertThat(sql("UPDATE Order SET items = LENGTH(customer.fullname), total = total + 1"
                + " WHERE customer.address.city = 'Oslo'"))
                .isEqualTo("UPDATE \"orders\" SET \"items\" = (SELECT length(\"c1\".\"fullname\") FROM \"Customer\""
                        + " \"c1\" WHERE \"c1\".\"id\" = \"orders\".\"customer_id\"), \"total\" = \"total\" + 1 WHERE"
                        + " EXISTS (SELECT 1 FROM \"Customer\" \"c2\" WHERE \"c2\".\"id\" = \"orders\".\"customer_id\""
                        + " AND \"c2\".\"city\" = 'Oslo')");
    }

    @Test
    void aSubqueryOfABulkStatementJoinsForItself() {
        assertThat(sql("DELETE FROM Customer c WHERE EXISTS (SELECT l FROM OrderLine l WHERE l.order.customer = c"
                + " AND l.product.name = 'gear')"))
                .isEqualTo("DELETE FROM \"Customer\" WHERE EXISTS (SELECT \"o1\".\"id\" FROM \"OrderLine\" \"o1\""
                        + " INNER JOIN \"orders\" \"o2\" ON \"o2\".\"id\" = \"o1\".\"order_id\" INNER JOIN \"Product\""
                        + " \"p3\" ON \"p3\".\"id\" = \"o1\".\"product_id\" WHERE \"o2\".\"customer_id\" ="
                        + " \"Customer\".\"id\" AND \"p3\".\"name\" = 'gear')");
    }

    @Test
    void setTargetsThroughAssociationsIdsAndVersionsAreRefused() {
        var target = error("UPDATE Order o SET o.customer.fullname = 'x'");
        assertThat(target.code()).isEqualTo(ErrorCode.QUERY_SYNTAX);
        assertThat(target.getMessage()).contains("o.customer leads to another entity, Customer", "line 1, column 20",
                "Change Customer with an UPDATE of its own");
        assertThat(error("UPDATE Order o SET o.version = 2").getMessage()).contains("SET of the @Version attribute");
        assertThat(error("UPDATE Order o SET o.lines = NULL").getMessage()).contains("SET assigns a basic attribute");
        assertThat(error("UPDATE Order o SET o.items = 'many'").code()).isEqualTo(ErrorCode.QUERY_TYPE);
        assertThat(error("UPDATE Order o SET o.items = o.customer.fullname").code()).isEqualTo(ErrorCode.QUERY_TYPE);
    }
}
