package dev.athanor.it.query.jpql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.ShopData;
import dev.athanor.it.query.ShopData.C;
import dev.athanor.it.query.ShopData.L;
import dev.athanor.it.query.ShopData.P;
import dev.athanor.it.query.model.Customer;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JPQL functions, each checked against values computed from the seeded rows. */
class FunctionIT {

    @TempDir
    Path dir;

    /** One value per product, in id order. */
    private static <T> List<T> perProduct(EntityManager em, String expression, Class<T> type) {
        return em.createQuery("SELECT " + expression + " FROM Product p ORDER BY p.id", type).getResultList();
    }

    private static <T> List<T> expectedPerProduct(Function<P, T> f) {
        return ShopData.PRODUCTS.stream().map(f).toList();
    }

    /** One number per order line, in id order, as doubles. */
    private static List<Double> perLine(EntityManager em, String expression) {
        return em.createQuery("SELECT " + expression + " FROM OrderLine l ORDER BY l.id").getResultList().stream()
                .map(v -> ((Number) v).doubleValue()).toList();
    }

    private static void assertDoubles(List<Double> actual, List<Double> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("item %d", i).isCloseTo(expected.get(i), within(1e-9));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void upperLowerAndLength(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertThat(perProduct(em, "UPPER(p.name)", String.class))
                    .isEqualTo(expectedPerProduct(p -> p.name().toUpperCase(Locale.ROOT)));
            assertThat(perProduct(em, "LOWER(p.code)", String.class))
                    .isEqualTo(expectedPerProduct(p -> p.code().toLowerCase(Locale.ROOT)));
            assertThat(perProduct(em, "LENGTH(p.name)", Integer.class))
                    .isEqualTo(expectedPerProduct(p -> p.name().length()));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void trimInItsForms(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertThat(perProduct(em, "TRIM(CONCAT('  ', p.name, ' '))", String.class))
                    .isEqualTo(expectedPerProduct(P::name));
            assertThat(perProduct(em, "TRIM(LEADING 'A' FROM p.code)", String.class))
                    .isEqualTo(expectedPerProduct(p -> p.code().replaceFirst("^A+", "")));
            assertThat(perProduct(em, "TRIM(TRAILING 'e' FROM p.name)", String.class))
                    .isEqualTo(expectedPerProduct(p -> p.name().replaceFirst("e+$", "")));
            assertThat(perProduct(em, "TRIM(BOTH 'a' FROM LOWER(p.name))", String.class))
                    .isEqualTo(expectedPerProduct(p -> p.name().toLowerCase(Locale.ROOT).replaceAll("^a+|a+$", "")));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void locateAndSubstringCountFromOne(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertThat(perProduct(em, "LOCATE('-', p.code)", Integer.class))
                    .isEqualTo(expectedPerProduct(p -> p.code().indexOf('-') + 1));
            assertThat(perProduct(em, "LOCATE('e', p.name, 3)", Integer.class))
                    .isEqualTo(expectedPerProduct(p -> p.name().indexOf('e', 2) + 1));
            assertThat(perProduct(em, "SUBSTRING(p.code, 1, 2)", String.class))
                    .isEqualTo(expectedPerProduct(p -> p.code().substring(0, 2)));
            assertThat(perProduct(em, "SUBSTRING(p.name, 3)", String.class))
                    .isEqualTo(expectedPerProduct(p -> p.name().substring(2)));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void concatAndTheConcatenationOperator(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<String> concat = em.createQuery("SELECT CONCAT(c.name, '@', c.address.city) FROM Customer c ORDER BY c.id",
                    String.class).getResultList();
            assertThat(concat).isEqualTo(ShopData.CUSTOMERS.stream().map(c -> c.name() + "@" + c.city()).toList());
            List<String> piped = em.createQuery("SELECT c.name || '/' || c.address.zip FROM Customer c ORDER BY c.id",
                    String.class).getResultList();
            assertThat(piped).isEqualTo(ShopData.CUSTOMERS.stream().map(c -> c.name() + "/" + c.zip()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void leftRightAndReplace(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertThat(perProduct(em, "LEFT(p.name, 3)", String.class))
                    .isEqualTo(expectedPerProduct(p -> p.name().substring(0, Math.min(3, p.name().length()))));
            assertThat(perProduct(em, "RIGHT(p.code, 1)", String.class))
                    .isEqualTo(expectedPerProduct(p -> p.code().substring(p.code().length() - 1)));
            assertThat(perProduct(em, "REPLACE(p.code, '-', '_')", String.class))
                    .isEqualTo(expectedPerProduct(p -> p.code().replace('-', '_')));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void absModSignAndPower(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertDoubles(perLine(em, "ABS(l.quantity - 5)"),
                    ShopData.LINES.stream().map(l -> (double) Math.abs(l.quantity() - 5)).toList());
            assertDoubles(perLine(em, "MOD(l.quantity, 4)"),
                    ShopData.LINES.stream().map(l -> (double) (l.quantity() % 4)).toList());
            assertDoubles(perLine(em, "SIGN(l.quantity - 5)"),
                    ShopData.LINES.stream().map(l -> Math.signum(l.quantity() - 5.0)).toList());
            assertDoubles(perLine(em, "POWER(l.quantity, 2)"),
                    ShopData.LINES.stream().map(l -> Math.pow(l.quantity(), 2)).toList());
            assertThat(em.createQuery("SELECT MOD(l.quantity, 4) FROM OrderLine l WHERE l.id = 1001").getSingleResult())
                    .isInstanceOf(Integer.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void sqrtExpAndLn(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertDoubles(perProduct(em, "SQRT(p.price)", Double.class),
                    expectedPerProduct(p -> Math.sqrt(p.price())));
            assertDoubles(perProduct(em, "LN(p.price)", Double.class),
                    expectedPerProduct(p -> Math.log(p.price())));
            assertDoubles(perLine(em, "EXP(l.quantity / 4)"),
                    ShopData.LINES.stream().map(l -> Math.exp(l.quantity() / 4)).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void ceilingFloorAndRound(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            assertDoubles(perProduct(em, "CEILING(p.price)", Number.class).stream().map(Number::doubleValue).toList(),
                    expectedPerProduct(p -> Math.ceil(p.price())));
            assertDoubles(perProduct(em, "FLOOR(p.price)", Number.class).stream().map(Number::doubleValue).toList(),
                    expectedPerProduct(p -> Math.floor(p.price())));
            // divided by 7 no price lands on a tie, so half-up and half-even agree
            assertDoubles(perProduct(em, "ROUND(p.price / 7, 2)", Number.class).stream().map(Number::doubleValue).toList(),
                    expectedPerProduct(p -> BigDecimal.valueOf(p.price() / 7).setScale(2, RoundingMode.HALF_UP)
                            .doubleValue()));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void sizeCountsTheElementsOfACollection(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Integer> sizes = em.createQuery("SELECT SIZE(c.orders) FROM Customer c ORDER BY c.id", Integer.class)
                    .getResultList();
            assertThat(sizes).isEqualTo(ShopData.CUSTOMERS.stream().map(c -> ShopData.ordersOf(c.id()).size()).toList());
            List<Long> busy = em.createQuery("SELECT p.id FROM Product p WHERE SIZE(p.tags) >= 2 ORDER BY p.id",
                    Long.class).getResultList();
            assertThat(busy).isEqualTo(ShopData.productIds(p -> ShopData.tagIdsOf(p.id()).size() >= 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void castToStringAndToInteger(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<String> quantities = em.createQuery("SELECT CAST(l.quantity AS String) FROM OrderLine l ORDER BY l.id",
                    String.class).getResultList();
            assertThat(quantities).isEqualTo(ShopData.LINES.stream().map(l -> Integer.toString(l.quantity())).toList());
            List<Integer> zips = em.createQuery("SELECT CAST(c.address.zip AS Integer) FROM Customer c"
                    + " WHERE c.address.city = 'Paris' ORDER BY c.id", Integer.class).getResultList();
            assertThat(zips).isEqualTo(ShopData.CUSTOMERS.stream().filter(c -> c.city().equals("Paris"))
                    .map(c -> Integer.valueOf(c.zip())).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void extractTakesFieldsOfADate(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Object[]> parts = em.createQuery("SELECT EXTRACT(YEAR FROM o.shipDate), EXTRACT(MONTH FROM o.shipDate),"
                    + " EXTRACT(DAY FROM o.shipDate) FROM PurchaseOrder o WHERE o.shipDate IS NOT NULL ORDER BY o.id",
                    Object[].class).getResultList();
            List<List<Integer>> actual = parts.stream().map(r -> List.of(((Number) r[0]).intValue(),
                    ((Number) r[1]).intValue(), ((Number) r[2]).intValue())).toList();
            assertThat(actual).isEqualTo(ShopData.ORDERS.stream().filter(o -> o.shipDate() != null)
                    .map(o -> List.of(o.shipDate().getYear(), o.shipDate().getMonthValue(), o.shipDate().getDayOfMonth()))
                    .toList());
            List<Long> inMarch = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE EXTRACT(MONTH FROM o.shipDate) = 3"
                    + " ORDER BY o.id", Long.class).getResultList();
            assertThat(inMarch).isEqualTo(ShopData.orderIds(o -> o.shipDate() != null && o.shipDate().getMonthValue() == 3));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void currentAndLocalDateAndTime(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Object[] now = em.createQuery("SELECT LOCAL DATE, LOCAL TIME, LOCAL DATETIME, CURRENT_DATE, CURRENT_TIME,"
                    + " CURRENT_TIMESTAMP FROM Customer c WHERE c.id = 1", Object[].class).getSingleResult();
            // the database's clock may run in another zone than the JVM's: a day either way
            assertThat((LocalDate) now[0]).isBetween(today.minusDays(1), today.plusDays(1));
            assertThat(now[1]).isInstanceOf(LocalTime.class);
            assertThat(((LocalDateTime) now[2]).toLocalDate()).isBetween(today.minusDays(1), today.plusDays(1));
            assertThat(now[3]).isInstanceOf(java.sql.Date.class);
            assertThat(now[4]).isInstanceOf(java.sql.Time.class);
            assertThat(now[5]).isInstanceOf(java.sql.Timestamp.class);
            List<Long> past = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.shipDate < CURRENT_DATE ORDER BY o.id",
                    Long.class).getResultList();
            assertThat(past).isEqualTo(ShopData.orderIds(o -> o.shipDate() != null));
            List<Long> placed = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.shipDate < LOCAL DATE"
                    + " ORDER BY o.id", Long.class).getResultList();
            assertThat(placed).isEqualTo(past);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void typeOfAnEntityAndFunctionOfTheDatabase(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<Customer> all = em.createQuery("SELECT c FROM Customer c WHERE TYPE(c) = Customer ORDER BY c.id",
                    Customer.class).getResultList();
            assertThat(all).extracting(Customer::getId).isEqualTo(ShopData.CUSTOMERS.stream().map(C::id).toList());
            // what FUNCTION returns is the database's business: untyped
            List<?> lowered = em.createQuery("SELECT FUNCTION('lower', c.name) FROM Customer c ORDER BY c.id")
                    .getResultList();
            assertThat(lowered).isEqualTo(ShopData.CUSTOMERS.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
            List<Long> withEmail = em.createQuery("SELECT c.id FROM Customer c WHERE FUNCTION('coalesce', c.email, '')"
                    + " <> '' ORDER BY c.id", Long.class).getResultList();
            assertThat(withEmail).isEqualTo(ShopData.customerIds(c -> c.email() != null));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void functionsNestInsideEachOther(Target target) {
        try (JpaUnit unit = ShopData.openUnwatched(target, dir); EntityManager em = unit.em()) {
            List<String> result = em.createQuery("SELECT UPPER(SUBSTRING(CONCAT(p.name, p.code), 2, 3)) FROM Product p"
                    + " WHERE LENGTH(TRIM(p.name)) > 4 ORDER BY p.id", String.class).getResultList();
            assertThat(result).isEqualTo(ShopData.PRODUCTS.stream().filter(p -> p.name().length() > 4)
                    .map(p -> (p.name() + p.code()).substring(1, 4).toUpperCase(Locale.ROOT)).toList());
            List<Long> lines = em.createQuery("SELECT l.id FROM OrderLine l WHERE ABS(l.quantity * l.unitPrice - 10) < 5"
                    + " ORDER BY l.id", Long.class).getResultList();
            assertThat(lines).isEqualTo(ShopData.LINES.stream().filter(l -> Math.abs(l.quantity() * l.unitPrice() - 10) < 5)
                    .map(L::id).toList());
        }
    }
}
