package dev.athanor.core.query.compile;

import static dev.athanor.core.query.compile.CompilerFixture.compile;
import static dev.athanor.core.query.compile.CompilerFixture.error;
import static dev.athanor.core.query.compile.CompilerFixture.sql;
import static dev.athanor.core.query.compile.CompilerFixture.sqlite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.dialect.sqlite.SqliteDialect;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.EntityNode;
import dev.athanor.core.query.QueryPlan.Fetch;
import dev.athanor.core.sql.ast.ColumnRef;
import org.junit.jupiter.api.Test;

class FromClauseTest {

    @Test
    void joinsAOneToManyThroughTheChildsForeignKeyAndLeftJoinsWithOn() {
        assertThat(sql("SELECT l.quantity FROM Order o LEFT JOIN o.lines l ON l.quantity > 2"))
                .isEqualTo("SELECT \"o2\".\"quantity\" FROM \"orders\" \"o1\" LEFT JOIN \"OrderLine\" \"o2\" ON"
                        + " \"o2\".\"order_id\" = \"o1\".\"id\" AND \"o2\".\"quantity\" > 2");
    }

    @Test
    void joinsManyToManyAndJoinTableOneToManyThroughTheirJoinTables() {
        assertThat(sql("SELECT t.label FROM Order o JOIN o.tags t"))
                .isEqualTo("SELECT \"t3\".\"label\" FROM \"orders\" \"o1\" INNER JOIN \"order_tags\" \"o2\" ON"
                        + " \"o2\".\"orders_id\" = \"o1\".\"id\" INNER JOIN \"Tag\" \"t3\" ON \"t3\".\"id\" ="
                        + " \"o2\".\"tags_id\"");
        // the inverse side reads the owner's join table with its columns swapped
        assertThat(sql("SELECT o.id FROM Tag t LEFT JOIN t.orders o"))
                .isEqualTo("SELECT \"o3\".\"id\" FROM \"Tag\" \"t1\" LEFT JOIN \"order_tags\" \"o2\" ON"
                        + " \"o2\".\"tags_id\" = \"t1\".\"id\" LEFT JOIN \"orders\" \"o3\" ON \"o3\".\"id\" ="
                        + " \"o2\".\"orders_id\"");
        assertThat(sql("SELECT p.name FROM Customer c JOIN c.favourites p"))
                .isEqualTo("SELECT \"p3\".\"name\" FROM \"Customer\" \"c1\" INNER JOIN \"favourites\" \"f2\" ON"
                        + " \"f2\".\"Customer_id\" = \"c1\".\"id\" INNER JOIN \"Product\" \"p3\" ON \"p3\".\"id\" ="
                        + " \"f2\".\"favourites_id\"");
    }

    @Test
    void joinsAnUnrelatedEntityOnItsCondition() {
        assertThat(sql("SELECT c.fullname, p.name FROM Customer c JOIN Product p ON p.name = c.fullname"))
                .isEqualTo("SELECT \"c1\".\"fullname\", \"p2\".\"name\" FROM \"Customer\" \"c1\" INNER JOIN"
                        + " \"Product\" \"p2\" ON \"p2\".\"name\" = \"c1\".\"fullname\"");
        assertThat(error("SELECT c FROM Customer c JOIN Product p").getMessage()).contains("needs an ON condition");
    }

    @Test
    void severalRootsAreCrossJoinedAndTheSecondRootsJoinsFollowIt() {
        assertThat(sql("SELECT c.id, t.id FROM Customer c, Tag t JOIN t.orders o WHERE o.customer = c"))
                .isEqualTo("SELECT \"c1\".\"id\", \"t2\".\"id\" FROM \"Customer\" \"c1\" CROSS JOIN \"Tag\" \"t2\""
                        + " INNER JOIN \"order_tags\" \"o3\" ON \"o3\".\"tags_id\" = \"t2\".\"id\" INNER JOIN"
                        + " \"orders\" \"o4\" ON \"o4\".\"id\" = \"o3\".\"orders_id\" WHERE \"o4\".\"customer_id\" ="
                        + " \"c1\".\"id\"");
    }

