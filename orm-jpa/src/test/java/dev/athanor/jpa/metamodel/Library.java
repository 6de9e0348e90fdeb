package dev.athanor.jpa.metamodel;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.MappedSuperclassType;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.StaticMetamodel;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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

    /** A second level of mapped superclass: a name, and a to-many its entities inherit. */
    @MappedSuperclass
    public abstract static class Named extends Audited {
        String title;
        @ManyToMany
        @JoinTable(name = "named_editor")
        Set<Author> editors;
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
        @OneToMany(mappedBy = "publisher")
        List<Book> books;
        @OneToMany
        @JoinColumn(name = "parent_id")
        List<Publisher> imprints;
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
        @ManyToMany
        Set<Author> authors;
    }

    /** Property access from {@code @Id} on a getter; no version, no mapped superclass. */
    @Entity
    public static class Author {
        private Long id;
        private boolean active;
        private Collection<Book> books;

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

        @ManyToMany(mappedBy = "authors")
        public Collection<Book> getBooks() {
            return books;
        }

        public void setBooks(Collection<Book> books) {
            this.books = books;
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
        /** Stale: {@code authors} is a Set now. */
        public static volatile ListAttribute<Book, Author> authors;
    }

    @StaticMetamodel(Named.class)
    static class Named_ extends Audited_ {
        public static volatile SingularAttribute<Named, String> title;
        public static volatile SetAttribute<Named, Author> editors;
    }

    @StaticMetamodel(Publisher.class)
    static class Publisher_ extends Audited_ {
        public static final String BOOKS = "books";
        public static volatile EntityType<Publisher> class_;
        public static volatile SingularAttribute<Publisher, String> name;
        public static volatile SingularAttribute<Publisher, Address> address;
        public static volatile ListAttribute<Publisher, Book> books;
        public static volatile ListAttribute<Publisher, Publisher> imprints;
    }

    @StaticMetamodel(Audited.class)
    static class Audited_ {
        public static volatile MappedSuperclassType<Audited> class_;
        public static volatile SingularAttribute<Audited, Long> id;
        public static volatile SingularAttribute<Audited, Long> version;
        public static volatile SingularAttribute<Audited, Instant> createdAt;
    }
}
