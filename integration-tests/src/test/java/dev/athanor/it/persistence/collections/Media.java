package dev.athanor.it.persistence.collections;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Unidirectional one-to-manys, whose elements know nothing of their owner: a shelf's books hold
 * the shelf's id in a column only the shelf's {@code @JoinColumn} writes; a playlist's tracks are
 * linked through a join table named by the specification's defaults.
 */
final class Media {

    private Media() {
    }

    @Entity
    @Table(name = "it_coll_shelf")
    public static class Shelf {
        @Id
        private long id;
        private String label;
        @OneToMany(cascade = CascadeType.PERSIST)
        @JoinColumn(name = "shelf_id")
        @OrderBy("title")
        private List<Book> books = new ArrayList<>();

        public Shelf() {
        }

        public Shelf(long id, String label) {
            this.id = id;
            this.label = label;
        }

        public long getId() {
            return id;
        }

        public List<Book> getBooks() {
            return books;
        }

        public void setBooks(List<Book> books) {
            this.books = books;
        }
    }

    @Entity
    @Table(name = "it_coll_book")
    public static class Book {
        @Id
        private long id;
        private String title;

        public Book() {
        }

        public Book(long id, String title) {
            this.id = id;
            this.title = title;
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }
    }

    @Entity
    @Table(name = "it_coll_playlist")
    public static class Playlist {
        @Id
        private long id;
        private String name;
        @OneToMany(cascade = CascadeType.PERSIST)
        private Collection<Track> tracks = new ArrayList<>();

        public Playlist() {
        }

        public Playlist(long id, String name) {
            this.id = id;
            this.name = name;
        }

        public long getId() {
            return id;
        }

        public Collection<Track> getTracks() {
            return tracks;
        }
    }

    @Entity
    @Table(name = "it_coll_track")
    public static class Track {
        @Id
        private long id;
        private String title;

        public Track() {
        }

        public Track(long id, String title) {
            this.id = id;
            this.title = title;
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }
    }
}