    @Test
    void aToOneFetchJoinAddsTheTargetsColumnsAndAFetch() {
        QueryPlan plan = compile("SELECT o FROM Order o JOIN FETCH o.customer");
        // the customer's id is the order's key (the INNER join makes them equal), its lazy notes are not read
        assertThat(sqlite(plan).sql()).isEqualTo("SELECT \"o1\".\"customer_id\", \"o1\".\"id\", \"o1\".\"items\","
                + " \"o1\".\"placed\", \"o1\".\"status\", \"o1\".\"total\", \"o1\".\"version\", \"c2\".\"active\","
                + " \"c2\".\"city\", \"c2\".\"street\", \"c2\".\"fullname\" FROM \"orders\" \"o1\""
                + " INNER JOIN \"Customer\" \"c2\" ON \"c2\".\"id\" = \"o1\".\"customer_id\"");
        var customer = CompilerFixture.METADATA.entity(Shop.Customer.class);
        var order = CompilerFixture.METADATA.entity(Shop.Order.class);
        assertThat(plan.entities()).containsExactly(new EntityNode(order, "o1", 0),
                new EntityNode(customer, "c2", 7, new int[] {7, 8, 9, 10, 0, -1}));
        assertThat(plan.fetches()).containsExactly(new Fetch(0, order.attribute("customer"), 1));
        assertThat(plan.pagedRoots()).isNull();
    }

    @Test
    void nestedFetchJoinsOfACollectionPageTheRootsWithoutTheFetchedTables() {
        QueryPlan plan = compile("SELECT DISTINCT o FROM Order o JOIN o.customer c LEFT JOIN FETCH o.lines l"
                + " LEFT JOIN FETCH l.product WHERE c.active = TRUE ORDER BY o.placed DESC");
        var order = CompilerFixture.METADATA.entity(Shop.Order.class);
        var line = CompilerFixture.METADATA.entity(Shop.OrderLine.class);
        assertThat(plan.entities()).extracting(EntityNode::alias, EntityNode::firstColumn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("o1", 0),
                        org.assertj.core.groups.Tuple.tuple("o3", 7), org.assertj.core.groups.Tuple.tuple("p4", 11));
        // a line's key to its order is the order's id, which the row holds already; a LEFT-joined product keeps its id
        assertThat(plan.entities().get(1).columns()).containsExactly(7, 1, 8, 9, 10);
        assertThat(plan.entities().get(2).columns()).isNull();
        assertThat(plan.fetches()).containsExactly(new Fetch(0, order.attribute("lines"), 1),
                new Fetch(1, line.attribute("product"), 2));
        // the fetched lines come in their @OrderBy order, after the query's own order; the page of roots ignores it
        assertThat(sqlite(plan).sql()).endsWith(" ORDER BY \"o1\".\"placed\" DESC, \"o3\".\"quantity\" DESC");
        assertThat(plan.pagedRoots().rootId()).isEqualTo(ColumnRef.of("o1", "id"));
        assertThat(new SqliteDialect().renderer().render(plan.pagedRoots().rootIds()).sql())
                .isEqualTo("SELECT \"o1\".\"id\" FROM \"orders\" \"o1\" INNER JOIN \"Customer\" \"c2\" ON"
                        + " \"c2\".\"id\" = \"o1\".\"customer_id\" WHERE \"c2\".\"active\" = TRUE ORDER BY"
                        + " \"o1\".\"placed\" DESC, \"o1\".\"id\"");
        assertThat(plan.tables()).containsExactlyInAnyOrder("orders", "Customer", "OrderLine", "Product");
    }

    @Test
    void distinctWithAFetchedCollectionIsLeftToTheSessionAndKeptWithAFetchedToOne() {
        // the session keeps each result and each element once: the database need not sort the rows
        assertThat(sqlite(compile("SELECT DISTINCT o FROM Order o JOIN FETCH o.lines")).sql())
                .startsWith("SELECT \"o1\".").doesNotContain("DISTINCT");
        assertThat(sqlite(compile("SELECT DISTINCT o FROM Order o JOIN FETCH o.customer")).sql())
                .startsWith("SELECT DISTINCT \"o1\".")
                // a DISTINCT keeps every column it may be ordered by: the customer's id is not shared with the key
                .contains("\"c2\".\"id\" FROM");
        assertThat(sqlite(compile("SELECT DISTINCT o.status FROM Order o JOIN o.lines l")).sql())
                .startsWith("SELECT DISTINCT \"o1\".\"status\"");
    }

