package dev.athanor.it.persistence.states;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The entities of the entity-state tests. */
final class StateEntities {

    private StateEntities() {
    }

    @Entity
    @Table(name = "it_states_book")
    public static class Book {
        @Id
        public Long id;
        @Column(nullable = false)
        public String title;
        public int pages;

        public Book() {
        }

        Book(long id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    @Entity
    @Table(name = "it_states_note")
    public static class Note {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
        public String text;
        @Version
        public int version;
    }

    /** Not an entity. */
    public static class Plain {
        public Long id;
    }
}
