package dev.athanor.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.runtime.ManagedEntity;
import dev.athanor.runtime.TrackedMap;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Map attributes of entities the agent did not enhance (unit tests run without it): the session wraps
 * what the application put there in a {@link TrackedMap}, keeping its keys, and the flush compares each
 * map's values with what it last read or wrote.
 */
class CollectionTrackingTest {

    @Entity
    public static class Library {
        @Id
        public long id;
        public String name;
        @OneToMany(mappedBy = "library", cascade = CascadeType.ALL, orphanRemoval = true)
        @MapKey(name = "isbn")
        public Map<String, Title> titles = new HashMap<>();
        @ManyToMany
        public Map<Long, Reader> readers = new HashMap<>();

        public Library() {
        }

        Library(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Entity
    public static class Title {
        @Id
        public long id;
        public String isbn;
        @ManyToOne
        public Library library;

        public Title() {
        }

        Title(long id, String isbn, Library library) {
            this.id = id;
            this.isbn = isbn;
            this.library = library;
        }
    }

    @Entity
    public static class Reader {
        @Id
        public long id;
        public String name;
    }

    @TempDir
    Path dir;
    private final List<String> sql = new CopyOnWriteArrayList<>();
    private Engine engine;
    private SessionFactory factory;

    @BeforeEach
    void open() {
        engine = Engine.builder("sqlite:///" + dir.resolve("library.db")).listener(new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                sql.add(event.sql());
            }
        }).build();
        Metadata metadata = new MetadataBuilder().add(Library.class, Title.class, Reader.class).build();
        new SchemaManager(engine, metadata).create();
        engine.execute("INSERT INTO Library (id, name) VALUES (1, 'Central')");
        engine.execute("INSERT INTO Title (id, isbn, library_id) VALUES (10, 'i-10', 1), (11, 'i-11', 1)");
        engine.execute("INSERT INTO Reader (id, name) VALUES (100, 'Ann'), (101, 'Ben')");
        engine.execute("INSERT INTO Library_Reader (Library_id, readers_id) VALUES (1, 100)");
        factory = new SessionFactory(metadata, engine, SessionSettings.DEFAULTS);
        sql.clear();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private List<String> rows(String query) {
        List<String> rows = new ArrayList<>();
        engine.execute(query).all().forEach(row -> rows.add(row.get(0) + ":" + row.get(1)));
        return rows;
    }

    @Test
    void anUnenhancedOwnersMapIsTrackedAndTheFlushWritesWhatChanged() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Library central = session.find(Library.class, 1L, null);
            assertThat(central).isNotInstanceOf(ManagedEntity.class);
            assertThat(central.titles).isInstanceOf(TrackedMap.class).containsOnlyKeys("i-10", "i-11");
            Title gone = central.titles.remove("i-10");
            central.titles.put("i-12", new Title(12, "i-12", central));
            central.readers.put(101L, session.find(Reader.class, 101L, null));
            sql.clear();
            session.transaction().commit();
            assertThat(gone.library).isSameAs(central);
        }
        assertThat(sql).contains("INSERT INTO \"Title\" (\"id\", \"isbn\", \"library_id\") VALUES (?, ?, ?)",
                "DELETE FROM \"Title\" WHERE \"id\" = ?",
                "INSERT INTO \"Library_Reader\" (\"Library_id\", \"readers_id\") VALUES (?, ?)");
        assertThat(rows("SELECT id, isbn FROM Title ORDER BY id")).containsExactly("11:i-11", "12:i-12");
        assertThat(rows("SELECT Library_id, readers_id FROM Library_Reader ORDER BY readers_id"))
                .containsExactly("1:100", "1:101");
    }

    @Test
    void aPersistedMapKeepsTheApplicationsKeysAndAMergedOneIsCopied() {
        Library annex = new Library(2, "Annex");
        annex.titles.put("own key", new Title(20, "i-20", annex));
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            session.persist(annex);
            assertThat(annex.titles).isInstanceOf(TrackedMap.class).containsOnlyKeys("own key");
            session.transaction().commit();
        }
        assertThat(rows("SELECT id, library_id FROM Title WHERE id = 20")).containsExactly("20:2");
        Library detached = new Library(1, "Central");
        detached.titles.put("i-11", new Title(11, "i-11", detached));
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Library merged = session.merge(detached);
            assertThat(merged.titles).containsOnlyKeys("i-11");
            session.transaction().commit();
        }
        assertThat(rows("SELECT id, isbn FROM Title ORDER BY id")).containsExactly("11:i-11", "20:i-20");
    }
}
