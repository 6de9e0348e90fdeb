package dev.athanor.core.session;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.core.session.fixtures.Clubs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A SQLite file with the {@link Clubs} schema and rows, the statements run on it, and a session factory. */
final class ClubsDatabase implements AutoCloseable {

    final List<String> sql = new CopyOnWriteArrayList<>();
    final Engine engine;
    final Metadata metadata;
    final SessionFactory factory;

    ClubsDatabase(Path dir, SessionSettings settings) {
        engine = Engine.builder("sqlite:///" + dir.resolve("clubs.db")).listener(new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                sql.add(event.sql());
            }
        }).build();
        metadata = new MetadataBuilder().add(Clubs.all()).build();
        new SchemaManager(engine, metadata).create();
        engine.execute("INSERT INTO Team (id, name) VALUES (1, 'Reds'), (2, 'Blues'), (3, 'Greens')");
        engine.execute("INSERT INTO Player (id, name, team_id) VALUES (10, 'Zoe', 1), (11, 'Adam', 1),"
                + " (12, 'Mia', 1), (20, 'Bo', 2), (30, 'Cy', 3)");
        engine.execute("INSERT INTO Student (id, name) VALUES (1, 'Ann'), (2, 'Ben')");
        engine.execute("INSERT INTO Course (id, title) VALUES (1, 'Algebra'), (2, 'Biology'), (3, 'Chemistry')");
        engine.execute("INSERT INTO enrolment (students_id, courses_id) VALUES (1, 1), (1, 2), (2, 2)");
        engine.execute("INSERT INTO Garage (id) VALUES (1)");
        engine.execute("INSERT INTO Car (id, plate, garage_id) VALUES (1, 'AB-1', 1), (2, 'CD-2', 1), (3, 'EF-3', NULL)");
        factory = new SessionFactory(metadata, engine, settings);
        sql.clear();
    }

    long count(String query) {
        return engine.execute(query).scalar(Long.class);
    }

    /** The rows of a two-column query as "a:b" strings, in the query's order. */
    List<String> pairs(String query) {
        List<String> rows = new ArrayList<>();
        engine.execute(query).all().forEach(row -> rows.add(row.get(0) + ":" + row.get(1)));
        return rows;
    }

    /** The statements run so far that start with {@code verb}. */
    List<String> statements(String verb) {
        return sql.stream().filter(s -> s.startsWith(verb)).toList();
    }

    @Override
    public void close() {
        factory.close();
    }
}
