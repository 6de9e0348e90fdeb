package dev.athanor.it.persistence.collections;

import static dev.athanor.it.persistence.collections.OrderColumnWriteIT.positions;
import static dev.athanor.it.persistence.collections.OrderColumnWriteIT.sets;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Ordered.Album;
import dev.athanor.it.persistence.collections.Ordered.Job;
import dev.athanor.it.persistence.collections.Ordered.Novel;
import dev.athanor.it.persistence.collections.Ordered.Queue;
import dev.athanor.it.persistence.collections.Ordered.Race;
import dev.athanor.it.persistence.collections.Ordered.Reader;
import dev.athanor.it.persistence.collections.Ordered.Rota;
import dev.athanor.it.persistence.collections.Ordered.Runner;
import dev.athanor.it.persistence.collections.Ordered.Shift;
import dev.athanor.it.persistence.collections.Ordered.Song;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lists with an {@code @OrderColumn} come back in the order of their positions however they are
 * loaded (lazily, in a batch of owners, EAGER, by JOIN FETCH, by an entity graph), whatever order
 * the rows were written in. Rows whose positions are not 0, 1, 2, ... (gaps, NULLs, written by
 * someone else) are read in position order, NULLs last, compacted; the first change of such a list
 * writes every position again.
 */
class OrderColumnLoadIT {

    @TempDir
    Path dir;

    /** Queue 1: j1..j4 at positions 2, 0, 3, 1 (so j2, j4, j1, j3); queue 2: j5, j6 at 1, 0. */
    private static void seedQueues(JpaUnit unit) {
        unit.jdbc(connection -> {
            connection.createStatement().executeUpdate("INSERT INTO it_ord_queue (id) VALUES (1), (2)");
            connection.createStatement().executeUpdate("INSERT INTO it_ord_job (id, label, queue_id, jobs_ORDER)"
                    + " VALUES (1, 'j1', 1, 2), (2, 'j2', 1, 0), (3, 'j3', 1, 3), (4, 'j4', 1, 1), (5, 'j5', 2, 1),"
                    + " (6, 'j6', 2, 0)");
            return null;
        });
    }

