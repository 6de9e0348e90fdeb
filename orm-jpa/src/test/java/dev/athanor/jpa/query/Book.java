package dev.athanor.jpa.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@NamedQuery(name = "Book.byTitle", query = "select b from Book b where b.title = :title")
@NamedQuery(name = "Book.titles", query = "select b.title from Book b order by b.title", hints = {
        @jakarta.persistence.QueryHint(name = "jakarta.persistence.query.timeout", value = "5000")})
@NamedQuery(name = "Book.count", query = "select count(b) from Book b")
@NamedQuery(name = "Book.locked", query = "select b from Book b where b.id = :id",
        lockMode = jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
@NamedQuery(name = "Book.reprice", query = "update Book b set b.price = :price where b.pages > :pages")
public class Book {
    @Id
    public Long id;
    public String title;
    public int pages;
    public BigDecimal price;
    public LocalDate published;

    public Book() {
    }

    public Book(Long id, String title, int pages, BigDecimal price, LocalDate published) {
        this.id = id;
        this.title = title;
        this.pages = pages;
        this.price = price;
        this.published = published;
    }
}
