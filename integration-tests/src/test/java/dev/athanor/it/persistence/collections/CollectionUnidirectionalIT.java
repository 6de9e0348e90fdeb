package dev.athanor.it.persistence.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Media.Book;
import dev.athanor.it.persistence.collections.Media.Playlist;
import dev.athanor.it.persistence.collections.Media.Shelf;
import dev.athanor.it.persistence.collections.Media.Track;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Unidirectional one-to-manys, which the owner's collection alone writes: a {@code @JoinColumn}
 * in the element's table, set by an UPDATE after the element's INSERT and cleared when the element
 * leaves; and a join table with the specification's default names.
 */
class CollectionUnidirectionalIT {

    private static final String BOOKS = "SELECT id, title, shelf_id FROM it_coll_book ORDER BY id";
    private static final String PLAYLIST_TRACKS = "SELECT Playlist_id, tracks_id FROM it_coll_playlist_it_coll_track"
            + " ORDER BY Playlist_id, tracks_id";
    private static final String SET_SHELF = "UPDATE it_coll_book SET shelf_id = ? WHERE id = ?";
    private static final String CLEAR_SHELF = "UPDATE it_coll_book SET shelf_id = NULL WHERE id = ? AND shelf_id = ?";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void aJoinColumnIsSetForTheBooksOfAShelfAndClearedForABookTakenOff(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Shelf.class, Book.class)) {
            unit.tx(em -> {
                Shelf shelf = new Shelf(1, "fiction");
                shelf.getBooks().add(new Book(1, "Emma"));
                shelf.getBooks().add(new Book(2, "Dracula"));
                em.persist(shelf);
                em.persist(new Book(3, "Beloved"));
                return null;
            });
            // the books know nothing of the shelf: their INSERTs leave shelf_id out, the shelf's list sets it
            assertThat(unit.writeSql()).containsExactly("INSERT INTO it_coll_book (id, title) VALUES (?, ?)",
                    "INSERT INTO it_coll_shelf (id, label) VALUES (?, ?)", SET_SHELF);
            assertThat(unit.writes().get(2).parameterSets()).containsExactlyInAnyOrder(List.of(1L, 1L),
                    List.of(1L, 2L));
            assertThat(Rows.read(unit, BOOKS)).containsExactly(Arrays.asList(1L, "Emma", 1L),
                    Arrays.asList(2L, "Dracula", 1L), Arrays.asList(3L, "Beloved", null));

            unit.forget();
            List<String> titles = unit.tx(em -> {
                Shelf shelf = em.find(Shelf.class, 1L);
                List<String> loaded = shelf.getBooks().stream().map(Book::getTitle).toList();
                shelf.getBooks().removeIf(book -> book.getId() == 1);
                shelf.getBooks().add(em.find(Book.class, 3L));
                return loaded;
            });
            assertThat(unit.writeSql()).containsExactly(CLEAR_SHELF, SET_SHELF);
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(1L, 1L));
            assertThat(unit.writes().get(1).parameterSets()).containsExactly(List.of(1L, 3L));
            assertThat(titles).containsExactly("Dracula", "Emma"); // @OrderBy("title")
            assertThat(Rows.read(unit, BOOKS)).containsExactly(Arrays.asList(1L, "Emma", null),
                    Arrays.asList(2L, "Dracula", 1L), Arrays.asList(3L, "Beloved", 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aBookListReplacedWholeMovesOnlyTheBooksThatChanged(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Shelf.class, Book.class)) {
            unit.jdbc(connection -> {
                connection.createStatement().executeUpdate("INSERT INTO it_coll_shelf (id, label) VALUES (1, 'a')");
                connection.createStatement().executeUpdate("INSERT INTO it_coll_book (id, title, shelf_id) VALUES"
                        + " (1, 'Emma', 1), (2, 'Dracula', 1), (3, 'Beloved', NULL)");
                return null;
            });
            unit.forget();
            unit.tx(em -> {
                Shelf shelf = em.find(Shelf.class, 1L);
                List<Book> books = shelf.getBooks(); // Dracula, Emma
                shelf.setBooks(new ArrayList<>(List.of(books.get(0), em.find(Book.class, 3L))));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly(CLEAR_SHELF, SET_SHELF);
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(1L, 1L));
            assertThat(unit.writes().get(1).parameterSets()).containsExactly(List.of(1L, 3L));
            assertThat(Rows.read(unit, BOOKS)).containsExactly(Arrays.asList(1L, "Emma", null),
                    Arrays.asList(2L, "Dracula", 1L), Arrays.asList(3L, "Beloved", 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aJoinTableWithDefaultNamesLinksAPlaylistToItsTracks(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Playlist.class, Track.class)) {
            unit.tx(em -> {
                Playlist playlist = new Playlist(1, "road trip");
                playlist.getTracks().add(new Track(1, "Roadrunner"));
                playlist.getTracks().add(new Track(2, "Drive"));
                em.persist(playlist);
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("INSERT INTO it_coll_playlist (id, name) VALUES (?, ?)",
                    "INSERT INTO it_coll_track (id, title) VALUES (?, ?)",
                    "INSERT INTO it_coll_playlist_it_coll_track (Playlist_id, tracks_id) VALUES (?, ?)");
            assertThat(JpaUnit.rowsOf(unit.writes().get(2))).isEqualTo(2);
            assertThat(Rows.read(unit, PLAYLIST_TRACKS)).containsExactly(List.of(1L, 1L), List.of(1L, 2L));

            unit.forget();
            List<String> titles = unit.tx(em -> {
                Playlist playlist = em.find(Playlist.class, 1L);
                List<String> loaded = playlist.getTracks().stream().map(Track::getTitle).toList();
                playlist.getTracks().removeIf(track -> track.getId() == 1);
                return loaded;
            });
            assertThat(unit.writeSql()).containsExactly(
                    "DELETE FROM it_coll_playlist_it_coll_track WHERE Playlist_id = ? AND tracks_id = ?");
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(1L, 1L));
            assertThat(titles).containsExactlyInAnyOrder("Roadrunner", "Drive");
            assertThat(Rows.read(unit, PLAYLIST_TRACKS)).containsExactly(List.of(1L, 2L));
            assertThat(unit.count("SELECT count(*) FROM it_coll_track")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removingAShelfClearsItsBooksJoinColumnFirst(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Shelf.class, Book.class)) {
            unit.jdbc(connection -> {
                connection.createStatement().executeUpdate("INSERT INTO it_coll_shelf (id, label) VALUES (1, 'a')");
                connection.createStatement().executeUpdate("INSERT INTO it_coll_book (id, title, shelf_id) VALUES"
                        + " (1, 'Emma', 1), (2, 'Dracula', 1)");
                return null;
            });
            unit.forget();
            unit.tx(em -> {
                em.remove(em.find(Shelf.class, 1L));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("UPDATE it_coll_book SET shelf_id = NULL WHERE shelf_id = ?",
                    "DELETE FROM it_coll_shelf WHERE id = ?");
            assertThat(Rows.read(unit, BOOKS)).containsExactly(Arrays.asList(1L, "Emma", null),
                    Arrays.asList(2L, "Dracula", null));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removingAPlaylistDeletesItsJoinRowsButNotItsTracks(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Playlist.class, Track.class)) {
            unit.tx(em -> {
                Playlist playlist = new Playlist(1, "road trip");
                playlist.getTracks().add(new Track(1, "Roadrunner"));
                em.persist(playlist);
                return null;
            });
            unit.forget();
            unit.tx(em -> {
                em.remove(em.find(Playlist.class, 1L));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly(
                    "DELETE FROM it_coll_playlist_it_coll_track WHERE Playlist_id = ?",
                    "DELETE FROM it_coll_playlist WHERE id = ?");
            assertThat(unit.count("SELECT count(*) FROM it_coll_playlist_it_coll_track")).isZero();
            assertThat(Rows.read(unit, "SELECT id, title FROM it_coll_track"))
                    .containsExactly(List.of(1L, "Roadrunner"));
        }
    }
}
