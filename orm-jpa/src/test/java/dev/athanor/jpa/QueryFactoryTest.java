package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.jpa.query.Book;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Criteria queries through the EntityManager: the same rules as JPQL, parameters as ParameterExpressions. */
class QueryFactoryTest {

    @TempDir
    java.nio.file.Path dir;

    private EntityManagerFactory emf;
    private EntityManager em;
    private CriteriaBuilder cb;

    @BeforeEach
    void open() throws Exception {
        emf = QueryTestUnits.open(dir, Book.class);
        QueryTestUnits.jdbc(dir,
                "insert into Book (id, title, pages, price) values (1, 'Dune', 412, 9.5)",
                "insert into Book (id, title, pages, price) values (2, 'Emma', 320, 7.25)",
                "insert into Book (id, title, pages, price) values (3, 'Ubik', 202, 6)");
        em = emf.createEntityManager();
        cb = em.getCriteriaBuilder();
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    @Test
    void oneCriteriaBuilderPerFactory() {
        assertThat(cb).isSameAs(emf.getCriteriaBuilder());
    }

    @Test
    void parameterExpressionsAreTheQuerysParameters() {
        CriteriaQuery<String> criteria = cb.createQuery(String.class);
        Root<Book> book = criteria.from(Book.class);
        ParameterExpression<Integer> min = cb.parameter(Integer.class, "min");
        ParameterExpression<String> not = cb.parameter(String.class);
        criteria.select(book.get("title")).where(cb.gt(book.get("pages"), min), cb.notEqual(book.get("title"), not))
                .orderBy(cb.asc(book.get("title")));

        TypedQuery<String> query = em.createQuery(criteria);
        assertThat(query.getParameters()).containsExactlyInAnyOrder(min, not);
        assertThat(query.getParameter("min")).isSameAs(min);
        assertThatThrownBy(() -> query.setParameter(min, (Integer) null).getResultList())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ParameterExpression<String>");
        assertThat(query.setParameter(min, 250).setParameter(not, "Emma").getResultList()).containsExactly("Dune");
        assertThat(query.isBound(not)).isTrue();
        assertThat(query.getParameterValue(min)).isEqualTo(250);
    }

    @Test
    void aCriteriaQueryIsCopiedWhenTheQueryIsCreated() {
        CriteriaQuery<Book> criteria = cb.createQuery(Book.class);
        Root<Book> book = criteria.from(Book.class);
        criteria.where(cb.equal(book.get("title"), "Dune"));
        TypedQuery<Book> query = em.createQuery(criteria);
        criteria.where(cb.equal(book.get("title"), "Emma"));

        assertThat(query.getResultList()).extracting(b -> b.title).containsExactly("Dune");
        assertThat(em.createQuery(criteria).getResultList()).extracting(b -> b.title).containsExactly("Emma");
    }

    @Test
    void tupleQueriesAreReadBySelectionAliasOrPosition() {
        CriteriaQuery<Tuple> criteria = cb.createTupleQuery();
        Root<Book> book = criteria.from(Book.class);
        jakarta.persistence.criteria.Path<String> title = book.get("title");
        jakarta.persistence.criteria.Path<Integer> pages = book.get("pages");
        criteria.multiselect(title.alias("t"), pages).orderBy(cb.desc(pages));

        List<Tuple> rows = em.createQuery(criteria).getResultList();
        assertThat(rows).extracting(r -> r.get(title)).containsExactly("Dune", "Emma", "Ubik");
        assertThat(rows.get(1).get("t")).isEqualTo("Emma");
        assertThat(rows.get(2).get(pages)).isEqualTo(202);
        assertThat(rows.get(2).get(1, Integer.class)).isEqualTo(202);
    }

    @Test
    void theResultTypeMustFit() {
        CriteriaQuery<Long> criteria = cb.createQuery(Long.class);
        Root<Book> book = criteria.from(Book.class);
        assertThatThrownBy(() -> em.createQuery(criteria.select(book.get("title")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATH-9006").hasMessageContaining("java.lang.String");
    }

    @Test
    void setOperationsRunAsCriteriaSelects() {
        CriteriaQuery<String> thick = cb.createQuery(String.class);
        Root<Book> a = thick.from(Book.class);
        thick.select(a.get("title")).where(cb.gt(a.get("pages"), 400));
        CriteriaQuery<String> cheap = cb.createQuery(String.class);
        Root<Book> b = cheap.from(Book.class);
        cheap.select(b.get("title")).where(cb.lt(b.get("price"), 7));

        CriteriaSelect<String> union = cb.union(thick, cheap);
        assertThat(em.createQuery(union).getResultList()).containsExactlyInAnyOrder("Dune", "Ubik");
    }

    @Test
    void criteriaUpdatesAndDeletes() throws Exception {
        CriteriaUpdate<Book> update = cb.createCriteriaUpdate(Book.class);
        Root<Book> book = update.from(Book.class);
        update.set(book.<Integer>get("pages"), 100).where(cb.lt(book.get("pages"), 300));
        CriteriaDelete<Book> delete = cb.createCriteriaDelete(Book.class);
        Root<Book> gone = delete.from(Book.class);
        delete.where(cb.equal(gone.get("title"), "Emma"));

        em.getTransaction().begin();
        assertThat(em.createQuery(update).executeUpdate()).isEqualTo(1);
        assertThat(em.createQuery(delete).executeUpdate()).isEqualTo(1);
        em.getTransaction().commit();
        assertThat(QueryTestUnits.scalar(dir, "select pages from Book where id = 3")).isEqualTo(100);
        assertThat(QueryTestUnits.scalar(dir, "select count(*) from Book")).isEqualTo(2);
        assertThatThrownBy(() -> em.createQuery(update).getResultList()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATH-9009");
    }

    @Test
    void aCriteriaQueryCanBeNamed() {
        CriteriaQuery<Long> criteria = cb.createQuery(Long.class);
        criteria.select(cb.count(criteria.from(Book.class)));
        emf.addNamedQuery("countBooks", em.createQuery(criteria));

        assertThat(em.createNamedQuery("countBooks", Long.class).getSingleResult()).isEqualTo(3L);
        assertThat(emf.getNamedQueries(Long.class)).containsKeys("Book.count", "countBooks");
    }

    @Test
    void queriesOfOtherProvidersAreRefused() {
        assertThatThrownBy(() -> em.createQuery((CriteriaQuery<Object>) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9007");
    }
}
