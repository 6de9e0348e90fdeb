package dev.athanor.core.query.compile;

import static dev.athanor.core.query.compile.CompilerFixture.compile;
import static dev.athanor.core.query.compile.CompilerFixture.error;
import static dev.athanor.core.query.compile.CompilerFixture.sqlite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.ResultItem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ResultShapeTest {

    private static final String SHOP = "dev.athanor.core.query.compile.Shop$";

    @Test
    void anAttributeItemCarriesItsAttributeSoThatEnumsAndConvertersApply() {
        QueryPlan plan = compile("SELECT o.status, p.sku FROM Order o, Product p");
        var order = CompilerFixture.METADATA.entity(Shop.Order.class);
        var product = CompilerFixture.METADATA.entity(Shop.Product.class);
        assertThat(plan.items()).containsExactly(new ResultItem.Value(0, Shop.Status.class, order.attribute("status")),
                new ResultItem.Value(1, Shop.Sku.class, product.attribute("sku")));
        assertThat(plan.resultType()).isEqualTo(Object[].class);
        assertThat(plan.kind()).isEqualTo(QueryPlan.Kind.SELECT);
    }

    @Test
    void primitiveAttributesAreBoxedAndASingleItemIsTheResultType() {
        QueryPlan plan = compile("SELECT p.weight FROM Product p");
        assertThat(plan.items().get(0).javaType()).isEqualTo(Double.class);
        assertThat(plan.resultType()).isEqualTo(Double.class);
    }

    @Test
    void anEmbeddedItemReadsItsColumns() {
        QueryPlan plan = compile("SELECT c.id, c.address FROM Customer c");
        var customer = CompilerFixture.METADATA.entity(Shop.Customer.class);
        assertThat(plan.items().get(1)).isEqualTo(new ResultItem.Embedded(1, customer.attribute("address"),
                Shop.Address.class));
        assertThat(sqlite(plan).sql()).isEqualTo("SELECT \"c1\".\"id\", \"c1\".\"city\", \"c1\".\"street\" FROM"
                + " \"Customer\" \"c1\"");
    }

    @Test
    void entitiesAndValuesShareTheRowInOrder() {
        QueryPlan plan = compile("SELECT DISTINCT o.customer, o.total AS t, o FROM Order o");
        assertThat(sqlite(plan).sql()).startsWith("SELECT DISTINCT \"c2\".\"active\", \"c2\".\"city\", \"c2\".\"street\","
                + " \"c2\".\"fullname\", \"c2\".\"id\", \"o1\".\"total\", \"o1\".\"customer_id\"");
        assertThat(plan.items()).extracting(ResultItem::javaType).containsExactly(Shop.Customer.class,
                BigDecimal.class, Shop.Order.class);
        assertThat(plan.items().get(1)).isInstanceOf(ResultItem.Value.class).extracting("column").isEqualTo(5);
        assertThat(plan.entities()).extracting(QueryPlan.EntityNode::firstColumn).containsExactly(0, 6);
        // the customer's lazy notes are left out of the row: that slot reads as NULL
        assertThat(plan.entities().get(0).columns()).containsExactly(0, 1, 2, 3, 4, -1);
        assertThat(plan.entities().get(0).column(5)).isEqualTo(-1);
        assertThat(plan.entities().get(1).columns()).isNull();
        assertThat(plan.aliases()).containsExactly(null, "t", null);
    }

    @Test
    void newPicksTheConstructorTheArgumentsFitWideningAnInteger() {
        QueryPlan plan = compile("SELECT NEW dev.athanor.core.query.compile.Shop$CustomerTotal(c.fullname, COUNT(o))"
                + " FROM Customer c JOIN c.orders o GROUP BY c.fullname");
        ResultItem.Constructed item = (ResultItem.Constructed) plan.items().get(0);
        assertThat(item.constructor().getDeclaringClass()).isEqualTo(Shop.CustomerTotal.class);
        assertThat(plan.resultType()).isEqualTo(Shop.CustomerTotal.class);
        QueryPlan overloaded = compile("SELECT NEW " + SHOP + "Summary(c.fullname, o.items) FROM Customer c JOIN c.orders o");
        assertThat(((ResultItem.Constructed) overloaded.items().get(0)).constructor().getParameterTypes())
                .containsExactly(String.class, int.class);
        QueryPlan total = compile("SELECT NEW " + SHOP + "Summary(c.fullname, o.total) FROM Customer c JOIN c.orders o");
        assertThat(((ResultItem.Constructed) total.items().get(0)).constructor().getParameterTypes())
                .containsExactly(String.class, BigDecimal.class);
    }

    @Test
    void newListsTheConstructorsWhenNoneFits() {
        QueryException e = error("SELECT NEW " + SHOP + "Summary(c.fullname, c.address.city) FROM Customer c");
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_RESULT_TYPE);
        assertThat(e.getMessage()).contains("no public constructor takes these argument types",
                "Summary(String, BigDecimal)", "Summary(String, int)");
        assertThat(error("SELECT NEW com.nowhere.Dto(c.id) FROM Customer c").getMessage())
                .contains("NEW com.nowhere.Dto(...): no such class");
    }

    @Test
    void theSelectClauseMayBeOmittedForOneRootOnly() {
        assertThat(compile("FROM Order o").items()).containsExactly(new ResultItem.Entity(0, Shop.Order.class));
        assertThat(error("FROM Order o, Customer c").getMessage()).contains("may be omitted only when FROM names a"
                + " single entity");
    }

    @Test
    void aCollectionIsNotASelectItem() {
        assertThat(error("SELECT o.lines FROM Order o").getMessage()).contains("The collection Order.lines cannot be"
                + " used as a value here");
    }
}
