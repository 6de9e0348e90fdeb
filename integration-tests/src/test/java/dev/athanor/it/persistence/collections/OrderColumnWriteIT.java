package dev.athanor.it.persistence.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Ordered.Album;
import dev.athanor.it.persistence.collections.Ordered.Job;
import dev.athanor.it.persistence.collections.Ordered.Novel;
import dev.athanor.it.persistence.collections.Ordered.Queue;
import dev.athanor.it.persistence.collections.Ordered.Race;
import dev.athanor.it.persistence.collections.Ordered.Reader;
import dev.athanor.it.persistence.collections.Ordered.Runner;
import dev.athanor.it.persistence.collections.Ordered.Song;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a flush writes for lists with an {@code @OrderColumn}: every position when the owner is new,
 * and afterwards only the positions whose element changed (batched), for each place the column can
 * be; what reached the database is read back with plain JDBC after each change.
 */
class OrderColumnWriteIT {

    private static final String SET_JOB_AT = "UPDATE it_ord_job SET queue_id = ?, jobs_ORDER = ? WHERE id = ?";
    private static final String CLEAR_JOB = "UPDATE it_ord_job SET queue_id = NULL, jobs_ORDER = NULL WHERE id = ?"
            + " AND queue_id = ?";
    private static final String INSERT_TRACK = "INSERT INTO it_ord_album_song (Album_id, songs_id, track_no)"
            + " VALUES (?, ?, ?)";
    private static final String DELETE_TRACK = "DELETE FROM it_ord_album_song WHERE Album_id = ? AND track_no = ?";
    private static final String SET_FINISH = "UPDATE it_ord_runner SET finish = ? WHERE id = ? AND race_id = ?";

    @TempDir
    Path dir;