    private static List<String> labels(List<Job> jobs) {
        return jobs.stream().map(Job::getLabel).toList();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aLazyListIsLoadedInPositionOrderForEveryOwnerOfTheBatchInOneSelect(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Queue.class, Job.class)) {
            seedQueues(unit);
            unit.forget();
            List<List<String>> lists = unit.tx(em -> {
                List<Queue> queues = em.createQuery("SELECT q FROM Queue q ORDER BY q.id", Queue.class).getResultList();
                return queues.stream().map(q -> labels(q.getJobs())).toList();
            });
            assertThat(lists).containsExactly(List.of("j2", "j4", "j1", "j3"), List.of("j6", "j5"));
            assertThat(unit.sql()).hasSize(2); // the queues, then the jobs of both
            assertThat(unit.sql().get(1)).contains("jobs_ORDER").contains("IN (?");
            assertThat(unit.writeSql()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anEagerListAndAJoinTableListComeInPositionOrder(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Rota.class, Shift.class, Album.class, Song.class)) {
            unit.jdbc(connection -> {
                connection.createStatement().executeUpdate("INSERT INTO it_ord_rota (id) VALUES (1)");
                connection.createStatement().executeUpdate("INSERT INTO it_ord_shift (id, label, rota_id, slot)"
                        + " VALUES (1, 'late', 1, 2), (2, 'early', 1, 0), (3, 'noon', 1, 1)");
                connection.createStatement().executeUpdate("INSERT INTO it_ord_album (id) VALUES (1)");
                connection.createStatement().executeUpdate("INSERT INTO it_ord_song (id, title) VALUES (1, 'a'),"
                        + " (2, 'b'), (3, 'c')");
                connection.createStatement().executeUpdate("INSERT INTO it_ord_album_song (Album_id, songs_id,"
                        + " track_no) VALUES (1, 1, 1), (1, 2, 2), (1, 3, 0)");
                return null;
            });
            EntityManager em = unit.em();
            try {
                Rota rota = em.find(Rota.class, 1L);
                assertThat(em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(rota, "shifts"))
                        .isTrue();
                assertThat(rota.getShifts()).extracting(Shift::getLabel).containsExactly("early", "noon", "late");
                assertThat(em.find(Album.class, 1L).getSongs()).extracting(Song::getTitle)
                        .containsExactly("c", "a", "b");
            } finally {
                em.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void joinFetchAndAnEntityGraphFillTheListInPositionOrderWhateverTheQueryOrdersBy(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Queue.class, Job.class, Race.class, Runner.class)) {
            seedQueues(unit);
            unit.jdbc(connection -> {
                connection.createStatement().executeUpdate("INSERT INTO it_ord_race (id) VALUES (1)");
                connection.createStatement().executeUpdate("INSERT INTO it_ord_runner (id, name, race_id, finish)"
                        + " VALUES (1, 'Ada', 1, 1), (2, 'Bo', 1, 2), (3, 'Cy', 1, 0)");
                return null;
            });
            unit.forget();
            List<List<String>> fetched = unit.tx(em -> em.createQuery("SELECT DISTINCT q FROM Queue q JOIN FETCH"
                    + " q.jobs ORDER BY q.id DESC", Queue.class).getResultList().stream().map(q -> labels(q.getJobs()))
                    .toList());
            assertThat(fetched).containsExactly(List.of("j6", "j5"), List.of("j2", "j4", "j1", "j3"));
            assertThat(unit.sql()).hasSize(1);

            unit.forget();
            List<String> byLabel = unit.tx(em -> labels(em.createQuery("SELECT DISTINCT q FROM Queue q JOIN FETCH q.jobs j"
                    + " WHERE q.id = 1 ORDER BY j.label DESC", Queue.class).setMaxResults(1).getSingleResult()
                    .getJobs()));
            assertThat(byLabel).as("by position, whatever the rows' order").containsExactly("j2", "j4", "j1", "j3");
            assertThat(unit.writeSql()).isEmpty();

            unit.forget();
            List<String> runners = unit.tx(em -> {
                EntityGraph<Race> graph = em.createEntityGraph(Race.class);
                graph.addAttributeNodes("runners");
                Race race = em.find(graph, 1L);
                return race.getRunners().stream().map(Runner::getName).toList();
            });
            assertThat(runners).containsExactly("Cy", "Ada", "Bo");
            assertThat(unit.sql()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aFetchedJoinTableListKeepsItsOrderAndAnElementHeldAtTwoPositions(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Ordered.ALL)) {
            Ordered.seed(unit);
            unit.forget();
            List<String> songs = unit.tx(em -> em.createQuery("SELECT DISTINCT a FROM Album a JOIN FETCH a.songs", Album.class)
                    .getSingleResult().getSongs().stream().map(Song::getTitle).toList());
            assertThat(songs).containsExactly("c", "a", "b");
            assertThat(unit.sql()).singleElement().satisfies(sql -> assertThat(sql).contains("track_no"));

            unit.forget();
            List<String> reading = unit.tx(em -> {
                EntityGraph<Reader> graph = em.createEntityGraph(Reader.class);
                graph.addAttributeNodes("reading");
                Reader reader = em.createQuery("SELECT DISTINCT r FROM Reader r", Reader.class)
                        .setHint("jakarta.persistence.fetchgraph", graph).getSingleResult();
                reader.getReading().add(em.find(Novel.class, 1L)); // a fourth entry, at position 3
                return reader.getReading().stream().map(Novel::getTitle).toList();
            });
            assertThat(reading).containsExactly("Dune", "Emma", "Dune", "Emma");
            assertThat(unit.writeSql()).containsExactly("INSERT INTO it_ord_reading (Reader_id, reading_id,"
                    + " reading_ORDER) VALUES (?, ?, ?)");
            assertThat(positions(unit, "SELECT reading_id, reading_ORDER FROM it_ord_reading ORDER BY"
                    + " reading_ORDER")).containsExactly("2@0", "1@1", "2@2", "1@3");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void gapsAndNullPositionsAreCompactedAndTheFirstChangeWritesEveryPosition(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Queue.class, Job.class)) {
            unit.jdbc(connection -> {
                connection.createStatement().executeUpdate("INSERT INTO it_ord_queue (id) VALUES (1)");
                connection.createStatement().executeUpdate("INSERT INTO it_ord_job (id, label, queue_id, jobs_ORDER)"
                        + " VALUES (1, 'j1', 1, 5), (2, 'j2', 1, NULL), (3, 'j3', 1, 0), (4, 'j4', 1, 2)");
                return null;
            });
            unit.forget();
            List<String> read = unit.tx(em -> labels(em.find(Queue.class, 1L).getJobs()));
            assertThat(read).containsExactly("j3", "j4", "j1", "j2"); // by position, the NULL last
            assertThat(unit.writeSql()).isEmpty(); // reading writes nothing

            List<String> fetched = unit.tx(em -> labels(em.createQuery("SELECT DISTINCT q FROM Queue q JOIN FETCH q.jobs",
                    Queue.class).getSingleResult().getJobs()));
            assertThat(fetched).containsExactly("j3", "j4", "j1", "j2");

            unit.forget();
            unit.tx(em -> {
                Queue queue = em.find(Queue.class, 1L);
                queue.getJobs().remove(1); // j4 leaves: with positions unknown, the whole list is written
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_ord_job SET queue_id = NULL, jobs_ORDER = NULL"
                    + " WHERE queue_id = ?", "UPDATE it_ord_job SET queue_id = ?, jobs_ORDER = ? WHERE id = ?");
            assertThat(sets(unit, "UPDATE it_ord_job SET queue_id = ?, jobs_ORDER = ? WHERE id = ?"))
                    .containsExactly(List.of(1L, 0, 3L), List.of(1L, 1, 1L), List.of(1L, 2, 2L));
            assertThat(positions(unit, "SELECT id, jobs_ORDER FROM it_ord_job WHERE queue_id = 1 ORDER BY"
                    + " jobs_ORDER")).containsExactly("3@0", "1@1", "2@2");

            unit.forget();
            unit.tx(em -> {
                Queue queue = em.find(Queue.class, 1L);
                queue.getJobs().add(em.find(Job.class, 4L)); // regular again: one position written
                return null;
            });
            assertThat(sets(unit, "UPDATE it_ord_job SET queue_id = ?, jobs_ORDER = ? WHERE id = ?"))
                    .containsExactly(List.of(1L, 3, 4L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aJoinTableListWithGapsIsWrittenWholeAtItsFirstChange(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Album.class, Song.class)) {
            unit.jdbc(connection -> {
                connection.createStatement().executeUpdate("INSERT INTO it_ord_album (id) VALUES (1)");
                connection.createStatement().executeUpdate("INSERT INTO it_ord_song (id, title) VALUES (1, 'a'),"
                        + " (2, 'b'), (3, 'c')");
                connection.createStatement().executeUpdate("INSERT INTO it_ord_album_song (Album_id, songs_id,"
                        + " track_no) VALUES (1, 1, 7), (1, 2, 3)");
                return null;
            });
            unit.forget();
            unit.tx(em -> {
                Album album = em.find(Album.class, 1L);
                assertThat(album.getSongs()).extracting(Song::getTitle).containsExactly("b", "a");
                album.getSongs().add(em.find(Song.class, 3L));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("DELETE FROM it_ord_album_song WHERE Album_id = ?",
                    "INSERT INTO it_ord_album_song (Album_id, songs_id, track_no) VALUES (?, ?, ?)");
            assertThat(positions(unit, "SELECT songs_id, track_no FROM it_ord_album_song ORDER BY track_no"))
                    .containsExactly("2@0", "1@1", "3@2");
        }
    }
}
