package dev.athanor.core.session;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.core.session.fixtures.Clubs;
import dev.athanor.core.session.fixtures.Gigs.Gig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite file the query tests run on: the {@link Clubs} and {@code Gig} tables and rows, and the statements run. */
abstract class QueryDatabase {

    @TempDir
    Path dir;
    protected final List<String> sql = new CopyOnWriteArrayList<>();
    protected Engine engine;
    protected Metadata metadata;
    protected SessionFactory factory;

    @BeforeEach
    void open() {
        engine = Engine.builder("sqlite:///" + dir.resolve("queries.db")).listener(new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                sql.add(event.sql());
            }
        }).build();
        List<Class<?>> classes = new ArrayList<>(Clubs.all());
        classes.add(Gig.class);
        metadata = new MetadataBuilder().add(classes).build();
        new SchemaManager(engine, metadata).create();
        engine.execute("INSERT INTO Team (id, name) VALUES (1, 'Reds'), (2, 'Blues'), (3, 'Greens'), (4, 'Empty')");
        engine.execute("INSERT INTO Player (id, name, team_id) VALUES (10, 'Zoe', 1), (11, 'Adam', 1),"
                + " (12, 'Mia', 1), (20, 'Bo', 2), (30, 'Cy', 3)");
        engine.execute("INSERT INTO Garage (id) VALUES (1), (2)");
        engine.execute("INSERT INTO Car (id, plate, garage_id) VALUES (1, 'AB-1', 1), (2, 'CD-2', 1), (3, 'EF-3', NULL)");
        engine.execute("INSERT INTO Gig (id, genre, soldOut, city, seats, version) VALUES"
                + " (1, 'JAZZ', 'Y', 'Oslo', 300, 0), (2, 'ROCK', 'N', 'Rome', 900, 0), (3, 'JAZZ', 'N', NULL, 0, 0)");
        factory = new SessionFactory(metadata, engine, SessionSettings.DEFAULTS);
        sql.clear();
    }

    @AfterEach
    void close() {
        factory.close();
    }


    /** The first column of the first row of {@code query}, read with plain JDBC on a connection of its own. */
    protected Object jdbc(String query) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("queries.db"));
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getObject(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
