package dev.athanor.tracked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.EntityNode;
import dev.athanor.core.query.QueryPlan.ResultItem;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.core.session.QueryOptions;
import dev.athanor.core.session.Session;
import dev.athanor.core.session.SessionFactory;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.sql.ast.TableRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query plans over entities enhanced by hand: references filled from a query's rows, lazy columns left out, fetched to-ones. */
class TrackedQueriesTest {

    @TempDir
    Path dir;
    private final List<String> sql = new ArrayList<>();
    private Metadata metadata;
    private SessionFactory factory;

    @BeforeEach
    void open() {
        Engine engine = Engine.builder("sqlite:///" + dir.resolve("tracked.db")).listener(new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                sql.add(event.sql());
            }
        }).build();
        metadata = new MetadataBuilder().add(Author.class, Book.class).build();
        new SchemaManager(engine, metadata).create();
        engine.execute("INSERT INTO tracked_author (id, name, bio) VALUES (1, 'Ann', 'bio of Ann'), (2, 'Bob', 'bio of Bob')");
        engine.execute("INSERT INTO tracked_book (id, title, pages, author_id) VALUES (10, 'A1', 100, 1),"
                + " (11, 'A2', 110, 1), (12, 'B1', 120, 2)");
        factory = new SessionFactory(metadata, engine, SessionSettings.DEFAULTS);
        sql.clear();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private List<SelectItem> columns(Class<?> type, String alias) {
        return factory.columns(metadata.entity(type), alias).stream().map(SelectItem::of).toList();
    }

    @Test
    void theSelectionOfAnEntityLeavesItsLazyColumnsOutAsNull() {
        // the model orders the attributes bio, id, name
        assertThat(factory.columns(metadata.entity(Author.class), "a")).containsExactly(Literal.NULL,
                ColumnRef.of("a", "id"), ColumnRef.of("a", "name"));
    }

    @Test
    void aReferenceTakesItsStateFromTheQuerysRowAndALazyColumnStillLoadsLater() {
        Select statement = Select.of(columns(Author.class, "a"), TableRef.of("tracked_author", "a"))
                .withOrderBy(OrderItem.asc(ColumnRef.of("a", "id")));
        QueryPlan plan = new QueryPlan(QueryPlan.Kind.SELECT, "SELECT a FROM Author a", statement, List.of(), List.of(),
                List.of(new ResultItem.Entity(0, Author.class)), java.util.Collections.singletonList(null),
                List.of(new EntityNode(metadata.entity(Author.class), "a", 0)), List.of(), Set.of("tracked_author"),
                Author.class, null);
        try (Session session = factory.openSession()) {
            Author ann = session.getReference(Author.class, 1L);
            assertThat(sql).isEmpty();
            List<Object> authors = session.queries().list(plan, new Object[0], QueryOptions.DEFAULT);
            assertThat(authors).hasSize(2);
            assertThat(authors.get(0)).isSameAs(ann);
            assertThat(ann.getName()).isEqualTo("Ann");
            assertThat(sql).hasSize(1); // the reference was filled from the query's row
            assertThat(ann.getBio()).isEqualTo("bio of Ann");
            assertThat(sql).hasSize(2);
        }
    }

    @Test
    void aFetchedLazyToOneIsTheLoadedInstanceNotAReference() {
        List<SelectItem> items = new ArrayList<>(columns(Book.class, "b"));
        items.addAll(columns(Author.class, "a"));
        Select statement = Select.of(items, TableRef.of("tracked_book", "b"))
                .withJoin(Join.inner(TableRef.of("tracked_author", "a"), Comparison.eq(ColumnRef.of("a", "id"),
                        ColumnRef.of("b", "author_id"))))
                .withOrderBy(OrderItem.asc(ColumnRef.of("b", "id")));
        QueryPlan plan = new QueryPlan(QueryPlan.Kind.SELECT, "SELECT b FROM Book b JOIN FETCH b.author", statement,
                List.of(), List.of(), List.of(new ResultItem.Entity(0, Book.class)),
                java.util.Collections.singletonList(null),
                List.of(new EntityNode(metadata.entity(Book.class), "b", 0),
                        new EntityNode(metadata.entity(Author.class), "a", 4)),
                List.of(new QueryPlan.Fetch(0, metadata.entity(Book.class).attribute("author"), 1)),
                Set.of("tracked_book", "tracked_author"), Book.class, null);
        try (Session session = factory.openSession()) {
            List<Object> books = session.queries().list(plan, new Object[0], QueryOptions.DEFAULT);
            assertThat(books).extracting(b -> ((Book) b).getTitle()).containsExactly("A1", "A2", "B1");
            Author ann = ((Book) books.get(0)).getAuthor();
            assertThat(((Book) books.get(1)).getAuthor()).isSameAs(ann);
            assertThat(ann.getName()).isEqualTo("Ann");
            assertThat(((Book) books.get(2)).getAuthor().getName()).isEqualTo("Bob");
            assertThat(sql).hasSize(1);
            assertThat(session.lazyLoads()).isZero();
        }
    }
}
