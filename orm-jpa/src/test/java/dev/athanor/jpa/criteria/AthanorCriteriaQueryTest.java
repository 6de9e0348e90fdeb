package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.CriteriaFixture.METAMODEL;
import static dev.athanor.jpa.criteria.CriteriaFixture.jpql;
import static dev.athanor.jpa.criteria.CriteriaFixture.select;
import static dev.athanor.jpa.criteria.CriteriaFixture.tree;
import static dev.athanor.jpa.criteria.CriteriaFixture.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.criteria.Shop.Customer;
import dev.athanor.jpa.criteria.Shop.Product;
import dev.athanor.jpa.criteria.Shop.Purchase;
import dev.athanor.jpa.criteria.Shop.PurchaseLine;
import dev.athanor.jpa.criteria.Shop.Summary;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AthanorCriteriaQueryTest {

    private final CriteriaBuilder cb = CriteriaFixture.CB;

    @Nested
    class Queries {

        @Test
        void selectsARootWithGeneratedAliases() {
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            Root<Purchase> p = q.from(Purchase.class);
            q.select(p);
            assertThat(jpql(q)).isEqualTo("SELECT generatedAlias0 FROM Purchase generatedAlias0");
            assertThat(tree(q)).isEqualTo(new QueryTree.Select(-1, new QueryTree.QuerySpec(-1, false,
                    List.of(new QueryTree.Selection(-1, Expr.Path.of(-1, "generatedAlias0"), null)),
                    List.of(new QueryTree.From(-1, "Purchase", null, "generatedAlias0", List.of())), null, List.of(),
                    null), List.of()));
            assertThat(q.getResultType()).isEqualTo(Purchase.class);
        }

        @Test
        void noSelectionWithOneRootSelectsItAsJpqlDoes() {
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            q.from(Purchase.class);
            assertThat(jpql(q)).isEqualTo("FROM Purchase generatedAlias0");
        }

        @Test
        void sameCodeTwiceGivesEqualTrees() {
            Supplier<CriteriaQuery<Purchase>> build = () -> {
                CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
                Root<Purchase> p = q.from(Purchase.class);
                Join<Purchase, Customer> c = p.join("customer");
                q.select(p).where(cb.equal(c.get("name"), cb.parameter(String.class)),
                        cb.gt(p.get("total"), cb.parameter(BigDecimal.class)),
                        cb.like(c.get("email"), cb.parameter(String.class, "mail")))
                        .orderBy(cb.desc(p.get("total")));
                return q;
            };
            CriteriaQuery<Purchase> first = build.get();
            CriteriaQuery<Purchase> second = build.get();
            assertThat(tree(first)).isEqualTo(tree(second)).hasSameHashCodeAs(tree(second));
            assertThat(jpql(first)).isEqualTo("SELECT generatedAlias0 FROM Purchase generatedAlias0"
                    + " JOIN generatedAlias0.customer generatedAlias1 WHERE (generatedAlias1.name = :param0)"
                    + " AND (generatedAlias0.total > :param1) AND (generatedAlias1.email LIKE :mail)"
                    + " ORDER BY generatedAlias0.total DESC");
            assertThat(((CriteriaStatement) first).parameters()).extracting(AthanorParameterExpression::treeName)
                    .containsExactly("param0", "param1", "mail");
        }

        @Test
        void distinctGroupByHavingOrderWithNulls() {
            CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
            Root<Purchase> p = q.from(Purchase.class);
            Join<Purchase, Customer> c = p.join("customer", JoinType.LEFT);
            q.multiselect(c.get("name"), cb.sum(p.get("total"))).distinct(true)
                    .groupBy(c.get("name")).having(cb.gt(cb.count(p), 2L))
                    .orderBy(cb.asc(c.get("name"), Nulls.LAST), cb.desc(cb.count(p), Nulls.FIRST).reverse());
            assertThat(jpql(q)).isEqualTo("SELECT DISTINCT generatedAlias1.name, SUM(generatedAlias0.total)"
                    + " FROM Purchase generatedAlias0 LEFT JOIN generatedAlias0.customer generatedAlias1"
                    + " GROUP BY generatedAlias1.name HAVING COUNT(generatedAlias0) > :param0"
                    + " ORDER BY generatedAlias1.name NULLS LAST, COUNT(generatedAlias0) NULLS FIRST");
            assertThat(q.getOrderList()).extracting(Order::isAscending).containsExactly(true, true);
            assertThat(q.isDistinct()).isTrue();
        }

        @Test
        void multiselectFollowsTheResultType() {
            CriteriaQuery<Tuple> tuples = cb.createTupleQuery();
            Root<Purchase> p = tuples.from(Purchase.class);
            tuples.multiselect(p.get("id").alias("id"), p.get("total").alias("total"));
            assertThat(jpql(tuples)).isEqualTo("SELECT generatedAlias0.id AS id, generatedAlias0.total AS total"
                    + " FROM Purchase generatedAlias0");
            assertThat(tuples.getSelection().getCompoundSelectionItems()).<Object>extracting(s -> s.getJavaType())
                    .containsExactly(Long.class, BigDecimal.class);

            CriteriaQuery<Summary> summaries = cb.createQuery(Summary.class);
            Root<Purchase> s = summaries.from(Purchase.class);
            summaries.multiselect(s.get("note"), s.get("total"));
            assertThat(jpql(summaries)).isEqualTo("SELECT NEW " + Summary.class.getName()
                    + "(generatedAlias0.note, generatedAlias0.total) FROM Purchase generatedAlias0");

            CriteriaQuery<Object> objects = cb.createQuery();
            Root<Purchase> o = objects.from(Purchase.class);
            objects.multiselect(o.get("id"));
            assertThat(jpql(objects)).isEqualTo("SELECT generatedAlias0.id FROM Purchase generatedAlias0");
            objects.multiselect();
            assertThat(objects.getSelection()).isNull();
        }

        @Test
        void constructTupleAndArraySelections() {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<Purchase> p = q.from(Purchase.class);
            q.select(cb.tuple(p.get("id"), cb.construct(Summary.class, p.get("note"), p.get("total")).alias("s")));
            assertThat(jpql(q)).isEqualTo("SELECT generatedAlias0.id, NEW " + Summary.class.getName()
                    + "(generatedAlias0.note, generatedAlias0.total) AS s FROM Purchase generatedAlias0");
            assertThatThrownBy(() -> cb.tuple(cb.array(p.get("id"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot contain a array(...)");
        }

        @Test
        void selectionOfTheWrongResultTypeIsRefused() {
            CriteriaQuery<String> q = cb.createQuery(String.class);
            Root<Purchase> p = q.from(Purchase.class);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Expression<String> total = (Expression) p.get("total");
            assertThatThrownBy(() -> q.select(total)).isInstanceOf(QueryException.class)
                    .hasMessageContaining("ATH-9006").hasMessageContaining("created for java.lang.String results")
                    .hasMessageContaining("java.math.BigDecimal");
        }

        @Test
        void aSelectedPredicateIsACaseOfTrueAndFalse() {
            assertThat(select(p -> cb.isNull(p.get("note"))))
                    .isEqualTo("CASE WHEN generatedAlias0.note IS NULL THEN TRUE ELSE FALSE END");
        }

        @Test
        void parametersAreListedOnceInOrderAndNamesCannotClash() {
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            Root<Purchase> p = q.from(Purchase.class);
            ParameterExpression<Integer> low = cb.parameter(Integer.class);
            ParameterExpression<Integer> high = cb.parameter(Integer.class, "high");
            q.where(cb.between(p.get("quantity"), low, high), cb.notEqual(p.get("quantity"), low));
            assertThat(q.getParameters()).containsExactly(low, high);
            assertThat(((AthanorParameterExpression<Integer>) low).treeName()).isEqualTo("param0");
            assertThat(low.getName()).isNull();
            assertThat(low.getPosition()).isNull();
            assertThat(high.getParameterType()).isEqualTo(Integer.class);
            q.where(cb.equal(p.get("quantity"), low), cb.equal(p.get("version"), cb.parameter(Long.class, "param0")));
            assertThatThrownBy(q::getParameters).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'param0' is a name Athanor gives an unnamed parameter or a value");
            q.where(cb.equal(p.get("quantity"), 3), cb.equal(p.get("version"), cb.parameter(Long.class, "param0")));
            assertThatThrownBy(q::getParameters).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'param0' is a name Athanor gives an unnamed parameter or a value");
        }

        @Test
        void valuesAreGeneratedParametersSoThatOnlyTheShapeMakesTheTree() {
            CriteriaQuery<Object[]> first = valuesQuery("a%", 3, 10L);
            CriteriaQuery<Object[]> second = valuesQuery("b%", 4, 20L);
            assertThat(tree(first)).isEqualTo(tree(second));
            assertThat(jpql(first)).isEqualTo("SELECT generatedAlias0.note, 1, 'x' FROM Purchase generatedAlias0"
                    + " WHERE (generatedAlias0.note LIKE :param0) AND (generatedAlias0.quantity > :param1)"
                    + " AND (generatedAlias0.id <> :param2) AND (generatedAlias0.note IS NOT NULL)"
                    + " GROUP BY generatedAlias0.note, 1 HAVING COUNT(generatedAlias0) > :param3 ORDER BY 2");
            assertThat(((CriteriaStatement) first).implicitValues()).containsExactly(entry("param0", "a%"),
                    entry("param1", 3), entry("param2", 7L), entry("param3", 10L));
            assertThat(((CriteriaStatement) second).implicitValues()).containsValues("b%", 4, 20L);
            assertThat(first.getParameters()).isEmpty();
        }

        private CriteriaQuery<Object[]> valuesQuery(String pattern, int quantity, long count) {
            CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
            Root<Purchase> p = q.from(Purchase.class);
            q.multiselect(p.get("note"), cb.literal(1), cb.literal("x"))
                    .where(cb.like(p.get("note"), pattern), cb.gt(p.get("quantity"), quantity),
                            cb.notEqual(p.get("id"), 7L), cb.isNotNull(p.get("note")))
                    .groupBy(p.get("note"), cb.literal(1)).having(cb.gt(cb.count(p), count))
                    .orderBy(cb.asc(cb.literal(2)));
            return q;
        }

        @Test
        void queryWithoutRootFailsClearly() {
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            assertThatThrownBy(q::getParameters).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ATH-9009").hasMessageContaining("has no root");
        }

        @Test
        void whereWithNothingOrAConjunctionRestrictsNothing() {
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            q.select(q.from(Purchase.class)).where(cb.conjunction());
            assertThat(jpql(q)).doesNotContain("WHERE");
            q.where();
            assertThat(q.getRestriction()).isNull();
        }
    }

    @Nested
    class PathsAndJoins {

        @Test
        void embeddablesAndToOnesAreNavigatedByName() {
            assertThat(select(p -> p.get("customer").get("address").get("city")))
                    .isEqualTo("generatedAlias0.customer.address.city");
        }

        @Test
        void metamodelAttributesWork() {
            EntityType<Purchase> purchase = METAMODEL.entity(Purchase.class);
            SingularAttribute<? super Purchase, BigDecimal> total = purchase.getSingularAttribute("total",
                    BigDecimal.class);
            assertThat(select(p -> p.get(total))).isEqualTo("generatedAlias0.total");
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            Root<Purchase> p = q.from(purchase);
            assertThat(p.getModel()).isSameAs(purchase);
            assertThat(p.get(total).getModel()).isSameAs(total);
            SetJoin<Purchase, PurchaseLine> lines = p.join(purchase.getSet("lines", PurchaseLine.class));
            assertThat(lines.getModel()).isSameAs(purchase.getSet("lines"));
            assertThat(lines.getParent()).isSameAs(p);
            assertThat(p.getJoins()).containsExactly(lines);
        }

        @Test
        void unknownAttributeSaysWhatItMeant() {
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            Root<Purchase> p = q.from(Purchase.class);
            assertThatThrownBy(() -> p.get("totl")).isInstanceOf(QueryException.class)
                    .hasMessageContaining("ATH-9003")
                    .hasMessageContaining("Purchase has no attribute 'totl'. Did you mean 'total'? Attributes: [");
            assertThatThrownBy(() -> p.get("total").get("scale")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("basic value of type BigDecimal");
            assertThatThrownBy(() -> p.get("lines").get("amount")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("it is a collection").hasMessageContaining("join(\"lines\")");
            assertThatThrownBy(() -> p.join("note")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an association");
        }

        @Test
        void joinsNestedJoinsOnAndEntityJoins() {
            CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
            Root<Purchase> p = q.from(Purchase.class);
            Join<Purchase, PurchaseLine> line = p.join("lines");
            Join<PurchaseLine, Product> product = line.join("product", JoinType.LEFT);
            product.on(cb.gt(product.get("price"), 10));
            Join<Purchase, Customer> buyer = p.join(Customer.class);
            buyer.on(cb.equal(buyer.get("email"), p.get("note")));
            q.multiselect(p, product.get("name"), buyer);
            assertThat(jpql(q)).isEqualTo("SELECT generatedAlias0, generatedAlias2.name, generatedAlias3"
                    + " FROM Purchase generatedAlias0 JOIN generatedAlias0.lines generatedAlias1"
                    + " LEFT JOIN generatedAlias1.product generatedAlias2 ON generatedAlias2.price > :param0"
                    + " JOIN Customer generatedAlias3 ON generatedAlias3.email = generatedAlias0.note");
            assertThat(product.getOn()).isNotNull();
            assertThat(product.getParentPath()).isSameAs(line);
            assertThat(p.getParentPath()).isNull();
            assertThat(line.getJoinType()).isEqualTo(JoinType.INNER);
        }

        @Test
        void rightJoinIsRefused() {
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            Root<Purchase> p = q.from(Purchase.class);
            assertThatThrownBy(() -> p.join("customer", JoinType.RIGHT)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ATH-9007").hasMessageContaining("no RIGHT join");
        }

        @Test
        void fetchesAndNestedFetches() {
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            Root<Purchase> p = q.from(Purchase.class);
            Fetch<Purchase, PurchaseLine> lines = p.fetch("lines", JoinType.LEFT);
            lines.fetch("product");
            p.fetch("customer");
            q.select(p).distinct(true);
            assertThat(jpql(q)).isEqualTo("SELECT DISTINCT generatedAlias0 FROM Purchase generatedAlias0"
                    + " LEFT JOIN FETCH generatedAlias0.lines generatedAlias1"
                    + " JOIN FETCH generatedAlias1.product generatedAlias2"
                    + " JOIN FETCH generatedAlias0.customer generatedAlias3");
            assertThat(p.getFetches()).hasSize(2);
            assertThat(lines.getFetches()).singleElement().extracting(f -> f.getAttribute().getName())
                    .isEqualTo("product");
        }

        @Test
        void typeOfAPathIsComparedWithAnEntityName() {
            assertThat(where(p -> cb.equal(p.type(), Purchase.class))).isEqualTo("TYPE(generatedAlias0) = Purchase");
        }

        @Test
        void treatToTheSameClassIsThePathAndToAnUnrelatedOneIsAnError() {
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            Root<Purchase> p = q.from(Purchase.class);
            assertThat(cb.treat(p, Purchase.class)).isSameAs(p);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Class<Purchase> other = (Class) Product.class;
            assertThatThrownBy(() -> cb.treat(p, other)).isInstanceOf(QueryException.class)
                    .hasMessageContaining("ATH-9004").hasMessageContaining("Product is not a subclass of Purchase");
        }

        @Test
        void aMapJoinHasKeyValueAndEntryAsJpqlHasKeyValueAndEntry() {
            CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
            Root<Customer> c = q.from(Customer.class);
            jakarta.persistence.criteria.MapJoin<Customer, String, Purchase> m = c.joinMap("purchasesByNote");
            q.multiselect(m.key(), m.value().get("total"), m.entry()).where(cb.equal(m.key(), cb.literal("gift")));
            assertThat(m.getModel().getKeyJavaType()).isEqualTo(String.class);
            assertThat(m.value()).isSameAs(m);
            assertThat(jpql(q)).contains("SELECT KEY(generatedAlias1), generatedAlias1.total, ENTRY(generatedAlias1)")
                    .contains("JOIN generatedAlias0.purchasesByNote generatedAlias1")
                    .contains("WHERE KEY(generatedAlias1) = ");
            assertThatThrownBy(() -> m.key().get("length")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("it is a basic value of type String");
        }

        @Test
        void joinMapOfAnAttributeThatIsNoMapSaysWhatItIs() {
            CriteriaQuery<Purchase> q = cb.createQuery(Purchase.class);
            Root<Purchase> p = q.from(Purchase.class);
            assertThatThrownBy(() -> p.joinMap("lines")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Purchase.lines is a set, not a map; use join(\"lines\")");
        }
    }
}
