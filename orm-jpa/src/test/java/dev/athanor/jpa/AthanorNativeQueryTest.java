package dev.athanor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.meta.NamedNativeQueryModel;
import dev.athanor.jpa.fixtures.Library.Author;
import dev.athanor.jpa.fixtures.Library.Book;
import dev.athanor.jpa.fixtures.Library.Summary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AthanorNativeQueryTest {

    @TempDir
    Path dir;

    private String url;
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private EntityManagerFactory emf;
    private EntityManager em;

    @BeforeEach
    void open() throws Exception {
        url = "jdbc:sqlite:" + dir.resolve("native.db");
        emf = new AthanorPersistenceProvider().createEntityManagerFactory(new PersistenceConfiguration("native")
                .managedClass(Author.class).managedClass(Book.class)
                .property("jakarta.persistence.jdbc.url", url)
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .property("athanor.execution_listener", new ExecutionListener() {
                    @Override
                    public void statementExecuted(StatementEvent event) {
                        statements.add(event.sql());
                    }
                }));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("insert into Author (id, name) values (1, 'Ann'), (2, 'Bob')");
            s.executeUpdate("insert into Book (id, title, pages, author_id) values (10, 'Alpha', 100, 1),"
                    + " (11, 'Beta', 200, 1), (12, 'Gamma', 300, 2)");
        }
        em = emf.createEntityManager();
        statements.clear();
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    @Test
    void aScalarResultClassConvertsTheSingleColumn() {
        Object count = createNativeQuery("select count(*) from Book", Long.class).getSingleResult();
        List<Object> titles = results(createNativeQuery("select title from Book order by id", String.class));

        assertThat(count).isEqualTo(3L);
        assertThat(titles).containsExactly("Alpha", "Beta", "Gamma");
    }

    @Test
    void aScalarResultClassRefusesSeveralColumnsNamingThem() {
        assertThatThrownBy(() -> createNativeQuery("select id, title from Book", Long.class).getResultList())
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ATH-9006").hasMessageContaining("returns 2 columns")
                .hasMessageContaining("[id, title]");
    }

    @Test
    void rowsAreArraysUntypedOrAsObjectArrayClass() {
        List<?> untyped = createNativeQuery("select id, title from Book where id = 10").getResultList();
        List<?> typed = createNativeQuery("select title from Book where id = 10", Object[].class).getResultList();

        assertThat((Object[]) untyped.get(0)).containsExactly(10, "Alpha");
        assertThat((Object[]) typed.get(0)).containsExactly("Alpha");
        assertThat(createNativeQuery("select title from Book where id = 10").getSingleResult()).isEqualTo("Alpha");
    }

    @Test
    void tuplesGiveColumnsByLabelAndIndex() {
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = createNativeQuery("select id as book_id, title from Book order by id", Tuple.class)
                .getResultList();

        Tuple first = tuples.get(0);
        assertThat(first.get("book_id", Long.class)).isEqualTo(10L);
        assertThat(first.get("TITLE")).isEqualTo("Alpha");
        assertThat(first.get(1, String.class)).isEqualTo("Alpha");
        assertThat(first.getElements()).extracting(e -> e.getAlias()).containsExactly("book_id", "title");
        assertThat(first.get(first.getElements().get(1))).isEqualTo("Alpha");
        assertThat(first.toArray()).containsExactly(10, "Alpha");
        assertThatThrownBy(() -> first.get("titel")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Did you mean 'title'?");
        assertThatThrownBy(() -> first.get(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entityResultsAreManagedAndShareIdentityWithTheContext() {
        Author known = em.find(Author.class, 1L);

        List<?> rows = mappedQuery("select b.id as b_id, b.title as b_title, b.pages as b_pages,"
                + " b.author_id as b_author, a.*, 7 as rank_no from Book b join Author a on a.id = b.author_id"
                + " order by b.id", "BookAndAuthor").getResultList();

        assertThat(rows).hasSize(3);
        Object[] first = (Object[]) rows.get(0);
        Book book = (Book) first[0];
        assertThat(book.title).isEqualTo("Alpha");
        assertThat(book.pages).isEqualTo(100);
        assertThat(first[1]).isSameAs(known);
        assertThat(first[2]).isEqualTo(7L);
        assertThat(em.contains(book)).isTrue();
        assertThat(em.find(Book.class, 10L)).isSameAs(book);
        assertThat(book.author).isSameAs(known);
        assertThat(((Object[]) rows.get(2))[1]).isSameAs(em.find(Author.class, 2L));
    }

    @Test
    void constructorResultsConvertColumnsToTheParameterTypes() {
        List<Object> summaries = results(mappedQuery("select title, pages from Book order by id", "Summaries"));

        assertThat(summaries).containsExactly(new Summary("Alpha", 100), new Summary("Beta", 200),
                new Summary("Gamma", 300));
    }

    @Test
    void aSingleColumnResultIsTheValueItself() {
        assertThat(mappedQuery("select title from Book order by id", "Titles").getResultList())
                .containsExactly("Alpha", "Beta", "Gamma");
    }

    @Test
    void anUnknownMappingFailsListingTheDeclaredOnes() {
        assertThatThrownBy(() -> AthanorNativeQuery.mapped(session(), "select 1", "Title"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATH-9010").hasMessageContaining("no result set mapping is named 'Title'")
                .hasMessageContaining("Did you mean 'Titles'?")
                .hasMessageContaining("[BookAndAuthor, Summaries, Titles, Lacking]");
    }

    @Test
    void aColumnTheMappingNamesButTheResultLacksIsNamed() {
        assertThatThrownBy(() -> mappedQuery("select title from Book", "Lacking").getResultList())
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ATH-9010").hasMessageContaining("result set mapping 'Lacking' reads column"
                        + " 'isbn'").hasMessageContaining("[title]");
        assertThatThrownBy(() -> mappedQuery("select b.id as b_id, b.title as b_title from Book b",
                "BookAndAuthor").getResultList())
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ATH-9010").hasMessageContaining("result set mapping 'BookAndAuthor' reads")
                .hasMessageContaining("Book.pages from column 'b_pages'").hasMessageContaining("Book.author from column"
                        + " 'b_author'").hasMessageContaining("[b_id, b_title]");
    }

    @Test
    void namedNativeQueriesApplyTheirMappingResultClassAndHints() {
        AthanorEntityManager athanor = em.unwrap(AthanorEntityManager.class);
        Map<String, NamedNativeQueryModel> named = new java.util.HashMap<>();
        emf.unwrap(dev.athanor.core.meta.Metadata.class).namedNativeQueries().forEach(q -> named.put(q.name(), q));

        TypedQuery<Object> titles = AthanorNativeQuery.named(athanor, named.get("Book.titles"), null);
        TypedQuery<Long> count = AthanorNativeQuery.named(athanor, named.get("Book.count"), Long.class);
        TypedQuery<Book> books = AthanorNativeQuery.named(athanor, named.get("Book.all"), Book.class);

        assertThat(titles.getResultList()).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(titles.getHints()).containsEntry("jakarta.persistence.query.timeout", "2000");
        assertThat(count.getSingleResult()).isEqualTo(3L);
        assertThat(books.getResultList()).extracting(b -> b.title).containsExactly("Alpha", "Beta", "Gamma");
        assertThatThrownBy(() -> AthanorNativeQuery.named(athanor, named.get("Book.count"), String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATH-9006")
                .hasMessageContaining("named native query 'Book.count' returns java.lang.Long");
    }

    @Test
    void aQueryBecomesANamedQueryWithItsResultAndHints() {
        Query query = AthanorNativeQuery.mapped(session(), "select title from Book", "Titles")
                .setHint("jakarta.persistence.query.timeout", 5);

        NamedNativeQueryModel model = ((AthanorNativeQuery<?>) query).toNamed("saved");

        assertThat(model).isEqualTo(new NamedNativeQueryModel("saved", "select title from Book", void.class, "Titles",
                Map.of("jakarta.persistence.query.timeout", "5"), Object.class));
        assertThat(((AthanorNativeQuery<?>) createNativeQuery("select 1", Long.class)).toNamed("n").resultClass())
                .isEqualTo(Long.class);
    }

    // ---- pages ------------------------------------------------------------------------------------

    @Test
    void aPageOfEntitiesFollowsTheSqlsOrderAndLeavesTheSkippedRowsUnmanaged() {
        String sql = "select * from Book order by pages desc";

        List<Object> books = results(createNativeQuery(sql, Book.class).setFirstResult(1).setMaxResults(1));

        assertThat(books).extracting(b -> ((Book) b).title).containsExactly("Beta");
        // the SQL ran once as written (this unit is not enhanced, so the book's author is loaded beside it)
        assertThat(statements).filteredOn(s -> s.contains("Book")).containsExactly(sql);
        assertThat(em.contains(books.get(0))).isTrue();
        statements.clear();
        assertThat(em.find(Book.class, 11L)).isSameAs(books.get(0));
        assertThat(statements).isEmpty();
        assertThat(em.find(Book.class, 12L).title).isEqualTo("Gamma");
        assertThat(em.find(Book.class, 10L).title).isEqualTo("Alpha");
        // neither Gamma (skipped) nor Alpha (after the page) was in the context
        assertThat(statements).filteredOn(s -> s.contains("FROM \"Book\"")).hasSize(2);
    }

    @Test
    void everyResultShapeReadsOnlyItsPage() {
        Query scalar = createNativeQuery("select title from Book order by title desc", String.class);
        Query arrays = createNativeQuery("select id, title from Book order by id", Object[].class);
        Query untyped = createNativeQuery("select title from Book order by id");
        Query tuples = createNativeQuery("select id as book_id, title from Book order by id desc", Tuple.class);
        Query constructed = mappedQuery("select title, pages from Book order by id", "Summaries");

        assertThat(scalar.setFirstResult(1).setMaxResults(5).getResultList()).containsExactly("Beta", "Alpha");
        assertThat(results(arrays.setFirstResult(2).setMaxResults(1))).singleElement()
                .satisfies(row -> assertThat((Object[]) row).containsExactly(12, "Gamma"));
        assertThat(untyped.setMaxResults(2).getResultList()).containsExactly("Alpha", "Beta");
        assertThat(results(tuples.setFirstResult(1).setMaxResults(1))).singleElement()
                .satisfies(t -> assertThat(((Tuple) t).get("title")).isEqualTo("Beta"));
        assertThat(constructed.setFirstResult(1).getResultList()).containsExactly(new Summary("Beta", 200),
                new Summary("Gamma", 300));
        assertThat(statements).hasSize(5);
    }

    @Test
    void aPageOfAMappingsEntitiesLeavesTheSkippedOnesUnmanaged() {
        List<Object> rows = results(mappedQuery("select b.id as b_id, b.title as b_title, b.pages as b_pages,"
                + " b.author_id as b_author, a.*, 7 as rank_no from Book b join Author a on a.id = b.author_id"
                + " order by b.id desc", "BookAndAuthor").setFirstResult(2).setMaxResults(1));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(((Book) ((Object[]) row)[0]).title).isEqualTo("Alpha");
            assertThat(((Author) ((Object[]) row)[1]).name).isEqualTo("Ann");
        });
        statements.clear();
        assertThat(em.find(Author.class, 2L).name).isEqualTo("Bob");
        assertThat(em.find(Book.class, 12L).title).isEqualTo("Gamma");
        assertThat(statements).filteredOn(s -> s.contains("FROM \"Book\"")).hasSize(1);
        assertThat(statements).filteredOn(s -> s.contains("FROM \"Author\"")).hasSize(1);
    }

    @Test
    void aStreamAndASingleResultAreReadFromThePage() {
        Query titles = createNativeQuery("select title from Book order by id", String.class).setFirstResult(2);

        assertThat(titles.getResultStream()).containsExactly("Gamma");
        assertThat(titles.getSingleResult()).isEqualTo("Gamma");
        assertThat(titles.setFirstResult(3).getSingleResultOrNull()).isNull();
        assertThat(statements).hasSize(3);
    }

    @Test
    void noRowsAskedForRunsNothing() {
        assertThat(createNativeQuery("select * from Book", Book.class).setMaxResults(0).getResultList()).isEmpty();
        assertThatThrownBy(() -> createNativeQuery("select * from Book where id = ?1", Book.class).setMaxResults(0)
                .getResultList()).isInstanceOf(IllegalStateException.class).hasMessageContaining("?1");
        assertThat(statements).isEmpty();
    }

    @Test
    void updatesStillRunAfterAnAutoFlush() throws Exception {
        em.getTransaction().begin();
        Book book = em.find(Book.class, 10L);
        book.title = "Alpha 2";

        Object title = createNativeQuery("select title from Book where id = 10").getSingleResult();
        int updated = createNativeQuery("update Book set pages = pages + 1 where author_id = ?1")
                .setParameter(1, 1L).executeUpdate();
        em.getTransaction().commit();

        assertThat(title).isEqualTo("Alpha 2");
        assertThat(updated).isEqualTo(2);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select sum(pages) from Book")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(602);
        }
    }

    private Query createNativeQuery(String sql) {
        return em.createNativeQuery(sql);
    }

    private Query createNativeQuery(String sql, Class<?> resultClass) {
        return em.createNativeQuery(sql, resultClass);
    }

    /** What {@code createNativeQuery(sql, resultSetMapping)} returns once the EntityManager delegates to it. */
    private Query mappedQuery(String sql, String resultSetMapping) {
        return AthanorNativeQuery.mapped(session(), sql, resultSetMapping);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> results(Query query) {
        return query.getResultList();
    }

    private dev.athanor.core.session.Session session() {
        return em.unwrap(AthanorEntityManager.class).session();
    }
}
