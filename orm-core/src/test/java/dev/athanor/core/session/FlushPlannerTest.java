package dev.athanor.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.schema.SchemaManager;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order and grouping of a flush's statements, counted on a real SQLite file. */
class FlushPlannerTest {

    @Entity
    @Table(name = "planner_folder")
    public static class Folder {
        @Id
        long id;
        String name;
        @ManyToOne
        Folder parent;

        public Folder() {
        }

        Folder(long id, String name, Folder parent) {
            this.id = id;
            this.name = name;
            this.parent = parent;
        }
    }

    @Entity
    @Table(name = "planner_note")
    public static class Note {
        @Id
        long id;
        String text;
        @ManyToOne(cascade = CascadeType.PERSIST)
        Folder folder;

        public Note() {
        }

        Note(long id, String text, Folder folder) {
            this.id = id;
            this.text = text;
            this.folder = folder;
        }
    }

    @TempDir
    Path dir;
    private final List<StatementEvent> statements = new ArrayList<>();
    private Engine engine;
    private SessionFactory factory;

    @BeforeEach
    void open() {
        engine = Engine.builder("sqlite:///" + dir.resolve("planner.db")).listener(new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                statements.add(event);
            }
        }).build();
        Metadata metadata = new MetadataBuilder().add(Folder.class, Note.class).build();
        new SchemaManager(engine, metadata).create();
        factory = new SessionFactory(metadata, engine, SessionSettings.DEFAULTS.withBatchSize(2));
        statements.clear();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private List<String> sqlOf(List<StatementEvent> events) {
        return events.stream().map(e -> e.sql().split(" ")[0] + " " + e.sql().split("\"")[1] + " x"
                + e.parameterSets().size()).toList();
    }

    @Test
    void insertsParentsFirstInBatchesOfOneStatementEachAndDeletesChildrenFirst() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Folder root = new Folder(1, "root", null);
            Folder sub = new Folder(2, "sub", root);
            // persisted children first, parents reached through the cascade or later
            session.persist(new Note(10, "a", sub));
            session.persist(new Note(11, "b", sub));
            session.persist(new Note(12, "c", root));
            session.persist(root);
            session.transaction().commit();
        }
        assertThat(sqlOf(statements)).containsExactly(
                "INSERT planner_folder x1", "INSERT planner_folder x1", "INSERT planner_note x2",
                "INSERT planner_note x1");
        assertThat(engine.execute("SELECT count(*) FROM planner_note").scalar(Long.class)).isEqualTo(3L);

        statements.clear();
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            for (long id : new long[] {10, 11, 12}) {
                session.remove(session.find(Note.class, id, null));
            }
            session.remove(session.find(Folder.class, 2L, null));
            session.remove(session.find(Folder.class, 1L, null));
            statements.clear();
            session.transaction().commit();
        }
        assertThat(sqlOf(statements)).containsExactly(
                "DELETE planner_note x2", "DELETE planner_note x1", "DELETE planner_folder x1",
                "DELETE planner_folder x1");
        assertThat(engine.execute("SELECT count(*) FROM planner_folder").scalar(Long.class)).isZero();
    }

    @Test
    void updatesOnlyChangedColumnsGroupedByColumnSetAndNothingForUnchangedEntities() {
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            Folder root = new Folder(1, "root", null);
            session.persist(root);
            for (long id = 10; id < 14; id++) {
                session.persist(new Note(id, "n" + id, root));
            }
            session.transaction().commit();
        }
        statements.clear();
        try (Session session = factory.openSession()) {
            session.transaction().begin();
            for (long id = 10; id < 14; id++) {
                Note note = session.find(Note.class, id, null);
                if (id % 2 == 0) {
                    note.text = "changed " + id;
                }
            }
            session.find(Folder.class, 1L, null);
            statements.clear();
            session.transaction().commit();
        }
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).sql()).isEqualTo("UPDATE \"planner_note\" SET \"text\" = ? WHERE \"id\" = ?");
        assertThat(statements.get(0).parameterSets()).containsExactly(List.of("changed 10", 10L),
                List.of("changed 12", 12L));
        assertThat(engine.execute("SELECT text FROM planner_note WHERE id = 11").scalar(String.class)).isEqualTo("n11");
    }
}
