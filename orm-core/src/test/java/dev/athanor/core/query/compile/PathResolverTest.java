package dev.athanor.core.query.compile;

import static dev.athanor.core.query.compile.CompilerFixture.compile;
import static dev.athanor.core.query.compile.CompilerFixture.error;
import static dev.athanor.core.query.compile.CompilerFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.QueryPlan;
import org.junit.jupiter.api.Test;

class PathResolverTest {

    @Test
    void joinsAToOnePathOnceAndReusesTheJoinForTheSamePath() {
        assertThat(sql("SELECT o.customer.fullname FROM Order o WHERE o.customer.active = TRUE"
                + " ORDER BY o.customer.fullname"))
                .isEqualTo("SELECT \"c2\".\"fullname\" FROM \"orders\" \"o1\" INNER JOIN \"Customer\" \"c2\" ON"
                        + " \"c2\".\"id\" = \"o1\".\"customer_id\" WHERE \"c2\".\"active\" = TRUE ORDER BY"
                        + " \"c2\".\"fullname\"");
    }

    @Test
    void readsTheForeignKeyForTheIdOfAToOneWithoutAJoin() {
        assertThat(sql("SELECT o.id FROM Order o WHERE o.customer.id = 3"))
                .isEqualTo("SELECT \"o1\".\"id\" FROM \"orders\" \"o1\" WHERE \"o1\".\"customer_id\" = 3");
    }

    @Test
    void navigatesEmbeddedAttributesToTheirColumnsAndTwoToOnesInARow() {
        assertThat(sql("SELECT l.order.customer.address.city FROM OrderLine l"))
                .isEqualTo("SELECT \"c3\".\"city\" FROM \"OrderLine\" \"o1\" INNER JOIN \"orders\" \"o2\" ON"
                        + " \"o2\".\"id\" = \"o1\".\"order_id\" INNER JOIN \"Customer\" \"c3\" ON \"c3\".\"id\" ="
                        + " \"o2\".\"customer_id\"");
    }

    @Test
    void aSubqueryJoinsWhatItsPathsFromAnOuterVariableNeedInItsOwnFrom() {
        // joined in the outer query, the customer would drop orders without one before NOT EXISTS is asked
        assertThat(sql("SELECT o.id FROM Order o WHERE NOT EXISTS (SELECT l FROM OrderLine l WHERE l.order = o"
                + " AND o.customer.fullname = 'x')"))
                .isEqualTo("SELECT \"o1\".\"id\" FROM \"orders\" \"o1\" WHERE NOT (EXISTS (SELECT \"o2\".\"id\""
                        + " FROM \"OrderLine\" \"o2\" INNER JOIN \"Customer\" \"c3\" ON \"c3\".\"id\" ="
                        + " \"o1\".\"customer_id\" WHERE \"o2\".\"order_id\" = \"o1\".\"id\" AND \"c3\".\"fullname\""
                        + " = 'x'))");
        assertThat(sql("SELECT l.id FROM OrderLine l WHERE EXISTS (SELECT t FROM Tag t WHERE"
                + " l.order.customer.active = TRUE AND t.label = l.order.customer.fullname)"))
                .isEqualTo("SELECT \"o1\".\"id\" FROM \"OrderLine\" \"o1\" WHERE EXISTS (SELECT \"t2\".\"id\" FROM"
                        + " \"Tag\" \"t2\" INNER JOIN \"orders\" \"o3\" ON \"o3\".\"id\" = \"o1\".\"order_id\" INNER JOIN"
                        + " \"Customer\" \"c4\" ON \"c4\".\"id\" = \"o3\".\"customer_id\" WHERE \"c4\".\"active\" = TRUE"
                        + " AND \"t2\".\"label\" = \"c4\".\"fullname\")");
    }

    @Test
    void theOuterQueryAndASubqueryJoinTheSamePathEachForItself() {
        assertThat(sql("SELECT o.customer.fullname FROM Order o WHERE o.items = 9 OR EXISTS (SELECT l FROM OrderLine l"
                + " WHERE l.order = o AND o.customer.active = TRUE)"))
                .isEqualTo("SELECT \"c4\".\"fullname\" FROM \"orders\" \"o1\" INNER JOIN \"Customer\" \"c4\" ON"
                        + " \"c4\".\"id\" = \"o1\".\"customer_id\" WHERE \"o1\".\"items\" = 9 OR EXISTS (SELECT"
                        + " \"o2\".\"id\" FROM \"OrderLine\" \"o2\" INNER JOIN \"Customer\" \"c3\" ON \"c3\".\"id\" ="
                        + " \"o1\".\"customer_id\" WHERE \"o2\".\"order_id\" = \"o1\".\"id\" AND \"c3\".\"active\" ="
                        + " TRUE)");
    }

