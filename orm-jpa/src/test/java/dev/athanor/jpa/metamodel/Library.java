package dev.athanor.jpa.metamodel;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.MappedSuperclassType;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.StaticMetamodel;
import java.time.Instant;

/** A small library for the metamodel tests, with hand-written static metamodel classes. */
public final class Library {

    private Library() {
    }

    public enum Genre { NOVEL, ESSAY }

    /** Id and version for everyone. */
    @MappedSuperclass
    public abstract static class Audited {
        @Id
        @GeneratedValue
        Long id;
        @Version
        long version;
        Instant createdAt;
    }

    /** A second level of mapped superclass, declaring nothing but a name. */
    @MappedSuperclass
    public abstract static class Named extends Audited {
        String title;
    }

    @Embeddable
    public static class Geo {
        double latitude;
        double longitude;
    }

    @Embeddable
    public static class Address {
        String street;
        String city;
        @Embedded
        Geo geo;
    }

    @Entity
    public static class Publisher extends Audited {
        String name;
        @Embedded
        Address address;
    }

    @Entity(name = "Volume")
    public static class Book extends Named {
        @ManyToOne(optional = false, fetch = FetchType.LAZY)
        Publisher publisher;
        @OneToOne
        Book sequel;
        @Enumerated(EnumType.STRING)
        Genre genre;
        int pages;
    }

    /** Property access from {@code @Id} on a getter; no version, no mapped superclass. */
    @Entity
    public static class Author {
        private Long id;
        private boolean active;

        @Id
        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    /** Named as {@code Library$Book_}: the metamodel class beside its nested entity. */
    @StaticMetamodel(Book.class)
    static class Book_ extends Named_ {
        public static final String PAGES = "pages";
        public static volatile EntityType<Book> class_;
        public static volatile SingularAttribute<Book, Publisher> publisher;
        public static volatile SingularAttribute<Book, Book> sequel;
        public static volatile SingularAttribute<Book, Genre> genre;
        public static volatile SingularAttribute<Book, Integer> pages;
        public static volatile SetAttribute<Book, String> tags;
    }

    @StaticMetamodel(Named.class)
    static class Named_ extends Audited_ {
        public static volatile SingularAttribute<Named, String> title;
    }

    @StaticMetamodel(Audited.class)
    static class Audited_ {
        public static volatile MappedSuperclassType<Audited> class_;
        public static volatile SingularAttribute<Audited, Long> id;
        public static volatile SingularAttribute<Audited, Long> version;
        public static volatile SingularAttribute<Audited, Instant> createdAt;
    }
}
