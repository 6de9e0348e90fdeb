package dev.athanor.it.persistence.inheritance;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** Hierarchies a persistence unit refuses at boot. */
final class BrokenHierarchies {

    private BrokenHierarchies() {
    }

    @Entity
    @Inheritance(strategy = InheritanceType.JOINED)
    public static class Account {
        @Id
        public Long id;
    }

    @Entity
    public static class Savings extends Account {
        public double rate;
    }

    @Entity
    @DiscriminatorValue("X")
    public static class Tool {
        @Id
        public Long id;
    }

    @Entity
    @DiscriminatorValue("X")
    public static class Hammer extends Tool {
        public int weight;
    }

    @Entity
    @Table(name = "saw")
    public static class Saw extends Tool {
        public int teeth;
    }

    @Entity
    public static class Drill extends Tool {
        @Id
        public Long serial;
    }
}
