package dev.athanor.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity of {@link PersistenceBenchmark}'s IDENTITY inserts: the database assigns its id. */
@Entity
@Table(name = PersistenceSchema.IDENTITY_TABLE)
public class IdentityItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String name;
    int qty;
    double price;

    protected IdentityItem() {
    }

    IdentityItem(String name, int qty, double price) {
        this.name = name;
        this.qty = qty;
        this.price = price;
    }
}