    @Test
    void identificationVariablesAreCaseInsensitive() {
        assertThat(sql("SELECT O.total FROM Order o WHERE o.items > 1 OR O.items < 0"))
                .isEqualTo("SELECT \"o1\".\"total\" FROM \"orders\" \"o1\" WHERE \"o1\".\"items\" > 1 OR"
                        + " \"o1\".\"items\" < 0");
        // attribute names, unlike variables, are case-sensitive
        assertThat(error("SELECT o FROM Order o WHERE o.ITEMS > 1").getMessage()).contains("Did you mean 'items'?");
    }

    @Test
    void anOmittedIdentificationVariableLetsPathsStartAtTheRootsAttributes() {
        QueryPlan plan = compile("FROM Product WHERE name = 'bolt' ORDER BY weight");
        assertThat(CompilerFixture.sqlite(plan).sql()).isEqualTo("SELECT \"p1\".\"id\", \"p1\".\"name\","
                + " \"p1\".\"rank\", \"p1\".\"sku\", \"p1\".\"weight\" FROM \"Product\" \"p1\" WHERE \"p1\".\"name\" ="
                + " 'bolt' ORDER BY \"p1\".\"weight\"");
        assertThat(plan.resultType()).isEqualTo(Shop.Product.class);
    }

    @Test
    void aSubqueryReachesTheOuterRootWhoseVariableWasOmitted() {
        assertThat(sql("DELETE FROM Customer WHERE NOT EXISTS (SELECT o FROM Order o WHERE o.customer.id = id)"))
                .isEqualTo("DELETE FROM \"Customer\" WHERE NOT (EXISTS (SELECT \"o1\".\"id\" FROM \"orders\" \"o1\""
                        + " WHERE \"o1\".\"customer_id\" = \"Customer\".\"id\"))");
        // a name the subquery's own variables do not start with, and no omitted root has, is still an error
        assertThat(error("SELECT o FROM Order o WHERE EXISTS (SELECT l FROM OrderLine l WHERE quantity > 1)")
                .getMessage()).contains("'quantity' is not an identification variable");
    }

