package dev.athanor.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The entity {@link PersistenceBenchmark} persists, finds, updates and removes: an id the
 * application assigns and three basic columns. The JDBC baseline maps rows into it too, so that
 * both contenders deliver the same objects.
 */
@Entity
@Table(name = PersistenceSchema.ITEM_TABLE)
public class AssignedIdItem {

    @Id
    long id;
    String name;
    int qty;
    double price;

    protected AssignedIdItem() {
    }

    AssignedIdItem(long id, String name, int qty, double price) {
        this.id = id;
        this.name = name;
        this.qty = qty;
        this.price = price;
    }

    int getQty() {
        return qty;
    }

    /**
     * The one change the benchmark makes to a managed item. It goes through a method of the entity:
     * the agent tracks writes made inside entity classes only, and a field written from another class
     * would never be flushed.
     */
    void setQty(int qty) {
        this.qty = qty;
    }
}
