package dev.athanor.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.session.fixtures.Clubs.Car;
import dev.athanor.core.session.fixtures.Clubs.Course;
import dev.athanor.core.session.fixtures.Clubs.Garage;
import dev.athanor.core.session.fixtures.Clubs.Player;
import dev.athanor.core.session.fixtures.Clubs.Playlist;
import dev.athanor.core.session.fixtures.Clubs.Song;
import dev.athanor.core.session.fixtures.Clubs.Student;
import dev.athanor.core.session.fixtures.Clubs.Team;
import dev.athanor.runtime.TrackedCollection;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a flush writes for to-many attributes, their cascades and orphan removal, and merge. */
class CollectionWriterTest {

    @TempDir
    Path dir;
    private ClubsDatabase db;

    @BeforeEach
    void open() {
        db = new ClubsDatabase(dir, SessionSettings.DEFAULTS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMappedBySideWritesNothingItselfButCascadesPersistAndRemovesOrphans() {
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            Team reds = session.find(Team.class, 1L, null);
            Player zoe = reds.players.get(2);
            reds.players.remove(zoe);
            reds.players.add(new Player(13, "Liz", reds)); // persisted by the cascade at flush
            db.sql.clear();
            session.transaction().commit();
        }
        assertThat(db.sql).containsExactly(
                "INSERT INTO \"Player\" (\"id\", \"name\", \"team_id\") VALUES (?, ?, ?)",
                "DELETE FROM \"Player\" WHERE \"id\" = ?");
        assertThat(db.pairs("SELECT id, name FROM Player WHERE team_id = 1 ORDER BY id"))
                .containsExactly("11:Adam", "12:Mia", "13:Liz");
    }

    @Test
    void persistingANewOwnerCascadesToItsElementsAndRemovingItRemovesThem() {
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            Team golds = new Team(4, "Golds");
            golds.players.add(new Player(40, "Kai", golds));
            golds.players.add(new Player(41, "Lu", golds));
            session.persist(golds);
            assertThat(golds.players).isInstanceOf(TrackedCollection.class);
            session.transaction().commit();
        }
        assertThat(db.count("SELECT count(*) FROM Player WHERE team_id = 4")).isEqualTo(2);
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            session.remove(session.find(Team.class, 4L, null));
            session.transaction().commit();
        }
        assertThat(db.count("SELECT count(*) FROM Player WHERE id IN (40, 41)")).isZero();
        assertThat(db.count("SELECT count(*) FROM Team WHERE id = 4")).isZero();
    }

    @Test
    void aManyToManyOwnerWritesTheDifferenceAsJoinRowsAndReloadsIt() {
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            Student ann = session.find(Student.class, 1L, null);
            Course algebra = session.find(Course.class, 1L, null);
            Course chemistry = session.find(Course.class, 3L, null);
            ann.courses.remove(algebra);
            ann.courses.add(chemistry);
            db.sql.clear();
            session.transaction().commit();
        }
        assertThat(db.sql).containsExactly(
                "DELETE FROM \"enrolment\" WHERE \"students_id\" = ? AND \"courses_id\" = ?",
                "INSERT INTO \"enrolment\" (\"students_id\", \"courses_id\") VALUES (?, ?)");
        assertThat(db.pairs("SELECT students_id, courses_id FROM enrolment ORDER BY 1, 2"))
                .containsExactly("1:2", "1:3", "2:2");
        try (Session session = db.factory.openSession()) {
            Student ann = session.find(Student.class, 1L, null);
            assertThat(ann.courses).extracting(c -> c.title).containsExactly("Chemistry", "Biology");
            db.sql.clear();
            session.transaction().begin();
            session.transaction().commit();
            assertThat(db.sql).isEmpty(); // loaded, unchanged: nothing to write
        }
    }

    @Test
    void anInverseSideWritesNothingAndRemovingEitherSideDeletesItsJoinRowsFirst() {
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            Course biology = session.find(Course.class, 2L, null);
            biology.students.clear(); // the inverse side: not written
            session.flush();
            assertThat(db.count("SELECT count(*) FROM enrolment WHERE courses_id = 2")).isEqualTo(2);
            db.sql.clear();
            session.remove(session.find(Student.class, 2L, null));
            session.remove(biology);
            session.transaction().commit();
        }
        assertThat(db.sql).containsSubsequence(
                "DELETE FROM \"enrolment\" WHERE \"students_id\" = ?",
                "DELETE FROM \"Student\" WHERE \"id\" = ?");
        assertThat(db.sql).containsSubsequence(
                "DELETE FROM \"enrolment\" WHERE \"courses_id\" = ?",
                "DELETE FROM \"Course\" WHERE \"id\" = ?");
        assertThat(db.pairs("SELECT students_id, courses_id FROM enrolment ORDER BY 1, 2")).containsExactly("1:1");
    }

    @Test
    void aUnidirectionalOneToManyWritesItsJoinTableAndItsOwnerRemovalDeletesTheRows() {
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            Playlist mix = new Playlist(1);
            mix.songs.add(new Song(2, "Two"));
            mix.songs.add(new Song(1, "One"));
            session.persist(mix);
            db.sql.clear();
            session.transaction().commit();
        }
        assertThat(db.statements("INSERT INTO \"Playlist_Song\"")).hasSize(1); // one batch of two rows
        assertThat(db.pairs("SELECT Playlist_id, songs_id FROM Playlist_Song ORDER BY 2")).containsExactly("1:1", "1:2");
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            Playlist mix = session.find(Playlist.class, 1L, null);
            assertThat(mix.songs).extracting(s -> s.title).containsExactly("One", "Two"); // @OrderBy: by id
            session.remove(mix);
            db.sql.clear();
            session.transaction().commit();
        }
        assertThat(db.sql).containsExactly("DELETE FROM \"Playlist_Song\" WHERE \"Playlist_id\" = ?",
                "DELETE FROM \"Playlist\" WHERE \"id\" = ?");
        assertThat(db.count("SELECT count(*) FROM Song")).isEqualTo(2);
    }

    @Test
    void aUnidirectionalOneToManyJoinColumnIsSetAndClearedByUpdates() {
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            Garage garage = session.find(Garage.class, 1L, null);
            Car first = garage.cars.stream().filter(c -> c.id == 1).findFirst().orElseThrow();
            garage.cars.remove(first);
            garage.cars.add(session.find(Car.class, 3L, null));
            db.sql.clear();
            session.transaction().commit();
        }
        assertThat(db.sql).containsExactly(
                "UPDATE \"Car\" SET \"garage_id\" = NULL WHERE \"id\" = ? AND \"garage_id\" = ?",
                "UPDATE \"Car\" SET \"garage_id\" = ? WHERE \"id\" = ?");
        assertThat(db.pairs("SELECT id, garage_id FROM Car ORDER BY id")).containsExactly("1:null", "2:1", "3:1");
    }

    @Test
    void anElementThatWasNeverPersistedIsRefusedWithoutCascade() {
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            Student ann = session.find(Student.class, 1L, null);
            ann.courses.add(new Course(0, "Drama")); // its id is not set: it was never persisted
            assertThatThrownBy(session::flush).hasMessageContaining("ATH-8014").hasMessageContaining("courses");
        }
    }

    @Test
    void mergeOfADetachedOwnerWritesItsChangedCollectionAndSkipsAnUnloadedOne() {
        Student ann;
        Student ben;
        try (Session session = db.factory.openSession()) {
            ann = session.find(Student.class, 1L, null);
            ann.courses.size(); // loaded while the session is open
            ben = session.find(Student.class, 2L, null); // never loaded
        }
        ann.courses.removeIf(c -> c.id == 1);
        Course chemistry = new Course(3, "Chemistry"); // a detached copy: merge finds the managed one
        ann.courses.add(chemistry);
        ben.name = "Benjamin";
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            Student managed = session.merge(ann);
            assertThat(managed.courses).extracting(c -> c.id).containsExactlyInAnyOrder(2L, 3L);
            assertThat(managed.courses).contains(session.find(Course.class, 3L, null));
            session.merge(ben);
            session.transaction().commit();
        }
        assertThat(db.pairs("SELECT students_id, courses_id FROM enrolment ORDER BY 1, 2"))
                .containsExactly("1:2", "1:3", "2:2");
        assertThat(db.pairs("SELECT id, name FROM Student WHERE id = 2")).containsExactly("2:Benjamin");
    }

    @Test
    void replacingAnUnloadedCollectionRewritesAllItsRows() {
        try (Session session = db.factory.openSession()) {
            session.transaction().begin();
            Student ben = session.find(Student.class, 2L, null);
            ben.courses = new java.util.HashSet<>(List.of(session.find(Course.class, 1L, null),
                    session.find(Course.class, 3L, null)));
            db.sql.clear();
            session.transaction().commit();
            assertThat(ben.courses).isInstanceOf(TrackedCollection.class);
        }
        assertThat(db.sql).first().isEqualTo("DELETE FROM \"enrolment\" WHERE \"students_id\" = ?");
        assertThat(db.pairs("SELECT students_id, courses_id FROM enrolment WHERE students_id = 2 ORDER BY 2"))
                .containsExactly("2:1", "2:3");
    }
}
