package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import dev.athanor.it.query.ShopData.L;
import dev.athanor.it.query.ShopData.O;
import dev.athanor.it.query.model.OrderStatus;
import dev.athanor.it.query.model.Tag;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every predicate of the WHERE clause, each checked against the seeded rows. */
class WhereIT {

    @TempDir
    Path dir;

    private static List<Long> ids(EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getResultList();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void comparisonsOfNumbersAndStrings(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE p.price > 2.0 ORDER BY p.id"))
                    .isEqualTo(ShopData.productIds(p -> p.price() > 2.0));
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE p.price <= 1.5 ORDER BY p.id"))
                    .isEqualTo(ShopData.productIds(p -> p.price() <= 1.5));
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE p.stock <> 0 ORDER BY p.id"))
                    .isEqualTo(ShopData.productIds(p -> p.stock() != null && p.stock() != 0));
            assertThat(ids(em, "SELECT c.id FROM Customer c WHERE c.name >= 'Cid' ORDER BY c.id"))
                    .isEqualTo(ShopData.customerIds(c -> c.name().compareTo("Cid") >= 0));
            assertThat(ids(em, "SELECT c.id FROM Customer c WHERE c.name = 'Bob'"))
                    .isEqualTo(ShopData.customerIds(c -> c.name().equals("Bob")));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void betweenAndNotBetween(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE p.price BETWEEN 1.5 AND 9.75 ORDER BY p.id"))
                    .isEqualTo(ShopData.productIds(p -> p.price() >= 1.5 && p.price() <= 9.75));
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE p.price NOT BETWEEN 1.5 AND 9.75 ORDER BY p.id"))
                    .isEqualTo(ShopData.productIds(p -> p.price() < 1.5 || p.price() > 9.75));
            LocalDate from = LocalDate.of(2024, 3, 1);
            LocalDate to = LocalDate.of(2024, 7, 1);
            List<Long> shipped = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.shipDate BETWEEN :from AND :to"
                    + " ORDER BY o.id", Long.class).setParameter("from", from).setParameter("to", to).getResultList();
            assertThat(shipped).isEqualTo(ShopData.orderIds(o -> o.shipDate() != null
                    && !o.shipDate().isBefore(from) && !o.shipDate().isAfter(to)));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void inAndNotInALiteralList(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT c.id FROM Customer c WHERE c.name IN ('Ann', 'Cid', 'Zed') ORDER BY c.id"))
                    .isEqualTo(ShopData.customerIds(c -> Set.of("Ann", "Cid", "Zed").contains(c.name())));
            assertThat(ids(em, "SELECT c.id FROM Customer c WHERE c.address.city NOT IN ('Paris', 'Rome') ORDER BY c.id"))
                    .isEqualTo(ShopData.customerIds(c -> !Set.of("Paris", "Rome").contains(c.city())));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void likeWithWildcardsAndAnEscape(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT c.id FROM Customer c WHERE c.email LIKE '%.com' ORDER BY c.id"))
                    .isEqualTo(ShopData.customerIds(c -> c.email() != null && c.email().endsWith(".com")));
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE p.code LIKE '_A-_' ORDER BY p.id"))
                    .isEqualTo(ShopData.productIds(p -> p.code().matches(".A-.")));
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE p.name NOT LIKE '%e%' ORDER BY p.id"))
                    .isEqualTo(ShopData.productIds(p -> !p.name().contains("e")));
            // '_' alone matches every label; escaped it matches only a real underscore
            assertThat(ids(em, "SELECT t.id FROM Tag t WHERE t.label LIKE '%_%' ORDER BY t.id"))
                    .hasSize(ShopData.TAGS.size());
            assertThat(ids(em, "SELECT t.id FROM Tag t WHERE t.label LIKE '%!_%' ESCAPE '!' ORDER BY t.id"))
                    .isEqualTo(ShopData.TAGS.stream().filter(t -> t.label().contains("_")).map(ShopData.T::id).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void isNullAndIsNotNull(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT c.id FROM Customer c WHERE c.email IS NULL ORDER BY c.id"))
                    .isEqualTo(ShopData.customerIds(c -> c.email() == null));
            assertThat(ids(em, "SELECT o.id FROM PurchaseOrder o WHERE o.shipDate IS NOT NULL ORDER BY o.id"))
                    .isEqualTo(ShopData.orderIds(o -> o.shipDate() != null));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void isEmptyAndIsNotEmptyOnOneToManyAndManyToMany(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT c.id FROM Customer c WHERE c.orders IS EMPTY ORDER BY c.id"))
                    .isEqualTo(ShopData.customerIds(c -> ShopData.ordersOf(c.id()).isEmpty()));
            assertThat(ids(em, "SELECT o.id FROM PurchaseOrder o WHERE o.lines IS NOT EMPTY ORDER BY o.id"))
                    .isEqualTo(ShopData.orderIds(o -> !ShopData.linesOf(o.id()).isEmpty()));
            assertThat(ids(em, "SELECT t.id FROM Tag t WHERE t.products IS EMPTY ORDER BY t.id"))
                    .isEqualTo(ShopData.TAGS.stream().map(ShopData.T::id).filter(id -> ShopData.PRODUCT_TAGS.stream()
                            .noneMatch(pt -> pt.tagId() == id)).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void memberOfAndNotMemberOfWithAnEntityParameter(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            Tag red = em.find(Tag.class, 2L);
            List<Long> tagged = em.createQuery("SELECT p.id FROM Product p WHERE :tag MEMBER OF p.tags ORDER BY p.id",
                    Long.class).setParameter("tag", red).getResultList();
            assertThat(tagged).isEqualTo(ShopData.productIds(p -> ShopData.tagIdsOf(p.id()).contains(2L)));
            List<Long> untagged = em.createQuery("SELECT p.id FROM Product p WHERE :tag NOT MEMBER OF p.tags"
                    + " ORDER BY p.id", Long.class).setParameter("tag", red).getResultList();
            assertThat(untagged).isEqualTo(ShopData.productIds(p -> !ShopData.tagIdsOf(p.id()).contains(2L)));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void existsAndNotExistsWithACorrelatedSubquery(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT c.id FROM Customer c WHERE EXISTS (SELECT o FROM PurchaseOrder o"
                    + " WHERE o.customer = c AND o.gift = TRUE) ORDER BY c.id"))
                    .isEqualTo(ShopData.customerIds(c -> ShopData.ordersOf(c.id()).stream().anyMatch(O::gift)));
            List<Long> neverShipped = em.createQuery("SELECT c.id FROM Customer c WHERE NOT EXISTS (SELECT o FROM"
                    + " PurchaseOrder o WHERE o.customer = c AND o.status = :s) ORDER BY c.id", Long.class)
                    .setParameter("s", OrderStatus.SHIPPED).getResultList();
            assertThat(neverShipped).isEqualTo(ShopData.customerIds(c -> ShopData.ordersOf(c.id()).stream()
                    .noneMatch(o -> o.status().equals("SHIPPED"))));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void allAnyAndSomeCompareWithEveryRowOfASubquery(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            double maxBulkPrice = ShopData.LINES.stream().filter(l -> l.quantity() > 5).mapToDouble(L::unitPrice)
                    .max().orElseThrow();
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE p.price > ALL (SELECT l.unitPrice FROM OrderLine l"
                    + " WHERE l.quantity > 5) ORDER BY p.id")).isEqualTo(ShopData.productIds(p -> p.price() > maxBulkPrice));
            String allSql = unit.sql().get(unit.sql().size() - 1);
            Set<Double> bulkPrices = Set.copyOf(ShopData.LINES.stream().filter(l -> l.quantity() >= 10)
                    .map(L::unitPrice).toList());
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE p.price = ANY (SELECT l.unitPrice FROM OrderLine l"
                    + " WHERE l.quantity >= 10) ORDER BY p.id")).isEqualTo(ShopData.productIds(p -> bulkPrices.contains(p.price())));
            int minParis = ShopData.CUSTOMERS.stream().filter(c -> c.city().equals("Paris")).map(C::rating)
                    .filter(Objects::nonNull).mapToInt(Integer::intValue).min().orElseThrow();
            assertThat(ids(em, "SELECT c.id FROM Customer c WHERE c.rating >= SOME (SELECT c2.rating FROM Customer c2"
                    + " WHERE c2.address.city = 'Paris') ORDER BY c.id"))
                    .isEqualTo(ShopData.customerIds(c -> c.rating() != null && c.rating() >= minParis));
            if (target.isSqlite()) {
                // SQLite has no quantified comparison: the subquery is rewritten, never sent as ALL (...)
                assertThat(allSql.replace(" ", "")).doesNotContain(">ALL(");
            }
            assertThat(allSql).contains("(SELECT");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void searchedAndSimpleCaseInWhereAndSelect(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE CASE WHEN p.stock IS NULL THEN 0 ELSE p.stock END > 5"
                    + " ORDER BY p.id")).isEqualTo(ShopData.productIds(p -> (p.stock() == null ? 0 : p.stock()) > 5));
            List<String> labels = em.createQuery("SELECT CASE WHEN p.price >= 5 THEN 'dear' ELSE 'cheap' END"
                    + " FROM Product p ORDER BY p.id", String.class).getResultList();
            assertThat(labels).isEqualTo(ShopData.PRODUCTS.stream().map(p -> p.price() >= 5 ? "dear" : "cheap").toList());
            List<Long> simple = em.createQuery("SELECT CASE o.status WHEN dev.athanor.it.query.model.OrderStatus.NEW"
                    + " THEN 1 WHEN dev.athanor.it.query.model.OrderStatus.PAID THEN 2 ELSE 3 END FROM PurchaseOrder o"
                    + " ORDER BY o.id", Integer.class).getResultList().stream().map(Integer::longValue).toList();
            assertThat(simple).isEqualTo(ShopData.ORDERS.stream().map(o -> switch (o.status()) {
                case "NEW" -> 1L;
                case "PAID" -> 2L;
                default -> 3L;
            }).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void coalesceAndNullif(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            List<String> contacts = em.createQuery("SELECT COALESCE(c.email, c.name) FROM Customer c ORDER BY c.id",
                    String.class).getResultList();
            assertThat(contacts).isEqualTo(ShopData.CUSTOMERS.stream()
                    .map(c -> c.email() != null ? c.email() : c.name()).toList());
            List<Integer> discounts = em.createQuery("SELECT NULLIF(o.discount, 0) FROM PurchaseOrder o ORDER BY o.id",
                    Integer.class).getResultList();
            assertThat(discounts).isEqualTo(ShopData.ORDERS.stream()
                    .map(o -> o.discount() == null || o.discount() == 0 ? null : o.discount()).toList());
            assertThat(ids(em, "SELECT o.id FROM PurchaseOrder o WHERE COALESCE(o.discount, 0) > 2 ORDER BY o.id"))
                    .isEqualTo(ShopData.orderIds(o -> (o.discount() == null ? 0 : o.discount()) > 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void andOrNotWithParentheses(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT c.id FROM Customer c WHERE NOT (c.rating > 2) OR c.email IS NULL ORDER BY c.id"))
                    .isEqualTo(ShopData.customerIds(c -> (c.rating() != null && !(c.rating() > 2)) || c.email() == null));
            assertThat(ids(em, "SELECT p.id FROM Product p WHERE (p.price < 2 OR p.price > 10) AND p.stock IS NOT NULL"
                    + " ORDER BY p.id")).isEqualTo(ShopData.productIds(p -> (p.price() < 2 || p.price() > 10)
                    && p.stock() != null));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void enumConvertedAndDateOperands(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT o.id FROM PurchaseOrder o WHERE o.status ="
                    + " dev.athanor.it.query.model.OrderStatus.SHIPPED ORDER BY o.id"))
                    .isEqualTo(ShopData.orderIds(o -> o.status().equals("SHIPPED")));
            List<Long> gifts = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.gift = :gift ORDER BY o.id",
                    Long.class).setParameter("gift", true).getResultList();
            assertThat(gifts).isEqualTo(ShopData.orderIds(O::gift));
            List<Long> open = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.status IN :statuses ORDER BY o.id",
                    Long.class).setParameter("statuses", List.of(OrderStatus.NEW, OrderStatus.PAID)).getResultList();
            assertThat(open).isEqualTo(ShopData.orderIds(o -> o.status().equals("NEW") || o.status().equals("PAID")));
            LocalDate cut = LocalDate.of(2024, 3, 1);
            List<Long> early = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.shipDate < :cut ORDER BY o.id",
                    Long.class).setParameter("cut", cut).getResultList();
            assertThat(early).isEqualTo(ShopData.orderIds(o -> o.shipDate() != null && o.shipDate().isBefore(cut)));
            var since = ShopData.order(13).placedAt();
            List<Long> later = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.placedAt >= :since ORDER BY o.id",
                    Long.class).setParameter("since", since).getResultList();
            assertThat(later).isEqualTo(ShopData.orderIds(o -> !o.placedAt().isBefore(since)));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aPathThroughAToOneComparesItsTarget(Target target) {
        try (JpaUnit unit = ShopData.open(target, dir); EntityManager em = unit.em()) {
            assertThat(ids(em, "SELECT l.id FROM OrderLine l WHERE l.order.customer.name = 'Cid' AND l.product.price > 2"
                    + " ORDER BY l.id")).isEqualTo(ShopData.LINES.stream()
                    .filter(l -> ShopData.customer(ShopData.order(l.orderId()).customerId()).name().equals("Cid"))
                    .filter(l -> ShopData.product(l.productId()).price() > 2).map(L::id).toList());
            List<Long> byIdOfToOne = ids(em, "SELECT o.id FROM PurchaseOrder o WHERE o.customer.id = 3 ORDER BY o.id");
            assertThat(byIdOfToOne).isEqualTo(ShopData.orderIds(o -> o.customerId() == 3));
        }
    }
}
