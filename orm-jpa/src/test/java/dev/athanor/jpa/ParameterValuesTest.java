package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.query.QueryPlan.QueryParameter;
import dev.athanor.jpa.query.Book;
import jakarta.persistence.TemporalType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParameterValuesTest {

    private static final String QUERY = "select b from Book b where b.pages = :n";

    private static Object check(Class<?> type, Object value) {
        return ParameterValues.checked(new QueryParameter("n", 0, type, false), ":n", value, QUERY);
    }

    private static Object checkMany(Class<?> type, Object value) {
        return ParameterValues.checked(new QueryParameter("n", 0, type, true), ":n", value, QUERY);
    }

    @Test
    void numbersThatFitAreConvertedWithoutLoss() {
        assertThat(check(Integer.class, 42L)).isEqualTo(42);
        assertThat(check(Long.class, 7)).isEqualTo(7L);
        assertThat(check(Long.class, 2.0d)).isEqualTo(2L);
        assertThat(check(Short.class, 12)).isEqualTo((short) 12);
        assertThat(check(Byte.class, new BigDecimal("-3"))).isEqualTo((byte) -3);
        assertThat(check(BigDecimal.class, 1.5d)).isEqualTo(new BigDecimal("1.5"));
        assertThat(check(BigDecimal.class, 0.1d)).isEqualTo(new BigDecimal("0.1"));
        assertThat(check(BigDecimal.class, 0.1f)).isEqualTo(new BigDecimal("0.1"));
        assertThat(check(BigInteger.class, 10L)).isEqualTo(BigInteger.TEN);
        assertThat(check(Double.class, 3)).isEqualTo(3.0d);
        assertThat(check(Float.class, 0.5d)).isEqualTo(0.5f);
        assertThat(check(int.class, 5L)).isEqualTo(5);
    }

    @Test
    void numbersThatDoNotFitAreRefusedNamingParameterAndTypes() {
        assertThatThrownBy(() -> check(Integer.class, 3_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATH-9005").hasMessageContaining(":n")
                .hasMessageContaining("java.lang.Integer").hasMessageContaining("Long 3000000000")
                .hasMessageContaining(QUERY);
        assertThatThrownBy(() -> check(Long.class, 2.5d)).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> check(Float.class, 0.1d)).hasMessageContaining("java.lang.Float");
        assertThatThrownBy(() -> check(Byte.class, 300)).hasMessageContaining("java.lang.Byte");
    }

    @Test
    void otherTypesMustBeInstances() {
        assertThat(check(String.class, "x")).isEqualTo("x");
        assertThat(check(Object.class, List.of(1))).isEqualTo(List.of(1));
        assertThat(check(String.class, null)).isNull();
        assertThatThrownBy(() -> check(String.class, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATH-9005")
                .hasMessageContaining("expects a java.lang.String but was given a java.lang.Integer");
    }

    @Test
    void entityParametersTakeInstancesOfTheEntity() {
        Book book = new Book();
        assertThat(check(Book.class, book)).isSameAs(book);
        assertThatThrownBy(() -> check(Book.class, 1L))
                .hasMessageContaining("expects a " + Book.class.getName() + " but was given a java.lang.Long");
    }

    @Test
    void collectionsOnlyForMultiValuedParametersEachElementChecked() {
        assertThat(checkMany(Long.class, Set.of(1))).isEqualTo(List.of(1L));
        assertThat(checkMany(Long.class, List.of(1, 2L))).isEqualTo(List.of(1L, 2L));
        assertThat(checkMany(Object.class, Set.of("a"))).isEqualTo(List.of("a"));
        assertThatThrownBy(() -> check(Long.class, List.of(1L, 2L)))
                .hasMessageContaining("ATH-9005").hasMessageContaining("collection")
                .hasMessageContaining("IN :n");
        assertThatThrownBy(() -> checkMany(Long.class, List.of(1L, "two")))
                .hasMessageContaining("java.lang.String").hasMessageContaining("an element of the collection");
    }

    @Test
    void temporalValuesBecomeTheValueOfTheirPrecision() {
        Calendar calendar = Calendar.getInstance();
        calendar.clear();
        calendar.set(2024, Calendar.MARCH, 5, 14, 30, 15);
        Date date = calendar.getTime();

        assertThat(ParameterValues.temporal(date, TemporalType.DATE, LocalDate.class))
                .isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(ParameterValues.temporal(calendar, TemporalType.TIMESTAMP, LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2024, 3, 5, 14, 30, 15));
        assertThat(ParameterValues.temporal(date, TemporalType.TIME, Object.class)).isInstanceOf(java.sql.Time.class);
        assertThat(ParameterValues.temporal(date, TemporalType.TIMESTAMP, Date.class))
                .isInstanceOf(java.sql.Timestamp.class);
        assertThat(ParameterValues.temporal(calendar, TemporalType.DATE, Calendar.class)).isSameAs(calendar);
        assertThat(ParameterValues.temporal(null, TemporalType.DATE, Date.class)).isNull();
    }
}
