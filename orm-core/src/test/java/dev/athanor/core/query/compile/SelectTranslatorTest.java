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

    @Test
    void rootPagingGroupsTheIdsWhenAJoinedCollectionOrdersAndTakesEachRootsFirstRowValue() {
        var plan = compile("SELECT o FROM Order o JOIN o.lines l2 LEFT JOIN FETCH o.lines l WHERE l2.quantity > 0"
                + " ORDER BY l2.price DESC, o.placed");
        // then the fetched lines' own @OrderBy, so that each order's lines come in their collection's order
        assertThat(CompilerFixture.sqlite(plan).sql()).endsWith("ORDER BY \"o2\".\"price\" DESC, \"o1\".\"placed\","
                + " \"o3\".\"quantity\" DESC");
        // DESC: the greatest value; ASC with NULLs first (the default here): NULL when the root has one
        assertThat(new dev.athanor.core.dialect.sqlite.SqliteDialect().renderer().render(plan.pagedRoots().rootIds())
                .sql()).isEqualTo("SELECT \"o1\".\"id\" FROM \"orders\" \"o1\" INNER JOIN \"OrderLine\" \"o2\" ON"
                        + " \"o2\".\"order_id\" = \"o1\".\"id\" WHERE \"o2\".\"quantity\" > 0 GROUP BY \"o1\".\"id\""
                        + " ORDER BY MAX(\"o2\".\"price\") DESC, CASE WHEN COUNT(*) > COUNT(\"o1\".\"placed\") THEN NULL"
                        + " ELSE MIN(\"o1\".\"placed\") END, \"o1\".\"id\"");
        var nullsLast = compile("SELECT o FROM Order o LEFT JOIN FETCH o.lines l ORDER BY l.price NULLS LAST, o.id");
        assertThat(mysql(new dev.athanor.core.query.QueryPlan(nullsLast.kind(), null, nullsLast.pagedRoots().rootIds(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.Set.of(), Object.class, null)).sql())
                .isEqualTo("SELECT `o1`.`id` FROM `orders` `o1` LEFT JOIN `OrderLine` `o2` ON `o2`.`order_id` ="
                        + " `o1`.`id` GROUP BY `o1`.`id` ORDER BY MIN(`o2`.`price`) IS NULL, MIN(`o2`.`price`),"
                        + " `o1`.`id`");
    }

    @Test
    void aFetchJoinsOwnerMustBeSelected() {
        for (String jpql : new String[] {"SELECT l FROM Order o JOIN FETCH o.lines l",
                "SELECT o.id FROM Order o LEFT JOIN FETCH o.customer", "SELECT COUNT(o) FROM Order o JOIN FETCH o.tags"}) {
            var e = error(jpql);
            assertThat(e.code()).as(jpql).isEqualTo(ErrorCode.QUERY_SYNTAX);
            assertThat(e.getMessage()).as(jpql).contains("the owner of a fetched association must be returned by the"
                    + " query, and o is not selected", "Select o, or write JOIN without FETCH");
            assertThat(e.position()).as(jpql).isEqualTo(jpql.indexOf(jpql.contains("LEFT") ? "LEFT" : "JOIN"));
        }
        assertThat(error("SELECT o FROM Order o JOIN FETCH o.lines l JOIN FETCH l.product p WHERE EXISTS (SELECT t"
                + " FROM Tag t JOIN FETCH t.orders)").getMessage()).contains("JOIN FETCH is not allowed in a subquery");
        // selected owners: the fetched entity selected too is read as an item, not filled in again
        assertThat(compile("SELECT o, l FROM Order o JOIN FETCH o.lines l").fetches()).isEmpty();
        assertThat(compile("SELECT NEW dev.athanor.core.query.compile.Shop.Summary(c.fullname, o.items), o FROM Order o"
                + " JOIN o.customer c JOIN FETCH o.tags").fetches()).hasSize(1);
    }
}
