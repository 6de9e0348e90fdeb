package dev.athanor.benchmarks;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The parent of {@link CustomerOrder} in {@link EnhancedBenchmark} and {@link HeapPerEntity}, written
 * as applications write entities: private fields, getters and setters. {@code notes} is a
 * {@code @Basic(fetch = LAZY)} column, which Athanor leaves out of its SELECTs until it is read.
 */
@Entity
@Table(name = PersistenceSchema.CUSTOMER_TABLE)
public class Customer {

    @Id
    private long id;
    private String name;
    @Basic(fetch = FetchType.LAZY)
    private String notes;

    protected Customer() {
    }

    /** A customer known by its id only, as a hand-written mapping of a foreign key makes it. */
    Customer(long id) {
        this.id = id;
    }

    Customer(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
