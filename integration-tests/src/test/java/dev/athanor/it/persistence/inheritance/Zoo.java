package dev.athanor.it.persistence.inheritance;

import jakarta.persistence.Basic;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * Two SINGLE_TABLE hierarchies. Animal (abstract, no @Inheritance: the default) with a mapped
 * superclass between it and Dog, Dog with a subclass of its own, and Cat; the discriminator is the
 * default DTYPE, Dog's value declared, the others their entity names. Vehicle has an INTEGER
 * discriminator and IDENTITY ids.
 */
final class Zoo {

    private Zoo() {
    }

    static final Class<?>[] CLASSES = {Animal.class, Pet.class, Dog.class, Puppy.class, Cat.class, Keeper.class,
        Visit.class, Vehicle.class, Car.class, Bike.class};

    @Entity
    @Table(name = "animal")
    public abstract static class Animal {
        @Id
        public Long id;
        @Version
        public int version;
        public String name;
        @ManyToOne(fetch = FetchType.LAZY)
        public Keeper keeper;

        public String getName() {
            return name;
        }
    }

    @MappedSuperclass
    public abstract static class Pet extends Animal {
        public String chip;
    }

    @Entity
    @DiscriminatorValue("DOG")
    public static class Dog extends Pet {
        public int barkVolume;
        @Basic(fetch = FetchType.LAZY)
        public String pedigree;

        public Dog() {
        }

        Dog(long id, String name, int barkVolume) {
            this.id = id;
            this.name = name;
            this.barkVolume = barkVolume;
        }
    }

    @Entity
    public static class Puppy extends Dog {
        public String toy;
        /** A row of the same table, of any class. */
        @ManyToOne(fetch = FetchType.LAZY)
        public Animal mother;

        public Puppy() {
        }

        Puppy(long id, String name, int barkVolume, String toy) {
            super(id, name, barkVolume);
            this.toy = toy;
        }
    }

    @Entity
    public static class Cat extends Animal {
        public boolean indoor;
        @ManyToOne(fetch = FetchType.LAZY)
        public Keeper favourite;

        public Cat() {
        }

        Cat(long id, String name, boolean indoor) {
            this.id = id;
            this.name = name;
            this.indoor = indoor;
        }
    }

    @Entity
    @Table(name = "keeper")
    public static class Keeper {
        @Id
        public Long id;
        public String name;
        @OneToMany(mappedBy = "keeper")
        public List<Animal> animals = new ArrayList<>();

        public Keeper() {
        }

        Keeper(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    /** Refers to the hierarchy from outside it: a polymorphic LAZY to-one and one to a leaf class. */
    @Entity
    @Table(name = "visit")
    public static class Visit {
        @Id
        public Long id;
        /** To an entity with subclasses: loaded with the visit, to know its class. */
        @ManyToOne(fetch = FetchType.LAZY)
        public Animal star;
        /** To a leaf class: a reference, as any LAZY to-one. */
        @ManyToOne(fetch = FetchType.LAZY)
        public Cat cat;

        public Visit() {
        }

        Visit(long id, Animal star, Cat cat) {
            this.id = id;
            this.star = star;
            this.cat = cat;
        }
    }

    @Entity
    @Table(name = "vehicle")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
    @DiscriminatorValue("0")
    public static class Vehicle {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
        public String plate;
    }

    @Entity
    @DiscriminatorValue("1")
    public static class Car extends Vehicle {
        public int seats;
    }

    @Entity
    @DiscriminatorValue("2")
    public static class Bike extends Vehicle {
        public boolean electric;
    }
}