    @Test
    void aLeftFetchedToOneKeepsItsIdAndAChainReadsOnlyKeysTheRowHolds() {
        // LEFT: the customer's id is NULL where the order's key may not be (a dangling key), so both are read
        QueryPlan left = compile("SELECT o FROM Order o LEFT JOIN FETCH o.customer");
        assertThat(sqlite(left).sql()).contains("\"c2\".\"id\" FROM");
        assertThat(left.entities().get(1).column(4)).isEqualTo(11);
        // the lines' key is their order's id; the product's id is the lines' product key, which the row holds
        QueryPlan chain = compile("SELECT o FROM Order o JOIN FETCH o.lines l JOIN FETCH l.product");
        var lines = chain.entities().get(1);
        var product = chain.entities().get(2);
        assertThat(lines.column(1)).isEqualTo(1);
        assertThat(product.column(0)).isEqualTo(lines.column(3));
        String sql = sqlite(chain).sql();
        assertThat(sql.substring(0, sql.indexOf(" FROM "))).doesNotContain("\"o2\".\"order_id\"")
                .doesNotContain("\"p3\".\"id\"");
    }

    @Test
    void aFetchedCollectionIsOrderedByItsOrderByAfterTheQuerysOwnOrder() {
        QueryPlan plan = compile("SELECT o FROM Order o JOIN FETCH o.lines ORDER BY o.placed");
        assertThat(sqlite(plan).sql()).endsWith(" ORDER BY \"o1\".\"placed\", \"o2\".\"quantity\" DESC");
        // the page of roots is ordered by the query's own order only: it does not join the lines
        assertThat(new SqliteDialect().renderer().render(plan.pagedRoots().rootIds()).sql())
                .isEqualTo("SELECT \"o1\".\"id\" FROM \"orders\" \"o1\" ORDER BY \"o1\".\"placed\", \"o1\".\"id\"");
        assertThat(sqlite(compile("SELECT o FROM Order o JOIN FETCH o.customer ORDER BY o.placed")).sql())
                .endsWith(" ORDER BY \"o1\".\"placed\"");
    }

    @Test
    void aFetchJoinThatIsFilteredOnStaysInThePagingQuery() {
        QueryPlan plan = compile("SELECT o FROM Order o JOIN FETCH o.lines l WHERE l.quantity > 1");
        assertThat(new SqliteDialect().renderer().render(plan.pagedRoots().rootIds()).sql())
                .isEqualTo("SELECT \"o1\".\"id\" FROM \"orders\" \"o1\" INNER JOIN \"OrderLine\" \"o2\" ON"
                        + " \"o2\".\"order_id\" = \"o1\".\"id\" WHERE \"o2\".\"quantity\" > 1 GROUP BY \"o1\".\"id\""
                        + " ORDER BY \"o1\".\"id\"");
    }

    @Test
    void aFetchJoinOfManyToManyFetchesThroughTheJoinTable() {
        QueryPlan plan = compile("SELECT o FROM Order o LEFT JOIN FETCH o.tags");
        assertThat(sqlite(plan).sql()).endsWith("FROM \"orders\" \"o1\" LEFT JOIN \"order_tags\" \"o2\" ON"
                + " \"o2\".\"orders_id\" = \"o1\".\"id\" LEFT JOIN \"Tag\" \"t3\" ON \"t3\".\"id\" = \"o2\".\"tags_id\"");
        assertThat(plan.entities()).hasSize(2);
        assertThat(new SqliteDialect().renderer().render(plan.pagedRoots().rootIds()).sql())
                .isEqualTo("SELECT \"o1\".\"id\" FROM \"orders\" \"o1\" ORDER BY \"o1\".\"id\"");
    }

    @Test
    void aSubqueryRangesOverAnOuterVariablesCollection() {
        assertThat(sql("SELECT o.id FROM Order o WHERE EXISTS (SELECT l FROM o.lines l WHERE l.quantity > 5)"))
                .isEqualTo("SELECT \"o1\".\"id\" FROM \"orders\" \"o1\" WHERE EXISTS (SELECT \"o2\".\"id\" FROM"
                        + " \"OrderLine\" \"o2\" WHERE \"o2\".\"order_id\" = \"o1\".\"id\" AND \"o2\".\"quantity\" > 5)");
    }

    @Test
    void aFetchedCollectionsOrderByFollowsTheQuerysOwnAndStaysOutOfRootPaging() {
        QueryPlan plan = compile("SELECT c FROM Customer c LEFT JOIN FETCH c.orders WHERE c.active = TRUE ORDER BY"
                + " c.fullname");
        assertThat(sqlite(plan).sql()).endsWith("ORDER BY \"c1\".\"fullname\", \"o2\".\"placed\" DESC");
        assertThat(new SqliteDialect().renderer().render(plan.pagedRoots().rootIds()).sql())
                .isEqualTo("SELECT \"c1\".\"id\" FROM \"Customer\" \"c1\" WHERE \"c1\".\"active\" = TRUE ORDER BY"
                        + " \"c1\".\"fullname\", \"c1\".\"id\"");
    }
}
