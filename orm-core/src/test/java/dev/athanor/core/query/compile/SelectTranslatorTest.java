package dev.athanor.core.query.compile;

import static dev.athanor.core.query.compile.CompilerFixture.error;
import static dev.athanor.core.query.compile.CompilerFixture.mysql;
import static dev.athanor.core.query.compile.CompilerFixture.compile;
import static dev.athanor.core.query.compile.CompilerFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** GROUP BY, HAVING, ORDER BY and the ON conditions of joins. */
class SelectTranslatorTest {

    @Test
    void orderByAResultAliasUsesTheItemsExpression() {
        assertThat(sql("SELECT c.fullname AS name, SIZE(c.orders) AS n FROM Customer c ORDER BY n DESC, name"))
                .endsWith("ORDER BY (SELECT COUNT(*) FROM \"orders\" \"o2\" WHERE \"o2\".\"customer_id\" ="
                        + " \"c1\".\"id\") DESC, \"c1\".\"fullname\"");
    }

    @Test
    void orderByTheAliasOfAnEntityItemOrdersByItsId() {
        assertThat(sql("SELECT o.customer AS buyer FROM Order o ORDER BY buyer")).endsWith("ORDER BY \"c2\".\"id\"");
    }

    @Test
    void orderByAnEntityOrdersByItsIdAndNullsPlacementIsKept() {
        var plan = compile("SELECT o FROM Order o ORDER BY o.customer, o.placed DESC NULLS LAST");
        assertThat(CompilerFixture.sqlite(plan).sql()).endsWith("ORDER BY \"o1\".\"customer_id\", \"o1\".\"placed\" DESC"
                + " NULLS LAST");
        assertThat(mysql(plan).sql()).contains("ORDER BY `o1`.`customer_id`");
    }

    @Test
    void groupByAnEntityGroupsByItsColumns() {
        assertThat(sql("SELECT c, COUNT(o) FROM Customer c LEFT JOIN c.orders o GROUP BY c HAVING COUNT(o) > 0"))
                .endsWith("GROUP BY \"c1\".\"active\", \"c1\".\"city\", \"c1\".\"street\", \"c1\".\"fullname\","
                        + " \"c1\".\"id\" HAVING COUNT(\"o2\".\"id\") > 0");
        assertThat(sql("SELECT o.customer.id, SUM(o.total) FROM Order o GROUP BY o.customer"))
                .endsWith("GROUP BY \"o1\".\"customer_id\"");
    }

    @Test
    void aPathInAnOnConditionJoinsBeforeTheJoinItConditions() {
        assertThat(sql("SELECT l.id FROM OrderLine l JOIN Customer c ON c.id = l.order.customer.id"))
                .isEqualTo("SELECT \"o1\".\"id\" FROM \"OrderLine\" \"o1\" INNER JOIN \"orders\" \"o3\" ON"
                        + " \"o3\".\"id\" = \"o1\".\"order_id\" INNER JOIN \"Customer\" \"c2\" ON \"c2\".\"id\" ="
                        + " \"o3\".\"customer_id\"");
        var e = error("SELECT o FROM Order o JOIN o.lines l ON l.product.name = 'bolt'");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_UNSUPPORTED);
        assertThat(e.getMessage()).contains("navigates from l itself over product");
    }
}
