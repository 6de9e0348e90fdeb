package dev.athanor.tracked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.core.session.Session;
import dev.athanor.core.session.SessionFactory;
import dev.athanor.runtime.ManagedEntity;
import dev.athanor.testing.LogCapture;
import ch.qos.logback.classic.Level;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session's side of the enhancement contract, on entities enhanced by hand and a real SQLite
 * file: what a flush writes and visits, what loads lazily and in which batches.
 */
class TrackedSessionTest {

    @TempDir
    Path dir;
    private final List<String> sql = new ArrayList<>();
    private Engine engine;
    private Metadata metadata;
    private SessionFactory factory;

    @BeforeEach
    void open() {
        engine = Engine.builder("sqlite:///" + dir.resolve("tracked.db")).listener(new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                sql.add(event.sql());
            }
        }).build();
        metadata = new MetadataBuilder().add(Author.class, Book.class).build();
        new SchemaManager(engine, metadata).create();
        engine.execute("INSERT INTO tracked_author (id, name, bio) VALUES (1, 'Ann', 'long bio of Ann'),"
                + " (2, 'Bob', 'long bio of Bob'), (3, 'Cy', 'long bio of Cy')");
        engine.execute("INSERT INTO tracked_book (id, title, pages, author_id) VALUES (10, 'A1', 100, 1),"
                + " (11, 'A2', 110, 1), (12, 'B1', 120, 2), (13, 'C1', 130, 3)");
        factory = new SessionFactory(metadata, engine, SessionSettings.DEFAULTS.withLazyBatchSize(2));
        sql.clear();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private long count(String query) {
        return engine.execute(query).scalar(Long.class);
    }

    @Test
    void aFlushWritesOnlyWhatChangedAndSettingAValueBackWritesNothing() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Book a1 = session.find(Book.class, 10L, null);
            Book a2 = session.find(Book.class, 11L, null);
            Book b1 = session.find(Book.class, 12L, null);
            a1.setTitle("A1 revised");
            a2.setTitle("changed");
            a2.setTitle("A2"); // back to what was loaded
            b1.setPages(120); // the same value: not a change
            assertThat(((ManagedEntity) b1).$athanor$tracker().isDirty()).isFalse();
            assertThat(((ManagedEntity) a2).$athanor$tracker().isDirty(1)).isTrue();
            sql.clear();
            session.transaction().commit();
        }
        assertThat(sql).filteredOn(s -> s.startsWith("UPDATE")).containsExactly(
                "UPDATE \"tracked_book\" SET \"title\" = ? WHERE \"id\" = ?");
        assertThat(engine.execute("SELECT title FROM tracked_book WHERE id = 10").scalar(String.class))
                .isEqualTo("A1 revised");
        assertThat(engine.execute("SELECT title FROM tracked_book WHERE id = 11").scalar(String.class)).isEqualTo("A2");
    }

    @Test
    void aLazyBasicAttributeIsLeftOutOfTheSelectAndLoadedOnFirstReadForABatch() {
        try (Session session = factory.openSession()) {
            Author ann = session.find(Author.class, 1L, null);
            Author bob = session.find(Author.class, 2L, null);
            Author cy = session.find(Author.class, 3L, null);
            assertThat(sql).allMatch(s -> !s.contains("\"bio\""));
            sql.clear();
            assertThat(ann.getBio()).isEqualTo("long bio of Ann");
            assertThat(bob.getBio()).isEqualTo("long bio of Bob"); // in the same batch of two
            assertThat(sql).hasSize(1);
            assertThat(sql.get(0)).contains("\"bio\"").contains("IN (?, ?)");
            assertThat(cy.getBio()).isEqualTo("long bio of Cy");
            assertThat(sql).hasSize(2);
            assertThat(session.lazyLoads()).isEqualTo(2);
        }
    }

    @Test
    void aLazyToOneIsAReferenceOfTheRealClassLoadedInBatchesOnFirstRead() {
        try (Session session = factory.openSession()) {
            List<Book> books = new ArrayList<>();
            for (long id = 10; id <= 13; id++) {
                books.add(session.find(Book.class, id, null));
            }
            assertThat(sql).hasSize(4).allMatch(s -> s.contains("tracked_book"));
            Author ann = books.get(0).getAuthor();
            assertThat(ann.getClass()).isEqualTo(Author.class);
            assertThat(books.get(1).getAuthor()).isSameAs(ann);
            assertThat(sql).hasSize(4); // no SQL for the reference itself
            assertThat(ann.getName()).isEqualTo("Ann");
            assertThat(sql).hasSize(5);
            assertThat(sql.get(4)).contains("tracked_author").contains("IN (?, ?)");
            assertThat(books.get(2).getAuthor().getName()).isEqualTo("Bob"); // loaded with Ann
            assertThat(sql).hasSize(5);
            assertThat(books.get(3).getAuthor().getName()).isEqualTo("Cy");
            assertThat(sql).hasSize(6);
        }
    }

    @Test
    void getReferenceReadsNothingUntilTheStateIsReadAndAMissingRowThenFails() {
        try (Session session = factory.openSession()) {
            Author ann = session.getReference(Author.class, 1L);
            Author ghost = session.getReference(Author.class, 99L);
            assertThat(sql).isEmpty();
            assertThat(ann.getId()).isEqualTo(1L);
            assertThat(sql).isEmpty();
            assertThat(ann.getName()).isEqualTo("Ann");
            assertThatThrownBy(ghost::getName).isInstanceOf(EntityNotFoundException.class).hasMessageContaining("99");
            assertThat(session.find(Author.class, 99L, null)).isNull();
        }
    }

    @Test
    void readingTheIdOfAPendingIdentityInsertInsertsTheBatchFirst() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Author dee = new Author("Dee", "bio");
            Author eve = new Author("Eve", "bio");
            session.persist(dee);
            session.persist(eve);
            assertThat(sql).isEmpty(); // deferred
            assertThat(dee.getId()).isNotNull();
            assertThat(eve.getId()).isNotNull().isNotEqualTo(dee.getId());
            assertThat(sql).filteredOn(s -> s.startsWith("INSERT")).hasSize(1); // one multi-row insert
            session.transaction().commit();
        }
        assertThat(count("SELECT count(*) FROM tracked_author")).isEqualTo(5);
    }

    @Test
    void aFlushVisitsOnlyTheEntitiesThatChanged() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            for (long id = 10; id <= 13; id++) {
                session.find(Book.class, id, null);
            }
            session.find(Book.class, 12L, null).setTitle("B1 revised");
            sql.clear();
            session.flush();
            assertThat(sql).hasSize(1).allMatch(s -> s.startsWith("UPDATE"));
            sql.clear();
            session.flush();
            assertThat(sql).isEmpty();
            session.transaction().commit();
        }
        assertThat(engine.execute("SELECT title FROM tracked_book WHERE id = 12").scalar(String.class))
                .isEqualTo("B1 revised");
    }

    @Test
    void cleanInstancesShareOneTrackerUntilTheyChangeAndAreDetachedTogetherByClear() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Book a1 = session.find(Book.class, 10L, null);
            Book a2 = session.find(Book.class, 11L, null);
            Book b1 = session.find(Book.class, 12L, null);
            Author ann = a1.getAuthor();
            Author bob = b1.getAuthor();
            // nothing of their own while clean: one tracker for the loaded books, one for the author references
            assertThat(tracker(a1)).isSameAs(tracker(a2)).isSameAs(tracker(b1));
            assertThat(tracker(ann)).isSameAs(tracker(bob)).isNotSameAs(tracker(a1));
            assertThat(tracker(a1).isDirty()).isFalse();

            a2.setTitle("A2 revised");
            assertThat(tracker(a2)).isNotSameAs(tracker(a1)); // its own, made by the change
            assertThat(tracker(a2).isDirty(1)).isTrue();
            assertThat(tracker(a1).isDirty()).isFalse();
            assertThat(session.find(Book.class, 11L, null)).isSameAs(a2);
            assertThat(ann.getName()).isEqualTo("Ann"); // the references load and stay clean
            assertThat(tracker(ann)).isSameAs(tracker(bob)).isNotSameAs(tracker(a1)).hasToString("CleanState[Author]");
            sql.clear();
            session.flush();
            assertThat(sql).containsExactly("UPDATE \"tracked_book\" SET \"title\" = ? WHERE \"id\" = ?");
            session.transaction().commit();

            session.clear();
            assertThat(session.contains(a1)).isFalse();
            assertThat(session.contains(a2)).isFalse();
            assertThat(session.contains(ann)).isFalse();
            session.transaction().begin();
            a1.setTitle("never written"); // detached: nobody records it
            sql.clear();
            session.flush();
            session.transaction().commit();
            assertThat(sql).isEmpty();
            assertThat(session.find(Book.class, 10L, null)).isNotSameAs(a1);
        }
        assertThat(engine.execute("SELECT title FROM tracked_book WHERE id = 10").scalar(String.class)).isEqualTo("A1");
        assertThat(engine.execute("SELECT title FROM tracked_book WHERE id = 11").scalar(String.class))
                .isEqualTo("A2 revised");
    }

    private static dev.athanor.runtime.AttributeTracker tracker(Object entity) {
        return ((ManagedEntity) entity).$athanor$tracker();
    }

    @Test
    void raiseModeMakesALazyLoadAnErrorNamingEntityAttributeAndCallSite() {
        try (SessionFactory strict = new SessionFactory(metadata, engine,
                SessionSettings.DEFAULTS.withLazy(SessionSettings.Lazy.RAISE)); Session session = strict.openSession()) {
            Book book = session.find(Book.class, 10L, null);
            Author author = book.getAuthor();
            assertThatThrownBy(() -> author.getName()).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("ATH-8017").hasMessageContaining("Author.name")
                    .hasMessageContaining("TrackedSessionTest");
        }
    }

    @Test
    void anUnloadedAttributeReadAfterCloseFailsOrLoadsWhenAsked() {
        Book book;
        try (Session session = factory.openSession()) {
            book = session.find(Book.class, 10L, null);
        }
        Author author = book.getAuthor();
        assertThatThrownBy(author::getName).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATH-8016").hasMessageContaining("Author.name")
                .hasMessageContaining("JOIN FETCH");
        try (SessionFactory lenient = new SessionFactory(metadata, engine,
                SessionSettings.DEFAULTS.withLazyAfterClose(SessionSettings.AfterClose.LOAD))) {
            Author detached;
            try (Session session = lenient.openSession()) {
                detached = session.find(Book.class, 12L, null).getAuthor();
            }
            assertThat(detached.getName()).isEqualTo("Bob");
            assertThat(detached.getBio()).isEqualTo("long bio of Bob");
        }
    }

    @Test
    void mergeOfADetachedInstanceWritesWhatDiffersAndNotItsUnloadedLazyAttributes() {
        Author detached;
        try (Session session = factory.openSession()) {
            detached = session.find(Author.class, 1L, null);
        }
        detached.setName("Ann B.");
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Author managed = session.merge(detached);
            assertThat(managed.getName()).isEqualTo("Ann B.");
            sql.clear();
            session.transaction().commit();
        }
        assertThat(sql).filteredOn(s -> s.startsWith("UPDATE"))
                .containsExactly("UPDATE \"tracked_author\" SET \"name\" = ? WHERE \"id\" = ?");
        assertThat(engine.execute("SELECT bio FROM tracked_author WHERE id = 1").scalar(String.class))
                .isEqualTo("long bio of Ann");
    }

    @Test
    void lazyLoadsFromOneCallSitePastTheThresholdLogOneWarningNamingIt() {
        try (LogCapture log = LogCapture.of("dev.athanor.LAZY", Level.WARN);
                SessionFactory counting = new SessionFactory(metadata, engine,
                        SessionSettings.DEFAULTS.withLazyBatchSize(1).withLazyWarnThreshold(2));
                Session session = counting.openSession()) {
            for (long id = 10; id <= 13; id++) {
                session.find(Book.class, id, null).getAuthor().getName(); // 3 authors: 3 lazy loads from here
            }
            assertThat(session.lazyLoads()).isEqualTo(3);
            assertThat(log.messages()).hasSize(1);
            assertThat(log.messages().get(0)).contains("2 lazy loads of Author.name")
                    .contains("TrackedSessionTest.lazyLoadsFromOneCallSitePastTheThresholdLogOneWarningNamingIt")
                    .contains("JOIN FETCH");
        }
    }
}
