package dev.athanor.it.persistence.collections;

import dev.athanor.it.persistence.JpaUnit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists with an {@code @OrderColumn}, one per place the column can be: a queue's jobs hold their
 * queue's id and their position in the job table ({@code @JoinColumn}, position column named by
 * default {@code jobs_ORDER}); an album's songs are linked through a join table whose NOT NULL
 * {@code track_no} is the position; a race's runners are mapped by their own {@code @ManyToOne}
 * and the race's list writes their {@code finish}; a reader's novels are a many-to-many whose join
 * table holds the position ({@code reading_ORDER}); a rota's shifts are EAGER.
 */
public final class Ordered {

    private Ordered() {
    }

    /** The classes of the model. */
    public static final Class<?>[] ALL = {Queue.class, Job.class, Album.class, Song.class, Race.class, Runner.class,
            Reader.class, Novel.class};

    /**
     * Rows for queries, written with plain JDBC in an order unlike their positions: queue 1 holds
     * j2, j4, j1, j3 and queue 2 holds j6, j5; album 1 holds c, a, b; race 1 finished Cy, Ada, Bo;
     * reader 1 is reading Dune, Emma, Dune.
     */
    public static void seed(JpaUnit unit) {
        unit.jdbc(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO it_ord_queue (id) VALUES (1), (2)");
                statement.executeUpdate("INSERT INTO it_ord_job (id, label, queue_id, jobs_ORDER) VALUES"
                        + " (1, 'j1', 1, 2), (2, 'j2', 1, 0), (3, 'j3', 1, 3), (4, 'j4', 1, 1), (5, 'j5', 2, 1),"
                        + " (6, 'j6', 2, 0)");
                statement.executeUpdate("INSERT INTO it_ord_album (id) VALUES (1)");
                statement.executeUpdate("INSERT INTO it_ord_song (id, title) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
                statement.executeUpdate("INSERT INTO it_ord_album_song (Album_id, songs_id, track_no) VALUES"
                        + " (1, 1, 1), (1, 2, 2), (1, 3, 0)");
                statement.executeUpdate("INSERT INTO it_ord_race (id) VALUES (1)");
                statement.executeUpdate("INSERT INTO it_ord_runner (id, name, race_id, finish) VALUES"
                        + " (1, 'Ada', 1, 1), (2, 'Bo', 1, 2), (3, 'Cy', 1, 0)");
                statement.executeUpdate("INSERT INTO it_ord_reader (id) VALUES (1)");
                statement.executeUpdate("INSERT INTO it_ord_novel (id, title) VALUES (1, 'Emma'), (2, 'Dune')");
                statement.executeUpdate("INSERT INTO it_ord_reading (Reader_id, reading_id, reading_ORDER) VALUES"
                        + " (1, 2, 2), (1, 1, 1), (1, 2, 0)");
            }
            return null;
        });
    }

    @Entity
    @Table(name = "it_ord_queue")
    public static class Queue {
        @Id
        private long id;
        @OneToMany(cascade = CascadeType.PERSIST)
        @JoinColumn(name = "queue_id")
        @OrderColumn
        private List<Job> jobs = new ArrayList<>();

        public Queue() {
        }

        public Queue(long id) {
            this.id = id;
        }

        public long getId() {
            return id;
        }

        public List<Job> getJobs() {
            return jobs;
        }

        public void setJobs(List<Job> jobs) {
            this.jobs = jobs;
        }
    }

    @Entity
    @Table(name = "it_ord_job")
    public static class Job {
        @Id
        private long id;
        private String label;

        public Job() {
        }

        public Job(long id, String label) {
            this.id = id;
            this.label = label;
        }

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    @Entity
    @Table(name = "it_ord_album")
    public static class Album {
        @Id
        private long id;
        @OneToMany(cascade = CascadeType.PERSIST)
        @JoinTable(name = "it_ord_album_song")
        @OrderColumn(name = "track_no", nullable = false)
        private List<Song> songs = new ArrayList<>();

        public Album() {
        }

        public Album(long id) {
            this.id = id;
        }

        public long getId() {
            return id;
        }

        public List<Song> getSongs() {
            return songs;
        }

        public void setSongs(List<Song> songs) {
            this.songs = songs;
        }
    }

    @Entity
    @Table(name = "it_ord_song")
    public static class Song {
        @Id
        private long id;
        private String title;

        public Song() {
        }

        public Song(long id, String title) {
            this.id = id;
            this.title = title;
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    @Entity
    @Table(name = "it_ord_race")
    public static class Race {
        @Id
        private long id;
        @OneToMany(mappedBy = "race", cascade = CascadeType.PERSIST)
        @OrderColumn(name = "finish")
        private List<Runner> runners = new ArrayList<>();

        public Race() {
        }

        public Race(long id) {
            this.id = id;
        }

        public long getId() {
            return id;
        }

        public List<Runner> getRunners() {
            return runners;
        }

        public void setRunners(List<Runner> runners) {
            this.runners = runners;
        }
    }

    @Entity
    @Table(name = "it_ord_runner")
    public static class Runner {
        @Id
        private long id;
        private String name;
        @ManyToOne
        private Race race;

        public Runner() {
        }

        public Runner(long id, String name, Race race) {
            this.id = id;
            this.name = name;
            this.race = race;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public Race getRace() {
            return race;
        }

        public void setRace(Race race) {
            this.race = race;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Entity
    @Table(name = "it_ord_reader")
    public static class Reader {
        @Id
        private long id;
        @ManyToMany
        @JoinTable(name = "it_ord_reading")
        @OrderColumn
        private List<Novel> reading = new ArrayList<>();

        public Reader() {
        }

        public Reader(long id) {
            this.id = id;
        }

        public long getId() {
            return id;
        }

        public List<Novel> getReading() {
            return reading;
        }

        public void setReading(List<Novel> reading) {
            this.reading = reading;
        }
    }

    @Entity
    @Table(name = "it_ord_novel")
    public static class Novel {
        @Id
        private long id;
        private String title;

        public Novel() {
        }

        public Novel(long id, String title) {
            this.id = id;
            this.title = title;
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    @Entity
    @Table(name = "it_ord_rota")
    public static class Rota {
        @Id
        private long id;
        @OneToMany(fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
        @JoinColumn(name = "rota_id")
        @OrderColumn(name = "slot")
        private List<Shift> shifts = new ArrayList<>();

        public Rota() {
        }

        public Rota(long id) {
            this.id = id;
        }

        public long getId() {
            return id;
        }

        public List<Shift> getShifts() {
            return shifts;
        }

        public void setShifts(List<Shift> shifts) {
            this.shifts = shifts;
        }
    }

    @Entity
    @Table(name = "it_ord_shift")
    public static class Shift {
        @Id
        private long id;
        private String label;

        public Shift() {
        }

        public Shift(long id, String label) {
            this.id = id;
            this.label = label;
        }

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
