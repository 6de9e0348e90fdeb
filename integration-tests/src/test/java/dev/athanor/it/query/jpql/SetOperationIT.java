package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** UNION, UNION ALL, INTERSECT and EXCEPT of two queries. */
class SetOperationIT {

    @TempDir
    Path dir;

    private static final String PARIS = "SELECT c.name FROM Customer c WHERE c.address.city = 'Paris'";
    private static final String RATED = "SELECT c.name FROM Customer c WHERE c.rating >= 3";
    private static final Predicate<C> IN_PARIS = c -> c.city().equals("Paris");
    private static final Predicate<C> WELL_RATED = c -> c.rating() != null && c.rating() >= 3;

    private static List<String> names(Predicate<C> test) {
        return ShopData.CUSTOMERS.stream().filter(test).map(C::name).toList();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void unionRemovesDuplicatesAndUnionAllKeepsThem(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<String> union = em.createQuery(PARIS + " UNION " + RATED, String.class).getResultList();
            assertThat(union).containsExactlyInAnyOrderElementsOf(names(IN_PARIS.or(WELL_RATED)));
            List<String> all = em.createQuery(PARIS + " UNION ALL " + RATED, String.class).getResultList();
            List<String> expected = new ArrayList<>(names(IN_PARIS));
            expected.addAll(names(WELL_RATED));
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void intersectKeepsWhatBothReturn(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<String> both = em.createQuery(PARIS + " INTERSECT SELECT c.name FROM Customer c WHERE c.rating > 3",
                    String.class).getResultList();
            assertThat(both).containsExactlyInAnyOrderElementsOf(names(IN_PARIS.and(c -> c.rating() != null
                    && c.rating() > 3)));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void exceptTakesAwayWhatTheSecondReturns(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<String> rest = em.createQuery("SELECT c.name FROM Customer c EXCEPT " + PARIS, String.class)
                    .getResultList();
            assertThat(rest).containsExactlyInAnyOrderElementsOf(names(IN_PARIS.negate()));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void setOperationsChainAndTakeParameters(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Long> ids = em.createQuery("SELECT c.id FROM Customer c WHERE c.address.city = :city"
                    + " UNION SELECT o.customer.id FROM PurchaseOrder o WHERE o.gift = :gift"
                    + " EXCEPT SELECT c2.id FROM Customer c2 WHERE c2.email IS NULL", Long.class)
                    .setParameter("city", "Berlin").setParameter("gift", true).getResultList();
            List<Long> expected = ShopData.customerIds(c -> (c.city().equals("Berlin")
                    || ShopData.ordersOf(c.id()).stream().anyMatch(ShopData.O::gift)) && c.email() != null);
            assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
