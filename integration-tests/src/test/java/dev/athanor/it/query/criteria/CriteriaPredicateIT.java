package dev.athanor.it.query.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.query.QueryPlanCache;
import dev.athanor.core.session.SessionFactory;
import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.L;
import dev.athanor.it.query.ShopData.P;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.Customer_;
import dev.athanor.it.query.model.OrderLine;
import dev.athanor.it.query.model.OrderStatus;
import dev.athanor.it.query.model.Product;
import dev.athanor.it.query.model.PurchaseOrder;
import dev.athanor.it.query.model.Tag;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Criteria predicates and expressions mirroring the JPQL WHERE and function tests. */
class CriteriaPredicateIT {

    @TempDir
    Path dir;

    /** Ids of the products {@code where} selects, in id order. */
    private static List<Long> products(EntityManager em, BiFunction<CriteriaBuilder, Root<Product>, Predicate> where) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Product> p = q.from(Product.class);
        q.select(p.get("id")).where(where.apply(cb, p)).orderBy(cb.asc(p.get("id")));
        return em.createQuery(q).getResultList();
    }

    /** Ids of the customers {@code where} selects, in id order. */
    private static List<Long> customers(EntityManager em, BiFunction<CriteriaBuilder, Root<Customer>, Predicate> where) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Customer> c = q.from(Customer.class);
        q.select(c.get(Customer_.id)).where(where.apply(cb, c)).orderBy(cb.asc(c.get(Customer_.id)));
        return em.createQuery(q).getResultList();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void comparisonsBetweenAndIn(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertThat(products(em, (cb, p) -> cb.between(p.get("price"), 1.5, 9.75)))
                    .isEqualTo(ShopData.productIds(p -> p.price() >= 1.5 && p.price() <= 9.75));
            assertThat(products(em, (cb, p) -> cb.or(cb.lt(p.get("price"), 1), cb.ge(p.get("stock"), 12))))
                    .isEqualTo(ShopData.productIds(p -> p.price() < 1 || (p.stock() != null && p.stock() >= 12)));
            assertThat(products(em, (cb, p) -> p.get("code").in("AP-1", "DA-4", "ZZ-9")))
                    .isEqualTo(ShopData.productIds(p -> Set.of("AP-1", "DA-4").contains(p.code())));
            assertThat(products(em, (cb, p) -> cb.not(p.get("code").in("AP-1", "DA-4"))))
                    .isEqualTo(ShopData.productIds(p -> !Set.of("AP-1", "DA-4").contains(p.code())));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void likeNullsAndEmptyCollections(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertThat(customers(em, (cb, c) -> cb.like(c.get(Customer_.email), "%.org")))
                    .isEqualTo(ShopData.customerIds(c -> c.email() != null && c.email().endsWith(".org")));
            assertThat(customers(em, (cb, c) -> cb.isNull(c.get(Customer_.rating))))
                    .isEqualTo(ShopData.customerIds(c -> c.rating() == null));
            assertThat(customers(em, (cb, c) -> cb.isEmpty(c.get(Customer_.orders))))
                    .isEqualTo(ShopData.customerIds(c -> ShopData.ordersOf(c.id()).isEmpty()));
            assertThat(customers(em, (cb, c) -> cb.isNotEmpty(c.get(Customer_.orders))))
                    .isEqualTo(ShopData.customerIds(c -> !ShopData.ordersOf(c.id()).isEmpty()));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void memberOfWithAnEntity(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            Tag dried = em.find(Tag.class, 3L);
            assertThat(products(em, (cb, p) -> cb.isMember(dried, p.<Set<Tag>>get("tags"))))
                    .isEqualTo(ShopData.productIds(p -> ShopData.tagIdsOf(p.id()).contains(3L)));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void entityValuesAreComparedByTheirId(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            Customer first = em.find(Customer.class, 1L);
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<PurchaseOrder> o = q.from(PurchaseOrder.class);
            q.select(o.get("id")).where(cb.equal(o.get("customer"), first)).orderBy(cb.asc(o.get("id")));
            assertThat(em.createQuery(q).getResultList()).isEqualTo(ShopData.orderIds(x -> x.customerId() == 1L));
            assertThat(customers(em, (b, c) -> b.equal(c, first))).containsExactly(1L);
            assertThat(customers(em, (b, c) -> b.notEqual(c, first)))
                    .isEqualTo(ShopData.customerIds(c -> c.id() != 1L));
            // a new instance has no id, so it stands for no row: that is an error, not an empty result
            Customer unsaved = new Customer();
            assertThatThrownBy(() -> customers(em, (b, c) -> b.equal(c, unsaved)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ATH-9005").hasMessageContaining("Customer");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void allAndAnyOverASubquery(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<Product> p = q.from(Product.class);
            Subquery<Double> bulk = q.subquery(Double.class);
            Root<OrderLine> l = bulk.from(OrderLine.class);
            bulk.select(l.get("unitPrice")).where(cb.gt(l.get("quantity"), 5));
            q.select(p.get("id")).where(cb.gt(p.get("price"), cb.all(bulk))).orderBy(cb.asc(p.get("id")));
            double max = ShopData.LINES.stream().filter(x -> x.quantity() > 5).mapToDouble(L::unitPrice).max()
                    .orElseThrow();
            assertThat(em.createQuery(q).getResultList()).isEqualTo(ShopData.productIds(x -> x.price() > max));

            CriteriaQuery<Long> any = cb.createQuery(Long.class);
            Root<Product> p2 = any.from(Product.class);
            Subquery<Double> prices = any.subquery(Double.class);
            Root<OrderLine> l2 = prices.from(OrderLine.class);
            prices.select(l2.get("unitPrice")).where(cb.ge(l2.get("quantity"), 10));
            any.select(p2.get("id")).where(cb.equal(p2.get("price"), cb.any(prices))).orderBy(cb.asc(p2.get("id")));
            Set<Double> bulkPrices = Set.copyOf(ShopData.LINES.stream().filter(x -> x.quantity() >= 10)
                    .map(L::unitPrice).toList());
            assertThat(em.createQuery(any).getResultList())
                    .isEqualTo(ShopData.productIds(x -> bulkPrices.contains(x.price())));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void enumAndConvertedOperandsAndParameters(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<PurchaseOrder> o = q.from(PurchaseOrder.class);
            q.select(o.get("id")).where(cb.equal(o.get("status"), OrderStatus.NEW), cb.isFalse(o.get("gift")))
                    .orderBy(cb.asc(o.get("id")));
            assertThat(em.createQuery(q).getResultList())
                    .isEqualTo(ShopData.orderIds(x -> x.status().equals("NEW") && !x.gift()));
        }
    }

    /** Orders of one Criteria shape: the values (an entity, an enum, a converted boolean, a date) are bound. */
    private static List<Long> orders(EntityManager em, Customer customer, OrderStatus status, boolean gift,
            LocalDate shippedFrom) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<PurchaseOrder> o = q.from(PurchaseOrder.class);
        q.select(o.get("id")).where(cb.equal(o.get("customer"), customer), cb.notEqual(o.get("status"), status),
                cb.equal(o.get("gift"), gift), cb.or(cb.isNull(o.get("shipDate")),
                        cb.greaterThanOrEqualTo(o.get("shipDate"), shippedFrom))).orderBy(cb.asc(o.get("id")));
        return em.createQuery(q).getResultList();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void criteriaDifferingOnlyInValuesCompileOnce(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            QueryPlanCache plans = unit.emf().unwrap(SessionFactory.class).queryPlans();
            long before = plans.compilations();
            LocalDate from = LocalDate.of(2024, 3, 1);
            for (long id = 1; id <= 3; id++) {
                long customerId = id;
                for (OrderStatus status : OrderStatus.values()) {
                    for (boolean gift : new boolean[] {true, false}) {
                        assertThat(orders(em, em.find(Customer.class, customerId), status, gift, from))
                                .isEqualTo(ShopData.orderIds(x -> x.customerId() == customerId
                                        && !x.status().equals(status.name()) && x.gift() == gift
                                        && (x.shipDate() == null || !x.shipDate().isBefore(from))));
                    }
                }
            }
            assertThat(plans.compilations() - before).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void stringFunctionsIncludingThe32Ones(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
            Root<Product> p = q.from(Product.class);
            Expression<String> name = p.get("name");
            Expression<String> code = p.get("code");
            q.multiselect(cb.upper(name), cb.lower(code), cb.length(name), cb.locate(code, "-"),
                    cb.substring(code, 1, 2), cb.concat(List.of(name, cb.literal("/"), code)), cb.left(name, 2),
                    cb.right(code, 1), cb.replace(code, "-", "+"), cb.trim(cb.concat(" ", name)))
                    .orderBy(cb.asc(p.get("id")));
            List<Object[]> rows = em.createQuery(q).getResultList();
            assertThat(rows).hasSize(ShopData.PRODUCTS.size());
            for (int i = 0; i < rows.size(); i++) {
                P x = ShopData.PRODUCTS.get(i);
                assertThat(rows.get(i)).containsExactly(x.name().toUpperCase(Locale.ROOT),
                        x.code().toLowerCase(Locale.ROOT), x.name().length(), x.code().indexOf('-') + 1,
                        x.code().substring(0, 2), x.name() + "/" + x.code(), x.name().substring(0, 2),
                        x.code().substring(x.code().length() - 1), x.code().replace('-', '+'), x.name());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void arithmeticAndNumericFunctions(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
            Root<OrderLine> l = q.from(OrderLine.class);
            Expression<Integer> quantity = l.get("quantity");
            Expression<Double> price = l.get("unitPrice");
            q.multiselect(cb.abs(cb.diff(quantity, 5)), cb.mod(quantity, 4), cb.prod(quantity, price),
                    cb.sqrt(price), cb.size(l.get("order").<List<OrderLine>>get("lines")))
                    .orderBy(cb.asc(l.get("id")));
            List<Object[]> rows = em.createQuery(q).getResultList();
            for (int i = 0; i < rows.size(); i++) {
                L x = ShopData.LINES.get(i);
                assertThat(((Number) rows.get(i)[0]).intValue()).isEqualTo(Math.abs(x.quantity() - 5));
                assertThat(((Number) rows.get(i)[1]).intValue()).isEqualTo(x.quantity() % 4);
                assertThat(((Number) rows.get(i)[2]).doubleValue()).isEqualTo(x.quantity() * x.unitPrice());
                assertThat(((Number) rows.get(i)[3]).doubleValue()).isCloseTo(Math.sqrt(x.unitPrice()),
                        org.assertj.core.api.Assertions.within(1e-9));
                assertThat(((Number) rows.get(i)[4]).intValue()).isEqualTo(ShopData.linesOf(x.orderId()).size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void nullifAndCoalesceInAPredicate(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<PurchaseOrder> o = q.from(PurchaseOrder.class);
            Expression<Integer> discount = o.get("discount");
            q.select(o.get("id")).where(cb.isNull(cb.nullif(discount, 0)),
                    cb.lessThan(cb.coalesce(discount, 100), 50)).orderBy(cb.asc(o.get("id")));
            // NULLIF(d, 0) IS NULL keeps nulls and zeros; COALESCE(d, 100) < 50 then drops the nulls
            assertThat(em.createQuery(q).getResultList())
                    .isEqualTo(ShopData.orderIds(x -> x.discount() != null && x.discount() == 0));
        }
    }
}
