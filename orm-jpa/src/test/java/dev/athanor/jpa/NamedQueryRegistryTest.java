package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.jpa.query.Book;
import dev.athanor.jpa.query.Shelf;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.TypedQueryReference;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedQueryRegistryTest {

    @TempDir
    Path dir;

    @Test
    void theFactoryRefusesToOpenListingEveryInvalidNamedQuery() {
        assertThatThrownBy(() -> QueryTestUnits.open(dir, Book.class, Shelf.class))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ATH-9008")
                .hasMessageContaining("3 of the 9 named queries")
                .hasMessageContaining("Shelf.byLabel (@NamedQuery on " + Shelf.class.getName() + ")")
                .hasMessageContaining("Did you mean 'label'?")
                .hasMessageContaining("Shelf.broken (@NamedQuery on ")
                .hasMessageContaining("ATH-9001")
                .hasMessageContaining("Shelf.labels (@NamedQuery on ")
                .hasMessageContaining("ATH-9006")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Shelf.all ("));
    }

    @Test
    void declaredNamedQueriesRunWithTheirHints() throws Exception {
        try (EntityManagerFactory emf = QueryTestUnits.open(dir, Book.class); EntityManager em =
                emf.createEntityManager()) {
            QueryTestUnits.jdbc(dir, "insert into Book (id, title, pages) values (1, 'Dune', 412)",
                    "insert into Book (id, title, pages) values (2, 'Emma', 320)");

            assertThat(em.createNamedQuery("Book.byTitle", Book.class).setParameter("title", "Emma")
                    .getSingleResult().id).isEqualTo(2L);
            TypedQuery<String> titles = em.createNamedQuery("Book.titles", String.class);
            assertThat(titles.getResultList()).containsExactly("Dune", "Emma");
            assertThat(titles.getTimeout()).isEqualTo(5000);
            assertThat(em.createNamedQuery("Book.count").getSingleResult()).isEqualTo(2L);
            TypedQuery<Book> locked = em.createNamedQuery("Book.locked", Book.class).setParameter("id", 1L);
            assertThat(locked.getLockMode()).isEqualTo(LockModeType.PESSIMISTIC_WRITE);
            assertThatThrownBy(locked::getResultList).isInstanceOf(jakarta.persistence.TransactionRequiredException.class);
            assertThatThrownBy(() -> em.createNamedQuery("Book.count", String.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9006");

            em.getTransaction().begin();
            assertThat(em.createNamedQuery("Book.reprice").setParameter("price", new BigDecimal("5"))
                    .setParameter("pages", 400).executeUpdate()).isEqualTo(1);
            em.getTransaction().commit();
            assertThat(QueryTestUnits.scalar(dir, "select count(*) from Book where price is not null")).isEqualTo(1);
        }
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        try (EntityManagerFactory emf = QueryTestUnits.open(dir, Book.class); EntityManager em =
                emf.createEntityManager()) {
            assertThatThrownBy(() -> em.createNamedQuery("Book.byTitel"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9008")
                    .hasMessageContaining("Did you mean 'Book.byTitle'?")
                    .hasMessageContaining("[Book.byTitle, Book.count, Book.locked, Book.reprice, Book.titles]");
        }
    }

    @Test
    void addNamedQueryCopiesTheQueryAndReplacesByName() throws Exception {
        try (EntityManagerFactory emf = QueryTestUnits.open(dir, Book.class); EntityManager em =
                emf.createEntityManager()) {
            QueryTestUnits.jdbc(dir, "insert into Book (id, title, pages) values (1, 'Dune', 412)",
                    "insert into Book (id, title, pages) values (2, 'Emma', 320)",
                    "insert into Book (id, title, pages) values (3, 'Ubik', 202)");
            TypedQuery<String> query = em.createQuery("select b.title from Book b order by b.pages", String.class)
                    .setFirstResult(1).setMaxResults(1).setHint("jakarta.persistence.query.timeout", 700)
                    .setLockMode(LockModeType.NONE);
            emf.addNamedQuery("middle", query);
            query.setMaxResults(5);

            TypedQuery<String> named = em.createNamedQuery("middle", String.class);
            assertThat(named.getFirstResult()).isEqualTo(1);
            assertThat(named.getMaxResults()).isEqualTo(1);
            assertThat(named.getTimeout()).isEqualTo(700);
            assertThat(named.getResultList()).containsExactly("Emma");

            emf.addNamedQuery("middle", em.createQuery("select count(b) from Book b"));
            assertThat(em.createNamedQuery("middle").getSingleResult()).isEqualTo(3L);
            emf.addNamedQuery("Book.titles", em.createQuery("select b.pages from Book b order by b.pages"));
            assertThat(em.createNamedQuery("Book.titles", Integer.class).getResultList()).containsExactly(202, 320, 412);

            assertThatThrownBy(() -> emf.addNamedQuery("x", (Query) null)).isInstanceOf(IllegalArgumentException.class);

            emf.addNamedQuery("middle", em.createNativeQuery("select title from Book where pages < ?1 order by id")
                    .setParameter(1, 400));
            assertThat(em.createNamedQuery("middle").setParameter(1, 400).getResultList())
                    .containsExactly("Emma", "Ubik");
            assertThat(emf.getNamedQueries(Object.class)).containsKey("middle");
            assertThat(emf.getNamedQueries(Long.class)).doesNotContainKey("middle");
        }
    }

    @Test
    void getNamedQueriesFiltersByResultTypeAndReferencesRun() throws Exception {
        try (EntityManagerFactory emf = QueryTestUnits.open(dir, Book.class); EntityManager em =
                emf.createEntityManager()) {
            QueryTestUnits.jdbc(dir, "insert into Book (id, title, pages) values (1, 'Dune', 412)");

            Map<String, TypedQueryReference<Long>> counts = emf.getNamedQueries(Long.class);
            assertThat(counts).containsOnlyKeys("Book.count");
            assertThat(em.createQuery(counts.get("Book.count")).getSingleResult()).isEqualTo(1L);

            Map<String, TypedQueryReference<Object>> all = emf.getNamedQueries(Object.class);
            assertThat(all).containsKeys("Book.byTitle", "Book.titles", "Book.count", "Book.reprice");
            TypedQueryReference<Object> titles = all.get("Book.titles");
            assertThat(titles.getResultType()).isEqualTo(String.class);
            assertThat(titles.getHints()).containsEntry("jakarta.persistence.query.timeout", "5000");
            assertThat(emf.getNamedQueries(Book.class)).containsOnlyKeys("Book.byTitle", "Book.locked");
            assertThatThrownBy(() -> emf.getNamedQueries(null)).isInstanceOf(IllegalArgumentException.class);
            List<Object> fromReference = em.createQuery(titles).getResultList();
            assertThat(fromReference).containsExactly("Dune");
        }
        assertThat(Files.exists(dir.resolve("queries.db"))).isTrue();
    }
}
