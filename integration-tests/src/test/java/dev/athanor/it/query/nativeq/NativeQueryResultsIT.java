package dev.athanor.it.query.nativeq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.query.nativeq.Catalog.Book;
import dev.athanor.it.query.nativeq.Catalog.BookLine;
import dev.athanor.it.query.nativeq.Catalog.Publisher;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Native queries read rows inserted with plain JDBC as managed entities, converted scalars,
 * {@code Object[]} rows, tuples and through {@code @SqlResultSetMapping}s, on every database.
 */
class NativeQueryResultsIT {

    private static final String BOOK_WITH_PUBLISHER = "SELECT b.id AS book_id, b.title AS book_title,"
            + " b.pages AS book_pages, b.price AS book_price, b.published AS book_published,"
            + " b.publisher_id AS book_publisher, p.*, 3 AS copies"
            + " FROM it_nq_book b JOIN it_nq_publisher p ON p.id = b.publisher_id ORDER BY b.id";

    @TempDir
    Path dir;

    private static JpaUnit open(Target target, Path dir) {
        JpaUnit unit = JpaUnit.open(target, dir, Publisher.class, Book.class);
        unit.jdbc(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO it_nq_publisher (id, name) VALUES (1, 'Acme'), (2, 'Globex')");
                statement.executeUpdate("INSERT INTO it_nq_book (id, title, pages, price, published, publisher_id)"
                        + " VALUES (10, 'Alpha', 120, 12.50, '2020-01-31', 1), (11, 'Beta', 80, 8.00, '2021-06-15', 1),"
                        + " (12, 'Gamma', 300, 30.25, '2019-11-02', 2)");
            }
            return null;
        });
        unit.forget();
        return unit;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Query query) {
        return query.getResultList();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anEntityResultClassGivesManagedEntitiesOfTheContext(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            Book beta = em.find(Book.class, 11L);

            List<Book> books = list(em.createNativeQuery("SELECT * FROM it_nq_book WHERE pages > ?1 ORDER BY id",
                    Book.class).setParameter(1, 50));

            assertThat(books).extracting(Book::getTitle).containsExactly("Alpha", "Beta", "Gamma");
            assertThat(books.get(1)).isSameAs(beta);
            assertThat(books).allSatisfy(book -> assertThat(em.contains(book)).isTrue());
            assertThat(books.get(0).getPrice()).isEqualByComparingTo("12.50");
            assertThat(books.get(0).getPublished()).isEqualTo(LocalDate.of(2020, 1, 31));
            assertThat(books.get(2).getPublisher().getName()).isEqualTo("Globex");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aScalarResultClassConvertsTheOneColumn(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            assertThat(em.createNativeQuery("SELECT count(*) FROM it_nq_book", Long.class).getSingleResult())
                    .isEqualTo(3L);
            assertThat(list(em.createNativeQuery("SELECT published FROM it_nq_book ORDER BY id", LocalDate.class)))
                    .containsExactly(LocalDate.of(2020, 1, 31), LocalDate.of(2021, 6, 15), LocalDate.of(2019, 11, 2));
            assertThat(list(em.createNativeQuery("SELECT price FROM it_nq_book ORDER BY id", BigDecimal.class)))
                    .extracting(p -> ((BigDecimal) p).stripTrailingZeros().toPlainString())
                    .containsExactly("12.5", "8", "30.25");
            assertThatThrownBy(() -> em.createNativeQuery("SELECT id, title FROM it_nq_book", Long.class)
                    .getResultList())
                    .isInstanceOf(PersistenceException.class).hasMessageContaining("ATH-9006")
                    .hasMessageContaining("returns 2 columns");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void rowsWithoutAResultClassAreArraysOrSingleValues(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            List<Object[]> rows = list(em.createNativeQuery("SELECT id, title FROM it_nq_book ORDER BY id"));
            List<Object[]> typed = list(em.createNativeQuery("SELECT title FROM it_nq_book ORDER BY id",
                    Object[].class));

            assertThat(rows).hasSize(3);
            assertThat(((Number) rows.get(0)[0]).longValue()).isEqualTo(10L);
            assertThat(rows.get(0)[1]).isEqualTo("Alpha");
            assertThat(typed).extracting(row -> row[0]).containsExactly("Alpha", "Beta", "Gamma");
            assertThat(list(em.createNativeQuery("SELECT title FROM it_nq_book ORDER BY id")))
                    .containsExactly("Alpha", "Beta", "Gamma");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void tuplesGiveColumnsByLabelAndPosition(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            List<Tuple> tuples = list(em.createNativeQuery("SELECT b.title AS title, p.name AS publisher,"
                    + " b.pages AS pages FROM it_nq_book b JOIN it_nq_publisher p ON p.id = b.publisher_id"
                    + " ORDER BY b.id", Tuple.class));

            assertThat(tuples).extracting(t -> t.get("title")).containsExactly("Alpha", "Beta", "Gamma");
            assertThat(tuples).extracting(t -> t.get(1)).containsExactly("Acme", "Acme", "Globex");
            assertThat(tuples.get(2).get("pages", Long.class)).isEqualTo(300L);
            assertThat(tuples.get(0).getElements()).extracting(e -> e.getAlias())
                    .containsExactly("title", "publisher", "pages");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aMappingOfEntitiesAndAColumnGivesArraysInTheSpecificationsOrder(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            Publisher acme = em.find(Publisher.class, 1L);

            List<Object[]> rows = list(em.createNativeQuery(BOOK_WITH_PUBLISHER, "BookWithPublisher"));

            assertThat(rows).hasSize(3);
            Book alpha = (Book) rows.get(0)[0];
            assertThat(alpha.getTitle()).isEqualTo("Alpha");
            assertThat(alpha.getPages()).isEqualTo(120);
            assertThat(alpha.getPrice()).isEqualByComparingTo("12.50");
            assertThat(alpha.getPublished()).isEqualTo(LocalDate.of(2020, 1, 31));
            assertThat(alpha.getPublisher()).isSameAs(acme);
            assertThat(rows.get(0)[1]).isSameAs(acme);
            assertThat(rows.get(0)[2]).isEqualTo(3L);
            assertThat(((Publisher) rows.get(2)[1]).getName()).isEqualTo("Globex");
            assertThat(em.find(Book.class, 10L)).isSameAs(alpha);
            assertThat(em.contains(rows.get(2)[0])).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void constructorAndColumnResultsConvertTheirColumns(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            List<BookLine> lines = list(em.createNativeQuery("SELECT title, pages, price, published FROM it_nq_book"
                    + " ORDER BY id", "BookLines"));
            List<LocalDate> dates = list(em.createNativeQuery("SELECT published FROM it_nq_book ORDER BY published",
                    "PublishedDates"));

            assertThat(lines).extracting(BookLine::title, BookLine::pages, BookLine::published).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Alpha", 120L, LocalDate.of(2020, 1, 31)),
                    org.assertj.core.groups.Tuple.tuple("Beta", 80L, LocalDate.of(2021, 6, 15)),
                    org.assertj.core.groups.Tuple.tuple("Gamma", 300L, LocalDate.of(2019, 11, 2)));
            assertThat(lines.get(2).price()).isEqualByComparingTo("30.25");
            assertThat(dates).containsExactly(LocalDate.of(2019, 11, 2), LocalDate.of(2020, 1, 31),
                    LocalDate.of(2021, 6, 15));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void mappingMistakesNameTheMappingAndTheColumns(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            assertThatThrownBy(() -> em.createNativeQuery("SELECT title FROM it_nq_book", "BookLine"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9010")
                    .hasMessageContaining("Did you mean 'BookLines'?")
                    .hasMessageContaining("[BookWithPublisher, BookLines, PublishedDates, WithIsbn]");
            assertThatThrownBy(() -> em.createNativeQuery("SELECT title FROM it_nq_book", "WithIsbn").getResultList())
                    .isInstanceOf(PersistenceException.class).hasMessageContaining("ATH-9010")
                    .hasMessageContaining("'WithIsbn' reads column 'isbn'").hasMessageContaining("[title]");
        }
    }

    // ---- pages ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Target.class)
    void aPageOfEntitiesFollowsTheSqlsOrderAndLeavesTheSkippedOnesUnmanaged(Target target) {
        String sql = "SELECT * FROM it_nq_book ORDER BY price DESC";
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            List<Book> page = list(em.createNativeQuery(sql, Book.class).setFirstResult(1).setMaxResults(1));

            assertThat(page).extracting(Book::getTitle).containsExactly("Alpha");
            assertThat(unit.sql()).containsExactly(sql);
            assertThat(em.contains(page.get(0))).isTrue();
            unit.forget();
            assertThat(em.find(Book.class, 10L)).isSameAs(page.get(0));
            assertThat(unit.sql()).isEmpty();
            // Gamma was skipped and Beta came after the page: neither entered the context
            assertThat(em.find(Book.class, 12L).getTitle()).isEqualTo("Gamma");
            assertThat(em.find(Book.class, 11L).getTitle()).isEqualTo("Beta");
            assertThat(unit.sql()).hasSize(2).allSatisfy(s -> assertThat(s).contains("FROM it_nq_book"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theDatabaseSendsNoRowPastThePage(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            List<String> titles = unit.tx(em -> {
                long before = rowsSent(em, target);
                List<String> page = list(em.createNativeQuery("SELECT title FROM it_nq_book ORDER BY id",
                        String.class).setMaxResults(2));
                if (target == Target.MARIADB) {
                    // Connector/J gave the limit to the server as SQL_SELECT_LIMIT: Gamma never left it
                    assertThat(rowsSent(em, target) - before).isEqualTo(2);
                }
                // the limit stays with the paged query: the same SQL and others on the connection read every row
                assertThat(em.createNativeQuery("SELECT title FROM it_nq_book ORDER BY id").getResultList())
                        .hasSize(3);
                assertThat(em.createNativeQuery("SELECT id FROM it_nq_book").getResultList()).hasSize(3);
                return page;
            });

            assertThat(titles).containsExactly("Alpha", "Beta");
            assertThat(unit.sql()).filteredOn(s -> s.contains("it_nq_book")).containsExactly(
                    "SELECT title FROM it_nq_book ORDER BY id", "SELECT title FROM it_nq_book ORDER BY id",
                    "SELECT id FROM it_nq_book");
        }
    }

    /** The rows MariaDB sent on the transaction's connection so far (its SHOW statements not counted). */
    private static long rowsSent(EntityManager em, Target target) {
        if (target != Target.MARIADB) {
            return 0;
        }
        Object[] row = (Object[]) em.createNativeQuery("SHOW SESSION STATUS LIKE 'Rows_sent'").getSingleResult();
        return Long.parseLong(String.valueOf(row[1]));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void everyResultShapeReadsOnlyItsPage(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            List<String> scalars = list(em.createNativeQuery("SELECT title FROM it_nq_book ORDER BY title DESC",
                    String.class).setFirstResult(1).setMaxResults(5));
            List<Object[]> arrays = list(em.createNativeQuery("SELECT id, title FROM it_nq_book ORDER BY pages",
                    Object[].class).setFirstResult(2).setMaxResults(1));
            List<Object> untyped = list(em.createNativeQuery("SELECT title FROM it_nq_book ORDER BY id")
                    .setMaxResults(2));
            List<Tuple> tuples = list(em.createNativeQuery("SELECT title AS t, pages AS p FROM it_nq_book"
                    + " ORDER BY id DESC", Tuple.class).setFirstResult(1).setMaxResults(1));
            List<BookLine> lines = list(em.createNativeQuery("SELECT title, pages, price, published FROM it_nq_book"
                    + " ORDER BY id", "BookLines").setFirstResult(1));
            List<LocalDate> dates = list(em.createNativeQuery("SELECT published FROM it_nq_book ORDER BY published"
                    + " DESC", "PublishedDates").setFirstResult(2).setMaxResults(3));

            assertThat(scalars).containsExactly("Beta", "Alpha");
            assertThat(arrays).singleElement().satisfies(row -> assertThat(row[1]).isEqualTo("Gamma"));
            assertThat(untyped).containsExactly("Alpha", "Beta");
            assertThat(tuples).extracting(t -> t.get("t"), t -> ((Number) t.get("p")).intValue())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Beta", 80));
            assertThat(lines).extracting(BookLine::title).containsExactly("Beta", "Gamma");
            assertThat(dates).containsExactly(LocalDate.of(2019, 11, 2));
            assertThat(unit.sql()).hasSize(6).noneSatisfy(s -> assertThat(s).containsIgnoringCase("LIMIT"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aPageOfAMappingsEntitiesLeavesTheSkippedOnesUnmanaged(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            List<Object[]> rows = list(em.createNativeQuery(BOOK_WITH_PUBLISHER, "BookWithPublisher")
                    .setFirstResult(2).setMaxResults(10));

            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(((Book) row[0]).getTitle()).isEqualTo("Gamma");
                assertThat(((Publisher) row[1]).getName()).isEqualTo("Globex");
                assertThat(row[2]).isEqualTo(3L);
            });
            assertThat(unit.sql()).containsExactly(JpaUnit.plain(BOOK_WITH_PUBLISHER));
            unit.forget();
            assertThat(em.find(Publisher.class, 1L).getName()).isEqualTo("Acme");
            assertThat(em.find(Book.class, 10L).getTitle()).isEqualTo("Alpha");
            assertThat(unit.sql()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aStreamAndASingleResultComeFromThePage(Target target) {
        try (JpaUnit unit = open(target, dir); EntityManager em = unit.em()) {
            Query titles = em.createNativeQuery("SELECT title FROM it_nq_book ORDER BY id", String.class)
                    .setFirstResult(2);

            assertThat(titles.getResultStream()).containsExactly("Gamma");
            assertThat(titles.getSingleResult()).isEqualTo("Gamma");
            assertThat(titles.setFirstResult(3).getSingleResultOrNull()).isNull();
            assertThat(unit.sql()).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void nativeUpdatesRunAfterTheAutoFlushOfPendingChanges(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            int updated = unit.tx(em -> {
                em.find(Book.class, 10L).setTitle("Alpha, revised");
                Object seen = em.createNativeQuery("SELECT title FROM it_nq_book WHERE id = 10").getSingleResult();
                assertThat(seen).isEqualTo("Alpha, revised");
                return em.createNativeQuery("UPDATE it_nq_book SET pages = pages + 1 WHERE publisher_id = :p")
                        .setParameter("p", 1L).executeUpdate();
            });

            assertThat(updated).isEqualTo(2);
            assertThat(unit.rows("SELECT title FROM it_nq_book WHERE id = 10")).containsExactly(List.of("Alpha, revised"));
            assertThat(unit.number("SELECT sum(pages) FROM it_nq_book")).isEqualTo(502);
        }
    }
}