    // ---- schema -----------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Target.class)
    void schemaGenerationCreatesEachOrderColumnAsAnIntegerNullableUnlessSaidOtherwise(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Queue.class, Job.class, Album.class, Song.class, Race.class,
                Runner.class, Reader.class, Novel.class)) {
            assertThat(column(unit, "it_ord_job", "jobs_ORDER")).isEqualTo("INT nullable");
            assertThat(column(unit, "it_ord_album_song", "track_no")).isEqualTo("INT not null");
            assertThat(column(unit, "it_ord_runner", "finish")).isEqualTo("INT nullable");
            assertThat(column(unit, "it_ord_reading", "reading_ORDER")).isEqualTo("INT nullable");
        }
    }

    /** "INT nullable" or "INT not null" for an integer column, as the driver's metadata describes it. */
    private static String column(JpaUnit unit, String table, String column) {
        return unit.jdbc(connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            for (ResultSet rs = meta.getColumns(connection.getCatalog(), null, table, null); rs.next(); ) {
                if (rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    String type = rs.getString("TYPE_NAME").toUpperCase(java.util.Locale.ROOT);
                    return (type.contains("INT") ? "INT" : type) + (rs.getInt("NULLABLE")
                            == DatabaseMetaData.columnNoNulls ? " not null" : " nullable");
                }
            }
            return "missing";
        });
    }

    // ---- a @JoinColumn list: key and position in the element's table --------------------------------

    @ParameterizedTest
    @EnumSource(Target.class)
    void aQueueWritesItsJobsPositionsAndThenOnlyThePositionsThatChange(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Queue.class, Job.class)) {
            unit.tx(em -> {
                Queue queue = new Queue(1);
                for (int i = 1; i <= 4; i++) {
                    queue.getJobs().add(new Job(i, "j" + i));
                }
                em.persist(queue);
                return null;
            });
            assertThat(sets(unit, SET_JOB_AT)).containsExactly(List.of(1L, 0, 1L), List.of(1L, 1, 2L),
                    List.of(1L, 2, 3L), List.of(1L, 3, 4L));
            assertThat(jobs(unit)).containsExactly("j1", "j2", "j3", "j4");

            change(unit, (em, queue) -> {
                Job job = new Job(5, "j5");
                em.persist(job);
                queue.getJobs().add(job);
            });
            assertThat(unit.writeSql()).containsExactly("INSERT INTO it_ord_job (id, label) VALUES (?, ?)", SET_JOB_AT);
            assertThat(sets(unit, SET_JOB_AT)).containsExactly(List.of(1L, 4, 5L)); // one position: the new one
            assertThat(jobs(unit)).containsExactly("j1", "j2", "j3", "j4", "j5");

            change(unit, (em, queue) -> Collections.swap(queue.getJobs(), 1, 3));
            assertThat(unit.writeSql()).containsExactly(SET_JOB_AT);
            assertThat(sets(unit, SET_JOB_AT)).containsExactly(List.of(1L, 1, 4L), List.of(1L, 3, 2L));
            assertThat(jobs(unit)).containsExactly("j1", "j4", "j3", "j2", "j5");

            change(unit, (em, queue) -> queue.getJobs().remove(1));
            assertThat(unit.writeSql()).containsExactly(CLEAR_JOB, SET_JOB_AT);
            assertThat(sets(unit, CLEAR_JOB)).containsExactly(List.of(4L, 1L));
            assertThat(sets(unit, SET_JOB_AT)).containsExactly(List.of(1L, 1, 3L), List.of(1L, 2, 2L),
                    List.of(1L, 3, 5L));
            assertThat(jobs(unit)).containsExactly("j1", "j3", "j2", "j5");
            assertThat(Rows.read(unit, "SELECT queue_id, jobs_ORDER FROM it_ord_job WHERE id = 4"))
                    .containsExactly(Arrays.asList(null, null));

            change(unit, (em, queue) -> queue.getJobs().sort(Comparator.comparing(Job::getLabel).reversed()));
            assertThat(sets(unit, SET_JOB_AT)).containsExactly(List.of(1L, 0, 5L), List.of(1L, 3, 1L)); // j3 stays
            assertThat(jobs(unit)).containsExactly("j5", "j3", "j2", "j1");

            change(unit, (em, queue) -> queue.getJobs().set(2, em.find(Job.class, 4L)));
            assertThat(unit.writeSql()).containsExactly(CLEAR_JOB, SET_JOB_AT);
            assertThat(sets(unit, CLEAR_JOB)).containsExactly(List.of(2L, 1L));
            assertThat(sets(unit, SET_JOB_AT)).containsExactly(List.of(1L, 2, 4L));
            assertThat(jobs(unit)).containsExactly("j5", "j3", "j4", "j1");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aJobListReplacedOrClearedIsWrittenByPositionAndRemovingTheQueueClearsKeysAndPositions(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Queue.class, Job.class)) {
            seedQueue(unit);
            unit.forget();
            unit.tx(em -> {
                Queue queue = em.find(Queue.class, 1L);
                List<Job> jobs = queue.getJobs(); // j1, j2, j3
                queue.setJobs(new ArrayList<>(List.of(jobs.get(2), jobs.get(1), em.find(Job.class, 4L))));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly(CLEAR_JOB, SET_JOB_AT);
            assertThat(sets(unit, CLEAR_JOB)).containsExactly(List.of(1L, 1L));
            assertThat(sets(unit, SET_JOB_AT)).containsExactly(List.of(1L, 0, 3L), List.of(1L, 2, 4L));
            assertThat(jobs(unit)).containsExactly("j3", "j2", "j4");

            change(unit, (em, queue) -> queue.getJobs().clear());
            assertThat(unit.writeSql()).containsExactly(CLEAR_JOB);
            assertThat(JpaUnit.rowsOf(unit.writes().get(0))).isEqualTo(3);
            assertThat(Rows.read(unit, "SELECT count(*) FROM it_ord_job WHERE queue_id IS NOT NULL"
                    + " OR jobs_ORDER IS NOT NULL")).containsExactly(List.of(0L));

            change(unit, (em, queue) -> {
                Job job = new Job(9, "j9");
                em.persist(job);
                queue.getJobs().add(job);
            });
            unit.forget();
            unit.tx(em -> {
                em.remove(em.find(Queue.class, 1L));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_ord_job SET queue_id = NULL, jobs_ORDER = NULL"
                    + " WHERE queue_id = ?", "DELETE FROM it_ord_queue WHERE id = ?");
            assertThat(Rows.read(unit, "SELECT id, queue_id, jobs_ORDER FROM it_ord_job WHERE id = 9"))
                    .containsExactly(Arrays.asList(9L, null, null));
        }
    }

    // ---- a join table with a NOT NULL position ------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Target.class)
    void anAlbumsJoinRowsCarryTheirTrackNumberAndAChangedPositionsRowIsDeletedAndInsertedAgain(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Album.class, Song.class)) {
            unit.tx(em -> {
                Album album = new Album(1);
                for (int i = 1; i <= 4; i++) {
                    album.getSongs().add(new Song(i, "s" + i));
                }
                em.persist(album);
                return null;
            });
            assertThat(sets(unit, INSERT_TRACK)).containsExactly(List.of(1L, 1L, 0), List.of(1L, 2L, 1),
                    List.of(1L, 3L, 2), List.of(1L, 4L, 3));
            assertThat(tracks(unit)).containsExactly("1@0", "2@1", "3@2", "4@3");

            changeAlbum(unit, album -> Collections.swap(album.getSongs(), 0, 3));
            assertThat(unit.writeSql()).containsExactly(DELETE_TRACK, INSERT_TRACK);
            assertThat(sets(unit, DELETE_TRACK)).containsExactly(List.of(1L, 0), List.of(1L, 3));
            assertThat(sets(unit, INSERT_TRACK)).containsExactly(List.of(1L, 4L, 0), List.of(1L, 1L, 3));
            assertThat(tracks(unit)).containsExactly("4@0", "2@1", "3@2", "1@3");

            changeAlbum(unit, album -> album.getSongs().remove(1));
            assertThat(sets(unit, DELETE_TRACK)).containsExactly(List.of(1L, 1), List.of(1L, 2), List.of(1L, 3));
            assertThat(sets(unit, INSERT_TRACK)).containsExactly(List.of(1L, 3L, 1), List.of(1L, 1L, 2));
            assertThat(tracks(unit)).containsExactly("4@0", "3@1", "1@2");

            unit.forget();
            unit.tx(em -> {
                Album album = em.find(Album.class, 1L);
                album.getSongs().add(1, em.find(Song.class, 2L));
                return null;
            });
            assertThat(tracks(unit)).containsExactly("4@0", "2@1", "3@2", "1@3");

            changeAlbum(unit, album -> album.getSongs().clear());
            assertThat(unit.writeSql()).containsExactly(DELETE_TRACK);
            assertThat(tracks(unit)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aFailedFlushLeavesEveryPositionAsItWas(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Album.class, Song.class, Race.class, Runner.class)) {
            unit.tx(em -> {
                Album album = new Album(1);
                album.getSongs().addAll(List.of(new Song(1, "s1"), new Song(2, "s2"), new Song(3, "s3")));
                em.persist(album);
                Race race = new Race(1);
                race.getRunners().add(new Runner(1, "Ada", race));
                em.persist(race);
                return null;
            });
            assertThatThrownBy(() -> unit.tx(em -> {
                Album album = em.find(Album.class, 1L);
                Collections.reverse(album.getSongs());
                album.getSongs().remove(2);
                em.remove(em.find(Race.class, 1L)); // its runner still refers to it: the DELETE fails last
                return null;
            })).isInstanceOf(PersistenceException.class);
            assertThat(tracks(unit)).containsExactly("1@0", "2@1", "3@2");
            assertThat(unit.count("SELECT count(*) FROM it_ord_race")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removingAnAlbumDeletesItsJoinRows(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Album.class, Song.class)) {
            unit.tx(em -> {
                Album album = new Album(1);
                album.getSongs().addAll(List.of(new Song(1, "s1"), new Song(2, "s2")));
                em.persist(album);
                return null;
            });
            unit.forget();
            unit.tx(em -> {
                em.remove(em.find(Album.class, 1L));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("DELETE FROM it_ord_album_song WHERE Album_id = ?",
                    "DELETE FROM it_ord_album WHERE id = ?");
            assertThat(tracks(unit)).isEmpty();
            assertThat(unit.count("SELECT count(*) FROM it_ord_song")).isEqualTo(2);
        }
    }

    // ---- mappedBy: the element's to-one writes the key, the list its position ------------------------

    @ParameterizedTest
    @EnumSource(Target.class)
    void aRacesListWritesTheFinishOfRunnersWhoseOwnToOneHoldsTheRace(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Race.class, Runner.class)) {
            unit.tx(em -> {
                Race race = new Race(1);
                race.getRunners().add(new Runner(1, "Ada", race));
                race.getRunners().add(new Runner(2, "Bo", race));
                race.getRunners().add(new Runner(3, "Cy", race));
                em.persist(race);
                return null;
            });
            assertThat(unit.writeSql()).endsWith(SET_FINISH);
            assertThat(sets(unit, SET_FINISH)).containsExactly(List.of(0, 1L, 1L), List.of(1, 2L, 1L),
                    List.of(2, 3L, 1L));
            assertThat(finish(unit)).containsExactly("1@0", "2@1", "3@2");

            unit.forget();
            unit.tx(em -> {
                Race race = em.find(Race.class, 1L);
                race.getRunners().remove(1).setRace(null); // Bo leaves
                race.getRunners().add(0, race.getRunners().remove(1)); // Cy to the front
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_ord_runner SET race_id = ? WHERE id = ?",
                    "UPDATE it_ord_runner SET finish = NULL WHERE id = ?", SET_FINISH);
            assertThat(sets(unit, SET_FINISH)).containsExactly(List.of(0, 3L, 1L), List.of(1, 1L, 1L));
            assertThat(Rows.read(unit, "SELECT id, race_id, finish FROM it_ord_runner ORDER BY id")).containsExactly(
                    Arrays.asList(1L, 1L, 1L), Arrays.asList(2L, null, null), Arrays.asList(3L, 1L, 0L));
        }
    }

    // ---- a many-to-many list: positions in the join table --------------------------------------------

    @ParameterizedTest
    @EnumSource(Target.class)
    void aReadersManyToManyListKeepsPositionsAndTheSameNovelTwice(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Reader.class, Novel.class)) {
            unit.tx(em -> {
                Novel emma = new Novel(1, "Emma");
                Novel dune = new Novel(2, "Dune");
                em.persist(emma);
                em.persist(dune);
                Reader reader = new Reader(1);
                reader.getReading().addAll(List.of(dune, emma, dune));
                em.persist(reader);
                return null;
            });
            String rows = "SELECT reading_id, reading_ORDER FROM it_ord_reading ORDER BY reading_ORDER";
            assertThat(positions(unit, rows)).containsExactly("2@0", "1@1", "2@2");
            List<String> titles = unit.tx(em -> em.find(Reader.class, 1L).getReading().stream()
                    .map(Novel::getTitle).toList());
            assertThat(titles).containsExactly("Dune", "Emma", "Dune");

            unit.forget();
            unit.tx(em -> {
                Reader reader = em.find(Reader.class, 1L);
                reader.getReading().remove(0);
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("DELETE FROM it_ord_reading WHERE Reader_id = ? AND"
                    + " reading_ORDER = ?", "INSERT INTO it_ord_reading (Reader_id, reading_id, reading_ORDER)"
                    + " VALUES (?, ?, ?)");
            assertThat(positions(unit, rows)).containsExactly("1@0", "2@1");
        }
    }

    // ---- merge ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Target.class)
    void mergingADetachedQueueWithItsJobsReorderedWritesTheNewOrder(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Queue.class, Job.class)) {
            seedQueue(unit);
            Queue detached = unit.tx(em -> {
                Queue queue = em.find(Queue.class, 1L);
                queue.getJobs().size();
                return queue;
            });
            Collections.reverse(detached.getJobs());
            unit.forget();
            unit.tx(em -> em.merge(detached));
            assertThat(unit.writeSql()).containsExactly(SET_JOB_AT);
            assertThat(sets(unit, SET_JOB_AT)).containsExactly(List.of(1L, 0, 3L), List.of(1L, 2, 1L));
            assertThat(jobs(unit)).containsExactly("j3", "j2", "j1");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static void seedQueue(JpaUnit unit) {
        unit.tx(em -> {
            Queue queue = new Queue(1);
            for (int i = 1; i <= 3; i++) {
                queue.getJobs().add(new Job(i, "j" + i));
            }
            em.persist(queue);
            em.persist(new Job(4, "j4"));
            return null;
        });
    }

    private interface QueueChange {
        void apply(EntityManager em, Queue queue);
    }

    /** Applies {@code change} to queue 1 in a transaction of its own, the statements forgotten before. */
    private static void change(JpaUnit unit, QueueChange change) {
        unit.forget();
        unit.tx(em -> {
            change.apply(em, em.find(Queue.class, 1L));
            return null;
        });
    }

    private interface AlbumChange {
        void apply(Album album);
    }

    private static void changeAlbum(JpaUnit unit, AlbumChange change) {
        unit.forget();
        unit.tx(em -> {
            change.apply(em.find(Album.class, 1L));
            return null;
        });
    }

    /** The parameter sets of every run of {@code sql}. */
    static List<List<Object>> sets(JpaUnit unit, String sql) {
        return unit.writes().stream().filter(e -> JpaUnit.plain(e.sql()).equals(sql))
                .flatMap(e -> e.parameterSets().stream()).toList();
    }

    /** Queue 1's job labels in the order of their position column, read with plain JDBC. */
    private static List<String> jobs(JpaUnit unit) {
        List<String> labels = new ArrayList<>();
        List<List<Object>> rows = Rows.read(unit, "SELECT label, jobs_ORDER FROM it_ord_job WHERE queue_id = 1"
                + " ORDER BY jobs_ORDER");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get(1)).as("position of " + rows.get(i).get(0)).isEqualTo((long) i);
            labels.add((String) rows.get(i).get(0));
        }
        return labels;
    }

    private static List<String> tracks(JpaUnit unit) {
        return positions(unit, "SELECT songs_id, track_no FROM it_ord_album_song WHERE Album_id = 1 ORDER BY track_no");
    }

    private static List<String> finish(JpaUnit unit) {
        return positions(unit, "SELECT id, finish FROM it_ord_runner WHERE race_id = 1 ORDER BY finish");
    }

    /** Each row of a two-column query as "a@b". */
    static List<String> positions(JpaUnit unit, String sql) {
        return Rows.read(unit, sql).stream().map(row -> row.get(0) + "@" + row.get(1)).toList();
    }
}
