package dev.athanor.it.query.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Values given to setParameter reach the database converted to the parameter's type: numbers that
 * fit, Date and Calendar at the precision of their TemporalType; results as Tuple and Object[].
 */
class QueryParameterValuesIT {

    @TempDir
    Path dir;

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant());
    }

    private static JpaUnit seeded(Target target, Path dir) {
        JpaUnit unit = JpaUnit.openUnwatched(target, dir, Ledger.class);
        unit.tx(em -> {
            em.persist(new Ledger(1L, "rent", LocalDate.of(2024, 3, 1), at(2024, 3, 1, 9, 30), new BigDecimal("950.00"), 1));
            em.persist(new Ledger(2L, "food", LocalDate.of(2024, 3, 5), at(2024, 3, 5, 18, 5), new BigDecimal("42.50"), 7));
            em.persist(new Ledger(3L, "fuel", LocalDate.of(2024, 3, 5), at(2024, 3, 5, 7, 45), new BigDecimal("60.25"), 2));
            return null;
        });
        return unit;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void datesAndCalendarsAtTheirTemporalType(Target target) {
        try (JpaUnit unit = seeded(target, dir); EntityManager em = unit.em()) {
            List<String> onTheFifth = em.createQuery("select l.label from Ledger l where l.day = :day order by l.id",
                    String.class).setParameter("day", at(2024, 3, 5, 23, 59), TemporalType.DATE).getResultList();
            assertThat(onTheFifth).containsExactly("food", "fuel");

            Calendar noon = Calendar.getInstance();
            noon.setTime(at(2024, 3, 5, 12, 0));
            List<String> before = em.createQuery("select l.label from Ledger l where l.booked < :t order by l.id",
                    String.class).setParameter("t", noon, TemporalType.TIMESTAMP).getResultList();
            assertThat(before).containsExactly("rent", "fuel");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void numbersAreConvertedWhenTheyFit(Target target) {
        try (JpaUnit unit = seeded(target, dir); EntityManager em = unit.em()) {
            assertThat(em.createQuery("select l.label from Ledger l where l.amount > :a and l.units >= :u order by l.id",
                    String.class).setParameter("a", 50.5d).setParameter("u", 2).getResultList()).containsExactly("fuel");
            assertThatThrownBy(() -> em.createQuery("select l from Ledger l where l.units = :u")
                    .setParameter("u", 2.5d)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ATH-9005").hasMessageContaining(":u");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void tuplesAndArrays(Target target) {
        try (JpaUnit unit = seeded(target, dir); EntityManager em = unit.em()) {
            List<Tuple> sums = em.createQuery("select l.day as day, count(l) as n from Ledger l group by l.day"
                    + " order by l.day", Tuple.class).getResultList();
            assertThat(sums).extracting(t -> t.get("day", LocalDate.class), t -> t.get("n", Long.class))
                    .containsExactly(org.assertj.core.api.Assertions.tuple(LocalDate.of(2024, 3, 1), 1L),
                            org.assertj.core.api.Assertions.tuple(LocalDate.of(2024, 3, 5), 2L));
            Object[] one = em.createQuery("select l.amount from Ledger l where l.id = 2", Object[].class)
                    .getSingleResult();
            assertThat((BigDecimal) one[0]).isEqualByComparingTo("42.50");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void readOnlyResultsAndTimeouts(Target target) {
        try (JpaUnit unit = seeded(target, dir); EntityManager em = unit.em()) {
            em.getTransaction().begin();
            Ledger rent = em.createQuery("select l from Ledger l where l.id = 1", Ledger.class)
                    .setHint("athanor.readOnly", true).setTimeout(5000).getSingleResult();
            rent.label = "changed";
            em.getTransaction().commit();
            assertThat(unit.rows("select label from itqapi_ledger where id = 1")).containsExactly(List.of("rent"));
        }
    }
}
