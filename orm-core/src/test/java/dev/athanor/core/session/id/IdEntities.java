package dev.athanor.core.session.id;

import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.util.UUID;

/** Entities with one id strategy each; two pairs share a sequence and a table key. */
final class IdEntities {

    private IdEntities() {
    }

    static Metadata model() {
        return new MetadataBuilder().add(Order.class, Invoice.class, Ticket.class, Note.class, Tag.class,
                Token.class, Code.class, Person.class, Amount.class).build();
    }

    @Entity
    public static class Order {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders")
        @SequenceGenerator(name = "orders", sequenceName = "order_seq", initialValue = 1, allocationSize = 50)
        public Long id;
    }

    /** Shares order_seq with {@link Order}, with an int id. */
    @Entity
    public static class Invoice {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoices")
        @SequenceGenerator(name = "invoices", sequenceName = "order_seq", initialValue = 1, allocationSize = 50)
        public int id;
    }

    @Entity
    public static class Ticket {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tickets")
        @SequenceGenerator(name = "tickets", sequenceName = "ticket_seq", initialValue = 100, allocationSize = 10)
        public Integer id;
    }

    @Entity
    public static class Note {
        @Id
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "notes")
        @TableGenerator(name = "notes", pkColumnValue = "notes", initialValue = 7, allocationSize = 20)
        public long id;
    }

    /** Shares the key "notes" with {@link Note}, as a BigInteger. */
    @Entity
    public static class Tag {
        @Id
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "tags")
        @TableGenerator(name = "tags", pkColumnValue = "notes", initialValue = 7, allocationSize = 20)
        public java.math.BigInteger id;
    }

    @Entity
    public static class Token {
        @Id
        @GeneratedValue(strategy = GenerationType.UUID)
        public UUID id;
    }

    @Entity
    public static class Code {
        @Id
        @GeneratedValue(strategy = GenerationType.UUID)
        public String id;
    }

    @Entity
    public static class Person {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
    }

    @Entity
    public static class Amount {
        @Id
        @GeneratedValue(strategy = GenerationType.TABLE)
        public BigDecimal id;
    }
}
