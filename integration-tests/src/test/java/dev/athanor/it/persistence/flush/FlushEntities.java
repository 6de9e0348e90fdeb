package dev.athanor.it.persistence.flush;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.UUID;

/** The entities of the flush tests, one table each (all classes share the MariaDB database). */
final class FlushEntities {

    private FlushEntities() {
    }

    @Entity
    @Table(name = "it_flush_assigned")
    public static class Assigned {
        @Id
        public Long id;
        public String name;

        public Assigned() {
        }

        Assigned(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Entity
    @Table(name = "it_flush_sequenced")
    public static class Sequenced {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flush_seq")
        @SequenceGenerator(name = "flush_seq", sequenceName = "it_flush_seq", allocationSize = 50)
        public Long id;
        public String name;
    }

    @Entity
    @Table(name = "it_flush_tabled")
    public static class Tabled {
        @Id
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "flush_table")
        @TableGenerator(name = "flush_table", table = "it_flush_counters", pkColumnValue = "tabled",
                allocationSize = 50)
        public Long id;
        public String name;
    }

    @Entity
    @Table(name = "it_flush_uuid")
    public static class Uuided {
        @Id
        @GeneratedValue(strategy = GenerationType.UUID)
        public UUID id;
        public String name;
    }

    @Entity
    @Table(name = "it_flush_identity")
    public static class Identity {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
        public String name;
    }

    @Entity
    @Table(name = "it_flush_item")
    public static class Item {
        @Id
        public Long id;
        public String name;
        public int quantity;
        @Column(name = "note_text")
        public String note;
    }

    @Entity
    @Table(name = "it_flush_versioned_item")
    public static class VersionedItem {
        @Id
        public Long id;
        public String name;
        public int quantity;
        @Version
        public int version;
    }

    @Entity
    @Table(name = "it_flush_order_parent")
    public static class Parent {
        @Id
        public Long id;
        public String name;
    }

    @Entity
    @Table(name = "it_flush_order_child")
    public static class Child {
        @Id
        public Long id;
        public String name;
        @ManyToOne(cascade = CascadeType.PERSIST)
        @JoinColumn(name = "parent_id")
        public Parent parent;
    }

    @Entity
    @Table(name = "it_flush_order_owner")
    public static class Owner {
        @Id
        public Long id;
        public String name;
    }

    @Entity
    @Table(name = "it_flush_order_pet")
    public static class Pet {
        @Id
        public Long id;
        @ManyToOne
        @JoinColumn(name = "owner_id", nullable = false)
        public Owner owner;
    }
}
