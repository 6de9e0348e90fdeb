package dev.athanor.tracked;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.athanor.runtime.TrackedCollection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** To-many attributes of hand-enhanced entities: the slot holds the tracked collection, which loads and reports. */
class TrackedCollectionSessionTest {

    @TempDir
    Path dir;
    private final List<String> sql = new ArrayList<>();
    private Engine engine;
    private SessionFactory factory;

    @BeforeEach
    void open() {
        engine = Engine.builder("sqlite:///" + dir.resolve("shelves.db")).listener(new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                sql.add(event.sql());
            }
        }).build();
        Metadata metadata = new MetadataBuilder().add(Shelf.class, Volume.class).build();
        new SchemaManager(engine, metadata).create();
        engine.execute("INSERT INTO tracked_shelf (id, name) VALUES (1, 'north'), (2, 'south')");
        engine.execute("INSERT INTO tracked_volume (id, title, shelf_id) VALUES (10, 'Zeta', 1), (11, 'Alpha', 1),"
                + " (20, 'Beta', 2)");
        factory = new SessionFactory(metadata, engine, SessionSettings.DEFAULTS.withLazyBatchSize(2));
        sql.clear();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void theGetterReturnsAnUnloadedCollectionThatLoadsForBothShelvesOnFirstUse() {
        try (Session session = factory.openSession()) {
            Shelf north = session.find(Shelf.class, 1L, null);
            Shelf south = session.find(Shelf.class, 2L, null);
            List<Volume> volumes = north.getVolumes();
            assertThat(volumes).isInstanceOf(TrackedCollection.class);
            assertThat(((TrackedCollection<?>) volumes).isLoaded()).isFalse();
            assertThat(sql).hasSize(2);
            assertThat(volumes).extracting(Volume::getTitle).containsExactly("Alpha", "Zeta");
            assertThat(south.getVolumes()).extracting(Volume::getTitle).containsExactly("Beta");
            assertThat(sql).hasSize(3);
            assertThat(sql.get(2)).contains("\"tracked_volume\"").contains("IN (?, ?)");
            assertThat(volumes.get(0).getShelf()).isSameAs(north);
        }
    }

    @Test
    void aChangeToTheCollectionMarksTheShelfChangedAndTheFlushCascadesAndRemovesTheOrphan() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Shelf north = session.find(Shelf.class, 1L, null);
            List<Volume> volumes = north.getVolumes();
            Volume zeta = volumes.get(1);
            volumes.remove(zeta);
            volumes.add(new Volume(12, "Gamma", north));
            assertThat(((ManagedEntity) north).$athanor$tracker().isDirty(2)).isTrue();
            sql.clear();
            session.transaction().commit();
        }
        assertThat(sql).containsExactly(
                "INSERT INTO \"tracked_volume\" (\"id\", \"shelf_id\", \"title\") VALUES (?, ?, ?)",
                "DELETE FROM \"tracked_volume\" WHERE \"id\" = ?");
        assertThat(engine.execute("SELECT group_concat(title) FROM (SELECT title FROM tracked_volume"
                + " WHERE shelf_id = 1 ORDER BY title)").scalar(String.class)).isEqualTo("Alpha,Gamma");
    }

    @Test
    void aNewShelfGetsATrackedCollectionWrappingWhatItHeldAndCascadesPersist() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Shelf west = new Shelf(3, "west");
            west.getVolumes().add(new Volume(30, "Delta", west));
            session.persist(west);
            assertThat(west.getVolumes()).isInstanceOf(TrackedCollection.class).hasSize(1);
            session.transaction().commit();
        }
        assertThat(engine.execute("SELECT shelf_id FROM tracked_volume WHERE id = 30").scalar(Long.class))
                .isEqualTo(3L);
    }
}
