package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.athanor.jpa.query.Book;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NoResultException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.Parameter;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TemporalType;
import jakarta.persistence.TransactionRequiredException;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AthanorQueryTest {

    @TempDir
    Path dir;

    private EntityManagerFactory emf;
    private EntityManager em;

    @BeforeEach
    void open() throws Exception {
        emf = QueryTestUnits.open(dir, Book.class);
        QueryTestUnits.jdbc(dir,
                "insert into Book (id, title, pages, price) values (1, 'Dune', 412, 9.5)",
                "insert into Book (id, title, pages, price) values (2, 'Emma', 320, 7.25)",
                "insert into Book (id, title, pages, price) values (3, 'Ubik', 202, 6)");
        em = emf.createEntityManager();
    }

    @AfterEach
    void close() {
        if (em.isOpen()) {
            em.close();
        }
        emf.close();
    }

    @Test
    void namedAndPositionalParametersAreBoundAndConvertedWhenTheyFit() {
        List<String> titles = em.createQuery("select b.title from Book b where b.pages > :min order by b.title",
                String.class).setParameter("min", 300L).getResultList();
        assertThat(titles).containsExactly("Dune", "Emma");

        TypedQuery<Book> byId = em.createQuery("select b from Book b where b.id = ?1", Book.class);
        assertThat(byId.getParameter(1).getParameterType()).isEqualTo(Long.class);
        assertThat(byId.setParameter(1, 3).getSingleResult().title).isEqualTo("Ubik");
        assertThat(byId.getParameterValue(1)).isEqualTo(3);
    }

    @Test
    void collectionValuedParametersOnlyInIn() {
        List<String> titles = em.createQuery("select b.title from Book b where b.id in :ids order by b.id",
                String.class).setParameter("ids", List.of(1, 3L)).getResultList();
        assertThat(titles).containsExactly("Dune", "Ubik");
        assertThatThrownBy(() -> em.createQuery("select b from Book b where b.id = :id").setParameter("id",
                List.of(1L))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9005")
                .hasMessageContaining("collection");
    }

    @Test
    void wrongTypesUnknownNamesAndMissingValuesAreReported() {
        Query query = em.createQuery("select b from Book b where b.pages > :minPages and b.title <> :title");
        assertThatThrownBy(() -> query.setParameter("minPages", "many"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9005")
                .hasMessageContaining(":minPages expects a java.lang.Integer but was given a java.lang.String");
        assertThatThrownBy(() -> query.setParameter("minPage", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Did you mean 'minPages'?")
                .hasMessageContaining("[:minPages, :title]");
        assertThatThrownBy(() -> query.setParameter(1, 3)).hasMessageContaining("no parameter ?1");
        assertThatThrownBy(() -> query.getParameterValue("title")).isInstanceOf(IllegalStateException.class);

        query.setParameter("title", "x");
        assertThat(query.isBound(query.getParameter("title"))).isTrue();
        assertThat(query.isBound(query.getParameter("minPages"))).isFalse();
        assertThatThrownBy(query::getResultList).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATH-9005").hasMessageContaining("parameter :minPages has no value");
    }

    @Test
    void parameterObjectsAndTemporalValues() {
        em.getTransaction().begin();
        em.find(Book.class, 2L).published = LocalDate.of(2024, 3, 5);
        em.getTransaction().commit();

        TypedQuery<String> query = em.createQuery("select b.title from Book b where b.published = :day", String.class);
        Parameter<LocalDate> day = query.getParameter("day", LocalDate.class);
        assertThat(query.setParameter(day, LocalDate.of(2024, 3, 5)).getResultList()).containsExactly("Emma");

        Date date = Date.from(LocalDate.of(2024, 3, 5).atTime(15, 45).atZone(ZoneId.systemDefault()).toInstant());
        assertThat(query.setParameter("day", date, TemporalType.DATE).getResultList()).containsExactly("Emma");
        assertThat(query.getParameterValue("day")).isEqualTo(date);
        assertThatThrownBy(() -> query.getParameter("day", Integer.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theResultClassMustFitTheSelectList() {
        assertThatThrownBy(() -> em.createQuery("select b.title from Book b", Long.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9006")
                .hasMessageContaining("java.lang.String, which is not a java.lang.Long");
        assertThatThrownBy(() -> em.createQuery("select b.title, b.pages from Book b", String.class))
                .hasMessageContaining("ATH-9006").hasMessageContaining("Object[].class or Tuple.class");

        assertThat(em.createQuery("select count(b) from Book b", Long.class).getSingleResult()).isEqualTo(3L);
        assertThat(em.createQuery("select count(b) from Book b", Number.class).getSingleResult()).isEqualTo(3L);
        assertThat(em.createQuery("select b.pages from Book b where b.id = 1", Integer.class).getSingleResult())
                .isEqualTo(412);
        Object[] one = em.createQuery("select b.title from Book b where b.id = 1", Object[].class).getSingleResult();
        assertThat(one).containsExactly("Dune");
        Object untyped = em.createQuery("select b.title, b.pages from Book b where b.id = 1").getSingleResult();
        assertThat((Object[]) untyped).containsExactly("Dune", 412);
        Book book = em.createQuery("select b from Book b where b.id = 1", Book.class).getSingleResult();
        assertThat(book).isSameAs(em.find(Book.class, 1L));
    }

    @Test
    void tuplesByAliasAndPosition() {
        List<Tuple> rows = em.createQuery("select b.title as title, b.pages as pages from Book b order by b.id",
                Tuple.class).getResultList();
        assertThat(rows).extracting(t -> t.get("title"), t -> t.get("pages", Integer.class))
                .containsExactly(tuple("Dune", 412), tuple("Emma", 320), tuple("Ubik", 202));
        assertThat(rows.get(0).getElements()).extracting(e -> e.getAlias()).containsExactly("title", "pages");

        Tuple single = em.createQuery("select b.title from Book b where b.id = 3", Tuple.class).getSingleResult();
        assertThat(single.get(0)).isEqualTo("Ubik");
    }

    @Test
    void singleResultsSayWhatWasFound() {
        String jpql = "select b.title from Book b where b.pages > :min";
        TypedQuery<String> query = em.createQuery(jpql, String.class);
        assertThatThrownBy(() -> query.setParameter("min", 1000).getSingleResult())
                .isInstanceOf(NoResultException.class).hasMessageContaining(jpql);
        assertThat(query.getSingleResultOrNull()).isNull();
        assertThatThrownBy(() -> query.setParameter("min", 300).getSingleResult())
                .isInstanceOf(NonUniqueResultException.class).hasMessageContaining("2 results")
                .hasMessageContaining(jpql);
        assertThatThrownBy(query::getSingleResultOrNull).isInstanceOf(NonUniqueResultException.class);
        assertThat(query.setParameter("min", 400).getSingleResultOrNull()).isEqualTo("Dune");
    }

    @Test
    void pagesAndStreams() {
        TypedQuery<String> query = em.createQuery("select b.title from Book b order by b.title", String.class);
        assertThat(query.setFirstResult(1).setMaxResults(1).getResultList()).containsExactly("Emma");
        assertThat(query.getFirstResult()).isEqualTo(1);
        assertThat(query.getMaxResults()).isEqualTo(1);
        assertThat(query.setMaxResults(0).getResultList()).isEmpty();
        assertThatThrownBy(() -> query.setMaxResults(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.setFirstResult(-1)).isInstanceOf(IllegalArgumentException.class);
        try (Stream<String> titles = query.setFirstResult(0).setMaxResults(Integer.MAX_VALUE).getResultStream()) {
            assertThat(titles).containsExactly("Dune", "Emma", "Ubik");
        }
    }

    @Test
    void updatesAndDeletesRunWithExecuteUpdateInATransaction() throws Exception {
        Query update = em.createQuery("update Book b set b.pages = b.pages + :more where b.pages < :limit")
                .setParameter("more", 10).setParameter("limit", 400);
        assertThatThrownBy(update::getResultList).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATH-9009");
        assertThatThrownBy(update::getSingleResult).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> update.setLockMode(LockModeType.PESSIMISTIC_WRITE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ATH-9009");
        assertThatThrownBy(update::executeUpdate).isInstanceOf(TransactionRequiredException.class);

        em.getTransaction().begin();
        assertThat(update.executeUpdate()).isEqualTo(2);
        em.getTransaction().commit();
        assertThat(QueryTestUnits.scalar(dir, "select sum(pages) from Book")).isEqualTo(412 + 330 + 212);

        Query select = em.createQuery("select b from Book b");
        assertThatThrownBy(select::executeUpdate).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATH-9009").hasMessageContaining("SELECT");
        em.getTransaction().begin();
        assertThat(em.createQuery("delete from Book b where b.price < :p").setParameter("p", new BigDecimal("8"))
                .executeUpdate()).isEqualTo(2);
        em.getTransaction().commit();
        assertThat(QueryTestUnits.scalar(dir, "select count(*) from Book")).isEqualTo(1);
    }

    @Test
    void settingsAndHints() {
        TypedQuery<Book> query = em.createQuery("select b from Book b", Book.class);
        assertThat(query.getLockMode()).isEqualTo(LockModeType.NONE);
        assertThat(query.getFlushMode()).isEqualTo(FlushModeType.AUTO);
        assertThat(query.setFlushMode(FlushModeType.COMMIT).getFlushMode()).isEqualTo(FlushModeType.COMMIT);
        assertThat(query.getTimeout()).isNull();
        query.setTimeout(2000).setHint("vendor.unknown", "kept").setHint("athanor.readOnly", true);
        assertThat(query.getTimeout()).isEqualTo(2000);
        assertThat(query.getHints()).containsEntry("jakarta.persistence.query.timeout", 2000)
                .containsEntry("vendor.unknown", "kept").containsEntry("athanor.readOnly", true);
        query.setHint("jakarta.persistence.query.timeout", "1500");
        assertThat(query.getTimeout()).isEqualTo(1500);
        assertThatThrownBy(() -> query.setHint("jakarta.persistence.query.timeout", "soon"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(query.getResultList()).hasSize(3);
        assertThat(query.unwrap(AthanorQuery.class)).isSameAs(query);
        assertThat(query.unwrap(Query.class)).isSameAs(query);
        assertThatThrownBy(() -> query.unwrap(String.class)).isInstanceOf(PersistenceException.class);
    }

    @Test
    void readOnlyResultsAreNotFlushed() throws Exception {
        em.getTransaction().begin();
        Book book = em.createQuery("select b from Book b where b.id = 1", Book.class)
                .setHint("org.hibernate.readOnly", "true").getSingleResult();
        book.title = "Changed";
        em.getTransaction().commit();
        assertThat(QueryTestUnits.scalar(dir, "select title from Book where id = 1")).isEqualTo("Dune");
    }

    @Test
    void aMalformedQueryFailsAtCreateQuery() {
        assertThatThrownBy(() -> em.createQuery("select b from Bok b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Book");
        assertThatThrownBy(() -> em.createQuery((String) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMethodFailsOnceTheEntityManagerIsClosed() {
        TypedQuery<Book> query = em.createQuery("select b from Book b where b.id = :id", Book.class);
        em.close();
        assertThatThrownBy(query::getResultList).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> query.setParameter("id", 1L)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(query::getParameters).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> query.setMaxResults(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> em.createQuery("select b from Book b")).isInstanceOf(IllegalStateException.class);
    }
}
