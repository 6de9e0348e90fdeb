package dev.athanor.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.session.fixtures.Clubs.Course;
import dev.athanor.core.session.fixtures.Clubs.Garage;
import dev.athanor.core.session.fixtures.Clubs.Player;
import dev.athanor.core.session.fixtures.Clubs.Student;
import dev.athanor.core.session.fixtures.Clubs.Team;
import dev.athanor.runtime.TrackedCollection;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading to-many attributes of entities that were not enhanced: lazily, in batches of owners, in order. */
class CollectionLoaderTest {

    @TempDir
    Path dir;
    private ClubsDatabase db;

    @BeforeEach
    void open() {
        db = new ClubsDatabase(dir, SessionSettings.DEFAULTS.withLazyBatchSize(2));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aLazyCollectionRunsNoSqlUntilUsedThenOneQueryLoadsItForABatchOfOwners() {
        try (Session session = db.factory.openSession()) {
            Team reds = session.find(Team.class, 1L, null);
            Team blues = session.find(Team.class, 2L, null);
            Team greens = session.find(Team.class, 3L, null);
            assertThat(db.sql).hasSize(3);
            assertThat(reds.players).isInstanceOf(TrackedCollection.class).hasToString("[unloaded]");
            assertThat(db.sql).hasSize(3);

            assertThat(reds.players).extracting(p -> p.name).containsExactly("Adam", "Mia", "Zoe"); // @OrderBy("name")
            assertThat(db.sql).hasSize(4);
            assertThat(db.sql.get(3)).isEqualTo("SELECT \"e\".\"id\", \"e\".\"name\", \"e\".\"team_id\","
                    + " \"e\".\"team_id\" FROM \"Player\" \"e\" WHERE \"e\".\"team_id\" IN (?, ?) ORDER BY \"e\".\"name\"");
            assertThat(blues.players).extracting(p -> p.name).containsExactly("Bo"); // loaded with the Reds'
            assertThat(db.sql).hasSize(4);
            assertThat(greens.players).hasSize(1);
            assertThat(db.sql).hasSize(5);
            assertThat(session.lazyLoads()).isEqualTo(2);
            // the elements are the managed instances, and their to-one is the owner itself
            assertThat(reds.players.get(0)).isSameAs(session.find(Player.class, 11L, null));
            assertThat(reds.players.get(0).team).isSameAs(reds);
        }
    }

    @Test
    void aManyToManyLoadsThroughItsJoinTableFromEitherSide() {
        try (Session session = db.factory.openSession()) {
            Student ann = session.find(Student.class, 1L, null);
            assertThat(ann.courses).extracting(c -> c.title).containsExactly("Biology", "Algebra"); // title DESC
            assertThat(db.sql.get(db.sql.size() - 1)).isEqualTo("SELECT \"e\".\"id\", \"e\".\"title\","
                    + " \"j\".\"students_id\" FROM \"Course\" \"e\" INNER JOIN \"enrolment\" \"j\" ON"
                    + " \"j\".\"courses_id\" = \"e\".\"id\" WHERE \"j\".\"students_id\" IN (?, ?) ORDER BY"
                    + " \"e\".\"title\" DESC");
            Course biology = session.find(Course.class, 2L, null);
            assertThat(biology.students).extracting(s -> s.name).containsExactlyInAnyOrder("Ann", "Ben");
            assertThat(biology.students).contains(ann);
        }
    }

    @Test
    void anEagerCollectionIsLoadedWithItsOwner() {
        try (Session session = db.factory.openSession()) {
            Garage garage = session.find(Garage.class, 1L, null);
            assertThat(db.sql).hasSize(2);
            assertThat(((TrackedCollection<?>) garage.cars).isLoaded()).isTrue();
            assertThat(garage.cars).extracting(c -> c.plate).containsExactlyInAnyOrder("AB-1", "CD-2");
            assertThat(db.sql).hasSize(2);
            assertThat(session.lazyLoads()).isZero();
        }
    }

    @Test
    void raiseModeRefusesALazyCollectionLoadAndAClosedSessionCannotLoadOne() {
        // not closed: closing a factory closes the engine it shares with the others
        SessionFactory strict = new SessionFactory(db.metadata, db.engine,
                SessionSettings.DEFAULTS.withLazy(SessionSettings.Lazy.RAISE));
        try (Session session = strict.openSession()) {
            Team reds = session.find(Team.class, 1L, null);
            assertThatThrownBy(() -> reds.players.size()).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("ATH-8017").hasMessageContaining("Team.players");
        }
        Team detached;
        try (Session session = db.factory.openSession()) {
            detached = session.find(Team.class, 1L, null);
        }
        assertThat(detached.players.toString()).isEqualTo("[unloaded]");
        assertThatThrownBy(() -> detached.players.iterator()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATH-8016").hasMessageContaining("Team.players");
        try (SessionFactory lenient = new SessionFactory(db.metadata, db.engine,
                SessionSettings.DEFAULTS.withLazyAfterClose(SessionSettings.AfterClose.LOAD))) {
            Team team;
            try (Session session = lenient.openSession()) {
                team = session.find(Team.class, 2L, null);
            }
            assertThat(team.players).extracting(p -> p.name).containsExactly("Bo");
        }
    }

    @Test
    void refreshForgetsALoadedCollection() {
        try (Session session = db.factory.openSession()) {
            Team reds = session.find(Team.class, 1L, null);
            assertThat(reds.players).hasSize(3);
            db.engine.execute("DELETE FROM Player WHERE id = 12");
            session.refresh(reds, null);
            assertThat(reds.players).extracting(p -> p.name).containsExactly("Adam", "Zoe");
        }
    }
}
