package dev.athanor.it.query.nativeq;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.FetchType;
import jakarta.persistence.FieldResult;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Publishers and books, with the result set mappings the native query tests read rows through. */
final class Catalog {

    private Catalog() {
    }

    @Entity
    @Table(name = "it_nq_publisher")
    public static class Publisher {
        @Id
        private Long id;
        private String name;

        public Publisher() {
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    @Entity
    @Table(name = "it_nq_book")
    @SqlResultSetMapping(name = "BookWithPublisher",
            entities = {
                @EntityResult(entityClass = Book.class, fields = {
                    @FieldResult(name = "id", column = "book_id"), @FieldResult(name = "title", column = "book_title"),
                    @FieldResult(name = "pages", column = "book_pages"),
                    @FieldResult(name = "price", column = "book_price"),
                    @FieldResult(name = "published", column = "book_published"),
                    @FieldResult(name = "publisher", column = "book_publisher")}),
                @EntityResult(entityClass = Publisher.class)},
            columns = @ColumnResult(name = "copies", type = Long.class))
    @SqlResultSetMapping(name = "BookLines", classes = @ConstructorResult(targetClass = BookLine.class,
            columns = {@ColumnResult(name = "title"), @ColumnResult(name = "pages"), @ColumnResult(name = "price"),
                @ColumnResult(name = "published", type = LocalDate.class)}))
    @SqlResultSetMapping(name = "PublishedDates", columns = @ColumnResult(name = "published", type = LocalDate.class))
    @SqlResultSetMapping(name = "WithIsbn", columns = @ColumnResult(name = "isbn"))
    public static class Book {
        @Id
        private Long id;
        private String title;
        private int pages;
        @Column(precision = 10, scale = 2)
        private BigDecimal price;
        private LocalDate published;
        @ManyToOne(fetch = FetchType.LAZY)
        private Publisher publisher;

        public Book() {
        }

        public Long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public int getPages() {
            return pages;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public LocalDate getPublished() {
            return published;
        }

        public Publisher getPublisher() {
            return publisher;
        }
    }

    /** What a @ConstructorResult builds; the driver's Integer and text dates converted to these types. */
    public record BookLine(String title, long pages, BigDecimal price, LocalDate published) {
    }
}
