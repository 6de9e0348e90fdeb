package dev.athanor.jpa.metamodel;

import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.StaticMetamodel;
import java.util.Collection;

/** The other spelling generators use for nested classes: {@code Library_$Author_}. */
final class Library_ {

    private Library_() {
    }

    @StaticMetamodel(Library.Author.class)
    static final class Author_ {
        public static volatile SingularAttribute<Library.Author, Long> id;
        public static volatile SingularAttribute<Library.Author, Boolean> active;
        public static volatile PluralAttribute<Library.Author, Collection<Library.Book>, Library.Book> books;

        private Author_() {
        }
    }
}
