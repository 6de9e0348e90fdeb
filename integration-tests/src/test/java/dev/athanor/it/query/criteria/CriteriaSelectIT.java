package dev.athanor.it.query.criteria;

import static dev.athanor.it.query.Results.row;
import static dev.athanor.it.query.Results.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import dev.athanor.it.query.ShopData.L;
import dev.athanor.it.query.ShopData.O;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.CustomerTotal;
import dev.athanor.it.query.model.Customer_;
import dev.athanor.it.query.model.OrderLine;
import dev.athanor.it.query.model.PurchaseOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Criteria queries mirroring the JPQL select tests: entities, multiselect, tuples, construct, fetch, grouping. */
class CriteriaSelectIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void entitiesWithAWhereAndAnOrderThroughTheStaticMetamodel(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(Customer_.name).as("the static metamodel is filled in at boot").isNotNull();
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
            Root<Customer> c = q.from(Customer.class);
            q.select(c).where(cb.greaterThan(c.get(Customer_.rating), 2)).orderBy(cb.desc(c.get(Customer_.name)));
            List<Customer> result = em.createQuery(q).getResultList();
            assertThat(result).extracting(Customer::getId).isEqualTo(ShopData.CUSTOMERS.stream()
                    .filter(x -> x.rating() != null && x.rating() > 2)
                    .sorted(Comparator.comparing(C::name).reversed()).map(C::id).toList());
            assertThat(result.get(0)).isSameAs(em.find(Customer.class, result.get(0).getId()));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void multiselectAsObjectArraysAndTuples(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> arrays = cb.createQuery(Object[].class);
            Root<Customer> c = arrays.from(Customer.class);
            arrays.multiselect(c.get("id"), c.get("name"), c.get("address").get("city")).orderBy(cb.asc(c.get("id")));
            assertThat(rows(em.createQuery(arrays).getResultList())).isEqualTo(ShopData.CUSTOMERS.stream()
                    .map(x -> row(x.id(), x.name(), x.city())).toList());

            CriteriaQuery<Tuple> tuples = cb.createTupleQuery();
            Root<Customer> t = tuples.from(Customer.class);
            tuples.select(cb.tuple(t.get(Customer_.id).alias("id"), t.get(Customer_.email).alias("email")))
                    .orderBy(cb.asc(t.get(Customer_.id)));
            List<Tuple> result = em.createQuery(tuples).getResultList();
            assertThat(result).extracting(x -> x.get("id", Long.class)).isEqualTo(ShopData.customerIds(x -> true));
            assertThat(result).extracting(x -> x.get("email")).isEqualTo(ShopData.CUSTOMERS.stream().map(C::email).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void constructWithJoinsAndGrouping(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<CustomerTotal> q = cb.createQuery(CustomerTotal.class);
            Root<Customer> c = q.from(Customer.class);
            Join<Customer, PurchaseOrder> o = c.join(Customer_.orders);
            Join<PurchaseOrder, OrderLine> l = o.join("lines");
            q.select(cb.construct(CustomerTotal.class, c.get(Customer_.name), cb.countDistinct(o.get("id")),
                    cb.sumAsLong(l.get("quantity")))).groupBy(c.get(Customer_.name)).orderBy(cb.asc(c.get(Customer_.name)));
            Map<String, List<L>> byName = ShopData.LINES.stream().collect(Collectors.groupingBy(
                    x -> ShopData.customer(ShopData.order(x.orderId()).customerId()).name()));
            assertThat(em.createQuery(q).getResultList()).isEqualTo(byName.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new CustomerTotal(e.getKey(), e.getValue().stream().map(L::orderId).distinct().count(),
                            e.getValue().stream().mapToLong(L::quantity).sum())).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void groupByWithHavingAndALeftJoin(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
            Root<Customer> c = q.from(Customer.class);
            Join<Customer, PurchaseOrder> o = c.join(Customer_.orders, JoinType.LEFT);
            q.multiselect(c.get(Customer_.id), cb.count(o)).groupBy(c.get(Customer_.id))
                    .having(cb.lessThan(cb.count(o), 2L)).orderBy(cb.asc(c.get(Customer_.id)));
            assertThat(rows(em.createQuery(q).getResultList())).isEqualTo(ShopData.CUSTOMERS.stream()
                    .filter(x -> ShopData.ordersOf(x.id()).size() < 2)
                    .map(x -> row(x.id(), (long) ShopData.ordersOf(x.id()).size())).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void selectCaseAndCoalesce(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
            Root<Customer> c = q.from(Customer.class);
            q.multiselect(cb.selectCase().when(cb.isNull(c.get(Customer_.rating)), "unrated")
                            .when(cb.ge(c.get(Customer_.rating), 3), "good").otherwise("poor"),
                    cb.coalesce(c.get(Customer_.email), c.get(Customer_.name)))
                    .orderBy(cb.asc(c.get(Customer_.id)));
            assertThat(rows(em.createQuery(q).getResultList())).isEqualTo(ShopData.CUSTOMERS.stream()
                    .map(x -> row(x.rating() == null ? "unrated" : x.rating() >= 3 ? "good" : "poor",
                            x.email() != null ? x.email() : x.name())).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void fetchOfAToManyAndAToOne(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<PurchaseOrder> q = cb.createQuery(PurchaseOrder.class);
            Root<PurchaseOrder> o = q.from(PurchaseOrder.class);
            o.fetch("customer");
            o.fetch("lines", JoinType.LEFT);
            q.select(o).distinct(true).orderBy(cb.asc(o.get("id")));
            List<PurchaseOrder> orders = em.createQuery(q).getResultList();
            assertThat(orders).extracting(PurchaseOrder::getId).isEqualTo(ShopData.orderIds(x -> true));
            for (PurchaseOrder order : orders) {
                assertThat(order.getCustomer().getName())
                        .isEqualTo(ShopData.customer(ShopData.order(order.getId()).customerId()).name());
                assertThat(order.getLines()).hasSize(ShopData.linesOf(order.getId()).size());
            }
            assertThat(unit.sql()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aCorrelatedSubqueryWithExists(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<Customer> c = q.from(Customer.class);
            Subquery<PurchaseOrder> sub = q.subquery(PurchaseOrder.class);
            Root<PurchaseOrder> o = sub.from(PurchaseOrder.class);
            sub.select(o).where(cb.equal(o.get("customer"), c), cb.isTrue(o.get("gift")));
            q.select(c.get(Customer_.id)).where(cb.exists(sub)).orderBy(cb.asc(c.get(Customer_.id)));
            assertThat(em.createQuery(q).getResultList())
                    .isEqualTo(ShopData.customerIds(x -> ShopData.ordersOf(x.id()).stream().anyMatch(O::gift)));
            assertThat(unit.sql().get(0)).contains("EXISTS");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aScalarSubqueryAndInSubquery(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<OrderLine> l = q.from(OrderLine.class);
            Subquery<Double> avg = q.subquery(Double.class);
            Root<OrderLine> l2 = avg.from(OrderLine.class);
            avg.select(cb.avg(l2.get("quantity")));
            Subquery<Long> paris = q.subquery(Long.class);
            Root<PurchaseOrder> o = paris.from(PurchaseOrder.class);
            paris.select(o.get("id")).where(cb.equal(o.get("customer").get("address").get("city"), "Paris"));
            q.select(l.get("id")).where(cb.gt(l.get("quantity"), avg), l.get("order").get("id").in(paris))
                    .orderBy(cb.asc(l.get("id")));
            double average = ShopData.LINES.stream().mapToInt(L::quantity).average().orElseThrow();
            assertThat(em.createQuery(q).getResultList()).isEqualTo(ShopData.LINES.stream()
                    .filter(x -> x.quantity() > average)
                    .filter(x -> ShopData.customer(ShopData.order(x.orderId()).customerId()).city().equals("Paris"))
                    .map(L::id).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void parametersPagingAndNullsOrdering(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<String> q = cb.createQuery(String.class);
            Root<Customer> c = q.from(Customer.class);
            ParameterExpression<String> city = cb.parameter(String.class, "city");
            q.select(c.get(Customer_.name)).where(cb.notEqual(c.get(Customer_.address).get("city"), city))
                    .orderBy(cb.asc(c.get(Customer_.rating), Nulls.FIRST), cb.asc(c.get(Customer_.id)));
            List<String> page = em.createQuery(q).setParameter(city, "Rome").setFirstResult(1).setMaxResults(3)
                    .getResultList();
            assertThat(page).isEqualTo(ShopData.CUSTOMERS.stream().filter(x -> !x.city().equals("Rome"))
                    .sorted(Comparator.comparing(C::rating, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
                            .thenComparingLong(C::id))
                    .skip(1).limit(3).map(C::name).toList());
            String sql = unit.sql().get(0);
            assertThat(sql.toUpperCase(Locale.ROOT)).contains("LIMIT");
            if (target.isSqlite()) {
                assertThat(sql).contains("NULLS FIRST");
            } else {
                assertThat(sql).doesNotContain("NULLS").contains("IS NULL");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void setOperationsOfTwoCriteriaQueries(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<String> paris = cb.createQuery(String.class);
            Root<Customer> c = paris.from(Customer.class);
            paris.select(c.get(Customer_.name)).where(cb.equal(c.get(Customer_.address).get("city"), "Paris"));
            CriteriaQuery<String> unrated = cb.createQuery(String.class);
            Root<Customer> u = unrated.from(Customer.class);
            unrated.select(u.get(Customer_.name)).where(cb.isNull(u.get(Customer_.rating)));
            CriteriaSelect<String> union = cb.union(paris, unrated);
            assertThat(em.createQuery(union).getResultList()).containsExactlyInAnyOrderElementsOf(ShopData.CUSTOMERS
                    .stream().filter(x -> x.city().equals("Paris") || x.rating() == null).map(C::name).toList());
            CriteriaSelect<String> except = cb.except(paris, unrated);
            assertThat(em.createQuery(except).getResultList()).containsExactlyInAnyOrderElementsOf(ShopData.CUSTOMERS
                    .stream().filter(x -> x.city().equals("Paris") && x.rating() != null).map(C::name).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theSameCriteriaQueryBuiltTwiceAnswersAlike(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<List<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaQuery<String> q = cb.createQuery(String.class);
                Root<Customer> c = q.from(Customer.class);
                q.select(cb.upper(c.get(Customer_.name))).where(cb.like(c.get(Customer_.email), "%.com"))
                        .orderBy(cb.asc(c.get(Customer_.id)));
                answers.add(em.createQuery(q).getResultList());
            }
            assertThat(answers.get(1)).isEqualTo(answers.get(0)).isEqualTo(ShopData.CUSTOMERS.stream()
                    .filter(x -> x.email() != null && x.email().endsWith(".com"))
                    .map(x -> x.name().toUpperCase(Locale.ROOT)).toList());
            assertThat(unit.sql().get(1)).isEqualTo(unit.sql().get(0));
        }
    }
}
