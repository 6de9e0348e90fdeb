package dev.athanor.core.query.compile;

import static dev.athanor.core.query.compile.CompilerFixture.compile;
import static dev.athanor.core.query.compile.CompilerFixture.error;
import static dev.athanor.core.query.compile.CompilerFixture.mysql;
import static dev.athanor.core.query.compile.CompilerFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryPlan;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private static final String ORDERS = "SELECT o.id FROM Order o WHERE ";

    @Test
    void isEmptyAndSizeAreCorrelatedSubqueriesOnTheChildOrJoinTable() {
        assertThat(sql("SELECT c.id FROM Customer c WHERE c.orders IS NOT EMPTY"))
                .isEqualTo("SELECT \"c1\".\"id\" FROM \"Customer\" \"c1\" WHERE EXISTS (SELECT 1 FROM \"orders\" \"o2\""
                        + " WHERE \"o2\".\"customer_id\" = \"c1\".\"id\")");
        assertThat(sql(ORDERS + "o.tags IS EMPTY")).endsWith("WHERE NOT (EXISTS (SELECT 1 FROM \"order_tags\" \"o2\""
                + " WHERE \"o2\".\"orders_id\" = \"o1\".\"id\"))");
        assertThat(sql(ORDERS + "SIZE(o.lines) >= 2")).endsWith("WHERE (SELECT COUNT(*) FROM \"OrderLine\" \"o2\" WHERE"
                + " \"o2\".\"order_id\" = \"o1\".\"id\") >= 2");
        assertThat(compile(ORDERS + "o.tags IS EMPTY").tables()).containsExactlyInAnyOrder("orders", "order_tags");
    }

    @Test
    void memberOfComparesIds() {
        assertThat(sql("SELECT t.id FROM Order o, Tag t WHERE t MEMBER OF o.tags"))
                .endsWith("WHERE EXISTS (SELECT 1 FROM \"order_tags\" \"o3\" WHERE \"o3\".\"orders_id\" = \"o1\".\"id\""
                        + " AND \"o3\".\"tags_id\" = \"t2\".\"id\")");
        assertThat(sql("SELECT l.id FROM OrderLine l, Order o WHERE l NOT MEMBER OF o.lines"))
                .endsWith("WHERE NOT (EXISTS (SELECT 1 FROM \"OrderLine\" \"o3\" WHERE \"o3\".\"order_id\" ="
                        + " \"o2\".\"id\" AND \"o3\".\"id\" = \"o1\".\"id\"))");
        assertThat(error("SELECT o FROM Order o WHERE o.customer MEMBER OF o.tags").getMessage())
                .contains("Cannot compare a value of type entity Tag with a value of type entity Customer");
    }

    @Test
    void entityEqualityComparesIdsAndIsNullOfAToOneReadsTheForeignKey() {
        assertThat(sql("SELECT o.id FROM Order o JOIN o.customer c WHERE o.customer = c AND o.customer IS NOT NULL"))
                .endsWith("WHERE \"o1\".\"customer_id\" = \"c2\".\"id\" AND \"o1\".\"customer_id\" IS NOT NULL");
        assertThat(sql("SELECT c.id FROM Customer c WHERE c.address IS NULL"))
                .endsWith("WHERE \"c1\".\"city\" IS NULL AND \"c1\".\"street\" IS NULL");
    }

    @Test
    void subqueriesInExistsInAndAsScalars() {
        assertThat(sql("SELECT c.id FROM Customer c WHERE c.id IN (SELECT o.customer.id FROM Order o WHERE o.total >"
                + " (SELECT AVG(o2.total) FROM Order o2))"))
                .isEqualTo("SELECT \"c1\".\"id\" FROM \"Customer\" \"c1\" WHERE \"c1\".\"id\" IN (SELECT"
                        + " \"o2\".\"customer_id\" FROM \"orders\" \"o2\" WHERE \"o2\".\"total\" > (SELECT"
                        + " AVG(\"o3\".\"total\") FROM \"orders\" \"o3\"))");
        assertThat(sql("SELECT c.id FROM Customer c WHERE c IN (SELECT o.customer FROM Order o)"))
                .endsWith("WHERE \"c1\".\"id\" IN (SELECT \"o2\".\"customer_id\" FROM \"orders\" \"o2\")");
        assertThat(error("SELECT c FROM Customer c WHERE c.fullname IN (SELECT o.total FROM Order o)").code())
                .isEqualTo(ErrorCode.QUERY_TYPE);
    }

    @Test
    void allAnySomeAreQuantifiedComparisons() {
        QueryPlan plan = compile(ORDERS + "o.total >= ALL (SELECT o2.total FROM Order o2) OR o.items = SOME"
                + " (SELECT l.quantity FROM o.lines l)");
        assertThat(plan.statement().toString()).contains("QuantifiedComparison", "quantifier=ALL", "quantifier=ANY");
        assertThat(mysql(plan).sql()).contains(">= ALL (SELECT", "= ANY (SELECT");
    }

    @Test
    void typeComparisonsOfEntitiesOutsideAnyHierarchyAreConstants() {
        assertThat(sql("SELECT l.id FROM OrderLine l WHERE TYPE(l) = OrderLine")).endsWith("WHERE 1 = 1");
        assertThat(sql(ORDERS + "TYPE(o.customer) <> Customer")).endsWith("WHERE 1 = 0")
                .doesNotContain("JOIN");
        assertThat(sql(ORDERS + "TYPE(o) = :t")).endsWith("WHERE 'Order' = ?");
        var unrelated = error(ORDERS + "TYPE(o) = Customer");
        assertThat(unrelated.code()).isEqualTo(ErrorCode.QUERY_TYPE);
        assertThat(unrelated.getMessage()).contains("TYPE(...) of a Order is never Customer, which is not Order or a"
                + " subclass of it", "Compare it with one of: Order");
        assertThat(error(ORDERS + "TYPE(o) = 'Order'").code()).isEqualTo(ErrorCode.QUERY_TYPE);
    }

    @Test
    void likeBetweenAndLiterals() {
        assertThat(sql("SELECT c.id FROM Customer c WHERE c.fullname NOT LIKE 'A%' ESCAPE '!' AND c.id NOT BETWEEN 1"
                + " AND 10 AND c.active = FALSE"))
                .endsWith("WHERE \"c1\".\"fullname\" NOT LIKE 'A%' ESCAPE '!' AND \"c1\".\"id\" NOT BETWEEN 1 AND 10"
                        + " AND \"c1\".\"active\" = FALSE");
        assertThat(error("SELECT c FROM Customer c WHERE c.id LIKE '1%'").getMessage())
                .contains("A string is expected here, but the operand is of type Long");
    }

    @Test
    void criteriaLiteralsAreBoundConvertedAsTheAttribute() {
        var tree = new dev.athanor.core.query.tree.QueryTree.Select(-1, new dev.athanor.core.query.tree.QueryTree.QuerySpec(
                -1, false, java.util.List.of(), java.util.List.of(new dev.athanor.core.query.tree.QueryTree.From(-1,
                "Product", null, "p", java.util.List.of())), new dev.athanor.core.query.tree.Expr.Comparison(-1,
                dev.athanor.core.query.tree.Expr.ComparisonOp.EQ, dev.athanor.core.query.tree.Expr.Path.of(-1, "p",
                "sku"), new dev.athanor.core.query.tree.Expr.Literal(-1, new Shop.Sku("42"))), java.util.List.of(),
                null), java.util.List.of());
        QueryPlan plan = CompilerFixture.COMPILER.compile(tree, "criteria");
        assertThat(CompilerFixture.sqlite(plan).binds()).containsExactly("SKU-42");
        assertThat(plan.text()).isEqualTo("criteria");
    }

    @Test
    void aCriteriaEntityLiteralIsComparedByItsId() {
        Shop.Tag tag = new Shop.Tag();
        tag.id = 7;
        var orders = new dev.athanor.core.query.tree.QueryTree.From(-1, "Order", null, "o", java.util.List.of());
        var memberOf = new dev.athanor.core.query.tree.Expr.MemberOf(-1, false,
                new dev.athanor.core.query.tree.Expr.Literal(-1, tag), dev.athanor.core.query.tree.Expr.Path.of(-1, "o",
                "tags"));
        var tree = new dev.athanor.core.query.tree.QueryTree.Select(-1, new dev.athanor.core.query.tree.QueryTree.QuerySpec(
                -1, false, java.util.List.of(), java.util.List.of(orders), memberOf, java.util.List.of(), null),
                java.util.List.of());
        QueryPlan plan = CompilerFixture.COMPILER.compile(tree, "criteria");
        assertThat(CompilerFixture.sqlite(plan).sql()).endsWith("WHERE EXISTS (SELECT 1 FROM \"order_tags\" \"o2\""
                + " WHERE \"o2\".\"orders_id\" = \"o1\".\"id\" AND \"o2\".\"tags_id\" = ?)");
        assertThat(CompilerFixture.sqlite(plan).binds()).containsExactly(7L);
    }

    /** {@code SELECT o.id FROM Order o WHERE condition}, as Criteria builds it. */
    private static QueryPlan criteriaOnOrders(dev.athanor.core.query.tree.Expr condition) {
        var tree = new dev.athanor.core.query.tree.QueryTree.Select(-1, new dev.athanor.core.query.tree.QueryTree.QuerySpec(
                -1, false, java.util.List.of(new dev.athanor.core.query.tree.QueryTree.Selection(-1,
                dev.athanor.core.query.tree.Expr.Path.of(-1, "o", "id"), null)), java.util.List.of(
                new dev.athanor.core.query.tree.QueryTree.From(-1, "Order", null, "o", java.util.List.of())), condition,
                java.util.List.of(), null), java.util.List.of());
        return CompilerFixture.COMPILER.compile(tree, "criteria");
    }

    @Test
    void criteriaEntityValuesAreBoundByTheirId() {
        Shop.Customer customer = new Shop.Customer();
        customer.id = 7;
        QueryPlan byCustomer = criteriaOnOrders(new dev.athanor.core.query.tree.Expr.Comparison(-1,
                dev.athanor.core.query.tree.Expr.ComparisonOp.EQ, dev.athanor.core.query.tree.Expr.Path.of(-1, "o",
                "customer"), new dev.athanor.core.query.tree.Expr.Literal(-1, customer)));
        assertThat(CompilerFixture.sqlite(byCustomer).sql()).endsWith("WHERE \"o1\".\"customer_id\" = ?");
        assertThat(CompilerFixture.sqlite(byCustomer).binds()).containsExactly(7L);
        Shop.Tag tag = new Shop.Tag();
        tag.id = 3;
        QueryPlan byTag = criteriaOnOrders(new dev.athanor.core.query.tree.Expr.MemberOf(-1, false,
                new dev.athanor.core.query.tree.Expr.Literal(-1, tag), dev.athanor.core.query.tree.Expr.Path.of(-1, "o",
                "tags")));
        assertThat(CompilerFixture.sqlite(byTag).binds()).containsExactly(3L);
        Shop.Order order = new Shop.Order();
        order.id = 11;
        QueryPlan itself = criteriaOnOrders(new dev.athanor.core.query.tree.Expr.Comparison(-1,
                dev.athanor.core.query.tree.Expr.ComparisonOp.NE, dev.athanor.core.query.tree.Expr.Path.of(-1, "o"),
                new dev.athanor.core.query.tree.Expr.Literal(-1, order)));
        assertThat(CompilerFixture.sqlite(itself).sql()).endsWith("WHERE \"o1\".\"id\" <> ?");
        assertThat(CompilerFixture.sqlite(itself).binds()).containsExactly(11L);
    }
}