    @Test
    void anUnknownEntitySuggestsTheClosestName() {
        QueryException e = error("SELECT c FROM Custmer c");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_UNKNOWN_ENTITY);
        assertThat(e.position()).isEqualTo(14);
        assertThat(e.getMessage()).contains("No entity is named 'Custmer'", "Did you mean 'Customer'?",
                "line 1, column 15", "Customer, Order, OrderLine, Product, Tag");
    }

    @Test
    void anUnknownAttributeSuggestsTheClosestAndListsTheEntitysAttributes() {
        QueryException e = error("SELECT c FROM Customer c WHERE c.fullName = 'x'");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_UNKNOWN_ATTRIBUTE);
        assertThat(e.position()).isEqualTo(31);
        assertThat(e.getMessage()).contains("Customer has no attribute 'fullName'", "Did you mean 'fullname'?",
                "active, address, favourites, fullname, id, notes, orders");
    }

    @Test
    void anUnknownEmbeddedAttributeNamesTheEmbeddable() {
        QueryException e = error("SELECT c.address.town FROM Customer c");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_UNKNOWN_ATTRIBUTE);
        assertThat(e.getMessage()).contains("Address has no attribute 'town'", "city, street");
    }

    @Test
    void anUnknownVariableSuggestsOneInScope() {
        QueryException e = error("SELECT ord FROM Order ord WHERE odr.items > 1");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_SYNTAX);
        assertThat(e.getMessage()).contains("'odr' is not an identification variable", "Did you mean 'ord'?");
    }

    @Test
    void aVariableDeclaredTwiceIsRefusedWhateverItsCase() {
        QueryException e = error("SELECT o FROM Order o JOIN o.lines O");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_SYNTAX);
        assertThat(e.getMessage()).contains("'O' is declared twice");
    }

    @Test
    void aCollectionValuedPathIsNotAValueNorNavigable() {
        QueryException asValue = error("SELECT o FROM Order o WHERE o.lines = 1");
        assertThat(asValue.getMessage()).contains("The collection Order.lines cannot be used as a value here",
                "JOIN x.lines e");
        QueryException navigated = error("SELECT o FROM Order o WHERE o.lines.quantity = 1");
        assertThat(navigated.getMessage()).contains("Cannot navigate to 'quantity' through the collection lines");
    }

    @Test
    void aBasicAttributeIsNotNavigable() {
        assertThat(error("SELECT o FROM Order o WHERE o.total.scale = 1").getMessage())
                .contains("Cannot navigate to 'scale' through the basic attribute total");
    }

    @Test
    void treatToTheSameEntityIsTheEntityAndToAnUnrelatedOneIsAnError() {
        assertThat(sql("SELECT TREAT(o.customer AS Customer).fullname FROM Order o"))
                .isEqualTo("SELECT \"c2\".\"fullname\" FROM \"orders\" \"o1\" INNER JOIN \"Customer\" \"c2\" ON"
                        + " \"c2\".\"id\" = \"o1\".\"customer_id\"");
        QueryException e = error("SELECT TREAT(o.customer AS Product).name FROM Order o");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_TYPE);
        assertThat(e.getMessage()).contains("Product is not a subclass of Customer",
                "Customer has no entity subclasses: remove the TREAT.");
    }

    @Test
    void keyIsTheMapKeyAttributeOfTheValuesAndValueIsTheVariable() {
        assertThat(sql("SELECT KEY(t), VALUE(t).colour FROM Order o JOIN o.tagsByLabel t WHERE KEY(t) LIKE 'a%'"
                + " ORDER BY KEY(t)"))
                .isEqualTo("SELECT \"t3\".\"label\", \"t3\".\"colour\" FROM \"orders\" \"o1\" INNER JOIN"
                        + " \"order_labels\" \"o2\" ON \"o2\".\"Order_id\" = \"o1\".\"id\" INNER JOIN \"Tag\" \"t3\""
                        + " ON \"t3\".\"id\" = \"o2\".\"tagsByLabel_id\" WHERE \"t3\".\"label\" LIKE 'a%' ORDER BY"
                        + " \"t3\".\"label\"");
        assertThat(sql("SELECT o.id FROM Order o JOIN o.lineByProduct l WHERE KEY(l).name = 'pen'"))
                .isEqualTo("SELECT \"o1\".\"id\" FROM \"orders\" \"o1\" INNER JOIN \"OrderLine\" \"o2\" ON"
                        + " \"o2\".\"order_id\" = \"o1\".\"id\" INNER JOIN \"Product\" \"p3\" ON \"p3\".\"id\" ="
                        + " \"o2\".\"product_id\" WHERE \"p3\".\"name\" = 'pen'");
        // a to-one key is selected as the entity
        assertThat(compile("SELECT KEY(l) FROM Order o JOIN o.lineByProduct l").items())
                .containsExactly(new QueryPlan.ResultItem.Entity(0, Shop.Product.class));
    }

    @Test
    void entryIsAMapEntryOfTheKeyAndTheValue() {
        QueryPlan plan = compile("SELECT ENTRY(t) FROM Order o JOIN o.tagsByLabel t");
        assertThat(plan.resultType()).isEqualTo(java.util.Map.Entry.class);
        assertThat(plan.items()).hasSize(1).first().isInstanceOfSatisfying(QueryPlan.ResultItem.MapEntry.class,
                entry -> {
                    assertThat(entry.key()).isInstanceOf(QueryPlan.ResultItem.Value.class);
                    assertThat(entry.key().javaType()).isEqualTo(String.class);
                    assertThat(entry.value()).isEqualTo(new QueryPlan.ResultItem.Entity(0, Shop.Tag.class));
                });
    }

    @Test
    void mapFunctionsMisusedSayWhereAndWhatToDo() {
        QueryException list = error("SELECT KEY(l) FROM Order o JOIN o.lines l");
        assertThat(list.code()).isEqualTo(ErrorCode.QUERY_TYPE);
        assertThat(list.getMessage()).contains("KEY(l): l is joined over Order.lines, a list, not a Map",
                "line 1, column 12");
        QueryException root = error("SELECT o FROM Order o WHERE KEY(o) = 1");
        assertThat(root.getMessage()).contains("o is a range variable over Order");
        QueryException where = error("SELECT o FROM Order o JOIN o.tagsByLabel t WHERE ENTRY(t) IS NULL");
        assertThat(where.code()).isEqualTo(ErrorCode.QUERY_SYNTAX);
        assertThat(where.getMessage()).contains("ENTRY(...) is allowed only as an item of the top-level SELECT",
                "line 1, column 50");
        assertThat(error("SELECT ENTRY(t).label FROM Order o JOIN o.tagsByLabel t").getMessage())
                .contains("ENTRY(...) is a map entry, which has no attributes");
        assertThat(error("SELECT KEY(o.tagsByLabel) FROM Order o").getMessage())
                .contains("KEY(...) takes one identification variable");
        assertThat(error("SELECT INDEX(l) FROM Order o JOIN o.lines l").getMessage()).contains("@OrderColumn");
        assertThat(sql("SELECT VALUE(l).quantity FROM Order o JOIN o.lines l"))
                .isEqualTo("SELECT \"o2\".\"quantity\" FROM \"orders\" \"o1\" INNER JOIN \"OrderLine\" \"o2\" ON"
                        + " \"o2\".\"order_id\" = \"o1\".\"id\"");
    }

    @Test
    void enumConstantsAreWrittenAsTheAttributeStoresThem() {
        assertThat(sql("SELECT o.id FROM Order o WHERE o.status = dev.athanor.core.query.compile.Shop.Status.PAID"))
                .endsWith("WHERE \"o1\".\"status\" = 'PAID'");
        assertThat(sql("SELECT o.id FROM Order o WHERE o.status IN (dev.athanor.core.query.compile.Shop.Status.PAID,"
                + " dev.athanor.core.query.compile.Shop.Status.OPEN)"))
                .endsWith("WHERE \"o1\".\"status\" IN ('PAID', 'OPEN')");
        assertThat(error("SELECT o FROM Order o WHERE o.status = dev.athanor.core.query.compile.Shop.Status.LOST")
                .getMessage()).contains("has no constant 'LOST'");
    }
}
