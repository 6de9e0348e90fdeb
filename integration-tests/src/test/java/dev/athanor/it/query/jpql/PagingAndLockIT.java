package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import dev.athanor.it.query.ShopData.O;
import dev.athanor.it.query.model.Customer;
import dev.athanor.it.query.model.Product;
import dev.athanor.it.query.model.PurchaseOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NoResultException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TransactionRequiredException;
import jakarta.persistence.TypedQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Single results, streams, pages (also over fetch joins of collections), pessimistic locks, hints, flush modes. */
class PagingAndLockIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void singleResultNoneOrMany(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(em.createQuery("SELECT c FROM Customer c WHERE c.name = 'Dee'", Customer.class).getSingleResult()
                    .getId()).isEqualTo(4L);
            TypedQuery<Customer> none = em.createQuery("SELECT c FROM Customer c WHERE c.name = 'Zed'", Customer.class);
            assertThatThrownBy(none::getSingleResult).isInstanceOf(NoResultException.class);
            assertThat(none.getSingleResultOrNull()).isNull();
            TypedQuery<Customer> many = em.createQuery("SELECT c FROM Customer c WHERE c.address.city = 'Paris'",
                    Customer.class);
            assertThatThrownBy(many::getSingleResult).isInstanceOf(NonUniqueResultException.class);
            assertThatThrownBy(many::getSingleResultOrNull).isInstanceOf(NonUniqueResultException.class);
            // neither failure rolled anything back or closed the EntityManager
            assertThat(em.isOpen()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aResultStreamClosesItsStatement(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<String> firstTwo;
            try (Stream<Customer> stream = em.createQuery("SELECT c FROM Customer c ORDER BY c.id", Customer.class)
                    .getResultStream()) {
                firstTwo = stream.limit(2).map(Customer::getName).toList();
            }
            assertThat(firstTwo).isEqualTo(ShopData.CUSTOMERS.stream().limit(2).map(C::name).toList());
            try (Stream<Long> stream = em.createQuery("SELECT o.id FROM PurchaseOrder o ORDER BY o.id", Long.class)
                    .getResultStream()) {
                assertThat(stream.toList()).isEqualTo(ShopData.orderIds(o -> true));
            }
            // the connection is free again: a write transaction commits on it
            em.getTransaction().begin();
            em.find(Customer.class, 1L).setRating(2);
            em.getTransaction().commit();
            assertThat(unit.number("SELECT rating FROM itq_customer WHERE id = 1")).isEqualTo(2L);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void firstResultAndMaxResultsPageInTheDatabase(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Long> page = em.createQuery("SELECT p.id FROM Product p ORDER BY p.id", Long.class)
                    .setFirstResult(2).setMaxResults(3).getResultList();
            assertThat(page).isEqualTo(ShopData.productIds(p -> true).subList(2, 5));
            assertThat(unit.sql()).hasSize(1);
            assertThat(unit.sql().get(0).toUpperCase(Locale.ROOT)).contains("LIMIT");
            List<Long> past = em.createQuery("SELECT p.id FROM Product p ORDER BY p.id", Long.class)
                    .setFirstResult(100).getResultList();
            assertThat(past).isEmpty();
            TypedQuery<Long> query = em.createQuery("SELECT p.id FROM Product p", Long.class).setMaxResults(2);
            assertThat(query.getMaxResults()).isEqualTo(2);
            assertThat(query.getFirstResult()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void pagesOfAFetchJoinOfACollectionCountRootsInTheDatabase(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<Customer> page = em.createQuery("SELECT DISTINCT c FROM Customer c LEFT JOIN FETCH c.orders ORDER BY c.id",
                    Customer.class).setFirstResult(1).setMaxResults(2).getResultList();
            List<C> expected = ShopData.CUSTOMERS.subList(1, 3);
            assertThat(page).extracting(Customer::getId).isEqualTo(expected.stream().map(C::id).toList());
            for (Customer customer : page) {
                // each root on the page has all its children, not only those on the page's rows
                assertThat(customer.getOrders()).extracting(PurchaseOrder::getId)
                        .isEqualTo(ShopData.ordersOf(customer.getId()).stream().map(O::id).toList());
            }
            // the page was cut by the database, over roots: some statement carries the limit, none read every row
            List<String> sql = unit.sql();
            assertThat(sql).anyMatch(s -> s.toUpperCase(Locale.ROOT).contains("LIMIT"));
            assertThat(unit.events()).allSatisfy(e -> assertThat(e.rowCount()).isLessThan(ShopData.ORDERS.size()));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void pessimisticWriteLocksWithForUpdateOnMariaDbAndFailsClearlyOnSqlite(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            TypedQuery<Product> query = em.createQuery("SELECT p FROM Product p WHERE p.id = 100", Product.class)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE);
            assertThat(query.getLockMode()).isEqualTo(LockModeType.PESSIMISTIC_WRITE);
            if (target.isSqlite()) {
                assertThatThrownBy(query::getResultList).isInstanceOf(PersistenceException.class)
                        .hasMessageContaining("ATH-").hasMessageContaining("SQLite");
            } else {
                assertThat(query.getResultList()).extracting(Product::getName).containsExactly(ShopData.product(100).name());
                assertThat(unit.sql().get(unit.sql().size() - 1)).endsWith("FOR UPDATE");
                assertThat(em.getLockMode(em.find(Product.class, 100L))).isEqualTo(LockModeType.PESSIMISTIC_WRITE);
            }
            em.getTransaction().rollback();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aPessimisticLockNeedsATransaction(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            TypedQuery<Product> query = em.createQuery("SELECT p FROM Product p WHERE p.id = 100", Product.class)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE);
            assertThatThrownBy(query::getResultList).isInstanceOf(TransactionRequiredException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aTimeoutHintIsKeptAndTheQueryRuns(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            TypedQuery<Long> query = em.createQuery("SELECT c.id FROM Customer c ORDER BY c.id", Long.class)
                    .setHint("jakarta.persistence.query.timeout", 5_000);
            assertThat(query.getHints()).containsEntry("jakarta.persistence.query.timeout", 5_000);
            assertThat(query.getResultList()).isEqualTo(ShopData.customerIds(c -> true));
            assertThat(em.createQuery("SELECT c.id FROM Customer c", Long.class).setTimeout(2_000).getTimeout())
                    .isEqualTo(2_000);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void flushModeAutoShowsPendingChangesAndCommitDoesNot(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            em.find(Product.class, 102L).setName("Griotte");
            unit.forget();
            String jpql = "SELECT p.id FROM Product p WHERE p.name = :name";
            List<Long> commitMode = em.createQuery(jpql, Long.class).setParameter("name", "Griotte")
                    .setFlushMode(FlushModeType.COMMIT).getResultList();
            assertThat(commitMode).isEmpty();
            assertThat(unit.writeSql()).isEmpty();
            TypedQuery<Long> auto = em.createQuery(jpql, Long.class).setParameter("name", "Griotte");
            assertThat(auto.getFlushMode()).isEqualTo(FlushModeType.AUTO);
            assertThat(auto.getResultList()).containsExactly(102L);
            assertThat(unit.writeSql()).hasSize(1);
            assertThat(unit.writeSql().get(0)).startsWith("UPDATE itq_product");
            em.getTransaction().commit();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theEntityManagersFlushModeCommitAppliesToItsQueries(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            em.setFlushMode(FlushModeType.COMMIT);
            em.getTransaction().begin();
            em.find(Customer.class, 5L).setName("Evelyn");
            unit.forget();
            assertThat(em.createQuery("SELECT c.id FROM Customer c WHERE c.name = 'Evelyn'", Long.class).getResultList())
                    .isEmpty();
            assertThat(unit.writeSql()).isEmpty();
            em.getTransaction().commit();
            assertThat(unit.rows("SELECT name FROM itq_customer WHERE id = 5")).containsExactly(List.of("Evelyn"));
        }
    }
}
